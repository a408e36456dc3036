/**
 * REIMB.CODED_FROM / REIMB.PAID_FROM (docs/roadmap.md): the REIMB.PATHWAY arguments plus an as-of
 * date and an FDA date → the product's plan → one headline date as an Excel serial (1900 system),
 * so a revenue ramp can start from it. A headline with no date (not separately paid, needs an FDA
 * date, no specific code) is #N/A carrying the reason.
 *
 * The as-of date is an argument; omitted, it is the day the cell is calculated (UTC), the default
 * Classify plans the Products sheet from when the Assumptions table gives no As-of date: a deadline
 * passed earlier this quarter is missed in both. Models that must reproduce should pass a date
 * (a reference to the Assumptions table's As-of date cell keeps cells and sheet on one day).
 */
import { classify } from "../domain/pathway";
import {
  fromExcelSerial,
  isoDate,
  parseIsoDay,
  planHeadlines,
  toExcelSerial,
  type Day,
  type Headline,
  type RoadmapPlan,
} from "../domain/roadmap";
import { describe, isBlankOrZero } from "./args";
import { CallError, fail } from "./errors";
import { productFacts, RowMemo, type PathwayArgs } from "./productArgs";
import { classifyMemo, functionReference, roadmapMemo } from "./state";

export interface RoadmapArgs extends PathwayArgs {
  as_of?: unknown;
  fda_date?: unknown;
}

const MS_PER_DAY = 86_400_000;

/** A date argument: a date cell (serial), yyyy-mm-dd text, or blank (0 is a blank desktop cell). */
export function optionalDate(value: unknown, arg: string): Day | undefined {
  if (isBlankOrZero(value)) return undefined;
  if (typeof value === "number") {
    const day = fromExcelSerial(value);
    if (day !== undefined) return day;
  } else if (typeof value === "string") {
    const day = parseIsoDay(value);
    if (day !== undefined) return day;
  }
  return fail("value", "fn.error.expectedDate", { arg, got: describe(value) });
}

/** The documented default as-of date: the day of the calculation (UTC), as Classify's run date. */
export function defaultAsOf(nowMs: number = Date.now()): Day {
  return Math.floor(nowMs / MS_PER_DAY);
}

/**
 * Plans by their inputs: CODED_FROM and PAID_FROM sit side by side and a ramp refers to them many
 * times. Valid while the reference data stays the same object. Bounded: cleared when full.
 */
/** Only the two headlines: whole plans would keep thousands of objects alive for the collector. */
type Headlines = Pick<RoadmapPlan, "codedFrom" | "paidFrom">;
const planMemo = new RowMemo<Headlines>(2000);
let memoReference: object | undefined;

export function roadmapHeadlines(args: RoadmapArgs): Headlines {
  const facts = productFacts(args);
  const asOf = optionalDate(args.as_of, "as_of") ?? defaultAsOf();
  const fda = optionalDate(args.fda_date, "fda_date");
  const reference = functionReference();
  if (reference !== memoReference) {
    planMemo.clear();
    memoReference = reference;
  }
  // NUL: a separator no code contains.
  const dates = fda === undefined ? `\u0000${asOf}` : `\u0000${asOf}\u0000${fda}`;
  return planMemo.get(facts, dates, () => {
    if (fda !== undefined) facts.fdaDecisionDate = isoDate(fda);
    // The runtime's memo, as REIMB.PATHWAY uses it: code shapes, dates and code facts are reused across cells.
    const c = classify(facts, reference, { asOf: isoDate(asOf), memo: classifyMemo() });
    return planHeadlines(facts, c, { asOf, memo: roadmapMemo() });
  });
}

/** The headline as an Excel serial, or #N/A with its reason. */
export function headlineSerial(h: Headline): number {
  if (h.date === undefined) throw new CallError("na", h.reason);
  return toExcelSerial(h.date);
}
