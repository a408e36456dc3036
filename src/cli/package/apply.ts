/**
 * Applying a write plan to a workbook package: the blocks the add-in writes (the pathway columns
 * beside the user's Products table; the Evidence and Strategy sheets; later Roadmap and
 * Economics) and its very hidden record sheet, written with the package patcher
 * (src/xlsx/patch.ts) so every part the plan does not own is copied as the bytes it came in —
 * charts, drawings, pivot caches, external links, the VBA project, sensitivity labels, comments.
 *
 * Generic: it knows blocks, not Evidence or Strategy. What to write, what is the user's (skip) and
 * what is stale is decided by the write-back policy (src/domain/writeback); this only places it.
 *
 * - A block beside a table: its cells are written into the existing sheet, every other cell of the
 *   sheet stays as it is; the table is extended to `tableRect` (ref, autoFilter, columns named
 *   from the header cells, unique).
 * - A block on its own sheet: the sheet is created, or its `sheetData` rewritten while the rest
 *   of the sheet stays (comments, hyperlinks, validation, conditional formats, column widths the
 *   user set, extensions), and the cells the plan skips (the user's columns) stay as they are,
 *   rich text and styles included. Its table is created or re-pointed.
 * - Text goes to the shared-string table (existing entries reused, new ones appended): a string is
 *   never a formula, and repeated prose costs one entry, not one copy per cell. The record sheet is
 *   written with inline strings (its fingerprints are unique per row: they would only grow the
 *   table).
 * - Sheets are produced as streams into the deflater (src/xlsx/zip.ts `DeflateSink`), Node's zlib
 *   doing the compressing (./deflate.ts).
 */
import type { CellValue } from "../../domain/product";
import {
  CT,
  DeflateSink,
  PackagePatcher,
  REL_TYPE,
  cellRef,
  columnLetters,
  rangeRef,
  relsPathOf,
  replaySheetFrame,
  rowCells,
  scanSheet,
  type ScannedCell,
  type ScannedRow,
  type SheetState,
} from "../../xlsx";
import { PackageError } from "../../xlsx/limits";
import {
  NS,
  XML_DECL,
  child,
  elements,
  getAttr,
  makeElement,
  parseXml,
  serializeElement,
  setAttr,
  xmlAttr,
  xmlText,
  type XmlElement,
  type XmlNode,
} from "../../xlsx/xml";
import { uniqueHeaders } from "../workbook";
import type { WorkbookSnapshot } from "./snapshot";
import { StyleBook, type CellFormat } from "./styles";
import { cliDeflater } from "./compression";

/** A formula the plan writes (a user's own, carried over), with "=" and its cached value. */
export interface AppliedFormula {
  formula: string;
  cached?: CellValue;
}

/**
 * A cell the plan writes: a value (text stays text, whatever it starts with; null empties the
 * cell), or a formula. Plain values rather than one object per cell: a 600,000-row block is
 * millions of cells.
 */
export type AppliedCell = CellValue | AppliedFormula;

function isFormula(cell: AppliedCell): cell is AppliedFormula {
  return cell !== null && typeof cell === "object";
}

/** 0-based inclusive rectangle (sheet row/column). */
export interface AppliedRect {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/**
 * One block of a write plan, as plain data.
 *
 * `cells[i][j]` is the cell at sheet row `origin.r + i`, column `origin.c + j` (0-based); row 0 is
 * the header row. `undefined` means skip: the cell there stays exactly as it is (value, style,
 * rich text, formula) — the plan marks a user's cells so.
 */
export interface AppliedBlock {
  sheet: string;
  /** On a sheet of its own (created or rewritten), or beside the user's table on their sheet. */
  placement: "ownSheet" | "besideTable";
  /** The Excel table to create or re-point (own sheet), or the user's table to extend (beside). */
  table?: string;
  origin: { r: number; c: number };
  cells: ReadonlyArray<ReadonlyArray<AppliedCell | undefined>>;
  /** Sheet cells (0-based) to clear: value removed, formatting kept (a block that got shorter). */
  stale?: ReadonlyArray<{ r: number; c: number }>;
  format?: {
    /** Row 0 bold. */
    headerBold?: boolean;
    /** Column widths in characters, by block column; set only where the user has none. */
    widths?: ReadonlyArray<number | undefined>;
    /** Block columns whose data cells wrap, top-aligned. */
    wrap?: ReadonlyArray<number>;
    /** Fills by block cell, #RRGGBB. */
    fills?: ReadonlyArray<{ row: number; col: number; color: string }>;
    /** Freeze this many rows from the top, unless the sheet already has frozen panes. */
    freezeRows?: number;
  };
  /** The table's new extent (0-based, header row included). */
  tableRect?: AppliedRect;
  /**
   * The reader saw no value or formula on the sheet outside the block: an own sheet's old rows
   * need not be read again (they are all replaced; a large Evidence sheet is not parsed twice).
   * Without it, cells outside the block are kept. (Formatting on empty cells outside the block is
   * not seen by the reader, so on this path it is not kept.)
   */
  nothingOutside?: boolean;
}

export interface ApplyPlan {
  blocks: readonly AppliedBlock[];
  /** The record sheet: written very hidden, inline strings, from A1. */
  record?: { sheet: string; rows: ReadonlyArray<ReadonlyArray<CellValue>> };
  /**
   * Keep the VBA project and the macro content type (true, the default: an .xlsm stays .xlsm),
   * or drop them (false: the output is an .xlsx).
   */
  macroEnabled?: boolean;
}

const CT_TABLE = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml";
const CT_SST = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";
const CT_STYLES = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";
const ROWS_MARK = "REIMB_SHEET_DATA";

/** The shared-string table: existing entries reused, new ones appended after them. */
class SharedStrings {
  private index?: Map<string, number>;
  private readonly added: string[] = [];
  private base = 0;

  constructor(private readonly snapshot: WorkbookSnapshot) {}

  of(text: string): number {
    if (!this.index) {
      const sst = this.snapshot.sharedStrings();
      this.base = sst.length;
      this.index = new Map();
      sst.forEach((s, i) => {
        if (!this.index?.has(s)) this.index?.set(s, i);
      });
    }
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.base + this.added.length;
      this.added.push(text);
      this.index.set(text, i);
    }
    return i;
  }

  /** Write the table back (only when something was added). */
  save(patcher: PackagePatcher): void {
    if (this.added.length === 0) return;
    const items = this.added
      .map((s) => `<si><t xml:space="preserve">${xmlText(s)}</t></si>`)
      .join("");
    const part = patcher.info.sharedStringsPart;
    const total = this.base + this.added.length;
    if (part) {
      const text = patcher.partText(part);
      const open = /<([\w.-]+:)?sst\b[^>]*?(\/?)>/.exec(text);
      if (!open) throw new PackageError("xlsx.error.xml", { part, detail: "no sst element" });
      const p = open[1] ?? "";
      const own = p === "" ? items : items.replace(/<(\/?)(si|t)\b/g, `<$1${p}$2`);
      // `count` (references) is optional and would be wrong now; `uniqueCount` is the item count.
      const tag = open[0]
        .replace(/\s+(count|uniqueCount)\s*=\s*("[^"]*"|'[^']*')/g, "")
        .replace(/\/?>$/, ` uniqueCount="${total}">`);
      const head = text.slice(0, open.index) + tag;
      if (open[2] === "/") {
        patcher.setPart(part, `${head}${own}</${p}sst>${text.slice(open.index + open[0].length)}`);
      } else {
        const close = text.lastIndexOf(`</${p}sst>`);
        patcher.setPart(
          part,
          `${head}${text.slice(open.index + open[0].length, close)}${own}${text.slice(close)}`
        );
      }
      return;
    }
    const newPart = "xl/sharedStrings.xml";
    patcher.setPart(
      newPart,
      `${XML_DECL}<sst xmlns="${NS.main}" uniqueCount="${total}">${items}</sst>`
    );
    addRel(patcher, patcher.info.part, `${NS.rel}/sharedStrings`, newPart);
    addOverride(patcher, newPart, CT_SST);
  }
}

/** A relationship from `owner` to `part` (target written relative to the owner's folder). */
function addRel(patcher: PackagePatcher, owner: string, type: string, part: string): string {
  const target = relativeTarget(owner, part);
  const relsPath = relsPathOf(owner);
  const exists = patcher.pkg.has(relsPath) || partSet(patcher, relsPath);
  const ids = new Set(exists ? relIds(patcher.partText(relsPath)) : []);
  let id = "rIdReimb1";
  for (let k = 2; ids.has(id); k++) id = `rIdReimb${k}`;
  if (exists) {
    const doc = parseXml(patcher.partText(relsPath), relsPath);
    doc.root.children.push(
      makeElement(doc.root, "Relationship", { Id: id, Type: type, Target: target })
    );
    patcher.setPart(relsPath, XML_DECL + serializeElement(doc.root));
  } else {
    patcher.setPart(
      relsPath,
      `${XML_DECL}<Relationships xmlns="${NS.pkgRel}"><Relationship Id="${id}" Type="${xmlAttr(type)}" Target="${xmlAttr(target)}"/></Relationships>`
    );
  }
  return id;
}

/** `part` as a target relative to `owner`'s folder (xl/worksheets/sheet1.xml → ../tables/t.xml). */
function relativeTarget(owner: string, part: string): string {
  const from = owner.split("/").slice(0, -1);
  const to = part.split("/");
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => ".."), ...to.slice(i)].join("/");
}

function partSet(patcher: PackagePatcher, part: string): boolean {
  try {
    patcher.partText(part);
    return true;
  } catch {
    return false;
  }
}

function relIds(xml: string): string[] {
  return [...xml.matchAll(/\bId="([^"]*)"/g)].map((m) => m[1]);
}

function addOverride(patcher: PackagePatcher, part: string, type: string): void {
  patcher.editContentTypes((root) => {
    root.children.push(makeElement(root, "Override", { PartName: `/${part}`, ContentType: type }));
  });
}

/** One cell's XML (address, style, value); "" for an empty unstyled cell. */
function cellXml(
  ref: string,
  cell: AppliedCell,
  style: string | undefined,
  strings: SharedStrings | undefined
): string {
  const s = style === undefined ? "" : ` s="${style}"`;
  if (isFormula(cell)) {
    const f = `<f>${xmlText(cell.formula.replace(/^=/, ""))}</f>`;
    const v = cell.cached;
    if (v === undefined || v === null) return `<c r="${ref}"${s}>${f}</c>`;
    if (typeof v === "number")
      return Number.isFinite(v)
        ? `<c r="${ref}"${s}>${f}<v>${v}</v></c>`
        : `<c r="${ref}"${s}>${f}</c>`;
    if (typeof v === "boolean") return `<c r="${ref}"${s} t="b">${f}<v>${v ? 1 : 0}</v></c>`;
    return `<c r="${ref}"${s} t="str">${f}<v>${xmlText(v)}</v></c>`;
  }
  const v = cell;
  if (v === null || v === "") return s === "" ? "" : `<c r="${ref}"${s}/>`;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return `<c r="${ref}"${s} t="e"><v>#NUM!</v></c>`;
    return `<c r="${ref}"${s}><v>${v}</v></c>`;
  }
  if (typeof v === "boolean") return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (strings) return `<c r="${ref}"${s} t="s"><v>${strings.of(v)}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlText(v)}</t></is></c>`;
}

/** A block prepared for writing: styles resolved, rows addressable by sheet row. */
interface Prepared {
  block: AppliedBlock;
  /** 1-based sheet rows and columns of the block. */
  top: number;
  left: number;
  bottom: number;
  right: number;
  /** Style index by block cell, for cells with a format. */
  style(i: number, j: number): number | undefined;
  /** Stale cells by 1-based sheet row → 1-based columns. */
  stale: Map<number, Set<number>>;
  strings?: SharedStrings;
  /** Whether a block row holds any skip cell (the old row's cells must then be read). */
  hasSkip(i: number): boolean;
}

function prepare(
  block: AppliedBlock,
  styles: StyleBook,
  strings: SharedStrings | undefined
): Prepared {
  // A loop, not Math.max(...rows): a 600,000-row block would overflow the call stack.
  let width = 0;
  for (const r of block.cells) if (r.length > width) width = r.length;
  const wrap = new Set(block.format?.wrap ?? []);
  const fills = new Map<string, string>();
  for (const f of block.format?.fills ?? []) fills.set(`${f.row},${f.col}`, f.color);
  const bold = block.format?.headerBold === true;
  const style = (i: number, j: number): number | undefined => {
    // Most cells have no format of their own: answered without building one per cell.
    if (i > 0 && fills.size === 0 && !wrap.has(j)) return undefined;
    const format: CellFormat = {
      bold: bold && i === 0,
      wrap: i > 0 && wrap.has(j),
      fill: fills.size > 0 ? fills.get(`${i},${j}`) : undefined,
    };
    if (!format.bold && !format.wrap && !format.fill) return undefined;
    return styles.xf(format);
  };
  const stale = new Map<number, Set<number>>();
  for (const s of block.stale ?? []) {
    const set = stale.get(s.r + 1) ?? new Set<number>();
    set.add(s.c + 1);
    stale.set(s.r + 1, set);
  }
  return {
    block,
    top: block.origin.r + 1,
    left: block.origin.c + 1,
    bottom: block.origin.r + block.cells.length,
    right: block.origin.c + width,
    style,
    stale,
    strings,
    hasSkip: (i) => {
      const row = block.cells[i];
      if (!row) return false;
      for (let j = 0; j < width; j++) if (row[j] === undefined) return true;
      return false;
    },
  };
}

/**
 * The XML of one sheet row: the block's cells for it merged with the old row's kept cells.
 * `old` is the old row (undefined when the sheet had none there); `keepOutside` keeps the old
 * row's cells outside the block (beside a table) or drops them (own sheet).
 */
function mergedRow(
  p: Prepared,
  sheetRow: number,
  old: ScannedRow | undefined,
  keepOutside: boolean,
  rowAttrs: string
): string {
  const i = sheetRow - p.top;
  const inBlock = i >= 0 && sheetRow <= p.bottom;
  const cells = inBlock ? p.block.cells[i] : undefined;
  const stale = p.stale.get(sheetRow);
  // A row with no old cells to keep (a new sheet, an own sheet's rows all replaced): its cells
  // are written straight into the row's text, left to right, with no per-cell record to sort.
  const readOld =
    old !== undefined && old.body !== "" && (keepOutside || (inBlock && p.hasSkip(i)));
  if (!readOld) {
    let body = "";
    if (cells)
      for (let j = 0; j < cells.length; j++) {
        const w = cells[j];
        if (w === undefined) continue;
        const own = p.style(i, j);
        body += cellXml(
          cellRef(sheetRow, p.left + j),
          w,
          own !== undefined ? String(own) : undefined,
          p.strings
        );
      }
    if (body === "" && rowAttrs === "") return "";
    return `<row r="${sheetRow}"${rowAttrs}>${body}</row>`;
  }
  const out: Array<{ col: number; xml: string }> = [];
  const oldStyles = new Map<number, string | undefined>();
  // An own sheet's old row matters only for the cells the plan keeps.
  if (old) {
    for (const c of rowCells(old)) {
      const inside = inBlock && c.col >= p.left && c.col <= p.right;
      if (inside) {
        const w = cells?.[c.col - p.left];
        // A skipped cell the plan clears (a stale header cell right of a table that got narrower).
        if (w === undefined && stale?.has(c.col)) out.push({ col: c.col, xml: clearedCell(c) });
        else if (w === undefined) out.push({ col: c.col, xml: c.raw });
        else oldStyles.set(c.col, c.style);
        continue;
      }
      if (!keepOutside) continue;
      if (stale?.has(c.col)) {
        out.push({ col: c.col, xml: clearedCell(c) });
        continue;
      }
      out.push({ col: c.col, xml: c.raw });
    }
  }
  if (cells) {
    for (let j = 0; j < cells.length; j++) {
      const w = cells[j];
      if (w === undefined) continue;
      const col = p.left + j;
      const own = p.style(i, j);
      const style = own !== undefined ? String(own) : oldStyles.get(col);
      const xml = cellXml(cellRef(sheetRow, col), w, style, p.strings);
      if (xml !== "") out.push({ col, xml });
    }
  }
  if (out.length === 0 && rowAttrs === "") return "";
  out.sort((a, b) => a.col - b.col);
  let s = `<row r="${sheetRow}"${rowAttrs}>`;
  for (const o of out) s += o.xml;
  return `${s}</row>`;
}

/** A cell with its value removed and its formatting kept. */
function clearedCell(c: ScannedCell): string {
  return c.style === undefined ? "" : `<c r="${cellRef(c.row, c.col)}" s="${xmlAttr(c.style)}"/>`;
}

/** Row attributes kept from the old row: all but its number and spans (own sheet: heights only). */
function keptRowAttrs(attrs: string, own: boolean): string {
  const list = [...attrs.matchAll(/([\w:.-]+)\s*=\s*("[^"]*"|'[^']*')/g)];
  const keep = list.filter(([, name]) =>
    own ? name === "ht" || name === "customHeight" : name !== "r" && name !== "spans"
  );
  return keep.map(([, n, v]) => ` ${n}=${v}`).join("");
}

// --- the parts around sheetData ----------------------------------------------------------------

interface SheetEdits {
  freezeRows?: number;
  /** 1-based column → width in characters (only where no <col> covers it). */
  widths: Map<number, number>;
  /** Relationship id of a table part to list in <tableParts>. */
  tablePartRid?: string;
  /** Declare the relationships namespace on the root (a table part is added further down). */
  declareRel?: boolean;
  /** Merged ranges intersecting this 1-based rectangle are removed (they would split a table). */
  unmergeIn?: { top: number; left: number; bottom: number; right: number };
}

const BEFORE_VIEWS = new Set(["sheetPr", "dimension"]);

function frozenPane(like: XmlElement, rows: number): XmlElement {
  return makeElement(like, "pane", {
    ySplit: String(rows),
    topLeftCell: `A${rows + 1}`,
    activePane: "bottomLeft",
    state: "frozen",
  });
}

/** Edit the worksheet element (with sheetData replaced by a marker) and return [before, after]. */
function editSheetTree(root: XmlElement, e: SheetEdits): [string, string] {
  // The relationships namespace on the root, for r:id attributes added below.
  const rPrefix = root.attrs.find(
    (a) => a.name.startsWith("xmlns:") && (a.value === NS.rel || a.value === NS.strictRel)
  )?.local;
  if (!rPrefix && (e.tablePartRid || e.declareRel))
    root.attrs.push({
      name: "xmlns:r",
      local: "r",
      uri: "http://www.w3.org/2000/xmlns/",
      value: NS.rel,
    });
  const rp = rPrefix ?? "r";
  root.children = root.children.filter((c) => c.kind !== "element" || c.local !== "dimension");
  const indexOf = (local: string): number =>
    root.children.findIndex((c) => c.kind === "element" && c.local === local);
  if (e.freezeRows !== undefined && e.freezeRows > 0) {
    let views = child(root, "sheetViews");
    if (!views) {
      views = makeElement(root, "sheetViews", {}, [
        makeElement(root, "sheetView", { workbookViewId: "0" }),
      ]);
      let at = 0;
      root.children.forEach((c, i) => {
        if (c.kind === "element" && BEFORE_VIEWS.has(c.local)) at = i + 1;
      });
      root.children.splice(at, 0, views);
    }
    const view = elements(views, "sheetView")[0];
    const frozen = elements(views, "sheetView").some((v) =>
      elements(v, "pane").some((p) => /frozen/.test(getAttr(p, "state") ?? ""))
    );
    if (view && !frozen) {
      view.children = view.children.filter(
        (c) => c.kind !== "element" || (c.local !== "pane" && c.local !== "selection")
      );
      view.children.unshift(
        frozenPane(view, e.freezeRows),
        makeElement(view, "selection", { pane: "bottomLeft" })
      );
    }
  }
  if (e.widths.size > 0) {
    let cols = child(root, "cols");
    if (!cols) {
      cols = makeElement(root, "cols");
      root.children.splice(indexOf("sheetData"), 0, cols);
    }
    const covered = (c: number): boolean =>
      elements(cols as XmlElement, "col").some(
        (el) => Number(getAttr(el, "min")) <= c && c <= Number(getAttr(el, "max"))
      );
    for (const [c, w] of e.widths)
      if (!covered(c))
        cols.children.push(
          makeElement(cols, "col", {
            min: String(c),
            max: String(c),
            width: String(w),
            customWidth: "1",
          })
        );
    cols.children.sort((a, b) => {
      const ka = a.kind === "element" ? Number(getAttr(a, "min")) : 0;
      const kb = b.kind === "element" ? Number(getAttr(b, "min")) : 0;
      return ka - kb;
    });
    if (elements(cols).length === 0) root.children = root.children.filter((c) => c !== cols);
  }
  if (e.unmergeIn) {
    const box = e.unmergeIn;
    const merges = child(root, "mergeCells");
    if (merges) {
      merges.children = merges.children.filter((m) => {
        if (m.kind !== "element") return true;
        const [a, b] = (getAttr(m, "ref") ?? "").split(":");
        const p = /^([A-Z]+)(\d+)$/.exec(a ?? "");
        const q = /^([A-Z]+)(\d+)$/.exec(b ?? a ?? "");
        if (!p || !q) return true;
        const col = (l: string): number =>
          [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
        const hit = !(
          Number(q[2]) < box.top ||
          Number(p[2]) > box.bottom ||
          col(q[1]) < box.left ||
          col(p[1]) > box.right
        );
        return !hit;
      });
      const n = elements(merges, "mergeCell").length;
      if (n === 0) root.children = root.children.filter((c) => c !== merges);
      else setAttr(merges, "count", String(n));
    }
  }
  if (e.tablePartRid) {
    let parts = child(root, "tableParts");
    if (!parts) {
      parts = makeElement(root, "tableParts");
      const ext = indexOf("extLst");
      root.children.splice(ext >= 0 ? ext : root.children.length, 0, parts);
    }
    const tp = makeElement(parts, "tablePart");
    tp.attrs.push({ name: `${rp}:id`, local: "id", uri: NS.rel, value: e.tablePartRid });
    parts.children.push(tp);
    setAttr(parts, "count", String(elements(parts, "tablePart").length));
  }
  const at = indexOf("sheetData");
  const marker: XmlNode = { kind: "comment", text: ROWS_MARK };
  const data = root.children[at] as XmlElement;
  root.children[at] = marker;
  const xml = serializeElement(root);
  root.children[at] = data;
  const k = xml.indexOf(`<!--${ROWS_MARK}-->`);
  const p = data.name.includes(":") ? data.name.slice(0, data.name.indexOf(":") + 1) : "";
  return [
    `${XML_DECL}${xml.slice(0, k)}<${p}sheetData>`,
    `</${p}sheetData>${xml.slice(k + ROWS_MARK.length + 7)}`,
  ];
}

// --- the applier -------------------------------------------------------------------------------

export class PlanApplier {
  private readonly patcher: PackagePatcher;
  private readonly styles: StyleBook;
  private readonly strings: SharedStrings;
  private nextTableId?: number;

  constructor(private readonly snapshot: WorkbookSnapshot) {
    this.patcher = new PackagePatcher(snapshot.pkg);
    const sp = this.patcher.info.stylesPart;
    this.styles = new StyleBook(sp ? snapshot.pkg.text(sp) : undefined);
    this.strings = new SharedStrings(snapshot);
  }

  apply(plan: ApplyPlan): Uint8Array {
    for (const block of plan.blocks) this.block(block);
    if (plan.record) this.record(plan.record.sheet, plan.record.rows);
    this.strings.save(this.patcher);
    if (this.styles.changed) this.saveStyles();
    this.dropCalcChain();
    return this.patcher.save(
      plan.macroEnabled === false && this.patcher.info.hasMacros ? { macroEnabled: false } : {}
    );
  }

  private saveStyles(): void {
    const part = this.patcher.info.stylesPart;
    if (part) {
      this.patcher.setPart(part, this.styles.toXml());
      return;
    }
    const created = "xl/styles.xml";
    this.patcher.setPart(created, this.styles.toXml());
    addRel(this.patcher, this.patcher.info.part, `${NS.rel}/styles`, created);
    addOverride(this.patcher, created, CT_STYLES);
  }

  /** The calculation chain names formula cells; rewritten sheets would make it wrong, and Excel rebuilds it. */
  private dropCalcChain(): void {
    const wb = this.patcher.info.part;
    const rels = this.snapshot.pkg.rels(wb).filter((r) => REL_TYPE.calcChain.test(r.type));
    if (rels.length === 0) return;
    for (const r of rels) if (this.snapshot.pkg.has(r.part)) this.patcher.removePart(r.part);
    this.patcher.editRels(wb, (root) => {
      root.children = root.children.filter(
        (c) => c.kind !== "element" || !REL_TYPE.calcChain.test(getAttr(c, "Type") ?? "")
      );
    });
  }

  private block(block: AppliedBlock): void {
    const p = prepare(block, this.styles, this.strings);
    const entry = this.snapshot.sheet(block.sheet);
    const own = block.placement === "ownSheet";
    const widths = new Map<number, number>();
    (block.format?.widths ?? []).forEach((w, j) => {
      if (w !== undefined) widths.set(p.left + j, w);
    });
    if (entry && entry.kind === "worksheet" && entry.part) {
      let tablePartRid: string | undefined;
      if (block.table && block.tableRect) tablePartRid = this.table(block, entry.part);
      this.rewrite(
        p,
        entry.part,
        {
          freezeRows: block.format?.freezeRows,
          widths,
          tablePartRid,
          unmergeIn: own
            ? { top: p.top, left: p.left, bottom: p.bottom, right: p.right }
            : undefined,
        },
        false
      );
      return;
    }
    if (!own) throw new Error(`no sheet named ${block.sheet} to write beside`);
    const part = this.patcher.addWorksheet(block.sheet, "");
    const tablePartRid = block.table && block.tableRect ? this.newTable(block, part) : undefined;
    this.create(p, part, { freezeRows: block.format?.freezeRows, widths, tablePartRid });
  }

  private record(sheet: string, rows: ReadonlyArray<ReadonlyArray<CellValue>>): void {
    const block: AppliedBlock = {
      sheet,
      placement: "ownSheet",
      origin: { r: 0, c: 0 },
      cells: rows,
    };
    const p = prepare(block, this.styles, undefined);
    const entry = this.snapshot.sheet(sheet);
    if (entry && entry.kind === "worksheet" && entry.part) {
      this.rewrite(p, entry.part, { widths: new Map() }, true);
      this.patcher.setSheetState(sheet, "veryHidden");
      return;
    }
    const part = this.patcher.addWorksheet(sheet, "", { state: "veryHidden" as SheetState });
    this.create(p, part, { widths: new Map() });
  }

  /** A new sheet: the whole part generated. */
  private create(p: Prepared, part: string, edits: SheetEdits): void {
    const root = parseXml(
      `<worksheet xmlns="${NS.main}" xmlns:r="${NS.rel}"><sheetFormatPr defaultRowHeight="15"/><sheetData/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
    ).root;
    const [before, after] = editSheetTree(root, edits);
    const sink = new DeflateSink(6, cliDeflater());
    sink.write(before);
    for (let r = p.top; r <= p.bottom; r++) sink.write(mergedRow(p, r, undefined, false, ""));
    sink.write(after);
    this.patcher.setDeflatedPart(part, sink.finish());
  }

  /** An existing sheet: streamed through, its rows merged with the block's. */
  /**
   * `replace`: the sheet holds the block only (the record sheet). Otherwise cells outside the
   * block stay as they are — beside the user's table, and on an own sheet too, where a note the
   * user typed outside the add-in's table is theirs (the pane keeps it the same way).
   */
  private rewrite(p: Prepared, part: string, edits: SheetEdits, replace: boolean): void {
    const own = replace;
    const sink = new DeflateSink(6, cliDeflater());
    let rootTag = "";
    let next = p.top; // next block row not yet written
    const flushBefore = (row: number): void => {
      for (; next <= p.bottom && next < row; next++)
        sink.write(mergedRow(p, next, undefined, false, ""));
    };
    let before: string;
    let dataClose = "</sheetData>";
    // An own sheet whose rows are all replaced need not be read again when the snapshot kept the
    // text around its rows.
    let skips = false;
    for (let i = 0; i < p.block.cells.length && !skips; i++) skips = p.hasSkip(i);
    const whole = replace || p.block.nothingOutside === true;
    const frame = whole && !skips ? this.snapshot.frame(p.block.sheet) : undefined;
    const scan: typeof scanSheet = frame
      ? (_pkg, _part, handlers) => replaySheetFrame(frame, handlers)
      : scanSheet;
    scan(this.snapshot.pkg, part, {
      prefix: (text, dataTag) => {
        dataClose = `</${/^<([\w.-]+:)?/.exec(dataTag)?.[1] ?? ""}sheetData>`;
        rootTag = /<(?![?!])[^>]*>/.exec(text)?.[0] ?? "";
        const close = /^<([\w.-]+:)?worksheet\b/.exec(rootTag)?.[1] ?? "";
        const root = parseXml(`${text}<${close}sheetData/></${close}worksheet>`, part).root;
        // Only the part before sheetData is known yet; the rest is edited when it arrives.
        [before] = editSheetTree(root, {
          ...edits,
          tablePartRid: undefined,
          unmergeIn: undefined,
          declareRel: edits.tablePartRid !== undefined,
        });
        sink.write(before);
      },
      row: (row) => {
        const inBlock = row.row >= p.top && row.row <= p.bottom;
        if (own && !inBlock) return; // an own sheet holds the block only
        flushBefore(row.row);
        if (!inBlock) {
          sink.write(
            p.stale.has(row.row)
              ? mergedRow(p, row.row, row, true, keptRowAttrs(row.attrs, false))
              : row.raw
          );
          return;
        }
        sink.write(mergedRow(p, row.row, row, !own, keptRowAttrs(row.attrs, own)));
        next = Math.max(next, row.row + 1);
      },
      suffix: (text) => {
        flushBefore(Number.MAX_SAFE_INTEGER);
        if (!edits.tablePartRid && !edits.unmergeIn) {
          sink.write(dataClose + text);
          return;
        }
        const open = /^(<(?:[\w.-]+:)?worksheet\b[^>]*?)(\/?)>/.exec(rootTag);
        const close = /^<([\w.-]+:)?worksheet\b/.exec(rootTag)?.[1] ?? "";
        const tag = open ? `${open[1]}>` : rootTag;
        const withNs = /xmlns:r=/.test(tag) ? tag : tag.replace(/>$/, ` xmlns:r="${NS.rel}">`);
        const root = parseXml(`${withNs}<${close}sheetData/>${text}`, part).root;
        const [, after] = editSheetTree(root, {
          widths: new Map(),
          tablePartRid: edits.tablePartRid,
          unmergeIn: edits.unmergeIn,
        });
        sink.write(after);
      },
    });
    this.patcher.setDeflatedPart(part, sink.finish());
  }

  // --- tables ----------------------------------------------------------------------------------

  private tableId(): number {
    if (this.nextTableId === undefined) {
      let max = 0;
      for (const t of this.snapshot.tables)
        max = Math.max(max, Number(getAttr(this.snapshot.pkg.xml(t.part), "id") ?? 0));
      this.nextTableId = max + 1;
    }
    return this.nextTableId++;
  }

  /** Column names for the table: header cells of the block where it has them, the table's own elsewhere. */
  private columnNames(
    block: AppliedBlock,
    rect: AppliedRect,
    old: string[],
    oldLeft: number
  ): string[] {
    const names: string[] = [];
    for (let c = rect.c0; c <= rect.c1; c++) {
      const j = c - block.origin.c;
      const header = block.origin.r === rect.r0 ? block.cells[0]?.[j] : undefined;
      if (header !== undefined && header !== null && !isFormula(header) && header !== "")
        names.push(String(header));
      else names.push(old[c - oldLeft] ?? "");
    }
    return uniqueHeaders(names);
  }

  /** Make sure header cells inside the block say the table's column names exactly. */
  private alignHeaders(block: AppliedBlock, rect: AppliedRect, names: string[]): void {
    if (block.origin.r !== rect.r0) return;
    const header = block.cells[0] as Array<AppliedCell | undefined> | undefined;
    if (!header) return;
    names.forEach((name, k) => {
      const j = rect.c0 + k - block.origin.c;
      if (j < 0 || j >= header.length) return;
      const cell = header[j];
      if (cell !== name) header[j] = name;
    });
  }

  /** Re-point an existing table; returns a relationship id when the sheet needs a new table part. */
  private table(block: AppliedBlock, sheetPart: string): string | undefined {
    const rect = block.tableRect as AppliedRect;
    const lower = (block.table as string).toLowerCase();
    const found = this.snapshot.tables.find(
      (t) => t.sheet === block.sheet && t.name.toLowerCase() === lower
    );
    if (!found) return block.placement === "ownSheet" ? this.newTable(block, sheetPart) : undefined;
    const names = this.columnNames(block, rect, found.columns, found.ref.left - 1);
    this.alignHeaders(block, rect, names);
    const doc = parseXml(this.snapshot.pkg.text(found.part), found.part);
    const t = doc.root;
    const ref = rangeRef({
      top: rect.r0 + 1,
      left: rect.c0 + 1,
      bottom: rect.r1 + 1,
      right: rect.c1 + 1,
    });
    setAttr(t, "ref", ref);
    const filter = child(t, "autoFilter");
    if (filter) {
      setAttr(filter, "ref", ref);
      if (block.placement === "ownSheet") filter.children = [];
    }
    t.children = t.children.filter((c) => c.kind !== "element" || c.local !== "sortState");
    const cols = child(t, "tableColumns") ?? makeElement(t, "tableColumns");
    const old = elements(cols, "tableColumn");
    let maxId = Math.max(0, ...old.map((c) => Number(getAttr(c, "id") ?? 0)));
    const byName = new Map(old.map((c) => [(getAttr(c, "name") ?? "").toLowerCase(), c]));
    cols.children = names.map((name) => {
      const kept = byName.get(name.toLowerCase());
      byName.delete(name.toLowerCase());
      if (kept) {
        setAttr(kept, "name", name);
        return kept;
      }
      return makeElement(cols, "tableColumn", { id: String(++maxId), name });
    });
    setAttr(cols, "count", String(names.length));
    this.patcher.setPart(found.part, XML_DECL + serializeElement(t));
    return undefined;
  }

  /** A new table part for the block; returns the sheet's relationship id to it. */
  private newTable(block: AppliedBlock, sheetPart: string): string {
    const rect = block.tableRect as AppliedRect;
    const names = this.columnNames(block, rect, [], rect.c0);
    this.alignHeaders(block, rect, names);
    const id = this.tableId();
    let n = id;
    const taken = (x: number): boolean =>
      this.snapshot.pkg.has(`xl/tables/table${x}.xml`) ||
      partSet(this.patcher, `xl/tables/table${x}.xml`);
    while (taken(n)) n++;
    const part = `xl/tables/table${n}.xml`;
    const ref = rangeRef({
      top: rect.r0 + 1,
      left: rect.c0 + 1,
      bottom: rect.r1 + 1,
      right: rect.c1 + 1,
    });
    const name = xmlAttr(block.table as string);
    this.patcher.setPart(
      part,
      `${XML_DECL}<table xmlns="${NS.main}" id="${id}" name="${name}" displayName="${name}" ref="${ref}" totalsRowShown="0"><autoFilter ref="${ref}"/><tableColumns count="${names.length}">${names
        .map((c, i) => `<tableColumn id="${i + 1}" name="${xmlAttr(c)}"/>`)
        .join(
          ""
        )}</tableColumns><tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
    );
    addOverride(this.patcher, part, CT_TABLE);
    return addRel(this.patcher, sheetPart, `${NS.rel}/table`, part);
  }
}

/** Apply a plan to the snapshot's package: the output workbook's bytes. */
export function applyPlan(snapshot: WorkbookSnapshot, plan: ApplyPlan): Uint8Array {
  return new PlanApplier(snapshot).apply(plan);
}

export { CT, columnLetters };
