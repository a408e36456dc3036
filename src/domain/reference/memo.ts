/**
 * Answers that depend only on the loaded reference and the query text, kept on the reference
 * itself: the year a figure resolves to, the GPCIs a locality's text names. A sheet asks the same
 * few years and localities for thousands of cells; resolving them once per reference keeps each
 * lookup near a Map probe. The memo is a field of the reference object (hidden: not enumerable,
 * so never serialised, spread or compared), so it lives and dies with the data it describes. A
 * reference is not modified after its first lookup (buildReference and decodeBundle make new
 * ones), so nothing here is ever stale.
 */
import type { ReferenceData } from "./model";
import type { Outcome } from "../economics/outcome";

/** Bounds a memo keyed by free text (a sheet of distinct typos must not grow it without end). */
const MAX_TEXT_ENTRIES = 10_000;
/** Bounds a memo keyed by a valid code: every code of a year's largest file (Addendum B: ~20,000) fits. */
export const MAX_CODE_ENTRIES = 40_000;

export class ReferenceMemo {
  /** datasets needed ("pfs+gpci") → asked year (-1: none) → the year resolved, or why none. */
  readonly years = new Map<string, Map<number, Outcome<number>>>();
  /**
   * The same maps keyed by the needs list itself: callers pass a few constant lists, and joining
   * a list into its text key on every call was a measurable part of a SITE_TOTAL cell. Bounded:
   * a caller building a fresh list per call falls back to the text key.
   */
  readonly yearsByList = new Map<readonly string[], Map<number, Outcome<number>>>();
  /**
   * site → year → code key ("93306", "27447-26") → what the site's total needs from the code
   * alone: the facility rate and the physician's priced PFS row, or why there is none (an
   * Outcome of lookups.SiteFacts; typed there). Only the locality's GPCIs and the arithmetic
   * are left per cell, and a code's failure (a quarter of a real ASC list: carrier-priced, not
   * on the PFS) is built once, not on every recalculation. A code asked once holds only a mark
   * (lookups.siteFacts keeps the facts from the second ask).
   */
  readonly siteFacts = new Map<string, Map<number, Map<string, unknown>>>();
  /** year → locality text → its GPCIs (an Outcome of lookups.Gpci; typed there). */
  readonly localities = new Map<number, Map<string, unknown>>();

  /** A text-keyed entry, bounded: past the bound answers are computed, not stored. */
  static remember<V>(map: Map<string, V>, key: string, value: V, max = MAX_TEXT_ENTRIES): V {
    if (map.size < max) map.set(key, value);
    return value;
  }
}

const MEMO: unique symbol = Symbol("reference memo");
type WithMemo = ReferenceData & { [MEMO]?: ReferenceMemo };

/** The reference's memo, made on first use. */
export function memoOf(ref: ReferenceData): ReferenceMemo {
  const r = ref as WithMemo;
  const hit = r[MEMO];
  if (hit) return hit;
  // A frozen reference cannot carry one: answers are then computed on every call, still right.
  if (!Object.isExtensible(r)) return new ReferenceMemo();
  const memo = new ReferenceMemo();
  Object.defineProperty(r, MEMO, { value: memo, enumerable: false, writable: false });
  return memo;
}
