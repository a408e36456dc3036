/**
 * `domain/rows`: read the Products sheet (docs/features.md#sheet-contract). Finds the header row (or the
 * Excel table's header), matches headers and values through aliases ignoring case and punctuation,
 * and returns typed ProductRows plus per-row problems naming row, column, value and allowed values.
 */
export {
  PRODUCT_COLUMNS,
  REQUIRED_COLUMNS,
  COLUMN_BY_ID,
  INFORMATIONAL_COLUMNS,
  columnForHeader,
} from "./columns";
export type { ColumnId, ColumnKind, ColumnSpec } from "./columns";
export { findHeader, DEFAULT_MAX_SCAN_ROWS } from "./header";
export type { HeaderMatch } from "./header";
export { parseProductRows } from "./parse";
export type { ParseOptions, ParseResult } from "./parse";
export { formatProblem, columnLetter } from "./problems";
export type { RowProblem } from "./problems";
export { excelSerialToIso, textToIsoDate } from "./dates";
