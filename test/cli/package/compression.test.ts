/**
 * The CLI's compression (src/cli/package/compression.ts): Node's zlib, with the large sheets
 * compressed and inflated on a worker thread. Whatever the pieces, a written part must inflate
 * (through fflate, as src/xlsx reads by default, and through zlib, as Excel-like readers do) to
 * exactly the text written, with the CRC and size DeflateSink recorded; a read through the CLI's
 * inflater must give the same text as fflate's, stop when the reader stops, and refuse a damaged
 * or lying entry as the package reader's own error.
 */
import * as zlib from "zlib";
import fc from "fast-check";
import { inflateSync } from "fflate";
import { DeflateSink, PackageError } from "../../../src/xlsx";
import { crc32, inflateEntryChunks, readCentralDirectory, writeZip } from "../../../src/xlsx/zip";
import { DEFAULT_LIMITS } from "../../../src/xlsx/limits";
import { cliDeflater, cliInflate } from "../../../src/cli/package/compression";

function concat(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function roundTrip(pieces: string[]): void {
  const sink = new DeflateSink(6, cliDeflater());
  for (const p of pieces) sink.write(p);
  const part = sink.finish();
  const text = pieces.join("");
  const bytes = new TextEncoder().encode(text);
  const stream = concat(part.chunks);
  expect(part.compressedSize).toBe(stream.length);
  expect(part.size).toBe(bytes.length);
  expect(part.crc).toBe(crc32(bytes));
  expect(new TextDecoder().decode(inflateSync(stream))).toBe(text);
  expect(zlib.inflateRawSync(stream).toString("utf8")).toBe(text);
}

/** Evidence-like rows; `noise` makes them compress poorly, so a few MB of text is ≥ 1 MB deflated. */
function sheetRows(count: number, noise: boolean): string[] {
  let seed = 7;
  const rnd = (): string => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed.toString(36);
  };
  const rows: string[] = [];
  for (let r = 2; rows.length < count; r++)
    rows.push(
      `<row r="${r}"><c r="A${r}" t="s"><v>${r % 97}</v></c><c r="B${r}" t="inlineStr"><is><t>證據 ${r} — FDA 510(k) clearance letter${noise ? ` ${rnd()}${rnd()}${rnd()}` : ""}</t></is></c></row>`
    );
  return rows;
}

describe("the CLI's deflater", () => {
  it("writes a sheet of several 1 MB pieces (compressed on the worker) as one stream that inflates to the same rows", () => {
    // ~6 MB of Evidence-like rows with non-ASCII text: the sink flushes every ~1 M characters,
    // so the stream is six or more independently compressed pieces, more than are let wait.
    roundTrip(["<worksheet><sheetData>", ...sheetRows(60_000, false), "</sheetData></worksheet>"]);
  });

  it("takes one text larger than a whole piece, written after a part-filled piece", () => {
    // The sink encodes into a buffer sized for a piece; a sheet's suffix or a generated part can
    // be one text of several MB, which must grow it, not be cut or lost.
    const big = "<mergeCells>" + '<mergeCell ref="A1:B2"/>€'.repeat(200_000) + "</mergeCells>";
    roundTrip(["<worksheet>", '<row r="1"/>'.repeat(1000), big, "</worksheet>"]);
  });

  it("writes an empty part as a valid empty stream", () => {
    roundTrip([]);
  });

  it("keeps two parts written at once apart (each sink's pieces come back in its own order)", () => {
    const a = new DeflateSink(6, cliDeflater());
    const b = new DeflateSink(6, cliDeflater());
    const rows = sheetRows(30_000, true);
    for (let i = 0; i < rows.length; i++) (i % 3 === 0 ? b : a).write(rows[i]);
    const [pa, pb] = [a.finish(), b.finish()];
    expect(zlib.inflateRawSync(concat(pa.chunks)).toString("utf8")).toBe(
      rows.filter((_, i) => i % 3 !== 0).join("")
    );
    expect(zlib.inflateRawSync(concat(pb.chunks)).toString("utf8")).toBe(
      rows.filter((_, i) => i % 3 === 0).join("")
    );
  });

  it("round-trips any text, however it is cut into pieces", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: "grapheme", maxLength: 3000 }), { maxLength: 40 }),
        (pieces) => roundTrip(pieces)
      ),
      { numRuns: 60 }
    );
  });
});

/** A one-entry archive holding `text` (deflated by fflate, as another writer would). */
function archive(text: string): { bytes: Uint8Array; size: number } {
  const data = new TextEncoder().encode(text);
  return { bytes: writeZip([{ name: "xl/worksheets/sheet1.xml", data }]), size: data.length };
}

function read(bytes: Uint8Array, inflate = cliInflate, stopAfter = Infinity): string {
  const [entry] = readCentralDirectory(bytes, DEFAULT_LIMITS);
  const decoder = new TextDecoder();
  let text = "";
  let chunks = 0;
  inflateEntryChunks(
    bytes,
    entry,
    (chunk) => {
      text += decoder.decode(chunk, { stream: true });
      return ++chunks < stopAfter;
    },
    inflate
  );
  return text + decoder.decode();
}

describe("the CLI's inflater", () => {
  const small = archive(sheetRows(2_000, false).join(""));
  const large = archive(sheetRows(60_000, true).join(""));

  it("reads an entry over 1 MB compressed (streamed from the worker) and a small one (here) as fflate does", () => {
    expect(large.bytes.length).toBeGreaterThan(1 << 20);
    expect(small.bytes.length).toBeLessThan(1 << 20);
    for (const a of [large, small]) {
      const viaZlib = read(a.bytes);
      expect(viaZlib.length).toBeGreaterThan(0);
      expect(viaZlib).toBe(read(a.bytes, undefined));
    }
  });

  it("stops when the reader stops, and the next read is not disturbed by the stream it left", () => {
    const first = read(large.bytes, cliInflate, 1);
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThan(large.size / 4);
    expect(read(large.bytes)).toBe(read(large.bytes, undefined));
  });

  /** The archive with its one entry's compressed bytes cut, or its declared size lowered. */
  function damaged(a: { bytes: Uint8Array }, how: "cut" | "flip" | "understate"): Uint8Array {
    const out = a.bytes.slice();
    const [e] = readCentralDirectory(out, DEFAULT_LIMITS);
    const dataStart = e.offset + 30 + (out[e.offset + 26] | (out[e.offset + 27] << 8));
    const dv = new DataView(out.buffer);
    if (how === "flip") {
      for (let i = 0; i < 64; i++) out[dataStart + Math.floor(e.compressedSize / 2) + i] ^= 0x5a;
      return out;
    }
    if (how === "understate") {
      // Local header and central directory both say half the real size.
      const cd = out.length - 22 - (46 + e.name.length);
      dv.setUint32(e.offset + 22, Math.floor(e.size / 2), true);
      dv.setUint32(cd + 24, Math.floor(e.size / 2), true);
      return out;
    }
    // Cut: the stream's last half replaced by nothing (the sizes still claim the whole).
    out.fill(0, dataStart + Math.floor(e.compressedSize / 2), dataStart + e.compressedSize);
    return out;
  }

  it.each([
    ["cut short", "cut"],
    ["overwritten in the middle", "flip"],
    ["declaring half its real size", "understate"],
  ] as const)("refuses an entry %s, on the worker and here, as a damaged workbook", (_, how) => {
    for (const a of [large, small]) {
      const bytes = damaged(a, how);
      let caught: unknown;
      try {
        read(bytes);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(PackageError);
      expect((caught as PackageError).msgId).toBe("xlsx.error.corrupt");
    }
    // Still answering after a refusal.
    expect(new TextEncoder().encode(read(large.bytes)).length).toBe(large.size);
  });
});

describe("where no worker thread can be started", () => {
  it("compresses and inflates on the main thread, to the same bytes' meaning", () => {
    // A sandbox that forbids threads (or a Node built without them) still writes and reads a
    // large workbook: every piece goes through zlib here instead.
    jest.isolateModules(() => {
      jest.doMock("worker_threads", () => ({
        ...jest.requireActual<typeof import("worker_threads")>("worker_threads"),
        Worker: class {
          constructor() {
            throw new Error("threads are not allowed here");
          }
        },
      }));
      // Loaded under the mock, so this copy of the module knows no worker.
      const local =
        require("../../../src/cli/package/compression") as typeof import("../../../src/cli/package/compression");
      const rows = sheetRows(60_000, true);
      const sink = new DeflateSink(6, local.cliDeflater());
      for (const r of rows) sink.write(r);
      const part = sink.finish();
      const text = rows.join("");
      expect(part.chunks.length).toBeGreaterThan(1);
      expect(zlib.inflateRawSync(concat(part.chunks)).toString("utf8")).toBe(text);
      const big = archive(text);
      expect(big.bytes.length).toBeGreaterThan(1 << 20);
      expect(read(big.bytes, local.cliInflate)).toBe(text);
    });
    jest.dontMock("worker_threads");
  });
});
