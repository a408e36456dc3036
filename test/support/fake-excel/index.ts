/**
 * In-memory Excel for tests and the pane's browser harness: the subset of the Excel JavaScript API
 * that `src/excel` uses, strict where real Excel is strict. Plain TypeScript, no Node or DOM imports.
 *
 * Strictness (what it catches):
 * - Batches: calls queue operations, `context.sync()` runs them in order; `syncCount` counts syncs.
 * - Load before read: reading a property that was not loaded (or set) and synced throws an error
 *   with code "PropertyNotLoaded", as Office.js does. `isNullObject` is readable only after a sync.
 * - Text vs formula: writing a string starting with "=" through `values` (or "+", "-", "@" when it
 *   is not a number) stores a FORMULA, as Excel does; numeric, TRUE/FALSE and ISO-date text is
 *   converted; a leading apostrophe stores the rest as text (Excel's quote prefix, hidden from
 *   `values`). `null` in a values matrix leaves that cell unchanged. A matrix must match the range.
 * - Payload limits: the JSON size of one sync's queued operations over `limits.requestBytes`
 *   (default 5,000,000) throws "RequestPayloadSizeLimitExceeded" and applies nothing; loaded data
 *   over `limits.responseBytes` throws "ResponsePayloadSizeLimitExceeded" (Excel on the web, ~5 MB).
 * - Tables: unique names, no overlap, at least one data row; header cells become unique text on
 *   every write that touches a header row (values, formulas, clear, add, resize, a user typing),
 *   each rename logged in `state.headerFixes`; `showTotals` adds/removes a totals row (part of
 *   getRange, not of getDataBodyRange; `getTotalRowRange`).
 * - Typed text: numbers, "1e5", "$1,200", "(3)", "50%", "12:30", "1 1/2", "1/2", ISO dates and
 *   month-name dates ("Sep 30", "Jan 2026", "30-Sep") become numbers; TRUE/FALSE and error
 *   text become booleans/errors; dates without a year take FAKE_CURRENT_YEAR.
 * - Null objects: a method call, property set or navigation through an *OrNullObject result that
 *   found nothing fails the sync with "InvalidObjectPath" (Office.js documents no behaviour for it;
 *   the model takes the strictest). Loading the null object itself and reading isNullObject is fine.
 * - Requirement sets: `limits.excelApi` (default "1.20") is the host's ExcelApi version; an API above
 *   it (Table.resize 1.13, DataValidation 1.8, getRangeByIndexes/freezeRows 1.7) fails with
 *   "ApiNotFound"; Office.context.requirements.isSetSupported answers accordingly.
 * - Merged cells: a merged area's value is its top-left cell's; the cells it covers read blank, a
 *   write to them is dropped; no merged cells in a table (merges.ts).
 * - A user's edits around tables: typing right below or right of a table grows it; inserting
 *   columns shifts cells, layers, merges and tables (table-growth.ts).
 * - Excel's limits: data-validation list source ≤ 255 characters, error title ≤ 32, error message
 *   ≤ 225 (MS-XLS DValStrings); ≤ 32,767 characters per cell; a get of values over five million
 *   cells returns null; a very hidden sheet cannot be deleted; the last visible sheet cannot be hidden.
 *
 * API (Excel side): Excel.run(cb); context.sync(); workbook.worksheets.{getItem, getItemOrNullObject,
 * add, getActiveWorksheet, load("items/name")}; workbook.tables.{getItem, getItemOrNullObject, add,
 * load}; workbook.settings.{add, getItem, getItemOrNullObject}; workbook.getSelectedRange();
 * workbook.application.calculate(Excel.CalculationType.*);
 * Worksheet.{name, visibility, getRange, getRangeByIndexes, getCell, getUsedRange,
 * getUsedRangeOrNullObject, freezePanes.freezeRows, autoFilter.{apply, remove}, tables, activate, delete};
 * Range.{values, formulas, numberFormat, text, address, rowCount, columnCount, rowIndex, columnIndex,
 * getCell, getRow, getColumn, getResizedRange, getOffsetRange, getAbsoluteResizedRange, clear,
 * merge, unmerge, getMergedAreasOrNullObject().{address, areaCount, cellCount},
 * select, worksheet, format.{wrapText, columnWidth, rowHeight, horizontal/verticalAlignment,
 * fill.color, font.{bold,italic,color}, autofitColumns, autofitRows}, dataValidation.{rule, clear},
 * conditionalFormats.{add("ContainsText").textComparison, clearAll}};
 * Table.{name, showFilterButton, style, showTotals, getTotalRowRange, getRange, getHeaderRowRange, getDataBodyRange, convertToRange, columns.{getItemAt,
 * getItem, getItemOrNullObject, load}, rows.{add, count}, resize, delete, worksheet}.
 *
 * API (test side):
 *   const fake = new FakeExcel({ limits?, onSync? });  fake.install(globalThis) → uninstall()
 *   fake.syncCount, fake.syncs (request/response bytes per sync), fake.resetCounters()
 *   fake.setValues(sheet, "A1", rows)   (a user typing; creates the sheet)   fake.addSheet(name)
 *   fake.userTypes(sheet, "A12", value)  (one cell typed as in Excel: a table next to it grows)
 *   fake.merge(sheet, "B1:C1", across?)  fake.insertColumns(sheet, "C", count?)
 *   fake.addTable(sheet, "A1:D3", name)  fake.activate(sheet)   fake.snapshot() (JSON of everything)
 *   fake.sheet(name).{cellValues(address?), formulas(address?), cell("B2"), format("B2", key),
 *     numberFormat("B2"), validation("B2"), columnWidth("C"), frozenRows, visibility,
 *     conditionalFormats, merges, exists}
 *   fake.table(name) → { name, sheetName, address, headers, rows, totals?, showFilterButton } | undefined
 *   fake.tableNames(), fake.sheetNames(), fake.settings, fake.selection
 *   fake.calculations (types passed to workbook.application.calculate, in order)
 */
import { type Rect, columnIndex, fullAddress, parseAddress, rectAddress } from "./address";
import { FakeRequestContext, type Limits, type SyncRecord, compareVersions } from "./context";
import { assertNoMerges, coveringMerge, mergeArea, typingTarget } from "./merges";
import { growForTyping, insertColumns, nameGrownColumn } from "./table-growth";
import { lastDataRow, normaliseTouchedHeaders } from "./table-rules";
import {
  type Cell,
  type Scalar,
  type SheetState,
  WorkbookState,
  cellFromInput,
  officeError,
} from "./state";

export { parseAddress, fullAddress, rectAddress, cellAddress, columnIndex } from "./address";
export { columnLetters, quoteSheet, MAX_ROWS, MAX_COLUMNS } from "./address";
export type { Rect } from "./address";
export type { Cell, Scalar } from "./state";
export type { SyncRecord, Limits } from "./context";
export type { HeaderFix } from "./state";
export { FakeRequestContext } from "./context";
export { VALIDATION_LIMITS } from "./data-validation";

/** Excel on the web's documented request/response limit is 5 MB; the model uses the lower reading. */
export const DEFAULT_PAYLOAD_LIMIT = 5_000_000;

export interface FakeExcelOptions {
  limits?: Partial<Limits>;
  /** Called at the start of every sync (before anything runs): tests use it to cancel mid-run. */
  onSync?: (syncNumber: number, record: SyncRecord) => void;
}

export interface SheetInspector {
  exists: boolean;
  /** Values of `address` (default: the used range from A1), as `values` would return them. */
  cellValues(address?: string): Scalar[][];
  formulas(address?: string): Scalar[][];
  cell(address: string): Cell | undefined;
  numberFormat(address: string): string;
  format(address: string, key: string): unknown;
  validation(address: string): unknown;
  columnWidth(letters: string): number | undefined;
  frozenRows: number;
  /** Address of the worksheet AutoFilter, if any. */
  autoFilter: string | undefined;
  visibility: string;
  /** Merged areas, as A1 ranges. */
  merges: string[];
  conditionalFormats: {
    address: string;
    type: string;
    operator?: string;
    text?: string;
    fill?: string;
  }[];
}

export interface TableInspector {
  name: string;
  sheetName: string;
  address: string;
  headers: Scalar[];
  /** Data rows only (not the totals row). */
  rows: Scalar[][];
  /** The totals row, when the table shows one. */
  totals?: Scalar[];
  showFilterButton: boolean;
}

export class FakeExcel {
  readonly state = new WorkbookState();
  syncCount = 0;
  syncs: SyncRecord[] = [];
  runCount = 0;
  readonly limits: Limits;
  private readonly onSync?: FakeExcelOptions["onSync"];

  constructor(opts: FakeExcelOptions = {}) {
    this.limits = {
      requestBytes: opts.limits?.requestBytes ?? DEFAULT_PAYLOAD_LIMIT,
      responseBytes: opts.limits?.responseBytes ?? DEFAULT_PAYLOAD_LIMIT,
      excelApi: opts.limits?.excelApi ?? "1.20",
    };
    this.onSync = opts.onSync;
  }

  resetCounters(): void {
    this.syncCount = 0;
    this.syncs = [];
    this.runCount = 0;
  }

  /** Largest request any sync sent since the last reset. */
  get largestRequest(): number {
    return this.syncs.reduce((m, s) => Math.max(m, s.requestBytes), 0);
  }

  newContext(): FakeRequestContext {
    return new FakeRequestContext(this.state, this.limits, (record) => {
      this.syncCount++;
      this.syncs.push(record);
      this.onSync?.(this.syncCount, record);
    });
  }

  /** Calculation types requested through workbook.application.calculate, in order. */
  get calculations(): readonly string[] {
    return this.state.calculations;
  }

  /** Excel.run: a fresh context; pending operations are synced when the batch resolves. */
  async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
    this.runCount++;
    const context = this.newContext();
    const result = await batch(context);
    if (context.pending > 0) await context.sync();
    return result;
  }

  /** Set `Excel`, `Office` and `OfficeExtension` globals; returns a function restoring the old ones. */
  install(
    target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>
  ): () => void {
    const previous = {
      Excel: target.Excel,
      Office: target.Office,
      OfficeExtension: target.OfficeExtension,
    };
    target.Excel = {
      run: <T>(batch: (context: FakeRequestContext) => Promise<T>) => this.run(batch),
      RequestContext: FakeRequestContext,
      CalculationType: { recalculate: "Recalculate", full: "Full", fullRebuild: "FullRebuild" },
      ErrorCodes: {
        itemNotFound: "ItemNotFound",
        invalidArgument: "InvalidArgument",
        propertyNotLoaded: "PropertyNotLoaded",
        requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
        responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
      },
    };
    target.Office = {
      onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }),
      HostType: { Excel: "Excel" },
      context: {
        displayLanguage: "en-US",
        requirements: {
          isSetSupported: (name: string, version?: string) =>
            name !== "ExcelApi" || compareVersions(version ?? "1.1", this.limits.excelApi) <= 0,
        },
      },
    };
    target.OfficeExtension = { Error: Error };
    return () => {
      for (const [k, v] of Object.entries(previous)) {
        if (v === undefined) delete target[k];
        else target[k] = v;
      }
    };
  }

  // ------------------------------------------------------------ set-up helpers (no syncs counted)

  addSheet(name: string): void {
    if (!this.state.sheetByName(name)) this.state.addSheet(name);
  }

  activate(name: string): void {
    this.state.activeSheetId = this.requireSheet(name).id;
  }

  /** What a user typing into cells would produce (same parsing as `values`). */
  setValues(sheetName: string, anchor: string, rows: Scalar[][]): void {
    this.addSheet(sheetName);
    const sheet = this.requireSheet(sheetName);
    const { rect } = parseAddress(anchor);
    rows.forEach((row, r) =>
      row.forEach((value, c) => {
        if (coveringMerge(sheet, rect.r0 + r, rect.c0 + c)) return;
        const prev = sheet.cell(rect.r0 + r, rect.c0 + c);
        sheet.setCell(
          rect.r0 + r,
          rect.c0 + c,
          value === "" ? undefined : cellFromInput(value, prev?.numberFormat === "@")
        );
      })
    );
    const width = Math.max(0, ...rows.map((row) => row.length));
    if (rows.length > 0 && width > 0) {
      normaliseTouchedHeaders(this.state, {
        sheet,
        rect: { r0: rect.r0, c0: rect.c0, r1: rect.r0 + rows.length - 1, c1: rect.c0 + width - 1 },
      });
    }
  }

  /**
   * A user typing one cell in Excel (see table-growth.ts): parsed as typed; next to a table (the row
   * below, the column right) the table takes the cell in, as Excel's AutoCorrect does; in a merged
   * area it goes to the area's top-left cell. Returns the table that grew, if any.
   */
  userTypes(sheetName: string, address: string, value: Scalar): string | undefined {
    this.addSheet(sheetName);
    const sheet = this.requireSheet(sheetName);
    const { rect } = parseAddress(address);
    const { r, c } = typingTarget(sheet, rect.r0, rect.c0);
    const grown = value === "" ? undefined : growForTyping(this.state, sheet, r, c);
    const prev = sheet.cell(r, c);
    sheet.setCell(
      r,
      c,
      value === "" ? undefined : cellFromInput(value, prev?.numberFormat === "@")
    );
    if (grown?.newColumn !== undefined)
      nameGrownColumn(this.state, sheet, grown.table, grown.newColumn);
    normaliseTouchedHeaders(this.state, { sheet, rect: { r0: r, c0: c, r1: r, c1: c } });
    return grown?.table.name;
  }

  /** A user merging cells (Home > Merge & Center): see merges.ts. */
  merge(sheetName: string, address: string, across = false): void {
    mergeArea(this.state, this.requireSheet(sheetName), parseAddress(address).rect, across);
  }

  /** A user inserting `count` sheet columns before column `letters` (Home > Insert): see table-growth.ts. */
  insertColumns(sheetName: string, letters: string, count = 1): void {
    insertColumns(this.state, this.requireSheet(sheetName), columnIndex(letters), count);
  }

  addTable(sheetName: string, address: string, name: string): void {
    const sheet = this.requireSheet(sheetName);
    const { rect } = parseAddress(address);
    assertNoMerges(sheet, rect);
    if (this.state.tableByName(name))
      throw officeError("ItemAlreadyExists", `Table ${name} exists.`);
    this.state.tables.push({
      id: this.state.newId("table"),
      name,
      sheetId: sheet.id,
      rect: rect.r1 === rect.r0 ? { ...rect, r1: rect.r0 + 1 } : rect,
      showFilterButton: true,
      style: "TableStyleMedium2",
    });
  }

  // ------------------------------------------------------------ inspection

  sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  tableNames(): string[] {
    return this.state.tables.map((t) => t.name);
  }

  get settings(): ReadonlyMap<string, unknown> {
    return this.state.settings;
  }

  get selection(): { sheetName: string; address: string } | undefined {
    const sel = this.state.selection;
    if (!sel) return undefined;
    const sheet = this.state.sheetById(sel.sheetId);
    return sheet ? { sheetName: sheet.name, address: rectAddress(sel.rect) } : undefined;
  }

  private requireSheet(name: string): SheetState {
    const sheet = this.state.sheetByName(name);
    if (!sheet) throw new Error(`fake-excel: no sheet "${name}"`);
    return sheet;
  }

  sheet(name: string): SheetInspector {
    const sheet = this.state.sheetByName(name);
    const rectOf = (address?: string): Rect | undefined => {
      if (!sheet) return undefined;
      if (address !== undefined) return parseAddress(address).rect;
      const used = sheet.usedRect();
      return used ? { r0: 0, c0: 0, r1: used.r1, c1: used.c1 } : undefined;
    };
    const read = <T>(address: string | undefined, pick: (c: Cell | undefined) => T): T[][] => {
      const rect = rectOf(address);
      if (!sheet || !rect) return [];
      const out: T[][] = [];
      for (let r = rect.r0; r <= rect.r1; r++) {
        const row: T[] = [];
        for (let c = rect.c0; c <= rect.c1; c++) row.push(pick(sheet.cell(r, c)));
        out.push(row);
      }
      return out;
    };
    const at = (address: string): { r: number; c: number } => {
      const { rect } = parseAddress(address);
      return { r: rect.r0, c: rect.c0 };
    };
    return {
      exists: sheet !== undefined,
      cellValues: (address) => read(address, (c) => c?.value ?? ""),
      formulas: (address) => read(address, (c) => c?.formula ?? c?.value ?? ""),
      cell: (address) => {
        const { r, c } = at(address);
        return sheet?.cell(r, c);
      },
      numberFormat: (address) => {
        const { r, c } = at(address);
        return sheet?.cell(r, c)?.numberFormat ?? "General";
      },
      format: (address, key) => {
        const { r, c } = at(address);
        return sheet?.formatAt(r, c, key);
      },
      validation: (address) => {
        const { r, c } = at(address);
        return sheet?.validationAt(r, c);
      },
      columnWidth: (letters) => sheet?.columnWidths.get(columnIndex(letters)),
      frozenRows: sheet?.frozenRows ?? 0,
      autoFilter: sheet?.autoFilter ? rectAddress(sheet.autoFilter) : undefined,
      visibility: sheet?.visibility ?? "Visible",
      merges: (sheet?.merges ?? []).map(rectAddress),
      conditionalFormats: (sheet?.conditionalFormats ?? []).map((f) => ({
        address: rectAddress(f.rect),
        type: f.type,
        operator: f.operator,
        text: f.text,
        fill: f.fill,
      })),
    };
  }

  table(name: string): TableInspector | undefined {
    const t = this.state.tableByName(name);
    if (!t) return undefined;
    const sheet = this.state.sheetById(t.sheetId);
    if (!sheet) return undefined;
    const rows: Scalar[][] = [];
    for (let r = t.rect.r0; r <= t.rect.r1; r++) {
      const row: Scalar[] = [];
      for (let c = t.rect.c0; c <= t.rect.c1; c++) row.push(sheet.cell(r, c)?.value ?? "");
      rows.push(row);
    }
    return {
      name: t.name,
      sheetName: sheet.name,
      address: fullAddress(sheet.name, t.rect),
      headers: rows[0],
      rows: rows.slice(1, lastDataRow(t) - t.rect.r0 + 1),
      ...(t.showTotals ? { totals: rows[rows.length - 1] } : {}),
      showFilterButton: t.showFilterButton,
    };
  }

  /** Everything the workbook holds, as JSON: equal snapshots mean nothing changed. */
  snapshot(): string {
    return JSON.stringify({
      sheets: this.state.sheets.map((s) => ({
        name: s.name,
        visibility: s.visibility,
        frozenRows: s.frozenRows,
        autoFilter: s.autoFilter ?? null,
        rows: s.rows.map((row) => (row ? row.map((c) => c ?? null) : null)),
        formats: s.formats,
        conditionalFormats: s.conditionalFormats,
        merges: s.merges,
        validations: s.validations,
        widths: [...s.columnWidths],
      })),
      tables: this.state.tables,
      settings: [...this.state.settings],
    });
  }
}
