/**
 * The host-neutral half of a CLI write snapshot: given what a reader found (the Products table,
 * each own sheet's table, the cells and formulas read from A1), the `BlockSite`s the write-back
 * plan (src/domain/writeback/plan.ts) takes. Both CLI readers feed it — ExcelJS (./write.ts) and
 * the workbook package (./package/run.ts) — so the plan sees the same snapshot whichever reads.
 */
import type { CellValue } from "../domain/product";
import type { BlockKey } from "../domain/report/record";
import type { BlockSite } from "../domain/writeback";

/** A table a reader found, 0-based inclusive, header row first. */
export interface FoundRect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/** The pathway block's site: beside the user's Products data, read whole from A1. */
export function besideSite(found: {
  sheet: string;
  table: FoundRect;
  tableName?: string;
  isExcelTable: boolean;
  totalsRow: boolean;
  grid: readonly (readonly CellValue[])[];
  formulas?: ReadonlyMap<string, string>;
}): BlockSite {
  return {
    key: "pathway",
    sheet: found.sheet,
    sheetExists: true,
    tableName: found.tableName ?? "",
    table: found.table,
    isExcelTable: found.isExcelTable,
    totalsRow: found.totalsRow,
    anchor: { r: found.table.r0, c: found.table.c0 },
    read: {
      from: { r: 0, c: 0 },
      grid: found.grid,
      ...(found.formulas ? { formulas: found.formulas } : {}),
    },
  };
}

/**
 * An own sheet's site. `table` is its table when found on that very sheet (a table of that name
 * on another sheet is not this block's). Both CLI writers rewrite the sheet in place, as the pane
 * does, so cells outside the table are the user's and are kept.
 */
export function ownSheetSite(found: {
  key: BlockKey;
  sheet: string;
  sheetExists: boolean;
  table?: FoundRect & { isExcelTable: boolean };
  grid?: readonly (readonly CellValue[])[];
  formulas?: ReadonlyMap<string, string>;
}): BlockSite {
  const base: BlockSite = {
    key: found.key,
    sheet: found.sheet,
    sheetExists: found.sheetExists,
    tableName: found.sheet,
    anchor: { r: 0, c: 0 },
  };
  const t = found.table;
  if (!t) return base;
  return {
    ...base,
    table: { r0: t.r0, c0: t.c0, r1: t.r1, c1: t.c1 },
    isExcelTable: t.isExcelTable,
    anchor: { r: t.r0, c: t.c0 },
    read: {
      from: { r: 0, c: 0 },
      grid: found.grid ?? [],
      ...(found.formulas ? { formulas: found.formulas } : {}),
    },
  };
}
