/**
 * Node side of reference loading (CLI, tests, bench, bundle builder): read every file under a CMS
 * data folder, or a built bundle. The parsing itself is src/data's, shared with the browser.
 */
import * as fs from "fs";
import * as path from "path";
import { loadReferenceFromFiles, type InputFile, type LoadResult } from "../src/data/load";
import { decodeBundle } from "../src/domain/reference/bundle";
import type { ReferenceData } from "../src/domain/reference/model";
import { getCodeReference, setReference } from "../src/functions/state";
import type { CodeReference } from "../src/domain/reference/port";

export const REPO_ROOT = path.resolve(__dirname, "..");
export const BUNDLE_FILE = path.join(REPO_ROOT, ".data", "reference.json.gz");

/** REIMB_DATA_DIR, else ../shared/data/cms beside the repository. */
export function dataDir(): string {
  return process.env.REIMB_DATA_DIR ?? path.resolve(REPO_ROOT, "../shared/data/cms");
}

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walk(full) : [full];
  });
}

export function readFolder(dir: string): InputFile[] {
  return walk(dir)
    .filter((f) => /\.(csv|txt|xlsx|zip)$/i.test(f))
    .sort()
    .map((f) => ({ name: path.relative(dir, f).split(path.sep).join("/"), bytes: new Uint8Array(fs.readFileSync(f)) }));
}

export async function loadReferenceFromDir(dir = dataDir()): Promise<LoadResult> {
  return loadReferenceFromFiles(readFolder(dir));
}

/**
 * Reference data for Node: REIMB_DATA_DIR when set, else the built bundle (.data/), else the
 * default data folder, else undefined (no data anywhere).
 */
export async function loadReferenceForNode(): Promise<ReferenceData | undefined> {
  const explicit = process.env.REIMB_DATA_DIR;
  if (explicit && fs.existsSync(explicit)) return (await loadReferenceFromDir(explicit)).reference;
  if (fs.existsSync(BUNDLE_FILE)) return decodeBundle(new Uint8Array(fs.readFileSync(BUNDLE_FILE)));
  const dir = dataDir();
  if (fs.existsSync(dir)) return (await loadReferenceFromDir(dir)).reference;
  return undefined;
}

/**
 * For the CLI and other Node hosts: load the reference, make it current (REIMB.* functions and the
 * engine read it) and return the CodeReference port, or undefined when there is no data.
 */
export async function loadCodeReference(): Promise<CodeReference | undefined> {
  const ref = await loadReferenceForNode();
  if (!ref) return undefined;
  setReference(ref);
  return getCodeReference();
}
