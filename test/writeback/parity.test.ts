/**
 * One write-back policy, two hosts: the same workbook and the same user edits go through the pane's
 * adapter (on the in-memory Excel) and through the CLI's write path (on an ExcelJS workbook), and
 * must leave the same grids in Products, Evidence and Strategy and ask about the same cells.
 *
 * Fixtures: a first run; a re-run after the user typed Evidence Status/Owner, a HYPERLINK formula in
 * Notes and a new value over a pathway cell; Evidence rows sorted by the user; a product deleted;
 * a Strategy table that grew by a column the user typed next to it.
 */
import ExcelJS from "exceljs";
import { FakeExcel } from "../support/fake-excel";
import { classifyWorkbook, type OverwriteRequest } from "../../src/excel/classify";
import { buildReport } from "../../src/domain/report";
import { locateProducts, readEvidence, readStrategy } from "../../src/cli/locate";
import { ConflictError, writeReport } from "../../src/cli/write";
import { readBox, sheetBox } from "../../src/cli/workbook";
import { setLocale } from "../../src/i18n/catalogue";

const AS_OF = "2026-06-01";
const HEADERS = [
  "Product ID",
  "Product",
  "Product type",
  "Site of care",
  "FDA status",
  "Candidate code(s)",
  "Code fit",
];
// Real codes: E0601 CPAP (DME), 93656 AF ablation (CPT I), L1833 knee orthosis, 0691T (Cat III).
const ROWS: string[][] = [
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
const LINK = '=HYPERLINK("https://www.cms.gov/medicare/payment/fee-schedules","spec")';

/** A cell a user types: text, or a formula (starting "="). */
interface Edit {
  sheet: string;
  address: string;
  value: string;
}

/** One host under test: the same operations on its own workbook. */
interface Host {
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

function paneHost(rows: string[][] = ROWS): Host {
  const fake = new FakeExcel();
  fake.setValues("Products", "A1", [HEADERS, ...rows]);
  fake.addTable("Products", `A1:G${rows.length + 1}`, "Products");
  fake.activate("Products");
  const uninstall = fake.install();
  return {
    async classify(consent) {
      const asked: string[] = [];
      await classifyWorkbook({
        locale: "en",
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

function cliHost(rows: string[][] = ROWS): Host {
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
      const located = locateProducts(wb, "book.xlsx", undefined, "en");
      if (!located.ok) throw new Error(located.message);
      const report = buildReport({
        grid: located.location.grid,
        firstRowNumber: located.location.firstRowNumber,
        headerRowIndex: located.location.headerRowIndex,
        previousEvidence: readEvidence(wb),
        previousStrategy: readStrategy(wb),
        asOf: AS_OF,
        locale: "en",
      });
      try {
        writeReport(wb, located.location, report, { force: false, locale: "en" });
        return { asked: [] };
      } catch (err) {
        if (!(err instanceof ConflictError)) throw err;
        const asked = err.cells.map((c) => `${c.sheet}!${c.address}=${c.current}`);
        if (consent) writeReport(wb, located.location, report, { force: true, locale: "en" });
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

const SHEETS = ["Products", "Evidence", "Strategy"];

async function both(
  script: (host: Host) => Promise<unknown>,
  rows: string[][] = ROWS
): Promise<{ pane: unknown; cli: unknown; grids: Record<string, string[][]>[] }> {
  const pane = paneHost(rows);
  const cli = cliHost(rows);
  try {
    const p = await script(pane);
    const c = await script(cli);
    return {
      pane: p,
      cli: c,
      grids: [pane, cli].map((h) => Object.fromEntries(SHEETS.map((s) => [s, h.grid(s)]))),
    };
  } finally {
    pane.dispose();
    cli.dispose();
  }
}

/** Where a header sits on a sheet's first row (A1 column letters). */
function columnOf(host: Host, sheet: string, header: string, headerRow = 1): string {
  const at = host.grid(sheet)[headerRow - 1].indexOf(header);
  if (at < 0) throw new Error(`no ${header} on ${sheet}`);
  return String.fromCharCode(65 + (at % 26)).padStart(
    at >= 26 ? 2 : 1,
    String.fromCharCode(64 + Math.floor(at / 26))
  );
}

afterAll(() => setLocale("en"));

describe("the pane and the CLI write the same workbook", () => {
  it("on a first run", async () => {
    const { grids, pane, cli } = await both((h) => h.classify(false));
    expect(grids[0].Products[0]).toContain("Pathway");
    expect(grids[0].Evidence.length).toBeGreaterThan(ROWS.length);
    expect(grids[1]).toEqual(grids[0]);
    expect(pane).toEqual({ asked: [] });
    expect(cli).toEqual({ asked: [] });
  });

  it("on a re-run after the user typed Status, Owner, a HYPERLINK in Notes and over a pathway cell: same question, same result, formula kept", async () => {
    const notes: (string | undefined)[] = [];
    const { grids, pane, cli } = await both(async (h) => {
      await h.classify(false);
      const status = columnOf(h, "Evidence", "Status");
      const owner = columnOf(h, "Evidence", "Owner");
      const note = columnOf(h, "Evidence", "Notes");
      const gate = columnOf(h, "Products", "Next gate");
      h.type({ sheet: "Evidence", address: `${status}2`, value: "in progress" });
      h.type({ sheet: "Evidence", address: `${owner}2`, value: "Dana (regulatory)" });
      h.type({ sheet: "Evidence", address: `${note}3`, value: LINK });
      h.type({ sheet: "Products", address: `${gate}3`, value: "ask the distributor first" });
      const declined = await h.classify(false);
      const accepted = await h.classify(true);
      notes.push(h.formula("Evidence", `${note}3`));
      return { declined: declined.asked, accepted: accepted.asked };
    });
    // The one question: the pathway cell typed over; the user's own Evidence columns never are.
    expect((pane as { declined: string[] }).declined).toEqual([
      expect.stringMatching(/^Products!\w+3=ask the distributor first$/),
    ]);
    expect(cli).toEqual(pane);
    expect(notes).toEqual([LINK, LINK]);
    expect(grids[0].Evidence[1]).toEqual(
      expect.arrayContaining(["in progress", "Dana (regulatory)"])
    );
    // The formula's value differs by host (the in-memory Excel evaluates it, ExcelJS keeps no result).
    const notesAt = grids[0].Evidence[0].indexOf("Notes");
    const withoutNotes = (g: Record<string, string[][]>) => ({
      ...g,
      Evidence: trim(
        g.Evidence.map((r, i) => (i === 2 ? r.map((v, c) => (c === notesAt ? "" : v)) : r))
      ),
    });
    expect(withoutNotes(grids[1])).toEqual(withoutNotes(grids[0]));
  });

  it("after the user sorted the Evidence table: carried by Product ID and item, not by row", async () => {
    const { grids, pane, cli } = await both(async (h) => {
      await h.classify(false);
      const rows = h.grid("Evidence");
      const status = rows[0].indexOf("Status");
      // The user sorts the data rows in reverse and marks the (now) first row done.
      const sorted = [rows[0], ...rows.slice(1).reverse()];
      sorted[1][status] = "done";
      sorted.slice(1).forEach((r, i) =>
        r.forEach((v, c) => {
          if (v !== "" || c === status)
            h.type({
              sheet: "Evidence",
              address: `${String.fromCharCode(65 + c)}${i + 2}`,
              value: v === "" ? "" : `'${v}`.replace(/^'(?![=+\-@0-9])/, ""),
            });
        })
      );
      return (await h.classify(false)).asked;
    });
    // Sorting is not editing: no question, and the new table is in product order again.
    expect(pane).toEqual([]);
    expect(cli).toEqual([]);
    expect(grids[1]).toEqual(grids[0]);
    const done = grids[0].Evidence.find((r) => r.includes("done"));
    expect(done?.[0]).toBe("P-4");
  });

  it("after the user typed another row's text over an Evidence cell: asked in both, as the user's", async () => {
    const { pane, cli } = await both(async (h) => {
      await h.classify(false);
      const rows = h.grid("Evidence");
      const why = rows[0].indexOf("Why it matters");
      const other = rows.findIndex((r, i) => i > 1 && r[why] !== "" && r[why] !== rows[1][why]);
      const column = String.fromCharCode(65 + why);
      h.type({ sheet: "Evidence", address: `${column}2`, value: rows[other][why] });
      return { asked: (await h.classify(false)).asked, column, text: rows[other][why] };
    });
    const { asked, column, text } = pane as { asked: string[]; column: string; text: string };
    expect(asked).toEqual([`Evidence!${column}2=${text}`]);
    expect(cli).toEqual(pane);
  });

  it("after a product was deleted", async () => {
    const { grids } = await both(async (h) => {
      await h.classify(false);
      const width = h.grid("Products")[0].length;
      for (let c = 0; c < width; c++)
        h.type({
          sheet: "Products",
          address: `${String.fromCharCode(65 + c)}${ROWS.length + 1}`,
          value: "",
        });
      h.resizeTable("Products", `A1:${String.fromCharCode(64 + width)}${ROWS.length}`);
      await h.classify(false);
      return undefined;
    });
    expect(grids[1]).toEqual(grids[0]);
    expect(grids[0].Strategy.map((r) => r[0])).not.toContain("P-4");
  });

  it("after the Strategy table grew by a column the user typed next to it", async () => {
    const { grids, pane, cli } = await both(async (h) => {
      await h.classify(false);
      const rows = h.grid("Strategy");
      const next = String.fromCharCode(65 + rows[0].length);
      h.type({ sheet: "Strategy", address: `${next}1`, value: "Board decision" });
      h.type({ sheet: "Strategy", address: `${next}3`, value: "approved 2027-01" });
      // Excel takes a header typed right of a table into the table.
      h.resizeTable("Strategy", `A1:${next}${rows.length}`);
      return (await h.classify(false)).asked;
    });
    expect(pane).toEqual([]);
    expect(cli).toEqual([]);
    expect(grids[1]).toEqual(grids[0]);
    expect(grids[0].Strategy[0].at(-1)).toBe("Board decision");
    expect(grids[0].Strategy[2].at(-1)).toBe("approved 2027-01");
  });

  it("with a product name over Excel's 32,767-character cell limit: cut, with an ellipsis, in both", async () => {
    const long = `Implant ${"x".repeat(40000)}`;
    const rows = [ROWS[0], [ROWS[1][0], long, ...ROWS[1].slice(2)]];
    const { grids } = await both((h) => h.classify(false), rows);
    expect(grids[1]).toEqual(grids[0]);
    const product = grids[0].Strategy[2][1];
    expect(product.length).toBe(32767);
    expect(product.endsWith("\u2026")).toBe(true);
  });
});
