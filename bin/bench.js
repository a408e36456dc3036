#!/usr/bin/env node
/**
 * `npm run bench [name…]`: runs every bench/*.bench.ts (or those whose file name contains one of
 * the names) and prints their figures; benchmarks never fail on time.
 *
 * Each bench is bundled with esbuild first, as webpack ships the add-in: running the sources
 * through tsx would measure tsx's name-keeping wrappers instead (they re-define every closure's
 * name on each call and made REIMB.PATHWAY look ~3× slower than the shipped code). The bundle is
 * written beside its source so `__dirname`-relative paths (data folder, examples) still resolve.
 */
const fs = require("fs");
const path = require("path");
const esbuild = require("esbuild");
const { spawnSync } = require("child_process");

const BENCH_DIR = path.resolve(__dirname, "..", "bench");

async function main() {
  const only = process.argv.slice(2);
  const files = fs
    .readdirSync(BENCH_DIR)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  for (const file of files) {
    console.log(`\n### ${file}`);
    const outfile = path.join(BENCH_DIR, `.${file.replace(/\.ts$/, "")}.bundle.js`);
    esbuild.buildSync({
      entryPoints: [path.join(BENCH_DIR, file)],
      outfile,
      bundle: true,
      platform: "node",
      target: "node20",
      format: "cjs",
      packages: "external",
      logLevel: "warning",
    });
    try {
      // Each bench in a process of its own: one bench's garbage (the engine's 100,000-row report,
      // the in-memory Excel's 50,000-product workbook) would otherwise be collected during the
      // next one's timed loop and slow its per-call figures down by a third or more.
      const res = spawnSync(
        process.execPath,
        [
          "-e",
          `const m = require(${JSON.stringify(outfile)});` +
            `if (typeof m.run !== "function") console.log("(skipped: ${file} exports no run())");` +
            `else Promise.resolve(m.run()).catch((e) => { console.error(e); process.exitCode = 1; });`,
        ],
        { stdio: "inherit" }
      );
      if (res.status !== 0) process.exitCode = 1;
    } finally {
      fs.rmSync(outfile, { force: true });
    }
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
