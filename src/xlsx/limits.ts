/**
 * Limits on what a workbook file may cost to open, and the one error type the package module
 * raises (a message id and its parameters, rendered by the host in the user's language).
 *
 * The defaults fit a 50,000-product portfolio (≈ 600,000 Evidence rows, ≈ 6 million cells,
 * ≈ 300 MB of sheet XML) with room to spare, and stop crafted files long before they cost
 * gigabytes: see docs/share.md "Limits".
 */
import { ReimbError } from "../domain/errors";

export interface PackageLimits {
  /** Entries in the ZIP archive. */
  maxEntries: number;
  /** Decompressed size of one entry, in bytes. */
  maxEntryBytes: number;
  /** Decompressed size of the whole package, in bytes. */
  maxTotalBytes: number;
  /** Decompressed / compressed size of one entry over 1 MB (a zip bomb compresses far better than XML). */
  maxRatio: number;
  /** Cells holding a value or a formula, per workbook (formatted empty cells do not count). */
  maxCells: number;
}

export const DEFAULT_LIMITS: PackageLimits = {
  maxEntries: 10_000,
  maxEntryBytes: 1_024 * 1_048_576,
  maxTotalBytes: 2_048 * 1_048_576,
  maxRatio: 1_000,
  maxCells: 20_000_000,
};

/** Excel's own grid: a cell beyond it is not a cell of a workbook Excel could have written. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

export type PackageErrorId =
  | "xlsx.error.missing"
  | "xlsx.error.folder"
  | "xlsx.error.unreadable"
  | "xlsx.error.empty"
  | "xlsx.error.encrypted"
  | "xlsx.error.xls"
  | "xlsx.error.ole"
  | "xlsx.error.csv"
  | "xlsx.error.text"
  | "xlsx.error.ods"
  | "xlsx.error.otherOffice"
  | "xlsx.error.notZip"
  | "xlsx.error.noWorkbook"
  | "xlsx.error.corrupt"
  | "xlsx.error.xml"
  | "xlsx.limit.entries"
  | "xlsx.limit.entrySize"
  | "xlsx.limit.totalSize"
  | "xlsx.limit.ratio"
  | "xlsx.limit.cells"
  | "xlsx.limit.grid";

/** A file that is not a workbook this module can open, or one over a limit. */
export class PackageError extends ReimbError {
  constructor(
    readonly msgId: PackageErrorId,
    params: Readonly<Record<string, string | number>> = {}
  ) {
    super(msgId, params);
    this.name = "PackageError";
  }
}
