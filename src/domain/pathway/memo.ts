/**
 * What classifying many rows may reuse between rows: a workbook repeats the same few hundred
 * codes, dates and reference vintages. Created by whoever classifies a batch (a report run, the
 * custom-functions runtime) and passed in `ClassifyOptions.memo`; without one every row computes
 * afresh, with the same answer.
 */
import { parseCode, type CodeShape } from "../codes/shape";
import { Memo } from "../memo";
import { parseIsoMs } from "./dates";

export class ClassifyMemo {
  /** Code text → parsed shape (parseCode normalises Unicode on every call). */
  readonly shapes = new Memo<string, CodeShape>(5000);
  /** ISO date text → epoch ms (as-of and FDA decision dates). */
  readonly dates = new Memo<string, number | undefined>(5000);
  /** Reference vintage text → derived facts about it (one entry per loaded vintage). */
  readonly vintages = new Memo<string, VintageFacts>(50);
}

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
