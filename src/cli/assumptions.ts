/**
 * The Assumptions table, the CLI's side (both readers): found by name as the pane finds it — the
 * table named Assumptions (in either language), else a sheet of that name read from A1 — and
 * handed to the domain as cells (src/domain/assumptions reads the keys for both hosts).
 */
import type { Workbook } from "exceljs";
import type { AssumptionsSource } from "../domain/assumptions";
import { existingReportName } from "../domain/report/names";
import { allTables, readBox, sheetBox, tableBox, type RangeBox } from "./workbook";
import type { WorkbookSnapshot } from "./package/snapshot";

/** Rows read at most, as the pane reads them (src/excel/assumptions.ts). */
const ROWS_READ = 200;

function capped(box: RangeBox): RangeBox {
  return { ...box, bottom: Math.min(box.bottom, box.top + ROWS_READ - 1) };
}

/** The ExcelJS workbook's Assumptions cells, or undefined when it has none. */
export function assumptionsInWorkbook(wb: Workbook): AssumptionsSource | undefined {
  const tables = allTables(wb);
  const table = existingReportName(
    "assumptions",
    tables.map((x) => x.model.name)
  );
  const found = tables.find((x) => x.model.name === table);
  if (found) {
    const box = capped(tableBox(found.table));
    return {
      sheet: found.ws.name,
      table: found.model.name,
      grid: readBox(found.ws, box),
      top: box.top,
      left: box.left,
    };
  }
  const sheet = existingReportName(
    "assumptions",
    wb.worksheets.map((w) => w.name)
  );
  const ws = sheet === undefined ? undefined : wb.getWorksheet(sheet);
  if (!ws) return undefined;
  const box = capped(sheetBox(ws));
  return { sheet: ws.name, grid: readBox(ws, box), top: 1, left: 1 };
}

/** The package snapshot's Assumptions cells, or undefined when it has none. */
export function assumptionsInSnapshot(snap: WorkbookSnapshot): AssumptionsSource | undefined {
  const worksheets = snap.info.sheets.filter((s) => s.kind === "worksheet");
  const table = existingReportName(
    "assumptions",
    snap.tables.map((x) => x.name)
  );
  const found = snap.tables.find((x) => x.name === table);
  if (found) {
    const box = capped(found.ref);
    return {
      sheet: found.sheet,
      table: found.name,
      grid: snap.region(found.sheet, box).grid,
      top: box.top,
      left: box.left,
    };
  }
  const sheet = existingReportName(
    "assumptions",
    worksheets.map((s) => s.name)
  );
  if (sheet === undefined) return undefined;
  return {
    sheet,
    grid: snap.region(sheet, undefined, { maxRow: ROWS_READ }).grid,
    top: 1,
    left: 1,
  };
}
