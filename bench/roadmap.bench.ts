/**
 * Nanoseconds per call of REIMB.PAID_FROM, called the way Excel calls it. Goal: < 10 µs per call
 * with every call planning afresh (distinct rows and as-of dates, more than the memo holds), and
 * the repeated-row case a ramp produces; then the same with the reference bundle loaded (code facts
 * from CMS's files, as in Excel once the add-in's bundle is read), when `npm run data:bundle` has
 * built it. Prints; never fails on time.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as F from "../src/functions/functions";
import { decodeBundle } from "../src/domain/reference/bundle";
import { buildReference } from "../src/domain/reference/model";
import { setReference } from "../src/functions/state";

const BUNDLE = path.join(__dirname, "..", ".data", "reference.json.gz");

const CALLS = 200_000;
type AnyFn = (...args: unknown[]) => unknown;

function rows(): unknown[][] {
  const types = [
    "implant",
    "procedure device",
    "lab test",
    "home-use durable equipment",
    "drug or biologic",
    "skin substitute",
  ];
  const sites = ["office", "hospital outpatient", "ASC", "inpatient", "home", "independent lab"];
  const codes = ["99213", "C1889", "0100T", "81479", "E1399", "", "J3490"];
  const fdas = ["510(k) cleared", "PMA approved", "submitted", "LDT"];
  const out: unknown[][] = [];
  let asOf = 46000;
  const fits = ["describes", "partially", "does not", ""];
  for (const t of types)
    for (const s of sites)
      for (const c of codes)
        for (const f of fdas)
          for (const fit of fits)
            out.push([
              t,
              s,
              c,
              fit,
              f,
              out.length % 2 === 0,
              out.length % 3 === 0,
              asOf++,
              46200 + (out.length % 500),
            ]);
  return out;
}

/**
 * Wall time and this process's CPU time per call: on a shared machine the wall figure includes
 * time spent waiting for a core, the CPU figure does not (the goal is judged on a quiet run).
 */
function measure(name: string, fn: AnyFn, inputs: unknown[][], goalNs: number): void {
  for (let i = 0; i < 2000; i++) fn(...(inputs[i % inputs.length] as unknown[]));
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < CALLS; i++) fn(...(inputs[i % inputs.length] as unknown[]));
  const ns = Number(process.hrtime.bigint() - start) / CALLS;
  const used = process.cpuUsage(cpu);
  const cpuNs = ((used.user + used.system) * 1000) / CALLS;
  console.log(
    `${name.padEnd(24)} ${ns.toFixed(0).padStart(7)} ns/call wall, ${cpuNs.toFixed(0).padStart(7)} ns CPU  goal < ${goalNs} ns  ${ns < goalNs ? "ok" : "SLOWER (wall)"}`
  );
}

function measureAll(distinct: unknown[][]): void {
  measure("PAID_FROM (new rows)", F.paidFrom as AnyFn, distinct, 10_000);
  measure("PAID_FROM (same rows)", F.paidFrom as AnyFn, distinct.slice(0, 3), 10_000);
  measure("CODED_FROM (new rows)", F.codedFrom as AnyFn, distinct, 10_000);
  // The classification alone, on the same machine and rows, to read the figures above against.
  measure(
    "PATHWAY (new rows, ref.)",
    F.pathway as AnyFn,
    distinct.map((r) => r.slice(0, 7)),
    5_000
  );
}

export function run(): void {
  const distinct = rows();
  // Shared machines: the load average says how much of the wall figure is other people's work.
  console.log(
    `load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs; no reference data:`
  );
  measureAll(distinct);
  if (!fs.existsSync(BUNDLE)) {
    console.log(`(reference data rows skipped: no bundle at ${BUNDLE}; run npm run data:bundle)`);
    return;
  }
  setReference(buildReference([], decodeBundle(new Uint8Array(fs.readFileSync(BUNDLE)))));
  console.log(`load average ${os.loadavg()[0].toFixed(1)}; reference bundle loaded:`);
  measureAll(distinct);
}
