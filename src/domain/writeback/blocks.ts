/**
 * Who owns which cell of a block the add-in writes, and what needs the user's consent: the one
 * write-back policy both hosts run (the pane through src/excel, the CLI through src/cli).
 *
 * A block is a rectangle the add-in writes: the pathway columns beside the Products table, the
 * Evidence table, the Strategy table. Each is described by one entry of `BLOCK_SPECS` (its columns,
 * which of them are the user's, which identify a row); a further sheet the add-in writes (a roadmap,
 * an economics table) is one more entry, not a new code path.
 *
 * The rules:
 * - A user column (Evidence Status, Owner, Notes; any column whose header is not one of the add-in's,
 *   i.e. a column the user added) is carried by the domain from the previous table and is never a
 *   conflict. A formula the user put there comes back as the same formula (`userFormulas`).
 * - Any other cell that writing would change, that is not empty and that is not what the add-in
 *   itself last wrote there (the record; `src/domain/report/record.ts`) is a conflict: the pane asks,
 *   the CLI stops with exit 5 unless --force.
 * - In a table with row keys (Evidence, Strategy) the user may sort rows: a data cell is the
 *   add-in's when it holds what the add-in last wrote for that row's key (Product ID, and the item
 *   for Evidence) in that column, wherever the row went. Text typed over a cell that happens to be
 *   what another row holds is the user's.
 * - `planWriteBack` (plan.ts) assembles these per block from a snapshot of the workbook into the
 *   plan both hosts apply.
 * - Without a record (a workbook from an older version, or whose record sheet was deleted), a column
 *   whose header names the add-in's column at that very position, in any language, is taken as the
 *   add-in's output; anything else in the way is the user's.
 * - Cells of an owned sheet outside its table are the user's: every host rewrites the sheet in
 *   place and leaves them alone, so there is nothing to ask about them.
 */
import type { CellValue } from "../product";
import {
  EVIDENCE_COLUMNS,
  EVIDENCE_USER_COLUMNS,
  PATHWAY_COLUMNS,
  STRATEGY_COLUMNS,
  headerKey,
  recogniseColumn,
  type ReportColumn,
} from "../report/columns";
import { idKey } from "../report/evidence";
import { isEmptyCell, planOverwrite, sameCell } from "../report/overwrite";
import { fingerprint, fingerprintMemo, type BlockKey, type BlockRecord } from "../report/record";
import { REPORT_TABLES, type TableGrid } from "../report/types";
import { cellA1, parseQualified } from "../sheet/address";
import { ROADMAP_COLUMNS, QUARTER_COLUMNS } from "../roadmap/table";
import { ECONOMICS_COLUMNS, ECONOMICS_USER_COLUMNS } from "../economics/table";
import { capCell, isOverLimit } from "./cells";

export interface BlockSpec {
  key: BlockKey;
  /** The Excel table (and, for owned sheets, the sheet) the block lives in. */
  table: string;
  columns: readonly ReportColumn[];
  /** The add-in's columns whose cells are the user's. */
  userIds: readonly string[];
  /** Whether a column with a header the add-in does not know is the user's (an added column). */
  addedColumnsAreUsers: boolean;
  /** Columns that identify a row (how user cells and formulas are carried); their header row too. */
  keyIds: readonly string[];
  /** Whether the block is a table on a sheet of its own (Evidence, Strategy) or sits beside the user's input. */
  ownSheet: boolean;
}

export const BLOCK_SPECS: Readonly<Record<BlockKey, BlockSpec>> = {
  pathway: {
    key: "pathway",
    table: REPORT_TABLES.products,
    columns: PATHWAY_COLUMNS,
    userIds: [],
    addedColumnsAreUsers: false,
    keyIds: [],
    ownSheet: false,
  },
  evidence: {
    key: "evidence",
    table: REPORT_TABLES.evidence,
    columns: EVIDENCE_COLUMNS,
    userIds: EVIDENCE_USER_COLUMNS,
    addedColumnsAreUsers: true,
    keyIds: ["productId", "itemId"],
    ownSheet: true,
  },
  strategy: {
    key: "strategy",
    table: REPORT_TABLES.strategy,
    columns: STRATEGY_COLUMNS,
    userIds: [],
    addedColumnsAreUsers: true,
    keyIds: ["productId"],
    ownSheet: true,
  },
  // product × milestone (docs/roadmap.md): Notes and added columns are the user's, like Evidence's.
  roadmap: {
    key: "roadmap",
    table: REPORT_TABLES.roadmap,
    columns: ROADMAP_COLUMNS,
    userIds: ["notes"],
    addedColumnsAreUsers: true,
    keyIds: ["productId", "milestoneId"],
    ownSheet: true,
  },
  // The quarter-by-quarter view: its quarter columns move with the as-of date, so every column
  // is the add-in's (a column the user adds there would be taken over when the quarters grow).
  quarters: {
    key: "quarters",
    table: REPORT_TABLES.quarters,
    columns: QUARTER_COLUMNS,
    userIds: [],
    addedColumnsAreUsers: false,
    keyIds: ["productId"],
    ownSheet: true,
  },
  economics: {
    key: "economics",
    table: REPORT_TABLES.economics,
    columns: ECONOMICS_COLUMNS,
    userIds: ECONOMICS_USER_COLUMNS,
    addedColumnsAreUsers: true,
    keyIds: ["productId", "code", "site"],
    ownSheet: true,
  },
};

function isUserHeader(spec: BlockSpec, header: CellValue | undefined): boolean {
  if (isEmptyCell(header)) return false;
  const id = recogniseColumn(spec.columns, header);
  return id === undefined ? spec.addedColumnsAreUsers : spec.userIds.includes(id);
}

/**
 * The block's columns that are the user's, by position: a column is the user's when the new header
 * or the header there now names a user column, or (Evidence, Strategy) lies beyond the add-in's own.
 */
export function userColumns(
  spec: BlockSpec,
  nextHeaders: readonly CellValue[],
  currentHeaders: readonly CellValue[],
  width: number
): Set<number> {
  const out = new Set<number>();
  for (let c = 0; c < width; c++) {
    if (spec.addedColumnsAreUsers && c >= spec.columns.length) out.add(c);
    else if (isUserHeader(spec, nextHeaders[c]) || isUserHeader(spec, currentHeaders[c]))
      out.add(c);
  }
  return out;
}

/** A cell of what the add-in last wrote (block row 0 = header row), worked out when asked for. */
type WrittenAt = (r: number, c: number) => CellValue | null | undefined;

/**
 * What the add-in wrote last time, as far as the workbook can tell: from the record when there is
 * one for this block on this sheet; otherwise every column whose header cell names the add-in's own
 * column at that position (any language) is taken as the add-in's.
 */
export function lastWritten(
  spec: BlockSpec,
  current: readonly (readonly CellValue[])[],
  record: BlockRecord | undefined
): CellValue[][] {
  const at = lastWrittenAt(spec, current, record);
  return current.map((row, r) => row.map((_v, c) => at(r, c) ?? null));
}

/**
 * `lastWritten` cell by cell: the policy asks only about cells that writing would change, so a
 * 600,000-row table written again unchanged builds none of this (no key index, no fingerprints).
 */
function lastWrittenAt(
  spec: BlockSpec,
  current: readonly (readonly CellValue[])[],
  record: BlockRecord | undefined
): WrittenAt {
  const positional: WrittenAt = (r, c) => {
    const v = current[r]?.[c];
    const written = record?.rows[r]?.[c];
    return written !== undefined && written !== "" && written === fingerprint(v) ? v : null;
  };
  if (record && spec.keyIds.length === 0) return positional;
  if (record) {
    // A keyed table (Evidence, Strategy) may have been sorted or filtered-and-sorted since: each
    // row now is matched to the row written for the same key (Product ID, item), and a data cell
    // is the add-in's when it holds what was written for that key in that column. A row whose key
    // was not written (the user typed over it) is compared with the row written at its position.
    const keyAt = spec.keyIds.map((k) =>
      (current[0] ?? []).findIndex((h) => recogniseColumn(spec.columns, h) === k)
    );
    if (keyAt.some((c) => c < 0)) return positional;
    let written: Map<string, string[][]> | undefined;
    const writtenFor = (key: string): string[][] | undefined => {
      if (!written) {
        written = new Map();
        for (const row of record.rows.slice(1)) {
          const k = keyAt.map((c) => row[c] ?? "").join("\u0000");
          const rows = written.get(k);
          if (rows) rows.push(row);
          else written.set(k, [row]);
        }
      }
      return written.get(key);
    };
    // Key cells repeat down the table (a product's ID on each of its items): hashed once each.
    const keyPrint = fingerprintMemo();
    return (r, c) => {
      if (r === 0) return positional(r, c);
      const row = current[r];
      if (!row) return undefined;
      const key = keyAt.map((k) => keyPrint(row[k])).join("\u0000");
      const rows = writtenFor(key) ?? [record.rows[r] ?? []];
      const v = row[c];
      const f = keyPrint(v);
      return f !== "" && rows.some((w) => w[c] === f) ? v : null;
    };
  }
  const header = current[0] ?? [];
  const own = header.map(
    (h, c) => c < spec.columns.length && recogniseColumn(spec.columns, h) === spec.columns[c].id
  );
  return (r, c) => (own[c] ? current[r]?.[c] : null);
}

/**
 * The record of a block when it was written on `sheet`: a record of another sheet (the Products
 * table moved, an Evidence sheet renamed) says nothing about these cells, so ownership is inferred.
 */
export function recordFor(
  records: ReadonlyMap<BlockKey, BlockRecord>,
  key: BlockKey,
  sheet: string
): BlockRecord | undefined {
  const record = records.get(key);
  if (!record) return undefined;
  try {
    return parseQualified(record.origin).sheet === sheet ? record : undefined;
  } catch {
    return undefined;
  }
}

export interface WriteConflict {
  block: BlockKey;
  sheet: string;
  /** A1 address on `sheet`. */
  address: string;
  /** Header of the column being written. */
  column: string;
  /** The row's Product ID, when the block has one and the row names it. */
  productId?: string;
  current: string;
  next: string;
  /** Position within the block (0 = header row). */
  row: number;
  col: number;
}

export interface BlockInput {
  spec: BlockSpec;
  sheet: string;
  /** 0-based sheet row and column of the block's top-left (header) cell. */
  origin: { r: number; c: number };
  /** What the region holds now, header row first, as wide and tall as `next`. */
  current: CellValue[][];
  /** What the add-in will write there (header row first), before the user's answers. */
  next: CellValue[][];
  record?: BlockRecord;
}

export interface BlockPlan extends BlockInput {
  userColumns: Set<number>;
  conflicts: WriteConflict[];
}

function text(v: CellValue | undefined): string {
  return v === null || v === undefined ? "" : String(v);
}

function asTable(grid: readonly (readonly CellValue[])[]): TableGrid {
  // The rows are shared, not copied (planOverwrite only reads them): a large block is held once.
  return { headers: (grid[0] ?? []).map(text), rows: grid.slice(1) as CellValue[][] };
}

/**
 * In a keyed table (Evidence, Strategy) the domain carries rows by their key: a row the user added
 * moves down when a new product's rows come before it, and nothing of it is lost. A cell whose
 * value the new table holds again, in the same column of a row with the same key, is carried, not
 * overwritten, so it asks nothing; a cell typed over with text its own row never held still asks.
 * Asked cell by cell, like `lastWrittenAt`: the rows of `next` are indexed by key on first need.
 */
function carriedCellAt(
  spec: BlockSpec,
  current: readonly (readonly CellValue[])[],
  next: readonly (readonly CellValue[])[],
  last: WrittenAt
): WrittenAt {
  if (spec.keyIds.length === 0) return last;
  const keyAt = (header: readonly CellValue[]): number[] =>
    spec.keyIds.map((k) => header.findIndex((h) => recogniseColumn(spec.columns, h) === k));
  const nowAt = keyAt(current[0] ?? []);
  const nextAt = keyAt(next[0] ?? []);
  if (nowAt.some((c) => c < 0) || nextAt.some((c) => c < 0)) return last;
  let byKey: Map<string, number[]> | undefined;
  const rowsFor = (key: string): number[] | undefined => {
    if (!byKey) {
      byKey = new Map();
      for (let i = 1; i < next.length; i++) {
        const k = nextAt.map((c) => idKey(next[i][c])).join("\u0000");
        const rows = byKey.get(k);
        if (rows) rows.push(i);
        else byKey.set(k, [i]);
      }
    }
    return byKey.get(key);
  };
  // Whether a row of `next` with this key holds, in column c, a cell that fingerprints as `v`.
  const held = (key: string, c: number, v: CellValue): boolean => {
    const f = fingerprint(v);
    return (rowsFor(key) ?? []).some((i) => {
      const w = next[i][c];
      return !isEmptyCell(w) && (w === v || fingerprint(w) === f);
    });
  };
  return (r, c) => {
    if (r === 0) return last(0, c);
    const row = current[r];
    const v = row?.[c];
    if (
      row &&
      !isEmptyCell(v) &&
      held(nowAt.map((k) => idKey(row[k])).join("\u0000"), c, v as CellValue)
    )
      return v;
    return last(r, c) ?? null;
  };
}

/** Who owns each cell of the block and which cells need the user's consent. */
export function planBlock(input: BlockInput): BlockPlan {
  const { spec, current, record } = input;
  // A row is copied only when a cell of it is over Excel's limit (rarely): a large block is held once.
  const next = input.next.map((row) => (row.some(isOverLimit) ? row.map(capCell) : row));
  const width = next[0]?.length ?? 0;
  const user = userColumns(spec, next[0] ?? [], current[0] ?? [], width);
  const last = carriedCellAt(spec, current, next, lastWrittenAt(spec, current, record));
  const plan = planOverwrite(asTable(current), (row, col) => last(row + 1, col), asTable(next));
  const idAt = spec.keyIds.includes("productId")
    ? (next[0] ?? []).findIndex((h) => recogniseColumn(spec.columns, h) === "productId")
    : -1;
  const conflicts: WriteConflict[] = plan.conflicts
    .filter((c) => !user.has(c.columnIndex))
    .map((c) => {
      const row = c.row + 1;
      const id = idAt >= 0 && row > 0 ? (current[row]?.[idAt] ?? next[row]?.[idAt]) : undefined;
      return {
        block: spec.key,
        sheet: input.sheet,
        address: cellA1(input.origin.r + row, input.origin.c + c.columnIndex),
        column: c.column,
        ...(isEmptyCell(id) ? {} : { productId: text(id) }),
        current: text(c.current),
        next: text(c.next),
        row,
        col: c.columnIndex,
      };
    });
  return { ...input, next, userColumns: user, conflicts };
}

/** A formula a user put in one of their own cells, and where it goes back in the new block. */
export interface KeptFormula {
  /** Position in the new block (0 = header row). */
  row: number;
  col: number;
  formula: string;
}

/** A user column's identity in any language: its id, or the header text of a column the user added. */
function columnIdentity(spec: BlockSpec, header: CellValue | undefined): string | undefined {
  if (isEmptyCell(header)) return undefined;
  const id = recogniseColumn(spec.columns, header);
  if (id !== undefined) return spec.userIds.includes(id) ? `id:${id}` : undefined;
  return spec.addedColumnsAreUsers ? `x:${headerKey(String(header))}` : undefined;
}

function rowIdentity(
  spec: BlockSpec,
  header: readonly CellValue[],
  row: readonly CellValue[]
): string {
  return spec.keyIds
    .map((k) => {
      const at = header.findIndex((h) => recogniseColumn(spec.columns, h) === k);
      return at < 0 ? "" : idKey(row[at]);
    })
    .join("\u0000");
}

/**
 * Formulas to put back: a cell of a user column that held a formula (`formulas`: "row,col" of the
 * previous table, header row 0 → formula text with its "=") comes back as that formula where the
 * domain carried its value (same row key, same column, same value). Text the add-in writes is
 * never turned into a formula: only a user's formula cell, moved with its own value, is.
 */
export function userFormulas(
  spec: BlockSpec,
  previous: readonly (readonly CellValue[])[],
  formulas: ReadonlyMap<string, string>,
  next: readonly (readonly CellValue[])[]
): KeptFormula[] {
  if (formulas.size === 0 || previous.length === 0) return [];
  const before = previous[0];
  const byKey = new Map<string, { formula: string; value: CellValue }>();
  for (const [at, formula] of formulas) {
    const [r, c] = at.split(",").map(Number);
    if (r < 1) continue;
    const column = columnIdentity(spec, before[c]);
    if (column === undefined) continue;
    const key = `${rowIdentity(spec, before, previous[r] ?? [])}\u0001${column}`;
    if (!byKey.has(key)) byKey.set(key, { formula, value: previous[r]?.[c] ?? null });
  }
  if (byKey.size === 0) return [];
  const header = next[0] ?? [];
  const columns = header.map((h) => columnIdentity(spec, h));
  const out: KeptFormula[] = [];
  for (let r = 1; r < next.length; r++) {
    const rowKey = rowIdentity(spec, header, next[r]);
    columns.forEach((column, c) => {
      if (column === undefined) return;
      const kept = byKey.get(`${rowKey}\u0001${column}`);
      if (kept && sameCell(kept.value, next[r][c] ?? null))
        out.push({ row: r, col: c, formula: kept.formula });
    });
  }
  return out;
}
