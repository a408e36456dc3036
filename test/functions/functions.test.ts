import fc from "fast-check";
import * as F from "../../src/functions/functions";
import {
  ExcelErrorShim,
  excelError,
  isExcelError,
  shownMessage,
  type ExcelError,
} from "../../src/functions/errors";
import { setFunctionReference } from "../../src/functions/state";
import { classify, renderClassification } from "../../src/domain/pathway";
import { parseProductRows } from "../../src/domain/rows";
import type { CellValue } from "../../src/domain/product";
import { setLocale } from "../../src/i18n/catalogue";

import { REIMB_FUNCTIONS } from "../../scripts/economicsFormulas";

// Cell functions accept anything Excel may pass; the tests call them the way Excel does.

type AnyFn = (...args: any[]) => unknown;

// The same registry the example workbook and the README examples are evaluated with.
const FUNCTIONS: Record<string, AnyFn> = REIMB_FUNCTIONS;

function call(name: string, args: unknown[]): unknown {
  return FUNCTIONS[name](...args);
}

afterEach(() => setLocale("en"));

describe("worked examples (README function reference)", () => {
  it.each([
    ["PFS_RVU", [1.3, 1.46, 0.09], 95.19], // 99213 CY2026 national non-facility, default non-QP CF 33.4009
    ["PFS_RVU", [1.3, 0.33, 0.09], 57.45], // 99213 facility
    ["PFS_RVU", [1.3, 1.46, 0.09, 33.5675], 95.67], // QP conversion factor
    ["PFS_RVU", [1.3, 1.46, 0.09, 32.3465], 92.19], // CY2025 CF: 2.85 × 32.3465 = 92.187525
    ["PFS_RVU", [15.51, 14.38, 6.54, 33.4009, 1.095, 1.41, 0.425], 1337.33], // PFREV26B 21610 at 01112/05
    ["PFS_RVU", [1.3, 1.46, 0.09, null, null, null, null], 95.19], // omitted optionals arrive as null
    ["PFS_RVU", [1.3, 1.46, 0.09, undefined, 1, 1, 1], 95.19],
    ["PROGRAM_PAYMENT", [100, 50], 39.2], // docs/reimbursement.md §8.3
    ["PROGRAM_PAYMENT", [95.19], 74.63],
    ["PROGRAM_PAYMENT", [100, 50, 0.2, 0], 40],
    ["PATIENT_SHARE", [100, 50], 60],
    ["PATIENT_SHARE", [95.19, 283], 95.19], // all of it goes to the CY2026 deductible
    ["WAGE_ADJUST", [548.3, 1.2], 614.1],
    ["WAGE_ADJUST", [1000, 0.9, "ASC"], 950],
    ["WAGE_ADJUST", [1000, 0.9, "opps"], 940],
    ["WAGE_ADJUST", [1000, 0.9, 0.5], 950],
    ["PASSTHROUGH_PAYMENT", [20000, 0.25, 1500], 3500],
    ["NTAP", [20000, 55000, 50000], 3250],
    ["NTAP", [20000, 70000, 50000, 0.75], 15000],
    ["MARGIN", [3216.41, 1800, 450.5, 300], 665.91],
    ["BREAKEVEN", [100000, 1500, 1000], 200],
    ["PAYBACK", [250000, 200, 500], 2.5],
    ["BLENDED_RATE", [1000, [[0.5], [0.4], [0.1]], [[1], [1.8], [0.7]]], 1290],
    ["BLENDED_RATE", [1000, [[0.5, 0.4, 0.1]], [[1, 1.8, 0.7]]], 1290],
    ["BLENDED_RATE", [1000, [[0.5], [0.5], [null]], [[1], [2], [null]]], 1500], // blank rows are skipped
    ["PARAM", ["PFS_CF"], 33.4009],
    ["PARAM", ["PFS_CF_QP", 2026], 33.5675],
    ["PARAM", ["pfs cf", 2025], 32.3465],
    ["PARAM", ["OPPS_CF"], 91.415],
    ["PARAM", ["ASC_CF", 2025], 54.895],
    ["PARAM", ["PART_B_DEDUCTIBLE"], 283],
    ["PARAM", ["COINSURANCE"], 0.2],
    ["PARAM", ["SEQUESTRATION"], 0.02],
  ])("REIMB.%s(%j) = %p", (name, args, expected) => {
    expect(call(name, args)).toBe(expected);
  });

  it("REIMB.PASSTHROUGH_TESTS spills labels over TRUE/FALSE", () => {
    expect(F.passthroughTests(5000, 3216.41, 1500)).toEqual([
      [
        "Cost > 25% of APC",
        "Cost ≥ 125% of offset",
        "Cost − offset > 10% of APC",
        "Cost significant",
      ],
      [true, true, true, true],
    ]);
    expect(F.passthroughTests(500, 1000, 400)[1]).toEqual([true, true, false, false]);
  });

  it("REIMB.PASSTHROUGH_TESTS labels follow the display language", () => {
    setLocale("zh-CN");
    const labels = F.passthroughTests(5000, 3216.41, 1500)[0] as string[];
    expect(labels.some((l) => /[\u4e00-\u9fff]/.test(l))).toBe(true);
  });

  it("REIMB.VERSION answers", () => {
    expect(F.version()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe("REIMB.PATHWAY / REIMB.NEXT_GATE equal what the sheet (pane, CLI) gives for the same row", () => {
  const HEADER = [
    "Product ID",
    "Product",
    "Product type",
    "Site of care",
    "Candidate code(s)",
    "Code fit",
    "FDA status",
    "Breakthrough device",
    "Implanted or inserted",
  ];
  it.each([
    ["implant", "hospital outpatient", "C1889", "partially", "PMA approved", true, true],
    ["procedure device", "office", "99213", "describes", "510(k) cleared", false, false],
    ["lab test", "independent lab", "81479", "does not", "LDT", null, null],
    ["software analysis", "office", "0691T", "describes", "De Novo granted", "yes", "no"],
    ["home-use durable equipment", "home", "E0601", "describes", "510(k) cleared", "no", "no"],
    ["implant", "inpatient", "", "unknown", "submitted", "yes", "yes"],
    ["digital therapeutic", "home", null, null, null, null, null],
  ])("%s at %s with %p", (type, site, codes, fit, fda, breakthrough, implanted) => {
    const grid: CellValue[][] = [
      HEADER,
      ["P1", "Product", type, site, codes, fit, fda, breakthrough, implanted] as CellValue[],
    ];
    const parsed = parseProductRows(grid);
    expect(parsed.rows).toHaveLength(1);
    const sheet = renderClassification(classify(parsed.rows[0]), "en");
    expect(
      F.pathway(
        type,
        site,
        codes as string,
        fit as string,
        fda as string,
        breakthrough as boolean,
        implanted as boolean
      )
    ).toBe(sheet.pathway);
    expect(
      F.nextGate(
        type,
        site,
        codes as string,
        fit as string,
        fda as string,
        breakthrough as boolean,
        implanted as boolean
      )
    ).toBe(sheet.nextGate);
  });

  it("reads a code typed as a number the way the sheet does (99213, 100 → 00100)", () => {
    expect(F.pathway("procedure device", "office", 99213)).toBe(
      F.pathway("procedure device", "office", "99213")
    );
    expect(F.pathway("procedure device", "office", 100)).toBe(
      F.pathway("procedure device", "office", "00100")
    );
  });

  it("uses the reference data the pane shared", () => {
    const facts = {
      productType: "procedure device" as const,
      siteOfCare: "office" as const,
      candidateCodes: ["0691T"],
      codeFit: "describes" as const,
    };
    const ref = {
      vintage: "test",
      lookup: (code: string) =>
        code === "0691T"
          ? { code, inCurrentFiles: true, deleted: true, feeSchedules: [], vintage: "test" }
          : undefined,
    };
    const before = F.nextGate("procedure device", "office", "0691T", "describes"); // memoised without reference data
    expect(before).toBe(renderClassification(classify(facts), "en").nextGate);
    setFunctionReference(ref);
    try {
      const withRef = renderClassification(classify(facts, ref), "en");
      expect(withRef.nextGate).not.toBe(before); // the shared data changes the answer (a deleted code)…
      expect(F.nextGate("procedure device", "office", "0691T", "describes")).toBe(withRef.nextGate); // …and the cell follows it
    } finally {
      setFunctionReference(undefined);
    }
  });
});

function expectError(result: unknown, code: string, ...fragments: string[]): void {
  const error = Array.isArray(result) ? (result as unknown[][])[0][0] : result;
  expect(isExcelError(error)).toBe(true);
  const e = error as ExcelErrorShim;
  expect(e.code).toBe(code);
  for (const fragment of fragments) expect(e.message).toContain(fragment);
}

describe("errors say what was expected", () => {
  it.each([
    // wrong types → #VALUE!
    [
      "PFS_RVU",
      ["1.3", 1.46, 0.09],
      "#VALUE!",
      ["REIMB.PFS_RVU", "work_rvu must be a number", 'text "1.3"'],
    ],
    ["PFS_RVU", [true, 1.46, 0.09], "#VALUE!", ["work_rvu", "TRUE"]],
    ["PFS_RVU", [null, 1.46, 0.09], "#VALUE!", ["work_rvu is required"]],
    ["PFS_RVU", [1.3, 1.46, 0.09, "CY2026"], "#VALUE!", ["conversion_factor must be a number"]],
    ["PFS_RVU", [[[1.3]], 1.46, 0.09], "#VALUE!", ["a range of cells"]],
    ["PROGRAM_PAYMENT", ["$100"], "#VALUE!", ["allowed must be a number"]],
    ["PATIENT_SHARE", [100, "fifty"], "#VALUE!", ["unmet_deductible"]],
    ["WAGE_ADJUST", [1000, "1.02"], "#VALUE!", ["wage_index"]],
    ["PASSTHROUGH_TESTS", ["5000", 3216.41, 1500], "#VALUE!", ["device_cost"]],
    ["PASSTHROUGH_PAYMENT", [20000, "25%", 1500], "#VALUE!", ["cost_to_charge_ratio"]],
    ["NTAP", [20000, 55000, {}], "#VALUE!", ["drg_payment", "object"]],
    ["MARGIN", [1000, "n/a"], "#VALUE!", ["device_cost"]],
    ["BREAKEVEN", [100000, 1500, "x"], "#VALUE!", ["variable_cost_per_case"]],
    ["PAYBACK", ["x", 200, 500], "#VALUE!", ["capital_cost"]],
    ["BLENDED_RATE", [1000, [["half"]], [[1]]], "#VALUE!", ["shares: cell 1,1"]],
    ["BLENDED_RATE", [1000, [[0.5], [0.5]], [[1]]], "#VALUE!", ["same size"]],
    ["BLENDED_RATE", [1000, [[0.5], [0.5]], [[1], [null]]], "#VALUE!", ["no multiple"]],
    ["PARAM", [42], "#VALUE!", ["name must be text"]],
    ["PARAM", ["PFS_CF", "2026"], "#VALUE!", ["year must be a whole number", 'text "2026"']],
    ["PARAM", ["PFS_CF", 2025.5], "#VALUE!", ["year must be a whole number", "2025.5"]],
    ["PATHWAY", [7, "office"], "#VALUE!", ["product_type must be text"]],
    ["PATHWAY", ["implant", null], "#VALUE!", ["site_of_care is required"]],
    [
      "PATHWAY",
      ["implant", "office", "ABC"],
      "#VALUE!",
      ["candidate_codes", '"ABC" is not a CPT or HCPCS Level II code'],
    ],
    ["PATHWAY", ["implant", "office", "D0120"], "#VALUE!", ["CDT dental"]],
    ["PATHWAY", ["implant", "office", "#N/A"], "#VALUE!", ["Excel error"]],
    [
      "PATHWAY",
      ["implant", "office", null, null, null, 2],
      "#VALUE!",
      ["breakthrough must be TRUE, FALSE, yes or no"],
    ],
    ["NEXT_GATE", ["implant", "office", true], "#VALUE!", ["candidate_codes must be text"]],
    // impossible numbers → #NUM!
    ["PFS_RVU", [-1.3, 1.46, 0.09], "#NUM!", ["work_rvu cannot be negative"]],
    ["PFS_RVU", [1.3, 1.46, 0.09, -33.4009], "#NUM!", ["conversion_factor must be greater than 0"]],
    ["PFS_RVU", [1.3, 1.46, 0.09, Infinity], "#NUM!", ["finite"]],
    ["PFS_RVU", [NaN, 1.46, 0.09], "#NUM!", ["finite"]],
    ["PROGRAM_PAYMENT", [100, 0, 1.2], "#NUM!", ["coinsurance must be a fraction between 0 and 1"]],
    ["PROGRAM_PAYMENT", [100, 0, 0.2, 2], "#NUM!", ["sequestration"]],
    ["PROGRAM_PAYMENT", [-100], "#NUM!", ["allowed cannot be negative"]],
    ["PATIENT_SHARE", [100, -1], "#NUM!", ["unmet_deductible cannot be negative"]],
    ["PATIENT_SHARE", [100, 0, 20], "#NUM!", ["0.2 for 20%"]],
    ["WAGE_ADJUST", [1000, 1, 60], "#NUM!", ["labor_share"]],
    ["PASSTHROUGH_TESTS", [-1, 1000, 100], "#NUM!", ["device_cost cannot be negative"]],
    [
      "PASSTHROUGH_PAYMENT",
      [20000, 1.5, 1500],
      "#NUM!",
      ["cost_to_charge_ratio must be a ratio above 0 and at most 1"],
    ],
    ["NTAP", [20000, 55000, 50000, 65], "#NUM!", ["rate must be above 0 and at most 1"]],
    ["NTAP", [-1, 55000, 50000], "#NUM!", ["technology_cost cannot be negative"]],
    ["MARGIN", [1000, -5], "#NUM!", ["device_cost cannot be negative"]],
    ["BREAKEVEN", [100000, 1000, 1000], "#NUM!", ["Never breaks even"]],
    ["BREAKEVEN", [100000, 900, 1000], "#NUM!", ["must be greater than variable cost"]],
    ["PAYBACK", [250000, 200, 0], "#NUM!", ["Never pays back"]],
    ["PAYBACK", [250000, 0, 500], "#NUM!", ["cases_per_year must be greater than 0"]],
    ["BLENDED_RATE", [1000, [[0.5], [0.4]], [[1], [1.8]]], "#NUM!", ["add up to 1", "0.9"]],
    ["BLENDED_RATE", [1000, [[1]], [[-1]]], "#NUM!", ["multiple 1 cannot be negative"]],
    ["BLENDED_RATE", [1000, [[null]], [[null]]], "#NUM!", ["payer mix is empty"]],
    // unknown enumerations and years → #N/A
    ["PARAM", ["PFS_FACTOR"], "#N/A", ['Unknown parameter "PFS_FACTOR"', "PFS_CF_QP"]],
    ["PARAM", ["PFS_CF", 2024], "#N/A", ["2024", "Years available: 2025, 2026"]],
    ["PARAM", ["PFS_CF", 1980], "#N/A", ["1980", "Years available: 2025, 2026"]],
    ["WAGE_ADJUST", [1000, 1, "HOPDX"], "#N/A", ["labor_share", "Allowed: OPPS, ASC"]],
    ["PATHWAY", ["implnt", "office"], "#N/A", ['product_type "implnt"', 'did you mean "implant"']],
    [
      "PATHWAY",
      ["implant", "moon base"],
      "#N/A",
      ['site_of_care "moon base"', "Allowed: office, hospital outpatient"],
    ],
    [
      "PATHWAY",
      ["implant", "office", null, "maybe"],
      "#N/A",
      ["code_fit", "describes, partially, does not, unknown"],
    ],
    [
      "PATHWAY",
      ["implant", "office", null, null, "approved-ish"],
      "#N/A",
      ["fda_status", "510(k) cleared"],
    ],
    [
      "NEXT_GATE",
      ["implant", "office", null, null, null, "perhaps"],
      "#N/A",
      ["breakthrough must be TRUE, FALSE, yes or no"],
    ],
  ])("REIMB.%s(%j) → %s", (name, args, code, fragments) => {
    expectError(call(name, args), code, ...fragments);
  });

  it("renders error messages in the display language (kept on #NUM! objects, which Excel shows without text)", () => {
    setLocale("zh-CN");
    expectError(F.pfsRvu(-1, 1, 1), "#NUM!", "work_rvu", "不能为负数");
    expect(shownMessage(F.pfsRvu(-1, 1, 1) as ExcelError)).toBeUndefined();
    const value = F.pfsRvu("1.3" as unknown as number, 1, 1) as ExcelError;
    expect(shownMessage(value)).toContain("work_rvu");
  });

  it("like the real runtime, a cell shows the message of #VALUE! and #N/A only", () => {
    const shown = (e: unknown) =>
      JSON.parse(JSON.stringify(e)) as { code: string; message?: string };
    expect(shown(F.programPayment(100, 0, 1.5))).toEqual({ code: "#NUM!" });
    expect(shown(F.programPayment("$100" as unknown as number))).toMatchObject({
      code: "#VALUE!",
      message: expect.stringContaining("allowed"),
    });
    expect(shown(F.param("PFS_FACTOR"))).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("PFS_FACTOR"),
    });
    // The object keeps the #NUM! reason for the Share check and for tests.
    expect((F.programPayment(100, 0, 1.5) as ExcelError).message).toContain("coinsurance");
  });

  it("returns CustomFunctions.Error inside Excel (runtime present)", () => {
    class RuntimeError {
      constructor(
        readonly code: string,
        readonly message?: string
      ) {}
    }
    const g = globalThis as { CustomFunctions?: unknown };
    g.CustomFunctions = {
      Error: RuntimeError,
      ErrorCode: { invalidValue: "#VALUE!", invalidNumber: "#NUM!", notAvailable: "#N/A" },
    };
    try {
      const result = F.programPayment(100, 0, 1.5);
      expect(result).toBeInstanceOf(RuntimeError);
      expect(isExcelError(result)).toBe(true);
      expect((result as RuntimeError).code).toBe("#NUM!");
      expect(excelError("na", "x")).toBeInstanceOf(RuntimeError);
    } finally {
      delete g.CustomFunctions;
    }
  });

  it("caps messages at Excel's 255 characters", () => {
    const e = excelError("value", "x".repeat(400));
    expect(e.message).toHaveLength(255);
  });
});

describe("any input yields a number, text, a boolean or an Excel error; never NaN, Infinity or a throw", () => {
  const cell = fc.oneof(
    fc.double(),
    fc.integer(),
    fc.constantFrom(
      0,
      -0,
      1,
      -1,
      0.2,
      2026,
      1e308,
      -1e308,
      Number.MIN_VALUE,
      NaN,
      Infinity,
      -Infinity
    ),
    fc.string(),
    fc.constantFrom(
      "",
      " ",
      "office",
      "implant",
      "PFS_CF",
      "ASC",
      "99213",
      "C1889, 0100T",
      "#N/A",
      "=1+1",
      "yes"
    ),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(fc.array(fc.oneof(fc.double(), fc.constant(null), fc.string()), { maxLength: 3 }), {
      maxLength: 3,
    }),
    fc.anything()
  );

  function acceptable(v: unknown): boolean {
    if (typeof v === "number") return Number.isFinite(v);
    return typeof v === "string" || typeof v === "boolean" || isExcelError(v);
  }

  it.each(Object.keys(FUNCTIONS))("REIMB.%s", (name) => {
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 8 }), (args) => {
        const result = call(name, args);
        if (name === "PASSTHROUGH_TESTS") {
          expect(Array.isArray(result)).toBe(true);
          for (const row of result as unknown[][])
            for (const v of row) expect(acceptable(v)).toBe(true);
        } else {
          expect(acceptable(result)).toBe(true);
        }
      }),
      { numRuns: 300 }
    );
  });
});
