/** LibreOffice interoperability suite (`npm run test:interop`): needs Debian's libreoffice-calc (`soffice`). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/interop"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  testTimeout: 300000,
};
