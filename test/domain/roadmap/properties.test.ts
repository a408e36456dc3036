/** Invariants of every plan over random rows, as-of dates and FDA dates (fixed seed in CI: test/setup). */
import fc from "fast-check";
import { classify } from "../../../src/domain/pathway";
import type { ProductFacts } from "../../../src/domain/product";
import { isoDate, planRoadmap, ymd } from "../../../src/domain/roadmap";
import { FDA_STATUSES, PRODUCT_TYPES, SITES_OF_CARE } from "../../../src/domain/vocab";

const CODES = ["", "99213", "C1889", "0100T", "81479", "E1399", "J3490", "Q4100", "L8699", "64483"];
const dayIn = (from: number, to: number) =>
  fc.integer({ min: ymd(from, 1, 1), max: ymd(to, 12, 31) });

const row = fc.record({
  productType: fc.constantFrom(...PRODUCT_TYPES),
  siteOfCare: fc.constantFrom(...SITES_OF_CARE),
  code: fc.constantFrom(...CODES),
  fdaStatus: fc.option(fc.constantFrom(...FDA_STATUSES), { nil: undefined }),
  breakthrough: fc.boolean(),
  implanted: fc.boolean(),
  asOf: dayIn(2020, 2035),
  fda: fc.option(dayIn(2018, 2038), { nil: undefined }),
});

describe("roadmap invariants", () => {
  it("dates are ordered, never before as-of, ranges run forward, Paid from ≥ Coded from", () => {
    fc.assert(
      fc.property(row, (r) => {
        const facts: ProductFacts = {
          productType: r.productType,
          siteOfCare: r.siteOfCare,
          candidateCodes: r.code ? [r.code] : [],
          breakthrough: r.breakthrough,
          implanted: r.implanted,
          ...(r.fdaStatus ? { fdaStatus: r.fdaStatus } : {}),
          ...(r.fda !== undefined ? { fdaDecisionDate: isoDate(r.fda) } : {}),
        };
        const c = classify(facts, undefined, { asOf: isoDate(r.asOf) });
        const p = planRoadmap(facts, c, { asOf: r.asOf });
        const dated = p.milestones.filter((m) => m.date !== undefined).map((m) => m.date as number);
        expect(dated).toEqual([...dated].sort((a, b) => a - b));
        for (const m of p.milestones) {
          if (m.date !== undefined && m.status !== "done")
            expect(m.date).toBeGreaterThanOrEqual(r.asOf);
          if (m.until !== undefined) expect(m.until).toBeGreaterThanOrEqual(m.date as number);
          if (m.status === "undated" || m.status === "closed")
            expect(m.notes.length).toBeGreaterThan(0);
        }
        // Each track runs deadline → effective.
        const d = (id: string) => p.milestones.find((m) => m.id === id)?.date;
        for (const [a, b] of [
          ["cpt-i-deadline", "cpt-i-effective"],
          ["cpt-iii-deadline", "cpt-iii-effective"],
          ["pla-deadline", "pla-effective"],
          ["hcpcs-deadline", "hcpcs-effective"],
          ["pass-through-deadline", "pass-through-effective"],
          ["ntap-deadline", "ntap-effective"],
        ]) {
          const x = d(a as string);
          const y = d(b as string);
          if (x !== undefined && y !== undefined) expect(y).toBeGreaterThan(x);
        }
        if (p.codedFrom.date !== undefined) expect(p.codedFrom.date).toBeGreaterThanOrEqual(r.asOf);
        if (p.paidFrom.date !== undefined) expect(p.paidFrom.date).toBeGreaterThanOrEqual(r.asOf);
        if (p.codedFrom.date !== undefined && p.paidFrom.date !== undefined)
          expect(p.paidFrom.date).toBeGreaterThanOrEqual(p.codedFrom.date);
      }),
      { numRuns: 3000 }
    );
  });
});
