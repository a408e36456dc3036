/**
 * Requirement sets. The manifest asks for SharedRuntime 1.1, which every client that has it pairs
 * with ExcelApi 1.8 or later (Excel on Windows from version 2002, Excel 2021, Mac 16.35, the web),
 * so the APIs up to 1.8 the adapter uses are there (getRangeByIndexes and freezePanes 1.7,
 * conditional formats 1.6, data validation 1.8, settings and *OrNullObject 1.4, setting
 * visibility 1.2). Table.resize is ExcelApi 1.13, which the 2020 builds of Microsoft 365 lack:
 * there the adapter re-creates the table over the new range instead (see `queueTableResize`).
 */
import { parseQualified, qualified } from "./address";

/** True when the host supports ExcelApi `version` (assumed when Office cannot say). */
export function supportsExcelApi(version: string): boolean {
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  if (!requirements?.isSetSupported) return true;
  return requirements.isSetSupported("ExcelApi", version);
}

/**
 * Queue a resize of table `name` to `address`, its header and data rows (same header row). With
 * `totalsRow` the table's totals row follows, one row below `address`. Without ExcelApi 1.13 the
 * table is converted to a range (its cells stay; formulas that referred to it by name keep working
 * as cell references) and added again over the new range under the same name; it then takes Excel's
 * default table style, and a totals row is shown again over its old row (Excel's default "Total"
 * row: custom totals are lost).
 */
export function queueTableResize(
  workbook: Excel.Workbook,
  sheet: Excel.Worksheet,
  name: string,
  address: string,
  opts: { totalsRow?: boolean } = {}
): void {
  if (supportsExcelApi("1.13")) {
    const rect = parseQualified(address);
    const whole = opts.totalsRow ? qualified(rect.sheet, { ...rect, r1: rect.r1 + 1 }) : address;
    workbook.tables.getItem(name).resize(whole);
    return;
  }
  workbook.tables.getItem(name).convertToRange();
  // Added over header and data rows only, so an old totals row does not become a product.
  const table = sheet.tables.add(address, true);
  table.name = name;
  if (opts.totalsRow) table.showTotals = true;
}
