import { classify, GATES, type Classification } from "../../../src/domain/pathway";
import { AUDIENCES, checklistFor, EVIDENCE_CATALOGUE } from "../../../src/domain/evidence";
import type { ProductFacts } from "../../../src/domain/product";
import { hasMessage } from "../../../src/i18n/catalogue";

const AS_OF = { asOf: "2026-11-26" };
function ids(facts: ProductFacts): string[] {
  const c: Classification = classify(facts, undefined, AS_OF);
  return checklistFor(c, facts).map((i) => i.id);
}

describe("evidence catalogue", () => {
  it("covers the seed list and the issue's additions", () => {
    const have = new Set(EVIDENCE_CATALOGUE.map((i) => i.id));
    for (const id of [
      "service-description",
      "provider-work",
      "site-of-care",
      "resource-use",
      "clinical-role",
      "distinction-from-existing",
      "fda-documentation",
      "peer-reviewed-literature",
      "us-medicare-age-evidence",
      "specialty-society-support",
      "utilisation",
      "benefit-category-analysis",
      "medical-necessity-language",
      "provider-economics",
      "cost-invoices",
      "pdac-verification",
      "privacy-security",
      "us-accountability",
      "liability",
    ])
      expect(have.has(id)).toBe(true);
  });

  it("every item has a unique id, a route, known audiences and gates, catalogue texts and a source", () => {
    const seen = new Set<string>();
    for (const it of EVIDENCE_CATALOGUE) {
      expect(seen.has(it.id)).toBe(false);
      seen.add(it.id);
      expect(["permission", "payment", "trust"]).toContain(it.route);
      expect(it.audience.length).toBeGreaterThan(0);
      for (const a of it.audience) expect(AUDIENCES).toContain(a);
      for (const g of it.gates) expect(GATES).toContain(g);
      for (const id of [it.titleId, it.whyId, it.failureId]) expect(hasMessage(id)).toBe(true);
      expect(it.sourceRef).toMatch(/docs\/reimbursement\.md|docs\/features\.md/);
    }
  });
});

describe("checklistFor: items follow the row's pathway and gates", () => {
  it("a Category I programme needs literature, society support, utilisation and provider work (docs/reimbursement.md §2.2, §9)", () => {
    const list = ids({
      productType: "software analysis",
      siteOfCare: "office",
      candidateCodes: ["93880"],
      codeFit: "does not",
      fdaStatus: "510(k) cleared",
      fdaDecisionDate: "2020-02-01",
    });
    for (const id of [
      "peer-reviewed-literature",
      "specialty-society-support",
      "utilisation",
      "provider-work",
      "distinction-from-existing",
      "clinical-role",
      "privacy-security",
    ])
      expect(list).toContain(id);
    expect(list).not.toContain("pdac-verification");
    expect(list).not.toContain("lab-protocol");
  });

  it("a knee orthosis needs PDAC verification with FDA documents, not CPT literature (docs/reimbursement.md §3.4)", () => {
    const list = ids({
      productType: "orthotic or prosthetic",
      siteOfCare: "home",
      candidateCodes: ["L1833"],
      codeFit: "describes",
      fdaStatus: "exempt",
    });
    expect(list).toEqual(
      expect.arrayContaining([
        "pdac-verification",
        "fda-documentation",
        "medical-necessity-language",
      ])
    );
    expect(list).not.toContain("specialty-society-support");
    expect(list).not.toContain("provider-work");
  });

  it("a pass-through candidate needs cost invoices, SCI evidence and the distinction from existing categories (docs/reimbursement.md §4.1)", () => {
    const list = ids({
      productType: "implant",
      siteOfCare: "hospital outpatient",
      candidateCodes: ["33274"],
      codeFit: "describes",
      fdaStatus: "PMA approved",
      fdaDecisionDate: "2025-06-01",
    });
    expect(list).toEqual(
      expect.arrayContaining([
        "cost-invoices",
        "substantial-clinical-improvement",
        "distinction-from-existing",
        "fda-documentation",
        "provider-economics",
        "liability",
      ])
    );
  });

  it("an NTAP candidate needs ICD-10-PCS coding and Medicare-age evidence (docs/reimbursement.md §5, §9)", () => {
    // PMA 2026-03-01: still new for the next open NTAP cycle as of 2026-11-26 (FY2029, docs/reimbursement.md §5).
    const list = ids({
      productType: "implant",
      siteOfCare: "inpatient",
      candidateCodes: ["33274"],
      codeFit: "describes",
      fdaStatus: "PMA approved",
      fdaDecisionDate: "2026-03-01",
    });
    expect(list).toEqual(
      expect.arrayContaining(["ntap-icd10-pcs", "us-medicare-age-evidence", "cost-invoices"])
    );
  });

  it("a new PLA test needs the lab protocol and a CLFS pricing proposal (docs/reimbursement.md §2.5)", () => {
    const list = ids({
      productType: "lab test",
      siteOfCare: "independent lab",
      candidateCodes: [],
      codeFit: "does not",
      fdaStatus: "LDT",
    });
    expect(list).toEqual(
      expect.arrayContaining(["lab-protocol", "clfs-pricing-proposal", "fda-documentation"])
    );
    expect(list).not.toContain("specialty-society-support");
  });

  it("a DTx without benefit category needs the benefit-category analysis and privacy review (docs/reimbursement.md §7)", () => {
    const list = ids({
      productType: "digital therapeutic",
      siteOfCare: "home",
      candidateCodes: ["A9291"],
      codeFit: "describes",
      fdaStatus: "De Novo granted",
    });
    expect(list).toEqual(
      expect.arrayContaining(["benefit-category-analysis", "privacy-security", "us-accountability"])
    );
  });

  it("an unlisted bridge needs the claim packet; a drug NOC also needs invoices (docs/reimbursement.md §2.6, §3.3)", () => {
    const cpt = ids({
      productType: "procedure device",
      siteOfCare: "office",
      candidateCodes: ["20999"],
      codeFit: "partially",
      fdaStatus: "510(k) cleared",
    });
    expect(cpt).toEqual(expect.arrayContaining(["unlisted-claim-packet", "provider-work"]));
    const drug = ids({
      productType: "drug or biologic",
      siteOfCare: "office",
      candidateCodes: ["J3490"],
      codeFit: "partially",
      fdaStatus: "NDA or BLA approved",
    });
    expect(drug).toEqual(expect.arrayContaining(["unlisted-claim-packet", "cost-invoices"]));
  });

  it("a breakthrough device awaiting FDA needs the designation letter and FDA documents first (docs/reimbursement.md §6)", () => {
    const list = ids({
      productType: "implant",
      siteOfCare: "hospital outpatient",
      candidateCodes: ["64999"],
      codeFit: "does not",
      fdaStatus: "IDE",
      breakthrough: true,
    });
    expect(list.slice(0, 8)).toContain("fda-documentation");
    expect(list).toContain("breakthrough-designation");
  });

  it("an office E/M visit's checklist stays small: coverage and economics, no coding application items", () => {
    const list = ids({
      productType: "professional service",
      siteOfCare: "office",
      candidateCodes: ["99213"],
      codeFit: "describes",
      fdaStatus: "not a device",
    });
    expect(list).not.toContain("specialty-society-support");
    expect(list).not.toContain("cost-invoices");
    expect(list).toEqual(
      expect.arrayContaining(["medical-necessity-language", "provider-economics"])
    );
  });
});
