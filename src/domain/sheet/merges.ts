/**
 * Merged cells, one reading for every host (docs/sheet-contract.md, "Merged cells"). Excel keeps a
 * merged area's value in its top-left cell and shows the area as that one cell; the other cells it
 * covers are blank, and Office.js reads them blank. ExcelJS instead reports the top-left value in
 * every covered cell. Read through this rule, both hosts see the same grid:
 *
 * - a header merged across two columns names one column (the first); the covered header cell is
 *   blank, so it is neither a repeated column nor an unnamed one;
 * - a value merged down several rows belongs to the first row only: the rows below are blank there,
 *   and say so (a required value missing), rather than silently repeating the first row's value.
 *
 * Rectangles are 0-based and inclusive, as in `./address`.
 */
import type { Rect } from "./address";

/** Where a grid sits on its sheet: the sheet row and column (0-based) of grid cell [0][0]. */
export interface GridOrigin {
  row: number;
  col: number;
}

/** The merged area that covers sheet cell (row, col) without being its top-left cell, if any. */
export function coveringMerge(merges: readonly Rect[], row: number, col: number): Rect | undefined {
  return merges.find(
    (m) =>
      row >= m.r0 && row <= m.r1 && col >= m.c0 && col <= m.c1 && (row !== m.r0 || col !== m.c0)
  );
}

/**
 * `grid` with every cell a merged area covers (all but each area's top-left cell) set to `blank`;
 * the input is not changed. Areas reaching outside the grid blank only the part inside it; an area
 * whose top-left cell is outside the grid still blanks its covered cells inside (Excel shows them
 * as part of a cell the grid does not hold).
 */
export function blankCoveredCells<T>(
  grid: readonly (readonly T[])[],
  merges: readonly Rect[],
  blank: T,
  origin: GridOrigin = { row: 0, col: 0 }
): T[][] {
  const out = grid.map((row) => [...row]);
  for (const m of merges) {
    const r0 = Math.max(m.r0, origin.row);
    const r1 = Math.min(m.r1, origin.row + out.length - 1);
    for (let r = r0; r <= r1; r++) {
      const line = out[r - origin.row];
      const c0 = Math.max(m.c0, origin.col);
      const c1 = Math.min(m.c1, origin.col + line.length - 1);
      for (let c = c0; c <= c1; c++) {
        if (r === m.r0 && c === m.c0) continue;
        line[c - origin.col] = blank;
      }
    }
  }
  return out;
}

/** Merged areas that overlap `rect` (what a host needs to read that part of a sheet). */
export function mergesWithin(merges: readonly Rect[], rect: Rect): Rect[] {
  return merges.filter(
    (m) => m.r0 <= rect.r1 && m.r1 >= rect.r0 && m.c0 <= rect.c1 && m.c1 >= rect.c0
  );
}
