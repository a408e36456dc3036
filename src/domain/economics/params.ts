/**
 * The year's published Medicare figures, one row per figure per year, each with its source
 * (docs/reimbursement.md §8 and the sources it names). Values that change every year live here and nowhere
 * else: the economics formulas read their defaults from this table (docs/reimbursement.md §0).
 *
 * To add a year: add its rows (every name, with a source), and LATEST_YEAR follows.
 */
import { matchKey } from "../vocab";
import { notAvailable, ok, type Outcome } from "./outcome";

export const PARAMETER_NAMES = [
  "PFS_CF",
  "PFS_CF_QP",
  "OPPS_CF",
  "ASC_CF",
  "PART_B_DEDUCTIBLE",
  "PART_A_DEDUCTIBLE",
  "COINSURANCE",
  "SEQUESTRATION",
  "OPPS_LABOR_SHARE",
  "ASC_LABOR_SHARE",
  "NTAP_RATE",
  "NTAP_RATE_QIDP",
] as const;
export type ParameterName = (typeof PARAMETER_NAMES)[number];

/** `V` seen in the cited source, `P` secondary source, `U` unverified (docs/reimbursement.md §0). */
export type Confidence = "V" | "P" | "U";

export interface Parameter {
  name: ParameterName;
  year: number;
  value: number;
  unit: "usd" | "usd-per-rvu" | "usd-per-weight" | "fraction";
  confidence: Confidence;
  /** Where the figure comes from: the docs/reimbursement.md section and the source it cites. */
  source: string;
}

const PFS_2025 =
  "docs/reimbursement.md §8.1: CY2025 PFS final rule, CF $32.3465 (acms.org AMA note; Becker's). One CF for all clinicians in 2025.";
const PFS_2026 =
  "docs/reimbursement.md §8.1: CY2026 PFS final rule, two CFs: $33.4009 non-qualifying APM (everyone else), $33.5675 qualifying APM participants (Part B News; hklaw); RVU26C file CONV FACTOR column 33.4009.";
const OPPS_2025 =
  "docs/reimbursement.md §8.4: CY2025 OPPS final rule CF $89.169 (2.9% update; jtaylor; forvismazars); Addendum A rates = weight × 89.169 to the cent.";
const OPPS_2026 =
  "docs/reimbursement.md §8.4: CY2026 OPPS final rule CF $91.415 (2.6% update; forvismazars 2025/12; ASCA).";
const ASC_2025 =
  "docs/reimbursement.md §8.5: CY2025 ASC CF $54.895 (jtaylor; ASCA final-rule page).";
const ASC_2026 =
  "docs/reimbursement.md §8.5: CY2026 ASC CF $56.322 (2.6% update; ASCA; beckersasc).";
const DEDUCTIBLE =
  "docs/reimbursement.md §8.2: CMS Medicare premiums and deductibles fact sheet (totalbenefits.net; mdbenefitscounseling).";
const COINSURANCE =
  "docs/reimbursement.md §8.2: Part B coinsurance 20% of the allowed amount after the deductible (cms.gov DMEPOS payment policies, 80/20).";
const SEQUESTRATION =
  "docs/reimbursement.md §8.3: 2% payment reduction after deductible and coinsurance (First Coast sequestration page; AAPC), CARC 253.";
const OPPS_LABOR =
  "docs/reimbursement.md §8.4: OPPS labor-related share 60%: rate × (0.60 × wage index + 0.40) (welchco ACR instructions).";
const ASC_LABOR =
  "docs/reimbursement.md §8.5: ASC labor-related share 50% [U in docs/reimbursement.md: not verified against the ASC final rule].";
const NTAP =
  "docs/reimbursement.md §5: NTAP add-on = lesser of 65% of the technology cost or 65% of (case cost − MS-DRG payment), since FY2020 (hiacode; nahri; NGS MLN).";
const NTAP_QIDP =
  "docs/reimbursement.md §5: 75% for QIDP/LPAD antimicrobials on the alternative pathway (hiacode NTAP FY2025; NGS MLN).";

function rows(
  year: number,
  entries: ReadonlyArray<[ParameterName, number, Parameter["unit"], Confidence, string]>
): Parameter[] {
  return entries.map(([name, value, unit, confidence, source]) => ({
    name,
    year,
    value,
    unit,
    confidence,
    source,
  }));
}

export const PARAMETERS: readonly Parameter[] = [
  ...rows(2025, [
    ["PFS_CF", 32.3465, "usd-per-rvu", "V", PFS_2025],
    ["PFS_CF_QP", 32.3465, "usd-per-rvu", "V", PFS_2025],
    ["OPPS_CF", 89.169, "usd-per-weight", "V", OPPS_2025],
    ["ASC_CF", 54.895, "usd-per-weight", "V", ASC_2025],
    ["PART_B_DEDUCTIBLE", 257, "usd", "V", DEDUCTIBLE],
    ["PART_A_DEDUCTIBLE", 1676, "usd", "V", DEDUCTIBLE],
    ["COINSURANCE", 0.2, "fraction", "V", COINSURANCE],
    ["SEQUESTRATION", 0.02, "fraction", "V", SEQUESTRATION],
    ["OPPS_LABOR_SHARE", 0.6, "fraction", "V", OPPS_LABOR],
    ["ASC_LABOR_SHARE", 0.5, "fraction", "U", ASC_LABOR],
    ["NTAP_RATE", 0.65, "fraction", "V", NTAP],
    ["NTAP_RATE_QIDP", 0.75, "fraction", "V", NTAP_QIDP],
  ]),
  ...rows(2026, [
    ["PFS_CF", 33.4009, "usd-per-rvu", "V", PFS_2026],
    ["PFS_CF_QP", 33.5675, "usd-per-rvu", "V", PFS_2026],
    ["OPPS_CF", 91.415, "usd-per-weight", "V", OPPS_2026],
    ["ASC_CF", 56.322, "usd-per-weight", "V", ASC_2026],
    ["PART_B_DEDUCTIBLE", 283, "usd", "V", DEDUCTIBLE],
    ["PART_A_DEDUCTIBLE", 1736, "usd", "V", DEDUCTIBLE],
    ["COINSURANCE", 0.2, "fraction", "V", COINSURANCE],
    ["SEQUESTRATION", 0.02, "fraction", "V", SEQUESTRATION],
    ["OPPS_LABOR_SHARE", 0.6, "fraction", "V", OPPS_LABOR],
    ["ASC_LABOR_SHARE", 0.5, "fraction", "U", ASC_LABOR],
    ["NTAP_RATE", 0.65, "fraction", "V", NTAP],
    ["NTAP_RATE_QIDP", 0.75, "fraction", "V", NTAP_QIDP],
  ]),
];

/** Years the table covers, ascending. */
export const PARAMETER_YEARS: readonly number[] = [...new Set(PARAMETERS.map((p) => p.year))].sort(
  (a, b) => a - b
);
export const LATEST_YEAR: number = PARAMETER_YEARS[PARAMETER_YEARS.length - 1];

/** Other spellings users type for a parameter name (matched ignoring case and punctuation). */
const ALIASES: Readonly<Record<string, ParameterName>> = {
  CF: "PFS_CF",
  CONVERSION_FACTOR: "PFS_CF",
  PFS_CF_NON_QP: "PFS_CF",
  PFS_CF_NONQP: "PFS_CF",
  PFS_CF_APM: "PFS_CF_QP",
  OPPS: "OPPS_CF",
  ASC: "ASC_CF",
  DEDUCTIBLE: "PART_B_DEDUCTIBLE",
  PART_B: "PART_B_DEDUCTIBLE",
  PART_A: "PART_A_DEDUCTIBLE",
  COINS: "COINSURANCE",
  SEQUESTER: "SEQUESTRATION",
  NTAP: "NTAP_RATE",
};

// Constant tables, built once when the module loads and never changed afterwards.
const BY_KEY: ReadonlyMap<string, ParameterName> = new Map<string, ParameterName>([
  ...PARAMETER_NAMES.map((name): [string, ParameterName] => [matchKey(name), name]),
  ...Object.entries(ALIASES).map(([alias, name]): [string, ParameterName] => [
    matchKey(alias),
    name,
  ]),
]);

const BY_NAME_YEAR: ReadonlyMap<string, Parameter> = new Map(
  PARAMETERS.map((p): [string, Parameter] => [`${p.name}|${p.year}`, p])
);

const EXACT: ReadonlyMap<string, ParameterName> = new Map<string, ParameterName>(
  PARAMETER_NAMES.map((n) => [n, n])
);

export function matchParameterName(text: string): ParameterName | undefined {
  // Exact canonical names first: REIMB.PARAM recalculates often and is usually typed as listed.
  return EXACT.get(text) ?? BY_KEY.get(matchKey(text));
}

/** The row for a name and year; the latest year when `year` is omitted. */
export function findParameter(name: string, year: number = LATEST_YEAR): Outcome<Parameter> {
  const canonical = matchParameterName(name);
  if (!canonical) {
    return notAvailable("economics.error.unknownParameter", {
      name,
      allowed: PARAMETER_NAMES.join(", "),
    });
  }
  const row = BY_NAME_YEAR.get(`${canonical}|${year}`);
  if (!row) {
    return notAvailable("economics.error.unknownYear", {
      name: canonical,
      year,
      allowed: PARAMETER_YEARS.join(", "),
    });
  }
  return ok(row);
}

/** A figure the table is known to hold (for defaults). Throws only on a programming error. */
export function parameterValue(name: ParameterName, year: number = LATEST_YEAR): number {
  const row = BY_NAME_YEAR.get(`${name}|${year}`);
  if (!row) throw new Error(`parameter table has no ${name} for ${year}`);
  return row.value;
}
