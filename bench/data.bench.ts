/**
 * Reference-data figures: parse + index time for each CMS file next to the time of only splitting
 * the same file into lines (its floor), bundle size (gzipped) and load time, and per-call times
 * of the REIMB.* functions as a cell calls them (cell values in, number or Excel error out) next
 * to a Map lookup of the same codes. Goals: PPRRVU parsed and indexed < 300 ms, a lookup < 2 µs,
 * SITE_TOTAL < 2 µs, PATHWAY < 5 µs with the data loaded, the bundle < 1.5 MB gzipped. Prints;
 * never fails on time.
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { readGrid, parseGrid } from "../src/data/detect";
import { buildReference, indexOf } from "../src/domain/reference/model";
import { bundledReference, decodeBundle, encodeBundle } from "../src/domain/reference/bundle";
import { setReference } from "../src/domain/reference/current";
import { asc, pfs, rvuFn, siteTotalFn } from "../src/functions/lookups";
import { pathway } from "../src/functions/functions";
import { dataDir, loadReferenceFromDir, readFolder } from "../scripts/data-load";
import { distinctRows } from "./fixtures";

function ms(from: number): string {
  return `${(performance.now() - from).toFixed(1)} ms`;
}

function timePerCall(n: number, fn: (i: number) => unknown): number {
  let sink = 0;
  for (let i = 0; i < 20_000; i++) if (fn(i) !== undefined) sink++; // warm up the JIT
  const t0 = performance.now();
  for (let i = 0; i < n; i++) if (fn(i) !== undefined) sink++;
  const us = ((performance.now() - t0) * 1000) / n;
  return sink >= 0 ? us : NaN;
}

/** One line: the figure, its goal, and its ratio to the floor measured in this run. */
function perCall(
  label: string,
  n: number,
  floorUs: number,
  goalUs: number | undefined,
  fn: (i: number) => unknown
): void {
  const us = timePerCall(n, fn);
  const goal = goalUs === undefined ? "" : ` (goal < ${goalUs} µs${us > goalUs ? ", over" : ""})`;
  console.log(
    `  ${label.padEnd(52)} ${us.toFixed(3).padStart(8)} µs/call  ${(us / floorUs).toFixed(0).padStart(5)}× the Map lookup${goal}`
  );
}

/**
 * Cold start as an add-in has it: a fresh process (nothing compiled yet, fflate's inflate never
 * run) decodes the bundle and answers a first REIMB.PFS. This process has parsed the CMS files,
 * which warmed the same code, so it times itself in a child run of this file.
 */
function coldStart(bytes: Uint8Array): void {
  const file = path.join(os.tmpdir(), `reimb-bench-bundle-${process.pid}.gz`);
  fs.writeFileSync(file, bytes);
  try {
    for (let run = 1; run <= 2; run++) {
      // Loaded with require(), not run as the main module: no other module's main-only code runs.
      execFileSync(process.execPath, ["-e", "require(process.argv[1])", __filename], {
        env: { ...process.env, [COLD_ENV]: file },
        stdio: "ignore",
      });
      const f = JSON.parse(fs.readFileSync(`${file}.json`, "utf8")) as Record<string, number>;
      const total = f.decodeMs + f.firstMs;
      console.log(
        `cold start (fresh process, run ${run}): bundle decode ${f.decodeMs.toFixed(1)} ms + first REIMB.PFS ${f.firstMs.toFixed(1)} ms = ${total.toFixed(1)} ms wall, ${f.cpuMs.toFixed(1)} ms CPU (goal < 100 ms${total >= 100 ? ", over" : ""}; answer ${f.answer})`
      );
    }
  } finally {
    fs.rmSync(file, { force: true });
    fs.rmSync(`${file}.json`, { force: true });
  }
}

const COLD_ENV = "REIMB_BENCH_COLD_BUNDLE";

/**
 * The child side of coldStart: writes its figures beside the bundle as JSON. CPU time is this
 * process's own (user + system): on a shared machine the wall figure includes waiting for a core.
 */
function coldChild(file: string): void {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  const ref = decodeBundle(bytes);
  setReference(ref);
  const t1 = performance.now();
  const answer = pfs("99213", "office", "01112-05");
  const t2 = performance.now();
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  fs.writeFileSync(
    `${file}.json`,
    JSON.stringify({ decodeMs: t1 - t0, firstMs: t2 - t1, cpuMs, answer })
  );
}

if (process.env[COLD_ENV]) coldChild(process.env[COLD_ENV]);

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
      const parsed = performance.now() - t0;
      // Floor: decoding the same bytes and splitting them into lines (zipped .xlsx files excepted).
      let floor = "";
      if (/\.(csv|txt)$/i.test(f.name)) {
        const t1 = performance.now();
        const lines = new TextDecoder().decode(f.bytes).split(/\r?\n/).length;
        const split = performance.now() - t1;
        floor = `  line split ${split.toFixed(1)} ms (${lines.toLocaleString("en-US")} lines): ${(parsed / split).toFixed(0)}×`;
      }
      console.log(`  ${p.kind.padEnd(10)} ${ms(t0).padStart(10)}  ${f.name}${floor}`);
    } catch {
      // not a reference file (readme tables, ZIP lists): not timed
    }
  }
  const t1 = performance.now();
  const { reference } = await loadReferenceFromDir(dir);
  console.log(`whole folder → reference: ${ms(t1)}`);
  // What `npm run data:bundle` ships (scripts/data-bundle.ts: without the OPPSCAP check tables).
  const bytes = encodeBundle(bundledReference(reference));
  const mb = bytes.length / 1024 / 1024;
  console.log(`bundle: ${mb.toFixed(2)} MB gzipped (goal < 1.5 MB${mb >= 1.5 ? ", over" : ""})`);
  coldStart(bytes);
  const t2 = performance.now();
  const back = buildReference([], decodeBundle(bytes));
  const pfsTable = back.pfs["2026"];
  indexOf(pfsTable);
  console.log(`bundle decode + PPRRVU 2026 read and indexed, in this warm process: ${ms(t2)}`);

  // The REIMB.* functions read the current reference, as in Excel after the bundle loads.
  setReference(back);
  const codes = pfsTable.key
    .filter((k, i) => !k.includes("-") && ["A", "R", "T"].includes(pfsTable.status[i]))
    .slice(0, 5000);
  const localities = back.gpci["2026"].key;
  // ASC: codes that are on the ASC list with a payment rate, so the found path is what is timed.
  // The latest year the bundle holds (the REIMB.ASC default).
  const ascYears = Object.keys(back.asc).sort();
  const ascTable = ascYears.length > 0 ? back.asc[ascYears[ascYears.length - 1]] : undefined;
  const ascCodes = ascTable
    ? ascTable.key.filter((_k, i) => Number.isFinite(ascTable.rate[i])).slice(0, 5000)
    : [];
  const N = 200_000;
  const map = new Map(codes.map((c, i) => [c, i]));
  const floorUs = timePerCall(N, (i) => map.get(codes[i % codes.length]));
  console.log(
    `lookups (REIMB.* as a cell calls them; floor: Map.get of the same codes ${floorUs.toFixed(3)} µs/call):`
  );
  perCall('REIMB.RVU(code, "work")', N, floorUs, 2, (i) => rvuFn(codes[i % codes.length], "work"));
  perCall("REIMB.PFS(code) national, office", N, floorUs, 2, (i) => pfs(codes[i % codes.length]));
  perCall('REIMB.PFS(code, "facility", locality)', N, floorUs, 2, (i) =>
    pfs(codes[i % codes.length], "facility", localities[i % localities.length])
  );
  if (ascCodes.length > 0) {
    perCall(`REIMB.ASC(code) (${ascCodes.length} codes on the ASC list)`, N, floorUs, 2, (i) =>
      asc(ascCodes[i % ascCodes.length])
    );
    perCall('REIMB.SITE_TOTAL(code, "ASC", locality)', N, floorUs, 2, (i) =>
      siteTotalFn(ascCodes[i % ascCodes.length], "ASC", localities[i % localities.length])
    );
    perCall('REIMB.SITE_TOTAL(code, "hospital outpatient")', N, floorUs, 2, (i) =>
      siteTotalFn(ascCodes[i % ascCodes.length], "hospital outpatient")
    );
  } else console.log("  (no ASC file loaded: REIMB.ASC and REIMB.SITE_TOTAL not timed)");
  perCall('REIMB.SITE_TOTAL(code, "office", locality)', N, floorUs, 2, (i) =>
    siteTotalFn(codes[i % codes.length], "office", localities[i % localities.length])
  );
  const rows = distinctRows();
  perCall("REIMB.PATHWAY(new rows), reference data loaded", N, floorUs, 5, (i) =>
    pathway(...(rows[i % rows.length] as Parameters<typeof pathway>))
  );
}
