/**
 * Merged cells when the pane turns a header row into the Products table. Excel allows no merged
 * cells in a table, so `tables.add` over them would fail; Excel's own "Format as Table" unmerges
 * them first, keeping each area's value in its top-left cell. The pane does the same. Nothing a
 * user sees as a value changes: a covered cell was already blank (Office.js reads it blank, and the
 * CLI reads it blank through src/domain/sheet/merges.ts), so both hosts read the same grid before
 * and after (docs/sheet-contract.md, "Merged cells").
 */
import type { Rect } from "../domain/sheet/address";
import { rectA1 } from "./address";

/** Queue the unmerge of every merged area in `where` (ExcelApi 1.2; no sync of its own). */
export function queueUnmergeForTable(sheet: Excel.Worksheet, where: Rect): void {
  sheet.getRange(rectA1(where)).unmerge();
}
