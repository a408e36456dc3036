/**
 * Excel's rules for tables, applied to the state whatever wrote it: unique non-empty header text,
 * no overlap between tables, valid names, the totals row not being data.
 */
import { type Rect, cellAddress, intersects } from "./address";
import { itemNotFound } from "./proxy-base";
import type { RangeTarget } from "./range";
import { type SheetState, type TableState, type WorkbookState, officeError } from "./state";

/** The last data row of a table: the totals row, when shown, is not data. */
export function lastDataRow(t: TableState): number {
  return t.showTotals ? t.rect.r1 - 1 : t.rect.r1;
}

export function tableSheet(state: WorkbookState, t: TableState): SheetState {
  const s = state.sheetById(t.sheetId);
  if (!s) throw itemNotFound(`sheet of table ${t.name}`);
  return s;
}

export function validateTableName(name: string): void {
  if (
    // Letters of any script, as Excel allows ("证据清单" is a valid table name).
    !/^[\p{L}_\\][\p{L}\p{N}_.\\]{0,254}$/u.test(name) ||
    /^[A-Za-z]{1,3}[0-9]+$/.test(name) ||
    /^[rc]$/i.test(name)
  ) {
    throw officeError("InvalidArgument", `"${name}" is not a valid table name.`);
  }
}

export function assertNoOtherTable(state: WorkbookState, rect: Rect, self?: TableState): void {
  const sheetId = self?.sheetId;
  for (const other of state.tables) {
    if (other === self) continue;
    if (sheetId !== undefined && other.sheetId !== sheetId) continue;
    if (intersects(other.rect, rect)) {
      throw officeError("InvalidArgument", `The range overlaps table "${other.name}".`);
    }
  }
}

/**
 * Table headers are unique non-empty text: Excel fills a blank header with "ColumnN" and numbers a
 * repeated one ("Name2"), whatever wrote it (a new table, a resize, `values`, `clear`). The cells in
 * `written` (columns; all when omitted) are the ones renamed, the others keep their text, as in
 * Excel where the cell just typed gets the number. Every rename is logged in `state.headerFixes`.
 */
export function ensureHeaders(
  sheet: SheetState,
  rect: Rect,
  log?: { state: WorkbookState; table: string },
  written?: { c0: number; c1: number }
): void {
  const isWritten = (c: number): boolean => !written || (c >= written.c0 && c <= written.c1);
  const text = (c: number): string => {
    const v = sheet.cell(rect.r0, c)?.value;
    return v === undefined || v === "" ? "" : String(v);
  };
  const seen = new Set<string>();
  for (let c = rect.c0; c <= rect.c1; c++)
    if (!isWritten(c) && text(c) !== "") seen.add(text(c).toLowerCase());
  for (let c = rect.c0; c <= rect.c1; c++) {
    const cell = sheet.cell(rect.r0, c);
    const before = text(c);
    if (!isWritten(c) && before !== "") continue;
    let name = before === "" ? `Column${c - rect.c0 + 1}` : before;
    const base = name;
    let n = 2;
    while (seen.has(name.toLowerCase())) name = `${base}${n++}`;
    seen.add(name.toLowerCase());
    if (name !== before && log) {
      log.state.headerFixes.push({
        table: log.table,
        address: `${sheet.name}!${cellAddress(rect.r0, c)}`,
        written: before,
        became: name,
      });
    }
    sheet.setCell(rect.r0, c, {
      ...cell,
      value: name,
      formula: undefined,
      quotePrefix: typeof cell?.value !== "string" || cell?.quotePrefix,
    });
  }
}

/** After a write or clear of `t`: Excel's header rules for every table whose header row it touched. */
export function normaliseTouchedHeaders(state: WorkbookState, t: RangeTarget): void {
  for (const table of state.tables) {
    if (table.sheetId !== t.sheet.id) continue;
    const header = table.rect.r0;
    if (header < t.rect.r0 || header > t.rect.r1) continue;
    const c0 = Math.max(t.rect.c0, table.rect.c0);
    const c1 = Math.min(t.rect.c1, table.rect.c1);
    if (c0 > c1) continue;
    ensureHeaders(t.sheet, table.rect, { state, table: table.name }, { c0, c1 });
  }
}
