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
      const mod = require(outfile);
      if (typeof mod.run !== "function") {
        console.log(`(skipped: ${file} exports no run())`);
        continue;
      }
      await mod.run();
    } finally {
      fs.rmSync(outfile, { force: true });
    }
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
