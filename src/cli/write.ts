/**
 * Writing a Report into the workbook: the CLI reads a snapshot (`readSnapshot`), the write-back
 * policy plans the write (`planWriteBack`, src/domain/writeback/plan.ts, the plan the pane applies
 * too), and `applyPlan` (apply.ts) writes it with ExcelJS. Input cells are never touched.
 *
 * What the tool wrote last time is kept, as fingerprints, in the add-in's very hidden record sheet
 * (src/domain/report/record.ts, shared with the pane), so that a cell the user has since typed over
 * is recognised as theirs and not overwritten without --force (docs/features.md#classify: never
 * overwrite a cell the add-in did not write without asking).
 */
import type { Workbook, Worksheet } from "exceljs";
import { t, type Locale } from "../i18n/catalogue";
import { ReimbError } from "../domain/errors";
import { reportTableOfBlock, type Report } from "../domain/report";
import {
  RECORD_SHEET,
  decodeRecord,
  type BlockKey,
  type BlockRecord,
} from "../domain/report/record";
import {
  BLOCK_SPECS,
  applyAnswers,
  planWriteBack,
  reportOutput,
  type BlockSite,
  type WritePlan,
  type WriteSnapshot,
} from "../domain/writeback";
import { noEconomicsData, type EconomicsData } from "../domain/writeback/output";
import type { CellValue } from "../domain/product";
import { findReportTable, reportNameIn, type ProductsLocation } from "./locate";
import { readFormulas } from "./formulas";
import { applyPlan } from "./apply";
import { readBox, sheetBox, tableModel } from "./workbook";
import { besideSite, ownSheetSite } from "./sites";

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

/** The add-in's record (the pane's format, so pane and CLI runs on one workbook know each other's output). */
function readRecords(wb: Workbook): Map<BlockKey, BlockRecord> {
  const ws = wb.getWorksheet(RECORD_SHEET);
  if (!ws) return new Map();
  return decodeRecord(readBox(ws, sheetBox(ws)));
}

/** A sheet's cells from A1 to its used end. */
function fromA1(ws: Worksheet): CellValue[][] {
  const box = sheetBox(ws);
  return readBox(ws, {
    top: 1,
    left: 1,
    bottom: Math.max(1, box.bottom),
    right: Math.max(1, box.right),
  });
}

/**
 * What the write-back plan needs from the workbook: where each block sits and what is there now
 * (the whole sheet from A1, so a table that grows over a user's cell asks first), the formulas in
 * the add-in's own tables, and the record. An own sheet is rewritten in place (apply.ts), so a cell
 * outside its table is the user's and stays: the same snapshot the package writer and the pane take.
 */
export function readSnapshot(
  wb: Workbook,
  location: ProductsLocation,
  locale: Locale = "en"
): WriteSnapshot {
  const ws = location.ws;
  const box = location.box;
  const model = location.table ? tableModel(location.table) : undefined;
  const sites: BlockSite[] = [
    besideSite({
      sheet: ws.name,
      table: { r0: box.top - 1, c0: box.left - 1, r1: box.bottom - 1, c1: box.right - 1 },
      ...(model ? { tableName: model.name } : {}),
      isExcelTable: location.table !== undefined,
      totalsRow: model?.totalsRow === true,
      grid: fromA1(ws),
    }),
  ];
  for (const spec of Object.values(BLOCK_SPECS)) {
    if (!spec.ownSheet) continue;
    // The name a previous run gave it, in whichever language; the user's language for a new one.
    const name = reportNameIn(wb, reportTableOfBlock(spec.key), locale);
    const sheet = wb.getWorksheet(name);
    const sheetGrid = sheet ? fromA1(sheet) : undefined;
    const spot = findReportTable(wb, name, spec.columns, spec.keyIds);
    // Only the sheet being replaced loses cells; a table of that name on another sheet is
    // removed (table names are workbook-wide) and its cells there are not this block's.
    const own = sheet !== undefined && spot !== undefined && spot.ws === sheet;
    const formulas = new Map<string, string>();
    if (own)
      for (const [at, f] of readFormulas(spot)) {
        const [r, c] = at.split(",").map(Number);
        formulas.set(`${r + spot.top - 1},${c + spot.left - 1}`, f);
      }
    sites.push(
      ownSheetSite({
        key: spec.key,
        sheet: name,
        sheetExists: sheet !== undefined,
        ...(own
          ? {
              table: {
                r0: spot.top - 1,
                c0: spot.left - 1,
                r1: spot.bottom - 1,
                c1: spot.right - 1,
                isExcelTable: spot.isTable,
              },
              grid: sheetGrid ?? [],
              formulas,
            }
          : {}),
      })
    );
  }
  return { sites, records: readRecords(wb) };
}

interface CellConflict {
  /** Sheet-qualified when outside the Products sheet. */
  cell: string;
  current: CellValue;
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
  /** The CMS data the run loaded, for the Economics sheet (none: it says why on each row). */
  economics?: EconomicsData;
}

/**
 * The CLI's consent rule on a plan: without --force, any question stops the run
 * before anything is written (ConflictError, exit 5), naming every cell at once so one fix-up
 * round is enough. Returns how many questions --force answers "overwrite". Both CLI writers
 * (ExcelJS here, the workbook package in ./package/run.ts) ask through this one function.
 */
export function consentRule(plan: WritePlan, opts: WriteOptions): number {
  const beside = plan.blocks.filter((b) => b.placement === "beside").flatMap((b) => b.conflicts);
  const own = plan.blocks.filter((b) => b.placement === "ownSheet").flatMap((b) => b.conflicts);
  const questions = plan.conflicts.length;
  if (!opts.force && questions > 0) {
    const messages: string[] = [];
    const say = (id: string, cells: CellConflict[]): void => {
      if (cells.length > 0)
        messages.push(
          t(id, { count: cells.length, examples: examplesOf(cells, opts.locale) }, opts.locale)
        );
    };
    say(
      "cli.classify.error.conflicts",
      beside.map((c) => ({ cell: c.address, current: c.current }))
    );
    say(
      "cli.classify.error.tableConflicts",
      own.map((c) => ({ cell: `${c.sheet}!${c.address}`, current: c.current }))
    );
    throw new ConflictError(messages.join("\n"), [
      ...[...beside, ...own].map((c) => ({
        sheet: c.sheet,
        address: c.address,
        current: c.current,
      })),
    ]);
  }
  return questions;
}

/**
 * Plan the write-back (the policy the pane runs) and apply it; returns how many user cells
 * --force overwrote. Without --force, any question stops the run before anything
 * is written (ConflictError, exit 5), naming every cell at once so one fix-up round is enough.
 */
export function writeReport(
  wb: Workbook,
  location: ProductsLocation,
  report: Report,
  opts: WriteOptions
): number {
  if (report.headerRowIndex === undefined) return 0;
  const snapshot = readSnapshot(wb, location, opts.locale);
  const plan = planWriteBack(
    snapshot,
    reportOutput(report, snapshot, opts.economics ?? noEconomicsData())
  );
  const questions = consentRule(plan, opts);
  applyPlan(
    wb,
    applyAnswers(plan, () => true)
  );
  return opts.force ? questions : 0;
}
