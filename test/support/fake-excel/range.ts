/**
 * Range: values, formulas and number formats read and written with Excel's input conversion,
 * navigation (getCell, getRow, getResizedRange…), clear, select, and the format, validation and
 * conditional-format children.
 */
import { type Rect, cellAddress, contains, fullAddress, rectCols, rectRows } from "./address";
import { ConditionalFormatCollectionProxy } from "./conditional-formats";
import type { FakeRequestContext } from "./context";
import { DataValidationProxy } from "./data-validation";
import { coveringMerge, mergeArea, unmergeArea } from "./merges";
import { ProxyBase } from "./proxy-base";
import { RangeFormatProxy } from "./range-format";
import { type Scalar, type SheetState, cellFromInput, officeError } from "./state";
import { normaliseTouchedHeaders } from "./table-rules";
import { WorksheetProxy } from "./worksheet";

export interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

export type RangeResolver = () => RangeTarget | null;

export function grid<T>(
  t: RangeTarget,
  pick: (sheet: SheetState, row: number, col: number) => T
): T[][] {
  const out: T[][] = [];
  for (let r = t.rect.r0; r <= t.rect.r1; r++) {
    const row: T[] = [];
    for (let c = t.rect.c0; c <= t.rect.c1; c++) row.push(pick(t.sheet, r, c));
    out.push(row);
  }
  return out;
}

/** A range get is limited to five million cells on every platform (Excel performance docs). */
export const MAX_READ_CELLS = 5_000_000;
/** Excel's limit on the characters in one cell. */
export const MAX_CELL_TEXT = 32_767;

/** Excel accepts a single value (applied to every cell) or a matrix of exactly the range's size. */
export function forEachInput(
  t: RangeTarget,
  input: unknown,
  apply: (row: number, col: number, value: unknown) => void
): void {
  const rows = rectRows(t.rect);
  const cols = rectCols(t.rect);
  if (!Array.isArray(input)) {
    for (let r = 0; r < rows; r++)
      for (let c = 0; c < cols; c++) apply(t.rect.r0 + r, t.rect.c0 + c, input);
    return;
  }
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw officeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`
    );
  }
  for (let r = 0; r < rows; r++) {
    const row = input[r] as unknown[];
    for (let c = 0; c < cols; c++) apply(t.rect.r0 + r, t.rect.c0 + c, row[c]);
  }
}

export function writeInput(t: RangeTarget, input: unknown): void {
  forEachInput(t, input, (row, col, value) => {
    // Office.js: a null in the input leaves that cell unchanged.
    if (value === null || value === undefined) return;
    if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
      throw officeError("InvalidArgument", `Unsupported cell value at ${cellAddress(row, col)}.`);
    }
    if (typeof value === "string" && value.length > MAX_CELL_TEXT) {
      throw officeError(
        "InvalidArgument",
        `The text for ${cellAddress(row, col)} is longer than Excel's ${MAX_CELL_TEXT} characters.`
      );
    }
    if (typeof value === "number" && !Number.isFinite(value)) {
      throw officeError(
        "InvalidArgument",
        `The value at ${cellAddress(row, col)} is not a finite number.`
      );
    }
    // A merged area shows its top-left cell only; see merges.ts.
    if (t.sheet.merges.length > 0 && coveringMerge(t.sheet, row, col)) return;
    const previous = t.sheet.cell(row, col);
    const textFormat = previous?.numberFormat === "@";
    const next = cellFromInput(value as Scalar, textFormat);
    if (previous?.numberFormat !== undefined && next.numberFormat === undefined)
      next.numberFormat = previous.numberFormat;
    t.sheet.setCell(row, col, next);
  });
}

export class RangeProxy extends ProxyBase {
  protected readonly scalarProps = [
    "address",
    "values",
    "formulas",
    "numberFormat",
    "rowCount",
    "columnCount",
    "rowIndex",
    "columnIndex",
    "text",
  ] as const;

  constructor(
    ctx: FakeRequestContext,
    private readonly resolver: RangeResolver
  ) {
    super(ctx);
  }

  resolve(): RangeTarget | null {
    return this.guard(this.resolver());
  }

  protected snapshot(prop: string, target: unknown): unknown {
    const t = target as RangeTarget;
    switch (prop) {
      case "address":
        return fullAddress(t.sheet.name, t.rect);
      case "values":
        // office-js-docs-pr#5821: over five million cells a get of values may return null instead of failing.
        if (rectRows(t.rect) * rectCols(t.rect) > MAX_READ_CELLS) return null;
        return grid(t, (s, r, c) => s.value(r, c));
      case "formulas":
        // office-js#6687: a quote-prefixed cell comes back without its apostrophe.
        return grid(t, (s, r, c) => s.cell(r, c)?.formula ?? s.value(r, c));
      case "text":
        return grid(t, (s, r, c) => String(s.value(r, c)));
      case "numberFormat":
        return grid(t, (s, r, c) => s.cell(r, c)?.numberFormat ?? "General");
      case "rowCount":
        return rectRows(t.rect);
      case "columnCount":
        return rectCols(t.rect);
      case "rowIndex":
        return t.rect.r0;
      case "columnIndex":
        return t.rect.c0;
      default:
        throw officeError("InvalidArgument", `Range has no property '${prop}' in this model.`);
    }
  }

  get address(): string {
    return this.read("address");
  }
  get values(): Scalar[][] {
    return this.read("values");
  }
  set values(input: Scalar[][]) {
    this.write("values", input, (t) => {
      writeInput(t as RangeTarget, input);
      normaliseTouchedHeaders(this.ctx.state, t as RangeTarget);
    });
  }
  get formulas(): Scalar[][] {
    return this.read("formulas");
  }
  set formulas(input: Scalar[][]) {
    this.write("formulas", input, (t) => {
      writeInput(t as RangeTarget, input);
      normaliseTouchedHeaders(this.ctx.state, t as RangeTarget);
    });
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(input: string[][]) {
    this.write("numberFormat", input, (target) => {
      const t = target as RangeTarget;
      forEachInput(t, input, (row, col, value) => {
        if (value === null || value === undefined) return;
        const cell = t.sheet.cell(row, col) ?? { value: "" };
        t.sheet.setCell(row, col, { ...cell, numberFormat: String(value) });
      });
    });
  }
  get text(): string[][] {
    return this.read("text");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }

  private derive(map: (t: RangeTarget) => Rect): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.resolve();
      if (t === null) return null;
      const rect = map(t);
      if (rect.r0 < 0 || rect.c0 < 0 || rect.r1 < rect.r0 || rect.c1 < rect.c0) {
        throw officeError("InvalidArgument", "The resulting range is outside the worksheet.");
      }
      return { sheet: t.sheet, rect };
    });
  }

  getCell(row: number, col: number): RangeProxy {
    return this.derive((t) => ({
      r0: t.rect.r0 + row,
      c0: t.rect.c0 + col,
      r1: t.rect.r0 + row,
      c1: t.rect.c0 + col,
    }));
  }
  getRow(row: number): RangeProxy {
    return this.derive((t) => ({
      r0: t.rect.r0 + row,
      r1: t.rect.r0 + row,
      c0: t.rect.c0,
      c1: t.rect.c1,
    }));
  }
  getColumn(col: number): RangeProxy {
    return this.derive((t) => ({
      r0: t.rect.r0,
      r1: t.rect.r1,
      c0: t.rect.c0 + col,
      c1: t.rect.c0 + col,
    }));
  }
  getResizedRange(deltaRows: number, deltaCols: number): RangeProxy {
    return this.derive((t) => ({
      ...t.rect,
      r1: t.rect.r1 + deltaRows,
      c1: t.rect.c1 + deltaCols,
    }));
  }
  getOffsetRange(rows: number, cols: number): RangeProxy {
    return this.derive((t) => ({
      r0: t.rect.r0 + rows,
      r1: t.rect.r1 + rows,
      c0: t.rect.c0 + cols,
      c1: t.rect.c1 + cols,
    }));
  }
  getAbsoluteResizedRange(rowCount: number, colCount: number): RangeProxy {
    return this.derive((t) => ({
      r0: t.rect.r0,
      c0: t.rect.c0,
      r1: t.rect.r0 + rowCount - 1,
      c1: t.rect.c0 + colCount - 1,
    }));
  }

  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.resolve()?.sheet ?? null);
  }

  get format(): RangeFormatProxy {
    return new RangeFormatProxy(this);
  }

  get dataValidation(): DataValidationProxy {
    return new DataValidationProxy(this);
  }

  get conditionalFormats(): ConditionalFormatCollectionProxy {
    return new ConditionalFormatCollectionProxy(this);
  }

  clear(applyTo: string = "All"): void {
    this.call({ clear: applyTo }, (target) => {
      const t = target as RangeTarget;
      if (applyTo === "All" || applyTo === "Contents") {
        const last = Math.min(t.rect.r1, t.sheet.rows.length - 1);
        for (let r = t.rect.r0; r <= last; r++) {
          const row = t.sheet.rows[r];
          if (!row) continue;
          for (let c = t.rect.c0; c <= Math.min(t.rect.c1, row.length - 1); c++) {
            const cell = t.sheet.cell(r, c);
            if (!cell) continue;
            t.sheet.setCell(
              r,
              c,
              applyTo === "All" || cell.numberFormat === undefined
                ? undefined
                : { value: "", numberFormat: cell.numberFormat }
            );
          }
        }
      }
      if (applyTo === "All" || applyTo === "Contents") normaliseTouchedHeaders(this.ctx.state, t);
      if (applyTo === "All" || applyTo === "Formats") {
        t.sheet.clearFormats(t.rect);
        if (applyTo === "Formats") {
          for (let r = t.rect.r0; r <= t.rect.r1; r++) {
            for (let c = t.rect.c0; c <= t.rect.c1; c++) {
              const cell = t.sheet.cell(r, c);
              if (cell?.numberFormat !== undefined)
                t.sheet.setCell(r, c, { ...cell, numberFormat: undefined });
            }
          }
        }
      }
    });
  }

  /** ExcelApi 1.2: merge the range (each row on its own with `across`); see merges.ts. */
  merge(across: boolean = false): void {
    this.call({ merge: across }, (target) => {
      this.ctx.requireApi("1.2", "Range.merge");
      const t = target as RangeTarget;
      mergeArea(this.ctx.state, t.sheet, t.rect, across);
    });
  }

  unmerge(): void {
    this.call({ unmerge: true }, (target) => {
      this.ctx.requireApi("1.2", "Range.unmerge");
      const t = target as RangeTarget;
      unmergeArea(t.sheet, t.rect);
    });
  }

  /**
   * ExcelApi 1.13: the merged areas whose top-left cell is in this range (office-js#3611: an area
   * starting outside it is not returned, though it covers cells inside); a null object when none.
   */
  getMergedAreasOrNullObject(): MergedAreasProxy {
    return new MergedAreasProxy(this.ctx, () => {
      const t = this.resolve();
      if (t === null) return null;
      this.ctx.requireApi("1.13", "Range.getMergedAreasOrNullObject");
      const areas = t.sheet.merges.filter((m) => contains(t.rect, m.r0, m.c0));
      return areas.length > 0 ? { sheet: t.sheet, areas } : null;
    }).markNullSource();
  }

  select(): void {
    this.call({ select: true }, (target) => {
      const t = target as RangeTarget;
      this.ctx.state.activeSheetId = t.sheet.id;
      this.ctx.state.selection = { sheetId: t.sheet.id, rect: t.rect };
    });
  }

  /** Used by format/validation proxies: record a layer over this range. */
  addLayer(key: string, value: unknown): void {
    this.call({ [key]: value }, (target) => {
      const t = target as RangeTarget;
      t.sheet.formats.push({ rect: t.rect, key, value });
      if (key === "columnWidth") {
        for (let c = t.rect.c0; c <= t.rect.c1; c++) t.sheet.columnWidths.set(c, Number(value));
      }
    });
  }

  autofit(): void {
    this.call({ autofitColumns: true }, (target) => {
      const t = target as RangeTarget;
      // Width in points from the longest text (about 7 points a character), as Excel's autofit would.
      const used = t.sheet.usedRect();
      const r1 = used ? Math.min(t.rect.r1, used.r1) : t.rect.r0;
      for (let c = t.rect.c0; c <= t.rect.c1; c++) {
        let longest = 0;
        for (let r = t.rect.r0; r <= r1; r++)
          longest = Math.max(longest, String(t.sheet.cell(r, c)?.value ?? "").length);
        t.sheet.columnWidths.set(c, Math.min(409, Math.max(8, longest) * 7));
      }
    });
  }
}

/** What getMergedAreasOrNullObject returns (a RangeAreas): its address, area and cell counts. */
export class MergedAreasProxy extends ProxyBase {
  protected readonly scalarProps = ["address", "areaCount", "cellCount"] as const;
  constructor(
    ctx: FakeRequestContext,
    private readonly resolver: () => { sheet: SheetState; areas: Rect[] } | null
  ) {
    super(ctx);
  }
  resolve(): { sheet: SheetState; areas: Rect[] } | null {
    return this.guard(this.resolver());
  }
  protected snapshot(prop: string, target: unknown): unknown {
    const x = target as { sheet: SheetState; areas: Rect[] };
    switch (prop) {
      case "address":
        return x.areas.map((a) => fullAddress(x.sheet.name, a)).join(",");
      case "areaCount":
        return x.areas.length;
      case "cellCount":
        return x.areas.reduce((n, a) => n + rectRows(a) * rectCols(a), 0);
      default:
        throw officeError("InvalidArgument", `RangeAreas has no property '${prop}' in this model.`);
    }
  }
  get address(): string {
    return this.read("address");
  }
  get areaCount(): number {
    return this.read("areaCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
}
