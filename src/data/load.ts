/**
 * Browser-safe loading of official CMS files chosen by a user (or read from a folder by Node):
 * zips are opened, every member recognised by content, parsed, and the newest release of each
 * dataset kept. Problems (a damaged file, one we do not read) are reported, never thrown.
 */
import { unzipSync } from "fflate";
import { render } from "../i18n/catalogue";
import { buildReference, type ReferenceData } from "../domain/reference/model";
import { vintageOf, type Vintage } from "../domain/reference/vintage";
import { DataFileError } from "./errors";
import { parseGrid, readGrid, recognise } from "./detect";
import type { ParsedFile } from "./types";
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
}

const READABLE = /\.(csv|txt|xlsx)$/i;

/** Zip archives (not workbooks) are opened; their readable members are returned with "zip/member" names. */
export function expandArchives(files: InputFile[]): InputFile[] {
  const out: InputFile[] = [];
  for (const f of files) {
    if (isZip(f.bytes) && !/\.xlsx$/i.test(f.name)) {
      const members = unzipSync(f.bytes, {
        filter: (m) => READABLE.test(m.name) || /\.zip$/i.test(m.name),
      });
      out.push(
        ...expandArchives(
          Object.entries(members).map(([name, bytes]) => ({ name: `${f.name}/${name}`, bytes }))
        )
      );
    } else if (READABLE.test(f.name)) {
      out.push(f);
    }
  }
  return out;
}

export function parseFiles(files: InputFile[]): {
  parsed: ParsedFile[];
  problems: string[];
  skipped: string[];
} {
  const parsed: ParsedFile[] = [];
  const problems: string[] = [];
  const skipped: string[] = [];
  const deferred: InputFile[] = [];
  for (const f of expandArchives(files)) {
    try {
      const grid = readGrid(f.name, f.bytes);
      if (!recognise(grid)) {
        skipped.push(f.name);
        continue;
      }
      const p = parseGrid(grid);
      if (p.kind === "oppscap" && !p.table.provenance.year) deferred.push(f);
      else parsed.push(p);
    } catch (e) {
      problems.push(
        e instanceof DataFileError
          ? render(e.problem)
          : `${f.name}: ${e instanceof Error ? e.message : String(e)}`
      );
    }
  }
  // OPPSCAP files do not state their year: take it from a PPRRVU loaded from the same folder/zip.
  for (const f of deferred) {
    const dir = f.name.replace(/[^/]*$/, "");
    const sibling = parsed.find(
      (p) => p.kind === "pprrvu" && p.table.provenance.file.startsWith(dir)
    );
    const year = sibling?.table.provenance.year;
    if (!year) {
      problems.push(render({ id: "data.problem.noYear", params: { file: f.name } }));
      continue;
    }
    parsed.push(parseGrid(readGrid(f.name, f.bytes), { fallbackYear: year }));
  }
  return { parsed, problems, skipped };
}

/**
 * Parse the files and merge them over `base` (the data already loaded, if any): the newest release
 * of each dataset wins, so loading CMS's new quarterly files replaces only what they cover. A file
 * that loses to a newer release already loaded is reported, not silently dropped.
 */
export async function loadReferenceFromFiles(
  files: InputFile[],
  base?: ReferenceData
): Promise<LoadResult> {
  const { parsed, problems, skipped } = parseFiles(files);
  const tables = parsed.filter((p) => p.kind !== "pfsPayment");
  const reference = buildReference(tables, base);
  const used = new Set<unknown>(usedTables(reference));
  for (const p of tables) {
    // ASC AA + BB of one quarter are merged into a new table: count them as used by file name.
    const inUse =
      used.has(p.table) ||
      (p.kind === "asc" && reference.asc?.provenance.file.includes(p.table.provenance.file));
    if (!inUse)
      problems.push(
        render({
          id: "data.problem.superseded",
          params: {
            file: p.table.provenance.file,
            when: [`CY${p.table.provenance.year}`, p.table.provenance.release]
              .filter((x) => x !== "CY0" && x !== "")
              .join(" "),
          },
        })
      );
  }
  return {
    reference,
    vintage: vintageOf(reference),
    problems,
    skipped,
    paymentFiles: parsed.filter((p) => p.kind === "pfsPayment"),
  };
}

function usedTables(r: ReferenceData): unknown[] {
  return [
    ...Object.values(r.pfs),
    ...Object.values(r.gpci),
    ...Object.values(r.locco),
    ...Object.values(r.anes),
    ...Object.values(r.oppsCap),
    r.asc,
    r.ascOffsets,
    r.oppsB,
    r.oppsA,
    r.dmepos,
    r.pen,
    r.clfs,
    r.hcpcs,
  ];
}
