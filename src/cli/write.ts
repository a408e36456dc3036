/**
 * Writing a Report into the workbook with ExcelJS: the pathway block beside the input columns of
 * the Products table (input cells are never touched), and fresh Evidence and Strategy tables.
 *
 * What the tool wrote last time is kept, as fingerprints, in the add-in's very hidden record sheet
 * (src/domain/report/record.ts, shared with the pane), so that a cell in the pathway block the user has
 * since typed over is recognised as theirs and not overwritten without --force (product.md W2:
 * never overwrite a cell the add-in did not write without asking).
 */
import type { Workbook, Worksheet } from "exceljs";
import { t, type Locale } from "../i18n/catalogue";
import { PATHWAY_LABELS } from "../domain/pathway/types";
import {
  EVIDENCE_COLUMNS,
  EVIDENCE_USER_COLUMNS,
  IMPLICATION_KEYS,
  PATHWAY_COLUMNS,
  REPORT_TABLES,
  STRATEGY_COLUMNS,
  planOverwrite,
  recogniseColumn,
  type Report,
  type ReportColumn,
  type TableGrid,
} from "../domain/report";
import { qualified, parseQualified } from "../excel/address";
import { fingerprint } from "../excel/cells";
import {
  RECORD_SHEET,
  decodeRecord,
  encodeRecord,
  fingerprintBlock,
  lastWrittenGrid,
  type BlockKey,
  type BlockRecord,
} from "../domain/report/record";
import type { CellValue } from "../domain/product";
import { findReportTable, strayCells, type ProductsLocation } from "./locate";
import { UserFormulas } from "./formulas";
import {
  columnLetters,
  formatRef,
  plainValue,
  readBox,
  replaceSheetWithTable,
  setValue,
  sheetBox,
  tableModel,
  uniqueHeaders,
} from "./workbook";

export class ConflictError extends Error {}

/** Light fills by pathway label, so a sorted or filtered sheet still reads at a glance. */
export const PATHWAY_FILLS: Readonly<Record<string, string>> = {
  [PATHWAY_LABELS["existing-cpt"]]: "FFE2F0D9",
  [PATHWAY_LABELS["existing-hcpcs-ii"]]: "FFDDEBF7",
  [PATHWAY_LABELS["unlisted-noc"]]: "FFFFF2CC",
  [PATHWAY_LABELS["new-code"]]: "FFFCE4D6",
};

/** Prose columns: wrapped and wide. */
const WIDE = new Set<string>([
  "rationale",
  "warnings",
  "inputProblems",
  "why",
  "failure",
  "decisionChain",
  "item",
  "notes",
  ...IMPLICATION_KEYS,
]);

function widthsFor(ids: readonly string[]): number[] {
  return ids.map((id) => (WIDE.has(id) ? 50 : 18));
}

/** The add-in's record (the pane's format, so pane and CLI runs on one workbook know each other's output). */
function readRecords(wb: Workbook): Map<BlockKey, BlockRecord> {
  const ws = wb.getWorksheet(RECORD_SHEET);
  if (!ws) return new Map();
  return decodeRecord(readBox(ws, sheetBox(ws)));
}

function recordSheet(record: BlockRecord | undefined): string | undefined {
  if (!record) return undefined;
  try {
    return parseQualified(record.origin).sheet;
  } catch {
    return undefined;
  }
}

function writeRecords(wb: Workbook, blocks: readonly BlockRecord[]): void {
  const old = wb.getWorksheet(RECORD_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(RECORD_SHEET, { state: "veryHidden" });
  for (const row of encodeRecord(blocks)) ws.addRow(row.map((v) => (v === "" ? null : v)));
}

function gridOf(table: TableGrid): CellValue[][] {
  return [table.headers, ...(table.rows.length > 0 ? table.rows : [table.headers.map(() => null)])];
}

/**
 * Without a record (a workbook from an older version, or whose record was deleted), a column whose
 * header is the same pathway column is taken as the tool's own; anything else in the way is the user's.
 */
function inferLastWritten(current: TableGrid): TableGrid {
  const own = PATHWAY_COLUMNS.map(
    (c, i) => recogniseColumn(PATHWAY_COLUMNS, current.headers[i]) === c.id
  );
  return {
    headers: current.headers.map((h, i) => (own[i] ? h : null)) as string[],
    rows: current.rows.map((r) => r.map((v, i) => (own[i] ? v : null))),
  };
}

function cellName(column: number, row: number): string {
  return `${columnLetters(column)}${row}`;
}

interface CellConflict {
  /** Sheet-qualified when outside the Products sheet. */
  cell: string;
  current: CellValue;
}

function pad(
  grid: readonly (readonly CellValue[])[],
  height: number,
  width: number
): CellValue[][] {
  return Array.from({ length: height }, (_r, r) =>
    Array.from({ length: width }, (_c, c) => grid[r]?.[c] ?? null)
  );
}

function asTable(grid: readonly (readonly CellValue[])[]): TableGrid {
  return {
    headers: grid[0].map((c) => (c === null ? "" : String(c))),
    rows: grid.slice(1).map((r) => [...r]),
  };
}

/**
 * Cells of the Evidence or Strategy table that rewriting its sheet would change and that hold
 * neither the tool's own last output (the record) nor nothing: what the pane asks about
 * (src/excel/classify.ts, conflictsOf). The block is compared from the table's top-left cell as it
 * is now, over the larger of the table and the new grid. The user's columns (Evidence's Status,
 * Owner, Notes; any column the user added, wherever it sits) are carried over, never conflicts.
 */
function tableConflicts<Id extends string>(
  wb: Workbook,
  records: Map<BlockKey, BlockRecord>,
  key: "evidence" | "strategy",
  next: TableGrid,
  columns: readonly ReportColumn<Id>[],
  keys: readonly Id[],
  userIds: readonly Id[]
): CellConflict[] {
  const name = REPORT_TABLES[key];
  const spot = findReportTable(wb, name, columns, keys);
  // Only the sheet being replaced loses cells; without a recognisable header everything on it is
  // outside a table, which strayCells reports.
  if (!spot || spot.ws.name !== name) return [];
  const fresh = gridOf(next);
  const height = Math.max(fresh.length, spot.bottom - spot.top + 1);
  const width = Math.max(next.headers.length, spot.right - spot.left + 1);
  const current = readBox(spot.ws, {
    top: spot.top,
    left: spot.left,
    bottom: spot.top + height - 1,
    right: spot.left + width - 1,
  });
  const isUser = (header: CellValue | undefined): boolean => {
    if (header === null || header === undefined || String(header).trim() === "") return false;
    const id = recogniseColumn(columns, header);
    return id === undefined || userIds.includes(id);
  };
  const user = new Set<number>();
  for (let c = 0; c < width; c++)
    if (c >= columns.length || isUser(next.headers[c]) || isUser(current[0][c])) user.add(c);
  const record = records.get(key);
  const last = recordSheet(record) === name ? lastWrittenGrid(record, current) : undefined;
  const { conflicts } = planOverwrite(
    asTable(current),
    last ? asTable(last) : undefined,
    asTable(pad(fresh, height, width))
  );
  return conflicts
    .filter((c) => !user.has(c.columnIndex))
    .map((c) => ({
      cell: `${name}!${cellName(spot.left + c.columnIndex, spot.top + 1 + c.row)}`,
      current: c.current,
    }));
}

function examplesOf(cells: readonly CellConflict[], locale: Locale): string {
  return cells
    .slice(0, 5)
    .map((c) =>
      t("cli.classify.conflict.cell", { cell: c.cell, current: String(c.current) }, locale)
    )
    .join(", ");
}

export interface WriteOptions {
  force: boolean;
  locale: Locale;
}

/** Write everything; returns how many user cells --force overwrote. Throws ConflictError otherwise. */
export function writeReport(
  wb: Workbook,
  location: ProductsLocation,
  report: Report,
  opts: WriteOptions
): number {
  const ws = location.ws;
  if (report.headerRowIndex === undefined) return 0;
  const headerRow = location.box.top + report.headerRowIndex;
  const startColumn = location.box.left + report.pathwayStartColumn;
  const next = report.pathwayColumns;
  const width = next.headers.length;
  const region = {
    top: headerRow,
    left: startColumn,
    bottom: headerRow + next.rows.length,
    right: startColumn + width - 1,
  };
  const currentGrid = readBox(ws, region);
  const current: TableGrid = {
    headers: currentGrid[0].map((c) => (c === null ? "" : String(c))),
    rows: currentGrid.slice(1),
  };

  const records = readRecords(wb);
  const record = records.get("pathway");
  // The record is relative to the block's top-left cell, so it still applies after a column was
  // inserted before the block; a cell counts as the tool's only if it still holds what was written.
  const recorded =
    recordSheet(record) === ws.name ? lastWrittenGrid(record, currentGrid) : undefined;
  const lastWritten: TableGrid = recorded
    ? { headers: recorded[0].map((c) => (c === null ? "" : String(c))), rows: recorded.slice(1) }
    : inferLastWritten(current);
  const { conflicts } = planOverwrite(current, lastWritten, next);
  const stray = [
    ...strayCells(wb, REPORT_TABLES.evidence, EVIDENCE_COLUMNS, ["productId", "itemId"]).map(
      (c) => ({ ...c, sheet: REPORT_TABLES.evidence })
    ),
    ...strayCells(wb, REPORT_TABLES.strategy, STRATEGY_COLUMNS, ["productId"]).map((c) => ({
      ...c,
      sheet: REPORT_TABLES.strategy,
    })),
  ];
  const tables = [
    ...tableConflicts(
      wb,
      records,
      "evidence",
      report.evidence,
      EVIDENCE_COLUMNS,
      ["productId", "itemId"],
      EVIDENCE_USER_COLUMNS
    ),
    ...tableConflicts(
      wb,
      records,
      "strategy",
      report.strategy,
      STRATEGY_COLUMNS,
      ["productId"],
      []
    ),
  ];
  if (!opts.force && stray.length + conflicts.length + tables.length > 0) {
    // Every kind found is named at once, so one fix-up round is enough.
    const messages: string[] = [];
    if (stray.length > 0)
      messages.push(
        t(
          "cli.classify.error.strayCells",
          {
            count: stray.length,
            examples: examplesOf(
              stray.map((c) => ({ cell: `${c.sheet}!${c.address}`, current: c.value })),
              opts.locale
            ),
          },
          opts.locale
        )
      );
    if (conflicts.length > 0)
      messages.push(
        t(
          "cli.classify.error.conflicts",
          {
            count: conflicts.length,
            examples: examplesOf(
              conflicts.map((c) => ({
                cell: cellName(startColumn + c.columnIndex, headerRow + 1 + c.row),
                current: c.current,
              })),
              opts.locale
            ),
          },
          opts.locale
        )
      );
    if (tables.length > 0)
      messages.push(
        t(
          "cli.classify.error.tableConflicts",
          { count: tables.length, examples: examplesOf(tables, opts.locale) },
          opts.locale
        )
      );
    throw new ConflictError(messages.join("\n"));
  }

  // Formulas in the user's own columns, read before the sheets are replaced.
  const evidenceFormulas = UserFormulas.read(
    findReportTable(wb, REPORT_TABLES.evidence, EVIDENCE_COLUMNS, ["productId", "itemId"]),
    { columns: EVIDENCE_COLUMNS, userIds: EVIDENCE_USER_COLUMNS, keyIds: ["productId", "itemId"] }
  );
  const strategyFormulas = UserFormulas.read(
    findReportTable(wb, REPORT_TABLES.strategy, STRATEGY_COLUMNS, ["productId"]),
    { columns: STRATEGY_COLUMNS, userIds: [], keyIds: ["productId"] }
  );

  writePathwayBlock(ws, headerRow, startColumn, next);
  // Rows the tool wrote last time below today's block (the table got shorter) are cleared, but
  // only where they still hold what the tool wrote.
  if (record && recorded && record.rows.length > next.rows.length + 1) {
    for (let i = next.rows.length + 1; i < record.rows.length; i++) {
      const row = ws.getRow(headerRow + i);
      for (let c = 0; c < width; c++) {
        const cell = row.getCell(startColumn + c);
        const was = record.rows[i][c];
        if (was && was === fingerprint(plainValue(cell.value))) cell.value = null;
      }
    }
  }
  if (location.table) extendTable(location, headerRow, startColumn + width - 1);

  // Evidence is ~11 rows per product: per-cell wrapping would dominate the write time of a large
  // portfolio (ExcelJS styles cell by cell), so its prose columns are wide instead.
  replaceSheetWithTable(wb, report.evidence, {
    name: REPORT_TABLES.evidence,
    wrap:
      report.evidence.rows.length <= 5000
        ? new Set(
            report.evidence.headers
              .map((h, i) => (WIDE.has(recogniseColumn(EVIDENCE_COLUMNS, h) ?? "") ? i : -1))
              .filter((i) => i >= 0)
          )
        : undefined,
    widths: widthsFor(
      report.evidence.headers.map((h) => recogniseColumn(EVIDENCE_COLUMNS, h) ?? "")
    ),
    override:
      evidenceFormulas.size > 0
        ? (row, c) => evidenceFormulas.at(report.evidence.headers, row, c)
        : undefined,
  });
  const pathwayAt = STRATEGY_COLUMNS.findIndex((c) => c.id === "pathway");
  replaceSheetWithTable(wb, report.strategy, {
    name: REPORT_TABLES.strategy,
    wrap: new Set(STRATEGY_COLUMNS.map((c, i) => (WIDE.has(c.id) ? i : -1)).filter((i) => i >= 0)),
    widths: widthsFor(STRATEGY_COLUMNS.map((c) => c.id)),
    rowFill: (row) => PATHWAY_FILLS[String(row[pathwayAt] ?? "")],
    fillColumn: pathwayAt,
    override:
      strategyFormulas.size > 0
        ? (row, c) => strategyFormulas.at(report.strategy.headers, row, c)
        : undefined,
  });
  const origin = (sheet: string, r: number, c: number) =>
    qualified(sheet, { r0: r, c0: c, r1: r, c1: c });
  writeRecords(wb, [
    {
      key: "pathway",
      origin: origin(ws.name, headerRow - 1, startColumn - 1),
      rows: fingerprintBlock(gridOf(next)),
    },
    {
      key: "evidence",
      origin: origin(REPORT_TABLES.evidence, 0, 0),
      rows: fingerprintBlock(gridOf(report.evidence)),
    },
    {
      key: "strategy",
      origin: origin(REPORT_TABLES.strategy, 0, 0),
      rows: fingerprintBlock(gridOf(report.strategy)),
    },
  ]);
  return opts.force ? conflicts.length + stray.length + tables.length : 0;
}

function writePathwayBlock(
  ws: Worksheet,
  headerRow: number,
  startColumn: number,
  grid: TableGrid
): void {
  const wrap = new Set(
    PATHWAY_COLUMNS.map((c, i) => (WIDE.has(c.id) ? i : -1)).filter((i) => i >= 0)
  );
  const pathwayAt = PATHWAY_COLUMNS.findIndex((c) => c.id === "pathway");
  const header = ws.getRow(headerRow);
  grid.headers.forEach((h, c) => {
    const cell = header.getCell(startColumn + c);
    setValue(cell, h);
    cell.font = { bold: true };
    const column = ws.getColumn(startColumn + c);
    column.width = WIDE.has(PATHWAY_COLUMNS[c].id) ? 50 : 18;
  });
  grid.rows.forEach((values, i) => {
    const row = ws.getRow(headerRow + 1 + i);
    values.forEach((v, c) => {
      const cell = row.getCell(startColumn + c);
      setValue(cell, v);
      if (wrap.has(c) && v !== null) cell.alignment = { wrapText: true, vertical: "top" };
    });
    const fill = PATHWAY_FILLS[String(values[pathwayAt] ?? "")];
    if (fill)
      row.getCell(startColumn + pathwayAt).fill = {
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: fill },
      };
  });
  // Freeze the header unless the user already froze panes their own way (ExcelJS gives null when no views were read).
  const views = (ws.views as typeof ws.views | null) ?? [];
  if (views.every((v) => v.state !== "frozen")) {
    ws.views = [{ state: "frozen", ySplit: headerRow, xSplit: 0 }];
  }
}

/** Stretch the Products Excel table to the right so the pathway columns are part of it. */
function extendTable(location: ProductsLocation, headerRow: number, lastColumn: number): void {
  if (!location.table) return;
  const model = tableModel(location.table);
  if (model.totalsRow) return; // a totals row would need its own cells moved; leave the table as it is
  const box = location.box;
  const right = Math.max(box.right, lastColumn);
  const headers = readBox(location.ws, {
    top: headerRow,
    left: box.left,
    bottom: headerRow,
    right,
  })[0].map((c) => (c === null ? "" : String(c)));
  const names = uniqueHeaders(headers);
  // Table column names must equal their header cells; fill any blank header the renaming created.
  names.forEach((name, i) => {
    if (headers[i] !== name) setValue(location.ws.getRow(headerRow).getCell(box.left + i), name);
  });
  const byName = new Map(model.columns.map((c) => [c.name, c]));
  model.columns = names.map((name) => ({ ...(byName.get(name) ?? {}), name, filterButton: true }));
  const ref = formatRef({ top: box.top, left: box.left, bottom: box.bottom, right });
  model.tableRef = ref;
  model.autoFilterRef = ref;
  if (model.ref !== undefined) model.ref = `${columnLetters(box.left)}${box.top}`;
}
