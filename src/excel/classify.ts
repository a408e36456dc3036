/**
 * Classify, the Excel side: read the Products table and the add-in's previous output once,
 * let the domain build the report, then write it back once. Round trips:
 *   2 syncs  which tables and sheets exist; then the Products table + the Evidence/Strategy tables
 *            + the add-in's record (nothing is navigated on a null object: see locate.ts)
 *   n syncs  read values, n = 1 unless the data exceeds one response (readValues packs slices)
 *   m syncs  write values, tables and formats, m = 1 unless the data exceeds one request
 * Nothing here loops over rows with a sync inside. The adapter decides nothing: it reads a
 * snapshot (where each block sits, what is there, the record, the formulas), `planWriteBack`
 * (src/domain/writeback/plan.ts) decides what is written, asked and formatted, and `applyPlan`
 * writes that plan without knowing one block from another.
 */
import { noEconomicsData, type EconomicsData } from "../domain/writeback/output";
import { getLocale, t, type Locale } from "../i18n/catalogue";
import { PATHWAYS, type PathwayId } from "../domain/pathway/types";
import type { CodeReference } from "../domain/reference/port";
import {
  PATHWAY_COLUMN_IDS,
  buildReport,
  existingReportName,
  reportTableOfBlock,
  reportTableName,
  type Report,
  type TableGrid,
} from "../domain/report";
import {
  BLOCK_SPECS,
  PATHWAY_FILLS,
  applyAnswers,
  conflictKey,
  currentTable,
  planWriteBack,
  productsNotFound,
  reportOutput,
  type BlockSite,
  type PlannedBlock,
  type WritePlan,
} from "../domain/writeback";
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
} from "./address";
import { BatchWriter, OPERATION_BYTES, readValues, type ReadRequest } from "./batch";
import { type ExcelInput, jsonSize, toExcel } from "./cells";
import { discoverProducts, existing } from "./locate";
import { assumptionsRect, assumptionsSource, queueAssumptions } from "./assumptions";
import { assumptionProblemText, formatAssumptionProblem } from "../domain/assumptions";
import { queueTableResize } from "./requirements";
import { loadChartNames, ownChartNames, queueCharts } from "./charts";
import {
  type BlockKey,
  type BlockRecord,
  RECORD_SHEET,
  decodeRecord,
  encodeRecord,
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
  /** The data the Economics sheet is priced with (the pane's loaded data); none: it says why. */
  economics?: EconomicsData;
  asOf?: string;
}

/** Pathway fills: the write-back policy's one table (src/domain/writeback/formats.ts). */
export { PATHWAY_FILLS };

function emptySummary(): Report["summary"] {
  return {
    rows: 0,
    classified: 0,
    withProblems: 0,
    byPathway: Object.fromEntries(PATHWAYS.map((p) => [p, 0])) as Record<PathwayId, number>,
  };
}

/** Times the user is asked before the run stops asking and keeps every cell not yet answered for. */
const MAX_QUESTIONS = 3;

/** The plan's questions as the user is asked them. */
function requestsOf(plan: WritePlan): OverwriteRequest[] {
  return plan.conflicts.map((c) => ({
    sheetName: c.sheet,
    address: c.address,
    current: c.current,
    next: c.next,
    column: c.column,
    ...(c.productId !== undefined ? { productId: c.productId } : {}),
  }));
}

function requestKey(r: OverwriteRequest): string {
  return conflictKey({ sheet: r.sheetName, address: r.address, current: r.current, next: r.next });
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
      const pane = await planPass(context, opts, locale, progress, aborted);
      if (!pane) return { kind: "cancelled" as const };
      const open = requestsOf(pane.plan).filter((r) => !answers.has(requestKey(r)));
      // Ask outside this batch (see above): end it here and plan again after the answer.
      if (open.length > 0 && opts.confirmOverwrite && asked < MAX_QUESTIONS)
        return { kind: "ask" as const, open };

      // Write: from here on the run completes (stopping half-way would leave half-written tables).
      // A cell is overwritten only when the user said yes to exactly what it holds now.
      const plan = applyAnswers(pane.plan, (c) => answers.get(conflictKey(c)) === true);
      return {
        kind: "written" as const,
        outcome: await applyPlan(context, { ...pane, plan }, locale, progress),
      };
    });
    if (pass.kind === "cancelled") return cancelled();
    if (pass.kind === "written") return { ...pass.outcome, syncCount, cancelled: false };
    const overwrite = await opts.confirmOverwrite!(pass.open);
    if (aborted()) return cancelled();
    for (const c of pass.open) answers.set(requestKey(c), overwrite);
  }
}

/** Everything one pass read and decided, for the write in the same `Excel.run`. */
interface PanePass {
  products: SheetRect;
  report: Report;
  plan: WritePlan;
  recordSheet?: Excel.Worksheet;
  recordUsed?: Excel.Range;
  /** The add-in's charts per sheet, as they are now. */
  charts: Map<string, string[]>;
}

/**
 * One pass up to the write: discover, read a snapshot, classify, plan. Returns undefined when
 * the run was cancelled. Reads only, so a pass can be repeated (after the overwrite question).
 */
async function planPass(
  context: Excel.RequestContext,
  opts: ClassifyOptions,
  locale: Locale,
  progress: (phase: ClassifyProgress["phase"], done: number, total: number) => void,
  aborted: () => boolean
): Promise<PanePass | undefined> {
  progress("reading", 0, 1);
  const wb = context.workbook;
  const owned = Object.values(BLOCK_SPECS).filter((spec) => spec.ownSheet);
  // Syncs 1–2 (discoverProducts): which tables and sheets exist, then the Products table and,
  // in the same sync, the add-in's own tables and the record sheet that exist. Only objects
  // sync 1 saw are navigated (getItem), never a null object.
  const {
    location: located,
    extra: discovered,
    search,
  } = await discoverProducts(context, {
    alongside: (names) => ({
      outputs: owned.map((spec) => {
        // The name a previous run gave it, in whichever language; the user's language for a new one.
        const id = reportTableOfBlock(spec.key);
        const tableName = existingReportName(id, [...names.tables.values()]);
        const sheetName = existingReportName(id, [...names.sheets.values()]);
        const table = tableName ? wb.tables.getItem(tableName) : undefined;
        return {
          spec,
          name: tableName ?? sheetName ?? reportTableName(id, locale),
          sheetName,
          tableRange: table?.getRange().load("address"),
          tableUsed: table?.worksheet.getUsedRangeOrNullObject(true).load("address"),
          sheetUsed:
            !table && sheetName
              ? wb.worksheets.getItem(sheetName).getUsedRangeOrNullObject(true).load("address")
              : undefined,
        };
      }),
      // The add-in's charts on its own sheets, found again by name (src/excel/charts.ts).
      charts: loadChartNames(
        wb,
        owned
          .map((spec) =>
            existingReportName(reportTableOfBlock(spec.key), [...names.sheets.values()])
          )
          .filter((n): n is string => n !== undefined)
      ),
      // The plan's As-of date and Expected FDA date (src/excel/assumptions.ts).
      assumptions: queueAssumptions(wb, names),
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
  // Where each own-sheet block sits now: its table (and whatever lies right of and below it on
  // that sheet), else A1 of its sheet (read from A1 to the used end), else a sheet still to add.
  const ownSites = discovered.outputs.map((m): { site: BlockSite; readRect?: Rect } => {
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
        site: {
          key: m.spec.key,
          sheet: table.sheet,
          sheetExists: true,
          tableName: m.name,
          table: { r0: table.r0, c0: table.c0, r1: table.r1, c1: table.c1 },
          isExcelTable: true,
          anchor: { r: table.r0, c: table.c0 },
        },
        readRect,
      };
    }
    const site: BlockSite = {
      key: m.spec.key,
      sheet: m.sheetName ?? m.name,
      sheetExists: m.sheetName !== undefined,
      tableName: m.name,
      anchor: { r: 0, c: 0 },
    };
    if (m.sheetUsed && !m.sheetUsed.isNullObject) {
      const used = parseQualified(m.sheetUsed.address);
      return { site, readRect: { r0: 0, c0: 0, r1: used.r1, c1: used.c1 } };
    }
    return { site };
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
  const readIndex = ownSites.map(({ site, readRect }) => {
    if (!readRect) return -1;
    // Formulas too: a user's formula in their own column comes back as a formula.
    requests.push({
      sheet: wb.worksheets.getItem(site.sheet),
      rect: readRect,
      formulas: site.table !== undefined,
    });
    return requests.length - 1;
  });
  let recordIndex = -1;
  if (recordSheet && recordUsed && !recordUsed.isNullObject) {
    const used = parseQualified(recordUsed.address);
    requests.push({ sheet: recordSheet, rect: { r0: 0, c0: 0, r1: used.r1, c1: used.c1 } });
    recordIndex = requests.length - 1;
  }
  const assumptionsLoad = discovered.assumptions;
  const assumptionsAt = assumptionsRect(assumptionsLoad);
  let assumptionsIndex = -1;
  if (assumptionsAt) {
    requests.push({ sheet: wb.worksheets.getItem(assumptionsAt.sheet), rect: assumptionsAt });
    assumptionsIndex = requests.length - 1;
  }
  const read = await readValues(
    context,
    requests,
    (done, total) => progress("reading", done, total),
    aborted
  );
  if (read.stopped || aborted()) return undefined;

  const sites: BlockSite[] = [
    {
      key: "pathway",
      sheet: products.sheet,
      sheetExists: true,
      tableName: located.tableName,
      table: { r0: products.r0, c0: products.c0, r1: products.r1, c1: products.c1 },
      isExcelTable: true,
      totalsRow: located.totalsRow === true,
      anchor: { r: products.r0, c: products.c0 },
      read: { from: { r: productsRead.r0, c: productsRead.c0 }, grid: read.grids[0] },
    },
    ...ownSites.map(({ site, readRect }, i): BlockSite => {
      const at = readIndex[i];
      if (at < 0 || !readRect) return site;
      return {
        ...site,
        read: {
          from: { r: readRect.r0, c: readRect.c0 },
          grid: read.grids[at],
          formulas: read.formulas[at],
        },
      };
    }),
  ];

  // Classify (pure).
  progress("classifying", 0, 1);
  const productsGrid = read.grids[0].map((row) => row.slice(0, cols(products)));
  // The add-in's own tables as they are now: what the user typed there is carried over.
  const previous = (key: BlockKey): TableGrid | undefined => {
    const site = sites.find((s) => s.key === key);
    return site ? currentTable(site) : undefined;
  };
  const report = buildReport({
    grid: productsGrid,
    firstRowNumber: products.r0 + 1,
    headerRowIndex: 0,
    previousEvidence: previous("evidence"),
    previousStrategy: previous("strategy"),
    reference: opts.reference,
    asOf: opts.asOf,
    assumptions:
      assumptionsLoad && assumptionsAt && assumptionsIndex >= 0
        ? assumptionsSource(assumptionsLoad, assumptionsAt, read.grids[assumptionsIndex])
        : undefined,
    locale,
    sheetNames: { strategy: sites.find((s) => s.key === "strategy")?.sheet },
  });
  progress("classifying", 1, 1);
  if (aborted()) return undefined;

  const records =
    recordIndex >= 0 ? decodeRecord(read.grids[recordIndex]) : new Map<BlockKey, BlockRecord>();
  const plan = planWriteBack(
    { sites, records },
    reportOutput(report, { sites, records }, opts.economics ?? noEconomicsData())
  );
  return {
    products,
    report,
    plan,
    recordSheet,
    recordUsed,
    charts: ownChartNames(discovered.charts),
  };
}

/**
 * Write a plan in the run that planned it. Nothing here knows one block from another: every
 * block is a grid at an origin, a table to add or resize, formulas, cells to clear and formats.
 */
async function applyPlan(
  context: Excel.RequestContext,
  pass: PanePass,
  locale: Locale,
  progress: (phase: ClassifyProgress["phase"], done: number, total: number) => void
): Promise<Omit<ClassifyOutcome, "syncCount" | "cancelled">> {
  const { products, report, plan, recordSheet, recordUsed } = pass;
  const wb = context.workbook;
  // undefined in a plan's grid: leave the cell as it is (null in an Office.js values array).
  const inputs: ExcelInput[][][] = plan.blocks.map((b) =>
    b.grid.map((row) => row.map((v) => (v === undefined ? null : toExcel(v))))
  );
  const recordGrid = encodeRecord(plan.records).map((row) => row.map(toExcel));
  const sizes = [...inputs, recordGrid].map((g) => g.map(jsonSize));
  const totalBytes = sizes.reduce((n, s) => n + s.reduce((m, b) => m + b, 0), 0);
  progress("writing", 0, totalBytes);
  const writer = new BatchWriter(context, (written) =>
    progress("writing", Math.min(written, totalBytes), totalBytes)
  );

  const sheets = new Map<string, Excel.Worksheet>();
  for (const b of plan.blocks) {
    if (sheets.has(b.sheet)) continue;
    sheets.set(
      b.sheet,
      b.sheetExists ? wb.worksheets.getItem(b.sheet) : wb.worksheets.add(b.sheet)
    );
  }
  for (let i = 0; i < plan.blocks.length; i++) {
    const b = plan.blocks[i];
    const sheet = sheets.get(b.sheet)!;
    await writer.values(sheet, b.origin.r, b.origin.c, inputs[i], sizes[i]);
    // The user's own formulas go back over their carried values (the plan chose them: only a
    // formula a user put in one of their own columns, never text the add-in writes).
    for (const f of b.formulas) {
      await writer.queue(OPERATION_BYTES + f.formula.length, () => {
        sheet.getRangeByIndexes(b.origin.r + f.row, b.origin.c + f.col, 1, 1).formulas = [
          [f.formula],
        ];
      });
    }
  }

  // Tables: a table the block extends or is grows or shrinks to its new extent; a new one is added.
  const wroteTables: string[] = [];
  for (const b of plan.blocks) {
    const sheet = sheets.get(b.sheet)!;
    const address = qualified(b.sheet, b.tableAfter);
    const before = b.tableBefore;
    if (before && b.isExcelTable) {
      if (before.r1 !== b.tableAfter.r1 || before.c1 !== b.tableAfter.c1) {
        // A totals row stays the table's last row, below the data rows.
        await writer.queue(OPERATION_BYTES * 3, () =>
          queueTableResize(wb, sheet, b.tableName, address, { totalsRow: b.totalsRow })
        );
      }
    } else {
      await writer.queue(OPERATION_BYTES, () => {
        const table = sheet.tables.add(address, true);
        table.name = b.tableName;
      });
    }
    wroteTables.push(b.tableName);
  }
  // Stale cells are cleared after the tables were resized off them (a blank written into a
  // table's header row becomes "ColumnN" in Excel, left behind outside the table).
  for (const b of plan.blocks) {
    for (const c of b.clear) {
      await writer.queue(OPERATION_BYTES, () =>
        sheets
          .get(b.sheet)!
          .getRangeByIndexes(b.origin.r + c.row, b.origin.c + c.col, 1, 1)
          .clear("Contents")
      );
    }
  }
  for (const b of plan.blocks) await queueFormats(writer, sheets.get(b.sheet)!, b);
  for (const b of plan.blocks)
    await queueCharts(
      writer,
      sheets.get(b.sheet)!,
      b,
      b.sheetExists ? (pass.charts.get(b.sheet) ?? []) : []
    );

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
  // Assumptions problems after the rows' (the run went on with the default each one names).
  for (const p of report.assumptionProblems) {
    problems.push({
      id: "assumptions.problem.at",
      params: {
        table: p.table,
        row: p.rowNumber,
        key: p.label,
        message: assumptionProblemText(p, locale),
      },
      rowNumber: p.rowNumber,
      columnHeader: p.label,
      ...(p.value !== undefined ? { value: p.value } : {}),
      severity: p.severity,
      sheetName: p.sheet,
      address: cellA1(p.rowNumber - 1, p.columnNumber - 1),
      text: formatAssumptionProblem(p, locale),
    });
  }
  return {
    summary: report.summary,
    problems,
    conflicts: plan.conflicts.length,
    wroteTables,
  };
}

/**
 * A block's formats as the plan gives them: wrapped prose, pathway colours (as a conditional
 * format, so a sorted or filtered sheet keeps them), frozen headers, widths on the first write.
 */
async function queueFormats(
  writer: BatchWriter,
  sheet: Excel.Worksheet,
  b: PlannedBlock
): Promise<void> {
  const f = b.formats;
  const dataRows = Math.max(1, b.tableAfter.r1 - b.tableAfter.r0);
  const column = (i: number): Excel.Range =>
    sheet.getRangeByIndexes(b.origin.r + 1, b.origin.c + i, dataRows, 1);
  await writer.queue(OPERATION_BYTES, () => {
    sheet.getRangeByIndexes(
      b.origin.r + 1,
      b.origin.c,
      dataRows,
      b.headers
    ).format.verticalAlignment = "Top";
  });
  for (const c of f.columns) {
    if (c.wrap) await writer.queue(OPERATION_BYTES, () => (column(c.col).format.wrapText = true));
    if (f.setWidths) {
      await writer.queue(OPERATION_BYTES, () => {
        sheet.getRangeByIndexes(b.origin.r, b.origin.c + c.col, 1, 1).format.columnWidth =
          c.width.points;
      });
    }
  }
  const rule = f.fillRule;
  if (rule) {
    await writer.queue(OPERATION_BYTES * (rule.rules.length + 1), () => {
      const range = column(rule.col);
      range.conditionalFormats.clearAll();
      for (const r of rule.rules) {
        const cf = range.conditionalFormats.add("ContainsText");
        cf.textComparison.format.fill.color = r.color;
        cf.textComparison.rule = { operator: "BeginsWith", text: r.beginsWith };
      }
    });
  }
  // Fills the plan gives cell by cell outside the ruled column (the quarter view's bars): static,
  // since their colour follows the row, not the cell's text.
  const rowRule = f.rowRule;
  if (rowRule) {
    // A few rules over the whole region instead of a fill per cell; they follow a sort too.
    const width = rowRule.to - rowRule.from + 1;
    await writer.queue(OPERATION_BYTES * (rowRule.rules.length + 1), () => {
      const range = sheet.getRangeByIndexes(
        b.origin.r + 1,
        b.origin.c + rowRule.from,
        dataRows,
        width
      );
      range.conditionalFormats.clearAll();
      const first = cellA1(b.origin.r + 1, b.origin.c + rowRule.from).replace(/\d+$/, "");
      const key = cellA1(b.origin.r + 1, b.origin.c + rowRule.keyCol).replace(/\d+$/, "");
      const row = b.origin.r + 2;
      for (const r of rowRule.rules) {
        const cf = range.conditionalFormats.add("Custom");
        cf.custom.format.fill.color = r.color;
        cf.custom.rule.formula = `=AND(${first}${row}<>"",$${key}${row}="${r.equals.replace(/"/g, '""')}")`;
      }
    });
  }
  for (const fill of f.fills) {
    if (fill.col === rule?.col || b.grid[fill.row]?.[fill.col] === undefined) continue;
    if (rowRule && fill.col >= rowRule.from && fill.col <= rowRule.to) continue;
    await writer.queue(OPERATION_BYTES, () => {
      sheet.getRangeByIndexes(
        b.origin.r + fill.row,
        b.origin.c + fill.col,
        1,
        1
      ).format.fill.color = fill.color;
    });
  }
  const freeze = f.freezeRows;
  if (freeze !== undefined)
    await writer.queue(OPERATION_BYTES, () => sheet.freezePanes.freezeRows(freeze));
}
