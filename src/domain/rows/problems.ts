/**
 * Row problems: what the engine returns about bad input. They are message references (rendered by
 * each host in the user's locale) plus the facts a host shows next to them: row, column, value,
 * allowed values and the nearest allowed value.
 */
import { render, t, type Locale, type Msg } from "../../i18n/catalogue";
import type { ColumnId } from "./columns";

export interface RowProblem extends Msg {
  /** 1-based sheet row; for sheet-level problems the header row, or 0 when there is none. */
  rowNumber: number;
  column?: ColumnId;
  /** Header text as the user wrote it. */
  columnHeader?: string;
  /** The cell's text as read. */
  value?: string;
  /** Allowed values of an enumerated column. */
  allowed?: readonly string[];
  /** The allowed value nearest to `value` (a suggestion, never applied). */
  nearest?: string;
  severity: "error" | "warning";
}

/**
 * One line a person can act on, e.g.
 * `Row 7, column "Site of care": "ofice" is not a recognised site of care. Allowed: office, … Did you mean "office"?`
 */
export function formatProblem(p: RowProblem, locale: Locale): string {
  // Chinese sentences run on without a space; English ones need one.
  const gap = locale === "zh-CN" ? "" : " ";
  let body = render(p, locale);
  if (p.allowed && p.allowed.length > 0)
    body += gap + t("rows.problem.allowed", { values: p.allowed.join(", ") }, locale);
  if (p.nearest !== undefined)
    body += gap + t("rows.problem.nearest", { nearest: p.nearest }, locale);
  if (p.rowNumber > 0 && p.columnHeader !== undefined) {
    return t(
      "rows.problem.atCell",
      { row: p.rowNumber, column: p.columnHeader, message: body },
      locale
    );
  }
  if (p.rowNumber > 0) return t("rows.problem.atRow", { row: p.rowNumber, message: body }, locale);
  return body;
}

/** Spreadsheet column letters for a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
