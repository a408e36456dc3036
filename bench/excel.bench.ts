/**
 * Excel adapter: time and round trips of one classification against the in-memory Excel, for
 * 1,000 / 10,000 / 50,000 product rows, first run and re-run (which also reads the Evidence and
 * Strategy tables back). The time includes the domain's work (buildReport) and the fake's cost of
 * storing the output; Excel itself would add its own. `npm run bench excel`.
 * test/excel/round-trips.test.ts proves "4 syncs plus the payload chunks" at a tenth of the real
 * limits with 5,000 rows; the 50,000-row run at the real limits is this one's (its syncs column).
 */
import { performance } from "perf_hooks";
import { classifyWorkbook } from "../src/excel";
import { workbookWithProducts } from "../test/excel/helpers";

function mb(bytes: number): string {
  return (bytes / 1e6).toFixed(1);
}

export async function run(): Promise<void> {
  const sizes = (process.env.BENCH_EXCEL_ROWS ?? "1000,10000,50000").split(",").map(Number);
  console.log("rows    run      ms   syncs  (read/write)  MB written  evidence rows");
  for (const n of sizes) {
    const { fake, uninstall } = workbookWithProducts(n);
    try {
      for (const label of ["first", "re-run"]) {
        fake.resetCounters();
        const t0 = performance.now();
        const outcome = await classifyWorkbook({ locale: "en" });
        const ms = performance.now() - t0;
        const reads = fake.syncs.filter((s) => s.responseBytes > 0).length;
        const writes = fake.syncs.length - reads;
        const written = fake.syncs.reduce((sum, s) => sum + s.requestBytes, 0);
        console.log(
          `${String(n).padStart(6)}  ${label.padEnd(6)} ${ms.toFixed(0).padStart(6)}  ${String(outcome.syncCount).padStart(5)}  (${reads}/${writes})`.padEnd(
            44
          ) +
            `${mb(written).padStart(9)}  ${String(fake.table("Evidence")?.rows.length ?? 0).padStart(13)}`
        );
      }
    } finally {
      uninstall();
    }
  }
}
