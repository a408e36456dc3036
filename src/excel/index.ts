/**
 * The Excel adapter: the only code that touches `Excel.*`. It turns ranges into grids for the
 * domain and the domain's grids back into ranges; it decides nothing. The task pane calls only the
 * functions exported here.
 *
 * Round trips never depend on the number of rows (read once, write once; payload chunks aside):
 * see `classify.ts` and `batch.ts`. Text is written as text (`cells.ts`).
 */
import type { Locale } from "../i18n/catalogue";
import { REPORT_TABLES } from "../domain/report/types";
import { ReimbError } from "../domain/errors";
import type { HeaderMatch } from "../domain/rows";
import { cellA1, parseQualified, qualified, rows } from "./address";
import {
  discoverProducts,
  existing,
  loadNames,
  locateProducts,
  type ProductsLocation,
} from "./locate";
import { queueUnmergeForTable } from "./merges";
import { queueStarterTables, queueValidation } from "./setup";

export { classifyWorkbook } from "./classify";
export type {
  ClassifyOptions,
  ClassifyOutcome,
  ClassifyProgress,
  OverwriteRequest,
} from "./classify";
export { setAdapterLimits, adapterLimits, DEFAULT_LIMITS, type AdapterLimits } from "./batch";
export { RECORD_SHEET } from "../domain/report/record";

export interface ProductsTableInfo {
  found: boolean;
  sheetName?: string;
  tableName?: string;
  address?: string;
  header?: HeaderMatch;
  dataRowCount: number;
}

/** Workbook setting holding the reference-data vintage the economics were computed with (the Reference data feature). */
export const VINTAGE_SETTING = "reimb.referenceVintage";

function info(location: ProductsLocation | undefined): ProductsTableInfo {
  if (!location) return { found: false, dataRowCount: 0 };
  const dataRows = rows(location.where) - 1;
  const empty = location.kind === "table" && dataRows === 1 && location.firstRowEmpty;
  return {
    found: true,
    sheetName: location.where.sheet,
    tableName: location.kind === "table" ? location.tableName : undefined,
    address: qualified(location.where.sheet, location.where),
    header: location.header,
    dataRowCount: empty ? 0 : dataRows,
  };
}

/** An Excel table named Products, else any table whose headers are recognised, else a header row on the active sheet. */
export async function detectProducts(): Promise<ProductsTableInfo> {
  return Excel.run(async (context) => info(await locateProducts(context)));
}

function freeName(taken: readonly string[], base: string): string {
  const lower = new Set(taken.map((n) => n.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) if (!lower.has(`${base} ${i}`.toLowerCase())) return `${base} ${i}`;
}

/**
 * Insert the Products table (canonical headers, drop-down lists, two example rows) on its own sheet
 * and the Assumptions table on another. An existing Products table is left alone and reported.
 */
export async function insertStarterTables(locale?: Locale): Promise<ProductsTableInfo> {
  return Excel.run(async (context) => {
    const wb = context.workbook;
    // Sync 1: which tables and sheets exist. Nothing is navigated on an object that may not exist.
    const names = await loadNames(context);
    if (existing(names.tables, REPORT_TABLES.products)) return info(await locateProducts(context));
    const hasAssumptions = existing(names.tables, REPORT_TABLES.assumptions) !== undefined;
    const productsSheetName = existing(names.sheets, REPORT_TABLES.products);
    const assumptionsSheetName = hasAssumptions
      ? undefined
      : existing(names.sheets, REPORT_TABLES.assumptions);
    // Sync 2 (only when a sheet of that name exists): is it empty?
    const usedOf = (name: string | undefined): Excel.Range | undefined =>
      name ? wb.worksheets.getItem(name).getUsedRangeOrNullObject(true).load("address") : undefined;
    const productsUsed = usedOf(productsSheetName);
    const assumptionsUsed = usedOf(assumptionsSheetName);
    if (productsUsed || assumptionsUsed) await context.sync();

    const taken = [...names.sheets.values()];
    // Reuse a sheet of the right name only when it is empty: never write over a user's cells.
    const reuseProducts = productsSheetName !== undefined && productsUsed?.isNullObject === true;
    const pName = reuseProducts ? productsSheetName : freeName(taken, REPORT_TABLES.products);
    const pSheet = reuseProducts ? wb.worksheets.getItem(pName) : wb.worksheets.add(pName);
    let aSheet: Excel.Worksheet | undefined;
    let aName: string = REPORT_TABLES.assumptions;
    if (!hasAssumptions) {
      const reuse = assumptionsSheetName !== undefined && assumptionsUsed?.isNullObject === true;
      aName = reuse ? assumptionsSheetName : freeName([...taken, pName], REPORT_TABLES.assumptions);
      aSheet = reuse ? wb.worksheets.getItem(aName) : wb.worksheets.add(aName);
    }
    const inserted = queueStarterTables(pSheet, pName, aSheet, aName, locale);
    await context.sync();
    return {
      found: true,
      sheetName: pName,
      tableName: REPORT_TABLES.products,
      address: qualified(pName, inserted.where),
      header: inserted.header,
      dataRowCount: inserted.dataRows,
    };
  });
}

/** Turn the recognised header row on `sheetName` (and the rows below it) into the Products table. */
export async function adoptHeaderRow(sheetName: string): Promise<ProductsTableInfo> {
  return Excel.run(async (context) => {
    const { location, names } = await discoverProducts(context, { sheetName });
    if (existing(names.tables, REPORT_TABLES.products))
      throw new ReimbError("excel.error.productsExists");
    if (!location || location.kind !== "loose")
      throw new ReimbError("excel.error.noHeaderRow", { sheet: sheetName });
    const sheet = context.workbook.worksheets.getItem(location.where.sheet);
    queueUnmergeForTable(sheet, location.where);
    const table = sheet.tables.add(qualified(location.where.sheet, location.where), true);
    table.name = REPORT_TABLES.products;
    queueValidation(sheet, location.where, location.header);
    await context.sync();
    return info({
      kind: "table",
      tableName: REPORT_TABLES.products,
      where: location.where,
      header: location.header,
      firstRowEmpty: false,
    });
  });
}

/** Select a cell the pane points at (a problem's row and column). */
export async function selectCell(sheetName: string, address: string): Promise<void> {
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    sheet.activate();
    sheet.getRange(address).select();
    await context.sync();
  });
}

export async function readRecordedVintage(): Promise<string | undefined> {
  return Excel.run(async (context) => {
    const setting = context.workbook.settings.getItemOrNullObject(VINTAGE_SETTING).load("value");
    await context.sync();
    if (setting.isNullObject || setting.value === null || setting.value === undefined)
      return undefined;
    return String(setting.value);
  });
}

export async function recordVintage(vintage: string): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.settings.add(VINTAGE_SETTING, vintage);
    await context.sync();
  });
}

export { cellA1, parseQualified };

/**
 * Recalculate every formula in the workbook (ExcelApi 1.1). REIMB.* functions are synchronous and
 * Excel keeps what they returned, so cells computed before the CMS reference data arrived (or with
 * older files) show stale numbers or "not loaded yet" until something recalculates them; custom
 * functions are not dirtied by a data change, hence a full calculation rather than a recalculate.
 * Never throws: a failure leaves the cells as they were and the pane keeps working. Returns
 * whether Excel accepted the request.
 */
export async function recalculateReimbCells(): Promise<boolean> {
  try {
    await Excel.run(async (context) => {
      context.workbook.application.calculate(Excel.CalculationType.full);
      await context.sync();
    });
    return true;
  } catch {
    return false;
  }
}
