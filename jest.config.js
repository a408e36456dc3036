/** Unit, adapter, functions and conformance tests. Browser (Playwright) and LibreOffice suites run
 * through their own npm scripts because they need Debian packages. Type checking is done once by
 * `tsc --noEmit` in `npm test`; with isolatedModules (tsconfig) ts-jest only transpiles, file by file. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/", "/test/interop/"],
  transform: {
    "^.+\\.tsx?$": ["<rootDir>/test/setup/transform.js", { diagnostics: false }],
  },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  moduleNameMapper: { "\\.svg$": "<rootDir>/test/setup/svg-stub.js" },
  setupFiles: ["<rootDir>/test/setup/fast-check.ts"],
  // The CMS folder is parsed once per run and shared with every worker (test/data/helpers.ts loadAll).
  globalSetup: "<rootDir>/test/setup/reference-cache.ts",
  globalTeardown: "<rootDir>/test/setup/reference-cache-teardown.ts",
  // Long suites first and the add-in build started early, so two workers finish together.
  testSequencer: "<rootDir>/test/setup/sequencer.js",
  testTimeout: 120000,
  // Jest's default is one worker fewer than the cores: a single worker on a 2-core CI machine. Many
  // suites wait on child processes (the CLI, the shared webpack build), so two keep both cores busy.
  maxWorkers: "100%",
};
