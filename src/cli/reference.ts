/**
 * Which CMS data a CLI run uses, chosen by one documented precedence (docs/cli.md, "Which CMS
 * data"), loaded, and described in one short line:
 *
 *   1. `--data <folder>`, else 2. `REIMB_DATA_DIR`: the user named a folder, so it wins, and a
 *      folder that does not exist or holds no CMS file is an error, never a silent fallback;
 *   3. the built bundle `.data/reference.json.gz` (`npm run data:bundle`);
 *   4. the CMS folder beside the repository (`../shared/data/cms`);
 *   5. none: the engine classifies on the product facts alone, and the line says why.
 *
 * `REIMB_NO_REFERENCE=1` turns the data off unless `--data` is given (the line says so).
 */
import type { EconomicsData } from "../domain/writeback/output";
import * as fs from "fs";
import * as path from "path";
import { msg, t, type Locale } from "../i18n/catalogue";
import { loadReferenceFromFiles } from "../data/load";
import { decodeBundle } from "../domain/reference/bundle";
import { emptyReference, type ReferenceData } from "../domain/reference/model";
import { CmsCodeReference } from "../domain/reference/codeReference";
import { vintageOf } from "../domain/reference/vintage";
import { errorText } from "../domain/errors";
import type { CodeReference } from "../domain/reference/port";
import { BUNDLE_FILE, REPO_ROOT, readFolder } from "../../scripts/data-load";

/** Where the data came from. */
export type DataOrigin = "option" | "env" | "bundle" | "default";

export type DataChoice =
  | { kind: "folder"; folder: string; origin: "option" | "env" | "default" }
  | { kind: "bundle"; file: string }
  | { kind: "none"; reason: "off" | "notFound" };

export interface DataPlaces {
  option?: string;
  env: Readonly<Record<string, string | undefined>>;
  bundle: string;
  defaultFolder: string;
}

export function defaultPlaces(option?: string): DataPlaces {
  return {
    option,
    env: process.env,
    bundle: BUNDLE_FILE,
    defaultFolder: path.resolve(REPO_ROOT, "../shared/data/cms"),
  };
}

/** What the JSON output says (and the line renders). */
export interface DataUsed {
  source: "folder" | "bundle" | "none";
  /** Folder or bundle file; absent when none. */
  path?: string;
  /** Why this source: `--data`, REIMB_DATA_DIR, the built bundle, the default folder. */
  origin?: DataOrigin;
  /** Dataset and calendar years loaded, e.g. { dataset: "PFS RVU", years: [2025, 2026] }. */
  datasets: { dataset: string; years: number[] }[];
  /** Files in the folder that could not be read (file, reason). */
  rejected: { file: string; reason: string }[];
  /** Why no data was used (rendered), when none. */
  reason?: string;
}

export type DataLoad =
  | {
      ok: true;
      used: DataUsed;
      /** The engine's port on the data, when any was loaded. */
      reference?: CodeReference;
      /** The data itself, for what is priced from it (the Economics sheet); empty when none. */
      data: ReferenceData;
    }
  | { ok: false; message: string };

/** Apply the precedence. Pure over the file system's answers, so tests can give it any places. */
export function chooseData(
  places: DataPlaces,
  locale: Locale
): { ok: true; choice: DataChoice } | { ok: false; message: string } {
  // REIMB_NO_REFERENCE=1 (tests, automation) turns the environment's folder off, not an explicit --data.
  if (places.option === undefined && places.env.REIMB_NO_REFERENCE === "1")
    return { ok: true, choice: { kind: "none", reason: "off" } };
  const explicit = places.option ?? nonEmpty(places.env.REIMB_DATA_DIR);
  if (explicit !== undefined) {
    const origin = places.option !== undefined ? "option" : "env";
    if (!isFolder(explicit))
      return {
        ok: false,
        message: t(
          "cli.data.noFolder",
          { folder: explicit, from: originName(origin, locale) },
          locale
        ),
      };
    return { ok: true, choice: { kind: "folder", folder: explicit, origin } };
  }
  if (isFile(places.bundle)) return { ok: true, choice: { kind: "bundle", file: places.bundle } };
  if (isFolder(places.defaultFolder))
    return {
      ok: true,
      choice: { kind: "folder", folder: places.defaultFolder, origin: "default" },
    };
  return { ok: true, choice: { kind: "none", reason: "notFound" } };
}

/**
 * The data this process loaded last, by what the files were (path, size, modification time of every
 * file): a process that runs several commands (the test suite, a script calling `run`) parses a
 * folder once; a changed, added or removed file parses it again. One entry: a run uses one source.
 */
let lastLoad: { key: string; reference: ReferenceData; rejected: DataUsed["rejected"] } | undefined;

function sourceKey(where: string): string {
  const files = fs.statSync(where).isDirectory() ? listFiles(where).sort() : [where];
  return files
    .map((f) => {
      const st = fs.statSync(f);
      return `${f}\u0000${st.size}\u0000${st.mtimeMs}`;
    })
    .join("\u0001");
}

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(full) : [full];
  });
}

/** Choose and load the CMS data for this run; an explicit folder that fails is an error. */
export async function loadData(places: DataPlaces, locale: Locale): Promise<DataLoad> {
  const chosen = chooseData(places, locale);
  if (!chosen.ok) return chosen;
  const choice = chosen.choice;
  if (choice.kind === "none") {
    const reason =
      choice.reason === "off"
        ? t("cli.data.off", undefined, locale)
        : t("cli.data.notFound", { bundle: places.bundle, folder: places.defaultFolder }, locale);
    return {
      ok: true,
      used: { source: "none", datasets: [], rejected: [], reason },
      data: emptyReference(),
    };
  }
  const where = choice.kind === "folder" ? choice.folder : choice.file;
  const origin: DataOrigin = choice.kind === "folder" ? choice.origin : "bundle";
  let reference: ReferenceData;
  let rejected: DataUsed["rejected"] = [];
  try {
    const key = sourceKey(where);
    if (lastLoad && lastLoad.key === key) {
      ({ reference, rejected } = lastLoad);
    } else if (choice.kind === "bundle") {
      reference = decodeBundle(new Uint8Array(fs.readFileSync(choice.file)));
    } else {
      const loaded = await loadReferenceFromFiles(readFolder(choice.folder));
      reference = loaded.reference;
      rejected = loaded.files.flatMap((f) =>
        f.status === "rejected" ? [{ file: f.file, reason: f.text }] : []
      );
    }
    lastLoad = { key, reference, rejected };
  } catch (err) {
    const detail = errorText(err, locale);
    if (origin === "option" || origin === "env")
      return { ok: false, message: t("cli.data.failed", { path: where, detail }, locale) };
    const reason = t("cli.data.failedFallback", { path: where, detail }, locale);
    return {
      ok: true,
      used: { source: "none", datasets: [], rejected: [], reason },
      data: emptyReference(),
    };
  }
  const datasets = datasetYears(reference);
  if (datasets.length === 0) {
    if (origin === "option" || origin === "env")
      return {
        ok: false,
        message: t(
          "cli.data.emptyFolder",
          { folder: where, from: originName(origin, locale), rejected: rejected.length },
          locale
        ),
      };
    const reason = t("cli.data.empty", { path: where }, locale);
    return {
      ok: true,
      used: { source: "none", datasets: [], rejected, reason },
      data: emptyReference(),
    };
  }
  return {
    ok: true,
    used: { source: choice.kind, path: where, origin, datasets, rejected },
    reference: new CmsCodeReference(reference, vintageOf(reference)),
    data: reference,
  };
}

/** The data the Economics sheet is priced with: what the run loaded, or none and the one-line reason. */
export function economicsData(data: Extract<DataLoad, { ok: true }>): EconomicsData {
  return data.used.source === "none"
    ? {
        reference: data.data,
        noData: msg("reference.reason.detail", { detail: data.used.reason ?? "" }),
      }
    : { reference: data.data };
}

/** The one line every run prints on stderr: which data, or none and why. */
export function dataLine(used: DataUsed, locale: Locale): string {
  if (used.source === "none") return t("cli.data.lineNone", { reason: used.reason ?? "" }, locale);
  const list = used.datasets
    .map((d) => `${d.dataset} ${d.years.map((y) => `CY${y}`).join("/")}`)
    .join("; ");
  const line = t(
    "cli.data.line",
    {
      datasets: list,
      path: used.path ?? "",
      origin: originName(used.origin ?? "default", locale),
    },
    locale
  );
  return used.rejected.length > 0
    ? `${line} ${t("cli.data.rejected", { count: used.rejected.length, first: used.rejected[0].file }, locale)}`
    : line;
}

function datasetYears(reference: ReferenceData): DataUsed["datasets"] {
  const byName = new Map<string, Set<number>>();
  for (const e of vintageOf(reference).entries) {
    const years = byName.get(e.dataset) ?? new Set<number>();
    years.add(e.year);
    byName.set(e.dataset, years);
  }
  return [...byName].map(([dataset, years]) => ({
    dataset,
    years: [...years].sort((a, b) => a - b),
  }));
}

function originName(origin: DataOrigin, locale: Locale): string {
  return t(`cli.data.origin.${origin}`, undefined, locale);
}

function nonEmpty(s: string | undefined): string | undefined {
  return s === undefined || s.trim() === "" ? undefined : s;
}

function isFolder(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
