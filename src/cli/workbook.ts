/**
 * ExcelJS ↔ grids for the CLI: read a sheet or table as plain cell values, write TableGrids back as
 * values. Text is always written as a plain string (never `{ formula }`), so a product called
 * "=HYPERLINK(…)" stays text; only a formula the user put in their own column is written back as a
 * formula (`override`, see formulas.ts).
 */
import type { Cell, CellValue as ExcelCellValue, Table, Workbook, Worksheet } from "exceljs";
import type { CellValue } from "../domain/product";
import { type Rect, cellA1, parseA1, rectA1 } from "../domain/sheet/address";
import { blankCoveredCells, mergesWithin } from "../domain/sheet/merges";
import { capCell } from "../domain/writeback/cells";

/** ExcelJS's loaded-table model (what it parsed from the file; not in its typings). */
export interface LoadedTableModel {
  name: string;
  displayName?: string;
  tableRef?: string;
  ref?: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: { name: string; filterButton?: boolean }[];
}

export interface RangeBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** One ExcelJS cell value as the domain sees cells: text, number, boolean or empty. */
export function plainValue(value: ExcelCellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return value;
  if (value instanceof Date) return isoDate(value);
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText))
      return value.richText.map((r) => r.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null) return null;
      if (typeof result === "object" && result !== null && "error" in result)
        return String((result as { error: unknown }).error);
      return plainValue(result as ExcelCellValue);
    }
    if ("hyperlink" in value) return plainValue((value as { text?: ExcelCellValue }).text ?? null);
    if ("error" in value) return String((value as { error: unknown }).error);
  }
  return String(value);
}

/**
 * The sheet's merged areas (0-based). ExcelJS indexes them by top-left address in `_merges`, 1-based
 * boxes it parsed from the file; the typings expose only `hasMerges`, and `ws.model` would rebuild
 * the whole sheet's model to list them.
 */
export function sheetMerges(ws: Worksheet): Rect[] {
  if (!ws.hasMerges) return [];
  const merges = (
    ws as unknown as {
      _merges: Record<
        string,
        { top: number; left: number; bottom: number; right: number } | undefined
      >;
    }
  )._merges;
  const out: Rect[] = [];
  for (const m of Object.values(merges)) {
    if (m) out.push({ r0: m.top - 1, c0: m.left - 1, r1: m.bottom - 1, c1: m.right - 1 });
  }
  return out;
}

/**
 * Cells of `box` (1-based, inclusive) as a grid, as Excel shows them: ExcelJS repeats a merged
 * area's value in every cell it covers, Excel keeps it in the top-left cell only (the one merge rule
 * of `domain/sheet/merges`).
 */
export function readBox(ws: Worksheet, box: RangeBox): CellValue[][] {
  const grid = readCells(ws, box);
  const merges = mergesWithin(sheetMerges(ws), {
    r0: box.top - 1,
    c0: box.left - 1,
    r1: box.bottom - 1,
    c1: box.right - 1,
  });
  if (merges.length === 0) return grid;
  return blankCoveredCells(grid, merges, null, { row: box.top - 1, col: box.left - 1 });
}

function readCells(ws: Worksheet, box: RangeBox): CellValue[][] {
  const grid: CellValue[][] = [];
  for (let r = box.top; r <= box.bottom; r++) {
    const row = ws.getRow(r);
    const line: CellValue[] = new Array<CellValue>(box.right - box.left + 1).fill(null);
    if (row.cellCount > 0) {
      for (let c = box.left; c <= box.right; c++)
        line[c - box.left] = plainValue(row.getCell(c).value);
    }
    grid.push(line);
  }
  return grid;
}

/** The used part of a sheet from A1. */
export function sheetBox(ws: Worksheet): RangeBox {
  return { top: 1, left: 1, bottom: Math.max(ws.rowCount, 1), right: Math.max(ws.columnCount, 1) };
}

/** A box (1-based, ExcelJS's numbering) from an A1 range. */
export function parseRef(ref: string): RangeBox {
  const r = parseA1(ref);
  return { top: r.r0 + 1, left: r.c0 + 1, bottom: r.r1 + 1, right: r.c1 + 1 };
}

/** The A1 range of a box (1-based). */
export function formatRef(box: RangeBox): string {
  return rectA1({ r0: box.top - 1, c0: box.left - 1, r1: box.bottom - 1, c1: box.right - 1 });
}

/** A1 name of a cell in ExcelJS's 1-based numbering. */
export function cellRef(row: number, column: number): string {
  return cellA1(row - 1, column - 1);
}

export function tableModel(table: Table): LoadedTableModel {
  // ExcelJS keeps a loaded table's parsed XML model on `.table`; its typings do not expose it.
  return (table as unknown as { table: LoadedTableModel }).table;
}

export function tableBox(table: Table): RangeBox {
  const model = tableModel(table);
  return parseRef(model.tableRef ?? model.ref ?? "A1");
}

/** Every table in the workbook with its sheet. */
export function allTables(
  wb: Workbook
): { ws: Worksheet; table: Table; model: LoadedTableModel }[] {
  const out: { ws: Worksheet; table: Table; model: LoadedTableModel }[] = [];
  for (const ws of wb.worksheets) {
    for (const table of ws.getTables() as unknown as Table[]) {
      // getTables() is typed as [Table, void][] in exceljs 4.4 but returns Table[].
      out.push({ ws, table, model: tableModel(table) });
    }
  }
  return out;
}

/**
 * Write one value as a value: strings stay strings whatever they start with, cut at Excel's cell
 * limit by the write-back policy.
 */
export function setValue(cell: Cell, value: CellValue): void {
  cell.value = value === null ? null : capCell(value);
}

export interface WriteTableOptions {
  name: string;
  /** 0-based column indexes whose text wraps (long prose). */
  wrap?: ReadonlySet<number>;
  widths?: readonly number[];
  /** Fill colour (ARGB) for a row, e.g. by pathway. */
  rowFill?: (row: readonly CellValue[]) => string | undefined;
  fillColumn?: number;
  /**
   * A value to write instead of a cell's plain value (a user's own formula carried over), by data
   * row index and column; undefined writes the value as a value.
   */
  override?: (row: number, col: number) => ExcelCellValue | undefined;
}

/** Table column names must be unique and non-empty. */
export function uniqueHeaders(headers: readonly string[]): string[] {
  const seen = new Set<string>();
  return headers.map((h, i) => {
    let name = h.trim() || `Column${i + 1}`;
    let n = 2;
    while (seen.has(name.toLowerCase())) name = `${h.trim() || "Column"} ${n++}`;
    seen.add(name.toLowerCase());
    return name;
  });
}
