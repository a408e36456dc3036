/**
 * Small Excel calls the task pane makes on the user's behalf, each after the user asked for it:
 * write a suggested value into one of their cells, go to a table the add-in updated, and name the
 * cells of an overwrite question by column and product rather than by address.
 */
import { parseQualified, quoteSheetName, type Rect } from "./address";
import { needsQuotePrefix } from "./cells";

export type FixResult = "written" | "changed" | "missing";

/**
 * Writes `value` into one cell, but only if the cell still holds `expected` (what the pane showed
 * the user when they agreed): a value typed meanwhile is never overwritten. Text that Excel would
 * read as a formula or number is written as text (quote prefix), so a cell's text stays text.
 */
export async function writeSuggestedValue(
  sheetName: string,
  address: string,
  expected: string,
  value: string
): Promise<FixResult> {
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    await context.sync();
    if (sheet.isNullObject) return "missing";
    const cell = sheet.getRange(address).load("values");
    await context.sync();
    const now = cell.values[0]?.[0];
    const nowText = now === null || now === undefined ? "" : String(now);
    if (nowText !== expected) return "changed";
    cell.values = [[needsQuotePrefix(value) ? `'${value}` : value]];
    sheet.activate();
    cell.select();
    await context.sync();
    return "written";
  });
}

/** Activates the sheet of an Excel table and selects the table, so the user sees what changed. */
export async function showTable(tableName: string): Promise<boolean> {
  return Excel.run(async (context) => {
    const table = context.workbook.tables.getItemOrNullObject(tableName);
    await context.sync();
    if (table.isNullObject) return false;
    table.worksheet.activate();
    table.getRange().select();
    await context.sync();
    return true;
  });
}

export interface CellContext {
  /** The header of the cell's column in the table that holds it ("" when outside any table). */
  column: string;
  /** The row's Product ID (the table's "Product ID" column, else its first column). */
  productId: string;
}

function inside(rect: Rect, row: number, col: number): boolean {
  return row >= rect.r0 && row <= rect.r1 && col >= rect.c0 && col <= rect.c1;
}

/**
 * For each cell (sheet and A1 address), the column header and Product ID of its table row: the
 * overwrite question then reads "Pathway of P-002" rather than "Products!Q2".
 */
export async function describeCells(
  cells: ReadonlyArray<{ sheetName: string; address: string }>
): Promise<CellContext[]> {
  return Excel.run(async (context) => {
    const tables = context.workbook.tables.load("items/name");
    await context.sync();
    const ranges = tables.items.map((t) => ({
      table: t,
      range: t.getRange().load(["address", "values"]),
    }));
    await context.sync();
    const located = ranges.map((r) => ({
      rect: parseQualified(r.range.address),
      values: r.range.values,
    }));
    return cells.map((cell) => {
      const at = parseQualified(`${quoteSheetName(cell.sheetName)}!${cell.address}`);
      const found = located.find((l) => l.rect.sheet === at.sheet && inside(l.rect, at.r0, at.c0));
      if (!found) return { column: "", productId: "" };
      const header = (found.values[0] ?? []).map((v) => String(v ?? ""));
      const idCol = Math.max(
        0,
        header.findIndex((h) => /^product id$|^产品编号$|^产品 ?id$/i.test(h.trim()))
      );
      const row = found.values[at.r0 - found.rect.r0] ?? [];
      return {
        column: header[at.c0 - found.rect.c0] ?? "",
        productId: at.r0 === found.rect.r0 ? "" : String(row[idCol] ?? ""),
      };
    });
  });
}
