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

/** Key → row index, built once per table and cached on the side (tables stay plain data). */
const INDEXES = new WeakMap<object, Map<string, number>>();
export function indexOf(table: { key: string[] }): Map<string, number> {
  let idx = INDEXES.get(table);
  if (!idx) {
    idx = new Map();
    for (let i = 0; i < table.key.length; i++) if (!idx.has(table.key[i])) idx.set(table.key[i], i);
    INDEXES.set(table, idx);
  }
  return idx;
}

const BASE_INDEXES = new WeakMap<object, Map<string, number>>();
/**
 * First row of each base code in a table keyed `CODE` or `CODE-MOD` (DMEPOS, CLFS): answers "is
 * this code priced with any modifier" in one probe instead of a scan of every key.
 */
export function baseIndexOf(table: { key: string[] }): Map<string, number> {
  let idx = BASE_INDEXES.get(table);
  if (!idx) {
    idx = new Map();
    for (let i = 0; i < table.key.length; i++) {
      const k = table.key[i];
      const dash = k.indexOf("-");
      const base = dash < 0 ? k : k.slice(0, dash);
      if (!idx.has(base)) idx.set(base, i);
    }
    BASE_INDEXES.set(table, idx);
  }
  return idx;
}

export function years(map: Record<string, unknown>): number[] {
  return Object.keys(map)
    .map(Number)
    .sort((a, b) => a - b);
}

const LATEST = new WeakMap<object, { count: number; year: number | undefined }>();
/** Latest year present; cached per map (lookups ask on every call), refreshed if keys are added. */
export function latestYear(map: Record<string, unknown>): number | undefined {
  const count = Object.keys(map).length;
  const hit = LATEST.get(map);
  if (hit && hit.count === count) return hit.year;
  const y = years(map);
  const year = y.length ? y[y.length - 1] : undefined;
  LATEST.set(map, { count, year });
  return year;
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
