/**
 * Open a workbook file from disk (Node only; the browser passes bytes to `openPackage`). Both
 * CLI commands call this, so the same bad input gets the same message and exit code everywhere.
 */
import * as fs from "fs";
import { PackageError, type PackageLimits } from "./limits";
import { openPackage, type Package } from "./package";

export function readWorkbookBytes(path: string): Uint8Array {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(path);
  } catch {
    throw new PackageError("xlsx.error.missing", { file: path });
  }
  if (stat.isDirectory()) throw new PackageError("xlsx.error.folder", { file: path });
  try {
    return new Uint8Array(fs.readFileSync(path));
  } catch (err) {
    throw new PackageError("xlsx.error.unreadable", {
      file: path,
      detail: err instanceof Error ? err.message : String(err),
    });
  }
}

/** Read and open a workbook file; throws PackageError (exit code 3 in the CLI) for anything else. */
export function openWorkbookFile(
  path: string,
  limits: Partial<PackageLimits> = {}
): { bytes: Uint8Array; pkg: Package } {
  const bytes = readWorkbookBytes(path);
  return { bytes, pkg: openPackage(bytes, limits) };
}
