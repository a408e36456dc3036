/**
 * What Excel does to tables when a user edits the sheet around them (not through the API):
 *
 * - Typing next to a table (AutoCorrect "Include new rows and columns in table", on by default): a
 *   value typed in the row directly below a table, within its columns, adds that row to the table
 *   (not when it shows a totals row: the row below is then outside it); a value typed in the column
 *   directly right of it, within its header and data rows, adds that column. A new column's header
 *   is what was typed in the header row, or "Column1" (the first "ColumnN" the table does not use)
 *   when the header cell is blank. Nothing grows into another table or merged cells, and clearing a
 *   cell grows nothing. The corner cell (below and right) is next to neither.
 * - Inserting sheet columns: cells, formats, validation, conditional formats, widths, merges, the
 *   AutoFilter and tables right of the insertion point move right; a table the insertion point falls
 *   inside (after its first column) widens, each new column named like a typed blank header above.
 *   Formulas are not rewritten (the model does not evaluate references).
 */
import { type Rect, MAX_COLUMNS, cellAddress, contains, intersects } from "./address";
import { type SheetState, type TableState, type WorkbookState, officeError } from "./state";
import { lastDataRow } from "./table-rules";

/** The first "ColumnN" no header of `t` uses (Excel compares names ignoring case). */
function freshColumnName(sheet: SheetState, t: TableState): string {
  const used = new Set<string>();
  for (let c = t.rect.c0; c <= t.rect.c1; c++)
    used.add(String(sheet.cell(t.rect.r0, c)?.value ?? "").toLowerCase());
  let n = 1;
  while (used.has(`column${n}`)) n++;
  return `Column${n}`;
}

function nameBlankHeaders(
  state: WorkbookState,
  sheet: SheetState,
  t: TableState,
  c0: number,
  c1: number
): void {
  for (let c = c0; c <= c1; c++) {
    const cell = sheet.cell(t.rect.r0, c);
    if (cell !== undefined && cell.value !== "") continue;
    const name = freshColumnName(sheet, t);
    sheet.setCell(t.rect.r0, c, { value: name });
    state.headerFixes.push({
      table: t.name,
      address: `${sheet.name}!${cellAddress(t.rect.r0, c)}`,
      written: "",
      became: name,
    });
  }
}

function blocked(state: WorkbookState, sheet: SheetState, added: Rect, self: TableState): boolean {
  return (
    state.tables.some((o) => o !== self && o.sheetId === sheet.id && intersects(o.rect, added)) ||
    sheet.merges.some((m) => intersects(m, added))
  );
}

/**
 * The table a value typed at (row, col) adds itself to, already grown, or undefined. Call before the
 * value is stored; then `nameGrownColumn` once it is.
 */
export function growForTyping(
  state: WorkbookState,
  sheet: SheetState,
  row: number,
  col: number
): { table: TableState; newColumn?: number } | undefined {
  const onSheet = state.tables.filter((t) => t.sheetId === sheet.id);
  if (onSheet.some((t) => contains(t.rect, row, col))) return undefined;
  for (const t of onSheet) {
    if (!t.showTotals && row === t.rect.r1 + 1 && col >= t.rect.c0 && col <= t.rect.c1) {
      const added = { r0: row, r1: row, c0: t.rect.c0, c1: t.rect.c1 };
      if (blocked(state, sheet, added, t)) continue;
      t.rect = { ...t.rect, r1: row };
      return { table: t };
    }
    if (col === t.rect.c1 + 1 && row >= t.rect.r0 && row <= lastDataRow(t)) {
      const added = { r0: t.rect.r0, r1: t.rect.r1, c0: col, c1: col };
      if (col >= MAX_COLUMNS || blocked(state, sheet, added, t)) continue;
      t.rect = { ...t.rect, c1: col };
      return { table: t, newColumn: col };
    }
  }
  return undefined;
}

/** A column a table grew by gets a name when its header cell is blank. */
export function nameGrownColumn(
  state: WorkbookState,
  sheet: SheetState,
  t: TableState,
  col: number
): void {
  nameBlankHeaders(state, sheet, t, col, col);
}

/** Where a rectangle goes when `count` columns are inserted at `at`: moved, widened or unchanged. */
function shifted(rect: Rect, at: number, count: number): Rect {
  if (rect.c0 >= at) return { ...rect, c0: rect.c0 + count, c1: rect.c1 + count };
  if (rect.c1 >= at) return { ...rect, c1: rect.c1 + count };
  return rect;
}

/** Insert `count` blank sheet columns before column `at` (0-based), as Excel's Insert does. */
export function insertColumns(
  state: WorkbookState,
  sheet: SheetState,
  at: number,
  count: number
): void {
  const lastUsed = sheet.usedRect()?.c1 ?? -1;
  if (lastUsed + count >= MAX_COLUMNS) {
    throw officeError(
      "InvalidOperation",
      "Inserting would push non-empty cells off the worksheet."
    );
  }
  for (const row of sheet.rows) {
    if (row && row.length > at) row.splice(at, 0, ...new Array<undefined>(count).fill(undefined));
  }
  sheet.formats = sheet.formats.map((f) => ({ ...f, rect: shifted(f.rect, at, count) }));
  sheet.conditionalFormats = sheet.conditionalFormats.map((f) => ({
    ...f,
    rect: shifted(f.rect, at, count),
  }));
  sheet.validations = sheet.validations.map((v) => ({ ...v, rect: shifted(v.rect, at, count) }));
  sheet.merges = sheet.merges.map((m) => shifted(m, at, count));
  if (sheet.autoFilter) sheet.autoFilter = shifted(sheet.autoFilter, at, count);
  sheet.columnWidths = new Map(
    [...sheet.columnWidths].map(([c, w]) => [c >= at ? c + count : c, w])
  );
  if (state.selection?.sheetId === sheet.id)
    state.selection = { ...state.selection, rect: shifted(state.selection.rect, at, count) };
  for (const t of state.tables) {
    if (t.sheetId !== sheet.id) continue;
    const widened = t.rect.c0 < at && t.rect.c1 >= at;
    t.rect = shifted(t.rect, at, count);
    if (widened) nameBlankHeaders(state, sheet, t, at, at + count - 1);
  }
}
