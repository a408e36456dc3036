/**
 * What classifying many rows may reuse between rows: a workbook repeats the same few hundred
 * codes, dates and reference vintages. Created by whoever classifies a batch (a report run, the
 * custom-functions runtime) and passed in `ClassifyOptions.memo`; without one every row computes
 * afresh, with the same answer.
 */
import { parseCode, type CodeShape } from "../codes/shape";
import { Memo } from "../memo";
import type { CodeFacts, CodeReference } from "../reference/port";
import { isoDate } from "../roadmap/days";
import { parseIsoMs } from "./dates";

const MS_PER_DAY = 86_400_000;
/** Days of 0000-01-01 and 9999-12-31: inside them a day's ISO text is the plain yyyy-mm-dd form. */
const FIRST_PLAIN_DAY = -719_528;
const LAST_PLAIN_DAY = 2_932_896;

/** Code → facts as one reference answered them on one as-of date. */
type FactsOnDate = Map<string, CodeFacts | undefined>;

export class ClassifyMemo {
  /** Code text → parsed shape (parseCode normalises Unicode on every call). */
  readonly shapes = new Memo<string, CodeShape>(5000);
  /** ISO date text → epoch ms (as-of and FDA decision dates). */
  readonly dates = new Memo<string, number | undefined>(5000);
  /** Reference vintage text → derived facts about it (one entry per loaded vintage). */
  readonly vintages = new Memo<string, VintageFacts>(50);
  /** UTC day number → yyyy-mm-dd (the as-of date every code lookup of a row is asked on). */
  readonly isoDays = new Memo<number, string>(5000);

  /**
   * Code facts by as-of date, for one reference: each candidate code of each row is looked up, and
   * a workbook repeats the same codes on the same date. Dropped when a row brings another reference.
   */
  private factsReference: CodeReference | undefined;
  private readonly factsByDate = new Map<string, FactsOnDate>();
  /** The last date asked about: cells of one recalculation share it, so most lookups stop here. */
  private lastDate: string | undefined;
  private lastFacts: FactsOnDate | undefined;

  /** `ref.lookup(code, asOf)`, asked once per reference, date and code. */
  codeFacts(ref: CodeReference, code: string, asOf: string | undefined): CodeFacts | undefined {
    if (ref !== this.factsReference) {
      this.factsReference = ref;
      this.factsByDate.clear();
      this.lastFacts = undefined;
    }
    const date = asOf ?? "";
    let facts = this.lastFacts;
    if (facts === undefined || date !== this.lastDate) {
      facts = this.factsByDate.get(date);
      if (facts === undefined) {
        if (this.factsByDate.size >= FACT_DATES_LIMIT) this.factsByDate.clear();
        facts = new Map();
        this.factsByDate.set(date, facts);
      }
      this.lastDate = date;
      this.lastFacts = facts;
    }
    if (facts.has(code)) return facts.get(code);
    const found = ref.lookup(code, asOf);
    if (facts.size >= FACT_CODES_LIMIT) facts.clear();
    facts.set(code, found);
    return found;
  }
}

/** Bounds of the code-facts cache: as-of dates held, codes held per date. */
const FACT_DATES_LIMIT = 400;
const FACT_CODES_LIMIT = 5000;

/** What the rules read from a reference vintage string. */
export interface VintageFacts {
  /** The Addendum B part ("OPPS Addendum B CY2025 January"), or the whole vintage. */
  oppsVintage: string;
  /** A PFS RVU file is loaded: a Category III code's absence from it then means archived. */
  hasPfs: boolean;
}

export function vintageFacts(vintage: string): VintageFacts {
  return {
    oppsVintage: vintage.split("; ").find((p) => p.includes("Addendum B")) ?? vintage,
    hasPfs: vintage.includes("PFS"),
  };
}

export function shapeOf(memo: ClassifyMemo | undefined, text: string): CodeShape {
  return memo ? memo.shapes.get(text, parseCode) : parseCode(text);
}

export function dateMs(memo: ClassifyMemo | undefined, text: string): number | undefined {
  return memo ? memo.dates.get(text, parseIsoMs) : parseIsoMs(text);
}

export function vintageFactsOf(memo: ClassifyMemo | undefined, vintage: string): VintageFacts {
  return memo ? memo.vintages.get(vintage, vintageFacts) : vintageFacts(vintage);
}

/**
 * yyyy-mm-dd of the UTC day holding epoch ms `ms`, as `new Date(ms).toISOString().slice(0, 10)`
 * writes it, from whole-day arithmetic (a Date and its ISO text per row cost more than the lookup
 * they key). Outside years 0000–9999 (never reached by a parsed date or the clock) Date writes it.
 */
export function isoDayOfMs(memo: ClassifyMemo | undefined, ms: number): string {
  const day = Math.floor(ms / MS_PER_DAY);
  if (day < FIRST_PLAIN_DAY || day > LAST_PLAIN_DAY) return new Date(ms).toISOString().slice(0, 10);
  return memo ? memo.isoDays.get(day, isoDate) : isoDate(day);
}
