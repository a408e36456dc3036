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
  | { kind: "table"; tableName: string; where: SheetRect; header: HeaderMatch; firstRowEmpty: boolean }
  | { kind: "loose"; where: SheetRect; header: HeaderMatch };

const OWN_TABLES: ReadonlySet<string> = new Set(
  [REPORT_TABLES.evidence, REPORT_TABLES.strategy, REPORT_TABLES.assumptions].map((n) => n.toLowerCase()),
);

function score(h: HeaderMatch | undefined): number {
  if (!h) return 0;
  return (REQUIRED_COLUMNS.length - h.missingRequired.length) * 1000 + h.recognised.length;
}

/** A table or row counts as Products data when it names at least one required column and one more. */
function plausible(h: HeaderMatch | undefined): h is HeaderMatch {
  return h !== undefined && h.missingRequired.length < REQUIRED_COLUMNS.length && h.recognised.length >= 2;
}

function values(range: Excel.Range): CellValue[][] {
  return (range.values as unknown[][]).map((row) => row.map(fromExcel));
}

/**
 * Locate the Products data. Sync 1: the Products table (or null), the list of tables and the
 * active sheet's used range; sync 2 (only without a Products table): other tables' header rows
 * and the first rows of the active sheet.
 */
export async function locateProducts(context: Excel.RequestContext, opts: { sheetName?: string } = {}): Promise<ProductsLocation | undefined> {
  const wb = context.workbook;
  const products = wb.tables.getItemOrNullObject(REPORT_TABLES.products);
  const productsRange = products.getRange().load("address");
  const productsHeader = products.getHeaderRowRange().load("values");
  const productsFirst = products.getDataBodyRange().getRow(0).load("values");
  const tables = wb.tables.load("items/name");
  const sheet = opts.sheetName ? wb.worksheets.getItemOrNullObject(opts.sheetName) : wb.worksheets.getActiveWorksheet();
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true).load("address");
  await context.sync();

  if (!opts.sheetName && !products.isNullObject) {
    const header = matchHeaderRow(values(productsHeader), 0);
    return {
      kind: "table",
      tableName: REPORT_TABLES.products,
      where: parseQualified(productsRange.address),
      header,
      firstRowEmpty: values(productsFirst)[0].every(isBlank),
    };
  }

  const others = opts.sheetName
    ? []
    : tables.items.filter((t) => !OWN_TABLES.has(t.name.toLowerCase())).map((t) => ({
        name: t.name,
        range: t.getRange().load("address"),
        header: t.getHeaderRowRange().load("values"),
        first: t.getDataBodyRange().getRow(0).load("values"),
      }));
  let looseTop: Excel.Range | undefined;
  let usedRect: SheetRect | undefined;
  if (!sheet.isNullObject && !used.isNullObject && sheet.name !== RECORD_SHEET) {
    usedRect = parseQualified(used.address);
    const height = Math.min(HEADER_SCAN_ROWS, usedRect.r1 + 1);
    // From A1, so grid row i is sheet row i + 1 and column j is sheet column j.
    looseTop = sheet.getRangeByIndexes(0, 0, height, usedRect.c1 + 1).load("values");
  }
  if (others.length === 0 && !looseTop) return undefined;
  await context.sync();

  let best: ProductsLocation | undefined;
  for (const t of others) {
    const header = matchHeaderRow(values(t.header), 0);
    if (plausible(header) && score(header) > score(best?.header)) {
      best = { kind: "table", tableName: t.name, where: parseQualified(t.range.address), header, firstRowEmpty: values(t.first)[0].every(isBlank) };
    }
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
  const where: Rect = { r0: header.headerRowIndex, c0, r1: Math.max(usedRect.r1, header.headerRowIndex), c1 };
  // Column indexes relative to the loose table's first column, as for a table.
  const relative = matchHeaderRow([headerRow.slice(c0, c1 + 1)], 0);
  return { kind: "loose", where: { sheet: usedRect.sheet, ...where }, header: relative };
}
