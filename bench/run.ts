/**
 * `npm run bench`: runs every `bench/*.bench.ts` in turn (or those named on the command line) and
 * prints their figures. Benchmarks print; they never fail on time.
 */
import * as fs from "fs";
import * as path from "path";

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = fs
    .readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  for (const file of files) {
    console.log(`\n### ${file}`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- benches are loaded dynamically by name
    const mod = require(path.join(__dirname, file)) as { run?: () => Promise<void> | void };
    if (typeof mod.run !== "function") {
      console.log(`(skipped: ${file} exports no run())`);
      continue;
    }
    await mod.run();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
