/**
 * Classify, the Excel side: read the Products table and the add-in's previous output once,
 * let the domain build the report, then write it back once. Round trips:
 *   2 syncs  which tables and sheets exist; then the Products table + the Evidence/Strategy tables
 *            + the add-in's record (nothing is navigated on a null object: see locate.ts)
 *   n syncs  read values, n = 1 unless the data exceeds one response (readValues packs slices)
 *   m syncs  write values, tables and formats, m = 1 unless the data exceeds one request
 * Nothing here loops over rows with a sync inside. The adapter decides nothing: which cells hold
 * what comes from `buildReport`, and which cells need the user's consent from `planOverwrite`.
 */
import { getLocale, t, type Locale } from "../i18n/catalogue";
import type { CellValue } from "../domain/product";
import { PATHWAYS, PATHWAY_LABELS, type PathwayId } from "../domain/pathway/types";
import type { CodeReference } from "../domain/reference/port";
import {
  EVIDENCE_COLUMN_IDS,
  PATHWAY_COLUMN_IDS,
  STRATEGY_COLUMNS,
  buildReport,
  type Report,
  type TableGrid,
} from "../domain/report";
import {
  BLOCK_SPECS,
  PATHWAY_FILLS,
  columnWidth,
  freezeRows,
  isWrapped,
  planBlock,
  productsNotFound,
  recordFor,
  userFormulas,
  type KeptFormula,
  type WriteConflict,
} from "../domain/writeback";
import { REPORT_TABLES } from "../domain/report/types";
import { ReimbError } from "../domain/errors";
import { formatProblem, type RowProblem } from "../domain/rows";
import {
  type Rect,
  type SheetRect,
  EXCEL_MAX_COLUMNS,
  cellA1,
  cols,
  parseQualified,
  qualified,
  rectA1,
  rows,
} from "./address";
import { BatchWriter, OPERATION_BYTES, readValues, type ReadRequest } from "./batch";
import { type ExcelInput, jsonSize, toExcel } from "./cells";
import { type ProductsLocation, discoverProducts, existing } from "./locate";
import { queueTableResize } from "./requirements";
import {
  type BlockKey,
  type BlockRecord,
  RECORD_SHEET,
  decodeRecord,
  encodeRecord,
  fingerprintBlock,
} from "../domain/report/record";

export interface ClassifyProgress {
  phase: "reading" | "classifying" | "writing" | "done";
  done: number;
  total: number;
}

export interface OverwriteRequest {
  sheetName: string;
  address: string;
  current: string;
  next: string;
  /** Header of the column the cell is in. */
  column?: string;
  /** The row's Product ID, when the table has one. */
  productId?: string;
}

export interface ClassifyOutcome {
  summary: Report["summary"];
  problems: (RowProblem & { sheetName: string; address: string; text: string })[];
  conflicts: number;
  wroteTables: string[];
  syncCount: number;
  cancelled: boolean;
}

export interface ClassifyOptions {
  locale?: Locale;
  onProgress?: (p: ClassifyProgress) => void;
  signal?: AbortSignal;
  confirmOverwrite?: (conflicts: OverwriteRequest[]) => Promise<boolean>;
  reference?: CodeReference;
  asOf?: string;
}

/** Pathway fills: the write-back policy's one table (src/domain/writeback/formats.ts). */
export { PATHWAY_FILLS };

interface OutputSpot {
  key: BlockKey;
  tableName: string;
  /** The existing table, if any. */
  table?: SheetRect;
  sheetName: string;
  sheetExists: boolean;
  /** Where the block starts and what was read around it (from the anchor to the sheet's used end). */
  anchor: { r: number; c: number };
  readRect?: Rect;
}

interface Block {
  key: BlockKey;
  sheetName: string;
  origin: { r: number; c: number };
  /** Header row first; padded with "" over the old table's extent so stale cells are cleared. */
  next: CellValue[][];
  current: CellValue[][];
  record?: BlockRecord;
  /** What the write-back policy found needs the user's consent. */
  conflicts: WriteConflict[];
  /** The user's formulas to put back (positions in `next`). */
  formulas: KeptFormula[];
  kept: Set<string>;
  /** The table rectangle after writing (header + data rows). */
  tableRect: Rect;
}

/** The write-back policy's view of a block: conflicts, and the new cells as they will be written. */
function decided(
  block: Omit<Block, "conflicts" | "formulas">,
  formulas: KeptFormula[] = []
): Block {
  const plan = planBlock({
    spec: BLOCK_SPECS[block.key],
    sheet: block.sheetName,
    origin: block.origin,
    current: block.current,
    next: block.next,
    record: block.record,
  });
  return { ...block, next: plan.next, conflicts: plan.conflicts, formulas };
}

function emptySummary(): Report["summary"] {
  return {
    rows: 0,
    classified: 0,
    withProblems: 0,
    byPathway: Object.fromEntries(PATHWAYS.map((p) => [p, 0])) as Record<PathwayId, number>,
  };
}

function cellText(v: CellValue | undefined): string {
  return v === null || v === undefined ? "" : String(v);
}

/** Cells of `grid` (read from `from`) inside `rect`, padded with null where nothing was read. */
function cut(
  grid: CellValue[][] | undefined,
  from: { r: number; c: number },
  rect: Rect
): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = rect.r0; r <= rect.r1; r++) {
    const line = grid?.[r - from.r];
    const row: CellValue[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) row.push(line?.[c - from.c] ?? null);
    out.push(row);
  }
  return out;
}

function pad(grid: CellValue[][], height: number, width: number): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = 0; r < height; r++) {
    const src = grid[r] ?? [];
    const row: CellValue[] = [];
    for (let c = 0; c < width; c++) row.push(src[c] ?? null);
    out.push(row);
  }
  return out;
}

function outputBlock(
  spot: OutputSpot,
  grid: TableGrid,
  read: CellValue[][] | undefined,
  formulas: Map<string, string> | undefined,
  records: Map<BlockKey, BlockRecord>
): Block {
  // A table keeps at least one data row, even when the report has none.
  const body = grid.rows.length > 0 ? grid.rows : [grid.headers.map(() => null as CellValue)];
  const fresh: CellValue[][] = [grid.headers, ...body];
  const width = Math.max(grid.headers.length, spot.table ? cols(spot.table) : 0);
  const height = Math.max(fresh.length, spot.table ? rows(spot.table) : 0);
  const origin = spot.anchor;
  const target: Rect = {
    r0: origin.r,
    c0: origin.c,
    r1: origin.r + height - 1,
    c1: origin.c + width - 1,
  };
  const next = pad(fresh, height, width);
  // The user's formulas in the table as it is now, put back where their values were carried.
  let kept: KeptFormula[] = [];
  if (spot.table && spot.readRect && formulas && formulas.size > 0) {
    const from = { r: spot.readRect.r0, c: spot.readRect.c0 };
    const inTable = new Map<string, string>();
    for (const [at, f] of formulas) {
      const [r, c] = at.split(",").map(Number);
      inTable.set(`${r + from.r - spot.table.r0},${c + from.c - spot.table.c0}`, f);
    }
    kept = userFormulas(BLOCK_SPECS[spot.key], cut(read, from, spot.table), inTable, [
      grid.headers,
      ...grid.rows,
    ]);
  }
  return decided(
    {
      key: spot.key,
      sheetName: spot.sheetName,
      origin,
      next,
      current: spot.readRect
        ? cut(read, { r: spot.readRect.r0, c: spot.readRect.c0 }, target)
        : pad([], height, width),
      record: recordFor(records, spot.key, spot.sheetName),
      kept: new Set(),
      tableRect: {
        r0: origin.r,
        c0: origin.c,
        r1: origin.r + fresh.length - 1,
        c1: origin.c + grid.headers.length - 1,
      },
    },
    kept
  );
}

/** Columns of the block's header row beyond its new headers (an old, wider table's stale header cells). */
function staleHeaderColumns(block: Block): number[] {
  const headers = block.tableRect.c1 - block.origin.c + 1;
  const width = block.next[0]?.length ?? 0;
  const out: number[] = [];
  for (let c = headers; c < width; c++) if (!block.kept.has(`0,${c}`)) out.push(c);
  return out;
}

function toInput(block: Block): ExcelInput[][] {
  const headers = block.tableRect.c1 - block.origin.c + 1;
  // Stale header cells are cleared after the table has shrunk off them (staleHeaderColumns): a
  // blank written into a table's header row becomes "ColumnN" in Excel, left behind outside the table.
  return block.next.map((row, r) =>
    row.map((v, c) =>
      block.kept.has(`${r},${c}`) || (r === 0 && c >= headers) ? null : toExcel(v)
    )
  );
}

/** Times the user is asked before the run stops asking and keeps every cell not yet answered for. */
const MAX_QUESTIONS = 3;

function conflictKey(c: OverwriteRequest): string {
  return [c.sheetName, c.address, c.current, c.next].join("\u0000");
}

/** The plan's conflicts as the user is asked about them, with the block cell each one is. */
function requestsOf(plan: Plan): { request: OverwriteRequest; block: Block; cell: string }[] {
  return plan.blocks.flatMap((block) =>
    block.conflicts.map((c) => ({
      request: {
        sheetName: c.sheet,
        address: c.address,
        current: c.current,
        next: c.next,
        column: c.column,
        ...(c.productId !== undefined ? { productId: c.productId } : {}),
      },
      block,
      cell: `${c.row},${c.col}`,
    }))
  );
}

/**
 * Classify the workbook. The overwrite question is asked between two `Excel.run` batches, never
 * inside one: the user can go on editing while the dialog is open, so after the answer a new batch
 * reads and plans again (inputs, output blocks, Evidence notes, sheets renamed or deleted meanwhile)
 * and writes only what was answered for; a conflict that appeared meanwhile is asked about again.
 * A run without conflicts (or without a callback to ask) reads and writes in one batch.
 */
export async function classifyWorkbook(opts: ClassifyOptions = {}): Promise<ClassifyOutcome> {
  const locale = opts.locale ?? getLocale();
  const progress = (phase: ClassifyProgress["phase"], done: number, total: number): void =>
    opts.onProgress?.({ phase, done, total });
  const aborted = (): boolean => opts.signal?.aborted === true;
  let syncCount = 0;
  const cancelled = (): ClassifyOutcome => ({
    summary: emptySummary(),
    problems: [],
    conflicts: 0,
    wroteTables: [],
    syncCount,
    cancelled: true,
  });
  /** The user's answer per conflict (sheet, address, current and new text). */
  const answers = new Map<string, boolean>();

  for (let asked = 0; ; asked++) {
    const pass = await Excel.run(async (context) => {
      const sync = context.sync.bind(context);
      // Count every round trip this run makes, whoever makes it.
      context.sync = (<T>(passThrough?: T) => {
        syncCount++;
        return sync(passThrough);
      }) as typeof context.sync;

      progress("reading", 0, 1);
      const plan = await planPass(context, opts, locale, progress, aborted);
      if (!plan) return { kind: "cancelled" as const };
      const found = requestsOf(plan);
      const open = found.map((f) => f.request).filter((r) => !answers.has(conflictKey(r)));
      // Ask outside this batch (see above): end it here and plan again after the answer.
      if (open.length > 0 && opts.confirmOverwrite && asked < MAX_QUESTIONS)
        return { kind: "ask" as const, open };

      // Write: from here on the run completes (stopping half-way would leave half-written tables).
      // A cell is overwritten only when the user said yes to exactly what it holds now.
      for (const f of found)
        if (answers.get(conflictKey(f.request)) !== true) f.block.kept.add(f.cell);
      return {
        kind: "written" as const,
        outcome: await writePlan(context, plan, locale, progress),
      };
    });
    if (pass.kind === "cancelled") return cancelled();
    if (pass.kind === "written") return { ...pass.outcome, syncCount, cancelled: false };
    const overwrite = await opts.confirmOverwrite!(pass.open);
    if (aborted()) return cancelled();
    for (const c of pass.open) answers.set(conflictKey(c), overwrite);
  }
}

/** Everything one pass read and decided, for the write in the same `Excel.run`. */
interface Plan {
  located: Extract<ProductsLocation, { kind: "table" }>;
  products: SheetRect;
  spots: OutputSpot[];
  blocks: Block[];
  report: Report;
  recordSheet?: Excel.Worksheet;
  recordUsed?: Excel.Range;
}

/**
 * One pass up to the write: discover, read, classify, find the conflicts. Returns undefined when
 * the run was cancelled. Reads only, so a pass can be repeated (after the overwrite question).
 */
async function planPass(
  context: Excel.RequestContext,
  opts: ClassifyOptions,
  locale: Locale,
  progress: (phase: ClassifyProgress["phase"], done: number, total: number) => void,
  aborted: () => boolean
): Promise<Plan | undefined> {
  progress("reading", 0, 1);
  const wb = context.workbook;
  // Syncs 1–2 (discoverProducts): which tables and sheets exist, then the Products table and,
  // in the same sync, the Evidence/Strategy tables and the record sheet that exist. Only objects
  // sync 1 saw are navigated (getItem), never a null object.
  const {
    location: located,
    extra: discovered,
    search,
  } = await discoverProducts(context, {
    alongside: (names) => ({
      outputs: (["evidence", "strategy"] as const).map((key) => {
        const name = key === "evidence" ? REPORT_TABLES.evidence : REPORT_TABLES.strategy;
        const tableName = existing(names.tables, name);
        const sheetName = existing(names.sheets, name);
        const table = tableName ? wb.tables.getItem(tableName) : undefined;
        return {
          key,
          name,
          sheetName,
          tableRange: table?.getRange().load("address"),
          tableUsed: table?.worksheet.getUsedRangeOrNullObject(true).load("address"),
          sheetUsed:
            !table && sheetName
              ? wb.worksheets.getItem(sheetName).getUsedRangeOrNullObject(true).load("address")
              : undefined,
        };
      }),
      recordUsed: existing(names.sheets, RECORD_SHEET)
        ? wb.worksheets.getItem(RECORD_SHEET).getUsedRangeOrNullObject(true).load("address")
        : undefined,
    }),
  });
  if (!located || located.kind !== "table" || located.header.missingRequired.length > 0) {
    // The same facts as the CLI's message: what is required and the closest header seen. A
    // complete header row outside a table is offered for adoption by the pane instead.
    const lead = t("excel.error.noProductsTable", undefined, locale);
    if (search.ok && search.source.kind === "sheet")
      throw new ReimbError("excel.error.noProductsTable");
    const reason = productsNotFound(search);
    throw new ReimbError("error.excel.noProductsTableWhy", {
      lead,
      reason: t(reason.id, reason.params, locale),
    });
  }
  if (aborted()) return undefined;

  const products = located.where;
  const spots: OutputSpot[] = discovered.outputs.map((m) => {
    if (m.tableRange && m.tableUsed) {
      const table = parseQualified(m.tableRange.address);
      let readRect: Rect = { r0: table.r0, c0: table.c0, r1: table.r1, c1: table.c1 };
      if (!m.tableUsed.isNullObject) {
        const used = parseQualified(m.tableUsed.address);
        readRect = {
          ...readRect,
          r1: Math.max(readRect.r1, used.r1),
          c1: Math.max(readRect.c1, used.c1),
        };
      }
      return {
        key: m.key,
        tableName: m.name,
        table,
        sheetName: table.sheet,
        sheetExists: true,
        anchor: { r: table.r0, c: table.c0 },
        readRect,
      };
    }
    const spot: OutputSpot = {
      key: m.key,
      tableName: m.name,
      sheetName: m.sheetName ?? m.name,
      sheetExists: m.sheetName !== undefined,
      anchor: { r: 0, c: 0 },
    };
    if (m.sheetUsed && !m.sheetUsed.isNullObject) {
      const used = parseQualified(m.sheetUsed.address);
      spot.readRect = { r0: 0, c0: 0, r1: used.r1, c1: used.c1 };
    }
    return spot;
  });
  const recordUsed = discovered.recordUsed;
  const recordSheet = recordUsed ? wb.worksheets.getItem(RECORD_SHEET) : undefined;

  // Read: the Products table plus room for the pathway block to its right, the output tables
  // with whatever lies around them, and the record.
  const productsRead: Rect = {
    r0: products.r0,
    c0: products.c0,
    r1: products.r1,
    c1: Math.min(EXCEL_MAX_COLUMNS - 1, products.c1 + PATHWAY_COLUMN_IDS.length),
  };
  const requests: ReadRequest[] = [
    { sheet: wb.worksheets.getItem(products.sheet), rect: productsRead },
  ];
  const spotIndex = spots.map((s) => {
    if (!s.readRect) return -1;
    // Formulas too: a user's formula in their own column comes back as a formula.
    requests.push({
      sheet: wb.worksheets.getItem(s.sheetName),
      rect: s.readRect,
      formulas: s.table !== undefined,
    });
    return requests.length - 1;
  });
  let recordIndex = -1;
  if (recordSheet && recordUsed && !recordUsed.isNullObject) {
    const used = parseQualified(recordUsed.address);
    requests.push({ sheet: recordSheet, rect: { r0: 0, c0: 0, r1: used.r1, c1: used.c1 } });
    recordIndex = requests.length - 1;
  }
  const read = await readValues(
    context,
    requests,
    (done, total) => progress("reading", done, total),
    aborted
  );
  if (read.stopped || aborted()) return undefined;

  // Classify (pure).
  progress("classifying", 0, 1);
  const productsGrid = read.grids[0].map((row) => row.slice(0, cols(products)));
  // The Evidence and Strategy tables as they are now: what the user typed there is carried over.
  const previousOf = (i: 0 | 1): TableGrid | undefined => {
    const spot = spots[i];
    if (!spot.table || spotIndex[i] < 0) return undefined;
    const grid = cut(
      read.grids[spotIndex[i]],
      { r: spot.readRect!.r0, c: spot.readRect!.c0 },
      spot.table
    );
    return {
      headers: grid[0].map(cellText),
      rows: grid.slice(1).filter((row) => row.some((v) => v !== null && String(v).trim() !== "")),
    };
  };
  const previousEvidence = previousOf(0);
  const previousStrategy = previousOf(1);
  const report = buildReport({
    grid: productsGrid,
    firstRowNumber: products.r0 + 1,
    headerRowIndex: 0,
    previousEvidence,
    previousStrategy,
    reference: opts.reference,
    asOf: opts.asOf,
    locale,
  });
  progress("classifying", 1, 1);
  if (aborted()) return undefined;

  const records =
    recordIndex >= 0 ? decodeRecord(read.grids[recordIndex]) : new Map<BlockKey, BlockRecord>();
  const blocks: Block[] = [];
  if (report.headerRowIndex !== undefined) {
    const start = report.pathwayStartColumn;
    const next: CellValue[][] = [report.pathwayColumns.headers, ...report.pathwayColumns.rows];
    const origin = { r: products.r0, c: products.c0 + start };
    const width = report.pathwayColumns.headers.length;
    const target: Rect = {
      r0: origin.r,
      c0: origin.c,
      r1: origin.r + next.length - 1,
      c1: origin.c + width - 1,
    };
    blocks.push(
      decided({
        key: "pathway",
        sheetName: products.sheet,
        origin,
        next: pad(next, next.length, width),
        current: cut(read.grids[0], { r: productsRead.r0, c: productsRead.c0 }, target),
        record: recordFor(records, "pathway", products.sheet),
        kept: new Set(),
        tableRect: {
          r0: products.r0,
          c0: products.c0,
          r1: products.r1,
          c1: Math.max(products.c1, target.c1),
        },
      })
    );
  }
  for (const i of [0, 1] as const) {
    blocks.push(
      outputBlock(
        spots[i],
        i === 0 ? report.evidence : report.strategy,
        spotIndex[i] >= 0 ? read.grids[spotIndex[i]] : undefined,
        spotIndex[i] >= 0 ? read.formulas[spotIndex[i]] : undefined,
        records
      )
    );
  }
  return { located, products, spots, blocks, report, recordSheet, recordUsed };
}

/** The write of a plan, in the run that planned it: `kept` are the conflicts left to the user. */
async function writePlan(
  context: Excel.RequestContext,
  plan: Plan,
  locale: Locale,
  progress: (phase: ClassifyProgress["phase"], done: number, total: number) => void
): Promise<Omit<ClassifyOutcome, "syncCount" | "cancelled">> {
  const { located, products, spots, blocks, report, recordSheet, recordUsed } = plan;
  const wb = context.workbook;
  const inputs = blocks.map(toInput);
  const recordGrid = encodeRecord(
    blocks.map((b) => ({
      key: b.key,
      origin: qualified(b.sheetName, {
        r0: b.origin.r,
        c0: b.origin.c,
        r1: b.origin.r,
        c1: b.origin.c,
      }),
      rows: fingerprintBlock(b.next, b.kept),
    }))
  ).map((row) => row.map(toExcel));
  const sizes = [...inputs, recordGrid].map((g) => g.map(jsonSize));
  const totalBytes = sizes.reduce((n, s) => n + s.reduce((m, b) => m + b, 0), 0);
  progress("writing", 0, totalBytes);
  const writer = new BatchWriter(context, (written) =>
    progress("writing", Math.min(written, totalBytes), totalBytes)
  );

  const sheets = new Map<string, Excel.Worksheet>();
  for (const spot of spots) {
    sheets.set(
      spot.sheetName,
      spot.sheetExists ? wb.worksheets.getItem(spot.sheetName) : wb.worksheets.add(spot.sheetName)
    );
  }
  sheets.set(products.sheet, wb.worksheets.getItem(products.sheet));
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    await writer.values(sheets.get(b.sheetName)!, b.origin.r, b.origin.c, inputs[i], sizes[i]);
    // The user's own formulas go back over their carried values (the policy chose them: only a
    // formula a user put in one of their own columns, never text the add-in writes).
    for (const f of b.formulas) {
      if (b.kept.has(`${f.row},${f.col}`)) continue;
      await writer.queue(OPERATION_BYTES + f.formula.length, () => {
        sheets
          .get(b.sheetName)!
          .getRangeByIndexes(b.origin.r + f.row, b.origin.c + f.col, 1, 1).formulas = [[f.formula]];
      });
    }
  }

  // Tables: the Products table grows over the pathway block; Evidence and Strategy are resized or added.
  const wroteTables: string[] = [];
  for (const b of blocks) {
    const name =
      b.key === "pathway"
        ? located.tableName
        : b.key === "evidence"
          ? REPORT_TABLES.evidence
          : REPORT_TABLES.strategy;
    const spot = spots.find((s) => s.key === b.key);
    const before = b.key === "pathway" ? products : spot?.table;
    const address = qualified(b.sheetName, b.tableRect);
    if (before) {
      if (before.r1 !== b.tableRect.r1 || before.c1 !== b.tableRect.c1) {
        // A totals row stays the table's last row, below the data rows.
        const totalsRow = b.key === "pathway" && located.totalsRow === true;
        await writer.queue(OPERATION_BYTES * 3, () =>
          queueTableResize(wb, sheets.get(b.sheetName)!, name, address, { totalsRow })
        );
      }
    } else {
      await writer.queue(OPERATION_BYTES, () => {
        const table = sheets.get(b.sheetName)!.tables.add(address, true);
        table.name = name;
      });
    }
    wroteTables.push(name);
  }
  for (const b of blocks) {
    for (const c of staleHeaderColumns(b)) {
      await writer.queue(OPERATION_BYTES, () =>
        sheets
          .get(b.sheetName)!
          .getRangeByIndexes(b.origin.r, b.origin.c + c, 1, 1)
          .clear("Contents")
      );
    }
  }
  for (const b of blocks) await queueFormats(writer, sheets.get(b.sheetName)!, b, !b.record);

  // The record of what was written, on its very hidden sheet.
  let record: Excel.Worksheet;
  if (!recordSheet) {
    record = wb.worksheets.add(RECORD_SHEET);
    await writer.queue(OPERATION_BYTES, () => (record.visibility = "VeryHidden"));
  } else {
    record = recordSheet;
    if (recordUsed && !recordUsed.isNullObject) {
      const used = rectA1(parseQualified(recordUsed.address));
      await writer.queue(OPERATION_BYTES, () => record.getRange(used).clear("Contents"));
    }
  }
  await writer.values(record, 0, 0, recordGrid, sizes[sizes.length - 1]);
  await writer.flush();
  progress("done", 1, 1);

  const problems = report.parse.problems.map((p) => {
    const index = p.column !== undefined ? report.parse.header?.columns[p.column] : undefined;
    const row = p.rowNumber > 0 ? p.rowNumber - 1 : products.r0;
    const col = products.c0 + (index ?? 0);
    return {
      ...p,
      sheetName: products.sheet,
      address: cellA1(row, col),
      text: formatProblem(p, locale),
    };
  });
  return {
    summary: report.summary,
    problems,
    conflicts: plan.blocks.reduce((n, b) => n + b.conflicts.length, 0),
    wroteTables,
  };
}

/** Readable output: wrapped long text, pathway colours, frozen headers, widths on first write. */
async function queueFormats(
  writer: BatchWriter,
  sheet: Excel.Worksheet,
  b: Block,
  firstWrite: boolean
): Promise<void> {
  const dataRows = b.tableRect.r1 - b.tableRect.r0;
  const ids: readonly string[] =
    b.key === "pathway"
      ? PATHWAY_COLUMN_IDS
      : b.key === "evidence"
        ? EVIDENCE_COLUMN_IDS
        : STRATEGY_COLUMNS.map((c) => c.id);
  const wrapped = (id: string): boolean => isWrapped(b.key, id);
  const column = (i: number): Excel.Range =>
    sheet.getRangeByIndexes(b.origin.r + 1, b.origin.c + i, Math.max(1, dataRows), 1);
  await writer.queue(OPERATION_BYTES, () => {
    sheet.getRangeByIndexes(
      b.origin.r + 1,
      b.origin.c,
      Math.max(1, dataRows),
      ids.length
    ).format.verticalAlignment = "Top";
  });
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (wrapped(id)) await writer.queue(OPERATION_BYTES, () => (column(i).format.wrapText = true));
    if (firstWrite) {
      await writer.queue(OPERATION_BYTES, () => {
        sheet.getRangeByIndexes(b.origin.r, b.origin.c + i, 1, 1).format.columnWidth = columnWidth(
          b.key,
          id
        ).points;
      });
    }
  }
  const pathwayIndex = ids.indexOf("pathway");
  if (pathwayIndex >= 0 && b.key !== "evidence") {
    await writer.queue(OPERATION_BYTES * (PATHWAYS.length + 1), () => {
      const range = column(pathwayIndex);
      range.conditionalFormats.clearAll();
      for (const p of PATHWAYS) {
        const cf = range.conditionalFormats.add("ContainsText");
        cf.textComparison.format.fill.color = PATHWAY_FILLS[p];
        cf.textComparison.rule = { operator: "BeginsWith", text: PATHWAY_LABELS[p] };
      }
    });
  }
  // Freeze down to the header row, unless the table starts so far down that would hide the screen.
  const freeze = freezeRows(b.origin.r);
  if (freeze !== undefined)
    await writer.queue(OPERATION_BYTES, () => sheet.freezePanes.freezeRows(freeze));
}
