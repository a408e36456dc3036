/**
 * Reading a workbook package: sheets, names, shared strings, cells, tables and merged ranges.
 * Namespace-aware (a sheet written with an `x:` prefix reads the same), and bounded by the cells
 * actually holding a value or a formula: a formatted cell at row 1,048,576 costs nothing, and a
 * cell beyond Excel's grid is refused.
 */
import { MAX_COLUMNS, MAX_ROWS, PackageError } from "./limits";
import { cellRef, parseCellRef, parseRange, shiftFormula, type Rect } from "./address";
import { REL_TYPE, type Package } from "./package";
import {
  child,
  descendants,
  elements,
  getAttr,
  relAttr,
  scanXml,
  textOf,
  type XmlElement,
} from "./xml";

/** A value as the file stores it (the same shape the share module compares). */
export type CellValue = number | string | boolean | null | { error: string };

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetEntry {
  name: string;
  sheetId: number;
  rid: string;
  /** Part path (xl/worksheets/sheet1.xml); "" when the relationship is missing. */
  part: string;
  state: SheetState;
  kind: "worksheet" | "chartsheet" | "other";
  /** Position in workbook.xml (what `localSheetId` counts). */
  index: number;
}

export interface DefinedName {
  name: string;
  /** Index of the sheet the name is local to. */
  localSheetId?: number;
  hidden: boolean;
  formula: string;
}

export interface WorkbookInfo {
  part: string;
  sheets: SheetEntry[];
  names: DefinedName[];
  date1904: boolean;
  sharedStringsPart?: string;
  stylesPart?: string;
  /** A VBA project is in the package (a macro-enabled workbook). */
  hasMacros: boolean;
}

function parseState(s: string | undefined): SheetState {
  return s === "hidden" || s === "veryHidden" ? s : "visible";
}

export function readWorkbook(pkg: Package): WorkbookInfo {
  const part = pkg.workbookPart();
  const root = pkg.xml(part);
  const rels = pkg.rels(part);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = elements(child(root, "sheets") as XmlElement, "sheet").map(
    (s, index) => {
      const rid = relAttr(s) ?? "";
      const rel = byId.get(rid);
      const kind =
        rel && REL_TYPE.worksheet.test(rel.type)
          ? "worksheet"
          : rel && REL_TYPE.chartsheet.test(rel.type)
            ? "chartsheet"
            : "other";
      return {
        name: getAttr(s, "name") ?? "",
        sheetId: Number(getAttr(s, "sheetId") ?? 0),
        rid,
        part: rel && !rel.external ? (pkg.find(rel.part) ?? rel.part) : "",
        state: parseState(getAttr(s, "state")),
        kind,
        index,
      };
    }
  );
  const dn = child(root, "definedNames");
  const names: DefinedName[] = dn
    ? elements(dn, "definedName").map((d) => {
        const local = getAttr(d, "localSheetId");
        return {
          name: getAttr(d, "name") ?? "",
          localSheetId: local === undefined ? undefined : Number(local),
          hidden: getAttr(d, "hidden") === "1" || getAttr(d, "hidden") === "true",
          formula: textOf(d),
        };
      })
    : [];
  const pr = child(root, "workbookPr");
  const d1904 = pr ? getAttr(pr, "date1904") : undefined;
  const sst = rels.find((r) => REL_TYPE.sharedStrings.test(r.type));
  const styles = rels.find((r) => REL_TYPE.styles.test(r.type));
  return {
    part,
    sheets,
    names,
    date1904: d1904 === "1" || d1904 === "true",
    sharedStringsPart: sst && pkg.has(sst.part) ? pkg.find(sst.part) : undefined,
    stylesPart: styles && pkg.has(styles.part) ? pkg.find(styles.part) : undefined,
    hasMacros:
      rels.some((r) => REL_TYPE.vbaProject.test(r.type)) ||
      pkg.names.some((n) => /vbaProject\.bin$/i.test(n)),
  };
}

/** The text of a string item (`<si>` or `<is>`): runs joined, phonetic guides left out. */
export function stringItemText(el: XmlElement): string {
  let s = "";
  for (const c of el.children) {
    if (c.kind !== "element") continue;
    if (c.local === "t") s += textOf(c);
    else if (c.local === "r") {
      const t = child(c, "t");
      if (t) s += textOf(t);
    }
  }
  return s;
}

export function readSharedStrings(pkg: Package, info: WorkbookInfo): string[] {
  if (!info.sharedStringsPart) return [];
  const out: string[] = [];
  scanXml(pkg.text(info.sharedStringsPart), info.sharedStringsPart, new Set(["si"]), (si) => {
    out.push(stringItemText(si));
  });
  return out;
}

export type FormulaKind = "normal" | "shared" | "array" | "dataTable";

export interface CellRecord {
  row: number;
  col: number;
  ref: string;
  /** The file's type attribute (`n` when absent). */
  type: string;
  /** The value the cell shows (a formula's cached result); undefined when the file has none. */
  value: CellValue | undefined;
  /** Formula text without "=" (a shared formula's clone gets its own, shifted text). */
  formula?: string;
  formulaKind?: FormulaKind;
  /** Range of an array formula or of a shared formula's master. */
  formulaRef?: string;
  style: number;
}

export interface SheetRead {
  merges: Rect[];
  /** Relationship ids of the sheet's table parts. */
  tableRids: string[];
  /** Smallest rectangle holding every cell with a value or formula; undefined when none. */
  used?: Rect;
  cells: number;
}

export interface ReadSheetOptions {
  /** Only cells inside this rectangle are reported (they are all still checked for limits). */
  rect?: Rect;
  /** Cells counted so far in this workbook (for the workbook-wide cell limit). */
  counted?: number;
}

function cellValue(c: XmlElement, type: string, sst: readonly string[]): CellValue | undefined {
  if (type === "inlineStr") {
    const is = child(c, "is");
    return is ? stringItemText(is) : undefined;
  }
  const v = child(c, "v");
  if (!v) return undefined;
  const raw = textOf(v);
  switch (type) {
    case "s": {
      const i = Number(raw);
      if (!Number.isInteger(i) || i < 0 || i >= sst.length)
        throw new PackageError("xlsx.error.corrupt", {
          detail: `shared string ${raw} does not exist`,
        });
      return sst[i];
    }
    case "b":
      return raw === "1" || raw === "true";
    case "e":
      return { error: raw };
    case "str":
    case "d":
      return raw;
    default: {
      if (raw.trim() === "") return undefined;
      const n = Number(raw);
      return Number.isFinite(n) ? n : raw;
    }
  }
}

/**
 * Read the cells of one worksheet part, streaming one row at a time. `onCell` sees each cell that
 * holds a value or a formula, in file order.
 */
export function readSheet(
  pkg: Package,
  part: string,
  sst: readonly string[],
  onCell: (c: CellRecord) => void,
  opts: ReadSheetOptions = {}
): SheetRead {
  const merges: Rect[] = [];
  const tableRids: string[] = [];
  let used: Rect | undefined;
  let cells = opts.counted ?? 0;
  const limit = pkg.limits.maxCells;
  const masters = new Map<string, { formula: string; row: number; col: number }>();
  let rowNo = 0;
  const rect = opts.rect;
  scanXml(pkg.text(part), part, new Set(["row", "mergeCell", "tablePart"]), (el) => {
    if (el.local === "mergeCell") {
      const r = parseRange(getAttr(el, "ref") ?? "");
      if (r) merges.push(r);
      return;
    }
    if (el.local === "tablePart") {
      const id = relAttr(el);
      if (id) tableRids.push(id);
      return;
    }
    const r = getAttr(el, "r");
    rowNo = r === undefined ? rowNo + 1 : Number(r);
    let colNo = 0;
    for (const c of elements(el, "c")) {
      const ref = getAttr(c, "r");
      const at = ref ? parseCellRef(ref) : { row: rowNo, col: colNo + 1 };
      if (!at)
        throw new PackageError("xlsx.error.corrupt", { detail: `cell address ${ref} in ${part}` });
      colNo = at.col;
      const f = child(c, "f");
      const type = getAttr(c, "t") ?? "n";
      const value = cellValue(c, type, sst);
      if (!f && value === undefined) continue; // formatting only: costs nothing
      if (at.row > MAX_ROWS || at.col > MAX_COLUMNS)
        throw new PackageError("xlsx.limit.grid", { cell: ref ?? cellRef(at.row, at.col), part });
      if (++cells > limit) throw new PackageError("xlsx.limit.cells", { limit });
      used = used
        ? {
            top: Math.min(used.top, at.row),
            left: Math.min(used.left, at.col),
            bottom: Math.max(used.bottom, at.row),
            right: Math.max(used.right, at.col),
          }
        : { top: at.row, left: at.col, bottom: at.row, right: at.col };
      if (
        rect &&
        (at.row < rect.top || at.row > rect.bottom || at.col < rect.left || at.col > rect.right)
      )
        continue;
      const rec: CellRecord = {
        row: at.row,
        col: at.col,
        ref: cellRef(at.row, at.col),
        type,
        value,
        style: Number(getAttr(c, "s") ?? 0),
      };
      if (f) {
        const kind = (getAttr(f, "t") ?? "normal") as FormulaKind;
        let text = textOf(f);
        if (kind === "shared") {
          const si = getAttr(f, "si") ?? "";
          if (text !== "") masters.set(si, { formula: text, row: at.row, col: at.col });
          else {
            const m = masters.get(si);
            text = m ? shiftFormula(m.formula, at.row - m.row, at.col - m.col) : "";
          }
        }
        rec.formula = text;
        rec.formulaKind = kind;
        rec.formulaRef = getAttr(f, "ref");
      }
      onCell(rec);
    }
  });
  return { merges, tableRids, used, cells };
}

export interface TableColumn {
  name: string;
  calculatedColumnFormula?: string;
  totalsRowFunction?: string;
}

export interface TableInfo {
  part: string;
  name: string;
  displayName: string;
  ref: Rect;
  headerRowCount: number;
  totalsRowCount: number;
  columns: TableColumn[];
}

export function readTable(pkg: Package, part: string): TableInfo {
  const t = pkg.xml(part);
  const ref = parseRange(getAttr(t, "ref") ?? "");
  if (!ref) throw new PackageError("xlsx.error.corrupt", { detail: `table ${part} has no range` });
  const cols = child(t, "tableColumns");
  return {
    part,
    name: getAttr(t, "name") ?? getAttr(t, "displayName") ?? "",
    displayName: getAttr(t, "displayName") ?? getAttr(t, "name") ?? "",
    ref,
    headerRowCount: Number(getAttr(t, "headerRowCount") ?? 1),
    totalsRowCount: Number(
      getAttr(t, "totalsRowCount") ?? (getAttr(t, "totalsRowShown") === "1" ? 0 : 0)
    ),
    columns: cols
      ? elements(cols, "tableColumn").map((c) => {
          const calc = child(c, "calculatedColumnFormula");
          return {
            name: getAttr(c, "name") ?? "",
            calculatedColumnFormula: calc ? textOf(calc) : undefined,
            totalsRowFunction: getAttr(c, "totalsRowFunction"),
          };
        })
      : [],
  };
}

/** Tables of one sheet, from its relationships. */
export function readSheetTables(pkg: Package, sheetPart: string): TableInfo[] {
  return pkg
    .rels(sheetPart)
    .filter((r) => REL_TYPE.table.test(r.type) && pkg.has(r.part))
    .map((r) => readTable(pkg, pkg.find(r.part) as string));
}

/** Formula texts (`<c:f>`) of every chart in the package, by chart part. */
export function chartFormulas(pkg: Package): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const name of pkg.names.filter((n) => /^xl\/charts\/chart[^/]*\.xml$/i.test(n))) {
    out.set(name, descendants(pkg.xml(name), "f").map(textOf));
  }
  return out;
}
