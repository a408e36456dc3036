/**
 * The whole write-back, decided once for both hosts: a snapshot of the workbook goes in (where each
 * block the add-in writes sits and what is there now, the record of what was written, which cells
 * hold formulas), a write plan comes out (per block: the cells to write, the user's formulas to put
 * back, stale cells to clear, formats, the table afterwards; the questions to ask; the new record). The pane (src/excel/classify.ts) and the CLI (src/cli/write.ts, src/cli/apply.ts)
 * only read a snapshot and apply a plan.
 *
 * The planner knows no block by name: everything block-specific is its `BLOCK_SPECS` entry (columns,
 * user columns, row keys, own sheet or beside the user's table) and its formats (formats.ts). A new
 * sheet the add-in writes is one more spec plus one more grid in `WriteOutput`.
 */
import type { CellValue } from "../product";
import { recogniseColumn } from "../report/columns";
import { isEmptyCell } from "../report/overwrite";
import { fingerprint, fingerprintBlock, type BlockKey, type BlockRecord } from "../report/record";
import type { TableGrid } from "../report/types";
import { cellA1, qualified, type Rect } from "../sheet/address";
import { LOCALES } from "../../i18n/catalogue";
import { PATHWAYS } from "../pathway/types";
import { pathwayLabel } from "../report/labels";
import {
  BLOCK_SPECS,
  planBlock,
  recordFor,
  userFormulas,
  type KeptFormula,
  type WriteConflict,
} from "./blocks";
import {
  PATHWAY_FILLS,
  columnWidth,
  freezeRows,
  isColoured,
  isWrapped,
  pathwayFill,
} from "./formats";

/** A 0-based sheet cell. */
export interface CellAt {
  r: number;
  c: number;
}

/** Cells a host read, from `from` (0-based sheet cell of grid[0][0]). */
export interface SiteRead {
  from: CellAt;
  grid: readonly (readonly CellValue[])[];
  /** Cells holding a formula: "row,col" relative to `from` → formula text with its "=". */
  formulas?: ReadonlyMap<string, string>;
}

/** Where one block goes and what the workbook holds there now. */
export interface BlockSite {
  key: BlockKey;
  sheet: string;
  sheetExists: boolean;
  /** The Excel table the block is (own sheet) or extends (beside the user's table). */
  tableName: string;
  /**
   * The table as it is now, 0-based: the block's own table, or the user's table (or their data's
   * box, on a sheet without a table) the block sits beside.
   */
  table?: Rect;
  /** Whether `table` is an Excel table (otherwise the host found it by its header row). */
  isExcelTable?: boolean;
  /** Whether that Excel table has a totals row (stays its last row when the table is resized). */
  totalsRow?: boolean;
  /** The cell the block's offset counts from: the table's top-left, or A1 of a new sheet. */
  anchor: CellAt;
  /** What the host read around the block (at least the table and the cells the block will cover). */
  read?: SiteRead;
}

export interface WriteSnapshot {
  sites: readonly BlockSite[];
  /** The record sheet, decoded (`decodeRecord`). */
  records: ReadonlyMap<BlockKey, BlockRecord>;
}

/**
 * A chart a block carries (the Economics sheet's per-product bars), positions in the block's grid
 * (0 = header row). Named so a re-run finds it again: updated, never added twice.
 */
export interface ChartSpec {
  name: string;
  title: string;
  /** The category labels (sites): one column, rows `rows[0]`..`rows[1]` inclusive. */
  categories: { col: number };
  rows: [number, number];
  /** One series per column, named by its header. */
  series: { col: number; name: string }[];
  /** Top-left and bottom-right cells the chart covers. */
  from: CellAt;
  to: CellAt;
}

/** Names of the charts the add-in owns begin with this (any other chart on the sheet is the user's). */
export const CHART_PREFIX = "reimb:";

/** A chart as placed: sheet cells, 0-based. */
export interface PlannedChart {
  name: string;
  title: string;
  /** Category cells (one column) and each series' value cells (one column), as sheet rects. */
  categories: Rect;
  series: { name: string; values: Rect }[];
  from: CellAt;
  to: CellAt;
}

/** What the add-in writes for one block: a table, placed `offset` from its site's anchor. */
export interface BlockOutput {
  grid: TableGrid;
  offset?: CellAt;
  /** Cell fills the output itself carries (the quarter view's bars), positions in the grid. */
  fills?: readonly { row: number; col: number; color: string }[];
  rowRule?: RowRule;
  charts?: readonly ChartSpec[];
}

/** The report's tables by block. A block without an output is not written this run. */
export type WriteOutput = Partial<Record<BlockKey, BlockOutput>>;

export interface BlockFormats {
  /** Bold header row. */
  headerBold: boolean;
  /** The add-in's columns by position in the grid: starting widths and whether they wrap. */
  columns: { col: number; width: { points: number; chars: number }; wrap: boolean }[];
  /** Whether the widths are to be set: only on the block's first write, so the user's widths stay. */
  setWidths: boolean;
  /** Cell fills as #RRGGBB, positions in the grid (pathway colours). */
  fills: { row: number; col: number; color: string }[];
  /** The same colours as a rule on a column, for hosts that keep them through a sort. */
  fillRule?: { col: number; rules: { beginsWith: string; color: string }[] };
  /** Freeze panes down to this many rows (undefined: leave panes alone). */
  freezeRows?: number;
  /**
   * The same fills as `fills` in columns `from`..`to` as rules on the row's key column (a cell
   * with text is filled when the row's `keyCol` equals `equals`), for hosts that keep them through
   * a sort and write a few rules instead of a fill per cell.
   */
  rowRule?: RowRule;
}

/** Conditional fills by the row's key cell: the quarter view's bars coloured by the row's pathway. */
export interface RowRule {
  from: number;
  to: number;
  keyCol: number;
  rules: { equals: string; color: string }[];
}

export interface PlannedBlock {
  key: BlockKey;
  sheet: string;
  sheetExists: boolean;
  tableName: string;
  /** An own sheet (the block is the whole table) or beside the user's table (the table grows). */
  placement: "ownSheet" | "beside";
  /** The table as it is now (resize it), or undefined (add it). */
  tableBefore?: Rect;
  isExcelTable: boolean;
  totalsRow: boolean;
  /** The table after writing (for a block beside the user's table: theirs, extended). */
  tableAfter: Rect;
  /** 0-based sheet cell of grid[0][0]. */
  origin: CellAt;
  /**
   * The cells to write, header row first, padded over the old table's extent so stale cells are
   * cleared (null: write an empty cell); undefined: leave the cell as it is (a cell the user
   * answered "keep", or a stale header cell cleared after the table shrank: see `clear`).
   */
  grid: (CellValue | undefined)[][];
  /** The grid as planned before answers (what the record fingerprints, minus kept cells). */
  planned: CellValue[][];
  /** Number of header cells the table has after writing (grid columns beyond are stale). */
  headers: number;
  /** The user's formulas to put back, positions in the grid. */
  formulas: KeptFormula[];
  /**
   * Cells to clear after the table is resized, positions relative to `origin`: stale header cells
   * of a wider old table, and rows below a shorter block that still hold what the add-in wrote.
   */
  clear: { row: number; col: number }[];
  formats: BlockFormats;
  /** Cells the user answered "keep" ("row,col" in the grid). */
  kept: ReadonlySet<string>;
  conflicts: WriteConflict[];
  /** Charts bound to the block's cells (hosts that cannot write charts say so: docs/features.md). */
  charts: PlannedChart[];
}

export interface WritePlan {
  blocks: PlannedBlock[];
  /** Every question, in block order. */
  conflicts: WriteConflict[];
  /** The record to write (replaces the record sheet). */
  records: BlockRecord[];
}

export interface PlanOptions {
  /** Which of `BLOCK_SPECS` to write, in order (default: every block with an output). */
  order?: readonly BlockKey[];
}

/** Cells of `grid` (read from `from`) inside `rect`, null where nothing was read. */
export function cutGrid(read: SiteRead | undefined, rect: Rect): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const line = read?.grid[r - read.from.r];
    const row: CellValue[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) row.push(line?.[c - (read?.from.c ?? 0)] ?? null);
    out.push(row);
  }
  return out;
}

/**
 * `cutGrid` for a reader that only reads (the policy's `current`): a row the rectangle covers
 * exactly is shared, not copied, so a re-run's 600,000-row Evidence sheet is not held twice.
 */
function viewGrid(read: SiteRead, rect: Rect): CellValue[][] {
  const width = rect.c1 - rect.c0 + 1;
  const out: CellValue[][] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const line = read.grid[r - read.from.r];
    if (
      rect.c0 === read.from.c &&
      line?.length === width &&
      !line.includes(undefined as unknown as CellValue)
    ) {
      out.push(line as CellValue[]);
      continue;
    }
    const row: CellValue[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) row.push(line?.[c - read.from.c] ?? null);
    out.push(row);
  }
  return out;
}

function pad(
  grid: readonly (readonly CellValue[])[],
  height: number,
  width: number
): CellValue[][] {
  // Loops, not Array.from with a mapper: this runs once per cell of a 600,000-row table.
  const out: CellValue[][] = new Array<CellValue[]>(height);
  for (let r = 0; r < height; r++) {
    const line = grid[r];
    // A row already as wide as the block is shared, not copied (the plan only reads it).
    if (line?.length === width && !line.includes(undefined as unknown as CellValue)) {
      out[r] = line as CellValue[];
      continue;
    }
    const row = new Array<CellValue>(width);
    for (let c = 0; c < width; c++) row[c] = line?.[c] ?? null;
    out[r] = row;
  }
  return out;
}

function rectAt(origin: CellAt, height: number, width: number): Rect {
  return { r0: origin.r, c0: origin.c, r1: origin.r + height - 1, c1: origin.c + width - 1 };
}

/** The table as it is now, as a grid (header row first), for carrying what the user typed. */
export function currentTable(site: BlockSite): TableGrid | undefined {
  if (!site.table || !site.read) return undefined;
  const grid = cutGrid(site.read, site.table);
  return {
    headers: (grid[0] ?? []).map((v) => (v === null ? "" : String(v))),
    rows: grid.slice(1).filter((row) => row.some((v) => !isEmptyCell(v))),
  };
}

/** The user's formulas in the table as it is now, placed where the policy puts them back. */
function keptFormulas(site: BlockSite, next: readonly (readonly CellValue[])[]): KeptFormula[] {
  const { table, read } = site;
  if (!table || !read?.formulas || read.formulas.size === 0) return [];
  const inTable = new Map<string, string>();
  for (const [at, f] of read.formulas) {
    const [r, c] = at.split(",").map(Number);
    inTable.set(`${r + read.from.r - table.r0},${c + read.from.c - table.c0}`, f);
  }
  return userFormulas(BLOCK_SPECS[site.key], cutGrid(read, table), inTable, next);
}

function formatsOf(
  key: BlockKey,
  grid: readonly (readonly CellValue[])[],
  headers: number,
  origin: CellAt,
  firstWrite: boolean
): BlockFormats {
  const spec = BLOCK_SPECS[key];
  // The add-in's columns by their header (a column the user added has none of these formats).
  const ids = (grid[0] ?? [])
    .slice(0, headers)
    .map((h) => (isEmptyCell(h) ? undefined : recogniseColumn(spec.columns, h)));
  const columns: BlockFormats["columns"] = [];
  ids.forEach((id, col) => {
    if (id !== undefined)
      columns.push({ col, width: columnWidth(key, id), wrap: isWrapped(key, id) });
  });
  const pathwayAt = isColoured(key) ? ids.indexOf("pathway") : -1;
  const fills: BlockFormats["fills"] = [];
  if (pathwayAt >= 0 && pathwayAt < headers)
    for (let row = 1; row < grid.length; row++) {
      const color = pathwayFill(
        isEmptyCell(grid[row][pathwayAt]) ? "" : String(grid[row][pathwayAt])
      );
      if (color) fills.push({ row, col: pathwayAt, color });
    }
  return {
    headerBold: true,
    columns,
    setWidths: firstWrite,
    fills,
    ...(pathwayAt >= 0 && pathwayAt < headers
      ? {
          fillRule: {
            col: pathwayAt,
            // Every language's label: a sheet classified in one language and edited or
            // re-run in the other keeps its colours.
            rules: LOCALES.flatMap((l) =>
              PATHWAYS.map((p) => ({ beginsWith: pathwayLabel(p, l), color: PATHWAY_FILLS[p] }))
            ).filter((r, i, all) => all.findIndex((o) => o.beginsWith === r.beginsWith) === i),
          },
        }
      : {}),
    freezeRows: freezeRows(origin.r),
  };
}

function placeChart(c: ChartSpec, origin: CellAt): PlannedChart {
  const column = (col: number): Rect => ({
    r0: origin.r + c.rows[0],
    r1: origin.r + c.rows[1],
    c0: origin.c + col,
    c1: origin.c + col,
  });
  const at = (p: CellAt): CellAt => ({ r: origin.r + p.r, c: origin.c + p.c });
  return {
    name: c.name,
    title: c.title,
    categories: column(c.categories.col),
    series: c.series.map((s) => ({ name: s.name, values: column(s.col) })),
    from: at(c.from),
    to: at(c.to),
  };
}

function withFills(formats: BlockFormats, output: BlockOutput): BlockFormats {
  const out =
    output.fills && output.fills.length > 0
      ? { ...formats, fills: [...formats.fills, ...output.fills] }
      : formats;
  return output.rowRule ? { ...out, rowRule: output.rowRule } : out;
}

function planSite(
  site: BlockSite,
  output: BlockOutput,
  records: WriteSnapshot["records"]
): PlannedBlock {
  const spec = BLOCK_SPECS[site.key];
  const record = recordFor(records, site.key, site.sheet);
  const { grid } = output;
  const offset = output.offset ?? { r: 0, c: 0 };
  const origin = { r: site.anchor.r + offset.r, c: site.anchor.c + offset.c };
  const headers = grid.headers.length;
  let fresh: CellValue[][];
  let height: number;
  let width: number;
  let tableAfter: Rect;
  if (spec.ownSheet) {
    // A table keeps at least one data row, even when the report has none.
    const body = grid.rows.length > 0 ? grid.rows : [grid.headers.map((): CellValue => null)];
    fresh = [grid.headers, ...body];
    const old = site.table;
    width = Math.max(headers, old ? old.c1 - old.c0 + 1 : 0);
    height = Math.max(fresh.length, old ? old.r1 - old.r0 + 1 : 0);
    tableAfter = rectAt(origin, fresh.length, headers);
  } else {
    fresh = [grid.headers, ...grid.rows];
    width = headers;
    height = fresh.length;
    const t = site.table ?? rectAt(origin, height, width);
    tableAfter = { ...t, c1: Math.max(t.c1, origin.c + width - 1) };
  }
  const target = rectAt(origin, height, width);
  const planned = planBlock({
    spec,
    sheet: site.sheet,
    origin,
    current: site.read ? viewGrid(site.read, target) : pad([], height, width),
    next: pad(fresh, height, width),
    record,
  });
  const formulas = keptFormulas(site, [grid.headers, ...grid.rows]);

  const clear: PlannedBlock["clear"] = [];
  // Stale header cells of a wider old table are cleared after the table shrank off them: a blank
  // written into a table's header row would come back as "ColumnN".
  for (let c = headers; c < width; c++) clear.push({ row: 0, col: c });
  // Rows the add-in wrote last time below a block that got shorter, where they still hold it.
  if (!spec.ownSheet && record && site.read) {
    const below = cutGrid(
      site.read,
      rectAt({ r: origin.r + height, c: origin.c }, Math.max(0, record.rows.length - height), width)
    );
    below.forEach((row, i) =>
      row.forEach((v, c) => {
        const was = record.rows[height + i]?.[c];
        if (was && was === fingerprint(v)) clear.push({ row: height + i, col: c });
      })
    );
  }
  return {
    key: site.key,
    sheet: site.sheet,
    sheetExists: site.sheetExists,
    tableName: site.tableName,
    placement: spec.ownSheet ? "ownSheet" : "beside",
    ...(site.table ? { tableBefore: site.table } : {}),
    isExcelTable: site.table ? site.isExcelTable !== false : false,
    totalsRow: site.totalsRow === true,
    tableAfter,
    origin,
    planned: planned.next,
    // Only the header row differs from `planned`; the data rows are shared, not copied.
    grid: planned.next.map((row, r) =>
      r === 0 ? row.map((v, c) => (c >= headers ? undefined : v)) : row
    ),
    headers,
    formulas,
    clear,
    formats: withFills(formatsOf(site.key, planned.next, headers, origin, !record), output),
    kept: new Set(),
    conflicts: planned.conflicts,
    charts: (output.charts ?? []).map((c) => placeChart(c, origin)),
  };
}

function recordOf(block: PlannedBlock): BlockRecord {
  return {
    key: block.key,
    origin: qualified(block.sheet, rectAt(block.origin, 1, 1)),
    rows: fingerprintBlock(block.planned, block.kept),
  };
}

/** Plan the write of every block with an output, before the user's answers. */
export function planWriteBack(
  snapshot: WriteSnapshot,
  output: WriteOutput,
  options: PlanOptions = {}
): WritePlan {
  const order = options.order ?? snapshot.sites.map((s) => s.key);
  const blocks: PlannedBlock[] = [];
  for (const key of order) {
    const site = snapshot.sites.find((s) => s.key === key);
    const out = output[key];
    if (!site || !out) continue;
    blocks.push(planSite(site, out, snapshot.records));
  }
  return {
    blocks,
    conflicts: blocks.flatMap((b) => b.conflicts),
    records: blocks.map(recordOf),
  };
}

/** One question's identity across passes: the same cell holding the same text, to get the same new text. */
export function conflictKey(
  c: Pick<WriteConflict, "sheet" | "address" | "current" | "next">
): string {
  return [c.sheet, c.address, c.current, c.next].join("\u0000");
}

/**
 * The plan with the user's answers: a cell is overwritten only when `overwrite` says yes to it;
 * every other questioned cell is left as it is, with no formula put into it, not cleared, and not
 * in the record (so it stays the user's on the next run).
 */
export function applyAnswers(plan: WritePlan, overwrite: (c: WriteConflict) => boolean): WritePlan {
  const blocks = plan.blocks.map((b) => {
    const kept = new Set(b.conflicts.filter((c) => !overwrite(c)).map((c) => `${c.row},${c.col}`));
    if (kept.size === 0) return b;
    return {
      ...b,
      kept,
      grid: b.grid.map((row, r) => row.map((v, c) => (kept.has(`${r},${c}`) ? undefined : v))),
      formulas: b.formulas.filter((f) => !kept.has(`${f.row},${f.col}`)),
      clear: b.clear.filter((x) => !kept.has(`${x.row},${x.col}`)),
    };
  });
  // Nothing kept back: the plan (and its record, one fingerprint per cell) stands as it is.
  if (blocks.every((b, i) => b === plan.blocks[i])) return plan;
  return { ...plan, blocks, records: blocks.map(recordOf) };
}

/** The address of a planned cell (for messages). */
export function plannedAddress(block: PlannedBlock, row: number, col: number): string {
  return cellA1(block.origin.r + row, block.origin.c + col);
}
