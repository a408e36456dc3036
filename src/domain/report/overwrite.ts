/**
 * "Never overwrite a cell the add-in did not write without asking" (docs/features.md#classify). The host reads
 * the region it is about to write (`current`), remembers what it wrote there last time
 * (`lastWritten`, positional: same top-left corner), and asks the user about every conflict.
 */
import type { CellValue } from "../product";
import type { TableGrid } from "./types";

export interface OverwriteConflict {
  /** 0-based index into `next.rows`; -1 for the header row. */
  row: number;
  /** The header of the column being written (next.headers[c]). */
  column: string;
  /** 0-based column index within the region. */
  columnIndex: number;
  current: CellValue;
  next: CellValue;
}

export interface OverwritePlan {
  conflicts: OverwriteConflict[];
}

export function isEmptyCell(value: CellValue | undefined): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

/**
 * Cells compare as text: Excel turns a written "99454" into the number 99454 and TRUE into a
 * boolean, and neither is a user edit.
 */
export function sameCell(a: CellValue | undefined, b: CellValue | undefined): boolean {
  // The common case on a re-run (the cell holds what is written again) costs no string work.
  if (a === b) return true;
  const ea = isEmptyCell(a);
  const eb = isEmptyCell(b);
  if (ea || eb) return ea && eb;
  return String(a).trim() === String(b).trim();
}

/**
 * What the add-in last wrote at a cell (row -1 is the header row), asked for only where a cell
 * would change: a large table rewritten unchanged never works out who wrote its cells.
 */
export type LastWrittenAt = (row: number, col: number) => CellValue | undefined;

function cellAt(grid: TableGrid | undefined, row: number, col: number): CellValue | undefined {
  if (!grid) return undefined;
  if (row < 0) return grid.headers[col];
  return grid.rows[row]?.[col];
}

/**
 * A cell is a conflict when writing would change it (current differs from next), it is not empty,
 * and it is not what the add-in itself last wrote there. With no `lastWritten` every non-empty cell
 * that would change is a conflict: the host does not know who wrote it.
 */
export function planOverwrite(
  current: TableGrid | undefined,
  lastWritten: TableGrid | LastWrittenAt | undefined,
  next: TableGrid
): OverwritePlan {
  const last: LastWrittenAt | undefined =
    typeof lastWritten === "function"
      ? lastWritten
      : lastWritten && ((row, col) => cellAt(lastWritten, row, col));
  const conflicts: OverwriteConflict[] = [];
  if (!current) return { conflicts };
  const width = next.headers.length;
  for (let row = -1; row < next.rows.length; row++) {
    for (let col = 0; col < width; col++) {
      const now = cellAt(current, row, col);
      if (isEmptyCell(now)) continue;
      const want = cellAt(next, row, col) ?? null;
      if (sameCell(now, want)) continue;
      if (last && sameCell(now, last(row, col))) continue;
      conflicts.push({
        row,
        column: next.headers[col],
        columnIndex: col,
        current: now as CellValue,
        next: want,
      });
    }
  }
  // Cells below the new block that the add-in wrote last time will be cleared; those it did not
  // write are in the way of nothing and are left alone by hosts, so they are not conflicts.
  return { conflicts };
}
