/**
 * The CLI's native deflater (src/cli/package/deflate.ts) writes a sheet as independently
 * compressed pieces joined into one deflate stream: whatever the pieces, the stream must inflate
 * (through fflate, as src/xlsx reads it back, and through zlib, as Excel-like readers do) to
 * exactly the text written, with the CRC and size DeflateSink recorded.
 */
import * as zlib from "zlib";
import fc from "fast-check";
import { inflateSync } from "fflate";
import { DeflateSink } from "../../../src/xlsx";
import { crc32 } from "../../../src/xlsx/zip";
import { nodeDeflate } from "../../../src/cli/package/deflate";

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
  const sink = new DeflateSink(6, nodeDeflate);
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

describe("the CLI's native deflater", () => {
  it("writes a sheet of several 1 MB pieces as one stream that inflates to the same rows", () => {
    // ~6 MB of Evidence-like rows with non-ASCII text: the sink flushes every ~1 M characters,
    // so the stream is six or more independently compressed pieces.
    const rows: string[] = [];
    for (let r = 2; rows.length < 60_000; r++)
      rows.push(
        `<row r="${r}"><c r="A${r}" t="s"><v>${r % 97}</v></c><c r="B${r}" t="inlineStr"><is><t>證據 ${r} — FDA 510(k) clearance letter</t></is></c></row>`
      );
    roundTrip(["<worksheet><sheetData>", ...rows, "</sheetData></worksheet>"]);
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
