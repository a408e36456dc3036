/**
 * Browser-safe loading of official CMS files chosen by a user (or read from a folder by Node):
 * zips are opened, every member recognised by content, parsed, and one release per dataset and
 * year kept (the newest of that year). Problems (a damaged file, one we do not read) are reported, never thrown.
 */
import { unzipSync } from "fflate";
import { render, type Msg } from "../i18n/catalogue";
import { buildReference, DATASETS, type ReferenceData } from "../domain/reference/model";
import { vintageOf, type Vintage } from "../domain/reference/vintage";
import { DataFileError } from "./errors";
import { parseGrid, readGrid, recognise } from "./detect";
import type { DatasetKind, ParsedFile } from "./types";
import { isZip } from "./xlsx";

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export interface LoadResult {
  reference: ReferenceData;
  vintage: Vintage;
  problems: string[];
  /** Files that are not CMS files we read (readme tables, ZIP-code lists…), by name. */
  skipped: string[];
  /** Parsed payment-amount files (PFREV/PFALL): for checking, not part of the reference. */
  paymentFiles: ParsedFile[];
  /** What happened to every file and zip member, so a host can account for each one. */
  files: FileOutcome[];
}

/**
 * One file's fate. `file` is the name as chosen, zip members as "zip/member". `when` is the
 * release as CMS names it ("CY2026 July"); `dataset` the short dataset name ("PFS RVU").
 */
export type FileOutcome =
  | { file: string; status: "loaded"; kind: DatasetKind; dataset: string; when: string }
  | { file: string; status: "skipped"; reason: "notCms" }
  | {
      file: string;
      status: "skipped";
      reason: "superseded";
      kind: DatasetKind;
      dataset: string;
      when: string;
    }
  | { file: string; status: "skipped"; reason: "paymentOnly"; when: string }
  /**
   * `problem`: the parser's message (file, line, expected), absent for an unexpected failure;
   * `text`: the message rendered in English.
   */
  | { file: string; status: "rejected"; problem?: Msg; text: string };

const READABLE = /\.(csv|txt|xlsx)$/i;

/**
 * Zip archives (not workbooks) are opened; their readable members are returned with "zip/member"
 * names. Files and members of other types (PDF, .doc…) are not read; their names go into `dropped`.
 * A zip that cannot be opened (damaged, truncated) goes into `broken` with the reason, and the
 * other files are still returned: one bad download must not keep the good ones from loading.
 */
export function expandArchives(
  files: InputFile[],
  dropped: string[] = [],
  broken: { file: string; reason: string }[] = []
): InputFile[] {
  const out: InputFile[] = [];
  for (const f of files) {
    if (isZip(f.bytes) && !/\.xlsx$/i.test(f.name)) {
      let members: Record<string, Uint8Array>;
      try {
        members = unzipSync(f.bytes, {
          filter: (m) => {
            const wanted = READABLE.test(m.name) || /\.zip$/i.test(m.name);
            // Folder entries are not files a user could miss.
            if (!wanted && !m.name.endsWith("/")) dropped.push(`${f.name}/${m.name}`);
            return wanted;
          },
        });
      } catch (e) {
        broken.push({ file: f.name, reason: e instanceof Error ? e.message : String(e) });
        continue;
      }
      out.push(
        ...expandArchives(
          Object.entries(members).map(([name, bytes]) => ({ name: `${f.name}/${name}`, bytes })),
          dropped,
          broken
        )
      );
    } else if (READABLE.test(f.name)) {
      out.push(f);
    } else {
      dropped.push(f.name);
    }
  }
  return out;
}

export function parseFiles(files: InputFile[]): {
  parsed: ParsedFile[];
  problems: string[];
  skipped: string[];
  /** Files not read (not CMS data) and files rejected; parsed files are accounted for by the caller. */
  outcomes: FileOutcome[];
} {
  const parsed: ParsedFile[] = [];
  const problems: string[] = [];
  const skipped: string[] = [];
  const outcomes: FileOutcome[] = [];
  const deferred: InputFile[] = [];
  const reject = (file: string, problem: Msg | undefined, text: string): void => {
    problems.push(text);
    outcomes.push({ file, status: "rejected", problem, text });
  };
  const dropped: string[] = [];
  const broken: { file: string; reason: string }[] = [];
  for (const f of expandArchives(files, dropped, broken)) {
    try {
      const grid = readGrid(f.name, f.bytes);
      if (!recognise(grid)) {
        skipped.push(f.name);
        outcomes.push({ file: f.name, status: "skipped", reason: "notCms" });
        continue;
      }
      const p = parseGrid(grid);
      if (p.kind === "oppscap" && !p.table.provenance.year) deferred.push(f);
      else parsed.push(p);
    } catch (e) {
      if (e instanceof DataFileError) reject(f.name, e.problem, render(e.problem));
      else reject(f.name, undefined, `${f.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  for (const name of dropped) outcomes.push({ file: name, status: "skipped", reason: "notCms" });
  for (const b of broken) reject(b.file, undefined, `${b.file}: ${b.reason}`);
  // OPPSCAP files do not state their year: take it from a PPRRVU loaded from the same folder/zip.
  for (const f of deferred) {
    const dir = f.name.replace(/[^/]*$/, "");
    const sibling = parsed.find(
      (p) => p.kind === "pprrvu" && p.table.provenance.file.startsWith(dir)
    );
    const year = sibling?.table.provenance.year;
    if (!year) {
      const problem: Msg = { id: "data.problem.noYear", params: { file: f.name } };
      reject(f.name, problem, render(problem));
      continue;
    }
    try {
      parsed.push(parseGrid(readGrid(f.name, f.bytes), { fallbackYear: year }));
    } catch (e) {
      if (e instanceof DataFileError) reject(f.name, e.problem, render(e.problem));
      else reject(f.name, undefined, `${f.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  return { parsed, problems, skipped, outcomes };
}

/**
 * Parse the files and merge them over `base` (the data already loaded, if any): per dataset and
 * calendar year the newest release wins, so loading CMS's new quarterly files replaces only what
 * they cover and another year's files stay. A file that loses to a newer release of the same year
 * is reported, not silently dropped.
 */
export async function loadReferenceFromFiles(
  files: InputFile[],
  base?: ReferenceData
): Promise<LoadResult> {
  const { parsed, problems, skipped, outcomes } = parseFiles(files);
  const tables = parsed.filter((p) => p.kind !== "pfsPayment");
  const reference = buildReference(tables, base);
  const vintage = vintageOf(reference);
  const used = new Set<unknown>(usedTables(reference));
  const accounted: FileOutcome[] = [];
  for (const p of parsed) {
    const file = p.table.provenance.file;
    const when = whenOf(p.table.provenance.year, p.table.provenance.release);
    if (p.kind === "pfsPayment") {
      accounted.push({ file, status: "skipped", reason: "paymentOnly", when });
      continue;
    }
    // ASC AA + BB of one quarter are merged into a new table: count them as used by file name.
    const inUse =
      used.has(p.table) ||
      (p.kind === "asc" &&
        reference.asc[String(p.table.provenance.year)]?.provenance.file.includes(file) === true);
    const dataset = vintage.entries.find((e) => e.kind === p.kind)?.dataset ?? p.kind;
    if (inUse) {
      accounted.push({ file, status: "loaded", kind: p.kind, dataset, when });
    } else {
      accounted.push({
        file,
        status: "skipped",
        reason: "superseded",
        kind: p.kind,
        dataset,
        when,
      });
      problems.push(render({ id: "data.problem.superseded", params: { file, when } }));
    }
  }
  return {
    reference,
    vintage,
    problems,
    skipped,
    paymentFiles: parsed.filter((p) => p.kind === "pfsPayment"),
    files: [...accounted, ...outcomes],
  };
}

function whenOf(year: number, release: string): string {
  return [`CY${year}`, release].filter((x) => x !== "CY0" && x !== "").join(" ");
}

function usedTables(r: ReferenceData): unknown[] {
  return DATASETS.flatMap((d) => Object.values(r[d]));
}
