/**
 * What the in-memory Excel does with a user's edits around the add-in's tables, pinned against
 * Excel's behaviour: a table grows when a value is typed right below or right of it (AutoCorrect
 * "Include new rows and columns in table"); merged cells show their top-left value only; inserting
 * sheet columns moves or widens tables. Parity tests rely on these, so they must hold exactly.
 */
import fc from "fast-check";
import { FakeExcel, columnLetters } from "../support/fake-excel";

const installed: (() => void)[] = [];
afterEach(() => installed.splice(0).forEach((uninstall) => uninstall()));

/** Set the Office globals for one test. */
function install(fake: FakeExcel): void {
  installed.push(fake.install());
}

/** Sheet1 with a 3-column table "T" at B2:D4 (header row 2, data rows 3–4). */
function withTable(opts: { totals?: boolean } = {}): FakeExcel {
  const fake = new FakeExcel();
  fake.setValues("Sheet1", "B2", [
    ["Product ID", "Product", "Site of care"],
    ["P-1", "SomnaAir CPAP", "home"],
    ["P-2", "Knee brace", "home"],
  ]);
  fake.addTable("Sheet1", "B2:D4", "T");
  if (opts.totals) {
    const table = fake.state.tables[0];
    table.rect = { ...table.rect, r1: table.rect.r1 + 1 };
    table.showTotals = true;
    fake.setValues("Sheet1", "B5", [["Total"]]);
  }
  return fake;
}

describe("typing next to a table (Excel's AutoCorrect table expansion)", () => {
  it.each([
    [
      "the row below, first column",
      "B5",
      "P-3",
      "Sheet1!B2:D5",
      ["Product ID", "Product", "Site of care"],
    ],
    [
      "the row below, last column",
      "D5",
      "home",
      "Sheet1!B2:D5",
      ["Product ID", "Product", "Site of care"],
    ],
    [
      "the column right, header row",
      "E2",
      "Reviewer",
      "Sheet1!B2:E4",
      ["Product ID", "Product", "Site of care", "Reviewer"],
    ],
    [
      "the column right, a data row",
      "E3",
      "Dana",
      "Sheet1!B2:E4",
      ["Product ID", "Product", "Site of care", "Column1"],
    ],
    [
      "the column right, a repeated header",
      "E2",
      "product",
      "Sheet1!B2:E4",
      ["Product ID", "Product", "Site of care", "product2"],
    ],
  ])("%s (%s) grows the table", (_what, address, value, grown, headers) => {
    const fake = withTable();
    expect(fake.userTypes("Sheet1", address, value)).toBe("T");
    expect(fake.table("T")?.address).toBe(grown);
    expect(fake.table("T")?.headers).toEqual(headers);
  });

  it.each([
    ["the corner cell below and right", "E5"],
    ["two rows below", "B6"],
    ["the row below, left of the table", "A5"],
    ["two columns right", "F3"],
    ["right of the table, above its header row", "E1"],
    ["above the header row", "C1"],
    ["inside the table", "C3"],
  ])("%s (%s) does not", (_what, address) => {
    const fake = withTable();
    expect(fake.userTypes("Sheet1", address, "x")).toBeUndefined();
    expect(fake.table("T")?.address).toBe("Sheet1!B2:D4");
  });

  it("a second blank-headed column gets Column2; clearing a cell below grows nothing", () => {
    const fake = withTable();
    fake.userTypes("Sheet1", "E3", "a");
    fake.userTypes("Sheet1", "F4", "b");
    expect(fake.table("T")?.headers.slice(3)).toEqual(["Column1", "Column2"]);
    fake.userTypes("Sheet1", "B5", "");
    expect(fake.table("T")?.address).toBe("Sheet1!B2:F4");
  });

  it("a table with a totals row does not take the row below it", () => {
    const fake = withTable({ totals: true });
    expect(fake.userTypes("Sheet1", "B6", "P-3")).toBeUndefined();
    expect(fake.table("T")?.rows).toHaveLength(2);
  });

  it("does not grow into another table or merged cells", () => {
    const fake = withTable();
    fake.setValues("Sheet1", "F2", [["Other"], ["x"], ["y"]]);
    fake.addTable("Sheet1", "F2:F4", "Other");
    fake.merge("Sheet1", "B6:D6");
    fake.userTypes("Sheet1", "E3", "x"); // E is free: grows
    expect(fake.table("T")?.address).toBe("Sheet1!B2:E4");
    fake.userTypes("Sheet1", "B5", "P-3"); // row 5 free: grows
    fake.userTypes("Sheet1", "B6", "P-4"); // row 6 merged: does not
    expect(fake.table("T")?.address).toBe("Sheet1!B2:E5");
  });

  it("property: a value typed anywhere grows at most one table by exactly one row or column", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 7 }), fc.integer({ min: 0, max: 7 }), (r, c) => {
        const fake = withTable();
        const address = `${columnLetters(c)}${r + 1}`;
        const grew = fake.userTypes("Sheet1", address, "v");
        const rect = fake.state.tables[0].rect;
        const added = rect.r1 - 3 + (rect.c1 - 3);
        const adjacent = (r === 4 && c >= 1 && c <= 3) || (c === 4 && r >= 1 && r <= 3);
        expect(grew !== undefined).toBe(adjacent);
        expect(added).toBe(adjacent ? 1 : 0);
      })
    );
  });
});

describe("merged cells", () => {
  it("keep the top-left value; covered cells read blank through values, and writes to them are dropped", async () => {
    const fake = new FakeExcel();
    fake.setValues("Sheet1", "A1", [
      ["Product", "x", "y"],
      ["home", "b", "c"],
    ]);
    install(fake);
    await fake.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").merge();
      sheet.getRange("A2:C2").merge(true);
      await context.sync();
      sheet.getRange("B1:C1").values = [["over", "z"]];
      const read = sheet.getRange("A1:C2").load("values");
      const areas = sheet.getRange("A1:C3").getMergedAreasOrNullObject().load("address,areaCount");
      const none = sheet.getRange("A5").getMergedAreasOrNullObject().load("address");
      // office-js#3611: an area whose top-left cell is outside the range is not returned.
      const outside = sheet.getRange("B1:C2").getMergedAreasOrNullObject().load("address");
      await context.sync();
      expect(read.values).toEqual([
        ["Product", "", "z"],
        ["home", "", ""],
      ]);
      expect(areas.address).toBe("Sheet1!A1:B1,Sheet1!A2:C2");
      expect(areas.areaCount).toBe(2);
      expect(none.isNullObject).toBe(true);
      expect(outside.isNullObject).toBe(true);
    });
    expect(fake.sheet("Sheet1").merges).toEqual(["A1:B1", "A2:C2"]);
  });

  it("a user typing into a merged area types into its top-left cell; unmerge keeps that value", async () => {
    const fake = new FakeExcel();
    fake.setValues("Sheet1", "A1", [["a", "b"]]);
    fake.merge("Sheet1", "A1:B1");
    fake.userTypes("Sheet1", "B1", "typed");
    expect(fake.sheet("Sheet1").cellValues("A1:B1")).toEqual([["typed", ""]]);
    install(fake);
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").unmerge();
    });
    expect(fake.sheet("Sheet1").merges).toEqual([]);
  });

  it("no merged cells in a table: merging inside one fails, so does a table over merged cells", async () => {
    const fake = withTable();
    install(fake);
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("B3:C3").merge();
      })
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    fake.merge("Sheet1", "G1:H1");
    await expect(
      fake.run(async (context) => {
        context.workbook.tables.add("Sheet1!G1:H3", true);
      })
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(() => fake.merge("Sheet1", "G1:G2")).toThrow(/partly overlaps/);
  });

  it("getMergedAreasOrNullObject needs ExcelApi 1.13", async () => {
    const fake = new FakeExcel({ limits: { excelApi: "1.12" } });
    fake.setValues("Sheet1", "A1", [["a", "b"]]);
    install(fake);
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets
          .getItem("Sheet1")
          .getRange("A1:B1")
          .getMergedAreasOrNullObject()
          .load("address");
        await context.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("inserting sheet columns", () => {
  it("inside a table widens it (the new column named Column1); right of the point, cells, merges and tables move", () => {
    const fake = withTable();
    fake.setValues("Sheet1", "F2", [["Other"], ["x"]]);
    fake.addTable("Sheet1", "F2:F3", "Other");
    fake.merge("Sheet1", "B7:E7");
    fake.insertColumns("Sheet1", "C");
    expect(fake.table("T")?.address).toBe("Sheet1!B2:E4");
    expect(fake.table("T")?.headers).toEqual(["Product ID", "Column1", "Product", "Site of care"]);
    expect(fake.table("T")?.rows[0]).toEqual(["P-1", "", "SomnaAir CPAP", "home"]);
    expect(fake.table("Other")?.address).toBe("Sheet1!G2:G3");
    expect(fake.sheet("Sheet1").merges).toEqual(["B7:F7"]);
  });

  it("before a table's first column or right after its last moves it or leaves it, never widens it", () => {
    const fake = withTable();
    fake.insertColumns("Sheet1", "E", 2);
    expect(fake.table("T")?.address).toBe("Sheet1!B2:D4");
    fake.insertColumns("Sheet1", "B", 2);
    expect(fake.table("T")?.address).toBe("Sheet1!D2:F4");
    expect(fake.table("T")?.headers).toEqual(["Product ID", "Product", "Site of care"]);
  });
});
