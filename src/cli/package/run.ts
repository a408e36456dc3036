/**
 * `reimb classify` read and written through the workbook package (src/xlsx) instead of ExcelJS:
 * the workbook is read as a snapshot (./snapshot.ts), the report built by the domain, the
 * write-back policy (src/domain/writeback) asked what may be written, and its answer applied as
 * blocks (./apply.ts) — so everything the add-in does not own (charts, pivot tables, drawings,
 * external links, macros, sensitivity labels, the user's comments, validation and formats on
 * Evidence and Strategy) leaves the run byte for byte, and a 50,000-product portfolio fits in
 * memory.
 *
 * The decisions are the ExcelJS path's (src/cli/write.ts, src/cli/locate.ts), made by the same
 * domain functions on the same grids; this module only reads those grids from the package and
 * turns the decisions into blocks. One difference by design: cells of a user column that the run
 * leaves as they were (same row, same value) are not rewritten at all, so their rich text, styles
 * and formulas stay exactly as the user made them.
 */
import * as fs from "fs";
import * as path from "path";
import { t, type Locale } from "../../i18n/catalogue";
import type { CellValue } from "../../domain/product";
import type { CodeReference } from "../../domain/reference/port";
import {
  EVIDENCE_COLUMNS,
  PATHWAY_COLUMNS,
  REPORT_TABLES,
  STRATEGY_COLUMNS,
  buildReport,
  recogniseColumn,
  type Report,
  type ReportColumn,
  type TableGrid,
} from "../../domain/report";
import {
  RECORD_SHEET,
  decodeRecord,
  encodeRecord,
  fingerprint,
  fingerprintBlock,
  type BlockKey,
  type BlockRecord,
} from "../../domain/report/record";
import { isEmptyCell, sameCell } from "../../domain/report/overwrite";
import { qualified } from "../../domain/sheet/address";
import { matchKey } from "../../domain/vocab";
import {
  BLOCK_SPECS,
  HEADER_SCAN_ROWS,
  capCell,
  columnWidth,
  findProducts,
  isWrapped,
  pathwayFill,
  planBlock,
  productsNotFound,
  recordFor,
  strayCells as findStrayCells,
  userColumns,
  userFormulas,
  type BlockSpec,
  type WriteConflict,
} from "../../domain/writeback";
import { PackageError, type Rect } from "../../xlsx";
import { readWorkbookBytes } from "../../xlsx/file";
import { ConflictError } from "../write";
import { warn } from "../output";
import { dataLine, defaultPlaces, loadData } from "../reference";
import { WorkbookSnapshot, type SnapshotTable } from "./snapshot";
import { applyPlan, type AppliedBlock, type AppliedCell } from "./apply";

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
interface Location {
  sheet: string;
  table?: SnapshotTable;
  box: Rect;
  grid: CellValue[][];
  firstRowNumber: number;
  headerRowIndex?: number;
}

function locate(
  sheetsRead: Sheets,
  file: string,
  sheetName: string | undefined,
  locale: Locale
): { ok: true; location: Location } | { ok: false; message: string } {
  const snap = sheetsRead.snap;
  const sheets = snap.sheets.filter((s) => s.kind === "worksheet" && s.state !== "veryHidden");
  const names = new Set(sheets.map((s) => s.name));
  const tables = snap.tables.filter((x) => names.has(x.sheet));
  const candidates =
    sheetName === undefined
      ? sheets
      : sheets.filter((s) => s.name === sheetName || matchKey(s.name) === matchKey(sheetName));
  const search = findProducts({
    tables: tables.map((x) => ({
      name: x.name,
      sheet: x.sheet,
      header: snap.region(x.sheet, { ...x.ref, bottom: x.ref.top }).grid[0],
    })),
    sheets: candidates.map((s) => ({ name: s.name, top: snap.top(s.name, HEADER_SCAN_ROWS) })),
    chosenSheet: sheetName,
  });
  if (!search.ok && search.noSheet) {
    return {
      ok: false,
      message: t(
        "cli.classify.error.noSheet",
        { file, sheet: sheetName ?? "", sheets: sheets.map((s) => s.name).join(", ") },
        locale
      ),
    };
  }
  if (search.ok && (search.source.kind === "sheet" || search.source.complete)) {
    const source = search.source;
    if (names.has(source.sheet) && source.kind === "table") {
      const found = tables.find((x) => x.sheet === source.sheet && x.name === source.name);
      if (found) {
        return {
          ok: true,
          location: {
            sheet: found.sheet,
            table: found,
            box: found.ref,
            grid: windowOf(sheetsRead.whole(found.sheet), found.ref),
            firstRowNumber: found.ref.top,
            headerRowIndex: found.headerRowCount === 0 ? undefined : 0,
          },
        };
      }
    } else if (names.has(source.sheet) && source.kind === "sheet") {
      const whole = sheetsRead.whole(source.sheet);
      const box = {
        top: 1,
        left: 1,
        bottom: Math.max(1, whole.grid.length),
        right: Math.max(1, whole.grid[0]?.length ?? 1),
      };
      return {
        ok: true,
        location: {
          sheet: source.sheet,
          box,
          grid: windowOf(whole, box),
          firstRowNumber: 1,
          headerRowIndex: source.header.headerRowIndex,
        },
      };
    }
  }
  const reason = productsNotFound(search);
  return {
    ok: false,
    message: t(
      "cli.classify.error.products",
      { file, detail: t(reason.id, reason.params, locale) },
      locale
    ),
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
  for (let r = box.top; r <= box.bottom; r++) {
    const line = sheet.grid[r - 1];
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

class Sheets {
  private readonly cache = new Map<string, WholeSheet>();
  constructor(readonly snap: WorkbookSnapshot) {}
  whole(name: string): WholeSheet {
    let s = this.cache.get(name);
    if (!s) this.cache.set(name, (s = readWhole(this.snap, name)));
    return s;
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

/** Cells of an own sheet that rewriting it would lose (src/cli/locate.ts strayCells, on the snapshot). */
function strayCells(
  sheets: Sheets,
  name: string,
  columns: readonly ReportColumn[],
  keys: readonly string[]
): { address: string; value: CellValue }[] {
  if (!sheets.exists(name)) return [];
  const whole = sheets.whole(name);
  const named = sheets.snap.tables.find(
    (x) => x.sheet === name && matchKey(x.name) === matchKey(name)
  );
  const all = whole.grid;
  let inside: (r: number, c: number) => boolean;
  if (named) {
    const b = named.ref;
    inside = (r, c) => r >= b.top && r <= b.bottom && c >= b.left && c <= b.right;
  } else {
    const headerAt = all.findIndex(
      (row, i) => i < 20 && keys.every((k) => row.some((c) => recogniseColumn(columns, c) === k))
    );
    if (headerAt < 0) inside = () => false;
    else {
      const headed = new Set(
        all[headerAt].map((c, i) => (c !== null && String(c).trim() !== "" ? i + 1 : -1))
      );
      inside = (r, c) => r >= headerAt + 1 && headed.has(c);
    }
  }
  return findStrayCells(all, (r, c) => inside(r + 1, c + 1));
}

function gridOf(table: TableGrid): CellValue[][] {
  return [table.headers, ...(table.rows.length > 0 ? table.rows : [table.headers.map(() => null)])];
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

function tableConflicts(
  sheets: Sheets,
  records: Map<BlockKey, BlockRecord>,
  spec: BlockSpec,
  next: TableGrid,
  spot: Spot | undefined
): WriteConflict[] {
  const name = spec.table;
  if (!spot || spot.sheet.name !== name) return [];
  const fresh = gridOf(next);
  const height = Math.max(fresh.length, spot.bottom - spot.top + 1);
  const width = Math.max(next.headers.length, spot.right - spot.left + 1);
  const current = windowOf(spot.sheet, {
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
    record: recordFor(records, spec.key, name),
  }).conflicts;
}

function examplesOf(
  cells: readonly { cell: string; current: CellValue }[],
  locale: Locale
): string {
  return cells
    .slice(0, 5)
    .map((c) =>
      t("cli.classify.conflict.cell", { cell: c.cell, current: String(c.current) }, locale)
    )
    .join(", ");
}

function fillOf(value: CellValue | undefined): string | undefined {
  return pathwayFill(value === null || value === undefined ? "" : String(value));
}

/**
 * The block of one of the add-in's own sheets (Evidence, Strategy): written from A1 as a table;
 * a user's formula comes back as that formula; a user column's cell that keeps its row and value
 * is skipped (left exactly as it is).
 */
function ownSheetBlock(
  sheets: Sheets,
  spec: BlockSpec,
  next: TableGrid,
  spot: Spot | undefined,
  ids: readonly string[],
  fills?: (row: readonly CellValue[]) => string | undefined,
  fillColumn?: number
): AppliedBlock {
  const grid = gridOf(next);
  const kept = new Map<string, string>();
  if (spot) {
    const formulas = new Map<string, string>();
    for (const [at, f] of spot.sheet.formulas) {
      const [r, c] = at.split(",").map(Number);
      const rr = r + 1 - spot.top;
      const cc = c + 1 - spot.left;
      if (rr >= 0 && cc >= 0 && cc < spot.grid.headers.length) formulas.set(`${rr},${cc}`, f);
    }
    for (const k of userFormulas(spec, [spot.grid.headers, ...spot.grid.rows], formulas, [
      next.headers,
      ...next.rows,
    ]))
      kept.set(`${k.row},${k.col}`, k.formula);
  }
  // What the sheet holds now at the very cells the block covers (skip needs the same place).
  const own = sheets.exists(spec.table) ? sheets.whole(spec.table) : undefined;
  const users = userColumns(spec, grid[0], own?.grid[0] ?? [], grid[0].length);
  const cells: AppliedCell[][] = grid.map((row, r) =>
    row.map((v, c): AppliedCell => {
      const value = capCell(v ?? null);
      const formula = kept.get(`${r},${c}`);
      return formula !== undefined ? { formula, cached: value } : value;
    })
  );
  const skipping: Array<Array<AppliedCell | undefined>> = cells;
  if (own) {
    for (let r = 1; r < grid.length; r++)
      for (const c of users) {
        const now = own.grid[r]?.[c] ?? null;
        const nowFormula = own.formulas.get(`${r},${c}`);
        // An empty cell is written as empty (not skipped): a sheet with nothing of the user's
        // in it is then rewritten without reading its rows again.
        if (
          !isEmptyCell(now) &&
          sameCell(now, grid[r][c] ?? null) &&
          nowFormula === kept.get(`${r},${c}`)
        )
          skipping[r][c] = undefined;
      }
  }
  const fillList: { row: number; col: number; color: string }[] = [];
  if (fills && fillColumn !== undefined)
    grid.forEach((row, r) => {
      const color = r > 0 ? fills(row) : undefined;
      if (color) fillList.push({ row: r, col: fillColumn, color });
    });
  return {
    sheet: spec.table,
    placement: "ownSheet",
    table: spec.table,
    origin: { r: 0, c: 0 },
    cells: skipping,
    format: {
      headerBold: true,
      widths: ids.map((id) => columnWidth(spec.key, id).chars),
      wrap: ids.map((id, i) => (isWrapped(spec.key, id) ? i : -1)).filter((i) => i >= 0),
      fills: fillList,
      freezeRows: 1,
    },
    tableRect: { r0: 0, c0: 0, r1: grid.length - 1, c1: grid[0].length - 1 },
  };
}

export interface PackageWriteResult {
  bytes: Uint8Array;
  /** User cells --force overwrote. */
  forced: number;
}

/**
 * The output workbook for a report (the package form of src/cli/write.ts writeReport). Throws
 * ConflictError, naming every cell, when the run would overwrite cells that are not the add-in's
 * and `force` is off.
 */
export function writeThroughPackage(
  snap: WorkbookSnapshot,
  location: Location,
  report: Report,
  opts: { force: boolean; locale: Locale; macroEnabled: boolean },
  sheets: Sheets
): PackageWriteResult {
  if (report.headerRowIndex === undefined)
    return { bytes: applyPlan(snap, { blocks: [], macroEnabled: opts.macroEnabled }), forced: 0 };
  const sheet = location.sheet;
  const headerRow = location.box.top + report.headerRowIndex;
  const startColumn = location.box.left + report.pathwayStartColumn;
  const next = report.pathwayColumns;
  const width = next.headers.length;
  const records = decodeRecord(snap.record());
  const record = recordFor(records, "pathway", sheet);
  const height = Math.max(next.rows.length + 1, record?.rows.length ?? 0);
  const currentAll = windowOf(sheets.whole(sheet), {
    top: headerRow,
    left: startColumn,
    bottom: headerRow + height - 1,
    right: startColumn + width - 1,
  });
  const currentGrid = currentAll.slice(0, next.rows.length + 1);
  const { conflicts } = planBlock({
    spec: BLOCK_SPECS.pathway,
    sheet,
    origin: { r: headerRow - 1, c: startColumn - 1 },
    current: currentGrid,
    next: [next.headers, ...next.rows],
    record,
  });
  const stray = [
    ...strayCells(sheets, REPORT_TABLES.evidence, EVIDENCE_COLUMNS, ["productId", "itemId"]).map(
      (c) => ({ ...c, sheet: REPORT_TABLES.evidence })
    ),
    ...strayCells(sheets, REPORT_TABLES.strategy, STRATEGY_COLUMNS, ["productId"]).map((c) => ({
      ...c,
      sheet: REPORT_TABLES.strategy,
    })),
  ];
  const evidenceSpot = findReportTable(sheets, REPORT_TABLES.evidence, EVIDENCE_COLUMNS, [
    "productId",
    "itemId",
  ]);
  const strategySpot = findReportTable(sheets, REPORT_TABLES.strategy, STRATEGY_COLUMNS, [
    "productId",
  ]);
  const tables = [
    ...tableConflicts(sheets, records, BLOCK_SPECS.evidence, report.evidence, evidenceSpot),
    ...tableConflicts(sheets, records, BLOCK_SPECS.strategy, report.strategy, strategySpot),
  ];
  if (!opts.force && stray.length + conflicts.length + tables.length > 0) {
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

  // The pathway block beside the Products table.
  const pathwayIds = PATHWAY_COLUMNS.map((c) => c.id);
  const pathwayAt = pathwayIds.indexOf("pathway");
  const pathwayGrid = [next.headers, ...next.rows];
  const stale: { r: number; c: number }[] = [];
  if (record && record.rows.length > next.rows.length + 1) {
    for (let i = next.rows.length + 1; i < record.rows.length; i++)
      for (let c = 0; c < width; c++) {
        const was = record.rows[i][c];
        if (was && was === fingerprint(currentAll[i]?.[c] ?? null))
          stale.push({ r: headerRow - 1 + i, c: startColumn - 1 + c });
      }
  }
  const pathwayFills: { row: number; col: number; color: string }[] = [];
  next.rows.forEach((row, i) => {
    const color = fillOf(row[pathwayAt]);
    if (color) pathwayFills.push({ row: i + 1, col: pathwayAt, color });
  });
  const pathwayWrap = new Set(pathwayIds.map((id, i) => (isWrapped("pathway", id) ? i : -1)));
  const table = location.table;
  const pathway: AppliedBlock = {
    sheet,
    placement: "besideTable",
    table: table?.name,
    origin: { r: headerRow - 1, c: startColumn - 1 },
    cells: pathwayGrid.map((row) => row.map((v) => capCell(v ?? null))),
    stale,
    format: {
      headerBold: true,
      widths: pathwayIds.map((id) => columnWidth("pathway", id).chars),
      wrap: [...pathwayWrap].filter((i) => i >= 0),
      fills: pathwayFills,
      freezeRows: headerRow,
    },
    // A totals row would need its own cells moved: such a table is left as it is.
    tableRect:
      table && table.totalsRowCount === 0
        ? {
            r0: location.box.top - 1,
            c0: location.box.left - 1,
            r1: location.box.bottom - 1,
            c1: Math.max(location.box.right, startColumn + width - 1) - 1,
          }
        : undefined,
  };

  const evidenceIds = report.evidence.headers.map(
    (h) => recogniseColumn(EVIDENCE_COLUMNS, h) ?? ""
  );
  const evidence = ownSheetBlock(
    sheets,
    BLOCK_SPECS.evidence,
    report.evidence,
    evidenceSpot,
    evidenceIds
  );
  const strategyIds = STRATEGY_COLUMNS.map((c) => c.id);
  const strategy = ownSheetBlock(
    sheets,
    BLOCK_SPECS.strategy,
    report.strategy,
    strategySpot,
    strategyIds,
    (row) => fillOf(row[strategyIds.indexOf("pathway")]),
    strategyIds.indexOf("pathway")
  );
  const origin = (s: string, r: number, c: number): string =>
    qualified(s, { r0: r, c0: c, r1: r, c1: c });
  const recordRows = encodeRecord([
    {
      key: "pathway",
      origin: origin(sheet, headerRow - 1, startColumn - 1),
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
  ]).map((row) => row.map((v) => (v === "" ? null : v)));
  const bytes = applyPlan(snap, {
    blocks: [pathway, evidence, strategy],
    record: { sheet: RECORD_SHEET, rows: recordRows },
    macroEnabled: opts.macroEnabled,
  });
  return { bytes, forced: opts.force ? conflicts.length + stray.length + tables.length : 0 };
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
    snap = WorkbookSnapshot.open(readWorkbookBytes(o.input));
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
    const reference: CodeReference | undefined = data.reference;
    const evidence = findReportTable(all, REPORT_TABLES.evidence, EVIDENCE_COLUMNS, [
      "productId",
      "itemId",
    ]);
    const strategy = findReportTable(all, REPORT_TABLES.strategy, STRATEGY_COLUMNS, ["productId"]);
    const report = buildReport({
      grid: located.location.grid,
      firstRowNumber: located.location.firstRowNumber,
      headerRowIndex: located.location.headerRowIndex,
      previousEvidence: evidence?.grid,
      previousStrategy: strategy?.grid,
      reference,
      asOf: o.asOf,
      locale: o.locale,
    });
    let written: PackageWriteResult;
    try {
      written = writeThroughPackage(
        snap,
        located.location,
        report,
        {
          force: o.force,
          locale: o.locale,
          macroEnabled: !/\.xlsx$/i.test(path.extname(o.output)),
        },
        all
      );
    } catch (err) {
      if (err instanceof ConflictError) {
        warn(err.message);
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
