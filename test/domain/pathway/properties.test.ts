/** Invariants of the classifier over generated rows (fast-check). */
import fc from "fast-check";
import {
  classify,
  GATES,
  PATHWAYS,
  renderClassification,
  TARGET_CODE_SYSTEMS,
  type Classification,
} from "../../../src/domain/pathway";
import { checklistFor, EVIDENCE_CATALOGUE } from "../../../src/domain/evidence";
import { strategyFor, IMPLICATION_KEYS } from "../../../src/domain/strategy";
import type { ProductFacts } from "../../../src/domain/product";
import { hasMessage, LOCALES } from "../../../src/i18n/catalogue";
import {
  BENEFIT_CATEGORIES,
  CODE_FITS,
  FDA_STATUSES,
  PERFORMERS,
  PRODUCT_TYPES,
  SITES_OF_CARE,
} from "../../../src/domain/vocab";
import { CASES } from "./cases";

const REAL_CODES = [
  "99213",
  "0691T",
  "0242U",
  "E2103",
  "E0601",
  "L1833",
  "C1889",
  "J3490",
  "20999",
  "64999",
  "33274",
  "93297",
  "G0552",
  "A9291",
  "Q4100",
  "99454",
  "98977",
  "98978",
  "27447",
  "1036F",
  "D0120",
  "C1713",
  "81479",
  "E1399",
  "L2999",
  "Q4101",
  "15275",
  "99199",
  "x1",
  "",
  "0001U",
  "0001M",
];

const validFacts: fc.Arbitrary<ProductFacts> = fc.record(
  {
    productType: fc.constantFrom(...PRODUCT_TYPES),
    siteOfCare: fc.constantFrom(...SITES_OF_CARE),
    performedBy: fc.constantFrom(...PERFORMERS),
    fdaStatus: fc.constantFrom(...FDA_STATUSES),
    fdaDecisionDate: fc
      .date({ min: new Date("2005-01-01"), max: new Date("2027-12-31"), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10)),
    breakthrough: fc.boolean(),
    candidateCodes: fc.array(fc.constantFrom(...REAL_CODES), { maxLength: 4 }),
    codeFit: fc.constantFrom(...CODE_FITS),
    benefitCategory: fc.constantFrom(...BENEFIT_CATEGORIES),
    implanted: fc.boolean(),
    durableHomeUse: fc.boolean(),
    deviceCost: fc.double({ min: 0, max: 1e6, noNaN: true }),
    description: fc.constantFrom("", "CBT app cleared under 882.5801", "cloud AI reading"),
  },
  { requiredKeys: ["productType", "siteOfCare", "candidateCodes"] }
);

function allMsgIds(c: Classification, facts: ProductFacts): string[] {
  const ids = [...c.rationale.map((m) => m.id), ...c.warnings.map((w) => w.id)];
  ids.push(
    `pathway.gate.${c.nextGate}`,
    `pathway.owner.${c.gateOwner}`,
    `pathway.confidence.${c.confidence}`,
    `pathway.benefit.${c.benefitCategory.value}`
  );
  for (const g of c.laterGates) ids.push(`pathway.gate.${g}`);
  for (const m of c.paymentMechanisms) ids.push(`pathway.mechanism.${m}`);
  for (const it of checklistFor(c, facts))
    ids.push(
      it.titleId,
      it.whyId,
      it.failureId,
      `evidence.route.${it.route}`,
      ...it.audience.map((a) => `evidence.audience.${a}`)
    );
  const s = strategyFor(c, facts);
  for (const d of s.decisionChain) ids.push(d.role.id);
  for (const k of IMPLICATION_KEYS) ids.push(s.implications[k].id, `strategy.implication.${k}`);
  return ids;
}

describe("classification invariants", () => {
  it("any valid row gets exactly one pathway, a known target and gate, and a non-empty rationale", () => {
    fc.assert(
      fc.property(validFacts, (facts) => {
        const c = classify(facts, undefined, { asOf: "2026-11-26" });
        expect(PATHWAYS.filter((p) => p === c.pathway)).toHaveLength(1);
        expect(TARGET_CODE_SYSTEMS).toContain(c.targetCodeSystem);
        expect(GATES).toContain(c.nextGate);
        expect(c.laterGates).not.toContain(c.nextGate);
        expect(new Set(c.laterGates).size).toBe(c.laterGates.length);
        expect(c.rationale.length).toBeGreaterThan(0);
        const r = renderClassification(c, "en");
        expect(r.rationale.trim().length).toBeGreaterThan(0);
        expect(r.rationale).not.toMatch(/NaN|Infinity|undefined|\{\w+\}/);
      }),
      { numRuns: 2000 }
    );
  });

  it("the checklist is non-empty, duplicate-free and in catalogue order", () => {
    fc.assert(
      fc.property(validFacts, (facts) => {
        const c = classify(facts, undefined, { asOf: "2026-11-26" });
        const list = checklistFor(c, facts).map((i) => i.id);
        const order = list.map((id) => EVIDENCE_CATALOGUE.findIndex((i) => i.id === id));
        expect(order).toEqual([...order].sort((a, b) => a - b));
        expect(list.length).toBeGreaterThan(0);
        expect(new Set(list).size).toBe(list.length);
      }),
      { numRuns: 1000 }
    );
  });

  it("never throws on arbitrary values cast into the facts", () => {
    const anyValue = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.array(fc.string()),
      fc.object()
    );
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            "productType",
            "siteOfCare",
            "candidateCodes",
            "codeFit",
            "fdaStatus",
            "fdaDecisionDate",
            "benefitCategory",
            "breakthrough",
            "implanted",
            "deviceCost",
            "description",
            "performedBy"
          ),
          anyValue
        ),
        fc.option(fc.string()),
        (raw, asOf) => {
          const facts = raw as unknown as ProductFacts;
          const c = classify(facts, undefined, asOf === null ? undefined : { asOf });
          expect(PATHWAYS).toContain(c.pathway);
          expect(c.rationale.length).toBeGreaterThan(0);
          expect(() => checklistFor(c, facts)).not.toThrow();
          expect(() => strategyFor(c, facts)).not.toThrow();
          expect(() => renderClassification(c, "en")).not.toThrow();
        }
      ),
      { numRuns: 2000 }
    );
    expect(classify(null as unknown as ProductFacts).pathway).toBe("new-code");
    const hostile = new Proxy(
      {},
      {
        get: () => {
          throw new Error("boom");
        },
      }
    ) as ProductFacts;
    expect(classify(hostile).warnings.map((w) => w.code)).toContain("unreadable-row");
  });

  it("every message id the engine emits exists in the English catalogue", () => {
    const missing = new Set<string>();
    const check = (facts: ProductFacts) => {
      const c = classify(facts, undefined, { asOf: "2026-11-26" });
      for (const id of allMsgIds(c, facts)) if (!hasMessage(id)) missing.add(id);
    };
    for (const k of CASES) check(k.facts);
    fc.assert(
      fc.property(validFacts, (facts) => {
        check(facts);
      }),
      { numRuns: 3000 }
    );
    expect([...missing]).toEqual([]);
  });

  it("renders in every locale without falling back to raw ids", () => {
    for (const k of CASES) {
      const c = classify(k.facts, undefined, { asOf: "2026-11-26" });
      for (const locale of LOCALES) {
        const r = renderClassification(c, locale);
        for (const v of Object.values(r))
          expect(v).not.toMatch(/^(pathway|evidence|strategy|codes)\.[\w.-]+$/);
      }
    }
  });
});

describe("confidence", () => {
  const base: ProductFacts = {
    productType: "professional service",
    siteOfCare: "office",
    candidateCodes: ["99213"],
    codeFit: "describes",
    fdaStatus: "not a device",
    benefitCategory: "physician service",
  };
  it.each([
    ["all facts given", base, "high"],
    ["benefit category inferred", { ...base, benefitCategory: undefined }, "medium"],
    [
      "code fit unknown and category inferred",
      { ...base, benefitCategory: undefined, codeFit: "unknown" },
      "low",
    ],
    [
      "FDA status missing on a device",
      { ...base, productType: "procedure device", fdaStatus: undefined, siteOfCare: "office" },
      "medium",
    ],
    ["site of care unreadable", { ...base, siteOfCare: "moon" as never }, "low"],
  ] as const)("%s → %s", (_n, facts, want) => {
    expect(classify(facts as ProductFacts, undefined, { asOf: "2026-11-26" }).confidence).toBe(
      want
    );
  });
});

describe("docs/features.md#sheet-contract warning texts", () => {
  it("uses the wording the product brief names", () => {
    const dtx = renderClassification(
      classify({
        productType: "digital therapeutic",
        siteOfCare: "home",
        candidateCodes: ["A9291"],
        codeFit: "describes",
        fdaStatus: "De Novo granted",
      }),
      "en"
    );
    expect(dtx.warnings).toMatch(/Code exists but no Medicare benefit category/);
    const cat3 = renderClassification(
      classify({
        productType: "software analysis",
        siteOfCare: "office",
        candidateCodes: ["0691T"],
        codeFit: "describes",
        fdaStatus: "510(k) cleared",
      }),
      "en"
    );
    expect(cat3.warnings).toMatch(/Category III: contractor-priced/);
  });
  it("formats the device cost without float tails", () => {
    const r = renderClassification(
      classify(
        {
          productType: "implant",
          siteOfCare: "hospital outpatient",
          candidateCodes: ["33274"],
          codeFit: "describes",
          fdaStatus: "PMA approved",
          fdaDecisionDate: "2025-06-01",
          deviceCost: 12345.678,
        },
        undefined,
        { asOf: "2026-11-26" }
      ),
      "en"
    );
    expect(r.rationale).toContain("$12,346");
  });
});

describe("renderClassification matches the catalogue's render()", () => {
  it("gives the same text as render() for every rationale and warning message", () => {
    const { render, t } = jest.requireActual(
      "../../../src/i18n/catalogue"
    ) as typeof import("../../../src/i18n/catalogue");
    fc.assert(
      fc.property(validFacts, fc.constantFrom(...LOCALES), (facts, locale) => {
        const c = classify(facts, undefined, { asOf: "2026-11-26" });
        const r = renderClassification(c, locale);
        expect(r.rationale).toBe(
          c.rationale
            .map((m) => render(m, locale))
            .join(t("pathway.separator.sentence", undefined, locale))
        );
        expect(r.warnings).toBe(
          c.warnings
            .map((m) => render(m, locale))
            .join(t("pathway.separator.list", undefined, locale))
        );
      }),
      { numRuns: 500 }
    );
  });
});

describe("dated mechanisms (docs/reimbursement.md §4.1 newness, §5 May 1 and October deadline)", () => {
  const at = (facts: Partial<ProductFacts>, asOf = "2026-11-26") =>
    classify(
      {
        productType: "implant",
        siteOfCare: "inpatient",
        candidateCodes: ["33361"],
        codeFit: "describes",
        fdaStatus: "PMA approved",
        ...facts,
      } as ProductFacts,
      undefined,
      { asOf }
    );
  // [FDA date, as-of date, earliest FY]. FY = later of the May 1 rule and the first FY whose
  // deadline (early October of FY−2; FY2026's was Oct 7 2024) is still ahead of the as-of date.
  it.each([
    ["2026-04-15", "2026-05-01", 2028], // May 1 → FY2027, but its Oct 2025 deadline has passed
    ["2026-05-01", "2026-09-30", 2028], // deadline Oct 2026 still ahead → FY2028
    ["2026-05-01", "2026-10-01", 2029], // October reached: FY2028's deadline counts as past
    ["2026-03-01", "2026-11-26", 2029],
    ["2026-05-02", "2025-09-01", 2028], // future date (warned): May 1 rule binds, FY2028
    ["2026-04-15", "2025-09-01", 2027], // future date: authorised by May 1 2026, Oct 2025 deadline ahead
  ])("FDA authorisation on %s, as of %s → earliest NTAP FY%d", (date, asOf, fy) => {
    const c = at({ fdaDecisionDate: date }, asOf);
    expect(c.paymentMechanisms).toContain("ipps-ntap");
    expect(c.rationale).toContainEqual({
      id: "pathway.why.ntapFirstYear",
      params: { fy, deadlineYear: fy - 2 },
    });
  });
  it.each([
    // The reviewer's case: authorised 2024-03-01, as of 2026-11-01 the next deadline (Oct 2027) leads
    // to FY2029, starting 2028-10-01, after the window closes 2027-03-01: no NTAP, no "FY2025".
    ["2024-03-01", "2026-11-01", 2029, "2027-03-01"],
    ["2025-04-15", "2026-11-26", 2029, "2028-04-15"],
  ])(
    "FDA %s, as of %s: FY%d starts after the newness window (%s) → window closed",
    (date, asOf, fy, end) => {
      const c = at({ fdaDecisionDate: date }, asOf);
      expect(c.paymentMechanisms).not.toContain("ipps-ntap");
      expect(c.ruleIds).toContain("ntap-window-closed-by-deadline");
      expect(c.rationale).toContainEqual({
        id: "pathway.why.ntapWindowClosedByDeadline",
        params: { fy, date: end },
      });
      expect(c.rationale.map((m) => m.id)).not.toContain("pathway.why.ntapFirstYear");
    }
  );
  it.each([
    ["PMA approved", "2027-01-01", true],
    ["510(k) cleared", "2026-11-27", true],
    ["510(k) cleared", "2026-11-26", false],
    ["submitted", "2027-01-01", false], // an expected decision date is not a claim of authorisation
  ] as const)(
    "status %s dated %s (as of 2026-11-26): future-date warning %s",
    (fdaStatus, date, warned) => {
      const c = at({ fdaStatus, fdaDecisionDate: date });
      expect(c.warnings.some((w) => w.code === "fda-date-future")).toBe(warned);
    }
  );
  it("names the date the pass-through newness window closes", () => {
    const c = at({
      siteOfCare: "hospital outpatient",
      candidateCodes: ["33274"],
      fdaDecisionDate: "2025-06-01",
    });
    expect(c.rationale).toContainEqual({
      id: "pathway.why.passThroughDeadline",
      params: { date: "2028-06-01" },
    });
  });
  it("asOf decides whether the window is still open", () => {
    const facts = {
      productType: "implant",
      siteOfCare: "hospital outpatient",
      candidateCodes: ["33274"],
      codeFit: "describes",
      fdaStatus: "PMA approved",
      fdaDecisionDate: "2023-06-01",
    } as ProductFacts;
    expect(classify(facts, undefined, { asOf: "2026-05-31" }).paymentMechanisms).toContain(
      "opps-device-pass-through"
    );
    expect(classify(facts, undefined, { asOf: "2026-06-02" }).paymentMechanisms).not.toContain(
      "opps-device-pass-through"
    );
  });
});
