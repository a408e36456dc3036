#!/usr/bin/env node
/* The CLI runs the TypeScript sources directly through tsx, so `npm ci && npm run demo` needs no
 * build step. The entry is called explicitly: under `npx reimb` this file is reached through a
 * link whose name is not reimb.js, so nothing may depend on argv[1]. */
require("tsx/cjs");
require("../src/cli/main.ts").runFromCommandLine();
