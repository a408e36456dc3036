/** A1 addresses and the shifting of a shared formula to the cell that uses it. Pure. */

export function columnLetters(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26))
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const c of letters.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

export function cellRef(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

export function parseCellRef(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,8})$/.exec(ref);
  return m ? { row: Number(m[2]), col: columnNumber(m[1]) } : undefined;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export function parseRange(ref: string): Rect | undefined {
  const [a, b] = ref.split(":");
  const p = parseCellRef(a);
  const q = b === undefined ? p : parseCellRef(b);
  if (!p || !q) return undefined;
  return {
    top: Math.min(p.row, q.row),
    bottom: Math.max(p.row, q.row),
    left: Math.min(p.col, q.col),
    right: Math.max(p.col, q.col),
  };
}

export function rangeRef(r: Rect): string {
  const a = cellRef(r.top, r.left);
  const b = cellRef(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

/**
 * The text a shared formula has in a clone `dr` rows and `dc` columns away from its master:
 * relative parts of A1 references move, `$` parts stay; string literals, quoted sheet names,
 * function names and structured references are left alone. Whole-row/column references
 * (`A:A`, `1:1`) are shifted too.
 */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  let out = "";
  let i = 0;
  const src = formula;
  while (i < src.length) {
    const ch = src[i];
    if (ch === '"' || ch === "'") {
      let j = i + 1;
      while (j < src.length) {
        if (src[j] === ch) {
          if (src[j + 1] === ch) j += 2;
          else break;
        } else j++;
      }
      out += src.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "[") {
      // structured reference or external book index: copy through the matching bracket
      let depth = 0;
      let j = i;
      for (; j < src.length; j++) {
        if (src[j] === "[") depth++;
        else if (src[j] === "]" && --depth === 0) break;
      }
      out += src.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const prev = i > 0 ? src[i - 1] : "";
    if (!/[A-Za-z0-9_.\\]/.test(prev)) {
      const m = /^(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(.])/.exec(src.slice(i, i + 16));
      if (m) {
        const col = m[2] ? columnNumber(m[2]) + (m[1] ? 0 : dc) : 0;
        const row = Number(m[4]) + (m[3] ? 0 : dr);
        out += col < 1 || row < 1 ? "#REF!" : `${m[1]}${columnLetters(col)}${m[3]}${row}`;
        i += m[0].length;
        continue;
      }
      const whole = /^(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_(.])/.exec(
        src.slice(i, i + 12)
      );
      if (whole) {
        const a = columnNumber(whole[2]) + (whole[1] ? 0 : dc);
        const b = columnNumber(whole[4]) + (whole[3] ? 0 : dc);
        out += `${whole[1]}${columnLetters(a)}:${whole[3]}${columnLetters(b)}`;
        i += whole[0].length;
        continue;
      }
      const name = /^[A-Za-z_\\][A-Za-z0-9_.\\]*/.exec(src.slice(i));
      if (name) {
        out += name[0];
        i += name[0].length;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}
