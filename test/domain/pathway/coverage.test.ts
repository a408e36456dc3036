/**
 * CMS's HCPCS file says when Medicare will not pay a Level II code whatever its shape suggests
 * (field COV: S by statute, M not covered, I not payable); docs/reimbursement.md §1: a code is not coverage.
 * Runs over the real files (../shared/data/cms or REIMB_DATA_DIR); skipped with a reason without them.
 */
import { HAVE_REFERENCE, itWithReference, requireReference } from "./withReference";
import { classify } from "../../../src/domain/pathway";
import type { CodeReference } from "../../../src/domain/reference/port";
import type { ProductFacts } from "../../../src/domain/product";

const itData = itWithReference("HCPCS coverage-code cases");
let ref: CodeReference;
beforeAll(async () => {
  if (HAVE_REFERENCE) ref = await requireReference();
}, 120000);

const row = (
  productType: ProductFacts["productType"],
  siteOfCare: ProductFacts["siteOfCare"],
  code: string
): ProductFacts => ({
  productType,
  siteOfCare,
  candidateCodes: [code],
  codeFit: "describes",
  fdaStatus: "510(k) cleared",
});

describe("HCPCS coverage codes from CMS's file", () => {
  itData.each([
    [
      "V5257 hearing aid: statutory exclusion",
      row("home-use durable equipment", "home", "V5257"),
      "S",
      "hcpcs-coverage-s",
    ],
    ["A9270 non-covered item", row("supply", "home", "A9270"), "M", "hcpcs-coverage-m"],
  ] as const)("%s", (_name, facts, cov, warning) => {
    expect(ref.lookup(facts.candidateCodes[0])?.hcpcsCoverage).toBe(cov);
    expect(classify(facts, ref, { asOf: "2026-11-26" }).warnings.map((w) => w.code)).toContain(
      warning
    );
  });

  itData.each([
    [
      "E0601 CPAP (special coverage instructions, D)",
      row("home-use durable equipment", "home", "E0601"),
    ],
    [
      "C1605 leadless pacemaker device category (D)",
      row("implant", "hospital outpatient", "C1605"),
    ],
  ] as const)("%s carries no coverage warning", (_name, facts) => {
    expect(
      classify(facts, ref, { asOf: "2026-11-26" })
        .warnings.map((w) => w.code)
        .filter((c) => c.startsWith("hcpcs-coverage"))
    ).toEqual([]);
  });

  itData(
    "records the OPPS status indicator (H: a pass-through device category in Addendum B)",
    () => {
      expect(ref.lookup("C1605")?.oppsStatusIndicator).toBe("H");
      expect(ref.lookup("C1713")?.oppsStatusIndicator).toBe("N");
    }
  );
});
