/**
 * The names of the sheets and tables the add-in writes, in the user's language, and the recogniser
 * that finds them in either language: a workbook classified in Chinese has a "证据清单" table, and
 * re-running it in English must write into that table, not add an "Evidence" one beside it.
 *
 * A name already in the workbook is kept (`reportTableTarget`): renaming a sheet would break the
 * user's formulas and links that point at it, and a table name is part of every structured reference.
 */
import { LOCALES, t, type Locale } from "../../i18n/catalogue";
import type { BlockKey } from "./record";

/** The tables the add-in creates (Products and Assumptions by "Insert starter tables"). */
export const REPORT_TABLE_IDS = [
  "products",
  "evidence",
  "strategy",
  "roadmap",
  "quarters",
  "economics",
  "assumptions",
] as const;
export type ReportTableId = (typeof REPORT_TABLE_IDS)[number];

/** Sheets the add-in names that hold no table of its own: the shared copy's About sheet. */
export const REPORT_SHEET_IDS = [...REPORT_TABLE_IDS, "about"] as const;
export type ReportSheetId = (typeof REPORT_SHEET_IDS)[number];

function messageId(id: ReportSheetId): string {
  return id === "about" ? "report.sheet.about" : `report.table.${id}`;
}

/** The table a write-back block lives in: the pathway block in Products, the others in their own. */
export function reportTableOfBlock(key: BlockKey): ReportTableId {
  return key === "pathway" ? "products" : key;
}

/** The name of one of the add-in's tables in a locale (the sheet holding it carries the same name). */
export function reportTableName(id: ReportTableId, locale: Locale): string {
  return t(messageId(id), undefined, locale);
}

/** The name of one of the add-in's sheets in a locale. */
export function reportSheetName(id: ReportSheetId, locale: Locale): string {
  return t(messageId(id), undefined, locale);
}

/** Every spelling of a name, one per locale (English first), without repeats. */
export function reportNamesOf(id: ReportSheetId): string[] {
  return [...new Set(LOCALES.map((l) => reportSheetName(id, l)))];
}

/**
 * How Excel compares sheet and table names: case-insensitively (a sheet "evidence" collides with
 * "Evidence"); width variants are folded too (a full-width "Ｅｖｉｄｅｎｃｅ" is the same name typed
 * with a Chinese input method).
 */
function nameKey(name: string): string {
  return name.normalize("NFKC").trim().toLowerCase();
}

/** Which of the add-in's sheets or tables a name is, in any supported language; undefined otherwise. */
export function recogniseReportName(name: string | null | undefined): ReportSheetId | undefined {
  if (typeof name !== "string") return undefined;
  const key = nameKey(name);
  // A handful of names per run: looked up afresh, so the domain keeps no cache of its own.
  return REPORT_SHEET_IDS.find((id) => reportNamesOf(id).some((n) => nameKey(n) === key));
}

/** The workbook's name for one of the add-in's sheets or tables, in any language; undefined if none. */
export function existingReportName(
  id: ReportSheetId,
  existing: readonly string[]
): string | undefined {
  return existing.find((n) => recogniseReportName(n) === id);
}

/**
 * The name to write a table under: the one already in the workbook when a previous run (in any
 * language) created it, otherwise the locale's name. `existing` are the workbook's table names (or
 * sheet names, to pick a sheet).
 */
export function reportTableTarget(
  id: ReportSheetId,
  existing: readonly string[],
  locale: Locale
): { name: string; exists: boolean } {
  const found = existingReportName(id, existing);
  return found !== undefined
    ? { name: found, exists: true }
    : { name: reportSheetName(id, locale), exists: false };
}

/**
 * Excel's rule for a table name (Excel's "Rename an Excel table" help page): 1–255 characters; a
 * letter, underscore or backslash first; then letters, digits, underscores and periods only (no
 * spaces); not "C", "c", "R" or "r"; not a cell reference (A1 or R1C1 style). "Letter" is any
 * script's: Chinese names are valid.
 */
export function isValidTableName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) return false;
  if (/^[CcRr]$/.test(name)) return false;
  if (/^[A-Za-z]{1,3}[0-9]+$/.test(name)) return false; // A1 style
  if (/^[Rr][0-9]*[Cc][0-9]*$/.test(name)) return false; // R1C1 style
  return true;
}

/**
 * Excel's rule for a sheet name: 1–31 characters, none of : \ / ? * [ ], not starting or ending
 * with an apostrophe, and not "History" (reserved by Excel).
 */
export function isValidSheetName(name: string): boolean {
  if (name.length === 0 || name.length > 31) return false;
  if (/[:\\/?*[\]]/.test(name)) return false;
  if (name.startsWith("'") || name.endsWith("'")) return false;
  return name.toLowerCase() !== "history";
}
