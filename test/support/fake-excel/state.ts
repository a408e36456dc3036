/**
 * The workbook the in-memory Excel holds: sheets of cells, tables, formats, validation, settings.
 * Input conversion follows Excel's documented `Range.values` behaviour: a string starting with "="
 * (or "+", "-", "@" when it is not a number) becomes a formula, numeric/boolean/ISO-date text
 * becomes a number/boolean/date serial, a leading apostrophe marks text and is not stored, and
 * `null` leaves a cell unchanged.
 */
import { type Rect, contains, intersects } from "./address";

export type Scalar = string | number | boolean;

export interface Cell {
  /** What `values` returns ("" when empty). */
  value: Scalar;
  /** Set when the cell holds a formula (what `formulas` returns). */
  formula?: string;
  /** Typed with a leading apostrophe: Excel's "quote prefix" (text even if it looks like a number or formula). */
  quotePrefix?: boolean;
  numberFormat?: string;
}

export interface FormatLayer {
  rect: Rect;
  key: string;
  value: unknown;
}

export interface ConditionalFormat {
  rect: Rect;
  type: string;
  operator?: string;
  text?: string;
  fill?: string;
  fontColor?: string;
}

export interface ValidationLayer {
  rect: Rect;
  rule: unknown;
}

/** A cell as stored: a bare scalar when it has nothing but a value (keeps 50,000-row sheets small). */
export type StoredCell = Cell | Scalar | undefined;

export class SheetState {
  rows: StoredCell[][] = [];
  formats: FormatLayer[] = [];
  conditionalFormats: ConditionalFormat[] = [];
  validations: ValidationLayer[] = [];
  columnWidths = new Map<number, number>();
  frozenRows = 0;
  /** Worksheet-level AutoFilter (tables have their own filter buttons). */
  autoFilter: Rect | undefined;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  /** Merged areas: the value lives in the top-left cell, the other cells are blank. */
  merges: Rect[] = [];
  constructor(
    readonly id: string,
    public name: string
  ) {}

  cell(row: number, col: number): Cell | undefined {
    const v = this.rows[row]?.[col];
    if (v === undefined) return undefined;
    return typeof v === "object" ? v : { value: v };
  }

  /** What `values` returns for a cell. */
  value(row: number, col: number): Scalar {
    const v = this.rows[row]?.[col];
    if (v === undefined) return "";
    return typeof v === "object" ? v.value : v;
  }

  setCell(row: number, col: number, cell: Cell | undefined): void {
    let r = this.rows[row];
    if (!r) {
      if (!cell) return;
      r = this.rows[row] = [];
    }
    const plain =
      cell && cell.formula === undefined && !cell.quotePrefix && cell.numberFormat === undefined;
    r[col] = plain ? (cell.value === "" ? undefined : cell.value) : cell;
  }

  /** Bounding box of non-empty cells, or undefined when the sheet is empty. */
  usedRect(): Rect | undefined {
    let r0 = -1;
    let r1 = -1;
    let c0 = Number.MAX_SAFE_INTEGER;
    let c1 = -1;
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (
          v === undefined ||
          v === "" ||
          (typeof v === "object" && v.value === "" && v.formula === undefined)
        )
          continue;
        if (r0 < 0) r0 = r;
        r1 = r;
        if (c < c0) c0 = c;
        if (c > c1) c1 = c;
      }
    }
    return r0 < 0 ? undefined : { r0, r1, c0, c1 };
  }

  /** The last format written for a cell (later layers win, like later writes in Excel). */
  formatAt(row: number, col: number, key: string): unknown {
    for (let i = this.formats.length - 1; i >= 0; i--) {
      const layer = this.formats[i];
      if (layer.key === key && contains(layer.rect, row, col)) return layer.value;
    }
    return undefined;
  }

  validationAt(row: number, col: number): unknown {
    for (let i = this.validations.length - 1; i >= 0; i--) {
      const v = this.validations[i];
      if (contains(v.rect, row, col)) return v.rule;
    }
    return undefined;
  }

  clearFormats(rect: Rect): void {
    // Layers wholly inside the cleared area go; a partial overlap keeps its layer (a simplification).
    this.formats = this.formats.filter((f) => !intersects(f.rect, rect) || !within(f.rect, rect));
    this.conditionalFormats = this.conditionalFormats.filter((f) => !within(f.rect, rect));
  }
}

function within(inner: Rect, outer: Rect): boolean {
  return (
    inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1
  );
}

export interface TableState {
  id: string;
  name: string;
  sheetId: string;
  /** Whole table including the header row. */
  /** Whole table: header row, data rows and, with `showTotals`, the totals row (its last row). */
  rect: Rect;
  showFilterButton: boolean;
  style: string;
  /** A totals row is shown (`Table.showTotals`); it is the last row of `rect`. */
  showTotals?: boolean;
}

/** A header cell Excel changed when something wrote into a table's header row (blank or repeated text). */
export interface HeaderFix {
  table: string;
  address: string;
  written: string;
  became: string;
}

export class WorkbookState {
  sheets: SheetState[] = [];
  tables: TableState[] = [];
  settings = new Map<string, unknown>();
  activeSheetId: string | undefined;
  selection: { sheetId: string; rect: Rect } | undefined;
  /** Every header cell Excel renamed after a write (blank → "ColumnN", repeats numbered). */
  headerFixes: HeaderFix[] = [];
  /** Calculation types requested through application.calculate, in order. */
  calculations: string[] = [];
  private nextId = 1;

  newId(prefix: string): string {
    return `${prefix}${this.nextId++}`;
  }

  sheetByName(name: string): SheetState | undefined {
    const key = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === key);
  }

  sheetById(id: string): SheetState | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  tableByName(name: string): TableState | undefined {
    const key = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === key);
  }

  tableById(id: string): TableState | undefined {
    return this.tables.find((t) => t.id === id);
  }

  addSheet(name: string): SheetState {
    if (this.sheetByName(name))
      throw officeError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
    if (name.length === 0 || name.length > 31 || /[\\/?*[\]:]/.test(name)) {
      throw officeError("InvalidArgument", `"${name}" is not a valid sheet name.`);
    }
    const sheet = new SheetState(this.newId("sheet"), name);
    this.sheets.push(sheet);
    if (!this.activeSheetId) this.activeSheetId = sheet.id;
    return sheet;
  }
}

export interface OfficeErrorLike extends Error {
  code: string;
  debugInfo: { code: string; message: string };
}

/** An error shaped like OfficeExtension.Error (code + message + debugInfo). */
export function officeError(code: string, message: string): OfficeErrorLike {
  const err = new Error(message) as OfficeErrorLike;
  err.name = "RichApi.Error";
  err.code = code;
  err.debugInfo = { code, message };
  return err;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?%?$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// What else Excel (en-US) parses when text is typed or written through `values`; enough forms that a
// test catches an adapter that lets one through unprefixed.
const AMOUNT =
  /^(\()?([+-])?\s*([$€£¥])?\s*([+-])?(\d{1,3}(?:,\d{3})+(?:\.\d*)?|\d+(?:\.\d*)?|\.\d+)(e[+-]?\d+)?(%)?(\))?$/i;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm|a|p)?$/i;
const FRACTION = /^(\d+)\s+(\d+)\/(\d+)$/;
const SLASH_DATE = /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{2}|\d{4}))?$/;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const MONTH_FIRST = new RegExp(`^${MONTH}[\\s,/-]*(\\d{1,4})(?:[\\s,/-]+(\\d{2}|\\d{4}))?$`, "i");
const DAY_FIRST = new RegExp(`^(\\d{1,2})[\\s/-]*${MONTH}(?:[\\s,/-]+(\\d{2}|\\d{4}))?$`, "i");
/** The year Excel assumes for a date typed without one; fixed so tests do not depend on the clock. */
export const FAKE_CURRENT_YEAR = 2026;

function dateSerial(y: number, m: number, d: number): number | undefined {
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d)
    return undefined;
  return Math.round((ms - Date.UTC(1899, 11, 30)) / 86400000);
}

function fullYear(text: string | undefined): number {
  if (text === undefined) return FAKE_CURRENT_YEAR;
  const y = Number(text);
  return text.length === 2 ? (y < 30 ? 2000 + y : 1900 + y) : y;
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** A month name with a number: "Sep 30", "Sep 30, 2026", "Jan 2026", "Jan-26" (the 26th), "30-Sep". */
function monthDate(month: number, first: string, year: string | undefined): number | undefined {
  const n = Number(first);
  if (year === undefined && (first.length === 4 || n > 31))
    return dateSerial(first.length === 2 ? fullYear(first) : n, month, 1);
  return dateSerial(fullYear(year), month, n);
}

/** Number, currency, percentage, time, fraction and date text as Excel (en-US) converts it. */
function typedNumber(trimmed: string): Cell | undefined {
  const amount = AMOUNT.exec(trimmed);
  if (amount && !(amount[2] && amount[4]) && Boolean(amount[1]) === Boolean(amount[8])) {
    const [, paren, sign1, currency, sign2, digits, exp, pct] = amount;
    let n = Number(digits.replace(/,/g, "") + (exp ?? ""));
    if (pct) n /= 100;
    if (paren || (sign1 ?? sign2) === "-") n = -n;
    return { value: n, numberFormat: currency ? "currency" : pct ? "0%" : undefined };
  }
  const time = TIME.exec(trimmed);
  if (time) {
    let h = Number(time[1]);
    const m = Number(time[2]);
    const sec = Number(time[3] ?? 0);
    const half = time[4]?.[0].toLowerCase();
    if (half === "p" && h < 12) h += 12;
    if (half === "a" && h === 12) h = 0;
    if (h < 24 && m < 60 && sec < 60)
      return { value: (h * 3600 + m * 60 + sec) / 86400, numberFormat: "h:mm" };
  }
  const fraction = FRACTION.exec(trimmed);
  if (fraction && Number(fraction[3]) > 0)
    return {
      value: Number(fraction[1]) + Number(fraction[2]) / Number(fraction[3]),
      numberFormat: "# ?/?",
    };
  const slash = SLASH_DATE.exec(trimmed);
  if (slash) {
    const serial = dateSerial(fullYear(slash[3]), Number(slash[1]), Number(slash[2]));
    if (serial !== undefined) return { value: serial, numberFormat: "m/d/yyyy" };
  }
  const mf = MONTH_FIRST.exec(trimmed);
  const df = mf ? undefined : DAY_FIRST.exec(trimmed);
  const serial = mf
    ? monthDate(monthIndex(mf[1]), mf[2], mf[3])
    : df
      ? monthDate(monthIndex(df[2]), df[1], df[3])
      : undefined;
  if (serial !== undefined) return { value: serial, numberFormat: "d-mmm" };
  return undefined;
}

/** Excel can only guess what a formula gives; arithmetic on a literal number is enough for tests. */
function evaluate(formula: string): Scalar {
  const body = formula.slice(1);
  const plain = body.replace(/^\+/, "");
  if (NUMBER.test(plain) && !plain.endsWith("%")) return Number(plain);
  return "#NAME?";
}

/**
 * What a cell becomes when `text` is written through `values` (Excel parses the string as if typed).
 * `textFormat`: the cell's number format is "@"; Excel then keeps numbers and dates as text. Whether
 * Text format also stops "=..." becoming a formula through the API is not documented, so this model
 * assumes it does not: only the apostrophe is a reliable way to write text.
 */
export function cellFromInput(input: Scalar, textFormat: boolean): Cell {
  if (typeof input !== "string") return { value: input };
  if (input.startsWith("'")) return { value: input.slice(1), quotePrefix: true };
  if (input.length > 1 && input.startsWith("=")) return { value: evaluate(input), formula: input };
  if (textFormat) return { value: input };
  const trimmed = input.trim();
  if (NUMBER.test(trimmed)) {
    const pct = trimmed.endsWith("%");
    const n = Number(pct ? trimmed.slice(0, -1) : trimmed);
    return { value: pct ? n / 100 : n };
  }
  if (
    input.length > 1 &&
    (input.startsWith("+") || input.startsWith("-") || input.startsWith("@"))
  ) {
    const formula = "=" + (input.startsWith("@") ? input.slice(1) : input);
    return { value: evaluate(formula), formula };
  }
  const typed = typedNumber(trimmed);
  if (typed) return typed.numberFormat ? typed : { value: typed.value };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true" };
  const iso = ISO_DATE.exec(trimmed);
  if (iso) {
    const serial = dateSerial(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (serial !== undefined) return { value: serial, numberFormat: "yyyy-mm-dd" };
  }
  return { value: input };
}
