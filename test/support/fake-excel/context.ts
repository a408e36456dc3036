/**
 * The request context: calls on proxies queue operations; `sync()` runs them in order against the
 * WorkbookState, measuring request/response bytes against Excel on the web's payload limits and
 * failing an API above the host's ExcelApi version with ApiNotFound.
 */
import type { ProxyBase } from "./proxy-base";
import { type WorkbookState, officeError } from "./state";
import { WorkbookProxy } from "./workbook";

export interface Limits {
  requestBytes: number;
  responseBytes: number;
  /** Highest ExcelApi requirement set this Excel supports ("1.20": current Microsoft 365). */
  excelApi: string;
}

function versionParts(v: string): number[] {
  return v.split(".").map((p) => Number(p));
}

/** -1, 0, 1 as version `a` is below, equal to or above `b` ("1.9" < "1.13"). */
export function compareVersions(a: string, b: string): number {
  const x = versionParts(a);
  const y = versionParts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
  /** Error code when the sync failed (nothing after the failing operation ran). */
  failed?: string;
}

interface Op {
  bytes: number;
  run: () => number | void;
  /** The proxy whose load, property set or method call this is (undefined for collection operations). */
  owner?: ProxyBase;
}

/** Per-action overhead of the JSON request Office.js sends (object path + action header). */
const ACTION_BYTES = 100;

export class FakeRequestContext {
  private queue: Op[] = [];
  private created: ProxyBase[] = [];
  readonly workbook: WorkbookProxy;
  /** Office.js API surface we do not model but callers may touch. */
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(
    readonly state: WorkbookState,
    readonly limits: Limits,
    private readonly onSync: (record: SyncRecord) => void
  ) {
    this.workbook = new WorkbookProxy(this);
  }

  /** The proxy whose operation is running: a null object may be loaded by itself, never used as a parent. */
  owner: ProxyBase | undefined;

  enqueue(bytes: number, run: () => number | void, owner?: ProxyBase): void {
    this.queue.push({ bytes: bytes + ACTION_BYTES, run, owner });
  }

  /** Runs inside a sync: an API above the host's ExcelApi version fails as Excel's ApiNotFound. */
  requireApi(version: string, api: string): void {
    if (compareVersions(version, this.limits.excelApi) > 0) {
      throw officeError(
        "ApiNotFound",
        `The API you are trying to use (${api}, ExcelApi ${version}) could not be found. It may be available in a newer version of Excel.`
      );
    }
  }

  register(proxy: ProxyBase): void {
    this.created.push(proxy);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    const created = this.created;
    this.queue = [];
    this.created = [];
    const requestBytes = queue.reduce((sum, op) => sum + op.bytes, 0);
    const record: SyncRecord = { requestBytes, responseBytes: 0, operations: queue.length };
    this.onSync(record);
    try {
      if (requestBytes > this.limits.requestBytes) {
        // Excel on the web rejects the whole request: nothing in it is applied.
        throw officeError(
          "RequestPayloadSizeLimitExceeded",
          `The request payload size (${requestBytes} bytes) has exceeded the limit (${this.limits.requestBytes}).`
        );
      }
      for (const op of queue) {
        this.owner = op.owner;
        const out = op.run();
        if (typeof out === "number") record.responseBytes += out;
        if (record.responseBytes > this.limits.responseBytes) {
          throw officeError(
            "ResponsePayloadSizeLimitExceeded",
            `The response payload size has exceeded the limit (${this.limits.responseBytes}).`
          );
        }
      }
    } catch (err) {
      record.failed = (err as { code?: string }).code ?? "Error";
      throw err;
    } finally {
      this.owner = undefined;
    }
    for (const proxy of created) proxy.settle();
    await Promise.resolve();
  }
}
