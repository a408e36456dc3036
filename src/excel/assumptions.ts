/**
 * The Assumptions table, the pane's side: found by name (the table, else a sheet, in either
 * language) in the sync that locates Products, read with the Products values, handed to the domain
 * as cells (src/domain/assumptions reads the keys, as it does for the CLI).
 */
import type { AssumptionsSource } from "../domain/assumptions";
import { existingReportName } from "../domain/report/names";
import type { CellValue } from "../domain/product";
import { type Rect, type SheetRect, parseQualified } from "./address";
import type { WorkbookNames } from "./locate";

/** Rows read at most: the plan's keys sit near the top of a table of a few settings. */
export const ASSUMPTION_ROWS_READ = 200;

export interface AssumptionsLoad {
  table?: string;
  /** The table's range, or the sheet's used range (read from A1). */
  range: Excel.Range;
}

/** Queue the loads that say where the Assumptions table is (no sync here). */
export function queueAssumptions(
  wb: Excel.Workbook,
  names: WorkbookNames
): AssumptionsLoad | undefined {
  const table = existingReportName("assumptions", [...names.tables.values()]);
  if (table) return { table, range: wb.tables.getItem(table).getRange().load("address") };
  const sheet = existingReportName("assumptions", [...names.sheets.values()]);
  if (sheet)
    return {
      range: wb.worksheets.getItem(sheet).getUsedRangeOrNullObject(true).load("address"),
    };
  return undefined;
}

/** What to read, once the loads are synced; undefined when there is nothing to read. */
export function assumptionsRect(load: AssumptionsLoad | undefined): SheetRect | undefined {
  if (!load || load.range.isNullObject) return undefined;
  const at = parseQualified(load.range.address);
  // A sheet without a table is read from A1, so grid row i is sheet row i + 1.
  const r0 = load.table ? at.r0 : 0;
  const c0 = load.table ? at.c0 : 0;
  const rect: Rect = { r0, c0, r1: Math.min(at.r1, r0 + ASSUMPTION_ROWS_READ - 1), c1: at.c1 };
  return { sheet: at.sheet, ...rect };
}

export function assumptionsSource(
  load: AssumptionsLoad,
  rect: SheetRect,
  grid: CellValue[][]
): AssumptionsSource {
  return {
    sheet: rect.sheet,
    ...(load.table ? { table: load.table } : {}),
    grid,
    top: rect.r0 + 1,
    left: rect.c0 + 1,
  };
}
