/**
 * One way to find the Products data: the pane's adapter (on the in-memory Excel) and the CLI (on an
 * ExcelJS workbook) read the same workbook and must pick the same sheet, header row and table, or
 * give the same reason when nothing fits. Also the rule itself, table-driven, on the pure policy.
 */
import { errorText } from "../../src/domain/errors";
import ExcelJS from "exceljs";
import { FakeExcel } from "../support/fake-excel";
import { detectProducts } from "../../src/excel";
import { classifyWorkbook } from "../../src/excel/classify";
import { locateProducts } from "../../src/cli/locate";
import { findProducts, productsNotFound } from "../../src/domain/writeback";
import { t } from "../../src/i18n/catalogue";

type Cell = string | null;
const HEADERS = ["Product ID", "Product", "Product type", "Site of care"];
// E0601: CPAP device (HCPCS Level II, DME).
const ROW = ["P-1", "SomnaAir CPAP", "home-use durable equipment", "home"];

/** A workbook both hosts build: sheets in order with their cells from A1, and tables on them. */
interface Book {
  sheets: { name: string; cells: Cell[][] }[];
  tables: { sheet: string; name: string; ref: string }[];
}

/** What both hosts must agree on. */
interface Found {
  sheet?: string;
  headerRow?: number;
  table?: string;
  reason?: string;
}

function colLetter(i: number): string {
  return String.fromCharCode(65 + i);
}

async function pane(book: Book): Promise<Found> {
  const fake = new FakeExcel();
  for (const s of book.sheets) {
    fake.addSheet(s.name);
    if (s.cells.length > 0)
      fake.setValues(
        s.name,
        "A1",
        s.cells.map((r) => r.map((c) => c ?? ""))
      );
  }
  for (const tb of book.tables) fake.addTable(tb.sheet, tb.ref, tb.name);
  const uninstall = fake.install();
  try {
    const info = await detectProducts();
    // A header row naming only some required columns is shown by the pane (to be completed), but
    // it is not Products data: classify refuses with the same reason as the CLI.
    if (!info.found || (info.header?.missingRequired.length ?? 0) > 0) {
      const err = await classifyWorkbook({ locale: "en" }).then(
        () => "",
        // What the pane shows: the error rendered in the user's language.
        (e: unknown) => errorText(e, "en")
      );
      return { reason: err.replace(/^No Products table found\.[^.]*\. /, "") };
    }
    return {
      sheet: info.sheetName,
      headerRow: Number(/!\$?[A-Z]+\$?(\d+)/.exec(info.address ?? "")?.[1]),
      table: info.tableName,
    };
  } finally {
    uninstall();
  }
}

function cli(book: Book): Found {
  const wb = new ExcelJS.Workbook();
  for (const s of book.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.cells.forEach((r, i) =>
      r.forEach((c, j) => c !== null && (ws.getCell(`${colLetter(j)}${i + 1}`).value = c))
    );
  }
  for (const tb of book.tables) {
    const ws = wb.getWorksheet(tb.sheet)!;
    const m = /^([A-Z])(\d+):([A-Z])(\d+)$/.exec(tb.ref)!;
    const r0 = Number(m[2]);
    const c0 = m[1].charCodeAt(0) - 65;
    const c1 = m[3].charCodeAt(0) - 65;
    const cells = book.sheets.find((s) => s.name === tb.sheet)!.cells;
    ws.addTable({
      name: tb.name,
      ref: `${m[1]}${r0}`,
      columns: cells[r0 - 1].slice(c0, c1 + 1).map((h) => ({ name: h ?? "" })),
      rows: cells.slice(r0, Number(m[4])).map((r) => r.slice(c0, c1 + 1)),
    });
  }
  const located = locateProducts(wb, "book.xlsx", undefined, "en");
  if (!located.ok)
    return {
      reason: located.message.replace(
        /^reimb classify: no recognisable Products table in book\.xlsx\. /,
        ""
      ),
    };
  const loc = located.location;
  return {
    sheet: loc.ws.name,
    headerRow: loc.firstRowNumber + (loc.headerRowIndex ?? 0),
    table: loc.table ? (loc.table as unknown as { name: string }).name : undefined,
  };
}

const FIXTURES: { name: string; book: Book; expected: Found }[] = [
  {
    name: "a table named something else, with every required header",
    book: {
      sheets: [
        { name: "Notes", cells: [["Portfolio review 2026"]] },
        { name: "Devices", cells: [HEADERS, ROW] },
      ],
      tables: [{ sheet: "Devices", name: "Devices", ref: "A1:D2" }],
    },
    expected: { sheet: "Devices", headerRow: 1, table: "Devices" },
  },
  {
    name: "two sheets with a complete header row: the first in workbook order",
    book: {
      sheets: [
        { name: "Q1", cells: [HEADERS, ROW] },
        { name: "Q2", cells: [HEADERS, ["P-2", ...ROW.slice(1)]] },
      ],
      tables: [],
    },
    expected: { sheet: "Q1", headerRow: 1 },
  },
  {
    name: "a header row under a title and a blank row",
    book: {
      sheets: [{ name: "Portfolio", cells: [["US launch portfolio"], [null], HEADERS, ROW] }],
      tables: [],
    },
    expected: { sheet: "Portfolio", headerRow: 3 },
  },
  {
    name: "a complete table wins over an earlier sheet's loose header",
    book: {
      sheets: [
        { name: "Draft", cells: [HEADERS, ROW] },
        { name: "Final", cells: [HEADERS, ROW] },
      ],
      tables: [{ sheet: "Final", name: "Launch", ref: "A1:D2" }],
    },
    expected: { sheet: "Final", headerRow: 1, table: "Launch" },
  },
  {
    name: "only a partial header: the same reason, naming the sheet, row and headers seen",
    book: {
      sheets: [{ name: "Sheet1", cells: [["Inventory"], ["Name", "Price", "Site"]] }],
      tables: [],
    },
    expected: {
      reason:
        'Required headers: Product ID, Product, Product type, Site of care. Headers seen (sheet "Sheet1", row 2): Name, Price, Site',
    },
  },
];

describe("the pane and the CLI find the same Products data", () => {
  it.each(FIXTURES)("$name", async ({ book, expected }) => {
    const c = cli(book);
    const p = await pane(book);
    expect(c).toEqual(expected);
    expect(p).toEqual(expected);
  });
});

describe("findProducts (the rule)", () => {
  const top = (rows: Cell[][]) => rows;
  it("prefers a table named Products, even one missing a required column, and says which", () => {
    const search = findProducts({
      tables: [
        { name: "Launch", sheet: "A", header: HEADERS },
        { name: "products", sheet: "B", header: HEADERS.slice(0, 3) },
      ],
      sheets: [{ name: "A", top: top([HEADERS]) }],
    });
    expect(search).toMatchObject({
      ok: true,
      source: { kind: "table", name: "products", complete: false },
    });
    const reason = productsNotFound(search);
    expect(t(reason.id, reason.params, "en")).toMatch(/lacks required headers: Site of care/);
  });
  it("never takes the add-in's own tables and sheets", () => {
    const search = findProducts({
      tables: [{ name: "Evidence", sheet: "Evidence", header: HEADERS }],
      sheets: [
        { name: "Strategy", top: top([HEADERS]) },
        { name: "_ReimbState", top: top([HEADERS]) },
      ],
    });
    expect(search.ok).toBe(false);
  });
  it("looks only at the chosen sheet, and says when it does not exist", () => {
    const sheets = [
      { name: "A", top: top([HEADERS]) },
      { name: "B", top: top([["Title"], HEADERS]) },
    ];
    expect(findProducts({ tables: [], sheets, chosenSheet: "b" })).toMatchObject({
      ok: true,
      source: { kind: "sheet", sheet: "B", header: { headerRowIndex: 1 } },
    });
    expect(findProducts({ tables: [], sheets, chosenSheet: "C" })).toMatchObject({
      ok: false,
      noSheet: true,
    });
  });
  it("without any Products header, shows the first non-empty row", () => {
    const search = findProducts({
      tables: [],
      sheets: [{ name: "A", top: top([[null], ["Q3 plan", "draft"]]) }],
    });
    const reason = productsNotFound(search);
    expect(t(reason.id, reason.params, "en")).toMatch(/Headers seen: Q3 plan, draft$/);
    expect(t(reason.id, reason.params, "zh-CN")).toMatch(/所见表头：Q3 plan, draft$/);
  });
});
