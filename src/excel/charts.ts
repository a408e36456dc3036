/**
 * Charts the write-back plan carries (the Economics sheet's per-product bars), written with
 * Office.js: found again by name on a re-run and updated in place (series re-bound to the table's
 * cells, moved beside their rows), never added twice; a chart the add-in named (`CHART_PREFIX`)
 * whose product is gone is deleted; any other chart is the user's and left alone.
 *
 * No round trip of its own: the names of the charts on each owned sheet are loaded with the
 * discovery sync (`loadChartNames`), and every chart call is queued into the write batch.
 */
import { CHART_PREFIX, type PlannedBlock, type PlannedChart } from "../domain/writeback";
import { OPERATION_BYTES, type BatchWriter } from "./batch";
import type { Rect } from "./address";

/** The chart collections of sheets that exist, queued for loading with their names. */
export function loadChartNames(
  wb: Excel.Workbook,
  sheets: readonly string[]
): Map<string, Excel.ChartCollection> {
  const out = new Map<string, Excel.ChartCollection>();
  for (const name of sheets) out.set(name, wb.worksheets.getItem(name).charts.load("items/name"));
  return out;
}

/** Names of the add-in's charts on each sheet, after the sync that loaded them. */
export function ownChartNames(
  loaded: ReadonlyMap<string, Excel.ChartCollection>
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [sheet, charts] of loaded)
    out.set(
      sheet,
      charts.items.map((c) => c.name).filter((n) => n.startsWith(CHART_PREFIX))
    );
  return out;
}

function range(sheet: Excel.Worksheet, r: Rect): Excel.Range {
  return sheet.getRangeByIndexes(r.r0, r.c0, r.r1 - r.r0 + 1, r.c1 - r.c0 + 1);
}

/** The series' value cells as one block (the plan gives adjacent columns: one series each). */
function seriesBlock(c: PlannedChart): Rect {
  const cols = c.series.map((s) => s.values.c0);
  return { ...c.categories, c0: Math.min(...cols), c1: Math.max(...cols) };
}

function queueChart(sheet: Excel.Worksheet, c: PlannedChart, exists: boolean): void {
  let chart: Excel.Chart;
  if (exists) {
    chart = sheet.charts.getItem(c.name);
    chart.setData(range(sheet, seriesBlock(c)), "Columns");
  } else {
    // Stacked bars: professional + facility add up to the site's total allowed.
    chart = sheet.charts.add("BarStacked", range(sheet, seriesBlock(c)), "Columns");
    chart.name = c.name;
  }
  chart.title.text = c.title;
  c.series.forEach((s, i) => {
    const series = chart.series.getItemAt(i);
    series.name = s.name;
    series.setXAxisValues(range(sheet, c.categories));
  });
  chart.setPosition(sheet.getCell(c.from.r, c.from.c), sheet.getCell(c.to.r, c.to.c));
}

/** Queue a block's charts: update those found, add the others, delete the add-in's stale ones. */
export async function queueCharts(
  writer: BatchWriter,
  sheet: Excel.Worksheet,
  b: PlannedBlock,
  existing: readonly string[]
): Promise<void> {
  const planned = new Set(b.charts.map((c) => c.name));
  for (const name of existing)
    if (!planned.has(name))
      await writer.queue(OPERATION_BYTES, () => sheet.charts.getItem(name).delete());
  for (const c of b.charts) {
    const calls = 6 + 2 * c.series.length;
    await writer.queue(OPERATION_BYTES * calls, () =>
      queueChart(sheet, c, existing.includes(c.name))
    );
  }
}
