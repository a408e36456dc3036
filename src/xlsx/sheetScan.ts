/**
 * A fast, streaming reader of a worksheet part for sheets of hundreds of thousands of rows.
 *
 * Why not the saxes tokenizer `readSheet` uses: on a 600,000-row Evidence sheet (≈ 300 MB of XML)
 * a general SAX parser building one tree per row runs at a few MB/s, which alone would take longer
 * than the whole classification. Inside `sheetData` the grammar is tiny and fixed (rows holding
 * cells holding `v`, `f`, `is`), so it is cut with a handful of regular expressions, row by row,
 * as the part is inflated: the text before `sheetData` (views, columns) and after it (merges,
 * validation, hyperlinks, table parts, extensions) is handed over whole — it is small — and the
 * rows one at a time, each with its raw XML so a writer can copy kept cells as they were.
 *
 * Element prefixes are ignored (`<x:c>` reads as `<c>`): inside `sheetData` every element is in
 * the SpreadsheetML main namespace. Entities are decoded; comments and processing instructions
 * between rows are skipped. The parts around `sheetData` are parsed by the caller with the real
 * tokenizer (src/xlsx/xml.ts).
 */
import type { Package } from "./package";
import { PackageError } from "./limits";
import { columnNumber } from "./address";

export interface ScannedCell {
  /** 1-based sheet row and column. */
  row: number;
  col: number;
  /** The file's type attribute (`n` when absent). */
  type: string;
  /** The style index as written (undefined when absent). */
  style?: string;
  /** Inner XML ("" for a self-closed cell). */
  inner: string;
  /** The cell's whole XML as written. */
  raw: string;
}

export interface ScannedRow {
  /** 1-based row number. */
  row: number;
  /** Attributes of the `<row>` tag as written (leading space included). */
  attrs: string;
  /** The row's whole XML as written. */
  raw: string;
  /** Inner XML of the row (its cells). */
  body: string;
}

export interface SheetScanHandlers {
  /** Text before `<sheetData` (declaration, root tag, views, columns…), and the sheetData tag. */
  prefix?(text: string, sheetDataTag: string): void;
  /** One row; return false to stop reading (nothing further is inflated). */
  row?(row: ScannedRow): boolean | void;
  /** Text after `</sheetData>` (merges, validation, hyperlinks, table parts…). */
  suffix?(text: string): void;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;

/** XML text with its entities decoded (the tokenizer's job, done here for the fast path). */
export function decodeXmlText(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(ENTITY, (_m, e: string) => {
    switch (e) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      default:
        return String.fromCodePoint(
          e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
        );
    }
  });
}

/** One attribute of a raw attribute string (`r="A1" t="s"`), decoded; undefined when absent. */
export function rawAttr(attrs: string, name: string): string | undefined {
  const re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
  const m = re.exec(attrs);
  return m ? decodeXmlText(m[1] ?? m[2]) : undefined;
}

const ROW_OPEN = /<([\w.-]+:)?row\b([^>]*?)(\/?)>/g;
const CELL_OPEN = /<([\w.-]+:)?c\b([^>]*?)(\/?)>/g;
const ROW_NUMBER = /(?:^|\s)r\s*=\s*["'](\d+)["']/;
const CELL_REF = /(?:^|\s)r\s*=\s*["']\$?([A-Za-z]{1,3})\$?(\d+)["']/;
const CELL_TYPE = /(?:^|\s)t\s*=\s*["']([^"']*)["']/;
const CELL_STYLE = /(?:^|\s)s\s*=\s*["']([^"']*)["']/;

/** The cells of a row, in file order (cells without an address count on from the previous one). */
export function rowCells(row: ScannedRow): ScannedCell[] {
  const out: ScannedCell[] = [];
  const body = row.body;
  const re = new RegExp(CELL_OPEN.source, "g");
  let col = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body))) {
    const attrs = m[2];
    let inner = "";
    let end = re.lastIndex;
    if (m[3] !== "/") {
      const close = `</${m[1] ?? ""}c>`;
      const k = body.indexOf(close, re.lastIndex);
      if (k < 0)
        throw new PackageError("xlsx.error.xml", {
          part: "",
          detail: `unclosed cell in row ${row.row}`,
        });
      inner = body.slice(re.lastIndex, k);
      end = k + close.length;
      re.lastIndex = end;
    }
    const ref = CELL_REF.exec(attrs);
    let r = row.row;
    if (ref) {
      col = columnNumber(ref[1]);
      r = Number(ref[2]);
    } else col += 1;
    out.push({
      row: r,
      col,
      type: CELL_TYPE.exec(attrs)?.[1] ?? "n",
      style: CELL_STYLE.exec(attrs)?.[1],
      inner,
      raw: body.slice(m.index, end),
    });
  }
  return out;
}

const V = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([^<]*)<\/(?:[\w.-]+:)?v>/;
const F = /<(?:[\w.-]+:)?f\b([^>]*?)(?:\/>|>([^<]*)<\/(?:[\w.-]+:)?f>)/;
const IS = /<(?:[\w.-]+:)?is\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?is>/;
const PHONETIC = /<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g;
const T = /<(?:[\w.-]+:)?t\b[^>]*?(?:\/>|>([^<]*)<\/(?:[\w.-]+:)?t>)/g;

/** The text of a string item's inner XML (`<si>`/`<is>`): runs joined, phonetic guides left out. */
export function stringItemXmlText(inner: string): string {
  const xml = inner.indexOf("rPh") >= 0 ? inner.replace(PHONETIC, "") : inner;
  let s = "";
  const re = new RegExp(T.source, "g");
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) if (m[1] !== undefined) s += m[1];
  return decodeXmlText(s);
}

/** The stored value text of a cell (`<v>`), undefined when it has none. */
export function cellValueText(c: ScannedCell): string | undefined {
  if (c.inner === "") return undefined;
  const m = V.exec(c.inner);
  return m ? decodeXmlText(m[1]) : undefined;
}

/** An inline string's text. */
export function inlineText(c: ScannedCell): string | undefined {
  const m = IS.exec(c.inner);
  return m ? stringItemXmlText(m[1]) : undefined;
}

/** A cell's formula element: its attributes (raw) and text (decoded; "" for a shared clone). */
export function cellFormula(c: ScannedCell): { attrs: string; text: string } | undefined {
  if (c.inner === "" || c.inner.indexOf("f") < 0) return undefined;
  const m = F.exec(c.inner);
  return m ? { attrs: m[1], text: decodeXmlText(m[2] ?? "") } : undefined;
}

/**
 * Run the handlers on the text around a sheet's rows, kept from an earlier scan, as if the sheet
 * had no rows: a writer that replaces every row need not read them again.
 */
export function replaySheetFrame(
  frame: { prefix: string; dataTag: string; suffix: string },
  h: SheetScanHandlers
): void {
  h.prefix?.(frame.prefix, frame.dataTag);
  h.suffix?.(frame.suffix);
}

/**
 * Scan a worksheet part (see the module comment). The part is inflated and decoded piece by
 * piece; at most one unfinished row of text is held between pieces.
 */
export function scanSheet(pkg: Package, part: string, h: SheetScanHandlers): void {
  let buf = "";
  let phase: "prefix" | "rows" | "suffix" = "prefix";
  let closeData = "";
  let closeRow = "";
  let lastRow = 0;
  let stopped = false;
  const suffix: string[] = [];

  const rows = (seg: string): void => {
    const re = new RegExp(ROW_OPEN.source, "g");
    let m: RegExpExecArray | null;
    while (!stopped && (m = re.exec(seg))) {
      const attrs = m[2];
      let body = "";
      let end = re.lastIndex;
      if (m[3] !== "/") {
        const close = `</${m[1] ?? ""}row>`;
        const k = seg.indexOf(close, re.lastIndex);
        if (k < 0) throw new PackageError("xlsx.error.xml", { part, detail: "unclosed row" });
        body = seg.slice(re.lastIndex, k);
        end = k + close.length;
        re.lastIndex = end;
      }
      const r = ROW_NUMBER.exec(attrs);
      lastRow = r ? Number(r[1]) : lastRow + 1;
      if (h.row?.({ row: lastRow, attrs, raw: seg.slice(m.index, end), body }) === false)
        stopped = true;
    }
  };

  pkg.streamText(part, (text) => {
    buf += text;
    if (phase === "prefix") {
      const m = /<([\w.-]+:)?sheetData\b[^>]*?(\/?)>/.exec(buf);
      if (!m) return true;
      h.prefix?.(buf.slice(0, m.index), m[0]);
      const p = m[1] ?? "";
      closeData = `</${p}sheetData>`;
      closeRow = `</${p}row>`;
      buf = buf.slice(m.index + m[0].length);
      phase = m[2] === "/" ? "suffix" : "rows";
    }
    if (phase === "rows") {
      const k = buf.indexOf(closeData);
      if (k >= 0) {
        rows(buf.slice(0, k));
        buf = buf.slice(k + closeData.length);
        phase = "suffix";
      } else {
        const j = buf.lastIndexOf(closeRow);
        if (j >= 0) {
          rows(buf.slice(0, j + closeRow.length));
          buf = buf.slice(j + closeRow.length);
        }
      }
      if (stopped) return false;
    }
    if (phase === "suffix") {
      suffix.push(buf);
      buf = "";
    }
    return true;
  });
  if (stopped) return;
  // (The callback above moves `phase` on; TypeScript cannot see that.)
  if ((phase as string) !== "suffix")
    throw new PackageError("xlsx.error.xml", { part, detail: "no complete sheetData" });
  h.suffix?.(suffix.join(""));
}
