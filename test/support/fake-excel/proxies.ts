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
    private readonly limits: Limits,
    private readonly onSync: (record: SyncRecord) => void,
  ) {
    this.workbook = new WorkbookProxy(this);
  }

  enqueue(bytes: number, run: () => number | void): void {
    this.queue.push({ bytes: bytes + ACTION_BYTES, run });
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
          `The request payload size (${requestBytes} bytes) has exceeded the limit (${this.limits.requestBytes}).`,
        );
      }
      for (const op of queue) {
        const out = op.run();
        if (typeof out === "number") record.responseBytes += out;
        if (record.responseBytes > this.limits.responseBytes) {
          throw officeError(
            "ResponsePayloadSizeLimitExceeded",
            `The response payload size has exceeded the limit (${this.limits.responseBytes}).`,
          );
        }
      }
    } catch (err) {
      record.failed = (err as { code?: string }).code ?? "Error";
      throw err;
    }
    for (const proxy of created) proxy.settle();
    await Promise.resolve();
  }
}

function notLoaded(prop: string): Error {
  return officeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

function loadList(props: unknown, defaults: readonly string[]): string[] {
  if (props === undefined || props === null) return [...defaults];
  if (typeof props === "string") return props.split(",").map((p) => p.trim()).filter((p) => p.length > 0);
  if (Array.isArray(props)) return props.map(String);
  if (typeof props === "object") {
    const select = (props as { select?: unknown }).select;
    if (select !== undefined) return loadList(select, defaults);
    return Object.keys(props as object);
  }
  return [...defaults];
}

export abstract class ProxyBase {
  protected readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

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

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }

  /** Called after the sync in which the proxy was created, so `isNullObject` becomes readable. */
  settle(): void {
    try {
      this.nullState = this.resolve() === null;
    } catch {
      this.nullState = false;
    }
  }

  load(props?: unknown): this {
    const list = loadList(props, this.scalarProps);
    this.ctx.enqueue(jsonBytes(list), () => this.loadNow(list));
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
    this.ctx.enqueue(jsonBytes(value), () => {
      const target = this.resolve();
      if (target !== null) apply(target);
    });
  }

  protected call(payload: unknown, apply: (target: unknown) => void): void {
    this.ctx.enqueue(jsonBytes(payload), () => {
      const target = this.resolve();
      if (target !== null) apply(target);
    });
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

/** Excel accepts a single value (applied to every cell) or a matrix of exactly the range's size. */
function forEachInput(t: RangeTarget, input: unknown, apply: (row: number, col: number, value: unknown) => void): void {
  const rows = rectRows(t.rect);
  const cols = rectCols(t.rect);
  if (!Array.isArray(input)) {
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) apply(t.rect.r0 + r, t.rect.c0 + c, input);
    return;
  }
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== cols)) {
    throw officeError(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${rows}×${cols}).`,
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
    if (typeof value === "number" && !Number.isFinite(value)) {
      throw officeError("InvalidArgument", `The value at ${cellAddress(row, col)} is not a finite number.`);
    }
    const previous = t.sheet.cell(row, col);
    const textFormat = previous?.numberFormat === "@";
    const next = cellFromInput(value as Scalar, textFormat);
    if (previous?.numberFormat !== undefined && next.numberFormat === undefined) next.numberFormat = previous.numberFormat;
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
    private readonly resolver: RangeResolver,
  ) {
    super(ctx);
  }

  resolve(): RangeTarget | null {
    return this.resolver();
  }

  protected snapshot(prop: string, target: unknown): unknown {
    const t = target as RangeTarget;
    switch (prop) {
      case "address":
        return fullAddress(t.sheet.name, t.rect);
      case "values":
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
    this.write("values", input, (t) => writeInput(t as RangeTarget, input));
  }
  get formulas(): Scalar[][] {
    return this.read("formulas");
  }
  set formulas(input: Scalar[][]) {
    this.write("formulas", input, (t) => writeInput(t as RangeTarget, input));
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
    return this.derive((t) => ({ r0: t.rect.r0 + row, c0: t.rect.c0 + col, r1: t.rect.r0 + row, c1: t.rect.c0 + col }));
  }
  getRow(row: number): RangeProxy {
    return this.derive((t) => ({ r0: t.rect.r0 + row, r1: t.rect.r0 + row, c0: t.rect.c0, c1: t.rect.c1 }));
  }
  getColumn(col: number): RangeProxy {
    return this.derive((t) => ({ r0: t.rect.r0, r1: t.rect.r1, c0: t.rect.c0 + col, c1: t.rect.c0 + col }));
  }
  getResizedRange(deltaRows: number, deltaCols: number): RangeProxy {
    return this.derive((t) => ({ ...t.rect, r1: t.rect.r1 + deltaRows, c1: t.rect.c1 + deltaCols }));
  }
  getOffsetRange(rows: number, cols: number): RangeProxy {
    return this.derive((t) => ({ r0: t.rect.r0 + rows, r1: t.rect.r1 + rows, c0: t.rect.c0 + cols, c1: t.rect.c1 + cols }));
  }
  getAbsoluteResizedRange(rowCount: number, colCount: number): RangeProxy {
    return this.derive((t) => ({ r0: t.rect.r0, c0: t.rect.c0, r1: t.rect.r0 + rowCount - 1, c1: t.rect.c0 + colCount - 1 }));
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
            t.sheet.setCell(r, c, applyTo === "All" || cell.numberFormat === undefined ? undefined : { value: "", numberFormat: cell.numberFormat });
          }
        }
      }
      if (applyTo === "All" || applyTo === "Formats") {
        t.sheet.clearFormats(t.rect);
        if (applyTo === "Formats") {
          for (let r = t.rect.r0; r <= t.rect.r1; r++) {
            for (let c = t.rect.c0; c <= t.rect.c1; c++) {
              const cell = t.sheet.cell(r, c);
              if (cell?.numberFormat !== undefined) t.sheet.setCell(r, c, { ...cell, numberFormat: undefined });
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
        for (let r = t.rect.r0; r <= r1; r++) longest = Math.max(longest, String(t.sheet.cell(r, c)?.value ?? "").length);
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

export class DataValidationProxy {
  constructor(private readonly range: RangeProxy) {}
  set rule(rule: unknown) {
    this.range.context.enqueue(jsonBytes(rule), () => {
      const t = this.range.resolve();
      if (t) t.sheet.validations.push({ rect: t.rect, rule });
    });
  }
  set errorAlert(_alert: unknown) {
    // Accepted and ignored: the alert's text is not modelled.
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
      if (t) t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((f) => !intersects(f.rect, t.rect));
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
    private readonly resolver: SheetResolver,
  ) {
    super(ctx);
  }
  resolve(): SheetState | null {
    return this.resolver();
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
      if (this.ctx.state.sheetByName(value) && (s as SheetState).name.toLowerCase() !== value.toLowerCase()) {
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
    this.write("visibility", value, (s) => ((s as SheetState).visibility = value as SheetState["visibility"]));
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
        throw officeError("InvalidArgument", `The address "${address}" is not on sheet "${sheet.name}".`);
      }
      return { sheet, rect: parsed.rect };
    });
  }

  getRangeByIndexes(row: number, col: number, rowCount: number, colCount: number): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const sheet = this.resolve();
      if (sheet === null) return null;
      if (rowCount < 1 || colCount < 1) throw officeError("InvalidArgument", "A range needs at least one row and column.");
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
    });
  }

  get freezePanes(): { freezeRows: (n: number) => void; unfreeze: () => void } {
    return {
      freezeRows: (n: number) => this.call({ freezeRows: n }, (s) => ((s as SheetState).frozenRows = n)),
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
          const target = typeof range === "string" ? { sheet, rect: parseAddress(range).rect } : range.resolve();
          if (target) sheet.autoFilter = target.rect;
        }),
      remove: () => this.call({ autoFilter: null }, (s) => ((s as SheetState).autoFilter = undefined)),
    };
  }

  activate(): void {
    this.call({ activate: true }, (s) => (this.ctx.state.activeSheetId = (s as SheetState).id));
  }

  delete(): void {
    this.call({ delete: true }, (s) => {
      const state = this.ctx.state;
      const sheet = s as SheetState;
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
    return this.ctx.state.sheets.map((s) => new WorksheetProxy(this.ctx, () => (this.ctx.state.sheetById(s.id) ? s : null)));
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const s = this.ctx.state.sheetByName(name);
      if (!s) throw itemNotFound(`worksheet "${name}"`);
      return s;
    });
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.state.sheetByName(name) ?? null);
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

function tableSheet(state: WorkbookState, t: TableState): SheetState {
  const s = state.sheetById(t.sheetId);
  if (!s) throw itemNotFound(`sheet of table ${t.name}`);
  return s;
}

export class TableProxy extends ProxyBase {
  protected readonly scalarProps = ["name", "id", "showFilterButton", "style"] as const;
  constructor(
    ctx: FakeRequestContext,
    private readonly resolver: TableResolver,
  ) {
    super(ctx);
  }
  resolve(): TableState | null {
    return this.resolver();
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
      if (other && other !== t) throw officeError("ItemAlreadyExists", `A table named "${value}" already exists.`);
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
    return this.range((t) => ({ ...t.rect, r0: t.rect.r0 + 1 }));
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
  get rows(): { add: (index?: number | null, values?: Scalar[][]) => void; load: (p?: unknown) => void; readonly count: number } {
    const self = this;
    const countProxy = new TableRowCountProxy(this.ctx, this);
    return {
      add(index?: number | null, values?: Scalar[][]) {
        self.call({ index, values }, (target) => {
          const t = target as TableState;
          if (index !== null && index !== undefined) {
            throw officeError("NotImplemented", "This model appends table rows only at the end.");
          }
          const n = values?.length ?? 1;
          const sheet = tableSheet(self.ctx.state, t);
          const added: Rect = { r0: t.rect.r1 + 1, r1: t.rect.r1 + n, c0: t.rect.c0, c1: t.rect.c1 };
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
      const t = target as TableState;
      const parsed = parseAddress(address);
      const sheet = tableSheet(this.ctx.state, t);
      if (parsed.sheet !== undefined && parsed.sheet.toLowerCase() !== sheet.name.toLowerCase()) {
        throw officeError("InvalidArgument", "A table cannot move to another sheet.");
      }
      if (parsed.rect.r0 !== t.rect.r0 || parsed.rect.r1 <= parsed.rect.r0) {
        throw officeError("InvalidArgument", "The header row must stay in place and the table keep a data row.");
      }
      assertNoOtherTable(this.ctx.state, parsed.rect, t);
      t.rect = parsed.rect;
      ensureHeaders(sheet, t.rect);
    });
  }
  delete(): void {
    this.call({ delete: true }, (t) => {
      this.ctx.state.tables = this.ctx.state.tables.filter((x) => x !== t);
    });
  }
}

class TableRowCountProxy extends ProxyBase {
  protected readonly scalarProps = ["count"] as const;
  constructor(
    ctx: FakeRequestContext,
    private readonly table: TableProxy,
  ) {
    super(ctx);
  }
  resolve(): unknown {
    return this.table.resolve();
  }
  protected snapshot(prop: string, target: unknown): unknown {
    const t = target as TableState;
    if (prop === "count") return t.rect.r1 - t.rect.r0;
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
    private readonly pick: (t: TableState, sheet: SheetState) => number | null,
  ) {
    super(ctx);
  }
  resolve(): { table: TableState; sheet: SheetState; col: number } | null {
    const t = this.table.resolve();
    if (t === null) return null;
    const sheet = tableSheet(this.ctx.state, t);
    const col = this.pick(t, sheet);
    return col === null ? null : { table: t, sheet, col };
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
        throw officeError("InvalidArgument", `TableColumn has no property '${prop}' in this model.`);
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
    return this.range((t) => ({ r0: t.rect.r0 + 1, r1: t.rect.r1 }));
  }
  getHeaderRowRange(): RangeProxy {
    return this.range((t) => ({ r0: t.rect.r0, r1: t.rect.r0 }));
  }
}

export class TableColumnCollectionProxy extends CollectionProxy<TableColumnProxy> {
  constructor(
    ctx: FakeRequestContext,
    private readonly table: TableProxy,
  ) {
    super(ctx);
  }
  protected itemsNow(): TableColumnProxy[] {
    const t = this.table.resolve();
    if (t === null) return [];
    const out: TableColumnProxy[] = [];
    for (let c = t.rect.c0; c <= t.rect.c1; c++) out.push(new TableColumnProxy(this.ctx, this.table, () => c));
    return out;
  }
  getItemAt(index: number): TableColumnProxy {
    return new TableColumnProxy(this.ctx, this.table, (t) => {
      if (index < 0 || t.rect.c0 + index > t.rect.c1) throw itemNotFound(`table column ${index}`);
      return t.rect.c0 + index;
    });
  }
  private byName(name: string, orNull: boolean): TableColumnProxy {
    return new TableColumnProxy(this.ctx, this.table, (t, sheet) => {
      for (let c = t.rect.c0; c <= t.rect.c1; c++) {
        if (String(sheet.cell(t.rect.r0, c)?.value ?? "").toLowerCase() === name.toLowerCase()) return c;
      }
      if (orNull) return null;
      throw itemNotFound(`table column "${name}"`);
    });
  }
  getItem(name: string): TableColumnProxy {
    return this.byName(name, false);
  }
  getItemOrNullObject(name: string): TableColumnProxy {
    return this.byName(name, true);
  }
}

function validateTableName(name: string): void {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name) || /^[A-Za-z]{1,3}[0-9]+$/.test(name) || /^[rc]$/i.test(name)) {
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

/** Table headers are unique non-empty text; Excel fills blanks with "ColumnN" and numbers repeats. */
function ensureHeaders(sheet: SheetState, rect: Rect): void {
  const seen = new Set<string>();
  for (let c = rect.c0; c <= rect.c1; c++) {
    const cell = sheet.cell(rect.r0, c);
    let text = cell === undefined || cell.value === "" ? `Column${c - rect.c0 + 1}` : String(cell.value);
    const base = text;
    let n = 2;
    while (seen.has(text.toLowerCase())) text = `${base}${n++}`;
    seen.add(text.toLowerCase());
    sheet.setCell(rect.r0, c, { value: text, quotePrefix: typeof cell?.value !== "string" || cell?.quotePrefix });
  }
}

export class TableCollectionProxy extends CollectionProxy<TableProxy> {
  constructor(
    ctx: FakeRequestContext,
    private readonly sheetScope?: () => SheetState | null,
  ) {
    super(ctx);
  }
  private scoped(): TableState[] {
    const sheet = this.sheetScope?.();
    if (this.sheetScope && !sheet) return [];
    return this.ctx.state.tables.filter((t) => !sheet || t.sheetId === sheet.id);
  }
  protected itemsNow(): TableProxy[] {
    return this.scoped().map((t) => new TableProxy(this.ctx, () => this.ctx.state.tableById(t.id) ?? null));
  }
  getItem(name: string): TableProxy {
    return new TableProxy(this.ctx, () => {
      const t = this.scoped().find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!t) throw itemNotFound(`table "${name}"`);
      return t;
    });
  }
  getItemOrNullObject(name: string): TableProxy {
    return new TableProxy(this.ctx, () => this.scoped().find((x) => x.name.toLowerCase() === name.toLowerCase()) ?? null);
  }
  add(address: string, hasHeaders: boolean): TableProxy {
    let id: string | undefined;
    this.ctx.enqueue(jsonBytes(address), () => {
      const parsed = parseAddress(address);
      const scope = this.sheetScope?.();
      const sheetName = parsed.sheet ?? scope?.name;
      const active = this.ctx.state.activeSheetId ? this.ctx.state.sheetById(this.ctx.state.activeSheetId) : undefined;
      const sheet = sheetName !== undefined ? this.ctx.state.sheetByName(sheetName) : active;
      if (!sheet) throw itemNotFound(`worksheet "${sheetName ?? ""}"`);
      let rect = parsed.rect;
      if (!hasHeaders) {
        // Excel inserts a header row above the data; this model needs the row above to be free.
        if (rect.r0 === 0) throw officeError("NotImplemented", "This model cannot add headers above row 1.");
        rect = { ...rect, r0: rect.r0 - 1 };
      }
      if (rect.r1 === rect.r0) rect = { ...rect, r1: rect.r0 + 1 };
      assertNoOtherTable(this.ctx.state, rect, { sheetId: sheet.id } as TableState);
      ensureHeaders(sheet, rect);
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
    private readonly orNull: boolean,
  ) {
    super(ctx);
  }
  resolve(): { key: string; value: unknown } | null {
    if (!this.ctx.state.settings.has(this.settingKey)) {
      if (this.orNull) return null;
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
    return new SettingProxy(this.ctx, key, true);
  }
}

export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly settings: SettingCollectionProxy;
  constructor(private readonly ctx: FakeRequestContext) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.tables = new TableCollectionProxy(ctx);
    this.settings = new SettingCollectionProxy(ctx);
  }
  getSelectedRange(): RangeProxy {
    let sel: { sheetId: string; rect: Rect } | undefined;
    this.ctx.enqueue(10, () => {
      const state = this.ctx.state;
      sel = state.selection ?? (state.activeSheetId ? { sheetId: state.activeSheetId, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } } : undefined);
    });
    return new RangeProxy(this.ctx, () => {
      const sheet = sel ? this.ctx.state.sheetById(sel.sheetId) : undefined;
      if (!sel || !sheet) throw itemNotFound("selection");
      return { sheet, rect: sel.rect };
    });
  }
}

export { columnLetters };
