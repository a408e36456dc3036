/**
 * Cases that need CMS's files run only where loadCodeReference() will find them, decided before
 * the tests are declared, so a missing folder shows as skipped tests rather than passing ones.
 * Mirrors scripts/data-load.ts loadReferenceForNode's search order (REIMB_DATA_DIR, bundle, folder).
 */
import * as fs from "fs";
import { BUNDLE_FILE, dataDir, loadCodeReference } from "../../../scripts/data-load";
import type { CodeReference } from "../../../src/domain/reference/port";

const explicit = process.env.REIMB_DATA_DIR;
export const HAVE_REFERENCE =
  (explicit !== undefined && fs.existsSync(explicit)) ||
  fs.existsSync(BUNDLE_FILE) ||
  fs.existsSync(dataDir());

/** `it` where the reference data exists, `it.skip` (with the reason printed once) where it does not. */
export function itWithReference(suite: string): jest.It {
  if (HAVE_REFERENCE) return it;
  console.log(`${suite} skipped: no CMS data folder at ${dataDir()} (set REIMB_DATA_DIR)`);
  return it.skip;
}

/** Loads the reference once the data is known to exist; a failed load is a failure, not a skip. */
export async function requireReference(): Promise<CodeReference> {
  const ref = await loadCodeReference();
  if (!ref) throw new Error(`CMS reference data present at ${dataDir()} but did not load`);
  return ref;
}
