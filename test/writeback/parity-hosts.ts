/**
 * The two hosts every write-back parity suite runs (the only implementation of them): the pane's
 * adapter on the in-memory Excel, and the CLI on a file built and edited with ExcelJS, written by
 * either of its writers — the workbook package writer (src/cli/package/run.ts, the default) or
 * `--writer exceljs` (src/cli/write.ts). Both start from the same Products workbook and take the
 * same user edits: typing a cell, typing next to a table (which grows it), resizing a table,
 * inserting columns, merging cells. On the CLI side each edit leaves the file as Excel saves it, and
 * each run starts from the file's bytes. The display language is settable between runs.
 */
import ExcelJS from "exceljs";
import { FakeExcel } from "../support/fake-excel";
import { classifyWorkbook, type OverwriteRequest } from "../../src/excel/classify";
import { adoptHeaderRow } from "../../src/excel";
import type { RowProblem } from "../../src/domain/rows/problems";
import { buildReport } from "../../src/domain/report";
import { ConflictError, writeReport } from "../../src/cli/write";
import { locateProducts, readEvidence, readStrategy } from "../../src/cli/locate";
import { Sheets, locate, reportOf, writeThroughPackage } from "../../src/cli/package/run";
import { WorkbookSnapshot } from "../../src/cli/package/snapshot";
import { allTables, readBox, sheetBox } from "../../src/cli/workbook";

/** The CLI's two writers (`reimb classify --writer package|exceljs`). */
export type CliWriter = "package" | "exceljs";

/** The display language the next runs use (both hosts). */
let hostLocale: "en" | "zh-CN" = "en";
export function useLocale(locale: "en" | "zh-CN"): void {
  hostLocale = locale;
}

export const AS_OF = "2026-06-01";
export const HEADERS = [
  "Product ID",
  "Product",
  "Product type",
  "Site of care",
  "FDA status",
  "Candidate code(s)",
  "Code fit",
];
// Real codes: E0601 CPAP (DME), 93656 AF ablation (CPT I), L1833 knee orthosis, 0691T (Cat III).
export const ROWS: string[][] = [
  [
    "P-1",
    "SomnaAir CPAP",
    "home-use durable equipment",
    "home",
    "510(k) cleared",
    "E0601",
    "describes",
  ],
  [
    "P-2",
    "AF ablation catheter",
    "procedure device",
    "hospital outpatient",
    "510(k) cleared",
    "93656",
    "describes",
  ],
  ["P-3", "Knee brace", "orthotic or prosthetic", "home", "exempt", "L1833", "describes"],
  [
    "P-4",
    "AI CT analysis",
    "software analysis",
    "hospital outpatient",
    "510(k) cleared",
    "0691T",
    "describes",
  ],
];

export const LINK = '=HYPERLINK("https://www.cms.gov/medicare/payment/fee-schedules","spec")';

export const SHEETS = ["Products", "Evidence", "Strategy"];

/** A cell a user types: text, or a formula (starting "="). */
export interface Edit {
  sheet: string;
  address: string;
  value: string;
}

/** What one run gave: the cells the host asked about and the input problems it reported. */
export interface Run {
  asked: string[];
  /** `id row column`, sorted: what both hosts must report alike. */
  problems: string[];
}

/** The Products workbook both hosts start from. */
export interface Start {
  /** Header then data rows, from A1 (a loose range when `table` is false). */
  cells: string[][];
  /** Products is an Excel table (default) or a plain range (merged cells cannot be in a table). */
  table?: boolean;
  /** Ranges merged before the first run (on Products). */
  merges?: string[];
}

/** One host under test: the same operations on its own workbook. */
export interface Host {
  classify(consent: boolean): Promise<Run>;
  /** Put a value in a cell, nothing else (a fixture's set-up or a paste). */
  type(edit: Edit): void;
  /** A user typing one cell in Excel: a table right above or left of it takes it in. */
  userTypes(edit: Edit): void;
  /** A user inserting one sheet column before `letters`. */
  insertColumn(sheet: string, letters: string): void;
  /** A table resized to `address` ("A1:H5"), as Excel's Resize Table does. */
  resizeTable(name: string, address: string): void;
  /**
   * Make a loose Products header row the Products table where the host needs one: the pane's
   * "adopt header row" (it classifies tables only); the CLI reads a loose range as it is.
   */
  adopt(): Promise<void>;
  /** A table's range ("A1:G5"). */
  tableRef(name: string): string;
  grid(sheet: string): string[][];
  /** A cell's formula ("=…"), or undefined when it holds a value. */
  formula(sheet: string, address: string): string | undefined;
  /** A cell's value as text. */
  valueAt(sheet: string, address: string): string;
  dispose(): void;
}

export function text(v: unknown): string {
  if (v === null || v === undefined) return "";
  return String(v);
}

/** Trailing empty rows and columns dropped: the used ranges of two hosts end differently. */
export function trim(grid: string[][]): string[][] {
  const rows = grid.map((r) => {
    const out = [...r];
    while (out.length > 0 && out[out.length - 1] === "") out.pop();
    return out;
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

/** Column letters of a 0-based index (A, …, Z, AA, …). */
export function letters(index: number): string {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

function columnNumber(l: string): number {
  return [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** `{ r, c }` 1-based of an A1 cell. */
function at(address: string): { r: number; c: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`not a cell: ${address}`);
  return { r: Number(m[2]), c: columnNumber(m[1]) };
}

/** 1-based box of an A1 range ("A1:G5" or one cell). */
function box(ref: string): { top: number; left: number; bottom: number; right: number } {
  const [a, b] = ref.split(":");
  const p = at(a);
  const q = at(b ?? a);
  return { top: p.r, left: p.c, bottom: q.r, right: q.c };
}

function problemKeys(problems: readonly RowProblem[]): string[] {
  return problems.map((p) => `${p.id} ${p.rowNumber} ${p.column ?? ""}`).sort();
}

const DEFAULT_START: Start = { cells: [HEADERS, ...ROWS] };

/** A Products table of `rows` under the fixture's headers. */
export function startWith(rows: string[][]): Start {
  return { cells: [HEADERS, ...rows] };
}

export function paneHost(start: Start = DEFAULT_START): Host {
  const fake = new FakeExcel();
  fake.setValues("Products", "A1", start.cells);
  for (const m of start.merges ?? []) fake.merge("Products", m);
  if (start.table !== false)
    fake.addTable(
      "Products",
      `A1:${letters(start.cells[0].length - 1)}${start.cells.length}`,
      "Products"
    );
  fake.activate("Products");
  const uninstall = fake.install();
  return {
    async classify(consent) {
      const asked: string[] = [];
      const outcome = await classifyWorkbook({
        locale: hostLocale,
        asOf: AS_OF,
        confirmOverwrite: async (open: OverwriteRequest[]) => {
          asked.push(...open.map((r) => `${r.sheetName}!${r.address}=${r.current}`));
          return consent;
        },
      });
      return { asked, problems: problemKeys(outcome.problems) };
    },
    type(edit) {
      fake.setValues(edit.sheet, edit.address, [[edit.value]]);
    },
    userTypes(edit) {
      fake.userTypes(edit.sheet, edit.address, edit.value);
    },
    insertColumn(sheet, l) {
      fake.insertColumns(sheet, l);
    },
    resizeTable(name, address) {
      const table = fake.state.tables.find((t) => t.name === name)!;
      const b = box(address);
      table.rect = { r0: b.top - 1, c0: b.left - 1, r1: b.bottom - 1, c1: b.right - 1 };
    },
    async adopt() {
      await adoptHeaderRow("Products");
    },
    tableRef(name) {
      return (fake.table(name)?.address ?? "").replace(/^.*!/, "");
    },
    grid(sheet) {
      return trim(
        fake
          .sheet(sheet)
          .cellValues()
          .map((r) => r.map(text))
      );
    },
    formula(sheet, address) {
      const f = fake.sheet(sheet).cell(address)?.formula;
      return f === undefined ? undefined : String(f);
    },
    valueAt(sheet, address) {
      return text(fake.sheet(sheet).cellValues(address)[0][0]);
    },
    dispose: uninstall,
  };
}

interface TableXml {
  name: string;
  tableRef: string;
  autoFilterRef?: string;
  columns: { name: string; filterButton?: boolean }[];
}

export function cliHost(start: Start = DEFAULT_START, writer: CliWriter = "package"): Host {
  let wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Products");
  if (start.table !== false) {
    ws.addTable({
      name: "Products",
      ref: "A1",
      columns: start.cells[0].map((h) => ({ name: h, filterButton: true })),
      rows: start.cells.slice(1),
    });
  } else {
    start.cells.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== "") ws.getCell(r + 1, c + 1).value = v;
      })
    );
  }
  for (const m of start.merges ?? []) ws.mergeCells(m);
  const tablesOn = (sheet: string): TableXml[] =>
    allTables(wb)
      .filter((x) => x.ws.name === sheet)
      .map((x) => (x.table as unknown as { table: TableXml }).table);
  const ref = (b: { top: number; left: number; bottom: number; right: number }): string =>
    `${letters(b.left - 1)}${b.top}:${letters(b.right - 1)}${b.bottom}`;
  /** Excel names a new blank-headed table column with the first "ColumnN" the table does not use. */
  const freshName = (t: TableXml): string => {
    const used = new Set(t.columns.map((c) => c.name.toLowerCase()));
    let n = 1;
    while (used.has(`column${n}`)) n++;
    return `Column${n}`;
  };
  const setTableRef = (t: TableXml, b: ReturnType<typeof box>): void => {
    t.tableRef = ref(b);
    if (t.autoFilterRef !== undefined) t.autoFilterRef = t.tableRef;
  };
  const put = (edit: Edit): void => {
    const cell = wb.getWorksheet(edit.sheet)!.getCell(edit.address);
    // As typed: "=" starts a formula, a leading apostrophe keeps the rest as text, "" clears.
    cell.value = edit.value.startsWith("=")
      ? ({ formula: edit.value.slice(1), result: undefined } as unknown as ExcelJS.CellFormulaValue)
      : edit.value === ""
        ? null
        : edit.value.replace(/^'/, "");
    // A header typed in Excel renames the table column, and the file says so.
    const { r, c } = at(edit.address);
    for (const t of tablesOn(edit.sheet)) {
      const b = box(t.tableRef);
      if (r === b.top && c >= b.left && c <= b.right && edit.value !== "")
        t.columns[c - b.left].name = edit.value;
    }
  };
  /** One run of a writer on the saved file: the report's problems, and a write (throws ConflictError). */
  interface CliRun {
    problems: string[];
    write(force: boolean): Promise<void>;
  }
  const throughPackage = (bytes: Uint8Array): CliRun => {
    const snap = WorkbookSnapshot.open(bytes);
    const sheets = new Sheets(snap);
    const located = locate(sheets, "book.xlsx", undefined, hostLocale);
    if (!located.ok) throw new Error(located.message);
    const report = reportOf(sheets, located.location, { asOf: AS_OF, locale: hostLocale });
    return {
      problems: problemKeys(report.parse.problems),
      async write(force) {
        const written = writeThroughPackage(
          snap,
          located.location,
          report,
          { force, locale: hostLocale, macroEnabled: false },
          sheets
        );
        wb = new ExcelJS.Workbook();
        await wb.xlsx.load(Buffer.from(written.bytes) as unknown as ArrayBuffer);
      },
    };
  };
  const throughExcelJS = async (bytes: Uint8Array): Promise<CliRun> => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const located = locateProducts(wb, "book.xlsx", undefined, hostLocale);
    if (!located.ok) throw new Error(located.message);
    const report = buildReport({
      grid: located.location.grid,
      firstRowNumber: located.location.firstRowNumber,
      headerRowIndex: located.location.headerRowIndex,
      previousEvidence: readEvidence(wb),
      previousStrategy: readStrategy(wb),
      asOf: AS_OF,
      locale: hostLocale,
    });
    return {
      problems: problemKeys(report.parse.problems),
      async write(force) {
        writeReport(wb, located.location, report, { force, locale: hostLocale });
      },
    };
  };
  return {
    async classify(consent) {
      // The file as saved; the writer's output is the next run's file.
      const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
      const run = writer === "package" ? throughPackage(bytes) : await throughExcelJS(bytes);
      try {
        await run.write(false);
        return { asked: [], problems: run.problems };
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
        const asked = err.cells.map((c) => `${c.sheet}!${c.address}=${c.current}`);
        if (consent) await run.write(true);
        return { asked, problems: run.problems };
      }
    },
    type: put,
    userTypes(edit) {
      put(edit);
      if (edit.value === "") return;
      // The file as Excel saves it after the user typed there (see the in-memory Excel's
      // table-growth.ts for the rule): the table next to the cell takes it in.
      const { r, c } = at(edit.address);
      for (const t of tablesOn(edit.sheet)) {
        const b = box(t.tableRef);
        if (r === b.bottom + 1 && c >= b.left && c <= b.right) {
          setTableRef(t, { ...b, bottom: r });
          return;
        }
        if (c === b.right + 1 && r >= b.top && r <= b.bottom) {
          const sheet = wb.getWorksheet(edit.sheet)!;
          const name = text(sheet.getCell(b.top, c).value) || freshName(t);
          sheet.getCell(b.top, c).value = name;
          t.columns.push({ name, filterButton: true });
          setTableRef(t, { ...b, right: c });
          return;
        }
      }
    },
    insertColumn(sheet, l) {
      const s = wb.getWorksheet(sheet)!;
      const col = columnNumber(l);
      s.spliceColumns(col, 0, []);
      // ExcelJS moves the cells; Excel also moves (or widens) the tables, and saves them so.
      for (const t of tablesOn(sheet)) {
        const b = box(t.tableRef);
        if (b.left >= col) setTableRef(t, { ...b, left: b.left + 1, right: b.right + 1 });
        else if (b.right >= col) {
          const name = freshName(t);
          t.columns.splice(col - b.left, 0, { name, filterButton: true });
          s.getCell(b.top, col).value = name;
          setTableRef(t, { ...b, right: b.right + 1 });
        }
      }
    },
    resizeTable(name, address) {
      const t = allTables(wb).find((x) => x.model.name === name);
      if (!t) throw new Error(`no table ${name}`);
      const model = (t.table as unknown as { table: TableXml }).table;
      const b = box(address);
      setTableRef(model, b);
      // Excel names a column the table takes in by its header cell, else "ColumnN".
      while (model.columns.length < b.right - b.left + 1)
        model.columns.push({
          name: text(t.ws.getCell(b.top, b.left + model.columns.length).value) || freshName(model),
          filterButton: true,
        });
    },
    async adopt() {},
    tableRef(name) {
      const t = allTables(wb).find((x) => x.model.name === name);
      return t ? (t.table as unknown as { table: TableXml }).table.tableRef : "";
    },
    grid(sheet) {
      const s = wb.getWorksheet(sheet)!;
      return trim(readBox(s, sheetBox(s)).map((r) => r.map(text)));
    },
    formula(sheet, address) {
      const f = wb.getWorksheet(sheet)!.getCell(address).formula;
      return f ? `=${f}` : undefined;
    },
    valueAt(sheet, address) {
      const s = wb.getWorksheet(sheet)!;
      const { r, c } = at(address);
      return text(readBox(s, sheetBox(s))[r - 1]?.[c - 1]);
    },
    dispose() {},
  };
}

/** Run `script` on both hosts; their results and every report sheet's grid, pane first. */
export async function both<T>(
  script: (host: Host) => Promise<T>,
  start: Start = DEFAULT_START,
  options: { writer?: CliWriter; sheets?: readonly string[] } = {}
): Promise<{ pane: T; cli: T; grids: Record<string, string[][]>[] }> {
  const pane = paneHost(start);
  const cli = cliHost(start, options.writer);
  try {
    const p = await script(pane);
    const c = await script(cli);
    return {
      pane: p,
      cli: c,
      grids: [pane, cli].map((h) =>
        Object.fromEntries((options.sheets ?? SHEETS).map((s) => [s, h.grid(s)]))
      ),
    };
  } finally {
    pane.dispose();
    cli.dispose();
  }
}

/** Where a header sits on a sheet's header row (A1 column letters). */
export function columnOf(host: Host, sheet: string, header: string, headerRow = 1): string {
  const index = host.grid(sheet)[headerRow - 1].indexOf(header);
  if (index < 0) throw new Error(`no ${header} on ${sheet}`);
  return letters(index);
}
