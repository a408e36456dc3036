/**
 * Recognise a CMS file by its content (header rows, titles), never by its name alone, and parse it.
 * Order matters only where one layout's header is a subset of another's.
 */
import { DataFileError, implausibleYear } from "./errors";
import { plausibleYear, type Grid } from "./grid";
import {
  isAsc,
  isAscOffsets,
  isOppsA,
  isOppsB,
  parseAsc,
  parseAscOffsets,
  parseOppsA,
  parseOppsB,
} from "./parsers/facility";
import {
  isAnes,
  isGpci,
  isLocco,
  isOppsCap,
  parseAnes,
  parseGpci,
  parseLocco,
  parseOppsCap,
} from "./parsers/locality";
import { isAsp, parseAsp } from "./parsers/asp";
import { isPfsPayment, parsePfsPayment } from "./parsers/pfsPayment";
import { isPprrvu, parsePprrvu } from "./parsers/pprrvu";
import { isClfs, isDmepos, isHcpcs, parseClfs, parseDmepos, parseHcpcs } from "./parsers/supplies";
import { decodeText, parseCsv } from "./text";
import type { DatasetKind, ParsedFile } from "./types";
import { isZip, readFirstSheet } from "./xlsx";

interface Recogniser {
  kind: DatasetKind;
  test: (g: Grid) => boolean;
  parse: (g: Grid, ctx: ParseContext) => ParsedFile;
}

export interface ParseContext {
  /** Year to assume for files that do not state one (OPPSCAP), e.g. from the PPRRVU beside it. */
  fallbackYear?: number;
}

const RECOGNISERS: Recogniser[] = [
  { kind: "pprrvu", test: isPprrvu, parse: (g) => ({ kind: "pprrvu", table: parsePprrvu(g) }) },
  { kind: "gpci", test: isGpci, parse: (g) => ({ kind: "gpci", table: parseGpci(g) }) },
  { kind: "locco", test: isLocco, parse: (g) => ({ kind: "locco", table: parseLocco(g) }) },
  { kind: "anes", test: isAnes, parse: (g) => ({ kind: "anes", table: parseAnes(g) }) },
  {
    kind: "oppscap",
    test: isOppsCap,
    parse: (g, c) => ({ kind: "oppscap", table: parseOppsCap(g, c.fallbackYear) }),
  },
  {
    kind: "ascOffsets",
    test: isAscOffsets,
    parse: (g) => ({ kind: "ascOffsets", table: parseAscOffsets(g) }),
  },
  { kind: "asc", test: isAsc, parse: (g) => ({ kind: "asc", table: parseAsc(g) }) },
  { kind: "oppsB", test: isOppsB, parse: (g) => ({ kind: "oppsB", table: parseOppsB(g) }) },
  { kind: "oppsA", test: isOppsA, parse: (g) => ({ kind: "oppsA", table: parseOppsA(g) }) },
  { kind: "dmepos", test: isDmepos, parse: (g) => ({ kind: "dmepos", table: parseDmepos(g) }) },
  { kind: "clfs", test: isClfs, parse: (g) => ({ kind: "clfs", table: parseClfs(g) }) },
  { kind: "hcpcs", test: isHcpcs, parse: (g) => ({ kind: "hcpcs", table: parseHcpcs(g) }) },
  {
    kind: "pfsPayment",
    test: isPfsPayment,
    parse: (g) => ({ kind: "pfsPayment", table: parsePfsPayment(g) }),
  },
  { kind: "asp", test: isAsp, parse: (g) => ({ kind: "asp", table: parseAsp(g) }) },
];

/** Rows of a .csv/.txt or .xlsx file (xlsx recognised by its zip signature, not its extension). */
export function readGrid(name: string, bytes: Uint8Array): Grid {
  if (isZip(bytes)) {
    const sheet = readFirstSheet(name, bytes);
    return { file: name, rows: sheet.rows, sheet: sheet.name };
  }
  return { file: name, rows: parseCsv(decodeText(bytes)) };
}

export function recognise(grid: Grid): DatasetKind | undefined {
  return RECOGNISERS.find((r) => r.test(grid))?.kind;
}

/** Parse a grid as whatever CMS file it is; throws DataFileError when it is none we read or is damaged. */
export function parseGrid(grid: Grid, ctx: ParseContext = {}): ParsedFile {
  const r = RECOGNISERS.find((x) => x.test(grid));
  if (!r) throw new DataFileError("data.error.unrecognised", { file: grid.file });
  return checkedYear(r.parse(grid, ctx));
}

/** Every parsed file's year must be one CMS can have published (0: not stated, resolved later). */
function checkedYear(p: ParsedFile): ParsedFile {
  const year = p.table.provenance.year;
  if (year !== 0 && !plausibleYear(year))
    throw implausibleYear(p.table.provenance.file, year, new Date().getFullYear() + 2);
  return p;
}

/** Parse a grid that must be of `kind` (the parsers' own tests, the bench). */
export function parseAs(kind: DatasetKind, grid: Grid, ctx: ParseContext = {}): ParsedFile {
  const r = RECOGNISERS.find((x) => x.kind === kind);
  if (!r) throw new DataFileError("data.error.unrecognised", { file: grid.file });
  if (!r.test(grid)) throw new DataFileError("data.error.notKind", { file: grid.file, kind });
  return checkedYear(r.parse(grid, ctx));
}
