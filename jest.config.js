/** Unit, adapter, functions and conformance tests. Browser (Playwright) and LibreOffice suites run
 * through their own npm scripts because they need Debian packages. Type checking is done once by
 * `tsc --noEmit` in `npm test`, so ts-jest only transpiles (isolatedModules) to keep runs fast. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/", "/test/interop/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true, diagnostics: false }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  testTimeout: 120000,
};
