/**
 * The fee-schedule reference model: the compact tables of src/data, newest release per dataset,
 * plus the indexes lookups need (built once, lazily, so a bundle loads fast and a lookup is one
 * Map probe). Serialised as-is into the reference bundle.
 */
import type {
  AnesTable,
  AscOffsetTable,
  AscTable,
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

export interface ReferenceTables {
  /** By calendar year. */
  pfs: Record<string, PprrvuTable>;
  gpci: Record<string, GpciTable>;
  locco: Record<string, LoccoTable>;
  anes: Record<string, AnesTable>;
  oppsCap: Record<string, OppsCapTable>;
  /** Latest quarter only. */
  asc?: AscTable;
  ascOffsets?: AscOffsetTable;
  oppsB?: OppsBTable;
  oppsA?: OppsATable;
  dmepos?: DmeposTable;
  pen?: DmeposTable;
  clfs?: ClfsTable;
  hcpcs?: HcpcsTable;
}

export type ReferenceData = ReferenceTables;

export function emptyReference(): ReferenceData {
  return { pfs: {}, gpci: {}, locco: {}, anes: {}, oppsCap: {} };
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

/** Merge parsed files into a reference, newest release of each dataset winning; `base` is not modified. */
export function buildReference(
  parsed: ParsedFile[],
  base: ReferenceData = emptyReference()
): ReferenceData {
  const r: ReferenceData = {
    ...base,
    pfs: { ...base.pfs },
    gpci: { ...base.gpci },
    locco: { ...base.locco },
    anes: { ...base.anes },
    oppsCap: { ...base.oppsCap },
  };
  for (const p of parsed) {
    switch (p.kind) {
      case "pprrvu": {
        const y = String(p.table.provenance.year);
        r.pfs[y] = pprrvuPreferred(r.pfs[y], p.table);
        break;
      }
      case "gpci":
        r.gpci[String(p.table.provenance.year)] = newer(
          r.gpci[String(p.table.provenance.year)],
          p.table
        );
        break;
      case "locco":
        r.locco[String(p.table.provenance.year)] = newer(
          r.locco[String(p.table.provenance.year)],
          p.table
        );
        break;
      case "anes":
        r.anes[String(p.table.provenance.year)] = newer(
          r.anes[String(p.table.provenance.year)],
          p.table
        );
        break;
      case "oppscap":
        r.oppsCap[String(p.table.provenance.year)] = newer(
          r.oppsCap[String(p.table.provenance.year)],
          p.table
        );
        break;
      case "asc":
        r.asc = mergeAsc(r.asc, p.table);
        break;
      case "ascOffsets":
        r.ascOffsets = newer(r.ascOffsets, p.table);
        break;
      case "oppsB":
        r.oppsB = newer(r.oppsB, p.table);
        break;
      case "oppsA":
        r.oppsA = newer(r.oppsA, p.table);
        break;
      case "dmepos":
        if (p.table.category.every((c) => c === "PEN")) r.pen = newer(r.pen, p.table);
        else r.dmepos = newer(r.dmepos, p.table);
        break;
      case "clfs":
        r.clfs = newer(r.clfs, p.table);
        break;
      case "hcpcs":
        r.hcpcs = newer(r.hcpcs, p.table);
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

export function isEmpty(r: ReferenceData): boolean {
  return (
    Object.keys(r.pfs).length === 0 &&
    !r.asc &&
    !r.oppsB &&
    !r.dmepos &&
    !r.pen &&
    !r.clfs &&
    !r.hcpcs &&
    Object.keys(r.gpci).length === 0
  );
}
