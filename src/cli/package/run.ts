/**
 * `reimb classify` read and written through the workbook package (src/xlsx) instead of ExcelJS:
 * the workbook is read as a snapshot (./snapshot.ts), the report built by the domain, the
 * write-back policy (src/domain/writeback) asked what may be written, and its answer applied as
 * blocks (./apply.ts) — so everything the add-in does not own (charts, pivot tables, drawings,
 * external links, macros, sensitivity labels, the user's comments, validation and formats on
 * Evidence and Strategy) leaves the run byte for byte, and a 50,000-product portfolio fits in
 * memory.
 *
 * It decides nothing itself: the package is read into the same `WriteSnapshot` the ExcelJS path
 * builds (../sites.ts), the one write-back plan (`planWriteBack`, src/domain/writeback/plan.ts,
 * the plan the pane applies) says what to write, the CLI's one consent rule (src/cli/write.ts
 * `consentRule`) says whether it may, and each planned block is mapped to an `AppliedBlock`
 * without knowing which block it is — so a block added to `BLOCK_SPECS` is written here with no
 * new code. As in the pane and the ExcelJS writer, an own sheet is rewritten in place, so a cell
 * the user typed outside its table is kept; unlike the ExcelJS writer (and as the pane does), a
 * user column's cell the run leaves as it was (same value, same formula) is not rewritten at all,
 * so its rich text and style stay exactly as the user made them.
 */
import * as fs from "fs";
import * as path from "path";
import { t, type Locale } from "../../i18n/catalogue";
import type { CellValue } from "../../domain/product";
import type { CodeReference } from "../../domain/reference/port";
import {
  EVIDENCE_COLUMNS,
  STRATEGY_COLUMNS,
  reportTableOfBlock,
  reportTableTarget,
  buildReport,
  recogniseColumn,
  type Report,
  type ReportColumn,
  type TableGrid,
} from "../../domain/report";
import {
  RECORD_SHEET,
  RecordDecoder,
  decodeRecord,
  encodeRecord,
  type BlockKey,
  type BlockRecord,
} from "../../domain/report/record";
import { isEmptyCell, sameCell } from "../../domain/report/overwrite";
import { matchKey } from "../../domain/vocab";
import {
  BLOCK_SPECS,
  applyAnswers,
  planWriteBack,
  reportOutput,
  userColumns,
  type BlockSite,
  type PlannedBlock,
  type WriteSnapshot,
} from "../../domain/writeback";
import { PackageError, type Rect } from "../../xlsx";
import { readWorkbookBytes } from "../../xlsx/file";
import { ConflictError, consentRule } from "../write";
import { searchProducts } from "../locate";
import { ReimbError, errorText } from "../../domain/errors";
import { besideSite, ownSheetSite } from "../sites";
import { warn } from "../output";
import { dataLine, defaultPlaces, economicsData, loadData } from "../reference";
import { noEconomicsData, type EconomicsData } from "../../domain/writeback/output";
import { cliInflate } from "./compression";
import { WorkbookSnapshot, type SnapshotTable } from "./snapshot";
import { applyPlan, type AppliedBlock, type AppliedCell } from "./apply";
import { assumptionsInSnapshot } from "../assumptions";

/** What `run` in src/cli/classify.ts parsed; only what this path needs. */
export interface PackageRunOptions {
  input: string;
  output: string;
  sheet?: string;
  asOf?: string;
  force: boolean;
  data?: string;
  locale: Locale;
}

export const PACKAGE_EXIT = { inputFile: 3, noTable: 4, conflicts: 5 } as const;

/** Where the Products data is (1-based sheet coordinates). */
export interface Location {
  sheet: string;
  table?: SnapshotTable;
  box: Rect;
  grid: CellValue[][];
  firstRowNumber: number;
  headerRowIndex?: number;
}

export function locate(
  sheetsRead: Sheets,
  file: string,
  sheetName: string | undefined,
  locale: Locale
): { ok: true; location: Location } | { ok: false; message: string } {
  const snap = sheetsRead.snap;
  const sheets = snap.sheets.filter((s) => s.kind === "worksheet" && s.state !== "veryHidden");
  const names = new Set(sheets.map((s) => s.name));
  const found = searchProducts(
    {
      sheets,
      sheetName: (s) => s.name,
      tables: snap.tables.filter((x) => names.has(x.sheet)),
      facts: (x) => ({
        name: x.name,
        sheet: x.sheet,
        header: snap.region(x.sheet, { ...x.ref, bottom: x.ref.top }).grid[0],
      }),
      top: (s, rows) => snap.top(s.name, rows),
    },
    file,
    sheetName,
    locale
  );
  if (!found.ok) return found;
  if (found.kind === "table") {
    const table = found.table;
    return {
      ok: true,
      location: {
        sheet: table.sheet,
        table,
        box: table.ref,
        grid: windowOf(sheetsRead.whole(table.sheet), table.ref),
        firstRowNumber: table.ref.top,
        headerRowIndex: table.headerRowCount === 0 ? undefined : 0,
      },
    };
  }
  const whole = sheetsRead.whole(found.sheet.name);
  const box = {
    top: 1,
    left: 1,
    bottom: Math.max(1, whole.grid.length),
    right: Math.max(1, whole.grid[0]?.length ?? 1),
  };
  return {
    ok: true,
    location: {
      sheet: found.sheet.name,
      box,
      grid: windowOf(whole, box),
      firstRowNumber: 1,
      headerRowIndex: found.headerRowIndex,
    },
  };
}

/** A sheet read whole from A1 once, and windows into it (padded with empty cells). */
interface WholeSheet {
  name: string;
  grid: CellValue[][];
  formulas: Map<string, string>;
}

function readWhole(snap: WorkbookSnapshot, name: string): WholeSheet {
  const region = snap.region(name);
  return { name, grid: region.grid, formulas: region.formulas };
}

function windowOf(sheet: WholeSheet, box: Rect): CellValue[][] {
  const out: CellValue[][] = [];
  const width = box.right - box.left + 1;
  for (let r = box.top; r <= box.bottom; r++) {
    const line = sheet.grid[r - 1];
    // A row the window covers exactly is shared, not copied (the readers only read it): the
    // Evidence sheet of a re-run is held once, however many windows look into it.
    if (box.left === 1 && line?.length === width) {
      out.push(line);
      continue;
    }
    const row: CellValue[] = new Array<CellValue>(box.right - box.left + 1);
    for (let c = box.left; c <= box.right; c++) row[c - box.left] = line?.[c - 1] ?? null;
    out.push(row);
  }
  return out;
}

/** One of the add-in's tables as it is now (src/cli/locate.ts findReportTable, on the snapshot). */
interface Spot {
  sheet: WholeSheet;
  top: number;
  left: number;
  bottom: number;
  right: number;
  isTable: boolean;
  grid: TableGrid;
}

export class Sheets {
  private readonly cache = new Map<string, WholeSheet>();
  constructor(readonly snap: WorkbookSnapshot) {}
  whole(name: string): WholeSheet {
    let s = this.cache.get(name);
    if (!s) this.cache.set(name, (s = readWhole(this.snap, name)));
    return s;
  }
  /** Forget the sheets read so far (a later `whole` reads the sheet again). */
  release(): void {
    this.cache.clear();
  }
  exists(name: string): boolean {
    return this.snap.sheet(name)?.kind === "worksheet";
  }
}

function findReportTable(
  sheets: Sheets,
  name: string,
  columns: readonly ReportColumn[],
  keys: readonly string[]
): Spot | undefined {
  const named = sheets.snap.tables.find((x) => matchKey(x.name) === matchKey(name));
  let sheet: WholeSheet;
  let box: Rect;
  if (named) {
    sheet = sheets.whole(named.sheet);
    box = named.ref;
  } else {
    if (!sheets.exists(name)) return undefined;
    sheet = sheets.whole(name);
    box = {
      top: 1,
      left: 1,
      bottom: Math.max(1, sheet.grid.length),
      right: Math.max(1, sheet.grid[0]?.length ?? 1),
    };
  }
  const grid = windowOf(sheet, box);
  const headerAt = grid.findIndex(
    (row, i) => i < 20 && keys.every((k) => row.some((c) => recogniseColumn(columns, c) === k))
  );
  if (headerAt < 0) return undefined;
  return {
    sheet,
    top: box.top + headerAt,
    left: box.left,
    bottom: box.bottom,
    right: box.right,
    isTable: named !== undefined,
    grid: {
      headers: grid[headerAt].map((c) => (c === null ? "" : String(c))),
      rows: grid.slice(headerAt + 1),
    },
  };
}

export interface PackageWriteResult {
  bytes: Uint8Array;
  /** User cells --force overwrote. */
  forced: number;
}

/**
 * A table named like one of the add-in's own tables but on another sheet: Excel table names are
 * workbook-wide, so the add-in's table could not be written without a duplicate name. The
 * package writer does not delete the user's table; it refuses and says which to rename.
 */
export class TableNameClash extends ReimbError {
  constructor(
    readonly table: string,
    readonly sheet: string
  ) {
    super("cli.classify.error.tableNameClash", { table, sheet });
    this.name = "TableNameClash";
  }
}

/** The workbook's name for one of the add-in's tables (a run in any language made it), else the locale's. */
function ownName(snap: WorkbookSnapshot, key: BlockKey, locale: Locale): string {
  const names = [...snap.tables.map((x) => x.name), ...snap.sheets.map((x) => x.name)];
  return reportTableTarget(reportTableOfBlock(key), names, locale).name;
}

/**
 * The write snapshot the plan takes, read from the package: the same sites the ExcelJS reader
 * gives (src/cli/write.ts readSnapshot, through ../sites.ts).
 */
export function packageSnapshot(
  snap: WorkbookSnapshot,
  location: Location,
  sheets: Sheets,
  locale: Locale = "en"
): WriteSnapshot {
  const table = location.table;
  const box = location.box;
  const products = sheets.whole(location.sheet);
  const sites: BlockSite[] = [
    besideSite({
      sheet: location.sheet,
      table: { r0: box.top - 1, c0: box.left - 1, r1: box.bottom - 1, c1: box.right - 1 },
      ...(table ? { tableName: table.name } : {}),
      isExcelTable: table !== undefined,
      totalsRow: table !== undefined && table.totalsRowCount > 0,
      grid: products.grid,
    }),
  ];
  for (const spec of Object.values(BLOCK_SPECS)) {
    if (!spec.ownSheet) continue;
    const name = ownName(snap, spec.key, locale);
    const clash = snap.tables.find((x) => matchKey(x.name) === matchKey(name) && x.sheet !== name);
    if (clash) throw new TableNameClash(clash.name, clash.sheet);
    const exists = sheets.exists(name);
    const spot = findReportTable(sheets, name, spec.columns, spec.keyIds);
    const own = exists && spot !== undefined && spot.sheet.name === name;
    sites.push(
      ownSheetSite({
        key: spec.key,
        sheet: name,
        sheetExists: exists,
        ...(own
          ? {
              table: {
                r0: spot.top - 1,
                c0: spot.left - 1,
                r1: spot.bottom - 1,
                c1: spot.right - 1,
                isExcelTable: spot.isTable,
              },
              grid: spot.sheet.grid,
              formulas: spot.sheet.formulas,
            }
          : {}),
      })
    );
  }
  return { sites, records: recordIn(snap) };
}

/** The record sheet decoded as it streams (its grid is never built), or from its grid when out of order. */
function recordIn(snap: WorkbookSnapshot): Map<BlockKey, BlockRecord> {
  const decoder = new RecordDecoder();
  if (snap.eachRecordRow((r, cells) => decoder.row(r, cells))) return decoder.finish();
  return decodeRecord(snap.record());
}

/**
 * One planned block as the package applier takes it. Nothing here knows a block by name: the
 * grid's `undefined` cells are left alone, the user's formulas go back as formulas, `clear` becomes
 * stale cells, and formats and the table's extent are the plan's. One refinement for the package
 * form: a user column's cell on an own sheet that the plan writes back unchanged (same value, same
 * formula) is skipped, so its rich text and style stay exactly as the user made them.
 */
export function appliedBlock(block: PlannedBlock, site: BlockSite | undefined): AppliedBlock {
  // By row, then column: no key string per cell of a 600,000-row block.
  const formulas = new Map<number, Map<number, string>>();
  for (const f of block.formulas) {
    let line = formulas.get(f.row);
    if (!line) formulas.set(f.row, (line = new Map()));
    line.set(f.col, f.formula);
  }
  const { origin } = block;
  const read = site?.read;
  const nowAt = (r: number, c: number): CellValue =>
    read?.grid[origin.r + r - read.from.r]?.[origin.c + c - read.from.c] ?? null;
  const nowFormula = (r: number, c: number): string | undefined =>
    read?.formulas?.get(`${origin.r + r - read.from.r},${origin.c + c - read.from.c}`);
  const users =
    block.placement === "ownSheet" && read
      ? userColumns(
          BLOCK_SPECS[block.key],
          block.planned[0] ?? [],
          Array.from({ length: block.grid[0]?.length ?? 0 }, (_v, c) => nowAt(0, c)),
          block.grid[0]?.length ?? 0
        )
      : new Set<number>();
  const applied = (v: CellValue | undefined, r: number, c: number): AppliedCell | undefined => {
    if (v === undefined) return undefined;
    const formula = formulas.get(r)?.get(c);
    if (
      r > 0 &&
      users.has(c) &&
      !isEmptyCell(nowAt(r, c)) &&
      sameCell(nowAt(r, c), v) &&
      nowFormula(r, c) === formula
    )
      return undefined;
    return formula !== undefined ? { formula, cached: v } : v;
  };
  // A data row applied as planned (no formula, no user cell left alone) is shared, not copied:
  // a 600,000-row block is not held twice. The header row is always a copy of its own (the
  // applier aligns it with the table's column names).
  const cells = block.grid.map((row, r): ReadonlyArray<AppliedCell | undefined> => {
    if (r === 0) return row.map((v, c) => applied(v, r, c));
    let copy: (AppliedCell | undefined)[] | undefined;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      const w = applied(v, r, c);
      if (w !== v && !copy) copy = row.slice(0, c);
      if (copy) copy.push(w);
    }
    return copy ?? row;
  });
  // Whether the sheet holds anything outside the block (then its old rows are read again, to keep it).
  let nothingOutside = block.placement === "ownSheet" && read !== undefined;
  const height = block.grid.length;
  const width = block.grid[0]?.length ?? 0;
  const outside = (r: number, c: number): boolean =>
    r < origin.r || r >= origin.r + height || c < origin.c || c >= origin.c + width;
  if (nothingOutside && read) {
    read.grid.forEach((line, i) =>
      line.forEach((v, j) => {
        if (!isEmptyCell(v) && outside(i + read.from.r, j + read.from.c)) nothingOutside = false;
      })
    );
    for (const at of read.formulas?.keys() ?? []) {
      const [r, c] = at.split(",").map(Number);
      if (outside(r + read.from.r, c + read.from.c)) nothingOutside = false;
    }
  }
  const f = block.formats;
  const widths: (number | undefined)[] = [];
  if (f.setWidths) for (const col of f.columns) widths[col.col] = col.width.chars;
  return {
    sheet: block.sheet,
    placement: block.placement === "ownSheet" ? "ownSheet" : "besideTable",
    ...(block.tableName ? { table: block.tableName } : {}),
    origin,
    cells,
    stale: block.clear.map((x) => ({ r: origin.r + x.row, c: origin.c + x.col })),
    format: {
      headerBold: f.headerBold,
      widths,
      wrap: f.columns.filter((col) => col.wrap).map((col) => col.col),
      fills: f.fills,
      ...(f.freezeRows !== undefined ? { freezeRows: f.freezeRows } : {}),
    },
    // A totals row would need its own cells moved: such a table is left as it is; data found by
    // its header row (no Excel table) gets none beside it.
    ...(block.placement === "ownSheet" || (block.isExcelTable && !block.totalsRow)
      ? { tableRect: block.tableAfter }
      : {}),
    ...(nothingOutside ? { nothingOutside } : {}),
  };
}

/**
 * What `writeThroughPackage` writes: the plan's blocks as the applier takes them and the plan's
 * record. Only these leave this function: the previous output's grids, its decoded record, the
 * write snapshot and the plan are left to the collector before the record is encoded and the
 * sheets are written, so a re-run on a 50,000-product output does not hold the old Evidence sheet
 * and its record beside the new ones while writing.
 */
function plannedBlocks(
  snap: WorkbookSnapshot,
  location: Location,
  report: Report,
  opts: { force: boolean; locale: Locale; economics?: EconomicsData },
  sheets: Sheets
): { blocks: AppliedBlock[]; records: BlockRecord[]; questions: number } {
  const snapshot = packageSnapshot(snap, location, sheets, opts.locale);
  const planned = planWriteBack(
    snapshot,
    reportOutput(report, snapshot, opts.economics ?? noEconomicsData())
  );
  const questions = consentRule(planned, { force: opts.force, locale: opts.locale });
  const plan = applyAnswers(planned, () => true);
  const blocks = plan.blocks.map((b) =>
    appliedBlock(
      b,
      snapshot.sites.find((s) => s.key === b.key)
    )
  );
  // The sheets read whole are not read again in this run (the Products grid stays with `location`).
  sheets.release();
  return { blocks, records: plan.records, questions };
}

/** The blocks and the record sheet's rows (the plan's fingerprints are let go once encoded). */
function toWrite(
  snap: WorkbookSnapshot,
  location: Location,
  report: Report,
  opts: { force: boolean; locale: Locale; economics?: EconomicsData },
  sheets: Sheets
): { blocks: AppliedBlock[]; recordRows: CellValue[][]; questions: number } {
  const { blocks, records, questions } = plannedBlocks(snap, location, report, opts, sheets);
  return { blocks, recordRows: recordRowsOf(records), questions };
}

/** The record sheet's rows for the plan's record: empty cells written as no cell, blanked in place. */
function recordRowsOf(records: readonly BlockRecord[]): CellValue[][] {
  const rows: CellValue[][] = encodeRecord(records);
  for (const row of rows) for (let c = 0; c < row.length; c++) if (row[c] === "") row[c] = null;
  return rows;
}

/**
 * The output workbook for a report (the package form of src/cli/write.ts writeReport): the same
 * snapshot, the same plan (planWriteBack), the same consent rule (consentRule: ConflictError,
 * naming every cell, unless `force`), applied through the package patcher.
 */
export function writeThroughPackage(
  snap: WorkbookSnapshot,
  location: Location,
  report: Report,
  opts: { force: boolean; locale: Locale; macroEnabled: boolean; economics?: EconomicsData },
  sheets: Sheets
): PackageWriteResult {
  if (report.headerRowIndex === undefined)
    return { bytes: applyPlan(snap, { blocks: [], macroEnabled: opts.macroEnabled }), forced: 0 };
  const { blocks, recordRows, questions } = toWrite(snap, location, report, opts, sheets);
  const bytes = applyPlan(snap, {
    blocks,
    record: { sheet: RECORD_SHEET, rows: recordRows },
    macroEnabled: opts.macroEnabled,
  });
  return { bytes, forced: opts.force ? questions : 0 };
}

/**
 * The report for the located Products data, and the output workbook with it written back (what
 * `reimb classify` does between reading the file and writing the output). Throws ConflictError
 * (exit 5 unless --force) or TableNameClash; nothing is written then.
 */
export function classifyLocated(
  snap: WorkbookSnapshot,
  sheets: Sheets,
  location: Location,
  o: {
    asOf?: string;
    force: boolean;
    locale: Locale;
    macroEnabled: boolean;
    reference?: CodeReference;
    economics?: EconomicsData;
  }
): { report: Report; written: PackageWriteResult } {
  const report = reportOf(sheets, location, o);
  const written = writeThroughPackage(
    snap,
    location,
    report,
    { force: o.force, locale: o.locale, macroEnabled: o.macroEnabled, economics: o.economics },
    sheets
  );
  return { report, written };
}

/** The report for the located Products data, carrying what the user kept in Evidence and Strategy. */
export function reportOf(
  sheets: Sheets,
  location: Location,
  o: { asOf?: string; locale: Locale; reference?: CodeReference }
): Report {
  // Found under the name a previous run gave them, in whichever language.
  const evidence = findReportTable(
    sheets,
    ownName(sheets.snap, "evidence", o.locale),
    EVIDENCE_COLUMNS,
    ["productId", "itemId"]
  );
  const strategy = findReportTable(
    sheets,
    ownName(sheets.snap, "strategy", o.locale),
    STRATEGY_COLUMNS,
    ["productId"]
  );
  return buildReport({
    grid: location.grid,
    firstRowNumber: location.firstRowNumber,
    headerRowIndex: location.headerRowIndex,
    previousEvidence: evidence?.grid,
    previousStrategy: strategy?.grid,
    reference: o.reference,
    asOf: o.asOf,
    assumptions: assumptionsInSnapshot(sheets.snap),
    locale: o.locale,
  });
}

/**
 * The package path of `reimb classify`, from the checked input to the written output. Returns an
 * exit code, or the report and data line for the caller to print as the ExcelJS path does.
 */
export async function classifyThroughPackage(
  o: PackageRunOptions
): Promise<{ exit: number } | { report: Report; dataUsed: unknown }> {
  // Whatever the package reader refuses (a CSV named .xlsx, an encrypted workbook, a zip bomb)
  // is named for what it is, in the ExcelJS path's words ("cannot read … as an .xlsx workbook").
  const unreadable = (reason: string): { exit: number } => {
    warn(t("cli.classify.error.unreadable", { file: o.input, reason }, o.locale));
    return { exit: PACKAGE_EXIT.inputFile };
  };
  const refused = (err: PackageError): { exit: number } =>
    unreadable(t(err.msgId, { file: o.input, ...err.params }, o.locale));
  let snap: WorkbookSnapshot;
  const sheets = (): Sheets => new Sheets(snap);
  try {
    snap = WorkbookSnapshot.open(readWorkbookBytes(o.input), {}, { inflate: cliInflate });
  } catch (err) {
    if (!(err instanceof PackageError)) throw err;
    return refused(err);
  }
  try {
    const all = sheets();
    const located = locate(all, o.input, o.sheet, o.locale);
    if (!located.ok) {
      warn(located.message);
      return { exit: PACKAGE_EXIT.noTable };
    }
    const data = await loadData(defaultPlaces(o.data), o.locale);
    if (!data.ok) {
      warn(data.message);
      return { exit: PACKAGE_EXIT.inputFile };
    }
    warn(dataLine(data.used, o.locale));
    let report: Report;
    let written: PackageWriteResult;
    try {
      ({ report, written } = classifyLocated(snap, all, located.location, {
        asOf: o.asOf,
        force: o.force,
        locale: o.locale,
        macroEnabled: !/\.xlsx$/i.test(path.extname(o.output)),
        reference: data.reference,
        economics: economicsData(data),
      }));
    } catch (err) {
      if (err instanceof ConflictError) {
        warn(errorText(err, o.locale));
        return { exit: PACKAGE_EXIT.conflicts };
      }
      if (err instanceof TableNameClash) {
        warn(errorText(err, o.locale));
        return { exit: PACKAGE_EXIT.conflicts };
      }
      throw err;
    }
    if (written.forced > 0) warn(t("cli.classify.forced", { count: written.forced }, o.locale));
    try {
      fs.writeFileSync(o.output, written.bytes);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      warn(t("cli.classify.error.cannotWrite", { file: o.output, reason }, o.locale));
      return { exit: PACKAGE_EXIT.inputFile };
    }
    return { report, dataUsed: data.used };
  } catch (err) {
    if (!(err instanceof PackageError)) throw err;
    return refused(err);
  }
}
