/**
 * Round 2 classes of rows, table-driven with real codes and the CMS rows they rest on:
 * statutory exclusions (docs/reimbursement.md §7.1), pass-through expiry from OPPS Addendum B (§4.3), capital
 * equipment and robotic assistance, and partial fits that are not a reason for a new code (§4.4).
 * Reference cases read the CMS data folder (skipped with a printed reason when it is absent); the
 * rest run on the engine alone, so both hosts give the same answer with or without the files.
 */
import fc from "fast-check";
import { classify, type Classification } from "../../../src/domain/pathway";
import { allRules } from "../../../src/domain/pathway/stages";
import type { ProductFacts } from "../../../src/domain/product";
import type { CodeReference } from "../../../src/domain/reference/port";
import { strategyFor } from "../../../src/domain/strategy";
import { checklistFor } from "../../../src/domain/evidence";
import { CODE_FITS, FDA_STATUSES, PRODUCT_TYPES, SITES_OF_CARE } from "../../../src/domain/vocab";
import { AS_OF } from "./cases";
import { itWithReference, requireReference } from "./withReference";

const it_ = itWithReference("Round 2 pathway classes (CMS files)");
let ref: CodeReference;
beforeAll(async () => {
  if (it_ !== it) return;
  ref = await requireReference();
}, 180000);

const row = (p: Partial<ProductFacts> & Pick<ProductFacts, "productType" | "siteOfCare">) =>
  ({ candidateCodes: [], codeFit: "describes", fdaStatus: "510(k) cleared", ...p }) as ProductFacts;
const warnCodes = (c: Classification) => c.warnings.map((w) => w.code);
const whyIds = (c: Classification) => c.rationale.map((r) => r.id);
const gates = (c: Classification) => [c.nextGate, ...c.laterGates];

interface Expect {
  pathway: Classification["pathway"];
  nextGate?: Classification["nextGate"];
  productCode?: string;
  serviceCode?: string | null;
  warnings?: string[];
  noWarnings?: string[];
  rationale?: string[];
  noRationale?: string[];
  ruleIds?: string[];
  params?: Record<string, Record<string, unknown>>;
  noGates?: Classification["nextGate"][];
  noMechanisms?: Classification["paymentMechanisms"];
  confidenceNot?: Classification["confidence"];
}
interface Case {
  name: string;
  /** The CMS file and row the expectation rests on. */
  rests: string;
  facts: ProductFacts;
  asOf?: string;
  expect: Expect;
}

function check(c: Classification, e: Expect): void {
  expect(c.pathway).toBe(e.pathway);
  if (e.nextGate) expect(c.nextGate).toBe(e.nextGate);
  if (e.productCode) expect(c.productCode).toBe(e.productCode);
  if (e.serviceCode === null) expect(c.serviceCode).toBeUndefined();
  else if (e.serviceCode) expect(c.serviceCode).toBe(e.serviceCode);
  for (const w of e.warnings ?? []) expect(warnCodes(c)).toContain(w);
  for (const w of e.noWarnings ?? []) expect(warnCodes(c)).not.toContain(w);
  for (const r of e.rationale ?? []) expect(whyIds(c)).toContain(r);
  for (const r of e.noRationale ?? []) expect(whyIds(c)).not.toContain(r);
  for (const r of e.ruleIds ?? []) expect(c.ruleIds).toContain(r);
  for (const g of e.noGates ?? []) expect(gates(c)).not.toContain(g);
  for (const m of e.noMechanisms ?? []) expect(c.paymentMechanisms).not.toContain(m);
  if (e.confidenceNot) expect(c.confidence).not.toBe(e.confidenceNot);
  for (const [code, p] of Object.entries(e.params ?? {})) {
    const found = [...c.warnings, ...c.rationale].find(
      (m) => ("code" in m && m.code === code) || m.id === code
    );
    expect(found?.params).toMatchObject(p);
  }
}

const EXCLUDED: Expect = {
  pathway: "existing-hcpcs-ii",
  nextGate: "payer-coverage-and-contracting",
  warnings: ["statutory-exclusion"],
  ruleIds: ["statutory-exclusion"],
  noGates: ["mac-coverage-lcd", "hcpcs-ii-application"],
  noMechanisms: ["dmepos-fee-schedule"],
};

/** Rows whose answer needs CMS's files. */
const WITH_FILES: Case[] = [
  // --- Statutory exclusions (docs/reimbursement.md §7.1) ---
  {
    name: "behind-the-ear digital hearing aid on V5261: statutory exclusion, other payers next",
    rests: "HCPCS 2025 Oct (HCPC2025_OCT_ANWEB_v4.xlsx) row V5261: COV S",
    facts: row({
      productType: "home-use durable equipment",
      siteOfCare: "home",
      candidateCodes: ["V5261"],
    }),
    expect: {
      ...EXCLUDED,
      productCode: "V5261",
      params: { "statutory-exclusion": { code: "V5261", basis: "HCPCS COV S" } },
    },
  },
  {
    name: "wellness-visit screening service on 99385: statutory exclusion (PFS status N)",
    rests: "PPRRVU2026_Jul_nonQPP.csv row 99385: STATUS CODE N",
    facts: row({
      productType: "professional service",
      siteOfCare: "office",
      candidateCodes: ["99385"],
      fdaStatus: "not a device",
    }),
    expect: {
      pathway: "existing-cpt",
      nextGate: "payer-coverage-and-contracting",
      warnings: ["statutory-exclusion"],
      noGates: ["mac-coverage-lcd", "cpt-cat-i-application"],
      params: { "statutory-exclusion": { code: "99385", basis: "PFS status N" } },
    },
  },
  {
    name: "hearing aid the user says V5261 does not describe: not an exclusion, a new code",
    rests: "HCPCS 2025 Oct row V5261 (COV S); codeFit 'does not' keeps the new-code route",
    facts: row({
      productType: "home-use durable equipment",
      siteOfCare: "home",
      candidateCodes: ["V5261"],
      codeFit: "does not",
    }),
    expect: { pathway: "new-code", noWarnings: ["statutory-exclusion"] },
  },
  // --- Pass-through expiry (docs/reimbursement.md §4.3) ---
  {
    name: "single-use ureteroscope on C1747 in 2025: Addendum B marks pass-through expiring during CY2025",
    rests: "opps_addendum_b_2025.xlsx row C1747: SI H, APC 2040, expiration column '*'",
    facts: row({
      productType: "procedure device",
      siteOfCare: "hospital outpatient",
      candidateCodes: ["C1747", "52356"],
      implanted: true,
      fdaDecisionDate: "2022-06-01",
    }),
    asOf: "2025-06-01",
    expect: {
      pathway: "existing-hcpcs-ii",
      productCode: "C1747",
      rationale: ["pathway.why.deviceCategoryPassThroughSiH", "pathway.why.passThroughEndsInYear"],
      ruleIds: ["pass-through-expiry"],
      params: { "pathway.why.passThroughEndsInYear": { code: "C1747", year: 2025, si: "H" } },
    },
  },
  {
    name: "the same C1747 row on 2026-11-26: pass-through has ended, packaged",
    rests:
      "opps_addendum_b_2025.xlsx row C1747 (expiring during CY2025); date of service in CY2026",
    facts: row({
      productType: "procedure device",
      siteOfCare: "hospital outpatient",
      candidateCodes: ["C1747", "52356"],
      implanted: true,
      fdaDecisionDate: "2022-06-01",
    }),
    expect: {
      pathway: "existing-hcpcs-ii",
      warnings: ["pass-through-ended"],
      rationale: ["pathway.why.deviceCategoryPassThroughEnded"],
      noRationale: ["pathway.why.deviceCategoryPassThroughSiH"],
      params: { "pass-through-ended": { code: "C1747", year: 2025 } },
    },
  },
  {
    name: "bladed lesion-preparation catheter on C1600 in 2025: not marked, runs into CY2026, estimated end 2026-12-31",
    rests:
      "opps_addendum_b_2025.xlsx row C1600: SI H, no expiration mark; HCPCS 2025 Oct row C1600: ADD DT 20240101",
    facts: row({
      productType: "procedure device",
      siteOfCare: "hospital outpatient",
      candidateCodes: ["C1600", "37225"],
      implanted: true,
      fdaDecisionDate: "2023-05-01",
    }),
    asOf: "2025-06-01",
    expect: {
      pathway: "existing-hcpcs-ii",
      rationale: ["pathway.why.passThroughUntilEstimate"],
      params: {
        "pathway.why.passThroughUntilEstimate": {
          code: "C1600",
          year: 2025,
          next: 2026,
          addDate: "2024-01-01",
          end: "2026-12-31",
        },
      },
    },
  },
  {
    name: "the same C1600 row in March 2027: pass-through most likely over (estimate)",
    rests: "HCPCS 2025 Oct row C1600 (ADD DT 20240101) + 3 years, docs/reimbursement.md §4.1",
    facts: row({
      productType: "procedure device",
      siteOfCare: "hospital outpatient",
      candidateCodes: ["C1600", "37225"],
      implanted: true,
      fdaDecisionDate: "2023-05-01",
    }),
    asOf: "2027-03-01",
    expect: {
      pathway: "existing-hcpcs-ii",
      warnings: ["pass-through-ended-estimate"],
      params: { "pass-through-ended-estimate": { code: "C1600", end: "2026-12-31" } },
    },
  },
  {
    name: "dual-chamber leadless pacemaker on C1605 (added 2024-07-01): estimated end 2027-06-30",
    rests:
      "opps_addendum_b_2025.xlsx row C1605: SI H, unmarked; HCPCS 2025 Oct row C1605: ADD DT 20240701",
    facts: row({
      productType: "implant",
      siteOfCare: "hospital outpatient",
      candidateCodes: ["C1605", "33274"],
      fdaStatus: "PMA approved",
      fdaDecisionDate: "2023-06-29",
    }),
    expect: {
      pathway: "existing-hcpcs-ii",
      noWarnings: ["pass-through-ended", "pass-through-ended-estimate"],
      params: { "pathway.why.passThroughUntilEstimate": { code: "C1605", end: "2027-06-30" } },
    },
  },
  {
    name: "pemetrexed (Pemfexy) J9304 in an outpatient department, 2025: drug pass-through expiring during CY2025",
    rests: "opps_addendum_b_2025.xlsx row J9304: SI G, APC 9442, expiration '*'",
    facts: row({
      productType: "drug or biologic",
      siteOfCare: "hospital outpatient",
      candidateCodes: ["J9304"],
      fdaStatus: "NDA or BLA approved",
    }),
    asOf: "2025-03-01",
    expect: {
      pathway: "existing-hcpcs-ii",
      rationale: ["pathway.why.passThroughEndsInYear"],
      params: { "pathway.why.passThroughEndsInYear": { code: "J9304", si: "G", year: 2025 } },
    },
  },
  {
    name: "fidanacogene (Beqvez) J1414, unmarked: runs into CY2026, typical 2–3 years, no computed date for a drug",
    rests: "opps_addendum_b_2025.xlsx row J1414: SI G, APC 0773, no expiration mark",
    facts: row({
      productType: "drug or biologic",
      siteOfCare: "hospital outpatient",
      candidateCodes: ["J1414"],
      fdaStatus: "NDA or BLA approved",
    }),
    asOf: "2025-06-01",
    expect: {
      pathway: "existing-hcpcs-ii",
      rationale: ["pathway.why.passThroughContinues"],
      noRationale: ["pathway.why.passThroughUntilEstimate"],
      params: { "pathway.why.passThroughContinues": { code: "J1414", year: 2025, next: 2026 } },
    },
  },
  {
    name: "travoprost intracameral implant on J7355 (SI G) in an ASC: no device pass-through application for a product already in drug pass-through",
    rests: "opps_addendum_b_2025.xlsx row J7355: SI G, APC 0749, no expiration mark",
    facts: row({
      productType: "implant",
      siteOfCare: "ASC",
      candidateCodes: ["J7355"],
      fdaStatus: "NDA or BLA approved",
      fdaDecisionDate: "2023-12-13",
    }),
    asOf: "2025-06-01",
    expect: {
      pathway: "existing-hcpcs-ii",
      productCode: "J7355",
      rationale: ["pathway.why.passThroughAlreadyDrug", "pathway.why.passThroughContinues"],
      noGates: ["opps-pass-through-application"],
      noMechanisms: ["opps-device-pass-through"],
    },
  },
  // --- Capital equipment and robotic assistance (docs/reimbursement.md §4.4) ---
  {
    name: "robotic surgical system for prostatectomy: 55866 is the pathway, S2900 warned",
    rests:
      "HCPCS 2025 Oct row S2900: COV I; PPRRVU2026_Jul_nonQPP.csv rows S2900 (status I), 55866 (status A); Addendum B 55866 SI J1",
    facts: row({
      productType: "capital equipment",
      siteOfCare: "hospital outpatient",
      candidateCodes: ["S2900", "55866"],
      fdaDecisionDate: "2015-01-01",
    }),
    expect: {
      pathway: "existing-cpt",
      serviceCode: "55866",
      warnings: ["robotic-assist-not-medicare"],
      rationale: ["pathway.why.capitalViaService", "pathway.why.oppsComprehensive"],
      ruleIds: ["not-valid-for-medicare"],
      noGates: ["cpt-cat-iii-application", "hcpcs-ii-application"],
    },
  },
  {
    name: "navigation system on 20985 that 'partially' fits: the procedure code stays the pathway",
    rests:
      "PPRRVU2026_Jul_nonQPP.csv row 20985: status A; opps_addendum_b_2025.xlsx row 20985: SI N",
    facts: row({
      productType: "capital equipment",
      siteOfCare: "hospital outpatient",
      candidateCodes: ["20985"],
      codeFit: "partially",
      fdaDecisionDate: "2019-01-01",
    }),
    expect: {
      pathway: "existing-cpt",
      serviceCode: "20985",
      warnings: ["partial-fit-existing"],
      ruleIds: ["partial-fit-existing"],
      noGates: ["cpt-cat-iii-application", "cpt-cat-i-application"],
    },
  },
];

/** Rows the engine answers the same way without CMS's files (curated families, roles, fits). */
const WITHOUT_FILES: Case[] = [
  {
    name: "hearing aid V5261 without the files: the statutory family of docs/reimbursement.md §7.1",
    rests: "docs/reimbursement.md §7.1 (V5010–V5298, HCPCS COV S; SSA §1862(a)(7))",
    facts: row({
      productType: "home-use durable equipment",
      siteOfCare: "home",
      candidateCodes: ["V5261"],
    }),
    expect: { ...EXCLUDED, params: { "statutory-exclusion": { basis: "SSA §1862(a)(7)" } } },
  },
  {
    name: "preventive visit 99396 without the files: statutory exclusion",
    rests: "docs/reimbursement.md §7.1 (99391–99397, PFS status N; SSA §1862(a)(7))",
    facts: row({
      productType: "professional service",
      siteOfCare: "office",
      candidateCodes: ["99396"],
      fdaStatus: "not a device",
    }),
    expect: {
      pathway: "existing-cpt",
      nextGate: "payer-coverage-and-contracting",
      warnings: ["statutory-exclusion"],
      noGates: ["mac-coverage-lcd"],
    },
  },
  {
    name: "robotic system listed only on S2900: the procedure's CPT is the pathway (add it), not S2900 and not a new code",
    rests:
      "docs/reimbursement.md §4.4 (S2900 not valid for Medicare; equipment paid through the procedure)",
    facts: row({
      productType: "capital equipment",
      siteOfCare: "ASC",
      candidateCodes: ["S2900"],
      codeFit: "unknown",
    }),
    expect: {
      pathway: "existing-cpt",
      serviceCode: null,
      warnings: ["robotic-assist-not-medicare", "procedure-code-missing"],
      rationale: ["pathway.why.procedureCodeNotListed"],
      ruleIds: ["capital-procedure-code"],
      noGates: ["cpt-cat-iii-application", "cpt-cat-i-application", "hcpcs-ii-application"],
      confidenceNot: "high",
    },
  },
  {
    name: "robotic instruments (procedure device) on S2900 + 55866: packaged into 55866, S2900 never the product's code",
    rests: "docs/reimbursement.md §4.4, §3.2 (device packaged into the CPT procedure)",
    facts: row({
      productType: "procedure device",
      siteOfCare: "office",
      candidateCodes: ["S2900", "55866"],
      implanted: false,
    }),
    expect: {
      pathway: "existing-cpt",
      serviceCode: "55866",
      warnings: ["robotic-assist-not-medicare"],
      rationale: ["pathway.why.devicePackaged"],
    },
  },
  {
    name: "capital equipment whose service itself differs ('does not' on 55866): new CPT code",
    rests: "docs/reimbursement.md §2.1 (a new code for a distinct service), §4.4",
    facts: row({
      productType: "capital equipment",
      siteOfCare: "hospital outpatient",
      candidateCodes: ["55866"],
      codeFit: "does not",
      fdaDecisionDate: "2025-01-01",
    }),
    expect: { pathway: "new-code", noWarnings: ["partial-fit-existing"] },
  },
  {
    name: "wound-care supply used in debridement 11042 that 'partially' fits: packaged, existing CPT",
    rests: "docs/reimbursement.md §3.2 (packaged supplies), §4.4",
    facts: row({
      productType: "supply",
      siteOfCare: "office",
      candidateCodes: ["11042"],
      codeFit: "partially",
    }),
    expect: {
      pathway: "existing-cpt",
      serviceCode: "11042",
      warnings: ["packaged-supply", "partial-fit-existing"],
    },
  },
  {
    name: "a drug whose J-code only partly fits still needs its own code (partial fit of the product's own code)",
    rests: "docs/reimbursement.md §1, §3.2 (the product's own Level II code)",
    facts: row({
      productType: "drug or biologic",
      siteOfCare: "office",
      candidateCodes: ["J9271"],
      codeFit: "partially",
      fdaStatus: "NDA or BLA approved",
    }),
    expect: { pathway: "new-code", noWarnings: ["partial-fit-existing"] },
  },
];

describe("round 2 classes with CMS's files", () => {
  for (const k of WITH_FILES)
    it_(`${k.name} [${k.rests}]`, () =>
      check(classify(k.facts, ref, { asOf: k.asOf ?? AS_OF }), k.expect)
    );

  it_(
    "Addendum B's expiration column reaches the code facts (C1747, J9304 marked; C1600 not; 99213 none)",
    () => {
      expect(ref.lookup("C1747", "2025-06-01")?.passThrough).toEqual({
        year: 2025,
        expiresInYear: true,
      });
      expect(ref.lookup("J9304", "2025-06-01")?.passThrough).toEqual({
        year: 2025,
        expiresInYear: true,
      });
      expect(ref.lookup("C1600", "2025-06-01")?.passThrough).toEqual({
        year: 2025,
        expiresInYear: false,
      });
      expect(ref.lookup("99213", "2025-06-01")?.passThrough).toBeUndefined();
    }
  );
});

describe("round 2 classes without CMS's files", () => {
  for (const k of WITHOUT_FILES)
    it(`${k.name} [${k.rests}]`, () =>
      check(classify(k.facts, undefined, { asOf: k.asOf ?? AS_OF }), k.expect));

  it("no pass-through expiry is claimed without Addendum B", () => {
    const c = classify(
      row({
        productType: "procedure device",
        siteOfCare: "hospital outpatient",
        candidateCodes: ["C1747", "52356"],
        implanted: true,
      }),
      undefined,
      { asOf: AS_OF }
    );
    expect(c.ruleIds).not.toContain("pass-through-expiry");
  });

  it("the new rules are in the register, each with a source in the repository's docs", () => {
    const ids = new Set(allRules().map((r) => r.rule.id));
    for (const id of [
      "pathway.capital-procedure-not-listed",
      "pathway.partial-fit-procedure-carries",
      "family.not-valid-for-medicare",
      "gates.statutory-exclusion",
      "mechanisms.pass-through-ended",
      "mechanisms.pass-through-ends-this-year",
      "mechanisms.pass-through-runs-until-estimate",
      "mechanisms.device-category-pass-through-ended",
    ])
      expect(ids.has(id)).toBe(true);
  });
});

describe("statutory exclusion turns the strategy and the evidence to other payers", () => {
  const facts = row({
    productType: "home-use durable equipment",
    siteOfCare: "home",
    candidateCodes: ["V5261"],
  });
  const c = classify(facts, undefined, { asOf: AS_OF });

  it("workplan, channel, staffing, evidence and segment all name the payers that can pay", () => {
    const s = strategyFor(c, facts);
    expect(s.decisionChain[0].actorId).toBe("commercial-payer");
    expect(s.decisionChain.map((d) => d.actorId)).not.toContain("mac");
    expect(s.implications.reimbursementWorkplan.id).toBe("strategy.plan.statutoryExclusion");
    expect(s.implications.channelModel.id).toBe("strategy.channel.otherPayers");
    expect(s.implications.staffingLevel.id).toBe("strategy.staff.marketAccess");
    expect(s.implications.evidenceInvestment.id).toBe("strategy.evidence.payerValueDossier");
    expect(s.implications.firstCustomerSegment.id).toBe("strategy.segment.otherPayers");
  });

  it("the checklist stresses a payer value dossier, not Medicare coverage evidence", () => {
    const ids = checklistFor(c, facts).map((i) => i.id);
    expect(ids).toContain("payer-value-dossier");
    expect(ids).not.toContain("us-medicare-age-evidence");
  });

  it("a covered hearing-related row (cochlear implant processor L8619) gets none of it", () => {
    const f = row({
      productType: "orthotic or prosthetic",
      siteOfCare: "home",
      candidateCodes: ["L8619"],
    });
    const k = classify(f, undefined, { asOf: AS_OF });
    expect(warnCodes(k)).not.toContain("statutory-exclusion");
    expect(strategyFor(k, f).implications.reimbursementWorkplan.id).not.toBe(
      "strategy.plan.statutoryExclusion"
    );
    expect(checklistFor(k, f).map((i) => i.id)).not.toContain("payer-value-dossier");
  });
});

describe("round 2 invariants (fast-check)", () => {
  const CODES = [
    "V5261",
    "V5257",
    "99385",
    "99396",
    "92015",
    "S2900",
    "55866",
    "20985",
    "11042",
    "J9271",
    "C1747",
    "33274",
    "E0601",
    "XYZ",
    "",
  ];
  const facts: fc.Arbitrary<ProductFacts> = fc.record(
    {
      productType: fc.constantFrom(...PRODUCT_TYPES),
      siteOfCare: fc.constantFrom(...SITES_OF_CARE),
      fdaStatus: fc.constantFrom(...FDA_STATUSES),
      fdaDecisionDate: fc.constantFrom("2012-01-01", "2024-06-01", "2026-03-01"),
      breakthrough: fc.boolean(),
      candidateCodes: fc.array(fc.constantFrom(...CODES), { maxLength: 3 }),
      codeFit: fc.constantFrom(...CODE_FITS),
      implanted: fc.boolean(),
    },
    { requiredKeys: ["productType", "siteOfCare", "candidateCodes"] }
  );

  it("a statutory exclusion never routes to MAC coverage, a Medicare mechanism or a new code", () => {
    fc.assert(
      fc.property(facts, (f) => {
        const c = classify(f, undefined, { asOf: AS_OF });
        if (!warnCodes(c).includes("statutory-exclusion")) return;
        expect(c.pathway).not.toBe("new-code");
        expect(gates(c)).not.toContain("mac-coverage-lcd");
        expect(gates(c)).toContain("payer-coverage-and-contracting");
        for (const m of [
          "opps-device-pass-through",
          "ipps-ntap",
          "new-technology-apc",
          "dmepos-fee-schedule",
          "asp-drug-payment",
        ] as const)
          expect(c.paymentMechanisms).not.toContain(m);
      })
    );
  });

  it("S2900 is never the product's or service's code of equipment or a procedure device, and always warned", () => {
    fc.assert(
      fc.property(facts, (f) => {
        const c = classify(f, undefined, { asOf: AS_OF });
        const role =
          f.productType === "capital equipment" ||
          f.productType === "procedure device" ||
          f.productType === "implant";
        if (!role || !f.candidateCodes.includes("S2900")) return;
        expect(c.productCode).not.toBe("S2900");
        expect(c.serviceCode).not.toBe("S2900");
        expect(warnCodes(c)).toContain("robotic-assist-not-medicare");
      })
    );
  });

  it("capital equipment on a procedure CPT is a new code only when the user says the code does not describe it", () => {
    fc.assert(
      fc.property(facts, (f) => {
        const c = classify(f, undefined, { asOf: AS_OF });
        if (
          f.productType !== "capital equipment" ||
          !f.candidateCodes.some((x) => /^\d{5}$/.test(x))
        )
          return;
        if (c.pathway === "new-code") expect(f.codeFit).toBe("does not");
      })
    );
  });
});
