/**
 * The CLI's ExcelJS reader reads merged cells as Excel shows them: ExcelJS repeats a merged area's
 * value in every covered cell of a loaded file, `readBox` keeps it in the top-left cell only.
 */
import ExcelJS from "exceljs";
import { readBox, sheetBox, sheetMerges } from "../../src/cli/workbook";

async function saved(build: (ws: ExcelJS.Worksheet) => void): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet("Products"));
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return loaded.getWorksheet("Products")!;
}

describe("readBox and merged cells", () => {
  it("a merged header and a value merged down: covered cells blank, ExcelJS's repeats dropped", async () => {
    const ws = await saved((s) => {
      s.getCell("A1").value = "Product ID";
      s.getCell("B1").value = "Product";
      s.getCell("A2").value = "P-1";
      s.getCell("B2").value = "home";
      s.getCell("A3").value = "P-2";
      s.mergeCells("B1:C1");
      s.mergeCells("B2:B3");
    });
    // What ExcelJS itself reports: the master's value in the covered cells.
    expect([ws.getCell("C1").value, ws.getCell("B3").value]).toEqual(["Product", "home"]);
    expect(sheetMerges(ws)).toEqual([
      { r0: 0, c0: 1, r1: 0, c1: 2 },
      { r0: 1, c0: 1, r1: 2, c1: 1 },
    ]);
    expect(readBox(ws, sheetBox(ws))).toEqual([
      ["Product ID", "Product", null],
      ["P-1", "home", null],
      ["P-2", null, null],
    ]);
    // A box starting inside a merged area: the covered cells in it are blank too.
    expect(readBox(ws, { top: 3, left: 2, bottom: 3, right: 3 })).toEqual([[null, null]]);
  });

  it("a sheet without merges reads as before", async () => {
    const ws = await saved((s) => {
      s.getCell("A1").value = "x";
      s.getCell("B2").value = 2;
    });
    expect(sheetMerges(ws)).toEqual([]);
    expect(readBox(ws, sheetBox(ws))).toEqual([
      ["x", null],
      [null, 2],
    ]);
  });
});
