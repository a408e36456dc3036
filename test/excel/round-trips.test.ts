/**
 * Round trips of a classification do not depend on the row count (read once, write once), except
 * for the payload chunks Excel on the web's ~5 MB request/response limit forces. The rule is proven
 * at a tenth of the real limits (adapter budget and the fake's refusal threshold alike) with up to
 * 5,000 rows: the same bytes-per-chunk ratio as 50,000 rows at the real limits, so the large case
 * still splits into many read slices and write requests, in a fraction of the time. The 50,000-row
 * figure at the real limits, and timings, belong to `npm run bench excel`.
 */
import { PATHWAY_COLUMN_IDS } from "../../src/domain/report";
import { DEFAULT_LIMITS, classifyWorkbook, setAdapterLimits } from "../../src/excel";
import { OPERATION_BYTES } from "../../src/excel/batch";
import { DEFAULT_PAYLOAD_LIMIT, type FakeExcel, type SyncRecord } from "../support/fake-excel";
import { HEADERS, workbookWithProducts } from "./helpers";

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup.reverse()) f();
  cleanup = [];
});

function setup(n: number, opts?: Parameters<typeof workbookWithProducts>[1]): FakeExcel {
  const made = workbookWithProducts(n, opts);
  cleanup.push(made.uninstall);
  return made.fake;
}

/** Syncs that read (anything loaded comes back) and syncs that only write. */
function split(syncs: readonly SyncRecord[]): { reads: SyncRecord[]; writes: SyncRecord[] } {
  return {
    reads: syncs.filter((s) => s.responseBytes > 0),
    writes: syncs.filter((s) => s.responseBytes === 0),
  };
}

/** Round trips once payload chunks are taken away: what must not change with the row count. */
// Names of tables and sheets + the tables found (never a call on a null object) + read values + write.
const BASE_SYNCS = 4;

/** A tenth of the adapter's real budgets, and of the host limit the fake enforces. */
const SCALE = 10;
const SCALED = {
  requestBytes: DEFAULT_LIMITS.requestBytes / SCALE,
  responseBytes: DEFAULT_LIMITS.responseBytes / SCALE,
  readCells: DEFAULT_LIMITS.readCells / SCALE,
  sliceBytes: DEFAULT_LIMITS.sliceBytes / SCALE,
};
const HOST_LIMIT = DEFAULT_PAYLOAD_LIMIT / SCALE;

describe("sync count is independent of the row count", () => {
  // Lifted limits first: these small cases must not run in the heap the large case leaves behind.
  it.each([10, 1_000])(
    "%i rows with the payload limits lifted: exactly 4 syncs, and 4 on a re-run",
    async (n) => {
      cleanup.push(setAdapterLimits({ requestBytes: 1e12, sliceBytes: 1e12, readCells: 1e9 }));
      setup(n, { limits: { requestBytes: 1e12, responseBytes: 1e12 } });
      expect((await classifyWorkbook({ locale: "en" })).syncCount).toBe(BASE_SYNCS);
      // The re-run also reads the Evidence and Strategy tables and the record: still one read sync.
      expect((await classifyWorkbook({ locale: "en" })).syncCount).toBe(BASE_SYNCS);
    }
  );

  // Was 10 / 1,000 / 50,000 rows at the real limits (~60% of the whole jest run); 5,000 rows at a
  // tenth of the limits splits into as many chunks as 50,000 did, which is what this rule is about.
  it.each([10, 500, 5_000])(
    "%i rows at a tenth of the limits: 4 syncs plus exactly the payload chunks",
    async (n) => {
      cleanup.push(setAdapterLimits(SCALED));
      const fake = setup(n, { limits: { requestBytes: HOST_LIMIT, responseBytes: HOST_LIMIT } });
      const outcome = await classifyWorkbook({ locale: "en" });
      expect(outcome.cancelled).toBe(false);
      expect(outcome.summary.classified).toBe(n);
      expect(outcome.syncCount).toBe(fake.syncCount);
      expect(fake.syncs.filter((s) => s.failed)).toEqual([]);
      for (const s of fake.syncs) {
        expect(s.requestBytes).toBeLessThanOrEqual(HOST_LIMIT);
        expect(s.responseBytes).toBeLessThanOrEqual(HOST_LIMIT);
      }

      // Reads: two discovery syncs (what exists; then the tables that do), then the Products table
      // plus room for the pathway block, packed into slices of at most `readCells` cells.
      const { reads, writes } = split(fake.syncs);
      const width = HEADERS.length + PATHWAY_COLUMN_IDS.length;
      const rowsPerRead = Math.floor(SCALED.readCells / width);
      const valueReads = Math.ceil((n + 1) / rowsPerRead);
      expect(reads).toHaveLength(2 + valueReads);

      // Writes: each request but the last is full (within one slice of the budget), so the count
      // follows the bytes written and nothing else.
      const written = writes.reduce((sum, s) => sum + s.requestBytes, 0);
      // Less a margin for the format, table and chart operations, counted at OPERATION_BYTES each
      // (an upper bound of their JSON): six blocks queue ~100 of them, not scaled with the limits.
      const fullChunk = SCALED.requestBytes - SCALED.sliceBytes - 100 * OPERATION_BYTES;
      expect(writes.length).toBeLessThanOrEqual(Math.max(1, Math.ceil(written / fullChunk)));
      writes.slice(0, -1).forEach((s) => expect(s.requestBytes).toBeGreaterThan(fullChunk));

      expect(outcome.syncCount - (valueReads - 1) - (writes.length - 1)).toBe(BASE_SYNCS);
      // The large case really is chunked, on both sides (else this would prove nothing about chunks).
      if (n === 5_000) {
        expect(valueReads).toBeGreaterThan(1);
        expect(writes.length).toBeGreaterThan(10);
      }
    },
    300_000
  );
});

describe("payload chunking", () => {
  it("stays under a small request/response limit and writes exactly what one large request would", async () => {
    const limit = 120_000;
    cleanup.push(
      setAdapterLimits({
        requestBytes: 100_000,
        responseBytes: 100_000,
        sliceBytes: 25_000,
        readCells: 2_000,
      })
    );
    const chunked = setup(150, { limits: { requestBytes: limit, responseBytes: limit } });
    const first = await classifyWorkbook({ locale: "en" });
    const second = await classifyWorkbook({ locale: "en" });
    // A first read may guess the bytes per cell too low and be refused; it is then retried in halves.
    const failed = chunked.syncs.filter((s) => s.failed);
    expect(failed.every((s) => s.failed === "ResponsePayloadSizeLimitExceeded")).toBe(true);
    expect(failed.length).toBeLessThanOrEqual(2);
    for (const s of chunked.syncs.filter((x) => !x.failed)) {
      expect(s.requestBytes).toBeLessThanOrEqual(limit);
      expect(s.responseBytes).toBeLessThanOrEqual(limit);
    }
    const { reads, writes } = split(chunked.syncs);
    expect(writes.length).toBeGreaterThan(10);
    expect(reads.length).toBeGreaterThan(4);
    expect(first.syncCount + second.syncCount).toBe(chunked.syncCount);

    cleanup.pop()?.();
    const whole = setup(150);
    await classifyWorkbook({ locale: "en" });
    await classifyWorkbook({ locale: "en" });
    for (const name of ["Products", "Evidence", "Strategy"])
      expect(chunked.table(name)).toEqual(whole.table(name));
    expect(chunked.sheet("Evidence").cellValues()).toEqual(whole.sheet("Evidence").cellValues());
  });

  it("halves a read that comes back too large and carries on", async () => {
    cleanup.push(setAdapterLimits({ readCells: 1e9 }));
    const fake = setup(300, { limits: { responseBytes: 20_000 } });
    const outcome = await classifyWorkbook({ locale: "en" });
    expect(outcome.summary.classified).toBe(300);
    const refused = fake.syncs.filter((s) => s.failed === "ResponsePayloadSizeLimitExceeded");
    expect(refused.length).toBeGreaterThan(0);
    expect(fake.syncs.filter((s) => !s.failed).every((s) => s.responseBytes <= 20_000)).toBe(true);
    expect(fake.table("Strategy")!.rows).toHaveLength(300);
  });

  it("a write that would exceed the limit in one request fails in the fake (the limit is real)", async () => {
    cleanup.push(setAdapterLimits({ requestBytes: 1e12, sliceBytes: 1e12 }));
    setup(200, { limits: { requestBytes: 100_000 } });
    await expect(classifyWorkbook({ locale: "en" })).rejects.toMatchObject({
      code: "RequestPayloadSizeLimitExceeded",
    });
  });
});
