/**
 * REIMB.SITES on CMS's own files: every figure equals the lookup it is built from (REIMB.PFS,
 * REIMB.OPPS, REIMB.ASC, REIMB.SITE_TOTAL, REIMB.PROGRAM_PAYMENT, REIMB.PATIENT_SHARE, REIMB.MARGIN)
 * for 66984, 93306, 99213 and 36902, and a site with no rate carries its reason in its own cells.
 * Figures rest on PPRRVU26 (CY2026) and, for facility sites, CY2025 OPPS Addendum B / ASC AA with
 * PPRRVU25 (SITE_TOTAL prices every part from one year), as the README's SITE_TOTAL rows state.
 */
import fc from "fast-check";
import * as F from "../../src/functions/functions";
import * as L from "../../src/functions/lookups";
import { isExcelError, type ExcelError } from "../../src/functions/errors";
import { setReference } from "../../src/functions/state";
import { emptyReference } from "../../src/domain/reference/model";
import { setLocale } from "../../src/i18n/catalogue";
import { describeWithData, loadAll } from "../data/helpers";

type Cell = string | number | ExcelError;
const SITE_ARG: Record<string, string> = {
  Office: "office",
  "Hospital outpatient": "hospital outpatient",
  ASC: "ASC",
};

function num(v: unknown): number {
  if (typeof v !== "number") throw new Error(`expected a number, got ${JSON.stringify(v)}`);
  return v;
}

describeWithData("REIMB.SITES on CMS files", () => {
  beforeAll(async () => {
    setReference((await loadAll()).reference);
  }, 120_000);
  afterAll(() => {
    setReference(emptyReference());
    setLocale("en");
  });

  it.each([
    ["66984", ["Hospital outpatient", "ASC"]],
    ["93306", ["Office", "Hospital outpatient"]],
    ["99213", ["Office", "Hospital outpatient"]],
    ["36902", ["Office", "Hospital outpatient", "ASC"]],
  ])("%s lists the sites whose files price it: %j", (code, sites) => {
    expect((F.sites(code) as Cell[][]).map((r) => r[0])).toEqual(sites);
  });

  it.each([
    ["66984", undefined, 1500],
    ["93306", undefined, 0],
    ["99213", "01112-05", 40],
    ["36902", "AL", 2400],
    ["36902", undefined, undefined],
  ])(
    "%s (locality %s, device %s): each number equals its REIMB.* lookup",
    (code, locality, device) => {
      const rows = F.sites(code, locality, undefined, device) as Cell[][];
      for (const [site, professional, facility, total, program, patient, margin] of rows) {
        const s = SITE_ARG[site as string];
        const siteTotal = L.siteTotalFn(code, s, locality);
        if (isExcelError(siteTotal)) {
          // Only 99213 at the HOPD (SI B) has no rate among these: its cells carry the same reason.
          expect(isExcelError(total) && total.message).toBe(
            siteTotal.message?.replace("SITE_TOTAL", "SITES")
          );
          continue;
        }
        expect(total).toBe(siteTotal);
        const facilityRate =
          s === "office" ? 0 : s === "ASC" ? L.asc(code, 2025) : L.opps(code, 2025);
        expect(facility).toBe(facilityRate);
        expect(num(professional)).toBeCloseTo(num(total) - num(facilityRate), 9);
        if (s === "office") expect(professional).toBe(L.pfs(code, "office", locality));
        expect(program).toBe(F.programPayment(num(total)));
        expect(patient).toBe(F.patientShare(num(total)));
        expect(margin).toBe(F.margin(num(total), device ?? 0));
      }
    }
  );

  it("66984 at the ASC: 1214.31 (ASC AA CY2025) + 521.75 (PPRRVU25 facility) = 1736.06, Medicare pays 1361.07", () => {
    const asc = (F.sites("66984", undefined, undefined, 1000) as Cell[][])[1];
    expect(asc).toEqual(["ASC", 521.75, 1214.31, 1736.06, 1361.07, 347.21, 736.06]);
  });

  it("headers by argument, in the display language", () => {
    const withHeaders = F.sites("93306", undefined, undefined, undefined, true) as Cell[][];
    expect(withHeaders[0]).toEqual([
      "Site",
      "Professional",
      "Facility",
      "Total allowed",
      "Program payment",
      "Patient share",
      "Margin after device",
    ]);
    expect(withHeaders.slice(1)).toEqual(F.sites("93306"));
    setLocale("zh-CN");
    expect((F.sites("93306", undefined, undefined, undefined, true) as Cell[][])[0][0]).toBe(
      "场所"
    );
    setLocale("en");
  });

  it("99213 in the HOPD (OPPS SI B): the row stays, each of its cells is #N/A with the reason; the office row is numbers", () => {
    const [office, hopd] = F.sites("99213") as Cell[][];
    expect(office.slice(1).every((c) => typeof c === "number")).toBe(true);
    for (const c of hopd.slice(1)) {
      expect(isExcelError(c)).toBe(true);
      expect((c as ExcelError).code).toBe("#N/A");
      expect((c as ExcelError).message).toMatch(
        /99213 has no separate OPPS payment \(status indicator B\)/
      );
    }
  });

  it.each([
    ["a blank code", "", "#VALUE!", /code is required/],
    ["a malformed code", "9921", "#VALUE!", /9921/],
    [
      "a code in none of the per-site schedules (A4466, DMEPOS supply)",
      "A4466",
      "#N/A",
      /A4466 is not paid per code at any site/,
    ],
    ["a negative device cost", "66984", "#NUM!", /device_cost/],
    ["a year not loaded", "66984", "#N/A", /years available/],
  ])("%s → one error for the whole array", (why, code, errorCode, message) => {
    const device = why.includes("negative") ? -1 : undefined;
    const year = why.includes("year") ? 1990 : undefined;
    const result = F.sites(code, undefined, year, device) as Cell[][];
    if (why.includes("negative")) {
      // The margin cell carries the failure (the other figures stand without a device cost).
      const m = result[0][6] as ExcelError;
      expect(m.code).toBe(errorCode);
      expect(m.message).toMatch(message);
      return;
    }
    expect(result).toHaveLength(1);
    expect(result[0]).toHaveLength(1);
    expect((result[0][0] as ExcelError).code).toBe(errorCode);
    expect((result[0][0] as ExcelError).message).toMatch(message);
  });

  it("C1889 (a packaged device category): OPPS SI N and ASC N1 rows, each cell saying it is packaged", () => {
    const rows = F.sites("C1889") as Cell[][];
    expect(rows.map((r) => r[0])).toEqual(["Hospital outpatient", "ASC"]);
    expect((rows[0][3] as ExcelError).message).toMatch(/status indicator N\b/);
    expect((rows[1][3] as ExcelError).message).toMatch(/payment indicator N1/);
  });

  it("margin = total allowed − device cost for any device cost (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (cents) => {
        const device = cents / 100;
        for (const row of F.sites("36902", undefined, undefined, device) as Cell[][])
          expect(row[6]).toBe(F.margin(num(row[3]), device));
      }),
      { numRuns: 200 }
    );
  });
});
