/**
 * Rules that need the CMS reference data (src/domain/reference/port.ts). The fake reference holds
 * real PFS status indicators from PPRRVU2026_Jul_nonQPP.csv (CY2026 RVU26C): 0469T N, 36416 B,
 * A9291 X, 0001F I, G0552 C, 0691T C, 64999 C, 99213 A; deletion/absence are the port's own flags.
 */
import { classify } from "../../../src/domain/pathway";
import type { CodeFacts, CodeReference } from "../../../src/domain/reference/port";

const VINTAGE = "PFS CY2026 RVU26C (July)";
const STATUS: Record<string, string> = {
  "0469T": "N",
  "36416": "B",
  A9291: "X",
  "0001F": "I",
  G0552: "C",
  "0691T": "C",
  "64999": "C",
  "99213": "A",
  "97039": "C",
};
const ref: CodeReference = {
  vintage: VINTAGE,
  lookup(code: string): CodeFacts | undefined {
    if (code === "0075T")
      return { code, inCurrentFiles: true, deleted: true, feeSchedules: [], vintage: VINTAGE };
    if (code === "E0601")
      return {
        code,
        inCurrentFiles: true,
        feeSchedules: ["DMEPOS"],
        benefitCategoryHint: "DME",
        vintage: VINTAGE,
      };
    if (code === "81479")
      return {
        code,
        inCurrentFiles: true,
        pfsStatus: "X",
        feeSchedules: ["CLFS"],
        benefitCategoryHint: "clinical lab",
        vintage: VINTAGE,
      };
    if (code === "0242U")
      return {
        code,
        inCurrentFiles: true,
        feeSchedules: ["CLFS"],
        benefitCategoryHint: "clinical lab",
        vintage: VINTAGE,
      };
    if (code === "A9900")
      return {
        code,
        inCurrentFiles: true,
        isNotOtherwiseClassified: true,
        feeSchedules: ["DMEPOS"],
        vintage: VINTAGE,
      };
    const s = STATUS[code];
    return s
      ? { code, inCurrentFiles: true, pfsStatus: s, feeSchedules: ["PFS"], vintage: VINTAGE }
      : undefined;
  },
};
const AS_OF = { asOf: "2026-11-26" };
const codes = (r: ReturnType<typeof classify>) => r.warnings.map((w) => w.code);

describe("classify with CMS reference data (docs/reimbursement.md §8.1 status indicators)", () => {
  it.each([
    ["0469T", "pfs-status-n", "software analysis"],
    ["36416", "pfs-status-b", "professional service"],
    ["A9291", "pfs-status-x", "digital therapeutic"],
    ["G0552", "pfs-status-c", "digital therapeutic"],
  ] as const)("%s gets %s", (code, warning, productType) => {
    const r = classify(
      {
        productType,
        siteOfCare: "office",
        candidateCodes: [code],
        codeFit: "describes",
        fdaStatus: "510(k) cleared",
      },
      ref,
      AS_OF
    );
    expect(codes(r)).toContain(warning);
  });

  it("status X on a lab code the CLFS pays is not warned (PPRRVU 2026: 81479 X; CLFS prices it)", () => {
    const r = classify(
      {
        productType: "lab test",
        siteOfCare: "independent lab",
        candidateCodes: ["81479"],
        codeFit: "partially",
        fdaStatus: "LDT",
      },
      ref,
      AS_OF
    );
    expect(codes(r)).not.toContain("pfs-status-x");
  });

  it("a Category III code's status C is reported once, as the Category III warning (docs/reimbursement.md §2.3)", () => {
    const r = classify(
      {
        productType: "software analysis",
        siteOfCare: "office",
        candidateCodes: ["0691T"],
        codeFit: "describes",
        fdaStatus: "510(k) cleared",
      },
      ref,
      AS_OF
    );
    expect(codes(r)).toContain("cat-iii-contractor-priced");
    expect(codes(r)).not.toContain("pfs-status-c");
  });

  it("Category II status I is reported as not paid (docs/reimbursement.md §2)", () => {
    const r = classify(
      {
        productType: "professional service",
        siteOfCare: "office",
        candidateCodes: ["0001F"],
        fdaStatus: "not a device",
      },
      ref,
      AS_OF
    );
    expect(codes(r)).toContain("cat-ii-not-paid");
  });

  it("a code missing from the files is warned and lowers confidence", () => {
    const withRef = classify(
      {
        productType: "professional service",
        siteOfCare: "office",
        candidateCodes: ["99999"],
        codeFit: "describes",
        fdaStatus: "not a device",
        benefitCategory: "physician service",
      },
      ref,
      AS_OF
    );
    const without = classify(
      {
        productType: "professional service",
        siteOfCare: "office",
        candidateCodes: ["99999"],
        codeFit: "describes",
        fdaStatus: "not a device",
        benefitCategory: "physician service",
      },
      undefined,
      AS_OF
    );
    expect(codes(withRef)).toContain("code-not-in-files");
    expect(without.confidence).toBe("high");
    expect(withRef.confidence).toBe("medium");
    expect(withRef.warnings.find((w) => w.code === "code-not-in-files")?.params).toEqual({
      code: "99999",
      vintage: VINTAGE,
    });
  });

  it("a deleted code is not a valid existing code: new code strategy", () => {
    const r = classify(
      {
        productType: "procedure device",
        siteOfCare: "hospital outpatient",
        candidateCodes: ["0075T"],
        codeFit: "describes",
        fdaStatus: "510(k) cleared",
      },
      ref,
      AS_OF
    );
    expect(r.pathway).toBe("new-code");
    expect(codes(r)).toContain("code-deleted");
  });

  it("NOC recognised from the reference data as well as the curated list", () => {
    const r = classify(
      {
        productType: "home-use durable equipment",
        siteOfCare: "home",
        candidateCodes: ["A9900"],
        codeFit: "partially",
        fdaStatus: "510(k) cleared",
      },
      ref,
      AS_OF
    );
    expect(r.pathway).toBe("unlisted-noc");
    expect(r.bridgeCode).toBe("A9900");
  });

  it("benefit category hint from the fee schedule that prices the code, marked inferred", () => {
    const r = classify(
      {
        productType: "supply",
        siteOfCare: "office",
        candidateCodes: ["E0601"],
        codeFit: "describes",
        fdaStatus: "510(k) cleared",
      },
      ref,
      AS_OF
    );
    expect(r.benefitCategory).toEqual({ value: "DME", inferred: true });
  });

  it("an existing PLA code already on the CLFS needs no pricing gate (docs/reimbursement.md §2.5, §8.7)", () => {
    const priced = classify(
      {
        productType: "lab test",
        siteOfCare: "independent lab",
        candidateCodes: ["0242U"],
        codeFit: "describes",
        fdaStatus: "LDT",
      },
      ref,
      AS_OF
    );
    expect([priced.nextGate, ...priced.laterGates]).not.toContain("clfs-pricing");
  });

  it("a benefit category given in the row is kept and not marked inferred", () => {
    const r = classify(
      {
        productType: "supply",
        siteOfCare: "office",
        candidateCodes: ["E0601"],
        codeFit: "describes",
        fdaStatus: "510(k) cleared",
        benefitCategory: "physician service",
      },
      ref,
      AS_OF
    );
    expect(r.benefitCategory).toEqual({ value: "physician service", inferred: false });
  });
});
