/**
 * The CLI's deflater for the sheets it writes: Node's zlib (native), at the level Excel itself
 * uses (6). A 600,000-row Evidence sheet is ~200 MB of XML; fflate's JavaScript deflater, which
 * src/xlsx uses by default so it runs in the browser too, takes about twice the CPU for the same
 * bytes (bench/cli.bench.ts). Each piece is compressed on its own and ends with a sync flush, the
 * last with the final block, so the pieces concatenated are one valid deflate stream (the window
 * restarts every ~1 MB piece, which costs a fraction of a percent in size).
 */
import * as zlib from "zlib";
import type { RawDeflate } from "../../xlsx";

export const nodeDeflate: RawDeflate = (piece, final) =>
  zlib.deflateRawSync(piece, {
    level: 6,
    finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
  });
