#!/usr/bin/env node
/* The CLI runs the TypeScript sources directly through tsx, so `npm ci && npm run demo` needs no
 * build step. The entry is called explicitly: under `npx reimb` this file is reached through a
 * link whose name is not reimb.js, so nothing may depend on argv[1]. */
require("tsx/cjs");
/* tsx turns on source maps for stack traces, and Node then measures every module's source as it
 * loads: about a seventh of the command's start-up. The CLI prints messages, not stacks; a
 * developer who wants mapped stacks runs it with --enable-source-maps. */
if (!/--enable-source-maps/.test([...process.execArgv, process.env.NODE_OPTIONS ?? ""].join(" ")))
  process.setSourceMapsEnabled(false);
require("../src/cli/main.ts").runFromCommandLine();
