/** Jest global teardown: remove the once-per-run parse of the CMS folder (reference-cache.ts). */
import * as fs from "fs";

export default async function globalTeardown(): Promise<void> {
  const file = process.env.REIMB_TEST_REFERENCE_CACHE;
  if (file) fs.rmSync(file, { force: true });
}
