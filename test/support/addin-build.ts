/**
 * One production build of the add-in, shared by every test that needs webpack's real output (the
 * manifest test and both functions-metadata tests). A production build takes a minute or more on a
 * busy machine; each test once ran its own. Now the first test to ask builds into
 * node_modules/.cache/reimb-test-build/<key>, where the key hashes every input of the build (src/,
 * scripts/, assets/, the manifests, README.md for the help page, the webpack config, the lock file
 * and the reference bundle when present); later tests, and later runs with the same inputs, read
 * it. A lock directory (mkdir is atomic) keeps parallel jest workers from building twice: the others
 * wait for the result. Only a successful build is cached; a failed one is returned to its caller.
 * It is `npm run build` but for minification, which is left to functions.js, the one script whose
 * minified size a test checks (addin-build-worker.js says why).
 */
import { spawn } from "child_process";
import { createHash } from "crypto";
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
// REIMB_TEST_BUILD_CACHE points elsewhere to time a cold run the way CI sees it (no cache).
const CACHE =
  process.env.REIMB_TEST_BUILD_CACHE ??
  path.join(ROOT, "node_modules", ".cache", "reimb-test-build");
const WORKER = path.join(__dirname, "addin-build-worker.js");

/** The host the test build is made for: every manifest URL must be rewritten to it. */
export const TEST_BASE_URL = "https://addins.example.org/reimb/";

/** A lock older than this is left over from a killed run, not a build in progress. */
const STALE_LOCK_MS = 15 * 60_000;

export interface AddinBuild {
  /** The folder webpack wrote (what `npm run build` puts in dist/). */
  dir: string;
  errors: string[];
  /** Webpack's warnings, e.g. the localized metadata naming functions left in English. */
  warnings: string[];
}

const INPUT_DIRS = ["src", "scripts", "assets"];
const INPUT_FILES = [
  "webpack.config.js",
  "package-lock.json",
  "tsconfig.json",
  "README.md",
  ".data/reference.json.gz",
  "test/support/addin-build-worker.js",
];

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) =>
      e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]
    );
}

/** Hash of every file the build reads, by path and content. */
export function buildKey(): string {
  const manifests = fs.readdirSync(ROOT).filter((f) => /^manifest.*\.xml$/.test(f));
  const files = [
    ...INPUT_DIRS.flatMap((d) => filesUnder(path.join(ROOT, d))),
    ...[...INPUT_FILES, ...manifests.sort()].map((f) => path.join(ROOT, f)),
  ];
  const hash = createHash("sha256").update(TEST_BASE_URL);
  for (const file of files) {
    if (!fs.existsSync(file)) continue;
    hash.update(path.relative(ROOT, file)).update("\0").update(fs.readFileSync(file)).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

function readResult(dir: string): AddinBuild | undefined {
  const file = path.join(dir, "build-result.json");
  if (!fs.existsSync(file)) return undefined;
  const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as Omit<AddinBuild, "dir">;
  return { dir, ...parsed };
}

function runWorker(outDir: string, resultFile: string): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WORKER, outDir, resultFile], {
      cwd: ROOT,
      env: { ...process.env, ADDIN_BASE_URL: TEST_BASE_URL, OFFICE_ADDIN_USAGE_DATA_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

async function build(dir: string): Promise<AddinBuild> {
  const tmp = `${dir}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  fs.mkdirSync(tmp, { recursive: true });
  // Written outside the output folder: webpack's `output.clean` empties that folder first.
  const resultFile = `${tmp}.json`;
  const { code, output } = await runWorker(tmp, resultFile);
  if (!fs.existsSync(resultFile)) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw new Error(`the add-in build crashed (exit ${code}):\n${output}`);
  }
  fs.renameSync(resultFile, path.join(tmp, "build-result.json"));
  const result = readResult(tmp)!;
  if (code !== 0 || result.errors.length > 0) return result;
  fs.rmSync(dir, { recursive: true, force: true });
  fs.renameSync(tmp, dir);
  return { ...result, dir };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The production build for the current sources: built on first use, then read from the cache. */
export async function productionBuild(): Promise<AddinBuild> {
  const dir = path.join(CACHE, buildKey());
  const lock = `${dir}.lock`;
  fs.mkdirSync(CACHE, { recursive: true });
  for (;;) {
    const cached = readResult(dir);
    if (cached) return cached;
    try {
      fs.mkdirSync(lock);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
      const held = fs.statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > STALE_LOCK_MS)
        fs.rmSync(lock, { recursive: true, force: true });
      else if (held) await sleep(500);
      continue;
    }
    try {
      // Another worker may have finished between our look and our lock.
      return readResult(dir) ?? (await build(dir));
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
}
