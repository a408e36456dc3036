/**
 * Round trips: reads and writes are queued and sent in as few `context.sync()` calls as the
 * request/response limits allow (Excel on the web rejects a request or response over ~5 MB:
 * RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded). The number of syncs
 * therefore depends on the bytes moved, never on a loop over rows.
 */
import type { CellValue } from "../domain/product";
import { type Rect, cols, rows } from "./address";
import { type ExcelInput, fromExcel, jsonSize } from "./cells";

export interface AdapterLimits {
  /** Bytes of queued writes per sync: below Excel on the web's ~5 MB with room for request overhead. */
  requestBytes: number;
  /** Cells loaded per sync at most; halved on a ResponsePayloadSizeLimitExceeded and retried. */
  readCells: number;
  /** Bytes of loaded values per sync, judged from the bytes per cell seen so far. */
  responseBytes: number;
  /** Largest single values write (a slice of rows); several fit in one sync. */
  sliceBytes: number;
}

export const DEFAULT_LIMITS: AdapterLimits = {
  requestBytes: 4_000_000,
  responseBytes: 4_000_000,
  readCells: 60_000,
  sliceBytes: 1_000_000,
};

let limits: AdapterLimits = { ...DEFAULT_LIMITS };

export function adapterLimits(): AdapterLimits {
  return limits;
}

/** Tests and benchmarks change the limits; returns a function restoring the previous ones. */
export function setAdapterLimits(next: Partial<AdapterLimits>): () => void {
  const previous = limits;
  limits = { ...limits, ...next };
  return () => {
    limits = previous;
  };
}

/** Approximate JSON bytes of one queued non-values operation (format, table, validation…). */
export const OPERATION_BYTES = 300;

/** Queues writes on one context and syncs whenever the next one would overflow the request budget. */
export class BatchWriter {
  private pendingBytes = 0;
  syncs = 0;
  written = 0;
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly onFlush?: (bytesWritten: number) => void
  ) {}

  async queue(bytes: number, enqueue: () => void): Promise<void> {
    if (this.pendingBytes > 0 && this.pendingBytes + bytes > limits.requestBytes)
      await this.flush();
    enqueue();
    this.pendingBytes += bytes;
  }

  /** Write a values block at (row, col) of `sheet`, in row slices no larger than the slice budget. */
  async values(
    sheet: Excel.Worksheet,
    row: number,
    col: number,
    grid: readonly ExcelInput[][],
    sizes?: readonly number[]
  ): Promise<void> {
    if (grid.length === 0) return;
    const width = grid[0].length;
    if (width === 0) return;
    const rowBytes = sizes ?? grid.map(jsonSize);
    const sliceBudget = Math.min(limits.sliceBytes, limits.requestBytes);
    let start = 0;
    while (start < grid.length) {
      let bytes = rowBytes[start];
      let end = start + 1;
      while (end < grid.length && bytes + rowBytes[end] <= sliceBudget) bytes += rowBytes[end++];
      const slice = grid.slice(start, end) as ExcelInput[][];
      const at = row + start;
      await this.queue(bytes + OPERATION_BYTES, () => {
        // Office.js types say any[][]; null cells are left unchanged, which is what we want.
        sheet.getRangeByIndexes(at, col, slice.length, width).values = slice as unknown as (
          string | number | boolean
        )[][];
      });
      start = end;
    }
  }

  async flush(): Promise<void> {
    if (this.pendingBytes === 0) return;
    await this.context.sync();
    this.syncs++;
    this.written += this.pendingBytes;
    this.pendingBytes = 0;
    this.onFlush?.(this.written);
  }
}

export interface ReadRequest {
  sheet: Excel.Worksheet;
  rect: Rect;
  /** Also load `formulas`, for the write-back snapshot's user formulas (same syncs, more bytes). */
  formulas?: boolean;
}

function isResponseTooLarge(err: unknown): boolean {
  return (
    typeof err === "object" &&
    err !== null &&
    (err as { code?: unknown }).code === "ResponsePayloadSizeLimitExceeded"
  );
}

/**
 * Load the values of several rectangles in as few syncs as the response budget allows. Rectangles
 * are cut into row slices of at most `readCells` cells, fewer once the bytes per cell seen so far
 * say the response would pass `responseBytes`; slices are packed into syncs. A response Excel
 * still refuses as too large is retried in halves. Returns one grid per request, in order.
 */
export async function readValues(
  context: Excel.RequestContext,
  requests: readonly ReadRequest[],
  onChunk?: (cellsRead: number, cellsTotal: number) => void,
  shouldStop?: () => boolean
): Promise<{
  grids: CellValue[][][];
  /** Per request that asked for formulas: "row,col" (relative to its rect) → formula text. */
  formulas: Map<string, string>[];
  syncs: number;
  stopped: boolean;
}> {
  const grids: CellValue[][][] = requests.map(() => []);
  const formulas: Map<string, string>[] = requests.map(() => new Map());
  type Slice = { req: number; r0: number; r1: number };
  let budget = limits.readCells;
  let bytesPerCell = 0;
  const total = requests.reduce((s, q) => s + rows(q.rect) * cols(q.rect), 0);
  let pending: Slice[] = requests.map((q, req) => ({ req, r0: q.rect.r0, r1: q.rect.r1 }));
  let syncs = 0;
  let done = 0;
  while (pending.length > 0) {
    if (shouldStop?.()) return { grids, formulas, syncs, stopped: true };
    const group: Slice[] = [];
    let cells = 0;
    while (pending.length > 0) {
      const s = pending[0];
      const width = cols(requests[s.req].rect);
      const room = Math.floor((budget - cells) / width);
      if (room < 1 && group.length > 0) break;
      const take = Math.max(1, Math.min(room, s.r1 - s.r0 + 1));
      group.push({ req: s.req, r0: s.r0, r1: s.r0 + take - 1 });
      cells += take * width;
      if (s.r0 + take > s.r1) pending.shift();
      else pending[0] = { ...s, r0: s.r0 + take };
    }
    const ranges = group.map((s) => {
      const q = requests[s.req];
      const range = q.sheet.getRangeByIndexes(s.r0, q.rect.c0, s.r1 - s.r0 + 1, cols(q.rect));
      if (q.formulas) range.load(["values", "formulas"]);
      else range.load("values");
      return range;
    });
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per payload-sized chunk, never per row: the count depends on bytes, as Excel on the web requires
      await context.sync();
      syncs++;
    } catch (err) {
      syncs++;
      if (!isResponseTooLarge(err) || cells <= 1) throw err;
      // Long text made the response too big: put the slices back and read half as much at a time.
      budget = Math.max(1, Math.floor(cells / 2));
      pending = [...group, ...pending];
      continue;
    }
    // Over Excel's five-million-cell get limit `values` may come back null instead of failing
    // (office-js-docs-pr#5821): read those slices again in halves, as for a refused response.
    if (ranges.some((r) => !Array.isArray(r.values)) && cells > 1) {
      budget = Math.max(1, Math.floor(cells / 2));
      pending = [...group, ...pending];
      continue;
    }
    let bytes = 0;
    group.forEach((s, i) => {
      const grid = grids[s.req];
      const received = ranges[i].values as unknown[][];
      bytes += JSON.stringify(received).length;
      if (requests[s.req].formulas) {
        const f = ranges[i].formulas as unknown[][];
        bytes += JSON.stringify(f).length;
        // Text stored with Excel's quote prefix ("'=call Monday") reads back through `formulas`
        // as "=call Monday", the same as its value; a real formula's text differs from its value.
        f.forEach((line, r) =>
          line.forEach((v, c) => {
            if (typeof v === "string" && v.startsWith("=") && v !== String(received[r]?.[c] ?? ""))
              formulas[s.req].set(`${grid.length + r},${c}`, v);
          })
        );
      }
      for (const line of received) grid.push(line.map(fromExcel));
    });
    // Size the next reads by what the data turned out to weigh (with a margin for UTF-8).
    bytesPerCell = Math.max(bytesPerCell, (bytes * 1.5) / Math.max(1, cells));
    budget = Math.max(
      1,
      Math.min(limits.readCells, Math.floor(limits.responseBytes / Math.max(1, bytesPerCell)))
    );
    done += cells;
    onChunk?.(done, total);
  }
  return { grids, formulas, syncs, stopped: false };
}
