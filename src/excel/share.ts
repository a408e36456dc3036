/**
 * Excel side of Share (docs/features.md#share): read the open workbook as an .xlsx through
 * `Office.context.document.getFileAsync(Compressed)`, slice by slice, and hand the bytes to the
 * host-neutral share module. The open workbook is only read, never changed: the shareable copy is
 * a new file the pane offers for download.
 */
import { getLocale, t } from "../i18n/catalogue";
import { ReimbError } from "../domain/errors";
import {
  inspectWorkbook,
  shareWorkbook,
  type Inspection,
  type ShareOptions,
  type ShareResult,
} from "../shareCopy";

/** Office's maximum slice (4 MB); fewer round trips for large models. */
const SLICE_SIZE = 4 * 1024 * 1024;

/** The parts of Office.js this module uses, so tests and the browser harness can stand in for it. */
export interface OfficeFileHost {
  context: {
    document: {
      url?: string;
      getFileAsync(
        fileType: unknown,
        options: { sliceSize: number },
        callback: (result: AsyncResultLike<OfficeFileLike>) => void
      ): void;
    };
  };
  FileType?: { Compressed?: unknown };
}

interface AsyncResultLike<T> {
  status: unknown;
  value: T;
  error?: { message?: string; code?: number };
}

interface OfficeFileLike {
  size: number;
  sliceCount: number;
  getSliceAsync(
    index: number,
    callback: (result: AsyncResultLike<{ data: ArrayLike<number> | ArrayBuffer }>) => void
  ): void;
  closeAsync(callback?: (result: AsyncResultLike<void>) => void): void;
}

/** Why the workbook could not be read, in Office's own words (the pane shows it inside a catalogue message). */
export class WorkbookReadError extends ReimbError {
  constructor(readonly detail: string) {
    super("share.pane.readFailed", { detail });
    this.name = "WorkbookReadError";
  }
}

function officeHost(): OfficeFileHost {
  const office = (globalThis as { Office?: OfficeFileHost }).Office;
  if (!office?.context?.document?.getFileAsync)
    throw new WorkbookReadError(t("error.excel.noFileApi", undefined, getLocale()));
  return office;
}

function succeeded(status: unknown): boolean {
  // Office.AsyncResultStatus.Succeeded is the string "succeeded".
  return status === "succeeded" || status === 0;
}

function toBytes(data: ArrayLike<number> | ArrayBuffer): Uint8Array {
  return data instanceof ArrayBuffer
    ? new Uint8Array(data)
    : Uint8Array.from(data as ArrayLike<number>);
}

/** The open workbook as .xlsx bytes. Always closes the file handle: Office allows one open at a time. */
export function readWorkbookBytes(office: OfficeFileHost = officeHost()): Promise<Uint8Array> {
  const compressed = office.FileType?.Compressed ?? "compressed";
  return new Promise<Uint8Array>((resolve, reject) => {
    office.context.document.getFileAsync(compressed, { sliceSize: SLICE_SIZE }, (result) => {
      if (!succeeded(result.status)) {
        reject(
          new WorkbookReadError(
            result.error?.message ?? t("error.excel.fileReadFailed", undefined, getLocale())
          )
        );
        return;
      }
      const file = result.value;
      const slices: Uint8Array[] = [];
      const finish = (error?: WorkbookReadError): void => {
        file.closeAsync(() => {
          if (error) {
            reject(error);
            return;
          }
          const total = slices.reduce((n, s) => n + s.length, 0);
          const bytes = new Uint8Array(total);
          let offset = 0;
          for (const s of slices) {
            bytes.set(s, offset);
            offset += s.length;
          }
          resolve(bytes);
        });
      };
      // Slices are read one after another: Office documents sequential reads for getSliceAsync.
      const next = (index: number): void => {
        if (index >= file.sliceCount) {
          finish();
          return;
        }
        file.getSliceAsync(index, (slice) => {
          if (!succeeded(slice.status)) {
            finish(
              new WorkbookReadError(
                slice.error?.message ?? t("error.excel.sliceReadFailed", { index }, getLocale())
              )
            );
            return;
          }
          slices.push(toBytes(slice.value.data));
          next(index + 1);
        });
      };
      next(0);
    });
  });
}

/**
 * A URL-encoded path segment decoded, or the segment as it is when it is not valid percent-encoding
 * (a desktop path such as `C:\\Models\\50% margin.xlsx` is not encoded at all).
 */
export function decodePathPart(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/** The workbook's name without folder or extension ("Q3 model"), or undefined for a new, unsaved book. */
export function workbookBaseName(
  office: OfficeFileHost | undefined = (globalThis as { Office?: OfficeFileHost }).Office
): string | undefined {
  const url = office?.context?.document?.url;
  if (!url) return undefined;
  const last = decodePathPart(url.split(/[\\/]/).pop() ?? "").replace(/\?.*$/, "");
  const base = last.replace(/\.(xlsx|xlsm|xlsb|xls)$/i, "").trim();
  return base || undefined;
}

/** The pre-share check on the open workbook. */
export async function inspectOpenWorkbook(
  office?: OfficeFileHost
): Promise<{ bytes: Uint8Array; inspection: Inspection }> {
  const bytes = await readWorkbookBytes(office);
  return { bytes, inspection: await inspectWorkbook(bytes) };
}

/** The shareable copy of the open workbook (or of bytes already read by inspectOpenWorkbook). */
export async function shareOpenWorkbook(
  options: Omit<ShareOptions, "now" | "locale"> & { now?: Date; bytes?: Uint8Array },
  office?: OfficeFileHost
): Promise<ShareResult> {
  const bytes = options.bytes ?? (await readWorkbookBytes(office));
  const name = workbookBaseName(office);
  return shareWorkbook(bytes, {
    ...options,
    now: options.now ?? new Date(),
    locale: getLocale(),
    sourceName: options.sourceName ?? (name ? `${name}.xlsx` : undefined),
  });
}
