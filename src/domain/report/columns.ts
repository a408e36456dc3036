/**
 * The columns the add-in writes: pathway columns beside the input columns of the Products table,
 * and the Evidence and Strategy tables. Header text comes from the catalogue (`report.*`); a header
 * written in any supported locale is recognised on a re-run, so a workbook classified in Chinese can
 * be re-classified in English without its own output being read as input.
 */
import { LOCALES, t, type Locale } from "../../i18n/catalogue";
import { Derived } from "../memo";
import type { CellValue } from "../product";
import { IMPLICATION_KEYS, type ImplicationKey } from "../strategy";

/**
 * Like the sheet contract's matchKey (case, spaces and punctuation ignored) but keeping letters of
 * every script, so Chinese headers are told apart too.
 */
export function headerKey(text: string): string {
  return text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, "");
}

export interface ReportColumn<Id extends string = string> {
  id: Id;
  /** English header (the canonical one; `headerIn(column, locale)` for others). */
  header: string;
  /** Catalogue id of the header text. */
  messageId: string;
}

function columns<Id extends string>(
  prefix: string,
  ids: readonly Id[]
): readonly ReportColumn<Id>[] {
  return ids.map((id) => ({
    id,
    header: t(`${prefix}.${id}`, undefined, "en"),
    messageId: `${prefix}.${id}`,
  }));
}

export const PATHWAY_COLUMN_IDS = [
  "pathway",
  "targetCodeSystem",
  "productCode",
  "serviceCode",
  "bridgeCode",
  "nextGate",
  "gateOwner",
  "laterGates",
  "codedFrom",
  "paidFrom",
  "confidence",
  "benefitCategory",
  "paymentMechanisms",
  "rationale",
  "warnings",
  "inputProblems",
] as const;
export type PathwayColumnId = (typeof PATHWAY_COLUMN_IDS)[number];

/**
 * The item's name comes right after the product; its stable id (what Status, Owner and Notes are
 * carried by) sits just before the user's columns, a key rather than something to read.
 */
export const EVIDENCE_COLUMN_IDS = [
  "productId",
  "product",
  "item",
  "route",
  "audience",
  "gates",
  "why",
  "failure",
  "itemId",
  "status",
  "owner",
  "notes",
] as const;
export type EvidenceColumnId = (typeof EVIDENCE_COLUMN_IDS)[number];

/** Evidence columns that belong to the user: carried over on every re-run, never written by the add-in. */
export const EVIDENCE_USER_COLUMNS: readonly EvidenceColumnId[] = ["status", "owner", "notes"];

export const STRATEGY_BASE_COLUMN_IDS = [
  "productId",
  "product",
  "siteOfCare",
  "pathway",
  "nextGate",
  "gateOwner",
  "laterGates",
  "decisionChain",
] as const;

/** The six plan implications, in the strategy module's order. */
export { IMPLICATION_KEYS, type ImplicationKey };

/** After the implications: the Products sheet's Rationale cell is short and points here. */
export const STRATEGY_TAIL_COLUMN_IDS = ["fullRationale"] as const;

export type StrategyColumnId =
  | (typeof STRATEGY_BASE_COLUMN_IDS)[number]
  | ImplicationKey
  | (typeof STRATEGY_TAIL_COLUMN_IDS)[number];

export const PATHWAY_COLUMNS: readonly ReportColumn<PathwayColumnId>[] = columns(
  "report.col",
  PATHWAY_COLUMN_IDS
);
export const EVIDENCE_COLUMNS: readonly ReportColumn<EvidenceColumnId>[] = columns(
  "report.evidence",
  EVIDENCE_COLUMN_IDS
);
export const STRATEGY_COLUMNS: readonly ReportColumn<StrategyColumnId>[] =
  columns<StrategyColumnId>("report.strategy", [
    ...STRATEGY_BASE_COLUMN_IDS,
    ...IMPLICATION_KEYS,
    ...STRATEGY_TAIL_COLUMN_IDS,
  ]);

export function headerIn(column: ReportColumn, locale: Locale): string {
  return t(column.messageId, undefined, locale);
}

export function headersIn(cols: readonly ReportColumn[], locale: Locale): string[] {
  return cols.map((c) => headerIn(c, locale));
}

/** Header key (any supported locale) → column id, carried by each column list (built on first use). */
const RECOGNISER = new Derived<readonly ReportColumn[], ReadonlyMap<string, string>>(
  "columnRecogniser",
  (cols) => {
    const index = new Map<string, string>();
    for (const locale of LOCALES) {
      for (const c of cols) {
        const key = headerKey(headerIn(c, locale));
        if (key.length > 0 && !index.has(key)) index.set(key, c.id);
      }
    }
    return index;
  }
);

/** The column a header cell names, in any supported locale (matching ignores case and punctuation). */
export function recogniseColumn<Id extends string>(
  cols: readonly ReportColumn<Id>[],
  header: CellValue | undefined
): Id | undefined {
  if (typeof header !== "string") return undefined;
  const key = headerKey(header);
  return key.length === 0 ? undefined : (RECOGNISER.of(cols).get(key) as Id | undefined);
}

/** Where the pathway columns sit in a header row: the grid column index of each one found. */
export function locatePathwayColumns(
  headerRow: readonly CellValue[]
): Partial<Record<PathwayColumnId, number>> {
  const found: Partial<Record<PathwayColumnId, number>> = {};
  headerRow.forEach((cell, index) => {
    const id = recogniseColumn(PATHWAY_COLUMNS, cell);
    if (id !== undefined && found[id] === undefined) found[id] = index;
  });
  return found;
}

/**
 * The first grid column the pathway block should start at: where a previous run put it (the
 * leftmost pathway header found), otherwise one past the last non-empty input header.
 */
export function pathwayBlockStart(headerRow: readonly CellValue[]): number {
  const found = Object.values(locatePathwayColumns(headerRow));
  if (found.length > 0) return Math.min(...found);
  let last = -1;
  headerRow.forEach((cell, index) => {
    if (cell !== null && cell !== undefined && String(cell).trim() !== "") last = index;
  });
  return last + 1;
}
