import { classify } from "../../../src/domain/pathway";
import { IMPLICATION_KEYS, IMPLICATION_TABLES, strategyFor } from "../../../src/domain/strategy";
import type { ProductFacts } from "../../../src/domain/product";
import { hasMessage } from "../../../src/i18n/catalogue";

const AS_OF = { asOf: "2026-11-26" };
function plan(facts: ProductFacts) {
  return strategyFor(classify(facts, undefined, AS_OF), facts);
}

describe("strategy tables", () => {
  it("every implication row cites docs/reimbursement.md or docs/features.md and has English text; each table ends in a default", () => {
    for (const key of IMPLICATION_KEYS) {
      const table = IMPLICATION_TABLES[key];
      expect(hasMessage(`strategy.implication.${key}`)).toBe(true);
      for (const row of table) {
        expect(hasMessage(row.id)).toBe(true);
        expect(row.source).toMatch(/docs\/reimbursement\.md|docs\/features\.md/);
      }
    }
  });
});

describe("strategyFor", () => {
  it("IDE breakthrough implant: FDA first in the chain, TCET-aware regulatory plan, trial sites first (docs/reimbursement.md §6)", () => {
    const s = plan({
      productType: "implant",
      siteOfCare: "hospital outpatient",
      candidateCodes: ["64999"],
      codeFit: "does not",
      fdaStatus: "IDE",
      breakthrough: true,
    });
    expect(s.decisionChain[0].actorId).toBe("fda");
    expect(s.decisionChain.map((d) => d.actorId)).toEqual(
      expect.arrayContaining([
        "cms-coverage",
        "mac",
        "ama-cpt-panel",
        "cms-opps",
        "hospital-vac",
        "commercial-payer",
        "physician-champion",
        "distributor",
        "risk-manager",
      ])
    );
    expect(s.implications.regulatoryPathway.id).toBe("strategy.reg.breakthroughPending");
    expect(s.implications.staffingLevel.id).toBe("strategy.staff.regulatoryFirst");
    expect(s.implications.firstCustomerSegment.id).toBe("strategy.segment.trialSites");
    expect(s.implications.evidenceInvestment.id).toBe("strategy.evidence.tcet");
  });

  it("pass-through implant: CMS OPPS leads, hospitals doing the procedure first (docs/reimbursement.md §4.1)", () => {
    const s = plan({
      productType: "implant",
      siteOfCare: "hospital outpatient",
      candidateCodes: ["33274"],
      codeFit: "describes",
      fdaStatus: "PMA approved",
      fdaDecisionDate: "2025-06-01",
    });
    expect(s.decisionChain[0].actorId).toBe("cms-opps");
    expect(s.implications.reimbursementWorkplan.id).toBe("strategy.plan.passThrough");
    expect(s.implications.channelModel.id).toBe("strategy.channel.hospitalDistributor");
    expect(s.implications.firstCustomerSegment.id).toBe("strategy.segment.passThroughHospitals");
    expect(s.implications.evidenceInvestment.id).toBe("strategy.evidence.sci");
  });

  it("A9291 DTx: Congress in the chain, commercial channel and payers (docs/reimbursement.md §7)", () => {
    const s = plan({
      productType: "digital therapeutic",
      siteOfCare: "home",
      candidateCodes: ["A9291"],
      codeFit: "describes",
      fdaStatus: "De Novo granted",
    });
    expect(s.decisionChain.map((d) => d.actorId).slice(0, 2)).toEqual([
      "commercial-payer",
      "congress",
    ]);
    expect(s.decisionChain.map((d) => d.actorId)).toContain("privacy-officer");
    expect(s.implications.reimbursementWorkplan.id).toBe("strategy.plan.noBenefit");
    expect(s.implications.channelModel.id).toBe("strategy.channel.commercialDirect");
    expect(s.implications.firstCustomerSegment.id).toBe("strategy.segment.commercialPayers");
  });

  it("knee orthosis: PDAC, DME suppliers (docs/reimbursement.md §3.4)", () => {
    const s = plan({
      productType: "orthotic or prosthetic",
      siteOfCare: "home",
      candidateCodes: ["L1833"],
      codeFit: "describes",
      fdaStatus: "exempt",
    });
    expect(s.decisionChain[0].actorId).toBe("pdac");
    expect(s.implications.reimbursementWorkplan.id).toBe("strategy.plan.pdac");
    expect(s.implications.channelModel.id).toBe("strategy.channel.dmeSupplier");
    expect(s.implications.staffingLevel.id).toBe("strategy.staff.lean");
  });

  it("unlisted bridge: workplan names the bridge and target, claims support staffing (docs/reimbursement.md §2.6)", () => {
    const s = plan({
      productType: "procedure device",
      siteOfCare: "office",
      candidateCodes: ["20999"],
      codeFit: "partially",
      fdaStatus: "510(k) cleared",
      fdaDecisionDate: "2025-09-01",
    });
    expect(s.implications.reimbursementWorkplan).toEqual({
      id: "strategy.plan.unlistedBridge",
      params: { code: "20999", target: "CPT III" },
    });
    expect(s.implications.staffingLevel.id).toBe("strategy.staff.claimsSupport");
    expect(s.implications.firstCustomerSegment.id).toBe("strategy.segment.academicCentres");
  });

  it("new PLA test: AMA panel then CMS CLFS, lab channel (docs/reimbursement.md §2.5)", () => {
    const s = plan({
      productType: "lab test",
      siteOfCare: "independent lab",
      candidateCodes: [],
      codeFit: "does not",
      fdaStatus: "LDT",
    });
    expect(s.decisionChain.map((d) => d.actorId).slice(0, 2)).toEqual([
      "ama-cpt-panel",
      "cms-clfs",
    ]);
    expect(s.implications.reimbursementWorkplan.id).toBe("strategy.plan.newPla");
    expect(s.implications.channelModel.id).toBe("strategy.channel.lab");
    expect(s.implications.evidenceInvestment.id).toBe("strategy.evidence.pla");
    expect(s.implications.regulatoryPathway.id).toBe("strategy.reg.ldt");
  });

  it("the decision chain has no actor twice", () => {
    const s = plan({
      productType: "implant",
      siteOfCare: "inpatient",
      candidateCodes: ["22899"],
      codeFit: "does not",
      fdaStatus: "submitted",
    });
    const actors = s.decisionChain.map((d) => d.actorId);
    expect(new Set(actors).size).toBe(actors.length);
  });
});
