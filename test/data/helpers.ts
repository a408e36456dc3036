/** Where the CMS files are for tests: REIMB_DATA_DIR, else ../shared/data/cms beside the repo. */
import * as fs from "fs";
import * as path from "path";
import * as v8 from "v8";
import type { LoadResult } from "../../src/data/load";
import { loadReferenceFromDir } from "../../scripts/data-load";

import { DATA_DIR, HAVE_DATA } from "./dataDir";

export { DATA_DIR, HAVE_DATA };

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
/**
 * The whole CMS folder, parsed: read from the run's one parse (test/setup/reference-cache.ts) when
 * jest's global setup made it, else parsed here (a single file run outside jest's config).
 */
export function loadAll(): Promise<LoadResult> {
  const file = process.env.REIMB_TEST_REFERENCE_CACHE;
  cached ??=
    file && fs.existsSync(file)
      ? Promise.resolve(v8.deserialize(fs.readFileSync(file)) as LoadResult)
      : loadReferenceFromDir(DATA_DIR);
  return cached;
}

/** A fresh parse of the folder, never the cached one: for the test that the cache is faithful. */
export function parseAll(): Promise<LoadResult> {
  return loadReferenceFromDir(DATA_DIR);
}
