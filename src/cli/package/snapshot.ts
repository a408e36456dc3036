/**
 * What the CLI reads from a workbook package, read on src/xlsx (no ExcelJS): the sheets in tab
 * order with their states, the Excel tables with their header columns, and any region of a sheet
 * as the domain's cell grid (text, number, boolean or empty), with its formulas and merged ranges.
 *
 * Sheets are read as streams (src/xlsx/sheetScan.ts), one row at a time; the shared-string table
 * is read once and its strings are shared by every cell that uses them, so a 600,000-row Evidence
 * sheet costs its grid and nothing per cell of the file beyond it. Reading is bounded by the
 * package limits (src/xlsx/limits.ts): a crafted archive is refused when opened, and a sheet
 * holding more cells than `maxCells`, or a cell beyond Excel's grid, while it is read.
 *
 * Values read as ExcelJS gives them to the ExcelJS path (src/cli/workbook.ts `plainValue`), so
 * both paths hand the domain the same grids: a number in a date format is its ISO date
 * (yyyy-mm-dd), a formula cell its cached result, an error cell its error text, rich text its runs
 * joined.
 */
import type { CellValue } from "../../domain/product";
import {
  MAX_COLUMNS,
  MAX_ROWS,
  PackageError,
  cellValueText,
  cellFormula,
  inlineText,
  openPackage,
  parseRange,
  rawAttr,
  readSheetTables,
  readWorkbook,
  rowCells,
  scanSheet,
  shiftFormula,
  stringItemXmlText,
  type Package,
  type PackageEngines,
  type PackageLimits,
  type Rect,
  type ScannedCell,
  type SheetEntry,
  type WorkbookInfo,
} from "../../xlsx";
import { child, elements, getAttr } from "../../xlsx/xml";
import { RECORD_SHEET } from "../../domain/report/record";

export interface SnapshotTable {
  name: string;
  /** Sheet name. */
  sheet: string;
  /** The table part (xl/tables/table1.xml). */
  part: string;
  /** 1-based, inclusive; header row included. */
  ref: Rect;
  headerRowCount: number;
  totalsRowCount: number;
  /** Column names, left to right. */
  columns: string[];
}

export interface SheetRegion {
  /** Region values; row 0 is the region's top row. */
  grid: CellValue[][];
  /** "row,col" within the region → formula text with its "=" (shared formulas expanded). */
  formulas: Map<string, string>;
  /** The region read (1-based); for a whole-sheet read, A1 to the last used cell. */
  rect: Rect;
  /** Merged ranges of the sheet (1-based). */
  merges: Rect[];
}

/** Built-in number formats that are dates or times (ECMA-376 Part 1, 18.8.30). */
const DATE_FORMAT_IDS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

/** Whether a custom number format shows a date: a d, m, y, h or s outside quotes and brackets. */
function isDateCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, "");
  return /[dmyhs]/i.test(bare) && !/^[#0.,%\s]*$/.test(bare);
}

function isoDate(serial: number, date1904: boolean): string {
  // ExcelJS's conversion (utils.excelToDate), so both paths give the same day.
  const days = date1904 ? serial + 1462 : serial;
  const ms = Math.round((days - 25569) * 24 * 3600 * 1000);
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? String(serial) : d.toISOString().slice(0, 10);
}

/** The text of a sheet part around its rows, kept from a whole read (a writer may reuse it). */
export interface SheetFrame {
  /** Everything before `<sheetData`. */
  prefix: string;
  /** The sheetData open tag as written. */
  dataTag: string;
  /** Everything after `</sheetData>`. */
  suffix: string;
}

export class WorkbookSnapshot {
  private readonly frames = new Map<string, SheetFrame>();
  readonly info: WorkbookInfo;
  readonly tables: SnapshotTable[];
  private sst?: string[];
  private dateStyles?: Set<number>;
  /** Cells holding a value or formula, by sheet part (the most seen in one read of it). */
  private readonly cellsByPart = new Map<string, number>();

  constructor(readonly pkg: Package) {
    this.info = readWorkbook(pkg);
    this.tables = [];
    for (const s of this.info.sheets) {
      if (s.kind !== "worksheet" || !s.part) continue;
      for (const t of readSheetTables(pkg, s.part))
        this.tables.push({
          name: t.name,
          sheet: s.name,
          part: t.part,
          ref: t.ref,
          headerRowCount: t.headerRowCount,
          totalsRowCount: t.totalsRowCount,
          columns: t.columns.map((c) => c.name),
        });
    }
  }

  static open(
    bytes: Uint8Array,
    limits: Partial<PackageLimits> = {},
    engines: PackageEngines = {}
  ): WorkbookSnapshot {
    return new WorkbookSnapshot(openPackage(bytes, limits, engines));
  }

  /** Sheets in tab order. */
  get sheets(): readonly SheetEntry[] {
    return this.info.sheets;
  }

  sheet(name: string): SheetEntry | undefined {
    return this.info.sheets.find((s) => s.name === name);
  }

  /** The shared-string table, read once. */
  sharedStrings(): string[] {
    if (this.sst) return this.sst;
    const out: string[] = [];
    const part = this.info.sharedStringsPart;
    if (part) {
      // Items are cut out of the text as it streams: the table of a large workbook is never a tree.
      let buf = "";
      const item = /<(?:[\w.-]+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?si>)/g;
      this.pkg.streamText(part, (text) => {
        buf += text;
        item.lastIndex = 0;
        let m: RegExpExecArray | null;
        let consumed = 0;
        while ((m = item.exec(buf))) {
          out.push(m[1] === undefined ? "" : stringItemXmlText(m[1]));
          consumed = item.lastIndex;
        }
        buf = buf.slice(consumed);
      });
    }
    this.sst = out;
    return out;
  }

  /** Style indexes whose number format is a date or time. */
  private dates(): Set<number> {
    if (this.dateStyles) return this.dateStyles;
    const out = new Set<number>();
    const part = this.info.stylesPart;
    if (part) {
      const root = this.pkg.xml(part);
      const custom = new Map<number, string>();
      const fmts = child(root, "numFmts");
      for (const f of fmts ? elements(fmts, "numFmt") : [])
        custom.set(Number(getAttr(f, "numFmtId")), getAttr(f, "formatCode") ?? "");
      const xfs = child(root, "cellXfs");
      (xfs ? elements(xfs, "xf") : []).forEach((xf, i) => {
        const id = Number(getAttr(xf, "numFmtId") ?? 0);
        const code = custom.get(id);
        if (code !== undefined ? isDateCode(code) : DATE_FORMAT_IDS.has(id)) out.add(i);
      });
    }
    this.dateStyles = out;
    return out;
  }

  /** A cell's value as the domain sees it (see the module comment); undefined for an empty cell. */
  private valueOf(c: ScannedCell, hasFormula: boolean): CellValue | undefined {
    if (c.type === "inlineStr") return inlineText(c);
    const raw = cellValueText(c);
    if (raw === undefined) return hasFormula ? null : undefined;
    switch (c.type) {
      case "s": {
        const sst = this.sharedStrings();
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
      case "str":
        return raw;
      case "d":
        return raw.slice(0, 10);
      default: {
        if (raw.trim() === "") return hasFormula ? null : undefined;
        const n = Number(raw);
        if (!Number.isFinite(n)) return raw;
        if (c.style !== undefined && this.dates().has(Number(c.style)))
          return isoDate(n, this.info.date1904);
        return n;
      }
    }
  }

  private part(sheet: string): string {
    const s = this.sheet(sheet);
    if (!s || s.kind !== "worksheet" || !s.part)
      throw new PackageError("xlsx.error.corrupt", { detail: `no worksheet named ${sheet}` });
    return s.part;
  }

  /**
   * Values (and formulas) of a region of a sheet; without `rect`, from A1 to the last cell holding
   * a value or a formula. `maxRow` stops reading after that row (the first rows of a large sheet
   * cost only those rows).
   */
  region(
    sheet: string,
    rect?: Rect,
    opts: {
      maxRow?: number;
      /**
       * Hand each row over (row index from 0, holes for empty cells) once the read has passed it,
       * instead of keeping it: the grid comes back empty. `disordered` in the answer says a cell
       * came for a row already handed over (the read stopped there).
       */
      onRow?: (r: number, cells: CellValue[]) => void;
    } = {}
  ): SheetRegion & { disordered?: boolean } {
    const part = this.part(sheet);
    const top = rect?.top ?? 1;
    const left = rect?.left ?? 1;
    const bottom = rect?.bottom ?? opts.maxRow ?? MAX_ROWS;
    const right = rect?.right ?? MAX_COLUMNS;
    const rows: CellValue[][] = [];
    const formulas = new Map<string, string>();
    const masters = new Map<string, { formula: string; row: number; col: number }>();
    let usedBottom = 0;
    let usedRight = 0;
    const merges: Rect[] = [];
    // The workbook-wide cell limit: this read's cells plus those of the other sheets read so far
    // (a sheet read twice counts once).
    const limit = this.pkg.limits.maxCells;
    let others = 0;
    for (const [p, n] of this.cellsByPart) if (p !== part) others += n;
    let counted = 0;
    // Rows come in order (Excel writes them ascending): nothing below the region is read.
    const stopAfter = Math.min(opts.maxRow ?? MAX_ROWS, rect?.bottom ?? MAX_ROWS);
    let prefix: { text: string; tag: string } | undefined;
    const onRow = opts.onRow;
    let handed = 0; // rows below this index were handed to onRow
    let disordered = false;
    const handOver = (below: number): void => {
      if (!onRow) return;
      for (; handed < below && handed < rows.length; handed++) {
        const line = rows[handed];
        if (line === undefined) continue;
        onRow(handed, line);
        // The row is not kept: the read holds one row at a time.
        delete rows[handed];
      }
      handed = Math.max(handed, below);
    };
    scanSheet(this.pkg, part, {
      prefix: (text, tag) => {
        prefix = { text, tag };
      },
      row: (row) => {
        if (row.row > stopAfter) return false;
        handOver(row.row - top);
        if (row.body === "") return;
        for (const c of rowCells(row)) {
          const f = cellFormula(c);
          const value = this.valueOf(c, f !== undefined);
          if (value === undefined && !f) continue; // formatting only: costs nothing
          if (c.row > MAX_ROWS || c.col > MAX_COLUMNS)
            throw new PackageError("xlsx.limit.grid", { cell: `R${c.row}C${c.col}`, part });
          if (++counted + others > limit) throw new PackageError("xlsx.limit.cells", { limit });
          let text: string | undefined;
          if (f) {
            text = f.text;
            if (rawAttr(f.attrs, "t") === "shared") {
              const si = rawAttr(f.attrs, "si") ?? "";
              if (text !== "") masters.set(si, { formula: text, row: c.row, col: c.col });
              else {
                const m = masters.get(si);
                text = m ? shiftFormula(m.formula, c.row - m.row, c.col - m.col) : "";
              }
            }
          }
          if (c.row < top || c.row > bottom || c.col < left || c.col > right) continue;
          const r = c.row - top;
          if (r < handed) {
            disordered = true;
            return false;
          }
          const col = c.col - left;
          const line = (rows[r] ??= []);
          line[col] = value ?? null;
          if (text) formulas.set(`${r},${col}`, `=${text}`);
          usedBottom = Math.max(usedBottom, c.row);
          usedRight = Math.max(usedRight, c.col);
        }
      },
      suffix: (text) => {
        if (prefix)
          this.frames.set(part, { prefix: prefix.text, dataTag: prefix.tag, suffix: text });
        const re = /<(?:[\w.-]+:)?mergeCell\b([^>]*?)\/?>/g;
        let m: RegExpExecArray | null;
        while ((m = re.exec(text))) {
          const ref = parseRange(rawAttr(m[1], "ref") ?? "");
          if (ref) merges.push(ref);
        }
      },
    });
    this.cellsByPart.set(part, Math.max(counted, this.cellsByPart.get(part) ?? 0));
    if (onRow) {
      handOver(rows.length);
      return {
        grid: [],
        formulas,
        rect: rect ?? {
          top: 1,
          left: 1,
          bottom: Math.max(1, usedBottom),
          right: Math.max(1, usedRight),
        },
        merges,
        disordered,
      };
    }
    const out: Rect = rect ?? {
      top: 1,
      left: 1,
      bottom: Math.max(1, usedBottom),
      right: Math.max(1, usedRight),
    };
    const height = out.bottom - out.top + 1;
    const width = out.right - out.left + 1;
    // Rows are completed in place (holes become empty cells): no second copy of a large grid.
    const grid: CellValue[][] = rows;
    grid.length = height;
    for (let r = 0; r < height; r++) {
      const line = grid[r];
      if (line === undefined) {
        grid[r] = new Array<CellValue>(width).fill(null);
        continue;
      }
      const had = line.length;
      line.length = width;
      for (let c = 0; c < width; c++) if (c >= had || line[c] === undefined) line[c] = null;
    }
    return { grid, formulas, rect: out, merges };
  }

  /** The text around a sheet's rows, when the sheet was read whole. */
  frame(sheet: string): SheetFrame | undefined {
    const s = this.sheet(sheet);
    return s?.part ? this.frames.get(s.part) : undefined;
  }

  /** The first `count` rows of a sheet from A1, as wide as the widest of them. */
  top(sheet: string, count: number): CellValue[][] {
    return this.region(sheet, undefined, { maxRow: count }).grid;
  }

  /**
   * The add-in's record sheet from A1, a row at a time (row index from 0; holes are empty cells),
   * never held as a grid: at 50,000 products it is hundreds of thousands of rows of text. Returns
   * false when the sheet's cells are not in row order (then nothing is to be trusted and
   * `record()` reads it as a grid).
   */
  eachRecordRow(onRow: (r: number, cells: CellValue[]) => void): boolean {
    const s = this.sheet(RECORD_SHEET);
    if (!s || s.kind !== "worksheet") return true;
    return !this.region(RECORD_SHEET, undefined, { onRow }).disordered;
  }

  /** The add-in's record sheet from A1 (empty when there is none). */
  record(): CellValue[][] {
    const s = this.sheet(RECORD_SHEET);
    if (!s || s.kind !== "worksheet") return [];
    return this.region(RECORD_SHEET).grid;
  }
}
