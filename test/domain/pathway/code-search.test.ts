/**
 * The engine finds the product's own code by searching CMS's HCPCS descriptors when the row names
 * none or names a NOC code (rows of HCPC2025_OCT_ANWEB_v4.xlsx quoted beside each case), and says
 * where a CPT code would be needed that cannot be searched (AMA-licensed descriptors).
 */
import { classify } from "../../../src/domain/pathway";
import type { ProductFacts } from "../../../src/domain/product";
import type { CodeReference } from "../../../src/domain/reference/port";
import { AS_OF } from "./cases";
import { itWithReference, requireReference } from "./withReference";

const it_ = itWithReference("code search in the pathway engine");
let ref: CodeReference;
beforeAll(async () => {
  if (it_ !== it) return;
  ref = await requireReference();
}, 180000);

function row(
  p: Partial<ProductFacts> & Pick<ProductFacts, "productType" | "siteOfCare">
): ProductFacts {
  return { candidateCodes: [], fdaStatus: "NDA or BLA approved", ...p };
}
const warningCodes = (facts: ProductFacts) =>
  classify(facts, ref, { asOf: AS_OF }).warnings.map((w) => w.code);

describe("code search in the pathway engine", () => {
  // HCPCS: J9271 "Injection, pembrolizumab, 1 mg", ADD DT 20160101.
  it_(
    "blank codes: Keytruda (pembrolizumab) in the office → existing J9271, found by search",
    () => {
      const c = classify(
        row({
          productType: "drug or biologic",
          siteOfCare: "office",
          product: "Keytruda",
          description: "pembrolizumab for NSCLC",
        }),
        ref,
        { asOf: AS_OF }
      );
      expect(c.pathway).toBe("existing-hcpcs-ii");
      expect(c.productCode).toBe("J9271");
      expect(c.ruleIds).toContain("code-search");
      expect(c.rationale.map((r) => r.id)).toContain("search.why.found");
      expect(c.warnings.map((w) => w.code)).not.toContain("no-candidate-code");
    }
  );

  // HCPCS: J9999 "Not otherwise classified, antineoplastic drugs"; J9271 as above.
  it_("J9999 given for pembrolizumab → flagged with the specific code and its start date", () => {
    const c = classify(
      row({
        productType: "drug or biologic",
        siteOfCare: "hospital outpatient",
        product: "Keytruda (pembrolizumab)",
        candidateCodes: ["J9999"],
        codeFit: "describes",
      }),
      ref,
      { asOf: AS_OF }
    );
    const w = c.warnings.find((x) => x.code === "noc-specific-exists");
    expect(w?.params).toMatchObject({ noc: "J9999", code: "J9271", date: "2016-01-01" });
    expect(c.productCode).toBe("J9271");
    expect(c.pathway).toBe("existing-hcpcs-ii");
  });

  // HCPCS: J1300 "Injection, eculizumab, 10 mg" TERM DT 20250331; J1299 "Injection, eculizumab, 2 mg" ADD DT 20250401.
  it_(
    "J3490 given for Soliris (eculizumab) → J1299, the code current since 2025-04-01 (not the ended J1300)",
    () => {
      const c = classify(
        row({
          productType: "drug or biologic",
          siteOfCare: "office",
          product: "Soliris",
          description: "eculizumab",
          candidateCodes: ["J3490"],
        }),
        ref,
        { asOf: AS_OF }
      );
      expect(c.warnings.find((x) => x.code === "noc-specific-exists")?.params).toMatchObject({
        noc: "J3490",
        code: "J1299",
        date: "2025-04-01",
      });
      expect(c.productCode).toBe("J1299");
    }
  );

  // HCPCS: E0601 "Continuous positive airway pressure (cpap) device".
  it_("blank codes: home CPAP machine → E0601 on the DMEPOS fee schedule", () => {
    const c = classify(
      row({
        productType: "home-use durable equipment",
        siteOfCare: "home",
        product: "CPAP machine",
        fdaStatus: "510(k) cleared",
      }),
      ref,
      { asOf: AS_OF }
    );
    expect(c.productCode).toBe("E0601");
    expect(c.pathway).toBe("existing-hcpcs-ii");
    expect(c.paymentMechanisms).toContain("dmepos-fee-schedule");
  });

  // HCPCS: J9035 "Injection, bevacizumab, 10 mg"; C9257 "Injection, bevacizumab, 0.25 mg"; Q5107 (mvasi) …
  it_(
    "an ambiguous name uses the type's own letter first, says the match is weak and lists the others",
    () => {
      const facts = row({
        productType: "drug or biologic",
        siteOfCare: "office",
        product: "Avastin",
        description: "bevacizumab",
      });
      const c = classify(facts, ref, { asOf: AS_OF });
      expect(c.productCode).toBe("J9035");
      expect(warningCodes(facts)).toEqual(
        expect.arrayContaining(["search-weak-match", "search-alternatives"])
      );
      expect(c.confidence).not.toBe("high");
    }
  );

  it_("a service row with no code is told CPT cannot be searched; nothing is guessed", () => {
    const c = classify(
      row({
        productType: "software analysis",
        siteOfCare: "office",
        product: "AI coronary plaque analysis",
        fdaStatus: "510(k) cleared",
      }),
      ref,
      { asOf: AS_OF }
    );
    expect(c.warnings.map((w) => w.code)).toContain("cpt-not-searchable");
    expect(c.pathway).toBe("new-code");
    expect(c.productCode).toBeUndefined();
  });

  it_("a name no descriptor matches leaves the row as before: new code, no candidate code", () => {
    const c = classify(
      row({
        productType: "home-use durable equipment",
        siteOfCare: "home",
        product: "Zzqxv widget",
        fdaStatus: "510(k) cleared",
      }),
      ref,
      { asOf: AS_OF }
    );
    expect(c.pathway).toBe("new-code");
    expect(c.warnings.map((w) => w.code)).toContain("no-candidate-code");
    expect(c.ruleIds).not.toContain("code-search");
  });
});
