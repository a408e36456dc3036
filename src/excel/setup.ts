/**
 * Start: insert the starter tables or adopt a recognised header row. The Products table gets the
 * canonical headers (PRODUCT_COLUMNS), a drop-down list for every enumerated column (a warning,
 * not a stop: aliases users type are still accepted by the engine) and two example rows.
 */
import { t, type Locale } from "../i18n/catalogue";
import type { CellValue } from "../domain/product";
import { REPORT_TABLES } from "../domain/report/types";
import { ASSUMPTION_KEYS, keyName } from "../domain/assumptions";
import { PRODUCT_COLUMNS, type ColumnId } from "../domain/rows";
import { matchHeaderRow, type HeaderMatch } from "../domain/rows/header";
import { type Rect, type SheetRect, qualified, rectA1, rows } from "./address";
import { toExcel } from "./cells";

/** Days from Excel's epoch (1899-12-30) to an ISO date: dates go in as dates, not text. */
function serial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** Two example rows that exercise two different pathways. Values are the canonical vocabulary. */
export function exampleRows(locale?: Locale): Record<ColumnId, CellValue>[] {
  return [
    {
      productId: "EX-001",
      product: t("excel.example.rpm.product", undefined, locale),
      productType: "remote monitoring",
      siteOfCare: "home",
      description: t("excel.example.rpm.description", undefined, locale),
      performedBy: "clinical staff",
      fdaStatus: "510(k) cleared",
      fdaDecisionDate: serial("2024-03-15"),
      breakthrough: "no",
      candidateCodes: "99454, 99457",
      codeFit: "describes",
      benefitCategory: "physician service",
      implanted: "no",
      durableHomeUse: "no",
      deviceCost: 1200,
      annualVolume: 500,
    },
    {
      productId: "EX-002",
      product: t("excel.example.novel.product", undefined, locale),
      productType: "procedure device",
      siteOfCare: "hospital outpatient",
      description: t("excel.example.novel.description", undefined, locale),
      performedBy: "physician",
      fdaStatus: "De Novo granted",
      fdaDecisionDate: serial("2025-01-10"),
      breakthrough: "yes",
      candidateCodes: null,
      codeFit: "does not",
      benefitCategory: "hospital service",
      implanted: "no",
      durableHomeUse: "no",
      deviceCost: 2500,
      annualVolume: 300,
    },
  ];
}

/**
 * The Assumptions table: label / value / unit / note. Labels stay English in every locale because
 * other hosts find rows by label (the Share sheet looks for "year" and "locality"); the plan's two
 * dates are found in either language (src/domain/assumptions) and start empty: the day of the run,
 * and no default expected FDA date.
 */
export function assumptionRows(locale?: Locale): CellValue[][] {
  return [
    [
      t("excel.assumptions.col.assumption", undefined, locale),
      t("excel.assumptions.col.value", undefined, locale),
      t("excel.assumptions.col.unit", undefined, locale),
      t("excel.assumptions.col.note", undefined, locale),
    ],
    [
      "Payment year",
      2026,
      t("excel.assumptions.unit.year", undefined, locale),
      t("excel.assumptions.note.year", undefined, locale),
    ],
    ["Medicare locality", "National", "", t("excel.assumptions.note.locality", undefined, locale)],
    [
      "Patient coinsurance",
      0.2,
      t("excel.assumptions.unit.share", undefined, locale),
      t("excel.assumptions.note.coinsurance", undefined, locale),
    ],
    ...ASSUMPTION_KEYS.map((key) => [
      keyName(key, "en"),
      "",
      t("assumptions.unit.date", undefined, locale),
      t(`assumptions.note.${key}`, undefined, locale),
    ]),
  ];
}

/**
 * Excel's limits on data-validation text (MS-XLS 2.5.37 DValStrings; the Excel UI enforces the
 * same): a typed list source of at most 255 characters, an error title of 32 and an error message
 * of 225. Office.js hands the text to Excel as is, so the adapter keeps within them.
 */
export const VALIDATION_TEXT_LIMITS = {
  listSource: 255,
  alertTitle: 32,
  alertMessage: 225,
} as const;

/** The typed list source, or undefined when no usable list fits Excel's 255-character limit. */
export function validationSource(values: readonly string[]): string | undefined {
  // A list source is comma-separated: a value with a comma in it cannot be offered.
  const usable = values.filter((v) => !v.includes(","));
  if (usable.length === 0) return undefined;
  const source = usable.join(",");
  // Offering only some of the values would present a partial list as the whole vocabulary: without
  // room for all of them the column gets no drop-down (the engine still checks what is typed).
  return source.length <= VALIDATION_TEXT_LIMITS.listSource ? source : undefined;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/**
 * The warning shown for a value not in the list, within Excel's 225 characters: it names as many
 * allowed values as fit (the drop-down itself offers all of them).
 */
export function validationMessage(
  column: string,
  values: readonly string[],
  locale?: Locale
): string {
  const max = VALIDATION_TEXT_LIMITS.alertMessage;
  for (let n = values.length; n > 0; n--) {
    const listed = n === values.length ? values.join(", ") : `${values.slice(0, n).join(", ")}, …`;
    const text = t("excel.validation.message", { column, values: listed }, locale);
    if (text.length <= max) return text;
  }
  return clip(t("excel.validation.message", { column, values: "…" }, locale), max);
}

/** Queue a drop-down for each enumerated column of `header` over the data rows of `table`. */
export function queueValidation(
  sheet: Excel.Worksheet,
  table: Rect,
  header: HeaderMatch,
  locale?: Locale
): void {
  const dataRows = Math.max(1, rows(table) - 1);
  for (const spec of PRODUCT_COLUMNS) {
    const index = header.columns[spec.id];
    if (index === undefined || !spec.vocabulary) continue;
    const source = validationSource(spec.vocabulary.values);
    if (!source) continue;
    const dv = sheet.getRangeByIndexes(table.r0 + 1, table.c0 + index, dataRows, 1).dataValidation;
    dv.clear();
    dv.rule = { list: { inCellDropDown: true, source } };
    dv.errorAlert = {
      showAlert: true,
      style: "Warning",
      title: clip(
        t("excel.validation.title", undefined, locale),
        VALIDATION_TEXT_LIMITS.alertTitle
      ),
      message: validationMessage(spec.header, spec.vocabulary.values, locale),
    };
  }
}

export interface Inserted {
  where: SheetRect;
  header: HeaderMatch;
  dataRows: number;
}

/** Products grid (headers + examples) as written into a new table. */
export function starterGrid(locale?: Locale): CellValue[][] {
  const headers = PRODUCT_COLUMNS.map((c) => c.header);
  return [headers, ...exampleRows(locale).map((r) => PRODUCT_COLUMNS.map((c) => r[c.id]))];
}

/**
 * Queue the Products and Assumptions tables (one sync by the caller). `productsSheet` and
 * `assumptionsSheet` are sheets that exist or were just added; both tables start at A1.
 */
export function queueStarterTables(
  productsSheet: Excel.Worksheet,
  productsSheetName: string,
  assumptionsSheet: Excel.Worksheet | undefined,
  assumptionsSheetName: string,
  locale?: Locale
): Inserted {
  const grid = starterGrid(locale);
  const where: Rect = { r0: 0, c0: 0, r1: grid.length - 1, c1: grid[0].length - 1 };
  productsSheet.getRangeByIndexes(0, 0, grid.length, grid[0].length).values = grid.map((row) =>
    row.map(toExcel)
  );
  const dateIndex = PRODUCT_COLUMNS.findIndex((c) => c.kind === "date");
  if (dateIndex >= 0)
    productsSheet.getRangeByIndexes(1, dateIndex, grid.length - 1, 1).numberFormat = grid
      .slice(1)
      .map(() => ["yyyy-mm-dd"]);
  const table = productsSheet.tables.add(qualified(productsSheetName, where), true);
  table.name = REPORT_TABLES.products;
  const header = matchHeaderRow([grid[0]], 0);
  queueValidation(productsSheet, where, header, locale);
  productsSheet.getRangeByIndexes(0, 0, grid.length, grid[0].length).format.autofitColumns();
  productsSheet.freezePanes.freezeRows(1);
  productsSheet.activate();

  if (assumptionsSheet) {
    const a = assumptionRows(locale);
    assumptionsSheet.getRangeByIndexes(0, 0, a.length, a[0].length).values = a.map((row) =>
      row.map(toExcel)
    );
    const at: Rect = { r0: 0, c0: 0, r1: a.length - 1, c1: a[0].length - 1 };
    const assumptions = assumptionsSheet.tables.add(qualified(assumptionsSheetName, at), true);
    assumptions.name = REPORT_TABLES.assumptions;
    assumptionsSheet.getRange(rectA1(at)).format.autofitColumns();
  }
  return { where: { sheet: productsSheetName, ...where }, header, dataRows: grid.length - 1 };
}
