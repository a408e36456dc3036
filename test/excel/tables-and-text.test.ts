/**
 * Excel's table and typing rules the adapter must live with: a Products table with a totals row,
 * header cells Excel renames, and text Excel would turn into numbers or dates.
 */
import fc from "fast-check";
import { EVIDENCE_COLUMN_IDS, PATHWAY_COLUMN_IDS } from "../../src/domain/report";
import { classifyWorkbook, detectProducts, insertStarterTables } from "../../src/excel";
import { needsQuotePrefix, toExcel } from "../../src/excel/cells";
import { FakeExcel, columnLetters } from "../support/fake-excel";
import { cellFromInput } from "../support/fake-excel/state";
import { HEADERS, workbookWithProducts } from "./helpers";

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup.reverse()) f();
  cleanup = [];
});

function setup(n: number, opts?: Parameters<typeof workbookWithProducts>[1]): FakeExcel {
  const made = workbookWithProducts(n, opts);
  cleanup.push(made.uninstall);
  return made.fake;
}

async function showTotals(table: string, on = true): Promise<void> {
  await Excel.run(async (context) => {
    context.workbook.tables.getItem(table).showTotals = on;
    await context.sync();
  });
}

const evCol = (id: (typeof EVIDENCE_COLUMN_IDS)[number]): string =>
  columnLetters(EVIDENCE_COLUMN_IDS.indexOf(id));

describe("the in-memory Excel's totals row", () => {
  it("is part of getRange, not of getDataBodyRange or the row count, and goes when turned off", async () => {
    const fake = setup(3);
    await showTotals("Products");
    expect(fake.sheet("Products").cellValues("A5")).toEqual([["Total"]]);
    const seen = await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("Products").load("showTotals");
      const whole = table.getRange().load("address");
      const body = table.getDataBodyRange().load("address");
      const totals = table.getTotalRowRange().load("address");
      const rows = table.rows;
      rows.load("count");
      const column = table.columns.getItemAt(0).getDataBodyRange().load("address");
      await context.sync();
      return [
        table.showTotals,
        whole.address,
        body.address,
        totals.address,
        rows.count,
        column.address,
      ];
    });
    expect(seen).toEqual([
      true,
      "Products!A1:G5",
      "Products!A2:G4",
      "Products!A5:G5",
      3,
      "Products!A2:A4",
    ]);
    expect(fake.table("Products")!.totals![0]).toBe("Total");
    expect(fake.table("Products")!.rows).toHaveLength(3);
    await showTotals("Products", false);
    expect(fake.table("Products")!.address).toBe("Products!A1:G4");
    expect(fake.sheet("Products").cellValues("A5")).toEqual([[""]]);
  });
});

describe("a Products table with a totals row", () => {
  it.each([
    ["current Excel", "1.20"],
    ["Excel without Table.resize (ExcelApi 1.12)", "1.12"],
  ])(
    "on %s: the totals row is neither a product nor given pathway cells, and stays the last row",
    async (_label, excelApi) => {
      const fake = setup(3, { limits: { excelApi } });
      await showTotals("Products");
      expect((await detectProducts()).dataRowCount).toBe(3);

      const outcome = await classifyWorkbook({ locale: "en" });
      expect(outcome.summary.rows).toBe(3);
      expect(outcome.problems).toEqual([]);
      expect(fake.table("Strategy")!.rows).toHaveLength(3);
      const products = fake.table("Products")!;
      expect(products.address).toBe(
        `Products!A1:${columnLetters(HEADERS.length + PATHWAY_COLUMN_IDS.length - 1)}5`
      );
      expect(products.rows).toHaveLength(3);
      expect(products.totals![0]).toBe("Total");
      expect(products.totals!.slice(HEADERS.length).every((v) => v === "")).toBe(true);

      // A re-run sees its own output and the same totals row: nothing to ask, nothing moves.
      const confirm = jest.fn(async () => false);
      const again = await classifyWorkbook({ locale: "en", confirmOverwrite: confirm });
      expect(confirm).not.toHaveBeenCalled();
      expect(again.summary.rows).toBe(3);
      expect(fake.table("Products")!.address).toBe(products.address);
      expect(fake.table("Products")!.totals![0]).toBe("Total");
    }
  );
});

describe("table header rows", () => {
  it("the in-memory Excel renames a blank or repeated header on any write, as Excel does", async () => {
    const fake = setup(2);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Products");
      sheet.getRange("B1:C1").values = [["", "Product ID"]];
      sheet.getRange("E1").clear("Contents");
      await context.sync();
    });
    expect(fake.table("Products")!.headers.slice(0, 5)).toEqual([
      "Product ID",
      "Column2",
      "Product ID2",
      "Site of care",
      "Column5",
    ]);
    expect(fake.state.headerFixes.map((f) => `${f.address}:${f.written}→${f.became}`)).toEqual([
      "Products!B1:→Column2",
      "Products!C1:Product ID→Product ID2",
      "Products!E1:→Column5",
    ]);
    // A user typing into the header row gets the same treatment.
    fake.setValues("Products", "F1", [["Site of care"]]);
    expect(fake.table("Products")!.headers[5]).toBe("Site of care2");
  });

  it("the adapter never writes a blank or repeated header into a table (insert, classify, re-run, shrink)", async () => {
    const fake = new FakeExcel();
    cleanup.push(fake.install());
    await insertStarterTables("en");
    await classifyWorkbook({ locale: "zh-CN" });
    await classifyWorkbook({ locale: "en" });
    // The user widens the Strategy table by one column of their own: the re-run keeps it (the
    // write-back policy carries a user's Strategy columns, as the CLI does) without a header fix.
    // The first run was in Chinese: the table is "策略", and the English re-runs keep that name.
    const strategy = fake.state.tables.find((t) => t.name === "策略")!;
    strategy.rect.c1 += 1;
    fake.setValues("策略", `${columnLetters(strategy.rect.c1)}1`, [["My column"]]);
    fake.state.headerFixes = [];
    const ask = jest.fn(async () => true);
    await classifyWorkbook({ locale: "en", confirmOverwrite: ask });
    expect(ask).not.toHaveBeenCalled();
    expect(fake.state.headerFixes).toEqual([]);
    expect(fake.table("策略")!.headers.at(-1)).toBe("My column");
    expect(fake.sheet("策略").cellValues(`${columnLetters(strategy.rect.c1 + 1)}1`)).toEqual([
      [""],
    ]);
  });
});

// Text Excel parses into a number, date, time, percentage, currency or boolean when written as is.
const COERCED = [
  "Sep 30",
  "Jan 2026",
  "Sept. 30, 2026",
  "September 30",
  "30-Sep",
  "30 Sep 2026",
  "Jan-26",
  "12:30",
  "9:05 pm",
  "1/2",
  "3/15/2026",
  "1 1/2",
  "50%",
  "$1,200",
  "(300)",
  "1e5",
  "1,234.5",
  ".5",
  "2026-09-30",
  "true",
];

describe("text Excel would coerce stays text", () => {
  it.each(COERCED)(
    "%s: coerced by the in-memory Excel when unprefixed, kept as text by the adapter",
    (text) => {
      expect(typeof cellFromInput(text, false).value).not.toBe("string");
      expect(needsQuotePrefix(text)).toBe(true);
      expect(cellFromInput(toExcel(text), false).value).toBe(text);
    }
  );

  it.each(["#N/A", "#REF!", "#DIV/0!", "FALSE", "wahr"])(
    "%s (an error or boolean when typed) is prefixed",
    (text) => {
      expect(toExcel(text)).toBe(`'${text}`);
    }
  );

  it("plain words are written as they are", () => {
    for (const text of [
      "Existing CPT",
      "remote monitoring",
      "Dr. Chen (KOL)",
      "Septic shock",
      "may apply",
      "Call MAC",
    ]) {
      expect(toExcel(text)).toBe(text);
    }
  });

  it("any text comes back from the in-memory Excel exactly as written (property)", () => {
    const token = fc.constantFrom(
      ...COERCED,
      "Sep",
      "30",
      "/",
      ":",
      "-",
      "%",
      "$",
      " ",
      ",",
      ".",
      "e",
      "am",
      "=",
      "+",
      "@",
      "'",
      "x",
      "Jan",
      "TRUE",
      "#REF!"
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.array(token, { minLength: 1, maxLength: 5 }).map((t) => t.join("")),
          fc.string({ minLength: 1 })
        ),
        (text) => {
          const cell = cellFromInput(toExcel(text), false);
          expect(cell.formula).toBeUndefined();
          expect(cell.value).toBe(text);
        }
      ),
      { numRuns: 2000 }
    );
  });

  it('an Evidence note such as "Sep 30" is carried over a re-run as text, not a date serial', async () => {
    const fake = setup(2);
    await classifyWorkbook({ locale: "en" });
    // Typed with the apostrophe Excel itself would need to keep it as text.
    fake.setValues("Evidence", `${evCol("notes")}2`, [["'Sep 30"]]);
    fake.setValues("Evidence", `${evCol("owner")}2`, [["'12:30"]]);
    await classifyWorkbook({ locale: "en" });
    const row = fake.table("Evidence")!.rows[0];
    expect(row[EVIDENCE_COLUMN_IDS.indexOf("notes")]).toBe("Sep 30");
    expect(row[EVIDENCE_COLUMN_IDS.indexOf("owner")]).toBe("12:30");
  });
});
