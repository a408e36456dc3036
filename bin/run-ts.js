#!/usr/bin/env node
/* Run a TypeScript entry point (benchmarks, scripts) without a build step: node bin/run-ts.js file.ts [args] */
require("tsx/cjs");
const path = require("path");
const file = process.argv[2];
if (!file) {
  console.error("usage: node bin/run-ts.js <file.ts> [args]");
  process.exit(2);
}
process.argv.splice(1, 1);
require(path.resolve(file));
