/**
 * Client-side proxies with Office.js batch semantics: calls queue operations; `context.sync()`
 * runs them in order against the WorkbookState; a property can be read only after it was loaded
 * (or set) and synced, otherwise it throws PropertyNotLoaded like real Office.js.
 */
import {
  type Rect,
  cellAddress,
  columnLetters,
  fullAddress,
  intersects,
  parseAddress,
  rectCols,
  rectRows,
} from "./address";
import {
  type ConditionalFormat,
  type Scalar,
  type SheetState,
  type TableState,
  type WorkbookState,
  cellFromInput,
  officeError,
} from "./state";

export interface Limits {
  requestBytes: number;
  responseBytes: number;
  /** Highest ExcelApi requirement set this Excel supports ("1.20": current Microsoft 365). */
  excelApi: string;
}

function versionParts(v: string): number[] {
  return v.split(".").map((p) => Number(p));
}

/** -1, 0, 1 as version `a` is below, equal to or above `b` ("1.9" < "1.13"). */
export function compareVersions(a: string, b: string): number {
  const x = versionParts(a);
  const y = versionParts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  /** Error code when the sync failed (nothing after the failing operation ran). */
  failed?: string;
}

interface Op {
  bytes: number;
  run: () => number | void;
  /** The proxy whose load, property set or method call this is (undefined for collection operations). */
  owner?: ProxyBase;
}

/** Per-action overhead of the JSON request Office.js sends (object path + action header). */
const ACTION_BYTES = 100;

const encoder = new TextEncoder();

/** Request/response sizes are bytes of UTF-8 JSON, as sent over the wire. */
function jsonBytes(value: unknown): number {
  const json = JSON.stringify(value ?? null);
  return /[^\x00-\x7f]/.test(json) ? encoder.encode(json).length : json.length;
}

export class FakeRequestContext {
  private queue: Op[] = [];
  private created: ProxyBase[] = [];
  readonly workbook: WorkbookProxy;
  /** Office.js API surface we do not model but callers may touch. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(
    readonly state: WorkbookState,
    readonly limits: Limits,
    private readonly onSync: (record: SyncRecord) => void
  ) {
    this.workbook = new WorkbookProxy(this);
  }

  /** The proxy whose operation is running: a null object may be loaded by itself, never used as a parent. */
  owner: ProxyBase | undefined;

  enqueue(bytes: number, run: () => number | void, owner?: ProxyBase): void {
    this.queue.push({ bytes: bytes + ACTION_BYTES, run, owner });
  }

  /** Runs inside a sync: an API above the host's ExcelApi version fails as Excel's ApiNotFound. */
  requireApi(version: string, api: string): void {
    if (compareVersions(version, this.limits.excelApi) > 0) {
      throw officeError(
        "ApiNotFound",
        `The API you are trying to use (${api}, ExcelApi ${version}) could not be found. It may be available in a newer version of Excel.`
      );
    }
  }

  register(proxy: ProxyBase): void {
    this.created.push(proxy);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    const created = this.created;
    this.queue = [];
    this.created = [];
    const requestBytes = queue.reduce((sum, op) => sum + op.bytes, 0);
    const record: SyncRecord = { requestBytes, responseBytes: 0, operations: queue.length };
    this.onSync(record);
    try {
      if (requestBytes > this.limits.requestBytes) {
        // Excel on the web rejects the whole request: nothing in it is applied.
        throw officeError(
          "RequestPayloadSizeLimitExceeded",
          `The request payload size (${requestBytes} bytes) has exceeded the limit (${this.limits.requestBytes}).`
        );
      }
      for (const op of queue) {
        this.owner = op.owner;
        const out = op.run();
        if (typeof out === "number") record.responseBytes += out;
        if (record.responseBytes > this.limits.responseBytes) {
          throw officeError(
            "ResponsePayloadSizeLimitExceeded",
            `The response payload size has exceeded the limit (${this.limits.responseBytes}).`
          );
        }
      }
    } catch (err) {
      record.failed = (err as { code?: string }).code ?? "Error";
      throw err;
    } finally {
      this.owner = undefined;
    }
    for (const proxy of created) proxy.settle();
    await Promise.resolve();
  }
}

function notLoaded(prop: string): Error {
  return officeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
  );
}

function loadList(props: unknown, defaults: readonly string[]): string[] {
  if (props === undefined || props === null) return [...defaults];
  if (typeof props === "string")
    return props
      .split(",")
      .map((p) => p.trim())
      .filter((p) => p.length > 0);
  if (Array.isArray(props)) return props.map(String);
  if (typeof props === "object") {
    const select = (props as { select?: unknown }).select;
    if (select !== undefined) return loadList(select, defaults);
    return Object.keys(props as object);
  }
  return [...defaults];
}

function invalidObjectPath(what: string): Error {
  return officeError(
    "InvalidObjectPath",
    `The object path '${what}' isn't working for what you're trying to do: a method was called or a property navigated on a null object (an *OrNullObject result that found nothing).`
  );
}

export abstract class ProxyBase {
  protected readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;
  /** Made by an *OrNullObject method: may be a null object. */
  private nullSource = false;

  constructor(protected readonly ctx: FakeRequestContext) {
    ctx.register(this);
  }

  /** Resolve against the workbook at run time; null means a null object. May throw ItemNotFound. */
  abstract resolve(): unknown;
  /** Property values for `load`, computed from the resolved target. */
  protected abstract snapshot(prop: string, target: unknown): unknown;
  protected abstract readonly scalarProps: readonly string[];

  defaultProps(): readonly string[] {
    return this.scalarProps;
  }

  get context(): FakeRequestContext {
    return this.ctx;
  }

  /**
   * Office.js does not document what using a null object as the parent of a call does; the model
   * assumes the strictest: loading it (or reading isNullObject) is fine, but a method call, a
   * property set or a navigation through it fails the sync with InvalidObjectPath, as an unusable
   * object path does in Excel. Only when it really is null: an *OrNullObject that found its item
   * is an ordinary object.
   */
  markNullSource(): this {
    this.nullSource = true;
    return this;
  }

  /** Every subclass's resolve() passes its target through here. */
  protected guard<T>(target: T | null): T | null {
    if (target === null && this.nullSource && this.ctx.owner !== this) {
      throw invalidObjectPath(`${this.constructor.name.replace(/Proxy$/, "")} (null object)`);
    }
    return target;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }

  /** Called after the sync in which the proxy was created, so `isNullObject` becomes readable. */
  settle(): void {
    const owner = this.ctx.owner;
    this.ctx.owner = this;
    try {
      this.nullState = this.resolve() === null;
    } catch {
      this.nullState = false;
    } finally {
      this.ctx.owner = owner;
    }
  }

  load(props?: unknown): this {
    const list = loadList(props, this.scalarProps);
    this.ctx.enqueue(jsonBytes(list), () => this.loadNow(list), this);
    return this;
  }

  /** Runs inside a sync: snapshot the properties; returns the response bytes they cost. */
  loadNow(list: readonly string[]): number {
    const target = this.resolve();
    this.nullState = target === null;
    let bytes = 0;
    for (const prop of list) {
      const value = target === null ? null : this.snapshot(prop, target);
      this.loaded.set(prop, value);
      bytes += jsonBytes(value) + prop.length + 4;
    }
    return bytes;
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as T;
  }

  /** Setting a property makes it readable at once (as in Office.js) and queues the write. */
  protected write(prop: string, value: unknown, apply: (target: unknown) => void): void {
    this.loaded.set(prop, value);
    this.ctx.enqueue(jsonBytes(value), () => this.applyTo(`set ${prop}`, apply), this);
  }

  protected call(payload: unknown, apply: (target: unknown) => void): void {
    this.ctx.enqueue(
      jsonBytes(payload),
      () => this.applyTo(JSON.stringify(payload).slice(0, 40), apply),
      this
    );
  }

  private applyTo(what: string, apply: (target: unknown) => void): void {
    const target = this.resolve();
    if (target === null) {
      if (this.nullSource) throw invalidObjectPath(`${what} on a null object`);
      return;
    }
    apply(target);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

// ---------------------------------------------------------------- ranges

export interface RangeTarget {
  sheet: SheetState;
  rect: Rect;
}

type RangeResolver = () => RangeTarget | null;

function grid<T>(t: RangeTarget, pick: (sheet: SheetState, row: number, col: number) => T): T[][] {
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
function forEachInput(
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

function writeInput(t: RangeTarget, input: unknown): void {
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

class FillProxy {
  constructor(private readonly range: RangeProxy) {}
  set color(value: string) {
    this.range.addLayer("fill", value);
  }
  clear(): void {
    this.range.addLayer("fill", undefined);
  }
}

class FontProxy {
  constructor(private readonly range: RangeProxy) {}
  set bold(value: boolean) {
    this.range.addLayer("bold", value);
  }
  set italic(value: boolean) {
    this.range.addLayer("italic", value);
  }
  set color(value: string) {
    this.range.addLayer("fontColor", value);
  }
}

export class RangeFormatProxy {
  readonly fill: FillProxy;
  readonly font: FontProxy;
  constructor(private readonly range: RangeProxy) {
    this.fill = new FillProxy(range);
    this.font = new FontProxy(range);
  }
  set wrapText(value: boolean) {
    this.range.addLayer("wrapText", value);
  }
  set columnWidth(value: number) {
    this.range.addLayer("columnWidth", value);
  }
  set rowHeight(value: number) {
    this.range.addLayer("rowHeight", value);
  }
  set horizontalAlignment(value: string) {
    this.range.addLayer("horizontalAlignment", value);
  }
  set verticalAlignment(value: string) {
    this.range.addLayer("verticalAlignment", value);
  }
  autofitColumns(): void {
    this.range.autofit();
  }
  autofitRows(): void {
    this.range.addLayer("autofitRows", true);
  }
}

/**
 * Excel's limits on data validation text (MS-XLS 2.5.37 DValStrings: error title ≤ 32 characters,
 * error message ≤ 225, prompt title ≤ 32, prompt ≤ 255) and on a typed list source (255
 * characters, the formula limit of a validation rule). Office.js passes the text to Excel, so the
 * model refuses longer text at sync, as the strictest reading of what Excel may do.
 */
export const VALIDATION_LIMITS = { listSource: 255, alertTitle: 32, alertMessage: 225 } as const;

function tooLong(what: string, text: unknown, max: number): void {
  if (typeof text === "string" && text.length > max) {
    throw officeError(
      "InvalidArgument",
      `The ${what} is ${text.length} characters long; Excel allows ${max}.`
    );
  }
}

export class DataValidationProxy {
  constructor(private readonly range: RangeProxy) {}
  set rule(rule: unknown) {
    this.range.context.enqueue(jsonBytes(rule), () => {
      this.range.context.requireApi("1.8", "DataValidation.rule");
      const source = (rule as { list?: { source?: unknown } } | undefined)?.list?.source;
      tooLong("list source of a data validation rule", source, VALIDATION_LIMITS.listSource);
      if (source !== undefined && (typeof source !== "string" || source.length === 0)) {
        throw officeError("InvalidArgument", "A list rule needs a non-empty source.");
      }
      const t = this.range.resolve();
      if (t) t.sheet.validations.push({ rect: t.rect, rule });
    });
  }
  set errorAlert(alert: unknown) {
    this.range.context.enqueue(jsonBytes(alert), () => {
      const a = alert as { title?: unknown; message?: unknown };
      tooLong("data validation error title", a.title, VALIDATION_LIMITS.alertTitle);
      tooLong("data validation error message", a.message, VALIDATION_LIMITS.alertMessage);
      this.range.resolve();
    });
  }
  clear(): void {
    this.range.context.enqueue(10, () => {
      const t = this.range.resolve();
      if (t) t.sheet.validations = t.sheet.validations.filter((v) => !intersects(v.rect, t.rect));
    });
  }
}

class ConditionalFormatProxy {
  private record: ConditionalFormat | undefined;
  readonly textComparison: {
    format: { fill: { color: string }; font: { color: string } };
    rule: { operator: string; text: string };
  };
  /** A "Custom" (formula) rule: the formula is recorded, not evaluated. */
  readonly custom: { format: { fill: { color: string } }; rule: { formula: string } };
  constructor(range: RangeProxy, type: string) {
    range.context.enqueue(20, () => {
      const t = range.resolve();
      if (!t) return;
      this.record = { rect: t.rect, type };
      t.sheet.conditionalFormats.push(this.record);
    });
    const set = (apply: (r: ConditionalFormat) => void, value: unknown): void =>
      range.context.enqueue(jsonBytes(value), () => {
        if (this.record) apply(this.record);
      });
    this.textComparison = {
      format: {
        fill: {
          set color(value: string) {
            set((r) => (r.fill = value), value);
          },
        } as { color: string },
        font: {
          set color(value: string) {
            set((r) => (r.fontColor = value), value);
          },
        } as { color: string },
      },
      set rule(value: { operator: string; text: string }) {
        set((r) => {
          r.operator = value.operator;
          r.text = value.text;
        }, value);
      },
    } as ConditionalFormatProxy["textComparison"];
    const rule = { formula: "" };
    this.custom = {
      format: {
        fill: {
          set color(value: string) {
            set((r) => (r.fill = value), value);
          },
        } as { color: string },
      },
      rule: {
        get formula(): string {
          return rule.formula;
        },
        set formula(value: string) {
          rule.formula = value;
          set((r) => (r.formula = value), value);
        },
      },
    };
  }
}

class ConditionalFormatCollectionProxy {
  constructor(private readonly range: RangeProxy) {}
  add(type: string): ConditionalFormatProxy {
    return new ConditionalFormatProxy(this.range, type);
  }
  clearAll(): void {
    this.range.context.enqueue(10, () => {
      const t = this.range.resolve();
      if (t)
        t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter(
          (f) => !intersects(f.rect, t.rect)
        );
    });
  }
}

// ---------------------------------------------------------------- worksheets

type SheetResolver = () => SheetState | null;

function itemNotFound(what: string): Error {
  return officeError("ItemNotFound", `The requested resource (${what}) doesn't exist.`);
}

export class WorksheetProxy extends ProxyBase {
  protected readonly scalarProps = ["name", "id", "visibility", "position"] as const;
  constructor(
    ctx: FakeRequestContext,
    private readonly resolver: SheetResolver
  ) {
    super(ctx);
  }
  resolve(): SheetState | null {
    return this.guard(this.resolver());
  }
  protected snapshot(prop: string, target: unknown): unknown {
    const s = target as SheetState;
    switch (prop) {
      case "name":
        return s.name;
      case "id":
        return s.id;
      case "visibility":
        return s.visibility;
      case "position":
        return this.ctx.state.sheets.indexOf(s);
      default:
        throw officeError("InvalidArgument", `Worksheet has no property '${prop}' in this model.`);
    }
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write("name", value, (s) => {
      if (
        this.ctx.state.sheetByName(value) &&
        (s as SheetState).name.toLowerCase() !== value.toLowerCase()
      ) {
        throw officeError("ItemAlreadyExists", `A sheet named "${value}" already exists.`);
      }
      (s as SheetState).name = value;
    });
  }
  get id(): string {
    return this.read("id");
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(value: string) {
    this.write("visibility", value, (s) => {
      const sheet = s as SheetState;
      const visible = this.ctx.state.sheets.filter(
        (x) => x.visibility === "Visible" && x !== sheet
      );
      if (value !== "Visible" && visible.length === 0) {
        throw officeError(
          "InvalidOperation",
          "A workbook must contain at least one visible worksheet."
        );
      }
      sheet.visibility = value as SheetState["visibility"];
    });
  }
  get position(): number {
    return this.read("position");
  }

  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const sheet = this.resolve();
      if (sheet === null) return null;
      if (address === undefined) return { sheet, rect: { r0: 0, c0: 0, r1: 1048575, c1: 16383 } };
      const parsed = parseAddress(address);
      if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
        throw officeError(
          "InvalidArgument",
          `The address "${address}" is not on sheet "${sheet.name}".`
        );
      }
      return { sheet, rect: parsed.rect };
    });
  }

  getRangeByIndexes(row: number, col: number, rowCount: number, colCount: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      this.ctx.requireApi("1.7", "Worksheet.getRangeByIndexes");
      const sheet = this.resolve();
      if (sheet === null) return null;
      if (rowCount < 1 || colCount < 1)
        throw officeError("InvalidArgument", "A range needs at least one row and column.");
      return { sheet, rect: { r0: row, c0: col, r1: row + rowCount - 1, c1: col + colCount - 1 } };
    });
  }

  getCell(row: number, col: number): RangeProxy {
    return this.getRangeByIndexes(row, col, 1, 1);
  }

  getUsedRange(valuesOnly?: boolean): RangeProxy {
    void valuesOnly;
    return new RangeProxy(this.ctx, () => {
      const sheet = this.resolve();
      if (sheet === null) return null;
      return { sheet, rect: sheet.usedRect() ?? { r0: 0, c0: 0, r1: 0, c1: 0 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): RangeProxy {
    void valuesOnly;
    return new RangeProxy(this.ctx, () => {
      const sheet = this.resolve();
      if (sheet === null) return null;
      const rect = sheet.usedRect();
      return rect ? { sheet, rect } : null;
    }).markNullSource();
  }

  get freezePanes(): { freezeRows: (n: number) => void; unfreeze: () => void } {
    return {
      freezeRows: (n: number) =>
        this.call({ freezeRows: n }, (s) => {
          this.ctx.requireApi("1.7", "WorksheetFreezePanes.freezeRows");
          (s as SheetState).frozenRows = n;
        }),
      unfreeze: () => this.call({ unfreeze: true }, (s) => ((s as SheetState).frozenRows = 0)),
    };
  }

  get tables(): TableCollectionProxy {
    return new TableCollectionProxy(this.ctx, () => this.resolve());
  }

  get autoFilter(): { apply: (range: RangeProxy | string) => void; remove: () => void } {
    return {
      apply: (range: RangeProxy | string) =>
        this.call({ autoFilter: typeof range === "string" ? range : "range" }, (s) => {
          const sheet = s as SheetState;
          const target =
            typeof range === "string" ? { sheet, rect: parseAddress(range).rect } : range.resolve();
          if (target) sheet.autoFilter = target.rect;
        }),
      remove: () =>
        this.call({ autoFilter: null }, (s) => ((s as SheetState).autoFilter = undefined)),
    };
  }

  activate(): void {
    this.call({ activate: true }, (s) => (this.ctx.state.activeSheetId = (s as SheetState).id));
  }

  delete(): void {
    this.call({ delete: true }, (s) => {
      const state = this.ctx.state;
      const sheet = s as SheetState;
      // office-js#365 (by design): a very hidden sheet must be made visible or hidden before deleting.
      if (sheet.visibility === "VeryHidden") {
        throw officeError(
          "InvalidOperation",
          `The very hidden worksheet "${sheet.name}" cannot be deleted.`
        );
      }
      state.sheets = state.sheets.filter((x) => x !== sheet);
      state.tables = state.tables.filter((t) => t.sheetId !== sheet.id);
      if (state.activeSheetId === sheet.id) state.activeSheetId = state.sheets[0]?.id;
    });
  }
}

abstract class CollectionProxy<Item extends ProxyBase> extends ProxyBase {
  protected readonly scalarProps = ["items"] as const;
  protected abstract itemsNow(): Item[];
  resolve(): unknown {
    return {};
  }
  protected snapshot(prop: string): unknown {
    if (prop === "count") return this.itemsNow().length;
    return undefined;
  }
  override load(props?: unknown): this {
    const list = loadList(props, ["items"]);
    this.ctx.enqueue(jsonBytes(list), () => {
      const items = this.itemsNow();
      // "items/name" loads item properties; "items" alone loads every scalar.
      const sub = list.filter((p) => p.startsWith("items/")).map((p) => p.slice(6));
      let bytes = 0;
      for (const item of items) bytes += item.loadNow(sub.length > 0 ? sub : item.defaultProps());
      this.loaded.set("items", items);
      this.loaded.set("count", items.length);
      return bytes;
    });
    return this;
  }
  get items(): Item[] {
    return this.read("items");
  }
  get count(): number {
    return this.read("count");
  }
}

export class WorksheetCollectionProxy extends CollectionProxy<WorksheetProxy> {
  protected itemsNow(): WorksheetProxy[] {
    return this.ctx.state.sheets.map(
      (s) => new WorksheetProxy(this.ctx, () => (this.ctx.state.sheetById(s.id) ? s : null))
    );
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const s = this.ctx.state.sheetByName(name);
      if (!s) throw itemNotFound(`worksheet "${name}"`);
      return s;
    });
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(
      this.ctx,
      () => this.ctx.state.sheetByName(name) ?? null
    ).markNullSource();
  }
  getActiveWorksheet(): WorksheetProxy {
    let id: string | undefined;
    this.ctx.enqueue(10, () => {
      id = this.ctx.state.activeSheetId;
    });
    return new WorksheetProxy(this.ctx, () => {
      const s = id ? this.ctx.state.sheetById(id) : undefined;
      if (!s) throw itemNotFound("active worksheet");
      return s;
    });
  }
  add(name?: string): WorksheetProxy {
    let id: string | undefined;
    this.ctx.enqueue(jsonBytes(name), () => {
      let n = name;
      if (n === undefined) {
        let i = this.ctx.state.sheets.length + 1;
        while (this.ctx.state.sheetByName(`Sheet${i}`)) i++;
        n = `Sheet${i}`;
      }
      id = this.ctx.state.addSheet(n).id;
    });
    return new WorksheetProxy(this.ctx, () => {
      const s = id ? this.ctx.state.sheetById(id) : undefined;
      if (!s) throw itemNotFound(`worksheet "${name ?? ""}"`);
      return s;
    });
  }
}

// ---------------------------------------------------------------- tables

type TableResolver = () => TableState | null;

/** The last data row of a table: the totals row, when shown, is not data. */
export function lastDataRow(t: TableState): number {
  return t.showTotals ? t.rect.r1 - 1 : t.rect.r1;
}

function tableSheet(state: WorkbookState, t: TableState): SheetState {
  const s = state.sheetById(t.sheetId);
  if (!s) throw itemNotFound(`sheet of table ${t.name}`);
  return s;
}

export class TableProxy extends ProxyBase {
  protected readonly scalarProps = [
    "name",
    "id",
    "showFilterButton",
    "style",
    "showTotals",
  ] as const;
  constructor(
    ctx: FakeRequestContext,
    private readonly resolver: TableResolver
  ) {
    super(ctx);
  }
  resolve(): TableState | null {
    return this.guard(this.resolver());
  }
  protected snapshot(prop: string, target: unknown): unknown {
    const t = target as TableState;
    switch (prop) {
      case "name":
        return t.name;
      case "id":
        return t.id;
      case "showFilterButton":
        return t.showFilterButton;
      case "style":
        return t.style;
      case "showTotals":
        return t.showTotals === true;
      default:
        throw officeError("InvalidArgument", `Table has no property '${prop}' in this model.`);
    }
  }
  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write("name", value, (t) => {
      const other = this.ctx.state.tableByName(value);
      if (other && other !== t)
        throw officeError("ItemAlreadyExists", `A table named "${value}" already exists.`);
      validateTableName(value);
      (t as TableState).name = value;
    });
  }
  get id(): string {
    return this.read("id");
  }
  get showFilterButton(): boolean {
    return this.read("showFilterButton");
  }
  set showFilterButton(value: boolean) {
    this.write("showFilterButton", value, (t) => ((t as TableState).showFilterButton = value));
  }
  set style(value: string) {
    this.write("style", value, (t) => ((t as TableState).style = value));
  }

  get showTotals(): boolean {
    return this.read("showTotals");
  }
  /**
   * A totals row appears below the last data row ("Total" in its first cell) and is part of
   * `getRange()`, not of `getDataBodyRange()`; turning it off removes the row and its cells.
   */
  set showTotals(value: boolean) {
    this.write("showTotals", value, (target) => {
      const t = target as TableState;
      if ((t.showTotals === true) === value) return;
      const sheet = tableSheet(this.ctx.state, t);
      if (value) {
        const row: Rect = { r0: t.rect.r1 + 1, r1: t.rect.r1 + 1, c0: t.rect.c0, c1: t.rect.c1 };
        assertNoOtherTable(this.ctx.state, row, t);
        for (let c = row.c0; c <= row.c1; c++) sheet.setCell(row.r0, c, undefined);
        sheet.setCell(row.r0, row.c0, { value: "Total" });
        t.rect = { ...t.rect, r1: row.r1 };
        t.showTotals = true;
      } else {
        for (let c = t.rect.c0; c <= t.rect.c1; c++) sheet.setCell(t.rect.r1, c, undefined);
        t.rect = { ...t.rect, r1: t.rect.r1 - 1 };
        t.showTotals = false;
      }
    });
  }
  getTotalRowRange(): RangeProxy {
    return this.range((t) => {
      if (!t.showTotals) throw itemNotFound(`totals row of table "${t.name}"`);
      return { ...t.rect, r0: t.rect.r1 };
    });
  }

  private range(map: (t: TableState) => Rect): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const t = this.resolve();
      if (t === null) return null;
      return { sheet: tableSheet(this.ctx.state, t), rect: map(t) };
    });
  }
  getRange(): RangeProxy {
    return this.range((t) => t.rect);
  }
  getHeaderRowRange(): RangeProxy {
    return this.range((t) => ({ ...t.rect, r1: t.rect.r0 }));
  }
  getDataBodyRange(): RangeProxy {
    return this.range((t) => ({ ...t.rect, r0: t.rect.r0 + 1, r1: lastDataRow(t) }));
  }
  get worksheet(): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const t = this.resolve();
      return t === null ? null : tableSheet(this.ctx.state, t);
    });
  }
  get columns(): TableColumnCollectionProxy {
    return new TableColumnCollectionProxy(this.ctx, this);
  }
  get rows(): {
    add: (index?: number | null, values?: Scalar[][]) => void;
    load: (p?: unknown) => void;
    readonly count: number;
  } {
    const self = this;
    const countProxy = new TableRowCountProxy(this.ctx, this);
    return {
      add(index?: number | null, values?: Scalar[][]) {
        self.call({ index, values }, (target) => {
          const t = target as TableState;
          if ((index !== null && index !== undefined) || t.showTotals) {
            throw officeError(
              "NotImplemented",
              "This model appends table rows only at the end, and not above a totals row."
            );
          }
          const n = values?.length ?? 1;
          const sheet = tableSheet(self.ctx.state, t);
          const added: Rect = {
            r0: t.rect.r1 + 1,
            r1: t.rect.r1 + n,
            c0: t.rect.c0,
            c1: t.rect.c1,
          };
          assertNoOtherTable(self.ctx.state, added, t);
          t.rect = { ...t.rect, r1: t.rect.r1 + n };
          if (values) writeInput({ sheet, rect: added }, values);
        });
      },
      load: (p?: unknown) => countProxy.load(p),
      get count(): number {
        return countProxy.count;
      },
    };
  }
  /** ExcelApi 1.13: new address for the whole table; the header row must stay where it is. */
  resize(address: string): void {
    this.call({ resize: address }, (target) => {
      this.ctx.requireApi("1.13", "Table.resize");
      const t = target as TableState;
      const parsed = parseAddress(address);
      const sheet = tableSheet(this.ctx.state, t);
      if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
        throw officeError("InvalidArgument", "A table cannot move to another sheet.");
      }
      // The address covers the whole table, its totals row included when one is shown.
      if (
        parsed.rect.r0 !== t.rect.r0 ||
        parsed.rect.r1 <= parsed.rect.r0 + (t.showTotals ? 1 : 0)
      ) {
        throw officeError(
          "InvalidArgument",
          "The header row must stay in place and the table keep a data row."
        );
      }
      assertNoOtherTable(this.ctx.state, parsed.rect, t);
      t.rect = parsed.rect;
      ensureHeaders(sheet, t.rect, { state: this.ctx.state, table: t.name });
    });
  }
  delete(): void {
    this.call({ delete: true }, (t) => {
      this.ctx.state.tables = this.ctx.state.tables.filter((x) => x !== t);
    });
  }
  /** ExcelApi 1.2: the table goes, its cells (header row included) stay as plain cells. */
  convertToRange(): RangeProxy {
    let rect: Rect | undefined;
    let sheet: SheetState | undefined;
    this.call({ convertToRange: true }, (target) => {
      this.ctx.requireApi("1.2", "Table.convertToRange");
      const t = target as TableState;
      rect = t.rect;
      sheet = tableSheet(this.ctx.state, t);
      this.ctx.state.tables = this.ctx.state.tables.filter((x) => x !== t);
    });
    return new RangeProxy(this.ctx, () => (rect && sheet ? { sheet, rect } : null));
  }
}

class TableRowCountProxy extends ProxyBase {
  protected readonly scalarProps = ["count"] as const;
  constructor(
    ctx: FakeRequestContext,
    private readonly table: TableProxy
  ) {
    super(ctx);
  }
  resolve(): unknown {
    return this.table.resolve();
  }
  protected snapshot(prop: string, target: unknown): unknown {
    const t = target as TableState;
    if (prop === "count") return lastDataRow(t) - t.rect.r0;
    return undefined;
  }
  get count(): number {
    return this.read("count");
  }
}

export class TableColumnProxy extends ProxyBase {
  protected readonly scalarProps = ["name", "index", "id"] as const;
  constructor(
    ctx: FakeRequestContext,
    private readonly table: TableProxy,
    private readonly pick: (t: TableState, sheet: SheetState) => number | null
  ) {
    super(ctx);
  }
  resolve(): { table: TableState; sheet: SheetState; col: number } | null {
    const t = this.table.resolve();
    if (t === null) return null;
    const sheet = tableSheet(this.ctx.state, t);
    const col = this.pick(t, sheet);
    return col === null ? this.guard(null) : { table: t, sheet, col };
  }
  protected snapshot(prop: string, target: unknown): unknown {
    const x = target as { table: TableState; sheet: SheetState; col: number };
    switch (prop) {
      case "name":
        return String(x.sheet.cell(x.table.rect.r0, x.col)?.value ?? "");
      case "index":
      case "id":
        return x.col - x.table.rect.c0;
      default:
        throw officeError(
          "InvalidArgument",
          `TableColumn has no property '${prop}' in this model.`
        );
    }
  }
  get name(): string {
    return this.read("name");
  }
  get index(): number {
    return this.read("index");
  }
  private range(rows: (t: TableState) => { r0: number; r1: number }): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const x = this.resolve();
      if (x === null) return null;
      return { sheet: x.sheet, rect: { ...rows(x.table), c0: x.col, c1: x.col } };
    });
  }
  getRange(): RangeProxy {
    return this.range((t) => ({ r0: t.rect.r0, r1: t.rect.r1 }));
  }
  getDataBodyRange(): RangeProxy {
    return this.range((t) => ({ r0: t.rect.r0 + 1, r1: lastDataRow(t) }));
  }
  getHeaderRowRange(): RangeProxy {
    return this.range((t) => ({ r0: t.rect.r0, r1: t.rect.r0 }));
  }
}

export class TableColumnCollectionProxy extends CollectionProxy<TableColumnProxy> {
  constructor(
    ctx: FakeRequestContext,
    private readonly table: TableProxy
  ) {
    super(ctx);
  }
  protected itemsNow(): TableColumnProxy[] {
    const t = this.table.resolve();
    if (t === null) return [];
    const out: TableColumnProxy[] = [];
    for (let c = t.rect.c0; c <= t.rect.c1; c++)
      out.push(new TableColumnProxy(this.ctx, this.table, () => c));
    return out;
  }
  getItemAt(index: number): TableColumnProxy {
    return new TableColumnProxy(this.ctx, this.table, (t) => {
      if (index < 0 || t.rect.c0 + index > t.rect.c1) throw itemNotFound(`table column ${index}`);
      return t.rect.c0 + index;
    });
  }
  private byName(name: string, orNull: boolean): TableColumnProxy {
    const column = new TableColumnProxy(this.ctx, this.table, (t, sheet) => {
      for (let c = t.rect.c0; c <= t.rect.c1; c++) {
        if (String(sheet.cell(t.rect.r0, c)?.value ?? "").toLowerCase() === name.toLowerCase())
          return c;
      }
      if (orNull) return null;
      throw itemNotFound(`table column "${name}"`);
    });
    return orNull ? column.markNullSource() : column;
  }
  getItem(name: string): TableColumnProxy {
    return this.byName(name, false);
  }
  getItemOrNullObject(name: string): TableColumnProxy {
    return this.byName(name, true);
  }
}

function validateTableName(name: string): void {
  if (
    !/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name) ||
    /^[A-Za-z]{1,3}[0-9]+$/.test(name) ||
    /^[rc]$/i.test(name)
  ) {
    throw officeError("InvalidArgument", `"${name}" is not a valid table name.`);
  }
}

function assertNoOtherTable(state: WorkbookState, rect: Rect, self?: TableState): void {
  const sheetId = self?.sheetId;
  for (const other of state.tables) {
    if (other === self) continue;
    if (sheetId !== undefined && other.sheetId !== sheetId) continue;
    if (intersects(other.rect, rect)) {
      throw officeError("InvalidArgument", `The range overlaps table "${other.name}".`);
    }
  }
}

/**
 * Table headers are unique non-empty text: Excel fills a blank header with "ColumnN" and numbers a
 * repeated one ("Name2"), whatever wrote it (a new table, a resize, `values`, `clear`). The cells in
 * `written` (columns; all when omitted) are the ones renamed, the others keep their text, as in
 * Excel where the cell just typed gets the number. Every rename is logged in `state.headerFixes`.
 */
function ensureHeaders(
  sheet: SheetState,
  rect: Rect,
  log?: { state: WorkbookState; table: string },
  written?: { c0: number; c1: number }
): void {
  const isWritten = (c: number): boolean => !written || (c >= written.c0 && c <= written.c1);
  const text = (c: number): string => {
    const v = sheet.cell(rect.r0, c)?.value;
    return v === undefined || v === "" ? "" : String(v);
  };
  const seen = new Set<string>();
  for (let c = rect.c0; c <= rect.c1; c++)
    if (!isWritten(c) && text(c) !== "") seen.add(text(c).toLowerCase());
  for (let c = rect.c0; c <= rect.c1; c++) {
    const cell = sheet.cell(rect.r0, c);
    const before = text(c);
    if (!isWritten(c) && before !== "") continue;
    let name = before === "" ? `Column${c - rect.c0 + 1}` : before;
    const base = name;
    let n = 2;
    while (seen.has(name.toLowerCase())) name = `${base}${n++}`;
    seen.add(name.toLowerCase());
    if (name !== before && log) {
      log.state.headerFixes.push({
        table: log.table,
        address: `${sheet.name}!${cellAddress(rect.r0, c)}`,
        written: before,
        became: name,
      });
    }
    sheet.setCell(rect.r0, c, {
      ...cell,
      value: name,
      formula: undefined,
      quotePrefix: typeof cell?.value !== "string" || cell?.quotePrefix,
    });
  }
}

/** After a write or clear of `t`: Excel's header rules for every table whose header row it touched. */
export function normaliseTouchedHeaders(state: WorkbookState, t: RangeTarget): void {
  for (const table of state.tables) {
    if (table.sheetId !== t.sheet.id) continue;
    const header = table.rect.r0;
    if (header < t.rect.r0 || header > t.rect.r1) continue;
    const c0 = Math.max(t.rect.c0, table.rect.c0);
    const c1 = Math.min(t.rect.c1, table.rect.c1);
    if (c0 > c1) continue;
    ensureHeaders(t.sheet, table.rect, { state, table: table.name }, { c0, c1 });
  }
}

export class TableCollectionProxy extends CollectionProxy<TableProxy> {
  constructor(
    ctx: FakeRequestContext,
    private readonly sheetScope?: () => SheetState | null
  ) {
    super(ctx);
  }
  private scoped(): TableState[] {
    const sheet = this.sheetScope?.();
    if (this.sheetScope && !sheet) return [];
    return this.ctx.state.tables.filter((t) => !sheet || t.sheetId === sheet.id);
  }
  protected itemsNow(): TableProxy[] {
    return this.scoped().map(
      (t) => new TableProxy(this.ctx, () => this.ctx.state.tableById(t.id) ?? null)
    );
  }
  getItem(name: string): TableProxy {
    return new TableProxy(this.ctx, () => {
      const t = this.scoped().find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!t) throw itemNotFound(`table "${name}"`);
      return t;
    });
  }
  getItemOrNullObject(name: string): TableProxy {
    return new TableProxy(
      this.ctx,
      () => this.scoped().find((x) => x.name.toLowerCase() === name.toLowerCase()) ?? null
    ).markNullSource();
  }
  add(address: string, hasHeaders: boolean): TableProxy {
    let id: string | undefined;
    this.ctx.enqueue(jsonBytes(address), () => {
      const parsed = parseAddress(address);
      const scope = this.sheetScope?.();
      const sheetName = parsed.sheet ?? scope?.name;
      const active = this.ctx.state.activeSheetId
        ? this.ctx.state.sheetById(this.ctx.state.activeSheetId)
        : undefined;
      const sheet = sheetName !== undefined ? this.ctx.state.sheetByName(sheetName) : active;
      if (!sheet) throw itemNotFound(`worksheet "${sheetName ?? ""}"`);
      let rect = parsed.rect;
      if (!hasHeaders) {
        // Excel inserts a header row above the data; this model needs the row above to be free.
        if (rect.r0 === 0)
          throw officeError("NotImplemented", "This model cannot add headers above row 1.");
        rect = { ...rect, r0: rect.r0 - 1 };
      }
      if (rect.r1 === rect.r0) rect = { ...rect, r1: rect.r0 + 1 };
      assertNoOtherTable(this.ctx.state, rect, { sheetId: sheet.id } as TableState);
      ensureHeaders(sheet, rect, { state: this.ctx.state, table: "(new table)" });
      let n = this.ctx.state.tables.length + 1;
      while (this.ctx.state.tableByName(`Table${n}`)) n++;
      const table: TableState = {
        id: this.ctx.state.newId("table"),
        name: `Table${n}`,
        sheetId: sheet.id,
        rect,
        showFilterButton: true,
        style: "TableStyleMedium2",
      };
      this.ctx.state.tables.push(table);
      id = table.id;
    });
    return new TableProxy(this.ctx, () => {
      const t = id ? this.ctx.state.tableById(id) : undefined;
      if (!t) throw itemNotFound("new table");
      return t;
    });
  }
}

// ---------------------------------------------------------------- settings + workbook

export class SettingProxy extends ProxyBase {
  protected readonly scalarProps = ["key", "value"] as const;
  constructor(
    ctx: FakeRequestContext,
    private readonly settingKey: string,
    private readonly orNull: boolean
  ) {
    super(ctx);
  }
  resolve(): { key: string; value: unknown } | null {
    if (!this.ctx.state.settings.has(this.settingKey)) {
      if (this.orNull) return this.guard(null);
      throw itemNotFound(`setting "${this.settingKey}"`);
    }
    return { key: this.settingKey, value: this.ctx.state.settings.get(this.settingKey) };
  }
  protected snapshot(prop: string, target: unknown): unknown {
    const s = target as { key: string; value: unknown };
    return prop === "key" ? s.key : JSON.parse(JSON.stringify(s.value ?? null));
  }
  get key(): string {
    return this.read("key");
  }
  get value(): unknown {
    return this.read("value");
  }
  set value(v: unknown) {
    this.write("value", v, () => this.ctx.state.settings.set(this.settingKey, v));
  }
  delete(): void {
    this.call({ delete: this.settingKey }, () => this.ctx.state.settings.delete(this.settingKey));
  }
}

export class SettingCollectionProxy {
  constructor(private readonly ctx: FakeRequestContext) {}
  add(key: string, value: unknown): SettingProxy {
    this.ctx.enqueue(jsonBytes({ key, value }), () => {
      this.ctx.state.settings.set(key, JSON.parse(JSON.stringify(value ?? null)));
    });
    return new SettingProxy(this.ctx, key, false);
  }
  getItem(key: string): SettingProxy {
    return new SettingProxy(this.ctx, key, false);
  }
  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this.ctx, key, true).markNullSource();
  }
}

/** Excel.CalculationType values (ExcelApi 1.1). */
export const CALCULATION_TYPES: readonly string[] = ["Recalculate", "Full", "FullRebuild"];

/** workbook.application: only calculate (ExcelApi 1.1), recorded in the state for tests. */
export class ApplicationProxy {
  constructor(private readonly ctx: FakeRequestContext) {}
  calculate(calculationType: string): void {
    this.ctx.enqueue(jsonBytes(calculationType), () => {
      if (!CALCULATION_TYPES.includes(calculationType))
        throw officeError(
          "InvalidArgument",
          `Unknown calculation type ${String(calculationType)}.`
        );
      this.ctx.state.calculations.push(calculationType);
    });
  }
}

export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly settings: SettingCollectionProxy;
  readonly application: ApplicationProxy;
  constructor(private readonly ctx: FakeRequestContext) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.tables = new TableCollectionProxy(ctx);
    this.settings = new SettingCollectionProxy(ctx);
    this.application = new ApplicationProxy(ctx);
  }
  getSelectedRange(): RangeProxy {
    let sel: { sheetId: string; rect: Rect } | undefined;
    this.ctx.enqueue(10, () => {
      const state = this.ctx.state;
      sel =
        state.selection ??
        (state.activeSheetId
          ? { sheetId: state.activeSheetId, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } }
          : undefined);
    });
    return new RangeProxy(this.ctx, () => {
      const sheet = sel ? this.ctx.state.sheetById(sel.sheetId) : undefined;
      if (!sel || !sheet) throw itemNotFound("selection");
      return { sheet, rect: sel.rect };
    });
  }
}

export { columnLetters };
