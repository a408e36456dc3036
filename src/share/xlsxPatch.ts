/**
 * The shareable copy made by editing the package itself (fflate), so everything the share does not
 * touch stays byte for byte: charts, pivot tables, slicers, sparklines, comments, tables, styles,
 * extension lists. ExcelJS is only used to read and analyse; this module writes.
 *
 * Edits: REIMB cells (and formulas reading left-out sheets) lose their `<f>` and keep their value;
 * a shared formula whose definition is removed is written out in the clones that stay live;
 * left-out sheets, the calculation chain, add-in settings and custom XML leave the package
 * (anything no longer reachable through relationships is removed, so nothing of a left-out sheet
 * remains); the shared-string table is rebuilt from what is left; the About sheet is added first;
 * the workbook asks for a full recalculation on open.
 *
 * Host-neutral: no Office, Node or DOM. Throws PatchError on anything it does not understand; the
 * caller then falls back to the ExcelJS writer.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { CellScalar } from "./values";
import {
  child,
  descendants,
  getAttr,
  scanXml,
  serializeElement,
  setAttr as setXmlAttr,
  textOf,
  transformXml,
  type XmlElement,
} from "../xlsx/xml";

export class PatchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PatchError";
  }
}

export type AboutStyle = "title" | "heading" | "wrap" | "plain" | "usd" | "usd4" | "percent";

export interface AboutCellOut {
  value: string | number;
  style: AboutStyle;
}

export interface PatchPlan {
  sheetsIncluded: readonly string[];
  sheetsLeftOut: readonly string[];
  /** sheet → address → value the cell keeps. */
  freeze: ReadonlyMap<string, ReadonlyMap<string, CellScalar>>;
  /** sheet → address → formula text (no "="), for live formula cells (to expand shared formulas). */
  liveFormulas: ReadonlyMap<string, ReadonlyMap<string, string>>;
  about: {
    name: string;
    rows: ReadonlyArray<ReadonlyArray<AboutCellOut | undefined>>;
    merges: readonly string[];
    widths: readonly number[];
  };
  /** True for validation / conditional-format / defined-name formulas that cannot survive. */
  mustDrop(formula: string): boolean;
}

export interface PatchResult {
  bytes: Uint8Array;
  namesRemoved: string[];
  rulesRemoved: number;
}

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const WORKSHEET_TYPE = `${REL_NS}/worksheet`;
const WORKSHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const WORKBOOK_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

/**
 * Characters XML 1.0 cannot carry at all, even escaped (control characters, lone surrogates).
 * A surrogate pair matches as a whole and is kept; no lookbehind, for older Safari web views.
 */
const NOT_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

export function xmlEscape(s: string): string {
  return s
    .replace(NOT_XML, (ch) => (ch.length === 2 ? ch : ""))
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

export function xmlUnescape(s: string): string {
  return s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, "&");
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name.replace(/[:.]/g, "\\$&")}="([^"]*)"`).exec(attrs);
  return m ? xmlUnescape(m[1]) : undefined;
}

function setAttr(attrs: string, name: string, value: string | undefined): string {
  const re = new RegExp(`\\s${name.replace(/[:.]/g, "\\$&")}="[^"]*"`);
  const without = attrs.replace(re, "");
  return value === undefined ? without : `${without} ${name}="${xmlEscape(value)}"`;
}

function text(files: Record<string, Uint8Array>, path: string): string {
  const f = files[path];
  if (!f) throw new PatchError(`missing part ${path}`);
  return strFromU8(f);
}

/** Resolve a relationship target against the part that owns the relationships. */
function resolveTarget(ownerPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = ownerPart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== ".") parts.push(seg);
  }
  return parts.join("/");
}

function relsPathOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
  raw: string;
}

function readRels(xml: string): Rel[] {
  return [...xml.matchAll(/<Relationship\b([^>]*?)\/?>/g)].map((m) => ({
    id: attr(m[1], "Id") ?? "",
    type: attr(m[1], "Type") ?? "",
    target: attr(m[1], "Target") ?? "",
    external: attr(m[1], "TargetMode") === "External",
    raw: m[0],
  }));
}

/**
 * Edit one included sheet on the namespace-aware stream (src/xlsx/xml): a cell is `<c>` in the
 * SpreadsheetML namespace whatever its prefix (`<x:c>` included). Frozen cells keep only their
 * value; live clones of a shared formula whose master is frozen get their own text; shared-string
 * indices are renumbered through `remapString`; rules that cannot survive are dropped; no sheet
 * stays selected (LibreOffice writes tabSelected="true", Excel "1").
 */
function patchSheet(
  xml: string,
  part: string,
  freeze: ReadonlyMap<string, CellScalar>,
  live: ReadonlyMap<string, string>,
  mustDrop: (f: string) => boolean,
  remapString: (old: number) => number
): { xml: string; rulesRemoved: number } {
  // Shared-formula groups whose defining cell is frozen: their live clones need their own text.
  const orphanGroups = new Set<string>();
  scanXml(xml, part, new Set(["c"]), (c) => {
    const r = getAttr(c, "r");
    const f = child(c, "f");
    if (r && f && freeze.has(r) && getAttr(f, "t") === "shared" && getAttr(f, "ref") !== undefined)
      orphanGroups.add(getAttr(f, "si") ?? "");
  });
  let rulesRemoved = 0;
  const formulasIn = (el: XmlElement): string[] =>
    [
      ...descendants(el, "formula1"),
      ...descendants(el, "formula2"),
      ...descendants(el, "formula"),
      ...descendants(el, "f"),
    ].map(textOf);
  const out = transformXml(xml, part, {
    buffer: new Set(["c", "sheetView", "dataValidations", "conditionalFormatting", "extLst"]),
    onSubtree: (el) => {
      if (el.local === "c") {
        const r = getAttr(el, "r");
        if (!r) {
          if (child(el, "f")) throw new PatchError("a formula cell without an address");
          return serializeElement(el);
        }
        if (freeze.has(r)) return scalarCell(el, freeze.get(r) as CellScalar);
        if (getAttr(el, "t") === "s") {
          const v = child(el, "v");
          if (v) {
            const old = Number(textOf(v));
            v.children = [{ kind: "text", text: String(remapString(old)) }];
          }
        }
        const f = child(el, "f");
        if (f && getAttr(f, "t") === "shared" && orphanGroups.has(getAttr(f, "si") ?? "")) {
          const formula = live.get(r);
          if (formula === undefined) throw new PatchError(`no formula text for shared clone ${r}`);
          f.attrs = [];
          f.children = [{ kind: "text", text: formula }];
        }
        return serializeElement(el);
      }
      if (el.local === "sheetView") {
        setXmlAttr(el, "tabSelected", undefined);
        return serializeElement(el);
      }
      if (el.local === "conditionalFormatting") {
        if (formulasIn(el).some(mustDrop)) {
          rulesRemoved++;
          return "";
        }
        return serializeElement(el);
      }
      if (el.local === "dataValidations") {
        const before = el.children.length;
        el.children = el.children.filter(
          (c) =>
            c.kind !== "element" || c.local !== "dataValidation" || !formulasIn(c).some(mustDrop)
        );
        const kept = el.children.filter((c) => c.kind === "element").length;
        rulesRemoved += before - el.children.length;
        if (kept === 0) return "";
        setXmlAttr(el, "count", String(kept));
        return serializeElement(el);
      }
      // extLst: x14 validations and conditional formats live in extensions.
      for (const ext of descendants(el, "ext")) {
        ext.children = ext.children.filter((block) => {
          if (block.kind !== "element") return true;
          if (block.local === "conditionalFormattings" || block.local === "dataValidations") {
            const before = block.children.length;
            block.children = block.children.filter(
              (c) => c.kind !== "element" || !formulasIn(c).some(mustDrop)
            );
            rulesRemoved += before - block.children.length;
            const kept = block.children.filter((c) => c.kind === "element").length;
            if (getAttr(block, "count") !== undefined) setXmlAttr(block, "count", String(kept));
            return kept > 0;
          }
          return true;
        });
      }
      el.children = el.children.filter(
        (e) =>
          e.kind !== "element" || e.local !== "ext" || e.children.some((c) => c.kind === "element")
      );
      return el.children.some((c) => c.kind === "element") ? serializeElement(el) : "";
    },
  });
  return { xml: out, rulesRemoved };
}

function scalarCell(el: XmlElement, value: CellScalar): string {
  const keep = el.attrs.filter((a) => !["t", "cm", "vm"].includes(a.name));
  const c = { ...el, attrs: keep, children: [] as XmlElement["children"] };
  const open = serializeElement(c).replace(/\/>$/, "");
  const close = `</${el.name}>`;
  const prefix = el.name.includes(":") ? el.name.slice(0, el.name.indexOf(":") + 1) : "";
  if (value === null) return `${open}/>`;
  if (typeof value === "number") return `${open}><${prefix}v>${String(value)}</${prefix}v>${close}`;
  if (typeof value === "boolean")
    return `${open} t="b"><${prefix}v>${value ? 1 : 0}</${prefix}v>${close}`;
  if (typeof value === "string")
    return `${open} t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">${xmlEscape(value)}</${prefix}t></${prefix}is>${close}`;
  return `${open} t="e"><${prefix}v>${xmlEscape(value.error)}</${prefix}v>${close}`;
}

// ---------------------------------------------------------------------------------------------
// Styles for the About sheet

function appendToList(
  styles: string,
  listTag: string,
  itemTag: string,
  items: string[]
): { xml: string; firstIndex: number } {
  const re = new RegExp(`<${listTag}\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${listTag}>)`);
  const m = re.exec(styles);
  if (!m) throw new PatchError(`styles.xml has no <${listTag}>`);
  const body = m[2] ?? "";
  const existing = (body.match(new RegExp(`<${itemTag}\\b`, "g")) ?? []).length;
  const attrs = setAttr(m[1], "count", String(existing + items.length));
  return {
    xml: styles.replace(m[0], () => `<${listTag}${attrs}>${body}${items.join("")}</${listTag}>`),
    firstIndex: existing,
  };
}

function addAboutStyles(styles: string): { xml: string; xf: Record<AboutStyle, number> } {
  let xml = styles;
  // Custom number formats: ids from 164 up are the workbook's own; take free ones.
  const ids = [...xml.matchAll(/<numFmt\b[^>]*numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
  const usdId = Math.max(163, ...ids) + 1;
  const usd4Id = usdId + 1;
  const pctId = usdId + 2;
  const fmts = [
    `<numFmt numFmtId="${usdId}" formatCode="&quot;$&quot;#,##0.00"/>`,
    `<numFmt numFmtId="${usd4Id}" formatCode="&quot;$&quot;#,##0.0000"/>`,
    `<numFmt numFmtId="${pctId}" formatCode="0.0%"/>`,
  ];
  if (/<numFmts\b/.test(xml)) xml = appendToList(xml, "numFmts", "numFmt", fmts).xml;
  else
    xml = xml.replace(
      /(<styleSheet\b[^>]*>)/,
      (open: string) => `${open}<numFmts count="3">${fmts.join("")}</numFmts>`
    );
  const fonts = appendToList(xml, "fonts", "font", [
    '<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font>',
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>',
  ]);
  xml = fonts.xml;
  const fills = appendToList(xml, "fills", "fill", [
    '<fill><patternFill patternType="solid"><fgColor rgb="FFE8EEF7"/><bgColor indexed="64"/></patternFill></fill>',
  ]);
  xml = fills.xml;
  const top = '<alignment vertical="top" wrapText="1"/>';
  const left = '<alignment vertical="top" horizontal="left"/>';
  const xfs = appendToList(xml, "cellXfs", "xf", [
    `<xf numFmtId="0" fontId="${fonts.firstIndex}" fillId="0" borderId="0" xfId="0" applyFont="1"/>`,
    `<xf numFmtId="0" fontId="${fonts.firstIndex + 1}" fillId="${fills.firstIndex}" borderId="0" xfId="0" applyFont="1" applyFill="1"/>`,
    `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1">${top}</xf>`,
    `<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top"/></xf>`,
    `<xf numFmtId="${usdId}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1">${left}</xf>`,
    `<xf numFmtId="${usd4Id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1">${left}</xf>`,
    `<xf numFmtId="${pctId}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyAlignment="1">${left}</xf>`,
  ]);
  const b = xfs.firstIndex;
  return {
    xml: xfs.xml,
    xf: {
      title: b,
      heading: b + 1,
      wrap: b + 2,
      plain: b + 3,
      usd: b + 4,
      usd4: b + 5,
      percent: b + 6,
    },
  };
}

function columnLetters(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26))
    s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function aboutSheetXml(about: PatchPlan["about"], xf: Record<AboutStyle, number>): string {
  const rows = about.rows
    .map((cells, i) => {
      const r = i + 1;
      const cs = cells
        .map((c, j) => {
          if (!c) return "";
          const ref = `${columnLetters(j + 1)}${r}`;
          const s = xf[c.style];
          return typeof c.value === "number"
            ? `<c r="${ref}" s="${s}"><v>${c.value}</v></c>`
            : `<c r="${ref}" s="${s}" t="inlineStr"><is><t xml:space="preserve">${xmlEscape(c.value)}</t></is></c>`;
        })
        .join("");
      return `<row r="${r}">${cs}</row>`;
    })
    .join("");
  const cols = about.widths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`)
    .join("");
  const merges = about.merges.length
    ? `<mergeCells count="${about.merges.length}">${about.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
    : "";
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL_NS}">` +
    `<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>` +
    `<cols>${cols}</cols><sheetData>${rows}</sheetData>${merges}</worksheet>`
  );
}

// ---------------------------------------------------------------------------------------------

export function patchXlsx(bytes: Uint8Array, plan: PatchPlan): PatchResult {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes);
  } catch {
    throw new PatchError("not a zip package");
  }
  const WB = "xl/workbook.xml";
  let workbook = text(files, WB);
  const wbRelsPath = relsPathOf(WB);
  const wbRels = readRels(text(files, wbRelsPath));
  const relById = new Map(wbRels.map((r) => [r.id, r]));

  const sheetTags = [...workbook.matchAll(/<sheet\b([^>]*?)\/>/g)].map((m) => ({
    raw: m[0],
    name: attr(m[1], "name") ?? "",
    sheetId: Number(attr(m[1], "sheetId") ?? 0),
    rid: attr(m[1], "r:id") ?? "",
  }));
  const leftOut = new Set(plan.sheetsLeftOut);
  const oldIndexToNew = new Map<number, number>();
  let next = 1; // the About sheet takes index 0
  sheetTags.forEach((s, i) => {
    if (!leftOut.has(s.name)) oldIndexToNew.set(i, next++);
  });
  const sheetPart = (rid: string): string => {
    const rel = relById.get(rid);
    if (!rel) throw new PatchError(`sheet relationship ${rid} missing`);
    return resolveTarget(WB, rel.target);
  };

  // Shared strings: keep only what the remaining sheets use, so no text of a left-out sheet stays.
  const sstRel = wbRels.find((r) => /\/sharedStrings$/.test(r.type));
  const sstPart = sstRel ? resolveTarget(WB, sstRel.target) : undefined;
  const items: XmlElement[] = [];
  let sstRoot: XmlElement | undefined;
  if (sstPart && files[sstPart]) {
    scanXml(
      strFromU8(files[sstPart]),
      sstPart,
      new Set(["si"]),
      (si) => void items.push(si),
      (el, depth) => {
        if (depth === 0) sstRoot = el;
      }
    );
  }
  const remap = new Map<number, number>();
  const used: XmlElement[] = [];
  let references = 0;
  const remapString = (old: number): number => {
    references++;
    let n = remap.get(old);
    if (n === undefined) {
      if (!(old >= 0 && old < items.length))
        throw new PatchError(`shared string ${old} out of range`);
      n = used.length;
      remap.set(old, n);
      used.push(items[old]);
    }
    return n;
  };

  // Included sheets: cell-level edits.
  let rulesRemoved = 0;
  for (const s of sheetTags) {
    if (leftOut.has(s.name)) continue;
    const part = sheetPart(s.rid);
    if (!files[part]) continue; // chart sheets and dialog sheets have no cells of ours
    const patched = patchSheet(
      strFromU8(files[part]),
      part,
      plan.freeze.get(s.name) ?? new Map(),
      plan.liveFormulas.get(s.name) ?? new Map(),
      plan.mustDrop,
      remapString
    );
    files[part] = strToU8(patched.xml);
    rulesRemoved += patched.rulesRemoved;
  }
  if (sstPart && files[sstPart]) {
    const head: XmlElement = sstRoot
      ? { ...sstRoot, children: [] }
      : { kind: "element", name: "sst", local: "sst", uri: "", attrs: [], children: [] };
    setXmlAttr(head, "count", String(references));
    setXmlAttr(head, "uniqueCount", String(used.length));
    if (!head.attrs.some((a) => a.name === "xmlns" || a.name.startsWith("xmlns:")))
      head.attrs.unshift({
        name: "xmlns",
        local: "xmlns",
        uri: "",
        value: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      });
    head.children = used;
    files[sstPart] = strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + serializeElement(head)
    );
  }

  // Workbook: sheets, names, views, calculation.
  const removedRids = new Set(sheetTags.filter((s) => leftOut.has(s.name)).map((s) => s.rid));
  for (const s of sheetTags) if (leftOut.has(s.name)) workbook = workbook.replace(s.raw, () => "");
  const usedIds = new Set(wbRels.map((r) => r.id));
  let aboutRid = "rIdAbout";
  for (let i = 2; usedIds.has(aboutRid); i++) aboutRid = `rIdAbout${i}`;
  let aboutIndex = sheetTags.length + 1;
  while (files[`xl/worksheets/sheet${aboutIndex}.xml`]) aboutIndex++;
  const aboutPart = `xl/worksheets/sheet${aboutIndex}.xml`;
  const aboutSheetId = Math.max(0, ...sheetTags.map((s) => s.sheetId)) + 1;
  workbook = workbook.replace(
    /<sheets>/,
    () =>
      `<sheets><sheet name="${xmlEscape(plan.about.name)}" sheetId="${aboutSheetId}" r:id="${aboutRid}"/>`
  );
  if (!workbook.includes(`r:id="${aboutRid}"`))
    throw new PatchError("workbook.xml has no <sheets>");

  const namesRemoved: string[] = [];
  workbook = workbook.replace(
    /<definedName\b([^>]*)>([\s\S]*?)<\/definedName>/g,
    (whole, attrs: string, body: string) => {
      const name = attr(attrs, "name") ?? "";
      const local = attr(attrs, "localSheetId");
      const formula = xmlUnescape(body);
      if (local !== undefined && !oldIndexToNew.has(Number(local))) return ""; // local to a left-out sheet: goes with it
      if (plan.mustDrop(formula)) {
        namesRemoved.push(name);
        return "";
      }
      return local === undefined
        ? whole
        : `<definedName${setAttr(attrs, "localSheetId", String(oldIndexToNew.get(Number(local))))}>${body}</definedName>`;
    }
  );
  workbook = workbook.replace(/<definedNames>\s*<\/definedNames>/, "");
  workbook = workbook.replace(
    /<workbookView\b([^>]*?)(\/?)>/g,
    (_, attrs: string, close: string) =>
      `<workbookView${setAttr(setAttr(attrs, "activeTab", undefined), "firstSheet", undefined)}${close}>`
  );
  if (/<calcPr\b/.test(workbook))
    workbook = workbook.replace(
      /<calcPr\b([^>]*?)(\/?)>/,
      (_, attrs: string, close: string) =>
        `<calcPr${setAttr(attrs, "fullCalcOnLoad", "1")}${close}>`
    );
  else {
    const anchor = /<\/definedNames>/.test(workbook)
      ? "</definedNames>"
      : /<\/externalReferences>/.test(workbook)
        ? "</externalReferences>"
        : "</sheets>";
    workbook = workbook.replace(anchor, () => `${anchor}<calcPr fullCalcOnLoad="1"/>`);
  }
  files[WB] = strToU8(workbook);

  // Workbook relationships: drop left-out sheets, the calculation chain, custom XML; add About.
  const keptRels = wbRels.filter(
    (r) =>
      !removedRids.has(r.id) &&
      !/\/calcChain$/.test(r.type) &&
      !/\/customXml$/.test(r.type) &&
      !/\/vbaProject$/.test(r.type) // macros are never sent to recipients
  );
  files[wbRelsPath] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      keptRels.map((r) => r.raw).join("") +
      `<Relationship Id="${aboutRid}" Type="${WORKSHEET_TYPE}" Target="${aboutPart.replace(/^xl\//, "")}"/></Relationships>`
  );
  // Package relationships: drop the add-in's task pane / web extension parts.
  const rootRelsPath = "_rels/.rels";
  const rootRels = readRels(text(files, rootRelsPath)).filter((r) => !/webextension/i.test(r.type));
  files[rootRelsPath] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      rootRels.map((r) => r.raw).join("") +
      "</Relationships>"
  );

  // The About sheet and its styles.
  const stylesRel = keptRels.find((r) => /\/styles$/.test(r.type));
  if (!stylesRel) throw new PatchError("no styles part");
  const stylesPart = resolveTarget(WB, stylesRel.target);
  const styled = addAboutStyles(text(files, stylesPart));
  files[stylesPart] = strToU8(styled.xml);
  files[aboutPart] = strToU8(aboutSheetXml(plan.about, styled.xf));

  // Remove every part no relationship reaches any more (left-out sheets and what hung off them).
  const reachable = new Set<string>(["[Content_Types].xml", rootRelsPath]);
  const queue = [""];
  const seen = new Set<string>();
  while (queue.length) {
    const owner = queue.shift() as string;
    if (seen.has(owner)) continue;
    seen.add(owner);
    const relsPath = owner === "" ? rootRelsPath : relsPathOf(owner);
    if (!files[relsPath]) continue;
    reachable.add(relsPath);
    for (const r of readRels(strFromU8(files[relsPath]))) {
      if (r.external) continue;
      const target = owner === "" ? resolveTarget("", r.target) : resolveTarget(owner, r.target);
      if (files[target]) {
        reachable.add(target);
        queue.push(target);
      }
    }
  }
  for (const name of Object.keys(files)) if (!reachable.has(name)) delete files[name];

  // A table column that fills new rows with a REIMB formula would bring #NAME? back.
  for (const name of Object.keys(files).filter((n) => /^xl\/tables\/[^/]+\.xml$/i.test(n))) {
    const xml = strFromU8(files[name]);
    const cleaned = xml.replace(
      /<calculatedColumnFormula\b[^>]*>([\s\S]*?)<\/calculatedColumnFormula>/g,
      (whole, f: string) => (plan.mustDrop(xmlUnescape(f)) ? "" : whole)
    );
    if (cleaned !== xml) files[name] = strToU8(cleaned);
  }

  // Content types: overrides only for parts that remain, plus the About sheet.
  let ct = text(files, "[Content_Types].xml");
  ct = ct.replace(/<Override\b([^>]*?)\/>/g, (whole, attrs: string) =>
    files[(attr(attrs, "PartName") ?? "").replace(/^\//, "")] ? whole : ""
  );
  ct = ct.replace(
    "</Types>",
    () => `<Override PartName="/${aboutPart}" ContentType="${WORKSHEET_CT}"/></Types>`
  );
  // A macro-enabled workbook's main part becomes a plain workbook: an .xlsx Excel opens.
  ct = ct.replace(/application\/vnd\.ms-excel\.sheet\.macroEnabled\.main\+xml/g, WORKBOOK_CT);
  files["[Content_Types].xml"] = strToU8(ct);

  // docProps/app.xml lists sheet names (including left-out ones): the list is optional, drop it.
  if (files["docProps/app.xml"]) {
    files["docProps/app.xml"] = strToU8(
      strFromU8(files["docProps/app.xml"])
        .replace(/<HeadingPairs>[\s\S]*?<\/HeadingPairs>/, "")
        .replace(/<TitlesOfParts>[\s\S]*?<\/TitlesOfParts>/, "")
    );
  }

  // The caller reads the copy back and checks no REIMB formula remains (share/workbook.ts).
  return { bytes: zipSync(files, { level: 6 }), namesRemoved, rulesRemoved };
}
