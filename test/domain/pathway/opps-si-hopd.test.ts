/**
 * Hospital-outpatient rows read the OPPS status indicator of their procedure (or product) from
 * Addendum B (OPPS Addendum B CY2025 January, the quarter loaded from the CMS data folder; each
 * case names the code's SI there). docs/reimbursement.md §8.4 lists the indicators; §8.5 the inpatient-only list.
 */
import { classify } from "../../../src/domain/pathway";
import type { ProductFacts } from "../../../src/domain/product";
import type { CodeReference } from "../../../src/domain/reference/port";
import { AS_OF } from "./cases";
import { itWithReference, requireReference } from "./withReference";

const it_ = itWithReference("OPPS status indicators on hospital-outpatient rows");
let ref: CodeReference;
beforeAll(async () => {
  if (it_ !== it) return;
  ref = await requireReference();
}, 180000);

const hopd = (p: Partial<ProductFacts> & Pick<ProductFacts, "productType">): ProductFacts => ({
  siteOfCare: "hospital outpatient",
  candidateCodes: [],
  codeFit: "describes",
  fdaStatus: "PMA approved",
  ...p,
});
const run = (f: ProductFacts) => classify(f, ref, { asOf: AS_OF });

describe("OPPS status indicators on hospital-outpatient rows", () => {
  // Addendum B CY2025 January: 33361 (TAVR, transcatheter aortic valve replacement) SI C.
  it_(
    "TAVR valve on 33361 (SI C): inpatient-only, the outpatient department cannot be paid",
    () => {
      const c = run(
        hopd({ productType: "implant", candidateCodes: ["33361"], fdaDecisionDate: "2015-01-01" })
      );
      const w = c.warnings.find((x) => x.code === "opps-inpatient-only");
      expect(w?.params).toMatchObject({ code: "33361" });
      expect(String(w?.params?.vintage)).toContain("Addendum B");
      expect(c.pathway).toBe("existing-cpt");
    }
  );

  // 33533 (CABG, arterial) SI C: same answer for a procedure device.
  it_("a CABG device on 33533 (SI C): inpatient-only", () => {
    expect(
      run(
        hopd({ productType: "procedure device", candidateCodes: ["33533"], implanted: false })
      ).warnings.map((w) => w.code)
    ).toContain("opps-inpatient-only");
  });

  // 63685 (spinal neurostimulator pulse generator insertion) SI J1.
  it_(
    "a spinal cord stimulator on 63685 (SI J1): the comprehensive APC packages the device",
    () => {
      const c = run(
        hopd({ productType: "implant", candidateCodes: ["63685"], fdaDecisionDate: "2012-01-01" })
      );
      expect(c.rationale.map((r) => r.id)).toContain("pathway.why.oppsComprehensive");
      expect(c.ruleIds).toContain("opps-status-indicator");
    }
  );

  // 45378 (diagnostic colonoscopy) SI T.
  it_("a colonoscopy device on 45378 (SI T): multiple-procedure discount", () => {
    const c = run(
      hopd({
        productType: "procedure device",
        candidateCodes: ["45378"],
        fdaStatus: "510(k) cleared",
        implanted: false,
      })
    );
    expect(c.rationale.map((r) => r.id)).toContain("pathway.why.oppsMultipleProcedure");
  });

  // J1100 (dexamethasone sodium phosphate, 1 mg) SI N.
  it_(
    "dexamethasone J1100 in the outpatient department (SI N): packaged, no separate payment",
    () => {
      const c = run(
        hopd({
          productType: "drug or biologic",
          candidateCodes: ["J1100"],
          fdaStatus: "NDA or BLA approved",
        })
      );
      expect(c.warnings.find((w) => w.code === "opps-packaged-product")?.params).toMatchObject({
        code: "J1100",
      });
    }
  );

  // J9271 (pembrolizumab) SI K: paid separately, nothing to warn.
  it_("pembrolizumab J9271 (SI K): separately paid, no OPPS warning", () => {
    const c = run(
      hopd({
        productType: "drug or biologic",
        candidateCodes: ["J9271"],
        fdaStatus: "NDA or BLA approved",
      })
    );
    expect(c.warnings.map((w) => w.code).filter((x) => x.startsWith("opps-"))).toEqual([]);
  });

  // 0100T (prosthetic retina device) SI E2.
  it_("a retinal prosthesis on 0100T (SI E2): not paid under OPPS", () => {
    const c = run(
      hopd({
        productType: "implant",
        candidateCodes: ["0100T"],
        fdaDecisionDate: "2013-02-14",
        fdaStatus: "PMA approved",
      })
    );
    expect(c.warnings.find((w) => w.code === "opps-not-paid")?.params).toMatchObject({
      code: "0100T",
      si: "E2",
    });
  });

  it_("the same rows in an office get no OPPS status sentences", () => {
    const c = run({
      ...hopd({ productType: "implant", candidateCodes: ["33361"] }),
      siteOfCare: "office",
    });
    expect(c.ruleIds).not.toContain("opps-status-indicator");
  });
});
