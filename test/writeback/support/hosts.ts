/**
 * The two hosts of test/writeback/parity.test.ts (the pane's adapter on the in-memory Excel, the
 * CLI's write path on an ExcelJS workbook reloaded from bytes before every run), shared with the
 * suites of the sheets added since, with the display language settable between runs.
 */
import ExcelJS from "exceljs";
import { FakeExcel } from "../../support/fake-excel";
import { classifyWorkbook, type OverwriteRequest } from "../../../src/excel/classify";
import { buildReport } from "../../../src/domain/report";
import { locateProducts, readEvidence, readStrategy } from "../../../src/cli/locate";
import { ConflictError, writeReport } from "../../../src/cli/write";
import { readBox, sheetBox } from "../../../src/cli/workbook";

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

/** A cell a user types: text, or a formula (starting "="). */
export interface Edit {
  sheet: string;
  address: string;
  value: string;
}

/** One host under test: the same operations on its own workbook. */
export interface Host {
  classify(consent: boolean): Promise<{ asked: string[] }>;
  type(edit: Edit): void;
  /** Resize a table to `rows` data rows and `cols` columns from its top-left cell. */
  resizeTable(name: string, address: string): void;
  grid(sheet: string): string[][];
  formula(sheet: string, address: string): string | undefined;
  valueAt(sheet: string, address: string): string;
  dispose(): void;
}

function text(v: unknown): string {
  if (v === null || v === undefined) return "";
  return String(v);
}

/** Trailing empty rows and columns dropped: the used ranges of two hosts end differently. */
function trim(grid: string[][]): string[][] {
  const rows = grid.map((r) => {
    const out = [...r];
    while (out.length > 0 && out[out.length - 1] === "") out.pop();
    return out;
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

export function paneHost(rows: string[][] = ROWS): Host {
  const fake = new FakeExcel();
  fake.setValues("Products", "A1", [HEADERS, ...rows]);
  fake.addTable("Products", `A1:G${rows.length + 1}`, "Products");
  fake.activate("Products");
  const uninstall = fake.install();
  return {
    async classify(consent) {
      const asked: string[] = [];
      await classifyWorkbook({
        locale: hostLocale,
        asOf: AS_OF,
        confirmOverwrite: async (open: OverwriteRequest[]) => {
          asked.push(...open.map((r) => `${r.sheetName}!${r.address}=${r.current}`));
          return consent;
        },
      });
      return { asked };
    },
    type(edit) {
      fake.setValues(edit.sheet, edit.address, [[edit.value]]);
    },
    resizeTable(name, address) {
      const table = fake.state.tables.find((t) => t.name === name)!;
      const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(address)!;
      const col = (l: string): number =>
        [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      table.rect = { r0: Number(m[2]) - 1, c0: col(m[1]), r1: Number(m[4]) - 1, c1: col(m[3]) };
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

export function cliHost(rows: string[][] = ROWS): Host {
  let wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Products");
  ws.addTable({
    name: "Products",
    ref: "A1",
    columns: HEADERS.map((h) => ({ name: h, filterButton: true })),
    rows,
  });
  // Each run starts from the workbook as a file would hold it (written and read back).
  const reload = async (): Promise<void> => {
    const buffer = await wb.xlsx.writeBuffer();
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as ArrayBuffer);
  };
  const tableModel = (
    name: string
  ): { tableRef: string; autoFilterRef: string; columns: { name: string }[] } => {
    for (const sheet of wb.worksheets)
      for (const t of sheet.getTables() as unknown as {
        table: {
          name: string;
          tableRef: string;
          autoFilterRef: string;
          columns: { name: string }[];
        };
      }[])
        if (t.table.name === name) return t.table;
    throw new Error(`no table ${name}`);
  };
  return {
    async classify(consent) {
      await reload();
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
      try {
        writeReport(wb, located.location, report, { force: false, locale: hostLocale });
        return { asked: [] };
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
        const asked = err.cells.map((c) => `${c.sheet}!${c.address}=${c.current}`);
        if (consent) writeReport(wb, located.location, report, { force: true, locale: hostLocale });
        return { asked };
      }
    },
    type(edit) {
      const cell = wb.getWorksheet(edit.sheet)!.getCell(edit.address);
      // As typed: "=" starts a formula, a leading apostrophe keeps the rest as text, "" clears.
      cell.value = edit.value.startsWith("=")
        ? ({
            formula: edit.value.slice(1),
            result: undefined,
          } as unknown as ExcelJS.CellFormulaValue)
        : edit.value === ""
          ? null
          : edit.value.replace(/^'/, "");
    },
    resizeTable(name, address) {
      const model = tableModel(name);
      model.tableRef = model.autoFilterRef = address;
      const ws = wb.worksheets.find((s) =>
        (s.getTables() as unknown as { table: { name: string } }[]).some(
          (t) => t.table.name === name
        )
      )!;
      const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(address)!;
      const width = [...m[3]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      while (model.columns.length < width)
        model.columns.push({
          name:
            text(ws.getRow(Number(m[2])).getCell(model.columns.length + 1).value) ||
            `Column${model.columns.length + 1}`,
        });
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
      return text(
        readBox(wb.getWorksheet(sheet)!, sheetBox(wb.getWorksheet(sheet)!))[
          Number(/\d+/.exec(address)![0]) - 1
        ]?.[
          [...address.replace(/\d+/, "")].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1
        ]
      );
    },
    dispose() {},
  };
}

/** Trailing empty rows and columns dropped (exported for the suites). */
export { trim, text };
