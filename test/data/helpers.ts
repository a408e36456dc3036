/** Where the CMS files are for tests: REIMB_DATA_DIR, else ../shared/data/cms beside the repo. */
import * as fs from "fs";
import * as path from "path";
import type { LoadResult } from "../../src/data/load";
import { loadReferenceFromDir } from "../../scripts/data-load";

export const DATA_DIR =
  process.env.REIMB_DATA_DIR ?? path.resolve(__dirname, "../../../shared/data/cms");
export const HAVE_DATA = fs.existsSync(path.join(DATA_DIR, "pfs_rvu"));

export function skipReason(): string {
  return `CMS data folder not found at ${DATA_DIR} (set REIMB_DATA_DIR): conformance tests skipped`;
}

/** describe that runs only where the data folder exists, and says why when it does not. */
export const describeWithData: jest.Describe = HAVE_DATA
  ? describe
  : (((name: string, fn: () => void) => {
      // eslint-disable-next-line no-console -- the skip reason must be visible in CI output
      console.log(`${name}: ${skipReason()}`);
      // The body is not even collected: it may read CMS files while declaring its cases.
      void fn;
      describe.skip(name, () => it.skip(skipReason(), () => undefined));
    }) as jest.Describe);

export function file(rel: string): { name: string; bytes: Uint8Array } {
  return { name: rel, bytes: new Uint8Array(fs.readFileSync(path.join(DATA_DIR, rel))) };
}

let cached: Promise<LoadResult> | undefined;
export function loadAll(): Promise<LoadResult> {
  cached ??= loadReferenceFromDir(DATA_DIR);
  return cached;
}
