/**
 * A1 addresses for the in-memory Excel: "B2", "A1:AB50000", "A:C", "3:5", "Sheet1!A1",
 * "'My Sheet'!A1:B2" (a quote inside a quoted name is doubled: 'Bob''s'!A1). Rectangles are 0-based
 * and inclusive. Plain TypeScript (no Node), so the pane's browser harness can bundle it.
 */

/** Excel's grid: 1,048,576 rows × 16,384 columns (XFD). */
export const MAX_ROWS = 1048576;
export const MAX_COLUMNS = 16384;

export interface Rect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface ParsedAddress {
  sheet?: string;
  rect: Rect;
}

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

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Quote a sheet name the way Excel does in addresses: only when it is not a plain word. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rectAddress(rect: Rect): string {
  const a = cellAddress(rect.r0, rect.c0);
  return rect.r0 === rect.r1 && rect.c0 === rect.c1 ? a : `${a}:${cellAddress(rect.r1, rect.c1)}`;
}

export function fullAddress(sheet: string, rect: Rect): string {
  return `${quoteSheet(sheet)}!${rectAddress(rect)}`;
}

function fail(address: string): never {
  const err = new Error(`The address "${address}" is not valid.`) as Error & { code: string };
  err.code = "InvalidArgument";
  throw err;
}

type Part = { row?: number; col?: number };

function parsePart(text: string, address: string): Part {
  const m = /^\$?([A-Za-z]{0,3})\$?([0-9]{0,7})$/.exec(text);
  if (!m || (m[1] === "" && m[2] === "")) fail(address);
  const part: Part = {};
  if (m[1] !== "") {
    part.col = columnIndex(m[1]);
    if (part.col < 0 || part.col >= MAX_COLUMNS) fail(address);
  }
  if (m[2] !== "") {
    part.row = Number(m[2]) - 1;
    if (part.row < 0 || part.row >= MAX_ROWS) fail(address);
  }
  return part;
}

/** Parse an A1 address, optionally sheet-qualified. Throws InvalidArgument on anything else. */
export function parseAddress(address: string): ParsedAddress {
  let rest = address.trim();
  let sheet: string | undefined;
  if (rest.startsWith("'")) {
    let i = 1;
    let name = "";
    for (;;) {
      if (i >= rest.length) fail(address);
      const ch = rest[i];
      if (ch === "'") {
        if (rest[i + 1] === "'") {
          name += "'";
          i += 2;
          continue;
        }
        break;
      }
      name += ch;
      i++;
    }
    if (rest[i + 1] !== "!") fail(address);
    sheet = name;
    rest = rest.slice(i + 2);
  } else {
    const bang = rest.lastIndexOf("!");
    if (bang >= 0) {
      sheet = rest.slice(0, bang);
      rest = rest.slice(bang + 1);
      if (sheet === "") fail(address);
    }
  }
  const pieces = rest.split(":");
  if (pieces.length > 2 || rest === "") fail(address);
  const a = parsePart(pieces[0], address);
  const b = pieces.length === 2 ? parsePart(pieces[1], address) : a;
  // A whole column ("A:C") or whole row ("3:5"); mixing the two forms is invalid.
  const aColOnly = a.row === undefined;
  const aRowOnly = a.col === undefined;
  const bColOnly = b.row === undefined;
  const bRowOnly = b.col === undefined;
  if (aColOnly !== bColOnly || aRowOnly !== bRowOnly) fail(address);
  if (pieces.length === 1 && (aColOnly || aRowOnly)) fail(address);
  const r0 = a.row ?? 0;
  const r1 = b.row ?? MAX_ROWS - 1;
  const c0 = a.col ?? 0;
  const c1 = b.col ?? MAX_COLUMNS - 1;
  return {
    sheet,
    rect: {
      r0: Math.min(r0, r1),
      r1: Math.max(r0, r1),
      c0: Math.min(c0, c1),
      c1: Math.max(c0, c1),
    },
  };
}

export function rectRows(rect: Rect): number {
  return rect.r1 - rect.r0 + 1;
}

export function rectCols(rect: Rect): number {
  return rect.c1 - rect.c0 + 1;
}

export function intersects(a: Rect, b: Rect): boolean {
  return a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
}

export function contains(outer: Rect, row: number, col: number): boolean {
  return row >= outer.r0 && row <= outer.r1 && col >= outer.c0 && col <= outer.c1;
}
