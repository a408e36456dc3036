/**
 * The add-in's record of what it last wrote, so a re-run can tell its own output from a user's
 * edit (docs/features.md#classify: never overwrite a cell the add-in did not write without asking).
 *
 * Kept on a very hidden sheet (`RECORD_SHEET`) that travels with the workbook: one column per
 * written block (pathway columns, Evidence, Strategy). Row 1 holds the block's key and origin
 * (sheet-qualified top-left cell); each following row holds the fingerprints of one written row,
 * comma-separated (a fingerprint is a few base-36 characters; an empty cell is empty). Storing
 * fingerprints rather than copies keeps the record a fraction of the output's size.
 */
import { Memo } from "../memo";
import type { CellValue } from "../product";

export const RECORD_SHEET = "_ReimbState";

export type BlockKey = "pathway" | "evidence" | "strategy" | "roadmap" | "quarters" | "economics";
export const BLOCK_KEYS: readonly BlockKey[] = [
  "pathway",
  "evidence",
  "strategy",
  "roadmap",
  "quarters",
  "economics",
];

export interface BlockRecord {
  key: BlockKey;
  /** Sheet-qualified address of the block's top-left cell when it was written. */
  origin: string;
  /** Fingerprints per written row (header row first); "" where nothing was written. */
  rows: string[][];
}

const HEADER = /^reimb:(pathway|evidence|strategy|roadmap|quarters|economics)@(.+)$/;

/** Encode blocks as record-sheet columns (each column: header cell + one cell per row). */
export function encodeRecord(blocks: readonly BlockRecord[]): string[][] {
  const height = Math.max(1, ...blocks.map((b) => b.rows.length + 1));
  const out: string[][] = Array.from({ length: height }, () => blocks.map(() => ""));
  blocks.forEach((b, col) => {
    out[0][col] = `reimb:${b.key}@${b.origin}`;
    b.rows.forEach((row, i) => (out[i + 1][col] = row.join(",")));
  });
  return out;
}

/** Decode the record sheet's used range (from A1). Unknown columns are ignored. */
export function decodeRecord(grid: readonly (readonly CellValue[])[]): Map<BlockKey, BlockRecord> {
  const decoder = new RecordDecoder();
  grid.forEach((row, r) => decoder.row(r, row));
  return decoder.finish();
}

/**
 * `decodeRecord` a row at a time, rows in any order (row 0 is the header): a reader can hand over
 * the record sheet as it streams, and the sheet is never held as a grid. A row given twice counts
 * as its last giving.
 */
export class RecordDecoder {
  /** Per record column of the record sheet: its block, origin and the rows read (by row - 1). */
  private readonly blocks: Array<{ col: number; key: BlockKey; origin: string; rows: string[][] }> =
    [];
  private readonly later: Array<{ r: number; row: readonly CellValue[] }> = [];
  private headed = false;
  // A fingerprint repeats wherever its value does (an item name down 600,000 rows): one string
  // per distinct fingerprint is kept, the split's copies are left to the collector.
  private readonly seen = new Map<string, string>();

  row(r: number, cells: readonly CellValue[]): void {
    if (r === 0) {
      this.headed = true;
      this.blocks.length = 0;
      for (let col = 0; col < cells.length; col++) {
        const cell = cells[col];
        const m = typeof cell === "string" ? HEADER.exec(cell) : null;
        if (m) this.blocks.push({ col, key: m[1] as BlockKey, origin: m[2], rows: [] });
      }
      // Rows that came before the header are read now.
      const waiting = this.later.splice(0);
      for (const w of waiting) this.row(w.r, w.row);
      return;
    }
    if (!this.headed) {
      this.later.push({ r, row: cells });
      return;
    }
    for (const b of this.blocks) {
      const v = cells[b.col];
      if (v === null || v === undefined || v === "") {
        b.rows[r - 1] = [];
        continue;
      }
      // Interned in place: one array per row, not the split's and a copy of it.
      const fingerprints = String(v).split(",");
      for (let i = 0; i < fingerprints.length; i++) fingerprints[i] = this.intern(fingerprints[i]);
      b.rows[r - 1] = fingerprints;
    }
  }

  finish(): Map<BlockKey, BlockRecord> {
    const out = new Map<BlockKey, BlockRecord>();
    for (const b of this.blocks) {
      const rows = b.rows;
      // A row with nothing written still takes its place; trailing ones are trimmed by Excel.
      for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = [];
      while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
      out.set(b.key, { key: b.key, origin: b.origin, rows });
    }
    return out;
  }

  private intern(f: string): string {
    const known = this.seen.get(f);
    if (known !== undefined) return known;
    this.seen.set(f, f);
    return f;
  }
}

/** Fingerprint a written block; `kept` marks cells the add-in left as they were (not written). */
export function fingerprintBlock(
  grid: readonly (readonly CellValue[])[],
  kept?: ReadonlySet<string>
): string[][] {
  // No "row,col" key is made per cell unless some cell was kept back.
  const skip = kept !== undefined && kept.size > 0 ? kept : undefined;
  const memo = fingerprintMemo();
  return grid.map((row, r) => row.map((v, c) => (skip?.has(`${r},${c}`) ? "" : memo(v))));
}

/**
 * The add-in's last output for a block as a grid the domain's `planOverwrite` can compare:
 * where the current cell's fingerprint equals the recorded one, the add-in wrote that very value,
 * so it is returned; elsewhere null (not the add-in's).
 */
export function lastWrittenGrid(
  record: BlockRecord | undefined,
  current: readonly (readonly CellValue[])[]
): CellValue[][] | undefined {
  if (!record) return undefined;
  return current.map((row, r) => {
    const written = record.rows[r] ?? [];
    return row.map((v, c) =>
      written[c] !== undefined && written[c] !== "" && written[c] === fingerprint(v) ? v : null
    );
  });
}

/**
 * A compact fingerprint of a cell as text (how the domain compares cells: a written "99454" read
 * back as the number 99454 is the same cell). Empty cells fingerprint to "". FNV-1a, 32 bits.
 */
export function fingerprint(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  return fingerprintOf(value);
}

/**
 * `fingerprint` through a cache its caller owns for one pass over a block: a written table repeats
 * its values (item names, statuses, labels) down hundreds of thousands of rows, so each distinct
 * value is hashed once and its fingerprint string shared, not re-made per cell. Bounded (a Memo).
 */
export function fingerprintMemo(): (value: CellValue | undefined) => string {
  const memo = new Memo<string | number | boolean, string>(100_000);
  return (value) => (value === null || value === undefined ? "" : memo.get(value, fingerprintOf));
}

function fingerprintOf(value: string | number | boolean): string {
  const text = String(value).trim();
  if (text === "") return "";
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}
