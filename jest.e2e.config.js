/** Browser tests: the built pane harness (test-artifacts/harness) in Debian's headless Chromium.
 * Run with `npm run test:e2e`, which builds the harness first. One worker: the machine has 2 cores
 * and each spec drives its own browser. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  maxWorkers: 1,
  testTimeout: 120000,
};
