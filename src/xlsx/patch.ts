/**
 * The package patcher: the one writer of workbook files. It changes only what it is asked to —
 * cell data in given places of given sheets, a sheet's state, a new worksheet — and copies every
 * other part as the compressed bytes it came in (charts, pivot tables, drawings, external links,
 * macros, sensitivity labels, comments, validation, conditional formats all survive unread).
 *
 * A sheet is rewritten as a stream (`transformXml`): one row is held at a time, and the cells
 * written into it come from compact per-row maps, not one object per cell of the sheet. Text is
 * always written as text (inline strings), never as a formula: only `{ formula }` writes a formula.
 *
 * The API is shaped for a write plan ("write these grids at these origins on these sheets, keep
 * these cells, hide this sheet"): `writeRegion`, `setCell`, `setSheetState`, `addWorksheet`.
 */
import { strToU8 } from "fflate";
import { cellRef, columnLetters, parseCellRef } from "./address";
import { PackageError } from "./limits";
import { REL_TYPE, relsPathOf, type Package } from "./package";
import type { CellValue, SheetState, WorkbookInfo } from "./read";
import { readWorkbook } from "./read";
import {
  NS,
  XML_DECL,
  child,
  elements,
  getAttr,
  makeElement,
  parseXml,
  serializeElement,
  serializeXml,
  setAttr,
  transformXml,
  xmlAttr,
  xmlText,
  type XmlElement,
} from "./xml";
import { writeZip, type DeflatedPart, type OutEntry } from "./zip";

/** What to put in a cell: a value (text stays text), a formula, or nothing (cleared, style kept). */
export type CellWrite =
  { value: CellValue; style?: number } | { formula: string; cached?: CellValue; style?: number };

/** A rectangular grid written with its top-left cell at `origin` (1-based row/col). */
export interface RegionWrite {
  origin: { row: number; col: number };
  rows: ReadonlyArray<ReadonlyArray<CellWrite | undefined>>;
}

export interface SheetHooks {
  /**
   * A whole element of the sheet outside `sheetData` (a `sheetView`, `dataValidations`,
   * `conditionalFormatting`, `extLst`, …): return it (possibly edited) or undefined to drop it.
   */
  element?(el: XmlElement): XmlElement | undefined;
  /** A kept cell of `sheetData` (not one being written): edit in place or return undefined to keep as is. */
  cell?(c: XmlElement, ref: string): void;
}

const SHEET_BUFFERED = new Set([
  "row",
  "sheetViews",
  "dataValidations",
  "conditionalFormatting",
  "extLst",
  "dimension",
]);

export const CT = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  workbookMacro: "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
} as const;

/** One cell's XML. A string becomes an inline string: text is never a formula. */
export function cellXml(ref: string, w: CellWrite, keepStyle?: string): string {
  const style =
    w.style !== undefined ? ` s="${w.style}"` : keepStyle ? ` s="${xmlAttr(keepStyle)}"` : "";
  if ("formula" in w) {
    const f = `<f>${xmlText(w.formula.replace(/^=/, ""))}</f>`;
    const v = w.cached;
    if (v === undefined || v === null) return `<c r="${ref}"${style}>${f}</c>`;
    if (typeof v === "number") return `<c r="${ref}"${style}>${f}<v>${v}</v></c>`;
    if (typeof v === "boolean") return `<c r="${ref}"${style} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
    if (typeof v === "string") return `<c r="${ref}"${style} t="str">${f}<v>${xmlText(v)}</v></c>`;
    return `<c r="${ref}"${style} t="e">${f}<v>${xmlText(v.error)}</v></c>`;
  }
  const v = w.value;
  if (v === null) return `<c r="${ref}"${style}/>`;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return `<c r="${ref}"${style} t="e"><v>#NUM!</v></c>`;
    return `<c r="${ref}"${style}><v>${v}</v></c>`;
  }
  if (typeof v === "boolean") return `<c r="${ref}"${style} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (typeof v === "string")
    return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${xmlText(v)}</t></is></c>`;
  return `<c r="${ref}"${style} t="e"><v>${xmlText(v.error)}</v></c>`;
}

interface SheetPlan {
  /** row → col → write */
  writes: Map<number, Map<number, CellWrite>>;
  hooks: SheetHooks[];
}

export class PackagePatcher {
  readonly info: WorkbookInfo;
  private readonly replaced = new Map<string, Uint8Array>();
  private readonly deflated = new Map<string, DeflatedPart>();
  private readonly removed = new Set<string>();
  private readonly sheetPlans = new Map<string, SheetPlan>();
  private workbookEdits: Array<(root: XmlElement) => void> = [];
  private relEdits = new Map<string, Array<(root: XmlElement) => void>>();
  private ctEdits: Array<(root: XmlElement) => void> = [];
  private readonly addedRids: string[] = [];
  private readonly addedSheetIds: number[] = [];

  constructor(readonly pkg: Package) {
    this.info = readWorkbook(pkg);
  }

  private sheet(name: string): { part: string; plan: SheetPlan } {
    const s = this.info.sheets.find((x) => x.name === name);
    if (!s || s.kind !== "worksheet" || !s.part)
      throw new PackageError("xlsx.error.corrupt", { detail: `no worksheet named ${name}` });
    let plan = this.sheetPlans.get(s.part);
    if (!plan) {
      plan = { writes: new Map(), hooks: [] };
      this.sheetPlans.set(s.part, plan);
    }
    return { part: s.part, plan };
  }

  setCell(sheet: string, ref: string, w: CellWrite): void {
    const at = parseCellRef(ref);
    if (!at) throw new PackageError("xlsx.error.corrupt", { detail: `bad address ${ref}` });
    const { plan } = this.sheet(sheet);
    let row = plan.writes.get(at.row);
    if (!row) plan.writes.set(at.row, (row = new Map()));
    row.set(at.col, w);
  }

  /** Write a grid; `undefined` entries leave the existing cell as it is. */
  writeRegion(sheet: string, region: RegionWrite): void {
    const { plan } = this.sheet(sheet);
    region.rows.forEach((cells, i) => {
      const r = region.origin.row + i;
      let row = plan.writes.get(r);
      cells.forEach((w, j) => {
        if (w === undefined) return;
        if (!row) plan.writes.set(r, (row = new Map()));
        row.set(region.origin.col + j, w);
      });
    });
  }

  hookSheet(sheet: string, hooks: SheetHooks): void {
    this.sheet(sheet).plan.hooks.push(hooks);
  }

  editWorkbook(edit: (root: XmlElement) => void): void {
    this.workbookEdits.push(edit);
  }

  editRels(owner: string, edit: (root: XmlElement) => void): void {
    const list = this.relEdits.get(owner) ?? [];
    list.push(edit);
    this.relEdits.set(owner, list);
  }

  editContentTypes(edit: (root: XmlElement) => void): void {
    this.ctEdits.push(edit);
  }

  setSheetState(sheet: string, state: SheetState): void {
    this.editWorkbook((root) => {
      const sheets = child(root, "sheets");
      const el = sheets && elements(sheets, "sheet").find((s) => getAttr(s, "name") === sheet);
      if (el) setAttr(el, "state", state === "visible" ? undefined : state);
    });
  }

  setPart(part: string, data: Uint8Array | string): void {
    this.removed.delete(part);
    this.deflated.delete(part);
    this.replaced.set(part, typeof data === "string" ? strToU8(data) : data);
  }

  /** Set a part already compressed as it was written (a streamed sheet; see `DeflateSink`). */
  setDeflatedPart(part: string, data: DeflatedPart): void {
    this.removed.delete(part);
    this.replaced.delete(part);
    this.deflated.set(part, data);
  }

  removePart(part: string): void {
    const name = this.pkg.find(part) ?? part;
    this.replaced.delete(name);
    this.deflated.delete(name);
    this.removed.add(name);
  }

  /** The current text of a part (with edits set through setPart). */
  partText(part: string): string {
    const name = this.pkg.find(part) ?? part;
    const r = this.replaced.get(name);
    return r ? new TextDecoder().decode(r) : this.pkg.text(name);
  }

  /**
   * Add a worksheet part with the given XML: relationship, `<sheet>` entry (first or last),
   * content type. Returns the part path.
   */
  addWorksheet(
    name: string,
    xml: string,
    opts: { first?: boolean; state?: SheetState } = {}
  ): string {
    const wbPart = this.info.part;
    const taken = new Set(this.pkg.names.map((n) => n.toLowerCase()));
    for (const p of this.replaced.keys()) taken.add(p.toLowerCase());
    for (const p of this.deflated.keys()) taken.add(p.toLowerCase());
    let i = this.info.sheets.length + 1;
    while (taken.has(`xl/worksheets/sheet${i}.xml`)) i++;
    const part = `xl/worksheets/sheet${i}.xml`;
    const rels = this.pkg.rels(wbPart);
    // Several sheets may be added in one session: ids taken by earlier additions count too.
    const ids = new Set([...rels.map((r) => r.id), ...this.addedRids]);
    let rid = "rIdReimb1";
    for (let k = 2; ids.has(rid); k++) rid = `rIdReimb${k}`;
    this.addedRids.push(rid);
    const sheetId =
      Math.max(0, ...this.info.sheets.map((s) => s.sheetId), ...this.addedSheetIds) + 1;
    this.addedSheetIds.push(sheetId);
    this.setPart(part, xml);
    const target = wbPart.startsWith("xl/") ? part.slice(3) : `/${part}`;
    this.editRels(wbPart, (root) => {
      root.children.push(
        makeElement(root, "Relationship", {
          Id: rid,
          Type: `${NS.rel}/worksheet`,
          Target: target,
        })
      );
    });
    this.editContentTypes((root) => {
      root.children.push(
        makeElement(root, "Override", { PartName: `/${part}`, ContentType: CT.worksheet })
      );
    });
    this.editWorkbook((root) => {
      const sheets = child(root, "sheets");
      if (!sheets) throw new PackageError("xlsx.error.noWorkbook");
      const el = makeElement(sheets, "sheet", { name, sheetId: String(sheetId) });
      const relPrefix = Object.values(root.attrs).find(
        (a) => a.name.startsWith("xmlns:") && (a.value === NS.rel || a.value === NS.strictRel)
      );
      el.attrs.push({
        name: relPrefix ? `${relPrefix.local}:id` : "r:id",
        local: "id",
        uri: NS.rel,
        value: rid,
      });
      if (!relPrefix)
        root.attrs.push({
          name: "xmlns:r",
          local: "r",
          uri: "http://www.w3.org/2000/xmlns/",
          value: NS.rel,
        });
      if (opts.state && opts.state !== "visible") setAttr(el, "state", opts.state);
      if (opts.first) sheets.children.unshift(el);
      else sheets.children.push(el);
      // Sheet-local names count sheet positions: moving every sheet one place right.
      if (opts.first) {
        const dn = child(root, "definedNames");
        for (const d of dn ? elements(dn, "definedName") : []) {
          const local = getAttr(d, "localSheetId");
          if (local !== undefined) setAttr(d, "localSheetId", String(Number(local) + 1));
        }
      }
    });
    return part;
  }

  private rewriteSheet(part: string, plan: SheetPlan): string {
    const writes = plan.writes;
    const pending = [...writes.keys()].sort((a, b) => a - b);
    let next = 0; // index into pending
    const rowXml = (r: number, cells: Map<number, CellWrite>): string =>
      `<row r="${r}">${[...cells.entries()]
        .sort((a, b) => a[0] - b[0])
        .map(([c, w]) => cellXml(cellRef(r, c), w))
        .join("")}</row>`;
    const flushBefore = (row: number): string => {
      let s = "";
      while (next < pending.length && pending[next] < row) {
        const r = pending[next++];
        s += rowXml(r, writes.get(r) as Map<number, CellWrite>);
      }
      return s;
    };
    let lastRow = 0;
    return transformXml(this.partText(part), part, {
      buffer: SHEET_BUFFERED,
      onSubtree: (el) => {
        if (el.local === "row") {
          const rNo = Number(getAttr(el, "r") ?? lastRow + 1);
          lastRow = rNo;
          let prefix = flushBefore(rNo);
          const mine = writes.get(rNo);
          if (mine && pending[next] === rNo) next++;
          // Cells of this row: kept ones (edited by hooks), written ones replacing or joining them.
          let col = 0;
          const kept: Array<{ col: number; xml: string }> = [];
          const seen = new Set<number>();
          for (const c of elements(el, "c")) {
            const ref = getAttr(c, "r");
            const at = ref ? parseCellRef(ref) : { row: rNo, col: col + 1 };
            col = at ? at.col : col + 1;
            const w = mine?.get(col);
            if (w) {
              seen.add(col);
              kept.push({ col, xml: cellXml(cellRef(rNo, col), w, getAttr(c, "s")) });
              continue;
            }
            for (const h of plan.hooks) h.cell?.(c, ref ?? cellRef(rNo, col));
            kept.push({ col, xml: serializeElement(c) });
          }
          if (mine)
            for (const [c, w] of mine)
              if (!seen.has(c)) kept.push({ col: c, xml: cellXml(cellRef(rNo, c), w) });
          kept.sort((a, b) => a.col - b.col);
          const spans = getAttr(el, "spans");
          if (spans !== undefined && mine) setAttr(el, "spans", undefined);
          el.children = el.children.filter((c) => c.kind !== "element" || c.local !== "c");
          const others = el.children
            .map((c) => (c.kind === "element" ? serializeElement(c) : ""))
            .join("");
          const open = serializeElement({ ...el, children: [] }).replace(/\/>$/, ">");
          return `${prefix}${open}${kept.map((k) => k.xml).join("")}${others}</${el.name}>`;
        }
        let cur: XmlElement | undefined = el;
        if (el.local === "dimension") {
          if (writes.size > 0) return ""; // optional; Excel recomputes it
          return serializeElement(el);
        }
        for (const h of plan.hooks) if (cur && h.element) cur = h.element(cur);
        return cur ? serializeElement(cur) : "";
      },
      beforeClose: (el) => (el.local === "sheetData" ? flushBefore(Number.MAX_SAFE_INTEGER) : ""),
    });
  }

  private editedXml(part: string, edits: Array<(root: XmlElement) => void>): string {
    const doc = parseXml(this.partText(part), part);
    for (const e of edits) e(doc.root);
    return serializeXml(doc);
  }

  /**
   * The new package. `macroEnabled`: keep the VBA project and the macro content type (an .xlsm
   * output); false removes the VBA project and gives the workbook the plain content type (an
   * .xlsx Excel opens).
   */
  save(opts: { macroEnabled?: boolean } = {}): Uint8Array {
    for (const [part, plan] of this.sheetPlans) this.setPart(part, this.rewriteSheet(part, plan));
    if (this.workbookEdits.length)
      this.setPart(this.info.part, this.editedXml(this.info.part, this.workbookEdits));
    if (opts.macroEnabled === false) this.dropMacros();
    for (const [owner, edits] of this.relEdits)
      this.setPart(relsPathOf(owner), this.editedXml(relsPathOf(owner), edits));
    const ctEdits = [...this.ctEdits];
    ctEdits.push((root) => {
      // Overrides only for parts that remain.
      root.children = root.children.filter((c) => {
        if (c.kind !== "element" || c.local !== "Override") return true;
        const p = (getAttr(c, "PartName") ?? "").replace(/^\//, "");
        return (
          !this.removed.has(this.pkg.find(p) ?? p) &&
          (this.pkg.has(p) || this.replaced.has(p) || this.deflated.has(p))
        );
      });
    });
    if (opts.macroEnabled !== undefined) {
      ctEdits.push((root) => {
        for (const o of elements(root, "Override"))
          if ((getAttr(o, "PartName") ?? "").replace(/^\//, "") === this.info.part)
            setAttr(o, "ContentType", opts.macroEnabled ? CT.workbookMacro : CT.workbook);
      });
    }
    this.setPart("[Content_Types].xml", this.editedXml("[Content_Types].xml", ctEdits));
    const out: OutEntry[] = [];
    const names = new Set<string>();
    for (const name of this.pkg.names) {
      if (this.removed.has(name)) continue;
      names.add(name);
      const data = this.replaced.get(name);
      const deflated = this.deflated.get(name);
      const entry = this.pkg.entry(name);
      out.push(
        deflated
          ? { name, deflated }
          : data || !entry
            ? { name, data: data as Uint8Array }
            : { name, copyOf: entry, from: this.pkg.bytes }
      );
    }
    for (const [name, data] of this.replaced) if (!names.has(name)) out.push({ name, data });
    for (const [name, deflated] of this.deflated)
      if (!names.has(name)) out.push({ name, deflated });
    // [Content_Types].xml first, as Excel writes it (some readers expect it there).
    out.sort((a, b) =>
      a.name === "[Content_Types].xml" ? -1 : b.name === "[Content_Types].xml" ? 1 : 0
    );
    return writeZip(out);
  }

  /** Remove the VBA project (and its signature) and the relationship to it. */
  private dropMacros(): void {
    const wbRels = this.pkg.rels(this.info.part);
    const vba = wbRels.filter((r) => REL_TYPE.vbaProject.test(r.type));
    for (const r of vba) {
      this.removePart(r.part);
      for (const sub of this.pkg.rels(r.part)) if (!sub.external) this.removePart(sub.part);
      if (this.pkg.has(relsPathOf(r.part))) this.removePart(relsPathOf(r.part));
    }
    for (const n of this.pkg.names)
      if (/vbaProject(Signature)?[^/]*\.bin$/i.test(n)) this.removePart(n);
    if (vba.length)
      this.editRels(this.info.part, (root) => {
        root.children = root.children.filter(
          (c) => c.kind !== "element" || !REL_TYPE.vbaProject.test(getAttr(c, "Type") ?? "")
        );
      });
  }
}

export { XML_DECL, columnLetters };
