/**
 * The fee-schedule reference model: the compact tables of src/data, newest release per dataset,
 * plus the indexes lookups need (built once, lazily, so a bundle loads fast and a lookup is one
 * Map probe). Serialised as-is into the reference bundle.
 */
import type {
  AnesTable,
  AscOffsetTable,
  AscTable,
  AspTable,
  ClfsTable,
  DmeposTable,
  GpciTable,
  HcpcsTable,
  LoccoTable,
  OppsATable,
  OppsBTable,
  OppsCapTable,
  ParsedFile,
  PprrvuTable,
  Provenance,
} from "../../data/types";
import { Derived } from "../memo";

/**
 * Every dataset by calendar year ("2025", "2026"): one release per dataset and year. A newer
 * release of the same year replaces an older one; another year is kept beside it (a CY2025 model
 * keeps answering CY2025 rates after the CY2026 files are loaded).
 */
export interface ReferenceTables {
  pfs: Record<string, PprrvuTable>;
  gpci: Record<string, GpciTable>;
  locco: Record<string, LoccoTable>;
  anes: Record<string, AnesTable>;
  oppsCap: Record<string, OppsCapTable>;
  asc: Record<string, AscTable>;
  ascOffsets: Record<string, AscOffsetTable>;
  oppsB: Record<string, OppsBTable>;
  oppsA: Record<string, OppsATable>;
  dmepos: Record<string, DmeposTable>;
  pen: Record<string, DmeposTable>;
  clfs: Record<string, ClfsTable>;
  hcpcs: Record<string, HcpcsTable>;
  asp: Record<string, AspTable>;
}

export type ReferenceData = ReferenceTables;

/** The per-year datasets of a reference, in display order. */
export const DATASETS = [
  "pfs",
  "gpci",
  "locco",
  "anes",
  "oppsCap",
  "asc",
  "ascOffsets",
  "oppsB",
  "oppsA",
  "dmepos",
  "pen",
  "clfs",
  "hcpcs",
  "asp",
] as const satisfies readonly (keyof ReferenceTables)[];
export type DatasetName = (typeof DATASETS)[number];

export function emptyReference(): ReferenceData {
  return {
    pfs: {},
    gpci: {},
    locco: {},
    anes: {},
    oppsCap: {},
    asc: {},
    ascOffsets: {},
    oppsB: {},
    oppsA: {},
    dmepos: {},
    pen: {},
    clfs: {},
    hcpcs: {},
    asp: {},
  };
}

const MONTH_ORDER = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Sort key for "which release is newer": year, then release date, then release name. */
export function releaseRank(p: Provenance): string {
  const month = MONTH_ORDER.indexOf(p.release);
  const q = /^Q(\d)V(\d)$/.exec(p.release);
  const within =
    month >= 0
      ? String(month + 1).padStart(2, "0")
      : q
        ? `${String(Number(q[1]) * 3).padStart(2, "0")}${q[2]}`
        : p.release;
  return `${p.year}|${p.releasedOn ?? ""}|${within}`;
}

function newer<T extends { provenance: Provenance }>(current: T | undefined, candidate: T): T {
  if (!current) return candidate;
  return releaseRank(candidate.provenance) >= releaseRank(current.provenance) ? candidate : current;
}

function pprrvuPreferred(current: PprrvuTable | undefined, candidate: PprrvuTable): PprrvuTable {
  if (!current) return candidate;
  // Non-QP rates are what most clinicians are paid; a QP file never displaces a non-QP one.
  if (current.variant !== "QP" && candidate.variant === "QP") return current;
  if (current.variant === "QP" && candidate.variant !== "QP") return candidate;
  return newer(current, candidate);
}

/** Put `table` into its year's slot, the newer release of that year winning. */
function place<T extends { provenance: Provenance }>(
  map: Record<string, T>,
  table: T,
  pick: (current: T | undefined, candidate: T) => T = newer
): void {
  const y = String(table.provenance.year);
  map[y] = pick(map[y], table);
}

/** Merge parsed files into a reference, one release per dataset and year; `base` is not modified. */
export function buildReference(
  parsed: ParsedFile[],
  base: ReferenceData = emptyReference()
): ReferenceData {
  const r = emptyReference();
  // Copied as slots, not values: a bundle's tables not read yet stay unread (bundle.ts).
  for (const d of DATASETS)
    Object.defineProperties(r[d], Object.getOwnPropertyDescriptors(base[d] ?? {}));
  for (const p of parsed) {
    switch (p.kind) {
      case "pprrvu":
        place(r.pfs, p.table, pprrvuPreferred);
        break;
      case "gpci":
        place(r.gpci, p.table);
        break;
      case "locco":
        place(r.locco, p.table);
        break;
      case "anes":
        place(r.anes, p.table);
        break;
      case "oppscap":
        place(r.oppsCap, p.table);
        break;
      case "asc":
        place(r.asc, p.table, mergeAsc);
        break;
      case "ascOffsets":
        place(r.ascOffsets, p.table);
        break;
      case "oppsB":
        place(r.oppsB, p.table);
        break;
      case "oppsA":
        place(r.oppsA, p.table);
        break;
      case "dmepos":
        if (p.table.category.every((c) => c === "PEN")) place(r.pen, p.table);
        else place(r.dmepos, p.table);
        break;
      case "clfs":
        place(r.clfs, p.table);
        break;
      case "hcpcs":
        place(r.hcpcs, p.table);
        break;
      case "asp":
        place(r.asp, p.table);
        break;
      case "pfsPayment":
        break;
    }
  }
  return r;
}

/** Addenda AA and BB of the same quarter are one ASC table; a newer quarter replaces both. */
function mergeAsc(current: AscTable | undefined, next: AscTable): AscTable {
  if (!current) return next;
  const a = releaseRank(current.provenance);
  const b = releaseRank(next.provenance);
  if (a !== b) return b > a ? next : current;
  const replaced = new Set(next.addendum);
  const keep = current.addendum.map((x, i) => (replaced.has(x) ? -1 : i)).filter((i) => i >= 0);
  const pick = <T>(arr: T[]) => keep.map((i) => arr[i]);
  return {
    provenance: {
      ...current.provenance,
      file: `${current.provenance.file}; ${next.provenance.file}`,
    },
    addendum: [...pick(current.addendum), ...next.addendum],
    key: [...pick(current.key), ...next.key],
    indicator: [...pick(current.indicator), ...next.indicator],
    weight: [...pick(current.weight), ...next.weight],
    rate: [...pick(current.rate), ...next.rate],
    multipleProcedureDiscount: [
      ...pick(current.multipleProcedureDiscount),
      ...next.multipleProcedureDiscount,
    ],
  };
}

/** Key → row index (first row of each key): the part of a Map the lookups use. */
export interface KeyIndex {
  get(key: string): number | undefined;
  has(key: string): boolean;
}

/**
 * Lookups answered by binary search until a table has been asked often enough to repay a Map.
 * CMS's RVU, ASC, OPPS and HCPCS files list their codes in ascending order, and hashing ~20,000
 * keys into a Map was a sixth of the first REIMB.PFS after the bundle loads (the add-in's cold
 * start); a sheet that recalculates asks thousands of times and gets the Map from the 65th ask.
 * A table whose keys are not strictly ascending (a duplicate, a file in another order) gets the
 * Map at once, which keeps the first row of a repeated key.
 */
class TableKeyIndex implements KeyIndex {
  private map: Map<string, number> | undefined;
  private asked = 0;

  constructor(private readonly keys: readonly string[]) {
    if (!ascending(keys)) this.map = mapOf(keys);
  }

  get(key: string): number | undefined {
    if (this.map !== undefined) return this.map.get(key);
    if (++this.asked > SEARCHES_BEFORE_MAP) {
      this.map = mapOf(this.keys);
      return this.map.get(key);
    }
    const keys = this.keys;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = keys[mid];
      if (k < key) lo = mid + 1;
      else if (k > key) hi = mid - 1;
      else return mid;
    }
    return undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
}

/** Binary searches a table answers before building its Map (a search costs ~15 string comparisons). */
const SEARCHES_BEFORE_MAP = 64;

function ascending(keys: readonly string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (!(keys[i - 1] < keys[i])) return false;
  return true;
}

function mapOf(keys: readonly string[]): Map<string, number> {
  const idx = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) if (!idx.has(keys[i])) idx.set(keys[i], i);
  return idx;
}

/** Key → row index (first row of each key), built once per table and carried by the table. */
const KEY_INDEX = new Derived<{ key: string[] }, KeyIndex>(
  "keyIndex",
  (table) => new TableKeyIndex(table.key)
);
export function indexOf(table: { key: string[] }): KeyIndex {
  return KEY_INDEX.of(table);
}

/**
 * First row of each base code in a table keyed `CODE` or `CODE-MOD` (DMEPOS, CLFS): answers "is
 * this code priced with any modifier" in one probe instead of a scan of every key.
 */
const BASE_INDEX = new Derived<{ key: string[] }, Map<string, number>>("baseIndex", (table) => {
  const idx = new Map<string, number>();
  for (let i = 0; i < table.key.length; i++) {
    const k = table.key[i];
    const dash = k.indexOf("-");
    const base = dash < 0 ? k : k.slice(0, dash);
    if (!idx.has(base)) idx.set(base, i);
  }
  return idx;
});
export function baseIndexOf(table: { key: string[] }): Map<string, number> {
  return BASE_INDEX.of(table);
}

export function years(map: Record<string, unknown>): number[] {
  return Object.keys(map)
    .map(Number)
    .sort((a, b) => a - b);
}

interface Latest {
  count: number;
  year: number | undefined;
}
function latestOf(map: Record<string, unknown>): Latest {
  const y = years(map);
  return { count: y.length, year: y.length ? y[y.length - 1] : undefined };
}
const LATEST = new Derived<Record<string, unknown>, Latest>("latestYear", latestOf);
/** Latest year present; carried by the map (lookups ask on every call), refreshed if keys are added. */
export function latestYear(map: Record<string, unknown>): number | undefined {
  const hit = LATEST.of(map);
  const count = Object.keys(map).length;
  if (hit.count === count) return hit.year;
  const fresh = latestOf(map);
  LATEST.reset(map, fresh);
  return fresh.year;
}

/** Asked before every lookup: stops at the first year of the first loaded dataset, allocating nothing. */
export function isEmpty(r: ReferenceData): boolean {
  for (const d of DATASETS) {
    const map = r[d];
    if (map)
      for (const year in map) if (Object.prototype.hasOwnProperty.call(map, year)) return false;
  }
  return true;
}

/** Whether `year` is loaded, without reading its table (a bundle's tables are read on first use). */
export function hasYear(map: Record<string, unknown>, year: number): boolean {
  return Object.prototype.hasOwnProperty.call(map, String(year));
}

/** The table of `year`, or of the latest year loaded when `year` is omitted. */
export function tableOf<T>(map: Record<string, T>, year?: number): T | undefined {
  const y = year ?? latestYear(map);
  return y === undefined ? undefined : map[String(y)];
}
