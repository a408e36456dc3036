/**
 * A ZIP container read lazily and written back without recompressing what did not change.
 *
 * Why not fflate's `unzipSync`: it inflates every entry up front into a buffer of the size the
 * archive declares, so a crafted entry (a "zip bomb", or one lying about its size) costs gigabytes
 * before any check can run. Here the central directory is read first, every entry is checked
 * against the limits, and an entry is inflated only when asked for, through a streaming inflater
 * that stops as soon as the output passes what the entry declared. On writing, an entry that was
 * not replaced is copied as the compressed bytes it came in (so it is byte for byte the same).
 *
 * Host-neutral: Uint8Array only (Node and the browser).
 */
import { Deflate, Inflate, deflateSync, strFromU8, strToU8 } from "fflate";
import { PackageError, type PackageLimits } from "./limits";

export interface ZipEntry {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Offset of the local file header. */
  offset: number;
  flags: number;
  time: number;
  date: number;
}

const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;

function u16(b: Uint8Array, o: number): number {
  return b[o] | (b[o + 1] << 8);
}
function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
}
function u64(b: Uint8Array, o: number): number {
  return u32(b, o) + u32(b, o + 4) * 0x100000000;
}

function corrupt(detail: string): PackageError {
  return new PackageError("xlsx.error.corrupt", { detail });
}

/** The central directory, checked against the limits; nothing is inflated yet. */
export function readCentralDirectory(bytes: Uint8Array, limits: PackageLimits): ZipEntry[] {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (u32(bytes, i) === SIG_EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt("no end-of-archive record (the file is truncated or not a zip)");
  let count = u16(bytes, eocd + 10);
  let cdSize = u32(bytes, eocd + 12);
  let cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(bytes, loc) !== SIG_EOCD64_LOCATOR) throw corrupt("broken ZIP64 record");
    const rec = u64(bytes, loc + 8);
    if (rec + 56 > bytes.length || u32(bytes, rec) !== SIG_EOCD64)
      throw corrupt("broken ZIP64 record");
    count = u64(bytes, rec + 32);
    cdSize = u64(bytes, rec + 40);
    cdOffset = u64(bytes, rec + 48);
  }
  if (count > limits.maxEntries)
    throw new PackageError("xlsx.limit.entries", { count, limit: limits.maxEntries });
  if (cdOffset + cdSize > bytes.length) throw corrupt("the file is truncated");
  const entries: ZipEntry[] = [];
  let total = 0;
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== SIG_CENTRAL)
      throw corrupt("damaged central directory");
    const flags = u16(bytes, p + 8);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    const e: ZipEntry = {
      name: strFromU8(bytes.subarray(p + 46, p + 46 + nameLen), (flags & 0x800) === 0),
      method: u16(bytes, p + 10),
      time: u16(bytes, p + 12),
      date: u16(bytes, p + 14),
      crc: u32(bytes, p + 16),
      compressedSize: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      offset: u32(bytes, p + 42),
      flags,
    };
    // ZIP64 extended information: the 0xFFFFFFFF fields come in this order.
    for (let x = p + 46 + nameLen; x + 4 <= p + 46 + nameLen + extraLen;) {
      const id = u16(bytes, x);
      const len = u16(bytes, x + 2);
      if (id === 1) {
        let q = x + 4;
        if (e.size === 0xffffffff) ((e.size = u64(bytes, q)), (q += 8));
        if (e.compressedSize === 0xffffffff) ((e.compressedSize = u64(bytes, q)), (q += 8));
        if (e.offset === 0xffffffff) e.offset = u64(bytes, q);
      }
      x += 4 + len;
    }
    if (e.flags & 1) throw new PackageError("xlsx.error.encrypted", {});
    if (e.method !== 0 && e.method !== 8)
      throw corrupt(`entry ${e.name} uses compression method ${e.method}`);
    if (e.size > limits.maxEntryBytes)
      throw new PackageError("xlsx.limit.entrySize", {
        part: e.name,
        size: megabytes(e.size),
        limit: megabytes(limits.maxEntryBytes),
      });
    if (
      e.method === 8 &&
      e.size > 1_000_000 &&
      e.size / Math.max(1, e.compressedSize) > limits.maxRatio
    )
      throw new PackageError("xlsx.limit.ratio", {
        part: e.name,
        ratio: Math.round(e.size / Math.max(1, e.compressedSize)),
        limit: limits.maxRatio,
      });
    total += e.size;
    if (total > limits.maxTotalBytes)
      throw new PackageError("xlsx.limit.totalSize", { limit: megabytes(limits.maxTotalBytes) });
    entries.push(e);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

export function megabytes(n: number): string {
  return `${Math.round((n / 1_048_576) * 10) / 10} MB`;
}

/** Where an entry's compressed bytes start and end. */
function dataRange(bytes: Uint8Array, e: ZipEntry): [number, number] {
  if (e.offset + 30 > bytes.length || u32(bytes, e.offset) !== SIG_LOCAL)
    throw corrupt(`entry ${e.name} is damaged or the file is truncated`);
  const start = e.offset + 30 + u16(bytes, e.offset + 26) + u16(bytes, e.offset + 28);
  const end = start + e.compressedSize;
  if (end > bytes.length) throw corrupt(`entry ${e.name} is truncated`);
  return [start, end];
}

export function rawData(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const [s, t] = dataRange(bytes, e);
  return bytes.subarray(s, t);
}

/**
 * Inflate one entry piece by piece (a 300 MB sheet is never one buffer), never producing more than
 * it declared. `onChunk` returning false stops early (the rest is not inflated, nor its CRC
 * checked: the caller has read all it wanted); otherwise the CRC is checked at the end.
 */
export function inflateEntryChunks(
  bytes: Uint8Array,
  e: ZipEntry,
  onChunk: (chunk: Uint8Array) => boolean | void,
  engine?: RawInflate
): void {
  const raw = rawData(bytes, e);
  // Small steps: XML deflates ~10:1, so one step is ~0.5 MB of text, and a reader that stops
  // early (the first rows of a sheet) has inflated little more than it read.
  const STEP = 1 << 16;
  if (e.method === 0) {
    let crc = 0;
    for (let i = 0; i < raw.length; i += STEP) {
      const chunk = raw.subarray(i, Math.min(raw.length, i + STEP));
      crc = crc32(chunk, crc);
      if (onChunk(chunk) === false) return;
    }
    if (crc !== e.crc) throw corrupt(`entry ${e.name} fails its checksum`);
    return;
  }
  let n = 0;
  let crc = 0;
  let stopped = false;
  const take = (chunk: Uint8Array): boolean => {
    if (n + chunk.length > e.size) throw corrupt(`entry ${e.name} inflates past its declared size`);
    n += chunk.length;
    crc = crc32(chunk, crc);
    if (onChunk(chunk) === false) stopped = true;
    return !stopped;
  };
  try {
    (engine ?? fflateInflate)(raw, e.size, take);
  } catch (err) {
    if (err instanceof PackageError) throw err;
    throw corrupt(
      `entry ${e.name} cannot be inflated (${err instanceof Error ? err.message : String(err)})`
    );
  }
  if (stopped) return;
  if (n !== e.size) throw corrupt(`entry ${e.name} is truncated`);
  if (crc !== e.crc) throw corrupt(`entry ${e.name} fails its checksum`);
}

/**
 * A host's raw-inflate engine. It inflates `raw` (one entry's deflate stream) and hands the output
 * to `onChunk` in order, piece by piece; it stops, and returns, as soon as `onChunk` returns false.
 * Otherwise it returns only once the stream has ended, and throws when the stream is damaged or
 * cut short. `declaredSize` is what the entry says it holds: the caller refuses output past it, and
 * the engine may stop producing output much beyond it. Node's zlib inflates several times faster
 * than fflate's JavaScript (src/cli/package/compression.ts); fflate stays the default, which runs
 * anywhere.
 */
export type RawInflate = (
  raw: Uint8Array,
  declaredSize: number,
  onChunk: (chunk: Uint8Array) => boolean
) => void;

/** fflate's streaming inflater, fed in small steps so a reader that stops early inflated little. */
const fflateInflate: RawInflate = (raw, _declaredSize, onChunk) => {
  // XML deflates ~10:1, so one step is ~0.5 MB of text.
  const STEP = 1 << 16;
  let done = false;
  let stopped = false;
  const inflater = new Inflate((chunk, final) => {
    if (stopped) return;
    if (final) done = true;
    if (!onChunk(chunk)) stopped = true;
  });
  for (let i = 0; i < raw.length && !stopped; i += STEP)
    inflater.push(raw.subarray(i, Math.min(raw.length, i + STEP)), i + STEP >= raw.length);
  if (raw.length === 0) inflater.push(raw, true);
  if (!stopped && !done) throw corrupt("the compressed data ends early");
};

/**
 * Inflate one entry, never producing more than it declared (a lying header cannot grow the
 * output), and check its CRC (a truncated or damaged entry is refused, not half-read).
 */
export function inflateEntry(bytes: Uint8Array, e: ZipEntry, engine?: RawInflate): Uint8Array {
  if (e.method === 0) {
    const out = rawData(bytes, e).slice();
    if (crc32(out) !== e.crc) throw corrupt(`entry ${e.name} fails its checksum`);
    return out;
  }
  const out = new Uint8Array(e.size);
  let n = 0;
  // The same checks as a streamed read (declared size, truncation, checksum), gathered whole.
  inflateEntryChunks(
    bytes,
    e,
    (chunk) => {
      out.set(chunk, n);
      n += chunk.length;
    },
    engine
  );
  return out;
}

let CRC_TABLES: Int32Array | undefined;
/** The eight tables of "slicing-by-8": eight bytes per step instead of one. */
function crcTables(): Int32Array {
  if (CRC_TABLES) return CRC_TABLES;
  const t = new Int32Array(8 * 256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[i] = c;
  }
  for (let i = 0; i < 256; i++)
    for (let k = 1; k < 8; k++)
      t[k * 256 + i] = (t[(k - 1) * 256 + i] >>> 8) ^ t[t[(k - 1) * 256 + i] & 0xff];
  return (CRC_TABLES = t);
}

/**
 * CRC-32 of `data`; pass the previous result as `crc` to continue over the next piece. Eight bytes
 * a step (slicing-by-8): every byte of every sheet read or written is checked, ~600 MB for a
 * 50,000-product workbook, and one byte a step took ~3 s of such a run.
 */
export function crc32(data: Uint8Array, crc = 0): number {
  const t = crcTables();
  let c = crc ^ -1;
  let i = 0;
  const n = data.length;
  for (; i + 8 <= n; i += 8) {
    const lo = c ^ (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24));
    c =
      t[1792 + (lo & 0xff)] ^
      t[1536 + ((lo >>> 8) & 0xff)] ^
      t[1280 + ((lo >>> 16) & 0xff)] ^
      t[1024 + (lo >>> 24)] ^
      t[768 + data[i + 4]] ^
      t[512 + data[i + 5]] ^
      t[256 + data[i + 6]] ^
      t[data[i + 7]];
  }
  for (; i < n; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** A part compressed as it was produced (see `DeflateSink`). */
export interface DeflatedPart {
  chunks: Uint8Array[];
  crc: number;
  /** Uncompressed size. */
  size: number;
  compressedSize: number;
}

/**
 * A host's raw-deflate engine for `DeflateSink`: compresses one piece of a part and returns its
 * bytes, ending the stream when `final` (BFINAL block) and otherwise at a byte boundary (a sync
 * flush), so the pieces concatenated are one valid deflate stream. fflate's JavaScript is the
 * default, which runs anywhere.
 */
export type RawDeflate = (piece: Uint8Array, final: boolean) => Uint8Array;

/**
 * A host's deflater for one part that may compress its pieces elsewhere (the CLI's worker thread,
 * src/cli/package/compression.ts): `push` hands a piece over (the sink's own copy, which the
 * deflater may keep or transfer), with the same flush rules as `RawDeflate`; `finish` returns every
 * piece's compressed bytes, in order, once all are done.
 */
export interface PieceDeflater {
  push(piece: Uint8Array, final: boolean): void;
  finish(): Uint8Array[];
}

/** Characters of text gathered before a piece is deflated. */
const PIECE_CHARS = 1 << 20;

/**
 * A part written as a stream of text: pieces are encoded and pushed to the deflater as they come,
 * so a 300 MB sheet is never one string or one buffer (only its compressed form is kept).
 */
export class DeflateSink {
  // Each text is encoded as it is written, into one reused buffer, so the strings written die
  // young: held until a piece was full, a sheet's rows outlived the young generation and were
  // promoted, and the collector let the old generation grow to several times what was alive
  // (a 50,000-product re-run peaked at 2.5 GB holding under 0.8 GB). Pieces are cut where they
  // were when the texts were joined (at least 1 Mi characters), so the bytes deflated are the same.
  private buffer = new Uint8Array(PIECE_CHARS * 3);
  private used = 0;
  private pendingChars = 0;
  private chunks: Uint8Array[] = [];
  private crc = 0;
  private size = 0;
  private readonly encoder = new TextEncoder();
  private readonly push: (bytes: Uint8Array, final: boolean) => void;
  private readonly done: () => void = () => undefined;

  constructor(
    level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 = 6,
    engine?: RawDeflate | PieceDeflater
  ) {
    if (typeof engine === "function") {
      this.push = (bytes, final) => this.chunks.push(engine(bytes, final));
      return;
    }
    if (engine) {
      this.push = (bytes, final) => engine.push(bytes, final);
      this.done = () => {
        this.chunks = engine.finish();
      };
      return;
    }
    const deflater = new Deflate({ level }, (chunk) => this.chunks.push(chunk));
    this.push = (bytes, final) => deflater.push(bytes, final);
  }

  write(text: string): void {
    if (text === "") return;
    // UTF-8 takes at most 3 bytes per UTF-16 unit.
    const need = this.used + text.length * 3;
    if (need > this.buffer.length) {
      const grown = new Uint8Array(need);
      grown.set(this.buffer.subarray(0, this.used));
      this.buffer = grown;
    }
    this.used += this.encoder.encodeInto(text, this.buffer.subarray(this.used)).written;
    this.pendingChars += text.length;
    if (this.pendingChars >= PIECE_CHARS) this.flush(false);
  }

  private flush(final: boolean): void {
    // A copy: the deflater may keep what it is given, and the buffer is written over next.
    const bytes = this.buffer.slice(0, this.used);
    this.used = 0;
    this.pendingChars = 0;
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    this.push(bytes, final);
  }

  finish(): DeflatedPart {
    this.flush(true);
    this.done();
    let compressedSize = 0;
    for (const c of this.chunks) compressedSize += c.length;
    return { chunks: this.chunks, crc: this.crc, size: this.size, compressedSize };
  }
}

/** One entry of the archive to write: copied as it came, new bytes to compress, or already compressed. */
export type OutEntry =
  | { name: string; copyOf: ZipEntry; from: Uint8Array }
  | { name: string; data: Uint8Array }
  | { name: string; deflated: DeflatedPart };

function dosNow(): { time: number; date: number } {
  const d = new Date();
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** Write a ZIP archive: copied entries keep their compressed bytes, new ones are deflated. */
export function writeZip(entries: readonly OutEntry[]): Uint8Array {
  const now = dosNow();
  interface Prepared {
    name: Uint8Array;
    method: number;
    crc: number;
    size: number;
    data: Uint8Array | Uint8Array[];
    compressedSize: number;
    time: number;
    date: number;
    offset: number;
  }
  const prepared: Prepared[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    let p: Prepared;
    if ("copyOf" in e) {
      p = {
        name,
        method: e.copyOf.method,
        crc: e.copyOf.crc,
        size: e.copyOf.size,
        data: rawData(e.from, e.copyOf),
        compressedSize: e.copyOf.compressedSize,
        time: e.copyOf.time,
        date: e.copyOf.date,
        offset,
      };
    } else if ("deflated" in e) {
      p = {
        name,
        method: 8,
        crc: e.deflated.crc,
        size: e.deflated.size,
        data: e.deflated.chunks,
        compressedSize: e.deflated.compressedSize,
        ...now,
        offset,
      };
    } else {
      // Small parts are stored; the rest deflated at the level Excel itself uses.
      const deflated = e.data.length > 64 ? deflateSync(e.data, { level: 6 }) : e.data;
      const stored = deflated === e.data;
      p = {
        name,
        method: stored ? 0 : 8,
        crc: crc32(e.data),
        size: e.data.length,
        data: deflated,
        compressedSize: deflated.length,
        ...now,
        offset,
      };
    }
    if (p.size > 0xfffffffe || p.compressedSize > 0xfffffffe || offset > 0xfffffffe)
      throw new PackageError("xlsx.limit.totalSize", { limit: "4096 MB" });
    offset += 30 + name.length + p.compressedSize;
    prepared.push(p);
  }
  let cdSize = 0;
  for (const p of prepared) cdSize += 46 + p.name.length;
  const out = new Uint8Array(offset + cdSize + 22);
  const dv = new DataView(out.buffer);
  let o = 0;
  for (const p of prepared) {
    dv.setUint32(o, SIG_LOCAL, true);
    dv.setUint16(o + 4, 20, true);
    dv.setUint16(o + 6, 0x800, true);
    dv.setUint16(o + 8, p.method, true);
    dv.setUint16(o + 10, p.time, true);
    dv.setUint16(o + 12, p.date, true);
    dv.setUint32(o + 14, p.crc, true);
    dv.setUint32(o + 18, p.compressedSize, true);
    dv.setUint32(o + 22, p.size, true);
    dv.setUint16(o + 26, p.name.length, true);
    dv.setUint16(o + 28, 0, true);
    out.set(p.name, o + 30);
    let at = o + 30 + p.name.length;
    for (const piece of Array.isArray(p.data) ? p.data : [p.data]) {
      out.set(piece, at);
      at += piece.length;
    }
    o += 30 + p.name.length + p.compressedSize;
  }
  const cdStart = o;
  for (const p of prepared) {
    dv.setUint32(o, SIG_CENTRAL, true);
    dv.setUint16(o + 4, 20, true);
    dv.setUint16(o + 6, 20, true);
    dv.setUint16(o + 8, 0x800, true);
    dv.setUint16(o + 10, p.method, true);
    dv.setUint16(o + 12, p.time, true);
    dv.setUint16(o + 14, p.date, true);
    dv.setUint32(o + 16, p.crc, true);
    dv.setUint32(o + 20, p.compressedSize, true);
    dv.setUint32(o + 24, p.size, true);
    dv.setUint16(o + 28, p.name.length, true);
    dv.setUint32(o + 42, p.offset, true);
    out.set(p.name, o + 46);
    o += 46 + p.name.length;
  }
  if (prepared.length > 0xffff)
    throw new PackageError("xlsx.limit.entries", { count: prepared.length, limit: 0xffff });
  dv.setUint32(o, SIG_EOCD, true);
  dv.setUint16(o + 8, prepared.length, true);
  dv.setUint16(o + 10, prepared.length, true);
  dv.setUint32(o + 12, o - cdStart, true);
  dv.setUint32(o + 16, cdStart, true);
  return out;
}
