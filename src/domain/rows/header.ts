/**
 * Finding the header row: the sheet may open with a title, notes or blank lines above the table
 * (a loose range), or start at the header (an Excel table's range).
 */
import type { CellValue } from "../product";
import { PRODUCT_COLUMNS, REQUIRED_COLUMNS, columnForHeader, type ColumnId } from "./columns";

export interface HeaderMatch {
  /** 0-based index into the grid. */
  headerRowIndex: number;
  /** Column index of each recognised column (the first one when a column repeats). */
  columns: Partial<Record<ColumnId, number>>;
  recognised: { id: ColumnId; header: string; index: number }[];
  missingRequired: ColumnId[];
  missingOptional: ColumnId[];
  /** Non-empty header cells that name no column, and repeats of a recognised column. */
  unrecognised: { header: string; index: number }[];
  /** Header cells naming a column already recognised to their left (read: ignored). */
  repeated: { id: ColumnId; header: string; index: number; firstIndex: number }[];
}

export const DEFAULT_MAX_SCAN_ROWS = 20;

/** Read one row as a header. */
export function matchHeaderRow(grid: CellValue[][], rowIndex: number): HeaderMatch {
  const row = grid[rowIndex] ?? [];
  const columns: Partial<Record<ColumnId, number>> = {};
  const recognised: HeaderMatch["recognised"] = [];
  const unrecognised: HeaderMatch["unrecognised"] = [];
  const repeated: HeaderMatch["repeated"] = [];
  for (let index = 0; index < row.length; index++) {
    const cell = row[index];
    if (cell === null || cell === undefined) continue;
    const header = String(cell).trim();
    if (header.length === 0) continue;
    const id = typeof cell === "string" ? columnForHeader(header) : undefined;
    if (id === undefined) {
      unrecognised.push({ header, index });
    } else if (columns[id] !== undefined) {
      repeated.push({ id, header, index, firstIndex: columns[id] as number });
      unrecognised.push({ header, index });
    } else {
      columns[id] = index;
      recognised.push({ id, header, index });
    }
  }
  const missingRequired: ColumnId[] = [];
  const missingOptional: ColumnId[] = [];
  for (const spec of PRODUCT_COLUMNS) {
    if (columns[spec.id] !== undefined) continue;
    (spec.required ? missingRequired : missingOptional).push(spec.id);
  }
  return {
    headerRowIndex: rowIndex,
    columns,
    recognised,
    missingRequired,
    missingOptional,
    unrecognised,
    repeated,
  };
}

/**
 * The best header candidate among the first rows, complete or not: most required columns, then
 * most columns, then the earliest row. Undefined when no row names any column.
 */
export function bestHeaderCandidate(
  grid: CellValue[][],
  maxScanRows = DEFAULT_MAX_SCAN_ROWS
): HeaderMatch | undefined {
  let best: HeaderMatch | undefined;
  let bestScore = 0;
  const limit = Math.min(grid.length, Math.max(0, maxScanRows));
  for (let i = 0; i < limit; i++) {
    const row = grid[i];
    if (!row || row.length === 0) continue;
    const candidate = matchHeaderRow(grid, i);
    if (candidate.recognised.length === 0) continue;
    const requiredPresent = REQUIRED_COLUMNS.length - candidate.missingRequired.length;
    const score = requiredPresent * 1000 + candidate.recognised.length;
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The header row: the best-scoring row among the first `maxScanRows` (default 20) that names every
 * required column, or undefined.
 */
export function findHeader(
  grid: CellValue[][],
  opts?: { maxScanRows?: number }
): HeaderMatch | undefined {
  const best = bestHeaderCandidate(grid, opts?.maxScanRows);
  return best && best.missingRequired.length === 0 ? best : undefined;
}
