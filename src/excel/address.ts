/**
 * A1 addresses as Office.js returns them ("Sheet1!A1:D20", "'My Sheet'!B2"), turned into 0-based
 * inclusive rectangles and back. Office.js hands the adapter addresses; the adapter needs indexes.
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

export const EXCEL_MAX_COLUMNS = 16384;

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

function columnNumber(letters: string): number {
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
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(rest);
  if (!m) throw new Error(`unexpected address ${address}`);
  const c0 = columnNumber(m[1]);
  const r0 = Number(m[2]) - 1;
  const c1 = m[3] ? columnNumber(m[3]) : c0;
  const r1 = m[4] ? Number(m[4]) - 1 : r0;
  return { sheet, r0, c0, r1, c1 };
}

export function rows(rect: Rect): number {
  return rect.r1 - rect.r0 + 1;
}

export function cols(rect: Rect): number {
  return rect.c1 - rect.c0 + 1;
}
