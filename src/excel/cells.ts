/**
 * Cells between the domain's CellValue and Office.js `values`.
 *
 * Text stays text: Excel parses every string written through `Range.values` as if typed (Office.js
 * reference for Range.values: a value starting with "+", "-" or "=" is interpreted as a formula; numeric,
 * boolean and date-like text is converted). The adapter therefore writes such strings with a
 * leading apostrophe, Excel's quote prefix: the cell stores the text, `values` reads it back without
 * the apostrophe, and nothing is evaluated. It never writes through `Range.formulas`, which drops a
 * leading apostrophe on the way back (office-js#6687).
 */
import type { CellValue } from "../domain/product";

/** What Office.js accepts in a values matrix; `null` means "leave this cell as it is". */
export type ExcelInput = string | number | boolean | null;

// Starts a formula when typed ("=", "+", "-", "@"), or is eaten by Excel (a leading apostrophe).
const FORMULA_START = /^[=+\-@']/;
// Text Excel would turn into a number, date, time, percentage, currency amount or fraction: anything
// that starts (after spaces, brackets or a currency sign) with a digit, ASCII or full-width, or with
// a decimal separator and a digit ("12:30", "1/2", "50%", "$1,200", "1e5", "(3)", ".5", "１２").
// Deliberately wider than Excel's parser: the apostrophe is invisible, so "when in doubt, prefix".
const COERCIBLE =
  /^[\s\p{Sc}(]*[+-]?[\p{Sc}]?\s*([0-9\uFF10-\uFF19]|[.,\uFF0E][0-9\uFF10-\uFF19])/u;
// A month name (any case, abbreviated or not) followed by a digit: "Sep 30", "Jan 2026", "Sept. 30,
// 2026", "Jan-26", "Mon, Sep 30". Also catches words that merely begin like a month ("Decision 2"),
// which costs nothing.
const MONTH_DATE =
  /^\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s,/-]*\d/i;
// Booleans (Excel's English names and those of the common European display languages) and errors.
const BOOLEAN_OR_ERROR =
  /^\s*(true|false|wahr|falsch|vrai|faux|verdadero|falso|vero|waar|onwaar|#[a-z0-9/!?_]+)\s*$/i;

/** True when Excel would not keep `text` as the same text if it were written as is. */
export function needsQuotePrefix(text: string): boolean {
  return (
    FORMULA_START.test(text) ||
    COERCIBLE.test(text) ||
    MONTH_DATE.test(text) ||
    BOOLEAN_OR_ERROR.test(text) ||
    /^\s/.test(text)
  );
}

/** One domain cell as Office.js input. `null` becomes "" so a stale value is cleared, not kept. */
export function toExcel(value: CellValue | undefined): Exclude<ExcelInput, null> {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (typeof value === "boolean") return value;
  return value.length > 0 && needsQuotePrefix(value) ? `'${value}` : value;
}

/** One Office.js value as a domain cell ("" is an empty cell). */
export function fromExcel(value: unknown): CellValue {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string")
    return value;
  return String(value);
}

export function isBlank(value: CellValue | undefined): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

export { fingerprint } from "../domain/report/record";

const encoder = typeof TextEncoder === "function" ? new TextEncoder() : undefined;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Bytes a values row adds to a request: its JSON, counted in UTF-8 (Chinese text is three bytes a
 * character, and the limit is on bytes).
 */
export function jsonSize(row: readonly ExcelInput[]): number {
  const json = JSON.stringify(row);
  if (!NON_ASCII.test(json)) return json.length + 1;
  return (encoder ? encoder.encode(json).length : json.length * 3) + 1;
}
