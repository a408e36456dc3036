/**
 * The CLI's applier of a write plan (src/domain/writeback/plan.ts) with ExcelJS. It knows no block
 * by name: a block on its own sheet is rewritten in place (its cells, then a table over them; cells
 * outside stay, as in the pane and the package writer); a block beside the user's table is written
 * cell by cell and their table is extended over it. The record sheet is replaced.
 *
 * Plans reaching here carry no open question: the CLI refuses (exit 5) or, with --force, answers
 * every question "overwrite" before applying.
 */
import type { CellValue as ExcelCellValue, Table, Workbook, Worksheet } from "exceljs";
import type { CellValue } from "../domain/product";
import { RECORD_SHEET, encodeRecord, type BlockRecord } from "../domain/report/record";
import { argb, type PlannedBlock, type WritePlan } from "../domain/writeback";
import { formulaCell } from "./formulas";
import {
  allTables,
  cellRef,
  formatRef,
  readBox,
  setValue,
  sheetMerges,
  tableModel,
  uniqueHeaders,
} from "./workbook";

/**
 * Above this many data rows wrapping is left out: ExcelJS styles cell by cell, and per-cell
 * wrapping would dominate the write time of a large portfolio (Evidence is ~11 rows a product).
 */
const WRAP_ROW_LIMIT = 5000;

/** Column width when the plan gives none (a column the user added). */
const DEFAULT_WIDTH_CHARS = 18;

const SOLID = (color: string) =>
  ({ type: "pattern", pattern: "solid", fgColor: { argb: argb(color) } }) as const;

export function applyPlan(wb: Workbook, plan: WritePlan): void {
  for (const block of plan.blocks) {
    if (block.placement === "ownSheet") writeOwnSheet(wb, block);
    else writeBeside(wb, block);
  }
  writeRecords(wb, plan.records);
}

function writeRecords(wb: Workbook, blocks: readonly BlockRecord[]): void {
  const old = wb.getWorksheet(RECORD_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(RECORD_SHEET, { state: "veryHidden" });
  for (const row of encodeRecord(blocks)) ws.addRow(row.map((v) => (v === "" ? null : v)));
}

function formulaAt(block: PlannedBlock): Map<string, string> {
  return new Map(block.formulas.map((f) => [`${f.row},${f.col}`, f.formula]));
}

function value(v: CellValue | undefined): CellValue {
  return v === undefined ? null : v;
}

/**
 * A block on a sheet of its own, rewritten in place as the pane and the package writer do: the
 * block's cells (the plan pads them over the old table's extent, so stale cells are cleared) and a
 * table over them; every cell outside that extent, a note the user typed below the table, a
 * validation or a format, stays as it is.
 */
function writeOwnSheet(wb: Workbook, b: PlannedBlock): void {
  // A table of the same name elsewhere would clash (table names are workbook-wide); the old table
  // on this sheet goes too, its cells stay for the plan's grid to overwrite or clear.
  for (const { ws, model } of allTables(wb))
    if (model.name.toLowerCase() === b.tableName.toLowerCase()) ws.removeTable(model.name);
  const f = b.formats;
  const ws =
    wb.getWorksheet(b.sheet) ??
    wb.addWorksheet(b.sheet, {
      views:
        f.freezeRows === undefined ? [] : [{ state: "frozen", ySplit: f.freezeRows, xSplit: 0 }],
    });
  unmergeOver(ws, b);
  const formulas = formulaAt(b);
  b.grid.forEach((values, r) => {
    const row = ws.getRow(b.origin.r + 1 + r);
    values.forEach((v, c) => {
      if (v === undefined) return; // a cell the user answered "keep"
      const cell = row.getCell(b.origin.c + 1 + c);
      // The add-in's cells get the plan's formats afresh (a row's fill moves with its pathway).
      cell.style = {};
      const formula = formulas.get(`${r},${c}`);
      if (formula) cell.value = formulaCell(formula, v);
      else setValue(cell, v);
    });
  });
  for (const x of b.clear)
    ws.getRow(b.origin.r + 1 + x.row).getCell(b.origin.c + 1 + x.col).value = null;
  const height = b.tableAfter.r1 - b.tableAfter.r0 + 1;
  const header = (b.grid[0] ?? []).slice(0, b.headers).map((h) => String(value(h) ?? ""));
  // ExcelJS writes a table's rows into its cells: they are given as the sheet now holds them, so
  // a kept cell and a user's formula stay what they are.
  const rows = b.grid
    .slice(1, height)
    .map((_row, i) =>
      header.map(
        (_h, c): ExcelCellValue => ws.getRow(b.origin.r + 2 + i).getCell(b.origin.c + 1 + c).value
      )
    );
  ws.addTable({
    name: b.tableName,
    ref: cellRef(b.origin.r + 1, b.origin.c + 1),
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleLight9", showRowStripes: true },
    columns: uniqueHeaders(header).map((name) => ({ name, filterButton: true })),
    rows,
  });
  const widths = new Map(f.columns.map((c) => [c.col, c.width.chars]));
  header.forEach((_h, c) => {
    ws.getColumn(b.origin.c + 1 + c).width = widths.get(c) ?? DEFAULT_WIDTH_CHARS;
    if (f.headerBold) ws.getRow(b.origin.r + 1).getCell(b.origin.c + 1 + c).font = { bold: true };
  });
  // Freeze the header unless the user already froze panes their own way.
  const views = (ws.views as typeof ws.views | null) ?? [];
  if (f.freezeRows !== undefined && views.every((v) => v.state !== "frozen"))
    ws.views = [{ state: "frozen", ySplit: f.freezeRows, xSplit: 0 }];
  formatCells(ws, b, rows.length);
}

/** Merged areas over the block's cells are unmerged: a table cannot hold merged cells. */
function unmergeOver(ws: Worksheet, b: PlannedBlock): void {
  const r0 = b.origin.r;
  const c0 = b.origin.c;
  const r1 = r0 + Math.max(b.grid.length, b.tableAfter.r1 - b.tableAfter.r0 + 1) - 1;
  const c1 = c0 + Math.max(0, ...b.grid.map((row) => row.length)) - 1;
  for (const m of sheetMerges(ws))
    if (m.r0 <= r1 && m.r1 >= r0 && m.c0 <= c1 && m.c1 >= c0)
      ws.unMergeCells(m.r0 + 1, m.c0 + 1, m.r1 + 1, m.c1 + 1);
}

/** Wrapping and fills over a block's data rows. */
function formatCells(ws: Worksheet, b: PlannedBlock, dataRows: number): void {
  const wrap = b.formats.columns.filter((c) => c.wrap).map((c) => c.col);
  if (dataRows <= WRAP_ROW_LIMIT)
    for (let r = 1; r <= dataRows; r++) {
      const row = ws.getRow(b.origin.r + 1 + r);
      for (const c of wrap)
        if (b.grid[r]?.[c] !== undefined && b.grid[r]?.[c] !== null)
          row.getCell(b.origin.c + 1 + c).alignment = { wrapText: true, vertical: "top" };
    }
  for (const fill of b.formats.fills)
    if (b.grid[fill.row]?.[fill.col] !== undefined)
      ws.getRow(b.origin.r + 1 + fill.row).getCell(b.origin.c + 1 + fill.col).fill = SOLID(
        fill.color
      );
}

/** A block beside the user's table: written cell by cell, and their table extended over it. */
function writeBeside(wb: Workbook, b: PlannedBlock): void {
  const ws = wb.getWorksheet(b.sheet);
  if (!ws) return;
  const f = b.formats;
  b.grid.forEach((values, r) => {
    const row = ws.getRow(b.origin.r + 1 + r);
    values.forEach((v, c) => {
      if (v !== undefined) setValue(row.getCell(b.origin.c + 1 + c), v);
    });
  });
  for (const x of b.formulas)
    ws.getRow(b.origin.r + 1 + x.row).getCell(b.origin.c + 1 + x.col).value = formulaCell(
      x.formula,
      value(b.grid[x.row]?.[x.col])
    );
  for (const x of b.clear)
    ws.getRow(b.origin.r + 1 + x.row).getCell(b.origin.c + 1 + x.col).value = null;
  const header = ws.getRow(b.origin.r + 1);
  for (const c of f.columns) {
    if (f.headerBold) header.getCell(b.origin.c + 1 + c.col).font = { bold: true };
    if (f.setWidths) ws.getColumn(b.origin.c + 1 + c.col).width = c.width.chars;
  }
  formatCells(ws, b, b.grid.length - 1);
  // Freeze the header unless the user already froze panes their own way (ExcelJS gives null when no views were read).
  const views = (ws.views as typeof ws.views | null) ?? [];
  if (f.freezeRows !== undefined && views.every((v) => v.state !== "frozen"))
    ws.views = [{ state: "frozen", ySplit: f.freezeRows, xSplit: 0 }];
  if (b.isExcelTable) extendTable(wb, ws, b);
}

/** Stretch the user's Excel table to the block's table extent so the block is part of it. */
function extendTable(wb: Workbook, ws: Worksheet, b: PlannedBlock): void {
  const found = allTables(wb).find((x) => x.ws === ws && x.model.name === b.tableName);
  if (!found) return;
  const table: Table = found.table;
  const model = tableModel(table);
  if (model.totalsRow) return; // a totals row would need its own cells moved; leave the table as it is
  const box = {
    top: b.tableAfter.r0 + 1,
    left: b.tableAfter.c0 + 1,
    bottom: b.tableAfter.r1 + 1,
    right: b.tableAfter.c1 + 1,
  };
  const headers = readBox(ws, { ...box, bottom: box.top })[0].map((c) =>
    c === null ? "" : String(c)
  );
  const names = uniqueHeaders(headers);
  // Table column names must equal their header cells; fill any blank header the renaming created.
  names.forEach((name, i) => {
    if (headers[i] !== name) setValue(ws.getRow(box.top).getCell(box.left + i), name);
  });
  const byName = new Map(model.columns.map((c) => [c.name, c]));
  model.columns = names.map((name) => ({ ...(byName.get(name) ?? {}), name, filterButton: true }));
  const ref = formatRef(box);
  model.tableRef = ref;
  model.autoFilterRef = ref;
  if (model.ref !== undefined) model.ref = cellRef(box.top, box.left);
}
