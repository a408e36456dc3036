/**
 * Nanoseconds per call of every REIMB function over a million calls each, called the way Excel
 * calls them (cell values in, value or error out). Goal: < 1 µs for the arithmetic functions,
 * < 5 µs for REIMB.PATHWAY. These run without CMS data; the lookups, SITE_TOTAL and PATHWAY with
 * the data loaded are in data.bench.ts. Prints; never fails on time.
 */
import * as os from "os";
import * as F from "../src/functions/functions";
import { distinctRows } from "./fixtures";

const CALLS = 1_000_000;

// `any`: Excel hands the functions untyped cell values, and the cases pass them as they come.
type AnyFn = (...args: any[]) => unknown;

interface Case {
  name: string;
  fn: AnyFn;
  /** A few argument lists, cycled, so no call can be folded into a constant. */
  inputs: unknown[][];
  /** Undefined: measured for information (error paths have no goal). */
  goalNs?: number;
}

const CASES: Case[] = [
  {
    name: "PFS_RVU",
    fn: F.pfsRvu,
    inputs: [
      [1.3, 1.46, 0.09],
      [15.51, 14.38, 6.54, 33.4009, 1.095, 1.41, 0.425],
      [1.3, 0.33, 0.09, null, null, null, null],
    ],
    goalNs: 1000,
  },
  {
    name: "PROGRAM_PAYMENT",
    fn: F.programPayment,
    inputs: [[100, 50], [95.19], [1200, 283, 0.2, 0.02]],
    goalNs: 1000,
  },
  {
    name: "PATIENT_SHARE",
    fn: F.patientShare,
    inputs: [[100, 50], [95.19], [1200, 283, 0.2]],
    goalNs: 1000,
  },
  {
    name: "WAGE_ADJUST",
    fn: F.wageAdjustRate,
    inputs: [
      [548.3, 1.2],
      [1000, 0.9, "ASC"],
      [3216.41, 0.8514, 0.6],
    ],
    goalNs: 1000,
  },
  {
    name: "PASSTHROUGH_TESTS",
    fn: F.passthroughTests,
    inputs: [
      [5000, 3216.41, 1500],
      [500, 1000, 400],
    ],
    goalNs: 1000,
  },
  {
    name: "PASSTHROUGH_PAYMENT",
    fn: F.passthroughPayment,
    inputs: [
      [20000, 0.25, 1500],
      [12345.67, 0.2345, 1000.01],
    ],
    goalNs: 1000,
  },
  {
    name: "NTAP",
    fn: F.ntap,
    inputs: [
      [20000, 55000, 50000],
      [20000, 70000, 50000, 0.75],
    ],
    goalNs: 1000,
  },
  {
    name: "MARGIN",
    fn: F.margin,
    inputs: [
      [3216.41, 1800, 450.5, 300],
      [95.19, 120],
    ],
    goalNs: 1000,
  },
  {
    name: "BREAKEVEN",
    fn: F.breakeven,
    inputs: [
      [100000, 1500, 1000],
      [100000, 1300, 1000],
    ],
    goalNs: 1000,
  },
  {
    name: "PAYBACK",
    fn: F.payback,
    inputs: [
      [250000, 200, 500],
      [100000, 300, 100],
    ],
    goalNs: 1000,
  },
  {
    name: "BLENDED_RATE",
    fn: F.blendedRateOfMix,
    inputs: [[1000, [[0.5], [0.4], [0.1]], [[1], [1.8], [0.7]]]],
    goalNs: 1000,
  },
  {
    name: "PARAM",
    fn: F.param,
    inputs: [["PFS_CF"], ["PFS_CF_QP", 2026], ["OPPS_CF", 2025]],
    goalNs: 1000,
  },
  {
    name: "PFS_RVU (error)",
    fn: F.pfsRvu,
    inputs: [
      [-1.3, 1.46, 0.09],
      ["1.3", 1.46, 0.09],
    ],
  },
  { name: "PATHWAY (new rows)", fn: F.pathway, inputs: distinctRows(), goalNs: 5000 },
  {
    name: "PATHWAY (same rows)",
    fn: F.pathway,
    inputs: [
      ["implant", "hospital outpatient", "C1889", "partially", "PMA approved", true, true],
      ["procedure device", "office", "99213", "describes", "510(k) cleared", false, false],
      ["lab test", "independent lab", "81479", "does not", "LDT"],
    ],
    goalNs: 5000,
  },
  {
    name: "NEXT_GATE (same rows)",
    fn: F.nextGate,
    inputs: [
      ["implant", "hospital outpatient", "C1889", "partially", "PMA approved", true, true],
      ["software analysis", "office", "0691T", "describes", "De Novo granted", "yes", "no"],
    ],
    goalNs: 5000,
  },
];

export async function run(): Promise<void> {
  // Shared machines: the load average says how much of the figure is other people's work.
  console.log(
    `calls per function: ${CALLS.toLocaleString("en-US")}; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs`
  );
  console.log("function".padEnd(22) + "ns/call".padStart(10) + "goal".padStart(10));
  let sink = 0;
  for (const c of CASES) {
    const n = c.inputs.length;
    for (let i = 0; i < 20_000; i++) if (c.fn(...c.inputs[i % n]) !== undefined) sink++; // warm up the JIT
    const start = process.hrtime.bigint();
    for (let i = 0; i < CALLS; i++) if (c.fn(...c.inputs[i % n]) !== undefined) sink++;
    const ns = Number(process.hrtime.bigint() - start) / CALLS;
    const verdict = c.goalNs === undefined || ns <= c.goalNs ? "" : "  (over goal)";
    console.log(
      c.name.padEnd(22) + ns.toFixed(0).padStart(10) + `${c.goalNs ?? "-"}`.padStart(10) + verdict
    );
  }
  if (sink === 0) console.log("(no results?)");
}
