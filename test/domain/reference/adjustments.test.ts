/**
 * PFS payment adjustments driven by the RVU file's indicators (docs/reference-data.md, "PFS
 * adjustments"). Indicators rest on PPRRVU2026_Jul_nonQPP.csv (line named; columns MULT PROC,
 * BILAT SURG, ASST SURG, CO- SURG, TEAM SURG, ENDO BASE); the limiting charge on PFREV26B.txt rows.
 */
import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import { describeWithData, DATA_DIR, loadAll } from "../../data/helpers";
import { pfsAmount } from "../../../src/domain/reference/lookups";
import { parseAdjustment, pfsAdjusted } from "../../../src/domain/reference/adjustments";
import { render } from "../../../src/i18n/catalogue";
import type { Outcome } from "../../../src/domain/economics/outcome";
import type { ReferenceData } from "../../../src/domain/reference/model";

function why<T>(o: Outcome<T>): string {
  if (o.ok) throw new Error(`expected a failure, got ${JSON.stringify(o.value)}`);
  return render(o.message);
}
const value = <T>(o: Outcome<T>): T => {
  if (!o.ok) throw new Error(render(o.message));
  return o.value;
};

let ref: ReferenceData;

describe("adjustment names", () => {
  it.each([
    ["Bilateral", "bilateral"],
    ["50", "bilateral"],
    ["co-surgeon", "cosurgeon"],
    ["62", "cosurgeon"],
    ["assistant_at_surgery", "assistant"],
    ["66", "team"],
    ["Limiting charge", "limiting"],
    ["51", "multiple"],
  ])("%s → %s", (text, adj) => expect(value(parseAdjustment(text))).toBe(adj));

  it("an unknown name is #VALUE! listing the allowed ones", () => {
    const o = parseAdjustment("discount");
    expect(!o.ok && o.kind).toBe("invalid-value");
    expect(why(o)).toMatch(/multiple, bilateral, assistant, cosurgeon, team, limiting/);
  });
});

describeWithData("PFS adjustments from the RVU file's indicators (CY2026 July RVU file)", () => {
  beforeAll(async () => {
    ref = (await loadAll()).reference;
  }, 120000);
  const fee = (code: string, modifier?: string) =>
    value(pfsAmount(ref, { code, modifier }, { year: 2026 })).amount;
  const adj = (
    code: string,
    a: Parameters<typeof pfsAdjusted>[2],
    rank?: number,
    modifier?: string
  ) => pfsAdjusted(ref, { code, modifier }, a, { year: 2026, rank });

  // Line 2839: 27447, MULT PROC 2, BILAT 1, ASST 2, CO 1, TEAM 0; national non-facility 1,159.35.
  it("27447: bilateral 150%, assistant 16%, co-surgeon 62.5%, second procedure 50%", () => {
    expect(fee("27447")).toBe(1159.35);
    expect(value(adj("27447", "bilateral"))).toBe(1739.03); // 1,739.025 half-up
    expect(value(adj("27447", "assistant"))).toBe(185.5); // 185.496
    expect(value(adj("27447", "cosurgeon"))).toBe(724.59); // 724.59375
    expect(value(adj("27447", "multiple", 1))).toBe(1159.35);
    expect(value(adj("27447", "multiple", 2))).toBe(579.68); // 579.675
    expect(value(adj("27447", "multiple", 5))).toBe(579.68);
    expect(why(adj("27447", "team"))).toMatch(/team-surgery indicator 0 .*not permitted/);
    expect(why(adj("27447", "multiple", 6))).toMatch(/by report/);
  });

  it("indicators that bar or condition payment answer #N/A with the readme's reason", () => {
    // Line 1711: 20610 ASST SURG 1 (statutory restriction).
    expect(why(adj("20610", "assistant"))).toMatch(/indicator 1 .*may not be paid/);
    // Line 12954: 99213 ASST SURG 0 (documentation of medical necessity).
    expect(why(adj("99213", "assistant"))).toMatch(/indicator 0 .*documentation/);
    // Line 3938: 33533 CO- SURG 0.
    expect(why(adj("33533", "cosurgeon"))).toMatch(/co-surgeon indicator 0/);
    // Line 2046: 22818 TEAM SURG 2 (team surgeons paid by report).
    expect(why(adj("22818", "team"))).toMatch(/indicator 2 .*by report/);
  });

  it("multiple endoscopy (MULT PROC 3): the family's rank 2+ pays its amount less the ENDO BASE code's", () => {
    // Lines 5103/5107: 43235 (base, MULT PROC 2) and 43239 (MULT PROC 3, ENDO BASE 43235).
    // Non-facility totals 9.66 and 12.54 RVU × 33.4009 = 322.65 and 418.85: 418.85 − 322.65.
    expect([fee("43239"), fee("43235")]).toEqual([418.85, 322.65]);
    expect(value(adj("43239", "multiple", 1))).toBe(418.85);
    expect(value(adj("43239", "multiple", 2))).toBe(96.2);
    expect(value(adj("43239", "multiple", 7))).toBe(96.2); // every later member of the family alike
    // Lines 5453/5456/5460: colonoscopy family, base 45378 (4.93 facility RVU), 45380 (5.32),
    // 45385 (6.69). 45385 first, 45380 second, in a facility: 177.69 − 164.67 = 13.02.
    const facility = (code: string, rank: number) =>
      value(pfsAdjusted(ref, { code }, "multiple", { year: 2026, rank, setting: "facility" }));
    expect(facility("45385", 1)).toBe(223.45);
    expect(facility("45380", 2)).toBe(13.02);
    // Non-facility (11.32 and 14.37 RVU): 479.97 − 378.10 = 101.87, taken in cents.
    expect(value(adj("45380", "multiple", 2))).toBe(101.87);
  });

  it("multiple endoscopy: never negative, and exactly the published amounts' difference (property)", () => {
    const family = ["45380", "45385", "43239"];
    fc.assert(
      fc.property(fc.constantFrom(...family), fc.integer({ min: 2, max: 9 }), fc.constantFrom("facility", "nonfacility" as const), (code, rank, setting) => {
        const base = code.startsWith("45") ? "45378" : "43235";
        const q = { year: 2026, setting: setting as "facility" | "nonfacility" };
        const own = value(pfsAmount(ref, { code }, q)).amount;
        const b = value(pfsAmount(ref, { code: base }, q)).amount;
        const got = value(pfsAdjusted(ref, { code }, "multiple", { ...q, rank }));
        return got >= 0 && Math.round(got * 100) === Math.round(own * 100) - Math.round(b * 100);
      }),
      { numRuns: 30 },
    );
  });

  it("bilateral indicators 0 and 2 pay one fee for both sides", () => {
    // Line 12954: 99213 BILAT 0; line 11632: 92134 BILAT 2.
    expect(value(adj("99213", "bilateral"))).toBe(fee("99213"));
    expect(value(adj("92134", "bilateral"))).toBe(fee("92134"));
  });

  it("diagnostic imaging (MULT PROC 4): TC at 50%, PC at 95% for the second procedure", () => {
    // Lines 7718-7720: 70450 global/26/TC, MULT PROC 4, PC/TC 1.
    const tc = fee("70450", "TC");
    const pc = fee("70450", "26");
    expect([tc, pc]).toEqual([67.14, 39.41]);
    expect(value(adj("70450", "multiple", 2, "TC"))).toBe(33.57);
    expect(value(adj("70450", "multiple", 2, "26"))).toBe(37.44); // 37.4395
    expect(value(adj("70450", "multiple", 2))).toBe(71.01); // 33.57 + 37.4395
    expect(value(adj("70450", "multiple", 1))).toBe(fee("70450"));
  });

  it("cardiovascular (6) TC at 75% and ophthalmology (7) TC at 80%, PC in full", () => {
    // Lines 11985-11987: 93306 MULT PROC 6; lines 11632-11634: 92134 MULT PROC 7.
    const cardio = fee("93306", "TC") * 0.75 + fee("93306", "26");
    expect(value(adj("93306", "multiple", 2))).toBeCloseTo(cardio, 2);
    const eye = fee("92134", "TC") * 0.8 + fee("92134", "26");
    expect(value(adj("92134", "multiple", 2))).toBeCloseTo(eye, 2);
  });

  it("therapy (5): half the practice expense for the second and later services", () => {
    // Line 12798: 97110 MULT PROC 5; work 0.45, non-facility PE 0.41, MP 0.01, CF 33.4009.
    expect(fee("97110")).toBe(29.06); // 0.87 × 33.4009
    expect(value(adj("97110", "multiple", 2))).toBe(22.21); // (0.45 + 0.205 + 0.01) × 33.4009
  });

  it("limiting charge: 109.25% of the full fee schedule amount (PFREV26B row)", () => {
    // PF26PB.pdf: "multiply the full fee schedule amount by a factor of 1.0925". PFREV26B.txt
    // line 1: 21610, carrier 01112, locality 05, non-facility 1,337.33.
    const line = fs
      .readFileSync(path.join(DATA_DIR, "pfs_payment/2026_PFREV26B_apr/PFREV26B.txt"), "utf8")
      .split(/\r?\n/)[0]
      .split(",")
      .map((c) => c.replace(/"/g, ""));
    expect(line.slice(1, 6)).toEqual(["01112", "05", "21610", "  ", "0001337.33"]);
    const limiting = value(
      pfsAdjusted(ref, { code: "21610" }, "limiting", { year: 2026, locality: "01112-05" })
    );
    expect(limiting).toBe(1461.03); // 1,337.33 × 1.0925 = 1,461.033025
    expect(value(adj("99213", "limiting"))).toBe(104); // 95.19 × 1.0925 = 103.995075
  });

  it("QP conversion factor for 2026 (33.5675): 99213 total RVU 2.85 → 95.67", () => {
    expect(value(pfsAmount(ref, { code: "99213" }, { year: 2026, qp: true })).amount).toBe(95.67);
    // CY2025 had one conversion factor for everyone.
    expect(value(pfsAmount(ref, { code: "99213" }, { year: 2025, qp: true })).amount).toBe(88.95);
  });

  it("adjusted amounts are whole cents and never exceed 150% (bilateral) or fall below 0", () => {
    const codes = ["27447", "19303", "66984", "69436", "64483", "70450", "92134", "93306", "97110"];
    fc.assert(
      fc.property(
        fc.constantFrom(...codes),
        fc.constantFrom("multiple", "bilateral", "cosurgeon", "limiting") as fc.Arbitrary<
          "multiple" | "bilateral" | "cosurgeon" | "limiting"
        >,
        fc.integer({ min: 1, max: 5 }),
        (code, a, rank) => {
          const o = adj(code, a, rank);
          if (!o.ok) return;
          expect(Number.isInteger(Math.round(o.value * 100))).toBe(true);
          expect(Math.abs(o.value * 100 - Math.round(o.value * 100))).toBeLessThan(1e-6);
          expect(o.value).toBeGreaterThanOrEqual(0);
          expect(o.value).toBeLessThanOrEqual(fee(code) * 1.5 + 0.005);
        }
      ),
      { numRuns: 60 }
    );
  });
});
