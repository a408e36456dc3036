/**
 * The Economics sheet's grid (docs/features.md#sheets-and-columns-the-add-in-writes): for each product row with a code,
 * that code's site comparison — the very rows REIMB.SITES spills (`siteComparison`, sites.ts), so
 * every figure equals the lookup it comes from. A cell without a rate carries the reason as text,
 * never 0 or a blank. Re-run safe like the Evidence table: the user's Notes and any column they
 * added come back on the row with the same Product ID, Code and Site.
 */
import { render, t, type Locale } from "../../i18n/catalogue";
import type { CellValue } from "../product";
import { parseCodeArg } from "../reference/lookups";
import { isEmpty, type ReferenceData } from "../reference/model";
import { headerKey, headersIn, recogniseColumn, type ReportColumn } from "../report/columns";
import { idKey } from "../report/evidence";
import { isEmptyCell } from "../report/overwrite";
import type { TableGrid } from "../report/types";
import type { Msg } from "../../i18n/catalogue";
import type { Outcome } from "./outcome";
import { siteComparison, type SiteComparisonRow } from "./sites";

export const ECONOMICS_COLUMN_IDS = [
  "productId",
  "product",
  "code",
  "site",
  "professional",
  "facility",
  "total",
  "program",
  "patient",
  "margin",
  "notes",
] as const;
export type EconomicsColumnId = (typeof ECONOMICS_COLUMN_IDS)[number];

export const ECONOMICS_COLUMNS: readonly ReportColumn<EconomicsColumnId>[] =
  ECONOMICS_COLUMN_IDS.map((id) => ({
    id,
    header: t(`report.economics.${id}`, undefined, "en"),
    messageId: `report.economics.${id}`,
  }));

/** Columns the user writes in; the rest is regenerated on every run. */
export const ECONOMICS_USER_COLUMNS: readonly EconomicsColumnId[] = ["notes"];

/** The figures a chart plots per site: professional and facility, stacked to the total allowed. */
export const ECONOMICS_CHART_COLUMNS: readonly EconomicsColumnId[] = ["professional", "facility"];

const COL = Object.fromEntries(ECONOMICS_COLUMN_IDS.map((id, i) => [id, i])) as Record<
  EconomicsColumnId,
  number
>;

/** One product with a code to compare across sites. */
export interface EconomicsEntry {
  productId: string;
  product: string;
  code: string;
  /** Device cost per case, taken off the total for the margin (REIMB.SITES' device_cost). */
  deviceCost?: number;
}

/** Where one product's rows sit in the grid's data rows (0 = first data row), for its chart. */
export interface EconomicsSpan {
  productId: string;
  code: string;
  /** First data row and number of rows. */
  first: number;
  count: number;
  /** Whether any of its rows has a figure to plot (a product with no rate at all gets no chart). */
  plotted: boolean;
}

export interface EconomicsGrid extends TableGrid {
  spans: EconomicsSpan[];
}

function figure(o: Outcome<number>, locale: Locale): CellValue {
  return o.ok
    ? o.value
    : t("report.economics.noRate", { reason: render(o.message, locale) }, locale);
}

function siteRowCells(e: EconomicsEntry, r: SiteComparisonRow, locale: Locale): CellValue[] {
  const row = new Array<CellValue>(ECONOMICS_COLUMNS.length).fill(null);
  row[COL.productId] = e.productId;
  row[COL.product] = e.product;
  row[COL.code] = e.code;
  row[COL.site] = t(`econ.site.${r.site}`, undefined, locale);
  row[COL.professional] = figure(r.professional, locale);
  row[COL.facility] = figure(r.facility, locale);
  row[COL.total] = figure(r.total, locale);
  row[COL.program] = figure(r.programPayment, locale);
  row[COL.patient] = figure(r.patientShare, locale);
  row[COL.margin] = figure(r.margin, locale);
  return row;
}

function reasonRow(
  e: EconomicsEntry,
  id: string,
  reason: Msg | string,
  locale: Locale
): CellValue[] {
  const row = new Array<CellValue>(ECONOMICS_COLUMNS.length).fill(null);
  row[COL.productId] = e.productId;
  row[COL.product] = e.product;
  row[COL.code] = e.code;
  row[COL.site] = t(
    id,
    { reason: typeof reason === "string" ? reason : render(reason, locale) },
    locale
  );
  return row;
}

function rowKey(
  line: readonly CellValue[],
  at: Partial<Record<EconomicsColumnId, number>>
): string {
  const cell = (id: EconomicsColumnId): string => {
    const i = at[id];
    return i === undefined ? "" : idKey(line[i] ?? null);
  };
  return [cell("productId"), cell("code"), cell("site")].join("\u0000");
}

/**
 * Site comparison rows for every entry. `previous` is the table as the user left it (their Notes
 * and added columns are carried by Product ID + Code + Site); `noData` is why there is no CMS data,
 * when there is none (every product then gets one row saying so).
 */
export function buildEconomicsTable(
  entries: readonly EconomicsEntry[],
  ref: ReferenceData,
  previous: TableGrid | undefined,
  locale: Locale,
  noData?: Msg
): EconomicsGrid {
  const known: Partial<Record<EconomicsColumnId, number>> = {};
  const extras: { header: string; index: number }[] = [];
  previous?.headers.forEach((h, index) => {
    const id = recogniseColumn(ECONOMICS_COLUMNS, h);
    if (id !== undefined && known[id] === undefined) known[id] = index;
    else if (!isEmptyCell(h) && !extras.some((x) => headerKey(x.header) === headerKey(String(h))))
      extras.push({ header: String(h).trim(), index });
  });
  const carried = new Map<string, readonly CellValue[]>();
  for (const line of previous?.rows ?? []) {
    const key = rowKey(line, known);
    if (!carried.has(key)) carried.set(key, line);
  }
  const withUser = (row: CellValue[]): CellValue[] => {
    const line = carried.get(rowKey(row, COL));
    for (const id of ECONOMICS_USER_COLUMNS) {
      const at = known[id];
      row[COL[id]] = line && at !== undefined ? (line[at] ?? null) : null;
    }
    return [...row, ...extras.map((x) => (line ? (line[x.index] ?? null) : null))];
  };

  const rows: CellValue[][] = [];
  const spans: EconomicsSpan[] = [];
  for (const e of entries) {
    const first = rows.length;
    let plotted = false;
    const arg = parseCodeArg(e.code);
    if (noData !== undefined || isEmpty(ref)) {
      rows.push(withUser(reasonRow(e, "report.economics.noData", noData ?? "", locale)));
    } else if (!arg.ok) {
      rows.push(withUser(reasonRow(e, "report.economics.noSite", arg.message, locale)));
    } else {
      const comparison = siteComparison(ref, arg.value, { deviceCost: e.deviceCost });
      if (!comparison.ok)
        rows.push(withUser(reasonRow(e, "report.economics.noSite", comparison.message, locale)));
      else
        for (const r of comparison.value) {
          plotted ||= r.professional.ok || r.facility.ok;
          rows.push(withUser(siteRowCells(e, r, locale)));
        }
    }
    spans.push({
      productId: e.productId,
      code: e.code,
      first,
      count: rows.length - first,
      plotted,
    });
  }
  return {
    headers: [...headersIn(ECONOMICS_COLUMNS, locale), ...extras.map((x) => x.header)],
    rows,
    spans,
  };
}

/** Chart sizes in cells: about 6 default columns by 10 rows, readable without covering the table. */
const CHART_COLS = 6;
const CHART_ROWS = 10;
/** Charts are staggered over this many lanes, so products a few rows apart do not cover each other. */
const CHART_LANES = 3;

/** A product's chart name: found again by it on a re-run (one chart per Product ID). */
export function economicsChartName(productId: string): string {
  return `reimb:economics:${productId}`;
}

/**
 * One stacked bar chart per product with a figure: sites as categories, professional and facility
 * as the two series (their sum is the total allowed), bound to the product's rows of the table and
 * placed right of the table, level with those rows.
 */
export function economicsCharts(grid: EconomicsGrid, locale: Locale): ChartSpecLike[] {
  const left = grid.headers.length + 1;
  return grid.spans
    .filter((s) => s.plotted)
    .map((s, i) => {
      const top = 1 + s.first;
      const col = left + (i % CHART_LANES) * (CHART_COLS + 1);
      return {
        name: economicsChartName(s.productId),
        title: t("report.economics.chartTitle", { productId: s.productId, code: s.code }, locale),
        categories: { col: COL.site },
        rows: [top, top + s.count - 1] as [number, number],
        series: ECONOMICS_CHART_COLUMNS.map((id) => ({
          col: COL[id],
          name: grid.headers[COL[id]],
        })),
        from: { r: top, c: col },
        to: { r: top + CHART_ROWS - 1, c: col + CHART_COLS - 1 },
      };
    });
}

/** The write-back plan's ChartSpec, restated so this module does not import the writeback layer. */
export interface ChartSpecLike {
  name: string;
  title: string;
  categories: { col: number };
  rows: [number, number];
  series: { col: number; name: string }[];
  from: { r: number; c: number };
  to: { r: number; c: number };
}
