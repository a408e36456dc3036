/**
 * Finding the Products data (W1): an Excel table named Products, else any table whose headers the
 * domain recognises, else a header row on the active sheet. A fixed number of syncs whatever the
 * workbook's size: only header rows and addresses are loaded here.
 */
import type { CellValue } from "../domain/product";
import { REPORT_TABLES } from "../domain/report/types";
import { REQUIRED_COLUMNS } from "../domain/rows";
import { bestHeaderCandidate, matchHeaderRow, type HeaderMatch } from "../domain/rows/header";
import { type Rect, type SheetRect, parseQualified } from "./address";
import { fromExcel, isBlank } from "./cells";
import { RECORD_SHEET } from "../domain/report/record";

/** Rows above a loose header that may hold a title or notes (the domain scans the same depth). */
export const HEADER_SCAN_ROWS = 20;

export type ProductsLocation =
  | {
      kind: "table";
      tableName: string;
      /** Header and data rows; a totals row is not part of it (see `totalsRow`). */
      where: SheetRect;
      /** The table shows a totals row, just below `where`: neither read nor written as data. */
      totalsRow?: boolean;
      header: HeaderMatch;
      firstRowEmpty: boolean;
    }
  | { kind: "loose"; where: SheetRect; header: HeaderMatch };

const OWN_TABLES: ReadonlySet<string> = new Set(
  [REPORT_TABLES.evidence, REPORT_TABLES.strategy, REPORT_TABLES.assumptions].map((n) =>
    n.toLowerCase()
  )
);

function score(h: HeaderMatch | undefined): number {
  if (!h) return 0;
  return (REQUIRED_COLUMNS.length - h.missingRequired.length) * 1000 + h.recognised.length;
}

/** A table or row counts as Products data when it names at least one required column and one more. */
function plausible(h: HeaderMatch | undefined): h is HeaderMatch {
  return (
    h !== undefined &&
    h.missingRequired.length < REQUIRED_COLUMNS.length &&
    h.recognised.length >= 2
  );
}

function values(range: Excel.Range): CellValue[][] {
  return (range.values as unknown[][]).map((row) => row.map(fromExcel));
}

/** Names of the workbook's tables and sheets, keyed by lower case (Excel compares names case-insensitively). */
export interface WorkbookNames {
  tables: ReadonlyMap<string, string>;
  sheets: ReadonlyMap<string, string>;
}

/** The actual name of table or sheet `name`, if the workbook has one (case-insensitive). */
export function existing(names: ReadonlyMap<string, string>, name: string): string | undefined {
  return names.get(name.toLowerCase());
}

/**
 * Sync 1 of every discovery: the names of all tables and sheets. Office.js does not document what
 * a method call or property navigation on a null object (`*OrNullObject` that found nothing) does,
 * so the adapter never makes one: it learns what exists here and navigates only into objects that
 * do (`getItem`) in the next sync.
 */
export async function loadNames(context: Excel.RequestContext): Promise<WorkbookNames> {
  const tables = context.workbook.tables.load("items/name");
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  return { tables: byLower(tables.items), sheets: byLower(sheets.items) };
}

function byLower(items: readonly { name: string }[]): Map<string, string> {
  return new Map(items.map((i) => [i.name.toLowerCase(), i.name]));
}

export interface Discovery<T> {
  location?: ProductsLocation;
  names: WorkbookNames;
  /** What `alongside` queued, loaded in the same sync as the Products table. */
  extra: T;
}

interface TableLoads {
  name: string;
  table: Excel.Table;
  range: Excel.Range;
  header: Excel.Range;
  first: Excel.Range;
}

function loadTable(wb: Excel.Workbook, name: string): TableLoads {
  const table = wb.tables.getItem(name).load("showTotals");
  return {
    name,
    table,
    range: table.getRange().load("address"),
    header: table.getHeaderRowRange().load("values"),
    first: table.getDataBodyRange().getRow(0).load("values"),
  };
}

/** The table's header and data rows, without its totals row (Excel's SUBTOTALs are not products). */
function tableLocation(t: TableLoads): Extract<ProductsLocation, { kind: "table" }> {
  const whole = parseQualified(t.range.address);
  const totalsRow = t.table.showTotals === true && whole.r1 > whole.r0 + 1;
  return {
    kind: "table",
    tableName: t.name,
    where: totalsRow ? { ...whole, r1: whole.r1 - 1 } : whole,
    ...(totalsRow ? { totalsRow } : {}),
    header: matchHeaderRow(values(t.header), 0),
    firstRowEmpty: values(t.first)[0].every(isBlank),
  };
}

/**
 * Locate the Products data in a fixed number of syncs. Sync 1: table and sheet names (as
 * `loadNames`) and the active sheet's used range. Sync 2: the Products table's address, header and first
 * row, or else the header rows of the other tables and the first rows of the sheet, plus whatever
 * `alongside` queues (the caller's own discovery, knowing which tables and sheets exist). With
 * `sheetName` (adopting a loose header row) one more sync reads that sheet's first rows.
 */
export async function discoverProducts<T = undefined>(
  context: Excel.RequestContext,
  opts: { sheetName?: string; alongside?: (names: WorkbookNames) => T } = {}
): Promise<Discovery<T>> {
  const wb = context.workbook;
  const tablesLoad = wb.tables.load("items/name");
  const sheetsLoad = wb.worksheets.load("items/name");
  // The active sheet always exists: its used range (a null object when the sheet is empty) may be
  // loaded in the same sync.
  const active = opts.sheetName ? undefined : wb.worksheets.getActiveWorksheet().load("name");
  const activeUsed = active?.getUsedRangeOrNullObject(true).load("address");
  await context.sync();
  const names: WorkbookNames = {
    tables: byLower(tablesLoad.items),
    sheets: byLower(sheetsLoad.items),
  };

  const productsName = existing(names.tables, REPORT_TABLES.products);
  const extra = opts.alongside ? opts.alongside(names) : (undefined as T);
  if (!opts.sheetName && productsName) {
    const products = loadTable(wb, productsName);
    await context.sync();
    return { names, extra, location: tableLocation(products) };
  }

  const others: TableLoads[] = opts.sheetName
    ? []
    : [...names.tables.values()]
        .filter((n) => !OWN_TABLES.has(n.toLowerCase()))
        .map((n) => loadTable(wb, n));
  let looseSheet: Excel.Worksheet | undefined;
  let usedAddress: string | undefined;
  if (opts.sheetName) {
    const sheetName = existing(names.sheets, opts.sheetName);
    if (sheetName && sheetName !== RECORD_SHEET) {
      looseSheet = wb.worksheets.getItem(sheetName);
      const used = looseSheet.getUsedRangeOrNullObject(true).load("address");
      // The sheet exists (sync 1 said so); its used range is known only after this sync.
      await context.sync();
      if (!used.isNullObject) usedAddress = used.address;
    }
  } else if (active && activeUsed && active.name !== RECORD_SHEET && !activeUsed.isNullObject) {
    looseSheet = active;
    usedAddress = activeUsed.address;
  }
  let looseTop: Excel.Range | undefined;
  let usedRect: SheetRect | undefined;
  if (looseSheet && usedAddress) {
    usedRect = parseQualified(usedAddress);
    const height = Math.min(HEADER_SCAN_ROWS, usedRect.r1 + 1);
    // From A1, so grid row i is sheet row i + 1 and column j is sheet column j.
    looseTop = looseSheet.getRangeByIndexes(0, 0, height, usedRect.c1 + 1).load("values");
  }
  if (others.length === 0 && !looseTop && !opts.alongside) return { names, extra };
  await context.sync();
  return { names, extra, location: pick(others, looseTop, usedRect) };
}

/** Locate the Products data (see `discoverProducts`). */
export async function locateProducts(
  context: Excel.RequestContext,
  opts: { sheetName?: string } = {}
): Promise<ProductsLocation | undefined> {
  return (await discoverProducts(context, opts)).location;
}

function pick(
  others: readonly TableLoads[],
  looseTop: Excel.Range | undefined,
  usedRect: SheetRect | undefined
): ProductsLocation | undefined {
  let best: ProductsLocation | undefined;
  for (const t of others) {
    const header = matchHeaderRow(values(t.header), 0);
    if (plausible(header) && score(header) > score(best?.header)) best = tableLocation(t);
  }
  if (best) return best;
  if (!looseTop || !usedRect) return undefined;
  const grid = values(looseTop);
  const header = bestHeaderCandidate(grid, HEADER_SCAN_ROWS);
  if (!plausible(header)) return undefined;
  // The loose table: from the header row to the last used row, across the header's extent.
  const headerRow = grid[header.headerRowIndex];
  let c0 = headerRow.findIndex((v) => !isBlank(v));
  let c1 = headerRow.length - 1;
  while (c1 > c0 && isBlank(headerRow[c1])) c1--;
  if (c0 < 0) c0 = 0;
  const where: Rect = {
    r0: header.headerRowIndex,
    c0,
    r1: Math.max(usedRect.r1, header.headerRowIndex),
    c1,
  };
  // Column indexes relative to the loose table's first column, as for a table.
  const relative = matchHeaderRow([headerRow.slice(c0, c1 + 1)], 0);
  return { kind: "loose", where: { sheet: usedRect.sheet, ...where }, header: relative };
}
