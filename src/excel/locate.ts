/**
 * Finding the Products data: the adapter reads the tables' header rows and the sheets' first rows
 * and the write-back policy's `findProducts` chooses (the same rule as the CLI). A bounded number
 * of syncs whatever the workbook's size: only header rows and addresses are loaded here.
 */
import type { CellValue } from "../domain/product";
import { reportNamesOf } from "../domain/report/names";
import { REPORT_TABLES } from "../domain/report/types";
import { bestHeaderCandidate, matchHeaderRow, type HeaderMatch } from "../domain/rows/header";
import { HEADER_SCAN_ROWS, findProducts, type ProductsSearch } from "../domain/writeback";
import { type Rect, type SheetRect, parseQualified } from "./address";
import { fromExcel, isBlank } from "./cells";

export { HEADER_SCAN_ROWS };

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

// The add-in's own tables under their name in any language ("证据清单" as well as "Evidence").
const OWN_TABLES: ReadonlySet<string> = new Set(
  (["evidence", "strategy", "assumptions"] as const).flatMap((id) =>
    reportNamesOf(id).map((n) => n.toLowerCase())
  )
);

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
  /** The policy's choice (or why there is none, for the message). */
  search: ProductsSearch;
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
 * Locate the Products data with the write-back policy's `findProducts` (the rule the CLI runs) in
 * a bounded number of syncs. Sync 1: table and sheet names. Sync 2: the Products table's address,
 * header and first row (or every table's, when there is no table named Products), the used range
 * of each sheet, plus whatever `alongside` queues (the caller's own discovery, knowing which tables
 * and sheets exist). Sync 3, only when no table qualifies: the first rows of each sheet with cells.
 * With `sheetName` (the user's chosen sheet) only that sheet and its tables are looked at.
 */
export async function discoverProducts<T = undefined>(
  context: Excel.RequestContext,
  opts: { sheetName?: string; alongside?: (names: WorkbookNames) => T } = {}
): Promise<Discovery<T>> {
  const wb = context.workbook;
  const tablesLoad = wb.tables.load("items/name");
  const sheetsLoad = wb.worksheets.load("items/name,items/visibility");
  await context.sync();
  const names: WorkbookNames = {
    tables: byLower(tablesLoad.items),
    sheets: byLower(sheetsLoad.items),
  };
  const extra = opts.alongside ? opts.alongside(names) : (undefined as T);

  // Very hidden sheets are not the user's to see, so never their Products (as in the CLI).
  const visible = sheetsLoad.items.filter((s) => s.visibility !== "VeryHidden").map((s) => s.name);
  const chosen = opts.sheetName === undefined ? undefined : existing(names.sheets, opts.sheetName);
  if (opts.sheetName !== undefined && (!chosen || !visible.includes(chosen))) {
    await context.sync();
    return { names, extra, search: { ok: false, noSheet: true, seen: [] } };
  }
  const productsName = existing(names.tables, REPORT_TABLES.products);
  const tables: TableLoads[] = (
    productsName && !chosen ? [productsName] : [...names.tables.values()]
  )
    .filter((n) => !OWN_TABLES.has(n.toLowerCase()))
    .map((n) => loadTable(wb, n));
  const sheetNames = chosen ? [chosen] : visible;
  const used = sheetNames.map((name) => ({
    name,
    sheet: wb.worksheets.getItem(name),
    used: wb.worksheets.getItem(name).getUsedRangeOrNullObject(true).load("address"),
  }));
  await context.sync();

  const tableFacts = tables
    .map((tl) => ({ tl, sheet: parseQualified(tl.range.address).sheet }))
    .filter(({ sheet }) => visible.includes(sheet));
  const facts = tableFacts.map(({ tl, sheet }) => ({
    name: tl.name,
    sheet,
    header: values(tl.header)[0] ?? [],
  }));
  const settle = (search: ProductsSearch, tops?: Map<string, CellValue[][]>): Discovery<T> => {
    if (!search.ok) {
      // No Products data fits, but a header row outside a table names some Products columns: the
      // pane shows it (recognised and missing columns) so the user can complete it; the search
      // stays "not found", so classify is blocked, as the CLI refuses with the same near miss.
      const near = search.near;
      const grid = near ? tops?.get(near.sheet) : undefined;
      const sheetUsed = near ? used.find((u) => u.name === near.sheet) : undefined;
      const header = grid ? bestHeaderCandidate(grid, HEADER_SCAN_ROWS) : undefined;
      if (!near || !grid || !header || !sheetUsed || sheetUsed.used.isNullObject)
        return { names, extra, search };
      // A partial table's header is the table's business (it is adopted as it is), not a loose row.
      if (header.headerRowIndex + 1 !== near.row || facts.some((f) => f.sheet === near.sheet))
        return { names, extra, search };
      const location = looseLocation(grid, header, parseQualified(sheetUsed.used.address));
      return { names, extra, search, location };
    }
    const source = search.source;
    if (source.kind === "table") {
      const found = tableFacts.find(({ tl }) => tl.name === source.name);
      return { names, extra, search, location: found ? tableLocation(found.tl) : undefined };
    }
    const sheetUsed = used.find((u) => u.name === source.sheet);
    const grid = tops?.get(source.sheet);
    if (!sheetUsed || sheetUsed.used.isNullObject || !grid) return { names, extra, search };
    return {
      names,
      extra,
      search,
      location: looseLocation(grid, source.header, parseQualified(sheetUsed.used.address)),
    };
  };
  const byTables = findProducts({ tables: facts, sheets: [], chosenSheet: undefined });
  if (byTables.ok && (!chosen || byTables.source.sheet === chosen)) return settle(byTables);

  // Sync 3: the first rows of every sheet with cells (from A1, so grid row i is sheet row i + 1).
  const tops = used
    .filter((u) => !u.used.isNullObject)
    .map((u) => {
      const rect = parseQualified(u.used.address);
      const height = Math.min(HEADER_SCAN_ROWS, rect.r1 + 1);
      return {
        name: u.name,
        range: u.sheet.getRangeByIndexes(0, 0, height, rect.c1 + 1).load("values"),
      };
    });
  if (tops.length > 0) await context.sync();
  const grids = new Map(tops.map((x) => [x.name, values(x.range)]));
  const search = findProducts({
    tables: facts,
    sheets: sheetNames.map((name) => ({ name, top: grids.get(name) ?? [] })),
    chosenSheet: chosen,
  });
  return settle(search, grids);
}

/** Locate the Products data (see `discoverProducts`). */
export async function locateProducts(
  context: Excel.RequestContext,
  opts: { sheetName?: string } = {}
): Promise<ProductsLocation | undefined> {
  return (await discoverProducts(context, opts)).location;
}

/** The loose table below a header row: from the header to the last used row, across the header. */
function looseLocation(
  grid: CellValue[][],
  header: HeaderMatch,
  usedRect: SheetRect
): ProductsLocation {
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
