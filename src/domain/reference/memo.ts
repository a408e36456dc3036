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

export class ReferenceMemo {
  /** datasets needed ("pfs+gpci") → asked year (-1: none) → the year resolved, or why none. */
  readonly years = new Map<string, Map<number, Outcome<number>>>();
  /** year → locality text → its GPCIs (an Outcome of lookups.Gpci; typed there). */
  readonly localities = new Map<number, Map<string, unknown>>();

  /** A text-keyed entry, bounded: past the bound answers are computed, not stored. */
  static remember<V>(map: Map<string, V>, key: string, value: V): V {
    if (map.size < MAX_TEXT_ENTRIES) map.set(key, value);
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
