/**
 * Writing a Report into the workbook with ExcelJS: the pathway block beside the input columns of
 * the Products table (input cells are never touched), and fresh Evidence and Strategy tables.
 *
 * What the tool wrote last time is kept, as fingerprints, in the add-in's very hidden record sheet
 * (src/domain/report/record.ts, shared with the pane), so that a cell in the pathway block the user has
 * since typed over is recognised as theirs and not overwritten without --force (docs/features.md#classify:
 * never overwrite a cell the add-in did not write without asking).
 */
import type { CellValue as ExcelCellValue, Workbook, Worksheet } from "exceljs";
import { t, type Locale } from "../i18n/catalogue";
import { ReimbError } from "../domain/errors";
import {
  EVIDENCE_COLUMNS,
  PATHWAY_COLUMNS,
  REPORT_TABLES,
  STRATEGY_COLUMNS,
  recogniseColumn,
  type Report,
  type TableGrid,
} from "../domain/report";
import {
  RECORD_SHEET,
  decodeRecord,
  encodeRecord,
  fingerprint,
  fingerprintBlock,
  type BlockKey,
  type BlockRecord,
} from "../domain/report/record";
import { parseQualified, qualified } from "../domain/sheet/address";
import {
  BLOCK_SPECS,
  argb,
  columnWidth,
  isWrapped,
  pathwayFill,
  planBlock,
  userFormulas,
  type BlockSpec,
  type WriteConflict,
} from "../domain/writeback";
import type { CellValue } from "../domain/product";
import { findReportTable, strayCells, type ProductsLocation } from "./locate";
import { formulaCell, readFormulas } from "./formulas";
import {
  cellRef,
  formatRef,
  plainValue,
  readBox,
  replaceSheetWithTable,
  setValue,
  sheetBox,
  tableModel,
  uniqueHeaders,
} from "./workbook";

/** The CLI's form of the overwrite question: nothing written, every cell named (exit 5). */
export class ConflictError extends ReimbError {
  constructor(
    /** The refusal, already in the run's language (one line per kind of cell). */
    list: string,
    /** Every cell the run would have overwritten or lost: sheet, A1 address, what it holds. */
    readonly cells: readonly { sheet: string; address: string; current: string }[] = []
  ) {
    super("error.cli.conflicts", { list });
    this.name = "ConflictError";
  }
}

function widthsFor(block: BlockKey, ids: readonly string[]): number[] {
  return ids.map((id) => columnWidth(block, id).chars);
}

function wrappedIndexes(block: BlockKey, ids: readonly string[]): Set<number> {
  return new Set(ids.map((id, i) => (isWrapped(block, id) ? i : -1)).filter((i) => i >= 0));
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

/** The record of a block, when it was written on `sheet` (a record elsewhere says nothing here). */
function recordOn(
  records: Map<BlockKey, BlockRecord>,
  key: BlockKey,
  sheet: string
): BlockRecord | undefined {
  const record = records.get(key);
  return recordSheet(record) === sheet ? record : undefined;
}

/**
 * Cells of the Evidence or Strategy table that rewriting its sheet would change and that the
 * write-back policy says need consent (src/domain/writeback planBlock, as the pane asks). The block
 * is compared from the table's top-left cell as it is now, over the larger of the table and the
 * new grid.
 */
function tableConflicts(
  wb: Workbook,
  records: Map<BlockKey, BlockRecord>,
  spec: BlockSpec,
  next: TableGrid
): WriteConflict[] {
  const name = spec.table;
  const spot = findReportTable(wb, name, spec.columns, spec.keyIds);
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
  return planBlock({
    spec,
    sheet: name,
    origin: { r: spot.top - 1, c: spot.left - 1 },
    current,
    next: pad(fresh, height, width),
    record: recordOn(records, spec.key, name),
  }).conflicts;
}

/** The user's formulas in one of the add-in's tables, placed where the policy says they go back. */
function keptFormulas(
  wb: Workbook,
  spec: BlockSpec,
  next: TableGrid
): Map<string, ExcelCellValue> | undefined {
  const spot = findReportTable(wb, spec.table, spec.columns, spec.keyIds);
  const formulas = readFormulas(spot);
  if (!spot || formulas.size === 0) return undefined;
  const kept = userFormulas(spec, [spot.grid.headers, ...spot.grid.rows], formulas, [
    next.headers,
    ...next.rows,
  ]);
  return new Map(
    kept.map((k) => [`${k.row - 1},${k.col}`, formulaCell(k.formula, next.rows[k.row - 1][k.col])])
  );
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
  const currentGrid = readBox(ws, {
    top: headerRow,
    left: startColumn,
    bottom: headerRow + next.rows.length,
    right: startColumn + width - 1,
  });

  const records = readRecords(wb);
  // The record is relative to the block's top-left cell, so it still applies after a column was
  // inserted before the block; a cell counts as the tool's only if it still holds what was written.
  const record = recordOn(records, "pathway", ws.name);
  const { conflicts } = planBlock({
    spec: BLOCK_SPECS.pathway,
    sheet: ws.name,
    origin: { r: headerRow - 1, c: startColumn - 1 },
    current: currentGrid,
    next: [next.headers, ...next.rows],
    record,
  });
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
    ...tableConflicts(wb, records, BLOCK_SPECS.evidence, report.evidence),
    ...tableConflicts(wb, records, BLOCK_SPECS.strategy, report.strategy),
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
              conflicts.map((c) => ({ cell: c.address, current: c.current })),
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
          {
            count: tables.length,
            examples: examplesOf(
              tables.map((c) => ({ cell: `${c.sheet}!${c.address}`, current: c.current })),
              opts.locale
            ),
          },
          opts.locale
        )
      );
    throw new ConflictError(messages.join("\n"), [
      ...stray.map((c) => ({ sheet: c.sheet, address: c.address, current: String(c.value) })),
      ...[...conflicts, ...tables].map((c) => ({
        sheet: c.sheet,
        address: c.address,
        current: c.current,
      })),
    ]);
  }

  // Formulas in the user's own columns, read before the sheets are replaced.
  const evidenceFormulas = keptFormulas(wb, BLOCK_SPECS.evidence, report.evidence);
  const strategyFormulas = keptFormulas(wb, BLOCK_SPECS.strategy, report.strategy);

  writePathwayBlock(ws, headerRow, startColumn, next);
  // Rows the tool wrote last time below today's block (the table got shorter) are cleared, but
  // only where they still hold what the tool wrote.
  if (record && record.rows.length > next.rows.length + 1) {
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
  const evidenceIds = report.evidence.headers.map(
    (h) => recogniseColumn(EVIDENCE_COLUMNS, h) ?? ""
  );
  replaceSheetWithTable(wb, report.evidence, {
    name: REPORT_TABLES.evidence,
    wrap: report.evidence.rows.length <= 5000 ? wrappedIndexes("evidence", evidenceIds) : undefined,
    widths: widthsFor("evidence", evidenceIds),
    override: evidenceFormulas ? (r, c) => evidenceFormulas.get(`${r},${c}`) : undefined,
  });
  const strategyIds = STRATEGY_COLUMNS.map((c) => c.id);
  const pathwayAt = strategyIds.indexOf("pathway");
  replaceSheetWithTable(wb, report.strategy, {
    name: REPORT_TABLES.strategy,
    wrap: wrappedIndexes("strategy", strategyIds),
    widths: widthsFor("strategy", strategyIds),
    rowFill: (row) => fillOf(row[pathwayAt]),
    fillColumn: pathwayAt,
    override: strategyFormulas ? (r, c) => strategyFormulas.get(`${r},${c}`) : undefined,
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

function fillOf(value: CellValue | undefined): string | undefined {
  const hex = pathwayFill(value === null || value === undefined ? "" : String(value));
  return hex === undefined ? undefined : argb(hex);
}

function writePathwayBlock(
  ws: Worksheet,
  headerRow: number,
  startColumn: number,
  grid: TableGrid
): void {
  const ids = PATHWAY_COLUMNS.map((c) => c.id);
  const wrap = wrappedIndexes("pathway", ids);
  const pathwayAt = ids.indexOf("pathway");
  const header = ws.getRow(headerRow);
  grid.headers.forEach((h, c) => {
    const cell = header.getCell(startColumn + c);
    setValue(cell, h);
    cell.font = { bold: true };
    const column = ws.getColumn(startColumn + c);
    column.width = columnWidth("pathway", ids[c]).chars;
  });
  grid.rows.forEach((values, i) => {
    const row = ws.getRow(headerRow + 1 + i);
    values.forEach((v, c) => {
      const cell = row.getCell(startColumn + c);
      setValue(cell, v);
      if (wrap.has(c) && v !== null) cell.alignment = { wrapText: true, vertical: "top" };
    });
    const fill = fillOf(values[pathwayAt]);
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
  if (model.ref !== undefined) model.ref = cellRef(box.top, box.left);
}
