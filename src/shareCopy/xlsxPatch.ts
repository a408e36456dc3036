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
import type { CellScalar } from "./values";
import {
  NS,
  XML_DECL,
  child,
  descendants,
  elements,
  getAttr,
  makeElement,
  parseXml,
  scanXml,
  serializeElement,
  serializeXml,
  setAttr as setXmlAttr,
  textOf,
  transformXml,
  type XmlElement,
} from "../xlsx/xml";
import { PackagePatcher } from "../xlsx/patch";
import { ReimbError, type MessageId } from "../domain/errors";
import type { MessageParams } from "../i18n/catalogue";
import { relsPathOf, resolveTarget, type Package } from "../xlsx/package";

/** The lossless writer met something it does not understand (the caller falls back or refuses). */
export class PatchError extends ReimbError {
  constructor(id: MessageId, params?: MessageParams) {
    super(id, params);
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
  /** Charts whose series read a left-out sheet and now hold the values they showed. */
  chartsFrozen: number;
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

function setAttr(attrs: string, name: string, value: string | undefined): string {
  const re = new RegExp(`\\s${name.replace(/[:.]/g, "\\$&")}="[^"]*"`);
  const without = attrs.replace(re, "");
  return value === undefined ? without : `${without} ${name}="${xmlEscape(value)}"`;
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
          if (child(el, "f")) throw new PatchError("error.patch.formulaWithoutAddress");
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
          if (formula === undefined) throw new PatchError("error.patch.sharedFormula", { ref: r });
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
  if (!m) throw new PatchError("error.patch.stylesList", { tag: listTag });
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

const PKG_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

/**
 * Make the copy from the package the analysis already opened (one read of the input): edits go
 * through the package patcher, which copies every untouched part as its compressed bytes.
 */
export function patchXlsx(pkg: Package, plan: PatchPlan): PatchResult {
  const patcher = new PackagePatcher(pkg);
  const info = patcher.info;
  const WB = info.part;
  const wbRels = pkg.rels(WB);
  const leftOut = new Set(plan.sheetsLeftOut);
  const oldIndexToNew = new Map<number, number>();
  let next = 1; // the About sheet takes index 0
  info.sheets.forEach((s, i) => {
    if (!leftOut.has(s.name)) oldIndexToNew.set(i, next++);
  });

  // Shared strings: keep only what the remaining sheets use, so no text of a left-out sheet stays.
  const sstPart = info.sharedStringsPart;
  const items: XmlElement[] = [];
  let sstRoot: XmlElement | undefined;
  if (sstPart) {
    scanXml(
      pkg.text(sstPart),
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
        throw new PatchError("error.patch.sharedString", { index: old });
      n = used.length;
      remap.set(old, n);
      used.push(items[old]);
    }
    return n;
  };

  // Included sheets: cell-level edits.
  let rulesRemoved = 0;
  for (const s of info.sheets) {
    if (leftOut.has(s.name) || s.kind !== "worksheet" || !s.part || !pkg.has(s.part)) continue;
    const patched = patchSheet(
      pkg.text(s.part),
      s.part,
      plan.freeze.get(s.name) ?? new Map(),
      plan.liveFormulas.get(s.name) ?? new Map(),
      plan.mustDrop,
      remapString
    );
    patcher.setPart(s.part, patched.xml);
    rulesRemoved += patched.rulesRemoved;
  }
  if (sstPart) {
    const head: XmlElement = sstRoot
      ? { ...sstRoot, children: [] }
      : { kind: "element", name: "sst", local: "sst", uri: "", attrs: [], children: [] };
    setXmlAttr(head, "count", String(references));
    setXmlAttr(head, "uniqueCount", String(used.length));
    head.children = used;
    patcher.setPart(sstPart, XML_DECL + serializeElement(head));
  }

  // Workbook: sheets, names, views, calculation (namespace-aware tree; small part).
  const doc = parseXml(pkg.text(WB), WB);
  const root = doc.root;
  const sheetsEl = child(root, "sheets");
  if (!sheetsEl) throw new PatchError("error.patch.noSheets");
  const removedRids = new Set(info.sheets.filter((s) => leftOut.has(s.name)).map((s) => s.rid));
  sheetsEl.children = sheetsEl.children.filter(
    (c) => c.kind !== "element" || !leftOut.has(getAttr(c, "name") ?? "")
  );
  const usedIds = new Set(wbRels.map((r) => r.id));
  let aboutRid = "rIdAbout";
  for (let i = 2; usedIds.has(aboutRid); i++) aboutRid = `rIdAbout${i}`;
  let aboutIndex = info.sheets.length + 1;
  while (pkg.has(`xl/worksheets/sheet${aboutIndex}.xml`)) aboutIndex++;
  const aboutPart = `xl/worksheets/sheet${aboutIndex}.xml`;
  const aboutSheetId = Math.max(0, ...info.sheets.map((s) => s.sheetId)) + 1;
  const about = makeElement(sheetsEl, "sheet", {
    name: plan.about.name,
    sheetId: String(aboutSheetId),
  });
  const relDecl = root.attrs.find(
    (x) => x.name.startsWith("xmlns:") && (x.value === NS.rel || x.value === NS.strictRel)
  );
  if (!relDecl) root.attrs.push({ name: "xmlns:r", local: "r", uri: "", value: NS.rel });
  about.attrs.push({
    name: `${relDecl ? relDecl.local : "r"}:id`,
    local: "id",
    uri: relDecl ? relDecl.value : NS.rel,
    value: aboutRid,
  });
  sheetsEl.children.unshift(about);

  const namesRemoved: string[] = [];
  const dn = child(root, "definedNames");
  if (dn) {
    dn.children = dn.children.filter((d) => {
      if (d.kind !== "element" || d.local !== "definedName") return true;
      const local = getAttr(d, "localSheetId");
      if (local !== undefined && !oldIndexToNew.has(Number(local))) return false; // goes with its sheet
      if (plan.mustDrop(textOf(d))) {
        namesRemoved.push(getAttr(d, "name") ?? "");
        return false;
      }
      if (local !== undefined)
        setXmlAttr(d, "localSheetId", String(oldIndexToNew.get(Number(local))));
      return true;
    });
    if (!dn.children.some((c) => c.kind === "element"))
      root.children = root.children.filter((c) => c !== dn);
  }
  for (const views of elements(root, "bookViews"))
    for (const v of elements(views, "workbookView")) {
      setXmlAttr(v, "activeTab", undefined);
      setXmlAttr(v, "firstSheet", undefined);
    }
  const calc = child(root, "calcPr");
  if (calc) setXmlAttr(calc, "fullCalcOnLoad", "1");
  else {
    // calcPr follows definedNames (CT_Workbook's sequence); before anything after it.
    const after = new Set([
      "oleSize",
      "customWorkbookViews",
      "pivotCaches",
      "smartTagPr",
      "smartTagTypes",
      "webPublishing",
      "fileRecoveryPr",
      "webPublishObjects",
      "extLst",
    ]);
    const at = root.children.findIndex((c) => c.kind === "element" && after.has(c.local));
    const el = makeElement(sheetsEl, "calcPr", { fullCalcOnLoad: "1" });
    if (at < 0) root.children.push(el);
    else root.children.splice(at, 0, el);
  }
  patcher.setPart(WB, serializeXml(doc));

  // Workbook relationships: drop left-out sheets, the calculation chain, custom XML and macros
  // (never sent to recipients); add About.
  const relsDoc = parseXml(pkg.text(relsPathOf(WB)), relsPathOf(WB));
  relsDoc.root.children = relsDoc.root.children.filter((c) => {
    if (c.kind !== "element") return true;
    const type = getAttr(c, "Type") ?? "";
    return (
      !removedRids.has(getAttr(c, "Id") ?? "") &&
      !/\/calcChain$/.test(type) &&
      !/\/customXml$/.test(type) &&
      !/\/vbaProject$/.test(type)
    );
  });
  relsDoc.root.children.push(
    makeElement({ name: "Relationship", uri: PKG_RELS_NS }, "Relationship", {
      Id: aboutRid,
      Type: WORKSHEET_TYPE,
      Target: WB.startsWith("xl/") ? aboutPart.slice(3) : `/${aboutPart}`,
    })
  );
  patcher.setPart(relsPathOf(WB), serializeXml(relsDoc));
  // Package relationships: drop the add-in's task pane / web extension parts.
  const rootRels = parseXml(pkg.text("_rels/.rels"), "_rels/.rels");
  rootRels.root.children = rootRels.root.children.filter(
    (c) => c.kind !== "element" || !/webextension/i.test(getAttr(c, "Type") ?? "")
  );
  patcher.setPart("_rels/.rels", serializeXml(rootRels));

  // The About sheet and its styles.
  if (!info.stylesPart) throw new PatchError("error.patch.noStyles");
  const styled = addAboutStyles(pkg.text(info.stylesPart));
  patcher.setPart(info.stylesPart, styled.xml);
  patcher.setPart(aboutPart, aboutSheetXml(plan.about, styled.xf));

  // Remove every part no relationship reaches any more (left-out sheets and what hung off them).
  const current = (part: string): string | undefined =>
    pkg.has(part) || part === aboutPart ? part : undefined;
  const relsOf = (owner: string): Array<{ part: string; external: boolean }> => {
    const path = relsPathOf(owner);
    if (!pkg.has(path)) return [];
    return elements(parseXml(patcher.partText(path), path).root, "Relationship").map((r) => ({
      external: getAttr(r, "TargetMode") === "External",
      part: resolveTarget(owner, getAttr(r, "Target") ?? ""),
    }));
  };
  const reachable = new Set<string>(["[Content_Types].xml", "_rels/.rels"]);
  const queue = [""];
  const seen = new Set<string>();
  while (queue.length) {
    const owner = queue.shift() as string;
    if (seen.has(owner)) continue;
    seen.add(owner);
    if (pkg.has(relsPathOf(owner))) reachable.add(pkg.find(relsPathOf(owner)) as string);
    for (const r of relsOf(owner)) {
      if (r.external) continue;
      const target = current(r.part) && (pkg.find(r.part) ?? r.part);
      if (target) {
        reachable.add(target);
        queue.push(target);
      }
    }
  }
  for (const name of pkg.names) if (!reachable.has(name)) patcher.removePart(name);

  // A table column that fills new rows with a REIMB formula would bring #NAME? back.
  for (const name of pkg.names.filter(
    (n) => reachable.has(n) && /^xl\/tables\/[^/]+\.xml$/i.test(n)
  )) {
    const t = parseXml(pkg.text(name), name);
    let changed = false;
    for (const col of descendants(t.root, "tableColumn")) {
      const before = col.children.length;
      col.children = col.children.filter(
        (c) =>
          c.kind !== "element" || c.local !== "calculatedColumnFormula" || !plan.mustDrop(textOf(c))
      );
      changed ||= col.children.length !== before;
    }
    if (changed) patcher.setPart(name, serializeXml(t));
  }

  // Charts on shared sheets whose series read a left-out sheet: the series keep the values they
  // showed (the cache becomes a literal), so the chart does not go blank on recalculation.
  let chartsFrozen = 0;
  for (const name of pkg.names.filter(
    (n) => reachable.has(n) && /^xl\/charts\/chart[^/]*\.xml$/i.test(n)
  )) {
    const chart = parseXml(pkg.text(name), name);
    let changed = false;
    const visit = (el: XmlElement): void => {
      el.children = el.children.map((c) => {
        if (c.kind !== "element") return c;
        if ((c.local === "numRef" || c.local === "strRef") && c.uri === NS.chart) {
          const f = child(c, "f");
          const cache = child(c, c.local === "numRef" ? "numCache" : "strCache");
          if (f && plan.mustDrop(textOf(f))) {
            changed = true;
            const lit = makeElement(c, c.local === "numRef" ? "numLit" : "strLit");
            lit.children = cache ? cache.children.filter((x) => x.kind === "element") : [];
            if (c.local === "strRef")
              lit.children = lit.children.filter(
                (x) => x.kind !== "element" || x.local !== "formatCode"
              );
            return lit;
          }
          return c;
        }
        visit(c);
        return c;
      });
    };
    visit(chart.root);
    if (changed) {
      chartsFrozen++;
      patcher.setPart(name, serializeXml(chart));
    }
  }

  // Content types: the About sheet; a macro-enabled workbook becomes a plain one (an .xlsx Excel opens).
  patcher.editContentTypes((types) => {
    types.children.push(
      makeElement(types, "Override", { PartName: `/${aboutPart}`, ContentType: WORKSHEET_CT })
    );
    for (const o of elements(types, "Override"))
      if (getAttr(o, "ContentType") === "application/vnd.ms-excel.sheet.macroEnabled.main+xml")
        setXmlAttr(o, "ContentType", WORKBOOK_CT);
  });

  // docProps/app.xml lists sheet names (including left-out ones): the list is optional, drop it.
  if (pkg.has("docProps/app.xml")) {
    const app = parseXml(pkg.text("docProps/app.xml"), "docProps/app.xml");
    app.root.children = app.root.children.filter(
      (c) => c.kind !== "element" || (c.local !== "HeadingPairs" && c.local !== "TitlesOfParts")
    );
    patcher.setPart("docProps/app.xml", serializeXml(app));
  }

  // The caller reads the copy back and checks no REIMB formula remains (shareCopy/workbook.ts).
  return { bytes: patcher.save(), namesRemoved, rulesRemoved, chartsFrozen };
}
