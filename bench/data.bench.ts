/**
 * Reference-data figures: parse + index time for each CMS file, bundle size (gzipped) and load
 * time, and the time of one lookup call. Goals (issue 5): PPRRVU parsed and indexed < 300 ms, a
 * lookup < 2 µs, the default bundle < 1.5 MB gzipped. Prints; never fails on time.
 */
import * as fs from "fs";
import { readGrid, parseGrid } from "../src/data/detect";
import { buildReference, indexOf } from "../src/domain/reference/model";
import { decodeBundle, encodeBundle } from "../src/domain/reference/bundle";
import { ascRate, pfsAmount, rvu } from "../src/domain/reference/lookups";
import { dataDir, loadReferenceFromDir, readFolder } from "../scripts/data-load";

function ms(from: number): string {
  return `${(performance.now() - from).toFixed(1)} ms`;
}

function perCall(label: string, n: number, fn: (i: number) => unknown): void {
  for (let i = 0; i < 1000; i++) fn(i);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) fn(i);
  const us = ((performance.now() - t0) * 1000) / n;
  console.log(`  ${label.padEnd(48)} ${us.toFixed(3)} µs/call`);
}

export async function run(): Promise<void> {
  const dir = dataDir();
  if (!fs.existsSync(dir)) {
    console.log(`(skipped: no CMS data folder at ${dir}; set REIMB_DATA_DIR)`);
    return;
  }
  console.log("parse + index, per file:");
  for (const f of readFolder(dir)) {
    const t0 = performance.now();
    try {
      const grid = readGrid(f.name, f.bytes);
      const p = parseGrid(grid);
      if ("key" in p.table) indexOf(p.table as { key: string[] });
      console.log(`  ${p.kind.padEnd(10)} ${ms(t0).padStart(10)}  ${f.name}`);
    } catch {
      // not a reference file (readme tables, ZIP lists): not timed
    }
  }
  const t1 = performance.now();
  const { reference } = await loadReferenceFromDir(dir);
  console.log(`whole folder → reference: ${ms(t1)}`);
  const bytes = encodeBundle(reference);
  console.log(`bundle: ${(bytes.length / 1024 / 1024).toFixed(2)} MB gzipped (goal < 1.5 MB)`);
  const t2 = performance.now();
  const back = buildReference([], decodeBundle(bytes));
  const pfs = back.pfs["2026"];
  indexOf(pfs);
  console.log(`bundle decode + PPRRVU 2026 index: ${ms(t2)}`);

  const codes = pfs.key.filter((k) => !k.includes("-") && ["A", "R", "T"].includes(pfs.status[pfs.key.indexOf(k)])).slice(0, 5000);
  const localities = back.gpci["2026"].key;
  console.log("lookups:");
  perCall("RVU(code, 'work')", 200000, (i) => rvu(back, { code: codes[i % codes.length] }, "work"));
  perCall("PFS(code) national, non-facility", 200000, (i) => pfsAmount(back, { code: codes[i % codes.length] }));
  perCall("PFS(code, facility, locality)", 200000, (i) => pfsAmount(back, { code: codes[i % codes.length] }, { setting: "facility", locality: localities[i % localities.length] }));
  perCall("ASC(code)", 200000, (i) => ascRate(back, codes[i % codes.length]));
}
