/**
 * Jest global setup: the CMS folder is parsed once per test run, not once per test file. The parsed
 * LoadResult is written with Node's structured serialiser (v8.serialize keeps NaN, Maps and typed
 * arrays exactly) to a temporary file whose path reaches the workers through the environment;
 * test/data/helpers.ts `loadAll()` reads it. Without the folder nothing is written and the
 * data-dependent suites skip as before.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as v8 from "v8";
import { DATA_DIR, HAVE_DATA } from "../data/dataDir";
import { loadReferenceFromDir } from "../../scripts/data-load";

export default async function globalSetup(): Promise<void> {
  if (!HAVE_DATA) return;
  const loaded = await loadReferenceFromDir(DATA_DIR);
  const file = path.join(os.tmpdir(), `reimb-test-reference-${process.pid}-${Date.now()}.bin`);
  fs.writeFileSync(file, v8.serialize(loaded));
  process.env.REIMB_TEST_REFERENCE_CACHE = file;
}
