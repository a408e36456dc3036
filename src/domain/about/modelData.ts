/**
 * Which payment years, conversion factors, localities and CMS datasets a model's REIMB.* cells
 * actually use, so the `About this model` sheet states the model's own figures rather than the
 * add-in's latest year (docs/share.md#about-this-model). Pure: the share module hands in each call's
 * function, its arguments (literals, and cell references resolved to their cached values) and
 * the cell's own cached value.
 */
import { PARAMETERS } from "../economics/params";

/** An argument as the share module could resolve it; undefined when omitted or not resolvable. */
export type CallArg = string | number | boolean | null | undefined;

export interface ReimbCallFacts {
  /** Normalised function name: "PFS_RVU" → "pfsrvu" (see src/shareCopy/formula.ts). */
  key: string;
  args: readonly CallArg[];
  /** The cell's cached value, when a number or text. */
  value?: CallArg;
}

/** CMS datasets the REIMB functions read; each has an official CMS page (sourceUrl). */
export type Dataset = "pfs" | "opps" | "asc" | "dmepos" | "clfs" | "hcpcs";

/** Official CMS pages, as cited in docs/reimbursement.md (§ PFS, OPPS, ASC, DMEPOS, CLFS, HCPCS). */
export const DATASET_URLS: Readonly<Record<Dataset, readonly string[]>> = {
  pfs: [
    "https://www.cms.gov/medicare/payment/fee-schedules/physician/pfs-relative-value-files",
    "https://www.cms.gov/medicare/payment/fee-schedules/physician",
  ],
  opps: [
    "https://www.cms.gov/medicare/payment/prospective-payment-systems/hospital-outpatient-pps/quarterly-addenda-updates",
  ],
  asc: [
    "https://www.cms.gov/medicare/payment/prospective-payment-systems/ambulatory-surgical-center-asc/asc-payment-rates-addenda",
  ],
  dmepos: ["https://www.cms.gov/medicare/payment/fee-schedules/dmepos/dmepos-fee-schedule"],
  clfs: [
    "https://www.cms.gov/medicare/payment/fee-schedules/clinical-laboratory-fee-schedule-clfs/files",
  ],
  hcpcs: [
    "https://www.cms.gov/medicare/coding-billing/healthcare-common-procedure-system/quarterly-update",
  ],
};

export const DATASETS: readonly Dataset[] = ["pfs", "opps", "asc", "dmepos", "clfs", "hcpcs"];

interface Signature {
  /** 0-based position of the `year` argument. */
  year?: number;
  locality?: number;
  /** Position of a PFS conversion-factor argument (REIMB.PFS_RVU). */
  cf?: number;
  datasets: readonly Dataset[];
}

/** Argument positions, from the functions' own documentation (src/functions/*.ts, `@param`). */
const SIGNATURES: Readonly<Record<string, Signature>> = {
  pfs: { locality: 2, year: 3, datasets: ["pfs"] },
  pfsadjusted: { locality: 4, year: 5, datasets: ["pfs"] },
  anesthesia: { locality: 2, year: 3, datasets: ["pfs"] },
  rvu: { year: 3, datasets: ["pfs"] },
  gpci: { locality: 0, year: 2, datasets: ["pfs"] },
  localities: { year: 2, datasets: ["pfs"] },
  asc: { year: 1, datasets: ["asc"] },
  ascdetail: { year: 2, datasets: ["asc"] },
  ascdiscounted: { year: 2, datasets: ["asc"] },
  opps: { year: 1, datasets: ["opps"] },
  oppsdetail: { year: 2, datasets: ["opps"] },
  apc: { year: 1, datasets: ["opps"] },
  dmepos: { year: 4, datasets: ["dmepos"] },
  clfs: { year: 1, datasets: ["clfs"] },
  status: { year: 1, datasets: ["hcpcs"] },
  hcpcsdesc: { year: 1, datasets: ["hcpcs"] },
  sitetotal: { locality: 2, year: 3, datasets: ["pfs", "opps", "asc"] },
  code: { year: 1, locality: 2, datasets: ["hcpcs", "pfs", "opps", "asc", "dmepos", "clfs"] },
  sites: { locality: 1, year: 2, datasets: ["pfs", "opps", "asc"] },
  pfsrvu: { cf: 3, datasets: [] },
  param: { year: 1, datasets: [] },
};

/** Parameters whose value is a conversion factor. */
const CF_PARAMETERS = new Set(["PFS_CF", "PFS_CF_QP", "OPPS_CF", "ASC_CF"]);

export interface Counted<T> {
  value: T;
  /** REIMB cells that use it. */
  cells: number;
}

export interface ModelData {
  /** Payment years the cells use, most-used first; the default year when no cell names one. */
  years: Counted<number>[];
  /** True when at least one cell names its year (argument, PARAM year or a dated conversion factor). */
  explicitYear: boolean;
  /** Conversion factors the cells pass or read, with the year each belongs to when the parameter table knows it. */
  conversionFactors: Array<Counted<number> & { name?: string; year?: number }>;
  localities: string[];
  datasets: Dataset[];
}

function isYear(v: CallArg): v is number {
  return typeof v === "number" && Number.isInteger(v) && v >= 1990 && v <= 2100;
}

/** The year and parameter a published conversion factor belongs to, e.g. 32.3465 → PFS_CF 2025. */
function cfOrigin(value: number): { name: string; year: number } | undefined {
  // CY2025 had one PFS CF for everyone (PFS_CF = PFS_CF_QP): name the general one first.
  const rows = PARAMETERS.filter((p) => CF_PARAMETERS.has(p.name) && p.value === value);
  const row = rows.find((p) => p.name === "PFS_CF") ?? rows[0];
  return row ? { name: row.name, year: row.year } : undefined;
}

function bump<K>(m: Map<K, number>, k: K): void {
  m.set(k, (m.get(k) ?? 0) + 1);
}

/**
 * What the REIMB calls use. `defaultYear` is the year an omitted `year` argument means: the latest
 * year of the loaded data (docs/reference-data.md), or the parameter table's latest year.
 */
export function modelData(calls: readonly ReimbCallFacts[], defaultYear: number): ModelData {
  const years = new Map<number, number>();
  const cfs = new Map<number, number>();
  const cfNames = new Map<number, string | undefined>();
  const localities = new Set<string>();
  const datasets = new Set<Dataset>();
  let explicit = false;
  let defaulted = 0;
  for (const call of calls) {
    const sig = SIGNATURES[call.key];
    if (!sig) continue;
    for (const d of sig.datasets) datasets.add(d);
    let year: number | undefined;
    if (sig.year !== undefined) {
      const y = call.args[sig.year];
      if (isYear(y)) {
        year = y;
        explicit = true;
      }
    }
    if (sig.locality !== undefined) {
      const loc = call.args[sig.locality];
      if (typeof loc === "string" && loc.trim()) localities.add(loc.trim());
    }
    let cf: number | undefined;
    if (call.key === "param") {
      const name = call.args[0];
      if (
        typeof name === "string" &&
        CF_PARAMETERS.has(name.toUpperCase()) &&
        typeof call.value === "number"
      ) {
        cf = call.value;
        if (!cfNames.has(cf) || name.toUpperCase() === "PFS_CF")
          cfNames.set(cf, name.toUpperCase());
      }
    } else if (sig.cf !== undefined) {
      const v = call.args[sig.cf];
      if (typeof v === "number" && v > 0) {
        cf = v;
        const origin = cfOrigin(v);
        if (origin && year === undefined) {
          year = origin.year;
          explicit = true;
        }
      }
    }
    if (cf !== undefined) bump(cfs, cf);
    if (year !== undefined) bump(years, year);
    else if (sig.year !== undefined || sig.cf !== undefined) defaulted++;
  }
  if (defaulted > 0 || years.size === 0)
    years.set(defaultYear, (years.get(defaultYear) ?? 0) + defaulted);
  const byCount = <T>(m: Map<T, number>): Counted<T>[] =>
    [...m].map(([value, cells]) => ({ value, cells })).sort((a, b) => b.cells - a.cells);
  return {
    years: byCount(years).sort((a, b) => b.cells - a.cells || a.value - b.value),
    explicitYear: explicit,
    conversionFactors: byCount(cfs).map((c) => {
      const origin = cfOrigin(c.value);
      return { ...c, name: cfNames.get(c.value) ?? origin?.name, year: origin?.year };
    }),
    localities: [...localities].sort(),
    datasets: DATASETS.filter((d) => datasets.has(d)),
  };
}
