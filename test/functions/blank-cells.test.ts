/**
 * Blank cells under both platforms' conventions: Excel desktop passes an empty referenced cell as
 * 0, Excel on the web as null (office-js#4702). Every REIMB function and argument is called both
 * ways, and the decision table in src/functions/args.ts is checked: where 0 can never be valid, 0
 * and null give the same answer; where 0 is a real value it stays 0 (the README says to omit the
 * argument rather than point at a blank cell).
 */
import * as F from "../../src/functions/functions";
import * as L from "../../src/functions/lookups";
import { isExcelError } from "../../src/functions/errors";
import { setFunctionReference } from "../../src/functions/state";
import { setReference } from "../../src/functions/state";
import { emptyReference } from "../../src/domain/reference/model";
import { describeWithData, loadAll } from "../data/helpers";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Excel hands untyped values; tests must too
type AnyFn = (...args: any[]) => unknown;

/**
 * omitted: 0, null and undefined all give the default. required: 0 and null are both #VALUE!
 * "is required". zero: 0 is a real value (`zero` is what it gives, `blank` what null gives).
 * false: 0 is FALSE, null is omitted.
 */
type Kind =
  | { kind: "omitted" }
  | { kind: "required" }
  | { kind: "zero"; zero: unknown; blank: unknown }
  | { kind: "false" };

/** Comparable form of a result: errors by code and message. */
function plain(v: unknown): unknown {
  if (isExcelError(v)) return { error: v.code, message: v.message };
  return v;
}

function withArg(base: unknown[], i: number, v: unknown): unknown[] {
  const args = base.slice();
  args[i] = v;
  return args;
}

type Case = [name: string, fn: AnyFn, base: unknown[], arg: number, argName: string, expect: Kind];

function check([, fn, base, i, , k]: Case): void {
  const zero = plain(fn(...withArg(base, i, 0)));
  const blank = plain(fn(...withArg(base, i, null)));
  const omitted = plain(fn(...withArg(base, i, undefined)));
  expect(plain(fn(...base))).not.toHaveProperty("error"); // the base call is a good one
  switch (k.kind) {
    case "omitted":
      expect(zero).toEqual(blank);
      expect(blank).toEqual(omitted);
      expect(zero).not.toHaveProperty("error");
      break;
    case "required":
      for (const r of [zero, blank]) {
        expect(r).toMatchObject({ error: "#VALUE!", message: expect.stringContaining(" is required") });
      }
      break;
    case "zero":
      expect(zero).toEqual(plain(k.zero));
      expect(blank).toEqual(plain(k.blank));
      break;
    case "false":
      expect(zero).toEqual(plain(fn(...withArg(base, i, false))));
      expect(blank).toEqual(omitted);
      break;
  }
}

const OMIT: Kind = { kind: "omitted" };
const REQ: Kind = { kind: "required" };
const FALSE: Kind = { kind: "false" };
/** A required number where 0 is real: 0 computes `zero`, a null (web blank) is #VALUE! required. */
const requiredZero = (zero: unknown): Kind => ({ kind: "zero", zero, blank: { error: "#VALUE!", message: expect.stringContaining(" is required") } });

const PATHWAY_BASE = ["implant", "hospital outpatient", "C1889", "partially", "510(k) cleared", true, true];

const PURE: Case[] = [
  ["PFS_RVU", F.pfsRvu, [1.3, 1.46, 0.09, 33.4009, 1, 1, 1], 0, "work_rvu", requiredZero(51.77)], // 1.55 × 33.4009
  ["PFS_RVU", F.pfsRvu, [1.3, 1.46, 0.09, 33.4009, 1, 1, 1], 1, "pe_rvu", requiredZero(46.43)], // 1.39 × 33.4009
  ["PFS_RVU", F.pfsRvu, [1.3, 1.46, 0.09, 33.4009, 1, 1, 1], 2, "mp_rvu", requiredZero(92.19)], // 2.76 × 33.4009
  ["PFS_RVU", F.pfsRvu, [1.3, 1.46, 0.09, 32.3465, 1.095, 1.41, 0.425], 3, "conversion_factor", OMIT],
  ["PFS_RVU", F.pfsRvu, [1.3, 1.46, 0.09, 33.4009, 1.095, 1.41, 0.425], 4, "gpci_work", OMIT],
  ["PFS_RVU", F.pfsRvu, [1.3, 1.46, 0.09, 33.4009, 1.095, 1.41, 0.425], 5, "gpci_pe", OMIT],
  ["PFS_RVU", F.pfsRvu, [1.3, 1.46, 0.09, 33.4009, 1.095, 1.41, 0.425], 6, "gpci_mp", OMIT],
  ["PROGRAM_PAYMENT", F.programPayment, [100, 50, 0.2, 0.02], 0, "allowed", requiredZero(0)],
  ["PROGRAM_PAYMENT", F.programPayment, [100, 50, 0.2, 0.02], 1, "unmet_deductible", { kind: "zero", zero: 78.4, blank: 78.4 }],
  // 0 coinsurance is real (100 − 50 deductible, all paid, less 2%) and differs from a web blank (default 20%).
  ["PROGRAM_PAYMENT", F.programPayment, [100, 50, 0.2, 0.02], 2, "coinsurance", { kind: "zero", zero: 49, blank: 39.2 }],
  ["PROGRAM_PAYMENT", F.programPayment, [100, 50, 0.2, 0.02], 3, "sequestration", { kind: "zero", zero: 40, blank: 39.2 }],
  ["PATIENT_SHARE", F.patientShare, [100, 50, 0.2], 1, "unmet_deductible", { kind: "zero", zero: 20, blank: 20 }],
  ["PATIENT_SHARE", F.patientShare, [100, 50, 0.2], 2, "coinsurance", { kind: "zero", zero: 50, blank: 60 }],
  ["WAGE_ADJUST", F.wageAdjustRate, [1000, 0.9, 0.5], 0, "national_rate", requiredZero(0)],
  ["WAGE_ADJUST", F.wageAdjustRate, [1000, 0.9, 0.5], 1, "wage_index", REQ],
  ["WAGE_ADJUST", F.wageAdjustRate, [1000, 0.9, 0.5], 2, "labor_share", OMIT],
  ["PASSTHROUGH_PAYMENT", F.passthroughPayment, [20000, 0.25, 1500], 2, "device_offset", requiredZero(5000)],
  ["NTAP", F.ntap, [20000, 55000, 50000, 0.75], 3, "rate", OMIT],
  ["NTAP", F.ntap, [20000, 55000, 50000, 0.65], 2, "drg_payment", requiredZero(13000)],
  ["MARGIN", F.margin, [3216.41, 1800, 450.5, 300], 1, "device_cost", requiredZero(2465.91)],
  ["MARGIN", F.margin, [3216.41, 1800, 450.5, 300], 2, "other_variable_cost", { kind: "zero", zero: 1116.41, blank: 1116.41 }],
  ["MARGIN", F.margin, [3216.41, 1800, 450.5, 300], 3, "overhead_per_case", { kind: "zero", zero: 965.91, blank: 965.91 }],
  ["BREAKEVEN", F.breakeven, [100000, 1500, 1000], 2, "variable_cost_per_case", requiredZero(66.67)],
  ["PAYBACK", F.payback, [250000, 200, 500], 0, "capital_cost", requiredZero(0)],
  ["PARAM", F.param, ["PFS_CF", 2025], 0, "name", REQ],
  ["PARAM", F.param, ["PFS_CF", 2025], 1, "year", OMIT],
  ...(["PATHWAY", "NEXT_GATE"] as const).flatMap((name): Case[] => {
    const fn = name === "PATHWAY" ? F.pathway : F.nextGate;
    return [
      [name, fn, PATHWAY_BASE, 0, "product_type", REQ],
      [name, fn, PATHWAY_BASE, 1, "site_of_care", REQ],
      [name, fn, PATHWAY_BASE, 2, "candidate_codes", OMIT],
      [name, fn, PATHWAY_BASE, 3, "code_fit", OMIT],
      [name, fn, PATHWAY_BASE, 4, "fda_status", OMIT],
      [name, fn, PATHWAY_BASE, 5, "breakthrough", FALSE],
      [name, fn, PATHWAY_BASE, 6, "implanted", FALSE],
    ];
  }),
];

describe("blank cells as 0 (Excel desktop) and as null (Excel on the web): calculators and pathway", () => {
  beforeAll(() => setFunctionReference(undefined));
  it.each(PURE)("REIMB.%s(%j) argument %i (%s)", (...c) => check(c));

  it("the reviewer's cases: PFS_RVU with a blank conversion factor is 95.19 on both platforms", () => {
    expect(F.pfsRvu(1.3, 1.46, 0.09, 0)).toBe(95.19);
    expect(F.pfsRvu(1.3, 1.46, 0.09, null as unknown as number)).toBe(95.19);
    expect(F.pfsRvu(1.3, 1.46, 0.09, 0, 0, 0, 0)).toBe(95.19);
  });

  it("a blank candidate_codes cell is no codes on both platforms, not #VALUE!", () => {
    const desktop = F.pathway("implant", "hospital outpatient", 0);
    expect(isExcelError(desktop)).toBe(false);
    expect(desktop).toBe(F.pathway("implant", "hospital outpatient", null as unknown as string));
  });

  it("payer-mix ranges: blank rows read as 0 (desktop) or null (web) give the same blend", () => {
    const web = F.blendedRateOfMix(1000, [[0.5], [0.5], [null as unknown as number]], [[1], [2], [null as unknown as number]]);
    const desktop = F.blendedRateOfMix(1000, [[0.5], [0.5], [0]], [[1], [2], [0]]);
    expect(web).toBe(1500);
    expect(desktop).toBe(1500);
  });
});

describeWithData("blank cells as 0 and as null: reference lookups over CMS's files", () => {
  beforeAll(async () => {
    setReference((await loadAll()).reference);
  });
  afterAll(() => setReference(emptyReference()));

  const PFS_BASE = ["71046", "facility", "01112-05", "26", 2026];
  const LOOKUPS: Case[] = [
    ["PFS", L.pfs, PFS_BASE, 0, "code", REQ],
    ["PFS", L.pfs, PFS_BASE, 1, "setting", OMIT],
    ["PFS", L.pfs, PFS_BASE, 2, "locality", OMIT],
    ["PFS", L.pfs, PFS_BASE, 3, "modifier", OMIT],
    ["PFS", L.pfs, ["71046", "facility", "01112-05", "26", 2025], 4, "year", OMIT],
    ["RVU", L.rvuFn, ["71046", "work", "26", 2025], 0, "code", REQ],
    ["RVU", L.rvuFn, ["71046", "work", "26", 2025], 1, "component", OMIT],
    ["RVU", L.rvuFn, ["71046", "work", "26", 2025], 2, "modifier", OMIT],
    ["RVU", L.rvuFn, ["71046", "work", "26", 2025], 3, "year", OMIT],
    ["GPCI", L.gpci, ["01112-05", "pe", 2025], 0, "locality", REQ],
    ["GPCI", L.gpci, ["01112-05", "pe", 2025], 1, "component", OMIT],
    ["GPCI", L.gpci, ["01112-05", "pe", 2025], 2, "year", OMIT],
    ["ASC", L.asc, ["66984"], 0, "code", REQ],
    ["OPPS", L.opps, ["66984"], 0, "code", REQ],
    ["CLFS", L.clfs, ["80053"], 0, "code", REQ],
    ["HCPCS_DESC", L.hcpcsDesc, ["E0601"], 0, "code", REQ],
    ["STATUS", L.status, ["99213", 2025], 0, "code", REQ],
    ["STATUS", L.status, ["99213", 2025], 1, "year", OMIT],
    ["DMEPOS", L.dmepos, ["E0601", "CA", "RR", true], 0, "code", REQ],
    ["DMEPOS", L.dmepos, ["E0601", "CA", "RR", true], 1, "state", REQ],
    ["DMEPOS", L.dmepos, ["E0601", "CA", "RR", true], 3, "rural", FALSE],
    ["SITE_TOTAL", L.siteTotalFn, ["66984", "ASC", "01112-05"], 0, "code", REQ],
    ["SITE_TOTAL", L.siteTotalFn, ["66984", "ASC", "01112-05"], 1, "site", REQ],
    ["SITE_TOTAL", L.siteTotalFn, ["66984", "ASC", "01112-05"], 2, "locality", OMIT],
  ];
  it.each(LOOKUPS)("REIMB.%s(%j) argument %i (%s)", (...c) => check(c));

  it("the reviewer's case: PFS(code, 0, 0, 0, 0) is the national non-facility amount of the latest year", () => {
    expect(L.pfs("99213", 0, 0, 0, 0)).toBe(95.19);
    expect(L.pfs("99213", null, null, null, null)).toBe(95.19);
  });

  it("DATA_VINTAGE takes no argument and names the loaded files on both platforms", () => {
    expect(L.dataVintage()).toMatch(/^PFS RVU CY2026/);
  });
});
