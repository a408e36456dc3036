/**
 * Engine throughput: the whole write-back report (parse + classify + checklist +
 * strategy + the three tables, via buildReport) and classify alone, for 10,000 and 100,000 rows.
 * Goal: at least 200,000 rows/s on one core. Prints figures; asserts nothing.
 */
import { performance } from "perf_hooks";
import { buildReport } from "../src/domain/report";
import { classify, ClassifyMemo } from "../src/domain/pathway";
import { parseProductRows } from "../src/domain/rows";
import { productsGrid } from "./fixtures";

function rate(rows: number, ms: number): string {
  return `${Math.round(rows / (ms / 1000)).toLocaleString("en-US")} rows/s`;
}

function best(runs: number, fn: () => void): number {
  let fastest = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    fastest = Math.min(fastest, performance.now() - t0);
  }
  return fastest;
}

export async function run(): Promise<void> {
  // Warm up the JIT and the parser's memo caches on a small grid first.
  buildReport({ grid: productsGrid(2000), locale: "en", asOf: "2026-11-01" });
  for (const n of [10_000, 100_000]) {
    const grid = productsGrid(n);
    const runs = n >= 100_000 ? 3 : 5;
    const parsed = parseProductRows(grid);
    const parseMs = best(runs, () => parseProductRows(grid));
    const classifyMs = best(runs, () => {
      // A batch, as buildReport classifies one: rows share a memo of parsed codes and dates.
      const memo = new ClassifyMemo();
      for (const row of parsed.rows) classify(row, undefined, { asOf: "2026-11-01", memo });
    });
    let evidenceRows = 0;
    const reportMs = best(runs, () => {
      evidenceRows = buildReport({ grid, locale: "en", asOf: "2026-11-01" }).evidence.rows.length;
    });
    console.log(
      `${n.toLocaleString("en-US")} rows: parse ${parseMs.toFixed(0)} ms (${rate(n, parseMs)}); ` +
        `classify ${classifyMs.toFixed(0)} ms (${rate(n, classifyMs)}); ` +
        `buildReport (parse+classify+checklist+strategy+tables) ${reportMs.toFixed(0)} ms (${rate(n, reportMs)}; ` +
        `${evidenceRows.toLocaleString("en-US")} Evidence rows)`
    );
  }
  console.log("goal: at least 200,000 rows/s on one core");
}
