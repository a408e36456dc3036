/**
 * Sheet addresses shared by every host: A1 cells and ranges, sheet-qualified ranges as Office.js
 * reports them ("Sheet1!A1:D20", "'My Sheet'!B2"), column letters. Indexes are 0-based and
 * rectangles inclusive; the CLI's ExcelJS rows and columns are 1-based and convert at its edge.
 * (The in-memory Excel in test/support keeps its own parser on purpose, so one bug cannot hide in both.)
 */
export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface SheetRect extends Rect {
  sheet: string;
}

/** Excel's grid: 16,384 columns (XFD), 1,048,576 rows. */
export const EXCEL_MAX_COLUMNS = 16384;
export const EXCEL_MAX_ROWS = 1048576;

/** Column letters of a 0-based column index: 0 → A, 26 → AA. */
export function columnLetters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** 0-based column index of column letters: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function cellA1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rectA1(rect: Rect): string {
  const a = cellA1(rect.r0, rect.c0);
  return rect.r0 === rect.r1 && rect.c0 === rect.c1 ? a : `${a}:${cellA1(rect.r1, rect.c1)}`;
}

export function qualified(sheet: string, rect: Rect): string {
  return `${quoteSheetName(sheet)}!${rectA1(rect)}`;
}

const RANGE = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i;

/** An unqualified A1 cell or range ("B2", "$A$1:D20"). Throws on anything else. */
export function parseA1(text: string): Rect {
  const m = RANGE.exec(text.trim());
  if (!m) throw new Error(`unexpected address ${text}`);
  const c0 = columnIndex(m[1]);
  const r0 = Number(m[2]) - 1;
  const c1 = m[3] ? columnIndex(m[3]) : c0;
  const r1 = m[4] ? Number(m[4]) - 1 : r0;
  return { r0, c0, r1, c1 };
}

/** Parse a sheet-qualified A1 range as Office.js reports it. Throws on anything else. */
export function parseQualified(address: string): SheetRect {
  let sheet: string;
  let rest: string;
  if (address.startsWith("'")) {
    const end = address.search(/'!(?=[^']*$)/);
    if (end < 0) throw new Error(`unexpected address ${address}`);
    sheet = address.slice(1, end).replace(/''/g, "'");
    rest = address.slice(end + 2);
  } else {
    const bang = address.lastIndexOf("!");
    if (bang < 0) throw new Error(`unexpected address ${address}`);
    sheet = address.slice(0, bang);
    rest = address.slice(bang + 1);
  }
  return { sheet, ...parseA1(rest) };
}

export function rows(rect: Rect): number {
  return rect.r1 - rect.r0 + 1;
}

export function cols(rect: Rect): number {
  return rect.c1 - rect.c0 + 1;
}

export function contains(rect: Rect, r: number, c: number): boolean {
  return r >= rect.r0 && r <= rect.r1 && c >= rect.c0 && c <= rect.c1;
}
