/**
 * The reference bundle: the reference tables, gzipped (fflate), decoded lazily table by table so
 * the first REIMB.PFS answers after decoding only what it reads (docs/reference-data.md, "The
 * bundle").
 *
 * Format 3: a gzip file whose content is a directory line (JSON) followed by one gzip member per
 * dataset and year, back to back, each holding that table's JSON (columnar arrays: repeated
 * status codes and RVUs compress well). The outer gzip stores without compressing (its content
 * is compressed already), so unwrapping it is a copy; a web server that sent the file with
 * Content-Encoding: gzip hands the browser that same content, which is read the same way. The
 * directory gives each table's place and provenance, so the vintage is known before any table
 * is read. NaN ("no amount") travels as null; the directory names the columns holding one, so
 * decoding restores those columns only.
 *
 * Format 4 added a second member to a table whose columns a first lookup does not read (the PFS
 * table's descriptions and surgery indicators): they are read on first access of any of them, so
 * the first REIMB.PFS inflates and parses half the bytes. Format 5 splits such columns into
 * several groups (LATER below: the facility-setting columns apart from the descriptions), so a
 * first office-setting REIMB.PFS reads only the columns it uses, and sends a text column of
 * one-character values (status, PC/TC) as one string split natively instead of decoded in a loop.
 * The outer gzip's stored blocks are read in place rather than copied out whole. Formats 3 and 4
 * are still read the same way, and formats 1 and 2 (one JSON document for the whole reference)
 * all at once.
 */
import { gunzipSync, gzipSync, strFromU8, strToU8 } from "fflate";
import type { Provenance } from "../../data/types";
import { ReimbError } from "../errors";
import { DATASETS, emptyReference, type DatasetName, type ReferenceData } from "./model";

/** 5: a directory, then one gzip member per dataset, year and column group, decoded on first use. */
export const BUNDLE_FORMAT = 5;
/** Directory formats this version reads (3: no table has a later member; 4: at most one). */
const DIRECTORY_FORMATS: readonly number[] = [3, 4, 5];

/**
 * Columns a table's first lookup never reads, in groups each shipped in a member of its own and
 * read on first access of any of its columns. A REIMB.PFS in the office setting reads codes,
 * status, work/PE/MP RVUs, the non-facility NA flag and the OPPS cap RVUs; the facility setting,
 * the zero-RVU check of a code without work RVUs and SITE_TOTAL's PC/TC read the second group;
 * descriptions, global days and the surgery indicators serve REIMB.CODE and PFS_ADJUSTED (the
 * descriptions alone are half the PFS table's JSON).
 */
const LATER: Partial<Record<DatasetName, readonly (readonly string[])[]>> = {
  pfs: [
    ["peFacility", "facilityNa", "oppsPeFacility", "pctc"],
    [
      "description",
      "globalDays",
      "multipleProcedure",
      "bilateral",
      "assistant",
      "coSurgeon",
      "team",
      "endoBase",
    ],
  ],
};

interface TableEntry {
  dataset: DatasetName;
  year: string;
  provenance: Provenance;
  /** Offset and length of the table's gzip member, counted from after the directory line. */
  at: [number, number];
  /** Columns that need a pass after parsing. */
  codecs: ColumnCodecs;
  /** Format 5: the table's LATER column groups, each in a member of its own read on first access. */
  later?: ColumnGroup[];
  /** Format 4: one such group. */
  deferred?: ColumnGroup;
}

interface ColumnGroup {
  columns: string[];
  at: [number, number];
  codecs: ColumnCodecs;
}

interface Directory {
  format: number;
  tables: TableEntry[];
}

/**
 * How each column travels, chosen so decoding is one native call or one tight loop:
 *   - numbers as a JSON array, NaN as null ("nan" columns get a restore pass);
 *   - numbers that are mostly 0 (the OPPS cap RVUs: a few hundred imaging rows) as the rows and
 *     values of the others ("sparse" columns, format 4);
 *   - a text column whose every value is one character (status, PC/TC) as those characters in
 *     one string, split natively ("chars" columns, format 5);
 *   - a text column of few distinct values (indicators: at most CODE_ALPHABET.length) as
 *     its distinct values and one character per row ("dict" columns), or, when they are at most
 *     two characters long (the NA flags: "" or "NA"), joined as below: a native split, not a loop;
 *   - any other text column as one string joined by a separator ("joined" columns), split on
 *     read: the first of SEPARATORS no value of the column holds, named in `separators` (format
 *     3 always used U+001F, which JSON writes as six characters: a third of the code column).
 */
interface ColumnCodecs {
  nan: string[];
  dict: string[];
  joined: string[];
  sparse?: string[];
  chars?: string[];
  separators?: Record<string, string>;
}

/** One character per distinct value; none needs escaping in JSON. */
const CODE_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-";
/** Separators of joined columns, in order of preference: none needs escaping in JSON but the last. */
const SEPARATORS = ["|", "~", "^", "\u001f"];
/** Format 3's separator of every joined column. */
const FORMAT3_SEPARATOR = "\u001f";
/** A number column is sent sparse when at most this share of its rows is not 0. */
const SPARSE_SHARE = 0.1;

interface DictColumn {
  values: string[];
  codes: string;
}

interface SparseColumn {
  length: number;
  rows: number[];
  values: number[];
}

function encodeColumns(table: Record<string, unknown>): {
  json: Record<string, unknown>;
  codecs: ColumnCodecs;
} {
  const json: Record<string, unknown> = {};
  const codecs: ColumnCodecs = {
    nan: [],
    dict: [],
    joined: [],
    sparse: [],
    chars: [],
    separators: {},
  };
  for (const [name, v] of Object.entries(table)) {
    json[name] = v;
    if (!Array.isArray(v) || v.length === 0) continue;
    if (v.every((x) => typeof x === "number")) {
      const numbers = v as number[];
      if (numbers.some((x) => Number.isNaN(x))) codecs.nan.push(name);
      else if (numbers.filter((x) => !Object.is(x, 0)).length <= numbers.length * SPARSE_SHARE) {
        const rows = numbers.flatMap((x, i) => (Object.is(x, 0) ? [] : [i]));
        json[name] = {
          length: numbers.length,
          rows,
          values: rows.map((i) => numbers[i]),
        } satisfies SparseColumn;
        codecs.sparse?.push(name);
      }
    } else if (v.every((x) => typeof x === "string")) {
      const strings = v as string[];
      const values = [...new Set(strings)];
      const separator = SEPARATORS.find((sep) => !strings.some((x) => x.includes(sep)));
      // One UTF-16 unit each, so split("") gives back exactly these values.
      if (values.every((x) => x.length === 1)) {
        json[name] = strings.join("");
        codecs.chars?.push(name);
      } else if (
        values.length <= CODE_ALPHABET.length &&
        (separator === undefined || values.some((x) => x.length > 2))
      ) {
        const at = new Map(values.map((x, i) => [x, CODE_ALPHABET[i]]));
        json[name] = { values, codes: strings.map((x) => at.get(x)).join("") } satisfies DictColumn;
        codecs.dict.push(name);
      } else if (separator !== undefined) {
        json[name] = strings.join(separator);
        codecs.joined.push(name);
        if (codecs.separators) codecs.separators[name] = separator;
      }
    }
  }
  return { json, codecs };
}

function decodeColumns(table: Record<string, unknown>, codecs: ColumnCodecs): void {
  for (const name of codecs.nan) {
    const column = table[name] as (number | null)[];
    for (let i = 0; i < column.length; i++) if (column[i] === null) column[i] = Number.NaN;
  }
  for (const name of codecs.sparse ?? []) {
    const { length, rows, values } = table[name] as SparseColumn;
    const column = new Array<number>(length).fill(0);
    for (let i = 0; i < rows.length; i++) column[rows[i]] = values[i];
    table[name] = column;
  }
  for (const name of codecs.dict) {
    const { values, codes } = table[name] as DictColumn;
    const out = new Array<string>(codes.length);
    for (let i = 0; i < codes.length; i++) out[i] = values[CODE_INDEX[codes.charCodeAt(i)]];
    table[name] = out;
  }
  for (const name of codecs.chars ?? []) table[name] = (table[name] as string).split("");
  for (const name of codecs.joined) {
    const text = table[name] as string;
    const separator = codecs.separators?.[name] ?? FORMAT3_SEPARATOR;
    table[name] = text === "" ? [""] : text.split(separator);
  }
}

/** Character code → its index in CODE_ALPHABET. */
const CODE_INDEX: readonly number[] = (() => {
  const index = new Array<number>(128).fill(-1);
  for (let i = 0; i < CODE_ALPHABET.length; i++) index[CODE_ALPHABET.charCodeAt(i)] = i;
  return index;
})();

/**
 * What the shipped bundle holds of a reference. The OPPS imaging cap is computed from the RVU
 * file's OPPS PE/MP columns (lookups.pfsAmount); CMS's OPPSCAP tables only check that computation
 * (test/domain/reference/payments.test.ts), so they stay out and leave room for the other years.
 */
export function bundledReference(reference: ReferenceData): ReferenceData {
  return { ...reference, oppsCap: {} };
}

export function encodeBundle(reference: ReferenceData): Uint8Array {
  const entries: TableEntry[] = [];
  const members: Uint8Array[] = [];
  let at = 0;
  const add = (json: Record<string, unknown>): [number, number] => {
    const member = gzipSync(strToU8(JSON.stringify(json)), { level: 9, mtime: 0 });
    members.push(member);
    at += member.length;
    return [at - member.length, member.length];
  };
  for (const d of DATASETS) {
    const map = reference[d] as Record<string, { provenance: Provenance }>;
    for (const year of Object.keys(map).sort()) {
      const table = map[year] as unknown as Record<string, unknown>;
      const groups = (LATER[d] ?? [])
        .map((g) => g.filter((c) => c in table))
        .filter((g) => g.length > 0);
      const apart = new Set(groups.flat());
      const first: Record<string, unknown> = {};
      for (const [name, v] of Object.entries(table)) if (!apart.has(name)) first[name] = v;
      const head = encodeColumns(first);
      const entry: TableEntry = {
        dataset: d,
        year,
        provenance: table.provenance as Provenance,
        at: add(head.json),
        codecs: head.codecs,
      };
      if (groups.length > 0)
        entry.later = groups.map((columns) => {
          const tail = encodeColumns(Object.fromEntries(columns.map((c) => [c, table[c]])));
          return { columns, at: add(tail.json), codecs: tail.codecs };
        });
      entries.push(entry);
    }
  }
  const line = strToU8(
    JSON.stringify({ format: BUNDLE_FORMAT, tables: entries } satisfies Directory) + "\n"
  );
  const content = new Uint8Array(line.length + at);
  content.set(line, 0);
  let offset = line.length;
  for (const m of members) {
    content.set(m, offset);
    offset += m.length;
  }
  return gzipSync(content, { level: 0, mtime: 0 });
}

/** Throws on a damaged or foreign bundle (the caller reports it and keeps the previous data). */
export function decodeBundle(bytes: Uint8Array): ReferenceData {
  // A web server may have sent the .gz with Content-Encoding: gzip, so the browser already inflated it.
  const gzipped = bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  const stored = gzipped ? storedBlocks(bytes) : undefined;
  const content = stored ?? new Blocks(gzipped ? [gunzipSync(bytes)] : [bytes]);
  // The directory line is a few KB: looked for in the first stored block, then in the whole.
  let head = content.range(0, Math.min(content.length, 0xffff));
  if (head.indexOf(0x0a) < 0) head = content.range(0, content.length);
  const newline = head.indexOf(0x0a);
  const first = strFromU8(head.subarray(0, newline < 0 ? Math.min(head.length, 64) : newline));
  if (newline < 0 || !DIRECTORY_FORMATS.some((f) => first.startsWith(`{"format":${f},`)))
    return decodeWhole(strFromU8(content.range(0, content.length)));
  const dir = parseDirectory(first);
  const body = newline + 1;
  return lazyReference(dir, ([from, length]) => {
    if (body + from + length > content.length) throw new ReimbError("error.bundleTruncated");
    return strFromU8(gunzipSync(content.range(body + from, length)));
  });
}

/**
 * The content of a gzip file as a list of byte runs: read in place, a range copied out only when
 * it spans two runs (a 64 KB stored block's end).
 */
class Blocks {
  readonly length: number;
  /** Offset in the content of each run's first byte. */
  private readonly starts: number[] = [];

  constructor(private readonly runs: Uint8Array[]) {
    let at = 0;
    for (const r of runs) {
      this.starts.push(at);
      at += r.length;
    }
    this.length = at;
  }

  range(from: number, length: number): Uint8Array {
    const { runs, starts } = this;
    if (runs.length === 0) return new Uint8Array(0);
    let i = runs.length - 1;
    while (i > 0 && starts[i] > from) i--;
    const at = from - starts[i];
    if (at + length <= runs[i].length) return runs[i].subarray(at, at + length);
    const out = new Uint8Array(length);
    let filled = 0;
    for (let j = i; filled < length && j < runs.length; j++) {
      const part = runs[j].subarray(j === i ? at : 0, (j === i ? at : 0) + length - filled);
      out.set(part, filled);
      filled += part.length;
    }
    return out;
  }
}

/**
 * The stored (uncompressed) deflate blocks of a gzip file as views into it, or undefined when
 * any block is compressed or the file ends early (then it is inflated whole, as before). The
 * bundle's outer gzip only wraps members compressed already (encodeBundle: level 0), so this
 * skips copying 1.4 MB on every load (the gzip header of RFC 1952, the stored blocks of RFC 1951).
 */
function storedBlocks(bytes: Uint8Array): Blocks | undefined {
  const flags = bytes[3];
  let p = 10;
  if (bytes[2] !== 8 || bytes.length < p) return undefined;
  if (flags & 4) p += 2 + (bytes[p] | (bytes[p + 1] << 8)); // FEXTRA
  if (flags & 8) while (p < bytes.length && bytes[p++] !== 0); // FNAME
  if (flags & 16) while (p < bytes.length && bytes[p++] !== 0); // FCOMMENT
  if (flags & 2) p += 2; // FHCRC
  const runs: Uint8Array[] = [];
  for (;;) {
    if (p + 5 > bytes.length) return undefined;
    const header = bytes[p];
    if ((header >> 1) & 3) return undefined; // a compressed block
    const length = bytes[p + 1] | (bytes[p + 2] << 8);
    if ((bytes[p + 3] | (bytes[p + 4] << 8)) !== (~length & 0xffff)) return undefined;
    if (p + 5 + length > bytes.length) return undefined;
    runs.push(bytes.subarray(p + 5, p + 5 + length));
    p += 5 + length;
    if (header & 1) return new Blocks(runs);
  }
}

function parseDirectory(line: string): Directory {
  const dir = JSON.parse(line) as Directory;
  if (!DIRECTORY_FORMATS.includes(dir.format) || !Array.isArray(dir.tables))
    throw new ReimbError("error.bundleFormat", {
      found: String(dir.format),
      expected: BUNDLE_FORMAT,
    });
  return dir;
}

/**
 * Each table a lazy slot of its dataset's map (model.lazySlot): read, parsed and its NaNs
 * restored on first use, then a plain property like any other.
 */
function lazyReference(dir: Directory, member: (at: [number, number]) => string): ReferenceData {
  const r = emptyReference();
  const known = new Set<string>(DATASETS);
  for (const e of dir.tables) {
    if (!known.has(e.dataset)) continue; // a dataset this version does not know: not offered
    lazySlot(r[e.dataset], e.year, e.provenance, () => {
      const table = JSON.parse(member(e.at)) as Record<string, unknown>;
      decodeColumns(table, e.codecs);
      for (const later of e.later ?? (e.deferred ? [e.deferred] : []))
        lazyColumns(table, later.columns, () => {
          const columns = JSON.parse(member(later.at)) as Record<string, unknown>;
          decodeColumns(columns, later.codecs);
          return columns;
        });
      return table;
    });
  }
  return r;
}

/**
 * Make `columns` of `table` read together on first access of any of them, then plain
 * properties (enumerable throughout: JSON, spreads and equality see the whole table).
 */
function lazyColumns(
  table: Record<string, unknown>,
  columns: readonly string[],
  read: () => Record<string, unknown>
): void {
  const settle = () => {
    const values = read();
    for (const c of columns)
      Object.defineProperty(table, c, {
        value: values[c],
        writable: true,
        enumerable: true,
        configurable: true,
      });
  };
  for (const c of columns)
    Object.defineProperty(table, c, {
      get() {
        settle();
        return table[c];
      },
      set(value: unknown) {
        settle();
        table[c] = value;
      },
      enumerable: true,
      configurable: true,
    });
}

/** Provenance of a slot not read yet (see lazySlot), kept on its getter. */
export const SLOT_PROVENANCE: unique symbol = Symbol("provenance of a lazy table");
type SlotGetter = (() => unknown) & { [SLOT_PROVENANCE]?: Provenance };

/**
 * Make `map[year]` a table read on first access. The getter replaces itself with the table (on
 * whichever map it was copied to: buildReference copies slots without reading them); assigning
 * the slot replaces it too.
 */
function lazySlot(
  map: object,
  year: string,
  provenance: Provenance,
  read: () => Record<string, unknown>
): void {
  let table: Record<string, unknown> | undefined;
  const settle = (target: object, value: unknown) =>
    Object.defineProperty(target, year, {
      value,
      writable: true,
      enumerable: true,
      configurable: true,
    });
  const get: SlotGetter = function (this: object) {
    table ??= read();
    settle(this ?? map, table);
    return table;
  };
  get[SLOT_PROVENANCE] = provenance;
  Object.defineProperty(map, year, {
    get,
    set(this: object, value: unknown) {
      settle(this ?? map, value);
    },
    enumerable: true,
    configurable: true,
  });
}

/** A table's provenance without reading a lazy table. */
export function provenanceOf(map: object, year: string): Provenance | undefined {
  const d = Object.getOwnPropertyDescriptor(map, year);
  if (!d) return undefined;
  const lazy = (d.get as SlotGetter | undefined)?.[SLOT_PROVENANCE];
  if (lazy) return lazy;
  return (d.value as { provenance?: Provenance } | undefined)?.provenance;
}

interface WholeFile {
  format: number;
  reference: ReferenceData;
}

/** Formats 1 and 2: the whole reference in one JSON document. */
function decodeWhole(text: string): ReferenceData {
  const parsed = JSON.parse(text) as WholeFile;
  if (parsed.format === 1 && parsed.reference) parsed.reference = fromFormat1(parsed.reference);
  else if (parsed.format !== 2 || !parsed.reference || typeof parsed.reference.pfs !== "object") {
    throw new ReimbError("error.bundleFormat", {
      found: String(parsed.format),
      expected: BUNDLE_FORMAT,
    });
  }
  restoreNaN(parsed.reference);
  return { ...emptyReference(), ...parsed.reference };
}

function restoreNaN(value: unknown): void {
  if (Array.isArray(value)) {
    // Only numeric columns hold nulls (string columns never do), so an all-null column is all-NaN.
    if (value.length > 0 && value.every((v) => v === null || typeof v === "number")) {
      for (let i = 0; i < value.length; i++) if (value[i] === null) value[i] = Number.NaN;
    } else value.forEach(restoreNaN);
  } else if (value && typeof value === "object") {
    for (const v of Object.values(value)) restoreNaN(v);
  }
}

/** A format-1 bundle (a .data/ bundle built before years were kept): its single tables by their year. */
function fromFormat1(old: ReferenceData): ReferenceData {
  const r = emptyReference();
  const loose = old as unknown as Record<string, unknown>;
  for (const d of DATASETS) {
    const v = loose[d] as { provenance?: { year: number } } | Record<string, unknown> | undefined;
    if (!v) continue;
    const single = (v as { provenance?: { year: number } }).provenance;
    (r[d] as Record<string, unknown>) = single ? { [String(single.year)]: v } : { ...v };
  }
  return r;
}
