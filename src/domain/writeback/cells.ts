/**
 * Limits of a written cell, decided once for both hosts. Excel keeps at most 32,767 characters in a
 * cell ("Excel specifications and limits": total number of characters that a cell can contain);
 * a longer value makes Excel repair the file and cut it silently. Both hosts therefore write at most
 * that many characters, the last one an ellipsis, so a reader sees the text was cut; the CLI's
 * --json output keeps the full text.
 */
import type { CellValue } from "../product";

export const EXCEL_MAX_CELL_CHARS = 32767;
export const ELLIPSIS = "\u2026";

/** The value as it is written into a cell: text over Excel's limit is cut, ending in an ellipsis. */
export function capCell(value: CellValue): CellValue {
  if (typeof value !== "string" || value.length <= EXCEL_MAX_CELL_CHARS) return value;
  let cut = EXCEL_MAX_CELL_CHARS - 1;
  // Never split a surrogate pair: half a character would be an invalid string in the file.
  const code = value.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return value.slice(0, cut) + ELLIPSIS;
}

/** True when `capCell` would change the value. */
export function isOverLimit(value: CellValue | undefined): boolean {
  return typeof value === "string" && value.length > EXCEL_MAX_CELL_CHARS;
}
