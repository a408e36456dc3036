/**
 * Test order for a run with no timings to go on (CI's clean clone: jest's own order then falls back
 * to file size). Two workers finish together only if the long suites start first, and no worker
 * should sit waiting for the shared add-in build (test/support/addin-build.ts) while the other runs
 * everything else:
 * 1. the suite that starts the build (its worker then waits while webpack uses that core);
 * 2. the suites known to be long, longest first;
 * 3. everything else, in jest's own order (recorded durations when it has them, else file size);
 * 4. the other suites that read the build, by then long finished.
 * A file listed here that no longer exists is simply not in the run; one missing from the lists
 * runs in group 3.
 */
const path = require("path");
const TestSequencer = require("@jest/test-sequencer").default;

const ROOT = path.resolve(__dirname, "../..");

/** Starts the shared production build first thing. */
const BUILD_STARTER = "test/functions/metadata.test.ts";

/** Longest first, from a cold run on 2 cores (a few seconds and up). */
const LONG = [
  "test/excel/round-trips.test.ts",
  "test/cli/classify.test.ts",
  "test/cli/package/writer.test.ts",
  "test/taskpane/productCards.test.tsx",
  "test/cli/entry.test.ts",
  "test/excel/overwrite-question.test.ts",
  "test/cli/zh-workbook.test.ts",
  "test/cli/reference.test.ts",
  "test/domain/reference/lookups.test.ts",
  "test/excel/adapter.test.ts",
  "test/cli/classify-overwrite.test.ts",
  "test/cli/portfolio.test.ts",
  "test/domain/pathway/properties.test.ts",
  "test/share/workbook.test.ts",
  "test/cli/share.test.ts",
  "test/domain/rows/property.test.ts",
  "test/data/reference-cache.test.ts",
];

/** Read the build's output only: cheap once it exists, an idle worker while it does not. */
const BUILD_READERS = [
  "test/manifest/manifest.test.ts",
  "test/functions/localized-metadata.test.ts",
  "test/functions/codeEntity.test.ts",
];

const rel = (test) => path.relative(ROOT, test.path).split(path.sep).join("/");

class LongFirstSequencer extends TestSequencer {
  sort(tests) {
    const ordered = super.sort(tests);
    const rank = (test) => {
      const name = rel(test);
      if (name === BUILD_STARTER) return 0;
      const long = LONG.indexOf(name);
      if (long >= 0) return 1 + long / LONG.length;
      return BUILD_READERS.includes(name) ? 3 : 2;
    };
    // Array.prototype.sort is stable: within a group, jest's own order stands.
    return ordered
      .map((test, i) => ({ test, i, rank: rank(test) }))
      .sort((a, b) => a.rank - b.rank || a.i - b.i)
      .map((x) => x.test);
  }
}

module.exports = LongFirstSequencer;
