/**
 * REIMB.CODED_FROM / PAID_FROM plan only as far as their two dates (planHeadlines): over random
 * rows, as-of and FDA dates, those are the headlines of the whole plan (planRoadmap) the pane and
 * the CLI write, with or without the batch memos.
 */
import fc from "fast-check";
import { classify, ClassifyMemo } from "../../../src/domain/pathway";
import type { ProductFacts } from "../../../src/domain/product";
import { isoDate, planHeadlines, planRoadmap, RoadmapMemo, ymd } from "../../../src/domain/roadmap";
import { CODE_FITS, FDA_STATUSES, PRODUCT_TYPES, SITES_OF_CARE } from "../../../src/domain/vocab";

const CODES = ["", "99213", "C1889", "0100T", "81479", "E1399", "J3490", "Q4100", "L8699", "64483"];
const dayIn = (from: number, to: number) =>
  fc.integer({ min: ymd(from, 1, 1), max: ymd(to, 12, 31) });

const row = fc.record({
  productType: fc.constantFrom(...PRODUCT_TYPES),
  siteOfCare: fc.constantFrom(...SITES_OF_CARE),
  code: fc.constantFrom(...CODES),
  codeFit: fc.option(fc.constantFrom(...CODE_FITS), { nil: undefined }),
  fdaStatus: fc.option(fc.constantFrom(...FDA_STATUSES), { nil: undefined }),
  breakthrough: fc.boolean(),
  implanted: fc.boolean(),
  asOf: dayIn(2020, 2035),
  fda: fc.option(dayIn(2018, 2038), { nil: undefined }),
});

describe("planHeadlines", () => {
  it("gives the whole plan's Coded from and Paid from", () => {
    const classifyMemo = new ClassifyMemo();
    const roadmapMemo = new RoadmapMemo();
    fc.assert(
      fc.property(row, (r) => {
        const facts: ProductFacts = {
          productType: r.productType,
          siteOfCare: r.siteOfCare,
          candidateCodes: r.code ? [r.code] : [],
          breakthrough: r.breakthrough,
          implanted: r.implanted,
          ...(r.codeFit ? { codeFit: r.codeFit } : {}),
          ...(r.fdaStatus ? { fdaStatus: r.fdaStatus } : {}),
          ...(r.fda !== undefined ? { fdaDecisionDate: isoDate(r.fda) } : {}),
        };
        const c = classify(facts, undefined, { asOf: isoDate(r.asOf) });
        const whole = planRoadmap(facts, c, { asOf: r.asOf });
        const memoised = classify(facts, undefined, { asOf: isoDate(r.asOf), memo: classifyMemo });
        expect(memoised).toEqual(c);
        const headlines = planHeadlines(facts, memoised, { asOf: r.asOf, memo: roadmapMemo });
        expect(headlines).toEqual({ codedFrom: whole.codedFrom, paidFrom: whole.paidFrom });
      }),
      { numRuns: 300 }
    );
  });
});
