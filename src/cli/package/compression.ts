/**
 * The CLI's compression: Node's zlib (native, several times faster than fflate's JavaScript),
 * and, for the large sheets, on a worker thread beside the one building the report, so that
 * compressing the ~600 MB of XML a 50,000-product workbook holds costs the run little wall time
 * (bench/cli.bench.ts: deflate was 5.4 s and fflate's inflate 2.7 s of a 31 s first run).
 *
 * The package reader and writer are synchronous (a sheet is scanned and written row by row, never
 * held whole), so the main thread talks to the worker synchronously: it posts work on a
 * MessageChannel and takes the answers with `receiveMessageOnPort`, sleeping on `Atomics.wait`
 * until the worker signals one (both documented Node APIs). Memory stays bounded: at most
 * `DEFLATE_IN_FLIGHT` pieces wait to be compressed, and an inflating stream runs at most
 * `INFLATE_WINDOW` chunks ahead of its reader.
 *
 * Small work never starts the worker (a part of one piece, an entry under `THREAD_FROM` bytes):
 * the demo workbook is read and written on the main thread alone. Where a worker cannot be
 * started, everything runs on the main thread through the same zlib.
 */
import { MessageChannel, type MessagePort, Worker, receiveMessageOnPort } from "worker_threads";
import * as zlib from "zlib";
import { ReimbError } from "../../domain/errors";
import type { PieceDeflater, RawInflate } from "../../xlsx";

/** Compressed entries smaller than this are inflated on the main thread, in one call. */
const THREAD_FROM = 1 << 20;
/** Pieces (≤ ~3 MB each, see DeflateSink) waiting for the worker before the writer waits. */
const DEFLATE_IN_FLIGHT = 4;
/** Inflated chunks (256 KiB each) the worker may have sent ahead of the reader. */
const INFLATE_WINDOW = 8;
const INFLATE_CHUNK = 1 << 18;
/** A worker silent this long is taken for dead (it answers a 1 MB piece in ~30 ms). */
const SILENCE_MS = 60_000;

// The worker runs as plain JavaScript (no TypeScript loader in a worker): zlib and the port only.
// Every answer is a fresh copy transferred whole: zlib's output buffers are slices it reuses.
const WORKER_SOURCE = `
const { workerData } = require("worker_threads");
const zlib = require("zlib");
const { port, signal } = workerData;
const flag = new Int32Array(signal);
const streams = new Map();
function post(msg, transfer) {
  port.postMessage(msg, transfer);
  Atomics.add(flag, 0, 1);
  Atomics.notify(flag, 0);
}
function message(e) { return String((e && e.message) || e); }
function fail(id, s, text) {
  if (!streams.has(id)) return;
  streams.delete(id);
  s.z.destroy();
  post({ id, error: text });
}
function feed(id, s) {
  while (s.offset < s.raw.length) {
    const piece = s.raw.subarray(s.offset, s.offset + 65536);
    s.offset += piece.length;
    if (!s.z.write(piece)) { s.z.once("drain", () => feed(id, s)); return; }
  }
  s.z.end();
}
port.on("message", (m) => {
  if (m.op === "deflate") {
    let out;
    try {
      out = zlib.deflateRawSync(m.piece, {
        level: m.level,
        finishFlush: m.final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
      });
    } catch (e) { post({ id: m.id, error: message(e) }); return; }
    const copy = new Uint8Array(out);
    post({ id: m.id, out: copy }, [copy.buffer]);
  } else if (m.op === "inflate") {
    const s = { z: zlib.createInflateRaw({ chunkSize: m.chunk }), raw: m.raw, offset: 0, credit: m.window, produced: 0 };
    streams.set(m.id, s);
    s.z.on("data", (c) => {
      if (!streams.has(m.id)) return;
      s.produced += c.length;
      if (s.produced > m.max) { fail(m.id, s, "it inflates past its declared size"); return; }
      const copy = new Uint8Array(c);
      post({ id: m.id, chunk: copy }, [copy.buffer]);
      if (--s.credit <= 0) s.z.pause();
    });
    s.z.on("end", () => { if (streams.delete(m.id)) post({ id: m.id, end: true }); });
    s.z.on("error", (e) => fail(m.id, s, message(e)));
    feed(m.id, s);
  } else if (m.op === "ack") {
    const s = streams.get(m.id);
    if (s && ++s.credit > 0) s.z.resume();
  } else if (m.op === "stop") {
    const s = streams.get(m.id);
    if (s) { streams.delete(m.id); s.z.destroy(); }
  }
});
`;

interface Answer {
  id: number;
  out?: Uint8Array;
  chunk?: Uint8Array;
  end?: true;
  error?: string;
}

/** One worker thread and the synchronous conversation with it. */
class ZlibThread {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly signal: Int32Array;
  private readonly inbox = new Map<number, Answer[]>();
  /** Streams the reader stopped early: their late answers are dropped. */
  private readonly dropped = new Set<number>();
  private nextId = 1;

  constructor() {
    const { port1, port2 } = new MessageChannel();
    const shared = new SharedArrayBuffer(4);
    this.signal = new Int32Array(shared);
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { port: port2, signal: shared },
      transferList: [port2],
    });
    // Neither keeps the process alive: a finished run exits with the worker idle.
    this.worker.unref();
    port1.unref();
    this.port = port1;
  }

  id(): number {
    return this.nextId++;
  }

  send(message: object, transfer: ArrayBuffer[] = []): void {
    this.port.postMessage(message, transfer);
  }

  /** The next answer for `id`, waiting for it. */
  next(id: number): Answer {
    for (;;) {
      const queued = this.inbox.get(id);
      if (queued && queued.length > 0) {
        const a = queued.shift() as Answer;
        if (queued.length === 0) this.inbox.delete(id);
        return a;
      }
      const seen = Atomics.load(this.signal, 0);
      const got = receiveMessageOnPort(this.port);
      if (got) {
        const a = got.message as Answer;
        if (!this.dropped.has(a.id)) {
          const q = this.inbox.get(a.id);
          if (q) q.push(a);
          else this.inbox.set(a.id, [a]);
        } else if (a.end || a.error) this.dropped.delete(a.id);
        continue;
      }
      if (Atomics.wait(this.signal, 0, seen, SILENCE_MS) === "timed-out")
        throw new ReimbError("cli.compression.silent", { seconds: SILENCE_MS / 1000 });
    }
  }

  /** Forget a stream the reader left early. */
  drop(id: number): void {
    this.inbox.delete(id);
    this.dropped.add(id);
    this.send({ op: "stop", id });
  }
}

// One worker for the process, started on the first large piece of work; `null` once starting one
// failed (the main thread then does it all).
let thread: ZlibThread | null | undefined;
function worker(): ZlibThread | null {
  if (thread === undefined) {
    try {
      thread = new ZlibThread();
    } catch {
      thread = null;
    }
  }
  return thread;
}

function deflateHere(piece: Uint8Array, final: boolean, level: number): Uint8Array {
  return zlib.deflateRawSync(piece, {
    level,
    finishFlush: final ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH,
  });
}

function unwrap(a: Answer): Answer {
  if (a.error !== undefined) throw new Error(a.error);
  return a;
}

/**
 * zlib level 4, not Excel's 6: on the sheets this writes (Evidence and record XML), level 4 runs
 * about twice as fast (217 against 100 MB/s on one core) for 4–7% more bytes (4.88 against 4.55
 * MB for 10,000 products' Evidence sheet). A 50,000-product output is ~600 MB of XML, so level 6
 * kept the worker busy ~6 s and the report's thread waiting for it on a 2-core machine.
 */
const LEVEL = 4;

/**
 * A deflater for one part (see DeflateSink): each piece is compressed on its own and ends with a
 * sync flush, the last with the final block, so the pieces joined are one deflate stream (the
 * window restarts every ~1 MB piece, a fraction of a percent in size). A part that is one piece
 * is compressed here; a longer one on the worker.
 */
export function cliDeflater(level = LEVEL): PieceDeflater {
  const out: (Uint8Array | number)[] = [];
  let pending = 0;
  let t: ZlibThread | null = null;
  const settle = (i: number): void => {
    const id = out[i] as number;
    out[i] = unwrap((t as ZlibThread).next(id)).out as Uint8Array;
    pending--;
  };
  return {
    push(piece, final) {
      if (out.length === 0 && final) {
        out.push(deflateHere(piece, final, level));
        return;
      }
      t ??= worker();
      if (!t) {
        out.push(deflateHere(piece, final, level));
        return;
      }
      const id = t.id();
      // The piece is the sink's own copy: handed over, not copied again.
      t.send({ op: "deflate", id, piece, final, level }, [piece.buffer as ArrayBuffer]);
      out.push(id);
      pending++;
      for (let i = 0; pending > DEFLATE_IN_FLIGHT && i < out.length; i++)
        if (typeof out[i] === "number") settle(i);
    },
    finish() {
      for (let i = 0; i < out.length; i++) if (typeof out[i] === "number") settle(i);
      return out as Uint8Array[];
    },
  };
}

/**
 * Node's zlib as the package reader's inflater. An entry under `THREAD_FROM` compressed bytes is
 * inflated here in one call, bounded by what it declared; a larger one streams from the worker,
 * `INFLATE_WINDOW` chunks ahead at most, and stops when the reader does.
 */
export const cliInflate: RawInflate = (raw, declaredSize, onChunk) => {
  const t = raw.length >= THREAD_FROM ? worker() : null;
  if (!t) {
    // maxOutputLength: one byte more than declared, so an overrun is seen (and refused) rather
    // than cut off silently.
    const whole = zlib.inflateRawSync(raw, { maxOutputLength: Math.max(1, declaredSize + 1) });
    // Handed out in steps, as a streamed read would be (the reader decodes piece by piece).
    for (let i = 0; i < whole.length; i += INFLATE_CHUNK)
      if (!onChunk(whole.subarray(i, i + INFLATE_CHUNK))) return;
    return;
  }
  const id = t.id();
  const copy = raw.slice(); // a view into the input file: the worker gets its own bytes
  t.send(
    {
      op: "inflate",
      id,
      raw: copy,
      max: declaredSize,
      window: INFLATE_WINDOW,
      chunk: INFLATE_CHUNK,
    },
    [copy.buffer]
  );
  for (;;) {
    const a = unwrap(t.next(id));
    if (a.end) return;
    if (!onChunk(a.chunk as Uint8Array)) {
      t.drop(id);
      return;
    }
    t.send({ op: "ack", id });
  }
};
