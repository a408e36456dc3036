/**
 * `npm run data:bundle`: parse the CMS files in REIMB_DATA_DIR (default ../shared/data/cms) into the
 * compact reference bundle .data/reference.json.gz, which the build copies into dist/. Without a
 * data folder it writes an empty bundle (the add-in then says "no reference data loaded").
 */
import * as fs from "fs";
import * as path from "path";
import { t } from "../src/i18n/catalogue";
import { bundledReference, encodeBundle } from "../src/domain/reference/bundle";
import { emptyReference } from "../src/domain/reference/model";
import { vintageOf, vintageSummary } from "../src/domain/reference/vintage";
import { BUNDLE_FILE, dataDir, loadReferenceFromDir } from "./data-load";

function kb(n: number): string {
  return `${(n / 1024).toFixed(0)} KB`;
}

async function main(): Promise<void> {
  const dir = dataDir();
  fs.mkdirSync(path.dirname(BUNDLE_FILE), { recursive: true });
  if (!fs.existsSync(dir)) {
    fs.writeFileSync(BUNDLE_FILE, encodeBundle(emptyReference()));
    console.log(t("data.bundle.empty", { folder: dir, reason: "folder absent" }));
    return;
  }
  const result = await loadReferenceFromDir(dir);
  for (const p of result.problems) console.warn(`! ${p}`);
  if (result.skipped.length)
    console.log(`(not reference files, skipped: ${result.skipped.length})`);
  const bundled = bundledReference(result.reference);
  const vintage = vintageOf(bundled);
  const bytes = encodeBundle(bundled);
  fs.writeFileSync(BUNDLE_FILE, bytes);
  fs.writeFileSync(
    BUNDLE_FILE.replace(/\.json\.gz$/, ".vintage.json"),
    JSON.stringify(vintage, null, 2)
  );
  console.log(
    t("data.bundle.built", {
      file: path.relative(process.cwd(), BUNDLE_FILE),
      size: kb(bytes.length),
      vintage: vintageSummary(vintage),
    })
  );
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
