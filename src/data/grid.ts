/**
 * Helpers shared by the parsers: find a header row, map named columns, read typed cells with
 * messages that name the file, the line and what was expected.
 */
import { badRow, missingHeader } from "./errors";
import { parseAmount } from "./numbers";
import { clean, headerKey } from "./text";

export interface Grid {
  file: string;
  rows: string[][];
  /** Sheet name for workbooks. */
  sheet?: string;
}

export const MONTHS = [
  "JANUARY",
  "FEBRUARY",
  "MARCH",
  "APRIL",
  "MAY",
  "JUNE",
  "JULY",
  "AUGUST",
  "SEPTEMBER",
  "OCTOBER",
  "NOVEMBER",
  "DECEMBER",
];
export function monthName(upper: string): string {
  return upper.charAt(0) + upper.slice(1).toLowerCase();
}
/** "JAN", "Jan", "january" → "January"; anything else unchanged. */
export function fullMonth(text: string): string {
  const upper = text.toUpperCase();
  const m = upper.length >= 3 ? MONTHS.find((x) => x.startsWith(upper)) : undefined;
  return m ? monthName(m) : text;
}
export const MONTH_RE = new RegExp(`\\b(${MONTHS.join("|")})\\b`, "i");

/** Index of the first row (within `limit`) whose header keys satisfy `test`. */
export function findRow(rows: string[][], test: (keys: string[]) => boolean, limit = 25): number {
  for (let i = 0; i < Math.min(rows.length, limit); i++) {
    if (test(rows[i].map(headerKey))) return i;
  }
  return -1;
}

/** Text of the first `n` rows, for recognising a file by its preamble. */
export function preamble(rows: string[][], n = 12): string {
  return rows
    .slice(0, n)
    .map((r) =>
      r
        .map(clean)
        .filter((c) => c !== "")
        .join(" ")
    )
    .join("\n");
}

/** Column index by header name; throws a clear message naming the file and what was expected. */
export function columnOf(
  grid: Grid,
  headers: string[],
  name: string | RegExp,
  expected: string
): number {
  const i = headers.findIndex((h) => (typeof name === "string" ? h === name : name.test(h)));
  if (i < 0) throw missingHeader(grid.file, expected);
  return i;
}

export function optionalColumnOf(headers: string[], name: string | RegExp): number {
  return headers.findIndex((h) => (typeof name === "string" ? h === name : name.test(h)));
}

/** A numeric cell: blank → `blank`; text that is not a number → error naming line and column. */
export function num(
  grid: Grid,
  row: string[],
  rowIndex: number,
  col: number,
  column: string,
  blank = Number.NaN
): number {
  const v = parseAmount(row[col]);
  if (v === undefined) return blank;
  // 1e309 reads as Infinity: no CMS column holds one, and it would poison every sum.
  if (!Number.isFinite(v))
    throw badRow(grid.file, rowIndex + 1, `${column}: a number`, String(row[col]));
  return v;
}

/**
 * A number within what CMS's file allows for the column (docs/reference-data.md) (RVUs and GPCIs are never
 * negative, a CF is tens of dollars): a value outside is a damaged file, named by line.
 */
export function numIn(
  grid: Grid,
  row: string[],
  rowIndex: number,
  col: number,
  column: string,
  range: readonly [number, number],
  blank = Number.NaN
): number {
  const v = num(grid, row, rowIndex, col, column, blank);
  if (v < range[0] || v > range[1])
    throw badRow(
      grid.file,
      rowIndex + 1,
      `${column}: a number from ${range[0]} to ${range[1]}`,
      String(row[col])
    );
  return v;
}

/** Calendar years a CMS file may be for: CMS's files since 2010, up to two years ahead of today. */
export function plausibleYear(year: number): boolean {
  return year >= 2010 && year <= new Date().getFullYear() + 2;
}

export function cents(n: number): number {
  return Number.isNaN(n) ? n : Math.round(n * 100) / 100;
}

/** A data row must have at least `width` fields; a shorter row means a cut or wrong file. */
export function requireWidth(
  grid: Grid,
  row: string[],
  rowIndex: number,
  width: number,
  what: string
): void {
  if (row.length < width)
    throw badRow(grid.file, rowIndex + 1, `${width} fields (${what})`, row.join(","));
}

export function isBlankRow(row: string[]): boolean {
  return row.every((c) => clean(c) === "");
}

export const CODE5 = /^[A-Z0-9]{5}$/;

/** Year from a file name or path ("OPPSCAP_Oct" has none; "rvu25d…" → 2025). */
export function yearFromName(name: string): number | undefined {
  const full = /(?:^|[^0-9])(20\d\d)(?:[^0-9]|$)/.exec(name);
  if (full) return Number(full[1]);
  const short = /(?:rvu|pfrev|locco|gpci|anes|dme|dmepos|dmepen)(\d\d)/i.exec(name);
  return short ? 2000 + Number(short[1]) : undefined;
}
