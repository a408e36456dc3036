/**
 * A small .xlsx reader (first worksheet → rows of strings), pure and the same in Node and the
 * browser. Why not exceljs: it is ~1 MB of browser bundle with Node stream shims, for what here is
 * unzip (fflate, already used for .zip) plus three regular XML parts. This reads shared strings,
 * inline strings and raw cell values only — enough for CMS's tabular workbooks, which carry their
 * numbers as plain values; formats, formulas and styles are ignored on purpose.
 */
import { unzipSync } from "fflate";
import { DataFileError } from "./errors";

export interface Sheet {
  name: string;
  rows: string[][];
}

// Native UTF-8 decoding: ~30× faster than fflate's strFromU8 on a 14 MB sheet.
const UTF8 = new TextDecoder("utf-8");
function strFromU8(bytes: Uint8Array): string {
  return UTF8.decode(bytes);
}

const ENTITY: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function unescapeXml(s: string): string {
  if (s.indexOf("&") < 0 && s.indexOf("_x") < 0) return s;
  return s
    .replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_w, e: string) =>
      e[0] === "#"
        ? String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10))
        : ENTITY[e]
    )
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_w, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Text of every <t> in a string item or inline string (rich-text runs concatenated; phonetic runs skipped). */
function textOf(fragment: string): string {
  const withoutPhonetic =
    fragment.indexOf("<rPh") >= 0 ? fragment.replace(/<rPh\b[\s\S]*?<\/rPh>/g, "") : fragment;
  let out = "";
  const re = /<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g;
  for (let m = re.exec(withoutPhonetic); m; m = re.exec(withoutPhonetic)) out += m[1];
  return unescapeXml(out);
}

function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const out: string[] = [];
  const re = /<si>([\s\S]*?)<\/si>|<si\/>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[1] === undefined ? "" : textOf(m[1]));
  return out;
}

function columnIndex(ref: string): number {
  let n = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(attrs);
  return m ? m[1] : undefined;
}

/** Attribute value by plain search (cells number in the millions; a RegExp per cell is too slow). */
function quickAttr(attrs: string, needle: string): string | undefined {
  const at = attrs.indexOf(needle);
  if (at < 0) return undefined;
  const from = at + needle.length;
  return attrs.slice(from, attrs.indexOf('"', from));
}

function firstSheetPath(files: Record<string, Uint8Array>): { name: string; path: string } {
  const workbook = files["xl/workbook.xml"] ? strFromU8(files["xl/workbook.xml"]) : "";
  const sheet = /<sheet\b([^>]*)\/?>/.exec(workbook);
  const name = sheet ? unescapeXml(attr(sheet[1], "name") ?? "") : "";
  const rid = sheet ? attr(sheet[1], "r:id") : undefined;
  const rels = files["xl/_rels/workbook.xml.rels"]
    ? strFromU8(files["xl/_rels/workbook.xml.rels"])
    : "";
  if (rid) {
    const rel = new RegExp(`<Relationship\\b[^>]*Id="${rid}"[^>]*>`).exec(rels);
    const target = rel ? attr(rel[0], "Target") : undefined;
    if (target) {
      const path = target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
      if (files[path]) return { name, path };
    }
  }
  const fallback = Object.keys(files)
    .filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f))
    .sort()[0];
  return { name, path: fallback ?? "" };
}

export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes.length > 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    bytes[2] === 0x03 &&
    bytes[3] === 0x04
  );
}

/** Rows of the first worksheet; missing cells are "", numbers keep their stored text ("2280.73"). */
export function readFirstSheet(file: string, bytes: Uint8Array): Sheet {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) =>
        f.name === "xl/workbook.xml" ||
        f.name === "xl/_rels/workbook.xml.rels" ||
        f.name === "xl/sharedStrings.xml" ||
        /^xl\/worksheets\/sheet\d+\.xml$/.test(f.name),
    });
  } catch (e) {
    throw new DataFileError("data.error.xlsx", {
      file,
      detail: e instanceof Error ? e.message : String(e),
    });
  }
  const { name, path } = firstSheetPath(files);
  if (!path) throw new DataFileError("data.error.xlsx", { file, detail: "no worksheet" });
  const shared = sharedStrings(
    files["xl/sharedStrings.xml"] ? strFromU8(files["xl/sharedStrings.xml"]) : undefined
  );
  const xml = strFromU8(files[path]);
  const rows: string[][] = [];
  const cellRe = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
  let lastRow = -1;
  let lastCol = -1;
  for (let m = cellRe.exec(xml); m; m = cellRe.exec(xml)) {
    const attrs = m[1];
    const ref = quickAttr(attrs, ' r="');
    let rowIndex: number;
    let colIndex: number;
    if (ref) {
      colIndex = columnIndex(ref);
      rowIndex = parseInt(ref.slice(ref.search(/\d/)), 10) - 1;
    } else {
      rowIndex = lastRow < 0 ? 0 : lastRow;
      colIndex = lastCol + 1;
    }
    lastRow = rowIndex;
    lastCol = colIndex;
    const body = m[2];
    if (body === undefined || body === "") continue;
    const type = quickAttr(attrs, ' t="');
    let value: string;
    if (type === "inlineStr") value = textOf(body);
    else {
      const v = /<v>([\s\S]*?)<\/v>/.exec(body);
      if (!v) continue;
      value = type === "s" ? (shared[Number(v[1])] ?? "") : unescapeXml(v[1]);
    }
    while (rows.length <= rowIndex) rows.push([]);
    const row = rows[rowIndex];
    while (row.length < colIndex) row.push("");
    row[colIndex] = value;
  }
  return { name, rows };
}
