/**
 * Finding the Products table in a workbook: this reads the tables' header rows and the sheets' first
 * rows and lets the write-back policy's `findProducts` choose, the same rule the pane runs.
 */
import type { Workbook, Worksheet, Table } from "exceljs";
import { t, type Locale } from "../i18n/catalogue";
import type { CellValue } from "../domain/product";
import {
  EVIDENCE_COLUMNS,
  STRATEGY_COLUMNS,
  recogniseColumn,
  reportTableTarget,
  type ReportTableId,
  type ReportColumn,
  type TableGrid,
} from "../domain/report";
import { matchKey } from "../domain/vocab";
import {
  HEADER_SCAN_ROWS,
  findProducts,
  productsNotFound,
  type TableFacts,
} from "../domain/writeback";
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
 * The name of one of the add-in's own tables: the one the workbook has (a table, else a sheet, made
 * by a run in any language), else the locale's for a new one.
 */
export function reportNameIn(wb: Workbook, id: ReportTableId, locale: Locale): string {
  const names = [...allTables(wb).map((x) => x.model.name), ...wb.worksheets.map((w) => w.name)];
  return reportTableTarget(id, names, locale).name;
}

export function readEvidence(wb: Workbook): TableGrid | undefined {
  const name = reportNameIn(wb, "evidence", "en");
  return readReportTable(wb, name, EVIDENCE_COLUMNS, ["productId", "itemId"]);
}

export function readStrategy(wb: Workbook): TableGrid | undefined {
  return readReportTable(wb, reportNameIn(wb, "strategy", "en"), STRATEGY_COLUMNS, ["productId"]);
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

/**
 * What a CLI reader (ExcelJS here, the workbook package in ./package/run.ts) gives the Products
 * search: its visible worksheets and the tables on them, each in the reader's own form.
 */
export interface ProductsCandidates<Sheet, Table> {
  /** The workbook's visible worksheets, in tab order (the very hidden record sheet left out). */
  sheets: readonly Sheet[];
  sheetName(sheet: Sheet): string;
  /** The tables on those sheets, in workbook order. */
  tables: readonly Table[];
  facts(table: Table): TableFacts;
  /** A sheet's first `rows` rows from A1. */
  top(sheet: Sheet, rows: number): CellValue[][];
}

/** The Products data a search chose, in the reader's form, or the refusal in the run's language. */
export type ProductsFound<Sheet, Table> =
  | { ok: true; kind: "table"; table: Table }
  | { ok: true; kind: "sheet"; sheet: Sheet; headerRowIndex: number | undefined }
  | { ok: false; message: string };

/**
 * The domain's Products search (`findProducts`: the rule the pane runs) on what a reader found,
 * and its refusal (`productsNotFound`) as the CLI words it. The readers differ only in how they
 * read a table's header and a sheet's top rows, and in the location they build from the answer.
 */
export function searchProducts<Sheet, Table>(
  found: ProductsCandidates<Sheet, Table>,
  file: string,
  sheetName: string | undefined,
  locale: Locale
): ProductsFound<Sheet, Table> {
  const { sheets, tables } = found;
  const candidates =
    sheetName === undefined
      ? sheets
      : sheets.filter((s) => {
          const name = found.sheetName(s);
          return name === sheetName || matchKey(name) === matchKey(sheetName);
        });
  const search = findProducts({
    tables: tables.map((x) => found.facts(x)),
    sheets: candidates.map((s) => ({
      name: found.sheetName(s),
      top: found.top(s, HEADER_SCAN_ROWS),
    })),
    chosenSheet: sheetName,
  });
  if (!search.ok && search.noSheet) {
    return {
      ok: false,
      message: t(
        "cli.classify.error.noSheet",
        { file, sheet: sheetName ?? "", sheets: sheets.map((s) => found.sheetName(s)).join(", ") },
        locale
      ),
    };
  }
  if (search.ok && (search.source.kind === "sheet" || search.source.complete)) {
    const source = search.source;
    const sheet = sheets.find((s) => found.sheetName(s) === source.sheet);
    if (sheet !== undefined && source.kind === "table") {
      const table = tables.find((x) => {
        const facts = found.facts(x);
        return facts.sheet === source.sheet && facts.name === source.name;
      });
      if (table !== undefined) return { ok: true, kind: "table", table };
    } else if (sheet !== undefined && source.kind === "sheet") {
      return { ok: true, kind: "sheet", sheet, headerRowIndex: source.header.headerRowIndex };
    }
  }
  const reason = productsNotFound(search);
  return {
    ok: false,
    message: t(
      "cli.classify.error.products",
      { file, detail: t(reason.id, reason.params, locale) },
      locale
    ),
  };
}

export function locateProducts(
  wb: Workbook,
  file: string,
  sheetName: string | undefined,
  locale: Locale
): LocateResult {
  const sheets = wb.worksheets.filter((ws) => ws.state !== "veryHidden");
  const tables = allTables(wb).filter((x) => sheets.includes(x.ws));
  const found = searchProducts(
    {
      sheets,
      sheetName: (ws) => ws.name,
      tables,
      facts: ({ ws, table }) => {
        const box = tableBox(table);
        return {
          name: tableModel(table).name,
          sheet: ws.name,
          header: readBox(ws, { ...box, bottom: box.top })[0],
        };
      },
      top: (ws, rows) => {
        const box = sheetBox(ws);
        return readBox(ws, { ...box, bottom: Math.min(box.bottom, rows) });
      },
    },
    file,
    sheetName,
    locale
  );
  if (!found.ok) return found;
  if (found.kind === "table")
    return { ok: true, location: fromTable(found.table.ws, found.table.table, found.table.model) };
  const box = sheetBox(found.sheet);
  return {
    ok: true,
    location: {
      ws: found.sheet,
      box,
      grid: readBox(found.sheet, box),
      firstRowNumber: 1,
      headerRowIndex: found.headerRowIndex,
    },
  };
}
