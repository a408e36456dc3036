/**
 * The package module's CRC-32 (src/xlsx/zip.ts, eight bytes a step) checks every part read and
 * stamps every part written: it must equal zlib's CRC-32 on any bytes, cut anywhere, continued
 * piece by piece as the reader and DeflateSink do.
 */
import * as zlib from "zlib";
import fc from "fast-check";
import { crc32 } from "../../src/xlsx/zip";

// zlib.crc32 arrived in Node 20.15 / 22.2; older Nodes still check the known values below.
const zlibCrc = (zlib as unknown as { crc32?: (d: Uint8Array, v?: number) => number }).crc32;

describe("CRC-32", () => {
  it("gives the published check value and the values of known texts", () => {
    // "123456789" → 0xCBF43926, the CRC-32 check value of the ISO-HDLC / zip polynomial.
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    expect(crc32(new TextEncoder().encode("The quick brown fox jumps over the lazy dog"))).toBe(
      0x414fa339
    );
  });

  it("equals zlib's on any bytes, and continued over any cut equals the whole", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), fc.nat(), (bytes, at) => {
        const cut = at % (bytes.length + 1);
        const whole = crc32(bytes);
        expect(crc32(bytes.subarray(cut), crc32(bytes.subarray(0, cut)))).toBe(whole);
        if (zlibCrc) expect(whole).toBe(zlibCrc(bytes) >>> 0);
      }),
      { numRuns: 500 }
    );
  });
});
