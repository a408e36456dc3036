/**
 * Excel tables (the add-in's Products, Evidence and Assumptions are tables) must come out of the
 * share as Excel wrote them. ExcelJS alone turns a table saved by Excel into one without a header
 * row, which Excel then "repairs"; the share module puts the facts back.
 */
import * as ExcelJS from "exceljs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { shareWorkbook } from "../../src/shareCopy";

/** A Products table as Excel saves it: no headerRowCount (default 1), a bare autoFilter. */
async function excelStyleTableWorkbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Products");
  ws.addTable({
    name: "Products",
    ref: "A1",
    headerRow: true,
    columns: [{ name: "Product ID", filterButton: true }, { name: "Product", filterButton: true }, { name: "Payment" }],
    rows: [
      ["P-001", "Office visit", 95.19],
      ["P-002", "ECG", 15.36],
    ],
  });
  ws.getCell("C2").value = { formula: "_xldudf_REIMB_PFS_RVU(1.3,1.46,0.09)", result: 95.19 };
  const files = unzipSync(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  for (const name of Object.keys(files).filter((n) => /^xl\/tables\/.*\.xml$/.test(n))) {
    const xml = strFromU8(files[name])
      .replace(/\sheaderRowCount="1"/, "")
      .replace(/<autoFilter ref="([^"]+)">[\s\S]*?<\/autoFilter>/, '<autoFilter ref="$1"/>');
    files[name] = strToU8(xml);
  }
  return zipSync(files);
}

function tableXml(bytes: Uint8Array): string {
  const files = unzipSync(bytes);
  const name = Object.keys(files).find((n) => /^xl\/tables\/.*\.xml$/.test(n));
  return strFromU8(files[name as string]);
}

describe("Excel tables in the shared copy", () => {
  it("shows the ExcelJS defect this guards against: a plain read and write drops the header row", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await excelStyleTableWorkbook()).buffer as ArrayBuffer);
    const roundTrip = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(tableXml(roundTrip)).toContain('headerRowCount="0"');
  });

  it.each(["auto", "exceljs"] as const)("keeps the header row and the filter buttons of a table saved by Excel (writer %s)", async (writer) => {
    const input = await excelStyleTableWorkbook();
    const { bytes, report } = await shareWorkbook(input, { now: new Date("2026-11-26T00:00:00Z"), writer });
    expect(report.replaced).toBe(1);
    const xml = tableXml(bytes);
    expect(xml).not.toContain('headerRowCount="0"');
    expect(xml).not.toContain('hiddenButton="1"');
    expect(xml).toMatch(/<autoFilter ref="A1:C3"/);
    if (writer === "auto") expect(xml).toBe(tableXml(input)); // untouched by the package writer
  });
});
