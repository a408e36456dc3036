/**
 * Finding the Products table in a workbook: an Excel table named Products, else the first sheet
 * (or the `--sheet` one) with a row naming every required column. When there is none, the message
 * lists what was seen and what is required.
 */
import type { Workbook, Worksheet, Table } from "exceljs";
import { t, type Locale } from "../i18n/catalogue";
import type { CellValue } from "../domain/product";
import {
  EVIDENCE_COLUMNS,
  REPORT_TABLES,
  STRATEGY_COLUMNS,
  recogniseColumn,
  type ReportColumn,
  type TableGrid,
} from "../domain/report";
import { COLUMN_BY_ID, REQUIRED_COLUMNS, findHeader, parseProductRows } from "../domain/rows";
import { matchKey } from "../domain/vocab";
import { strayCells as findStrayCells } from "../domain/writeback";
import {
  allTables,
  readBox,
  sheetBox,
  tableBox,
  tableModel,
  type LoadedTableModel,
  type RangeBox,
} from "./workbook";

export interface ProductsLocation {
  ws: Worksheet;
  /** The Excel table holding the products, when there is one (extended to cover the pathway columns). */
  table?: Table;
  /** The grid read (sheet coordinates: `box`). */
  box: RangeBox;
  grid: CellValue[][];
  firstRowNumber: number;
  headerRowIndex?: number;
}

export type LocateResult =
  { ok: true; location: ProductsLocation } | { ok: false; message: string };

function requiredList(): string {
  return REQUIRED_COLUMNS.map((id) => COLUMN_BY_ID[id].header).join(", ");
}

function nonEmpty(row: readonly CellValue[] | undefined): string[] {
  return (row ?? [])
    .filter((c) => c !== null && String(c).trim() !== "")
    .map((c) => String(c).trim());
}

/**
 * One of the add-in's own tables as it is now (for carrying over what the user typed): the Excel
 * table of that name, else the sheet of that name from its header row (the first row naming all of
 * `keys`; a user may add a title above).
 */
export interface ReportTableSpot {
  ws: Worksheet;
  /** The header row's first cell (1-based sheet coordinates). */
  top: number;
  left: number;
  /** Where the table or the sheet's used range ends. */
  bottom: number;
  right: number;
  /** Whether an Excel table of that name holds it (otherwise it was found by its header row). */
  isTable: boolean;
  grid: TableGrid;
}

/**
 * Where one of the add-in's own tables is now: the Excel table of that name, else the sheet of that
 * name from its header row (the first row naming all of `keys`; a user may add a title above).
 */
export function findReportTable<Id extends string>(
  wb: Workbook,
  name: string,
  columns: readonly ReportColumn<Id>[],
  keys: readonly Id[]
): ReportTableSpot | undefined {
  const named = allTables(wb).find((x) => matchKey(x.model.name) === matchKey(name));
  let ws: Worksheet | undefined;
  let box: RangeBox | undefined;
  if (named) {
    ws = named.ws;
    box = tableBox(named.table);
  } else {
    ws = wb.getWorksheet(name);
    if (!ws) return undefined;
    box = sheetBox(ws);
  }
  const grid = readBox(ws, box);
  const headerAt = grid.findIndex(
    (row, i) => i < 20 && keys.every((k) => row.some((c) => recogniseColumn(columns, c) === k))
  );
  if (headerAt < 0) return undefined;
  return {
    ws,
    top: box.top + headerAt,
    left: box.left,
    bottom: box.bottom,
    right: box.right,
    isTable: named !== undefined,
    grid: {
      headers: grid[headerAt].map((c) => (c === null ? "" : String(c))),
      rows: grid.slice(headerAt + 1),
    },
  };
}

/** One of the add-in's own tables as it is now (for carrying over what the user typed). */
export function readReportTable<Id extends string>(
  wb: Workbook,
  name: string,
  columns: readonly ReportColumn<Id>[],
  keys: readonly Id[]
): TableGrid | undefined {
  return findReportTable(wb, name, columns, keys)?.grid;
}

/**
 * Cells on one of the add-in's sheets that replacing the sheet would lose: anything outside its
 * table (or, without a table, outside the header's columns and the rows from the header down).
 */
export function strayCells<Id extends string>(
  wb: Workbook,
  name: string,
  columns: readonly ReportColumn<Id>[],
  keys: readonly Id[]
): { address: string; value: CellValue }[] {
  const ws = wb.getWorksheet(name);
  if (!ws) return [];
  const named = (ws.getTables() as unknown as Table[]).find(
    (tb) => matchKey(tableModel(tb).name) === matchKey(name)
  );
  const all = readBox(ws, sheetBox(ws));
  let inside: (r: number, c: number) => boolean;
  if (named) {
    const b = tableBox(named);
    inside = (r, c) => r >= b.top && r <= b.bottom && c >= b.left && c <= b.right;
  } else {
    const headerAt = all.findIndex(
      (row, i) => i < 20 && keys.every((k) => row.some((c) => recogniseColumn(columns, c) === k))
    );
    if (headerAt < 0) inside = () => false;
    else {
      const headed = new Set(
        all[headerAt].map((c, i) => (c !== null && String(c).trim() !== "" ? i + 1 : -1))
      );
      inside = (r, c) => r >= headerAt + 1 && headed.has(c);
    }
  }
  return findStrayCells(all, (r, c) => inside(r + 1, c + 1));
}

export function readEvidence(wb: Workbook): TableGrid | undefined {
  return readReportTable(wb, REPORT_TABLES.evidence, EVIDENCE_COLUMNS, ["productId", "itemId"]);
}

export function readStrategy(wb: Workbook): TableGrid | undefined {
  return readReportTable(wb, REPORT_TABLES.strategy, STRATEGY_COLUMNS, ["productId"]);
}

function fromTable(ws: Worksheet, table: Table, model: LoadedTableModel): ProductsLocation {
  const box = tableBox(table);
  return {
    ws,
    table,
    box,
    grid: readBox(ws, box),
    firstRowNumber: box.top,
    headerRowIndex: model.headerRow === false ? undefined : 0,
  };
}

export function locateProducts(
  wb: Workbook,
  file: string,
  sheetName: string | undefined,
  locale: Locale
): LocateResult {
  const sheets = wb.worksheets.filter((ws) => ws.state !== "veryHidden");
  let candidates: Worksheet[] = sheets;
  if (sheetName !== undefined) {
    const ws =
      wb.getWorksheet(sheetName) ?? sheets.find((s) => matchKey(s.name) === matchKey(sheetName));
    if (!ws) {
      return {
        ok: false,
        message: t(
          "cli.classify.error.noSheet",
          { file, sheet: sheetName, sheets: sheets.map((s) => s.name).join(", ") },
          locale
        ),
      };
    }
    candidates = [ws];
  }

  // 1. An Excel table named Products.
  for (const { ws, table, model } of allTables(wb)) {
    if (!candidates.includes(ws)) continue;
    if (matchKey(model.name) === matchKey(REPORT_TABLES.products)) {
      const location = fromTable(ws, table, model);
      const parsed = parseProductRows(location.grid, {
        headerRowIndex: 0,
        firstRowNumber: location.firstRowNumber,
      });
      if (parsed.header && parsed.header.missingRequired.length === 0)
        return { ok: true, location };
    }
  }

  // 2. The first sheet with a header row naming every required column (a table there is adopted).
  let best: { ws: Worksheet; row: number; seen: string[]; score: number } | undefined;
  for (const ws of candidates) {
    if (ws.name === REPORT_TABLES.evidence || ws.name === REPORT_TABLES.strategy) continue;
    const box = sheetBox(ws);
    const grid = readBox(ws, { ...box, bottom: Math.min(box.bottom, 40) });
    const header = findHeader(grid);
    if (header) {
      const fullGrid = readBox(ws, box);
      const table = (ws.getTables() as unknown as Table[]).find((tb) => {
        const b = tableBox(tb);
        return b.top === header.headerRowIndex + 1;
      });
      if (table) return { ok: true, location: fromTable(ws, table, tableModel(table)) };
      return {
        ok: true,
        location: {
          ws,
          box,
          grid: fullGrid,
          firstRowNumber: 1,
          headerRowIndex: header.headerRowIndex,
        },
      };
    }
    const candidate = parseProductRows(grid).header;
    if (candidate) {
      const score = candidate.recognised.length;
      if (!best || score > best.score) {
        best = {
          ws,
          row: candidate.headerRowIndex + 1,
          seen: nonEmpty(grid[candidate.headerRowIndex]),
          score,
        };
      }
    }
  }
  if (best) {
    return {
      ok: false,
      message: t(
        "cli.classify.error.noTable",
        {
          file,
          required: requiredList(),
          sheet: best.ws.name,
          row: best.row,
          seen: best.seen.join(", ") || "-",
        },
        locale
      ),
    };
  }
  // Nothing names a Products column: show the first non-empty row of the first sheet looked at.
  let seen: string[] = [];
  for (const ws of candidates) {
    const grid = readBox(ws, { ...sheetBox(ws), bottom: Math.min(sheetBox(ws).bottom, 20) });
    const first = grid.find((row) => nonEmpty(row).length > 0);
    if (first) {
      seen = nonEmpty(first);
      break;
    }
  }
  return {
    ok: false,
    message: t(
      "cli.classify.error.noTableNoHeaders",
      { file, required: requiredList(), seen: seen.join(", ") || "-" },
      locale
    ),
  };
}
