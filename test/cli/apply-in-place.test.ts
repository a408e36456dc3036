/**
 * `--writer exceljs` rewrites the add-in's own sheets in place (src/cli/apply.ts), as the pane and
 * the package writer do: what the user put outside the table (a note, its format, the sheet's place
 * among the tabs) stays; what the add-in wrote and no longer writes (a product's rows, their fills)
 * goes. Real codes: E0601 CPAP (DME), 93656 AF ablation (CPT I), L1833 knee orthosis.
 */
import ExcelJS from "exceljs";
import { buildReport } from "../../src/domain/report";
import { locateProducts, readEvidence, readStrategy } from "../../src/cli/locate";
import { writeReport } from "../../src/cli/write";
import { readBox, sheetBox } from "../../src/cli/workbook";

const HEADERS = [
  "Product ID",
  "Product",
  "Product type",
  "Site of care",
  "FDA status",
  "Candidate code(s)",
  "Code fit",
];
const ROWS = [
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
];
const NOTE = "ask the DME MAC about E0601 coverage before launch";

/** One `reimb classify --writer exceljs --force` on the workbook as a file holds it. */
async function classify(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const file = new ExcelJS.Workbook();
  await file.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const located = locateProducts(file, "book.xlsx", undefined, "en");
  if (!located.ok) throw new Error(located.message);
  const report = buildReport({
    grid: located.location.grid,
    firstRowNumber: located.location.firstRowNumber,
    headerRowIndex: located.location.headerRowIndex,
    previousEvidence: readEvidence(file),
    previousStrategy: readStrategy(file),
    asOf: "2026-06-01",
    locale: "en",
  });
  writeReport(file, located.location, report, { force: false, locale: "en" });
  return file;
}

function products(rows: string[][]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Products").addTable({
    name: "Products",
    ref: "A1",
    columns: HEADERS.map((name) => ({ name, filterButton: true })),
    rows,
  });
  return wb;
}

function lastIndex(rows: string[][], id: string): number {
  let at = -1;
  rows.forEach((r, i) => {
    if (r[0] === id) at = i;
  });
  return at;
}

/** Whether any of the row's first `width` cells has a fill. */
function filled(ws: ExcelJS.Worksheet, row: number, width: number): boolean {
  for (let c = 1; c <= width; c++) if (ws.getCell(row, c).fill !== undefined) return true;
  return false;
}

function usedRows(ws: ExcelJS.Worksheet): string[][] {
  return readBox(ws, sheetBox(ws)).map((r) => r.map((v) => (v === null ? "" : String(v))));
}

test("a note below Evidence keeps its text and format; a product's rows and fills go with it; the tabs keep their order", async () => {
  const first = await classify(products(ROWS));
  const order = first.worksheets.map((w) => w.name);
  const strategyBefore = first.getWorksheet("Strategy")!;
  expect(usedRows(strategyBefore)[3][0]).toBe("P-3");
  const evidence = first.getWorksheet("Evidence")!;
  const height = usedRows(evidence).length;
  const noteRow = height + 2;
  const note = evidence.getCell(noteRow, 3);
  note.value = NOTE;
  note.font = { italic: true };
  // The user drops the last product: its Evidence rows are the add-in's and go.
  const wb = first;
  const productsSheet = wb.getWorksheet("Products")!;
  const lastP3 = lastIndex(usedRows(evidence), "P-3") + 1;
  expect(lastP3).toBe(height);
  productsSheet.getRow(ROWS.length + 1).eachCell((c) => (c.value = null));
  const table = (
    productsSheet.getTables() as unknown as { table: { tableRef: string; autoFilterRef: string } }[]
  )[0].table;
  const [from, to] = table.tableRef.split(":");
  table.tableRef = table.autoFilterRef = `${from}:${to.replace(/\d+$/, String(ROWS.length))}`;

  const second = await classify(wb);
  const after = second.getWorksheet("Evidence")!;
  expect(second.worksheets.map((w) => w.name)).toEqual(order);
  expect(after.getCell(noteRow, 3).value).toBe(NOTE);
  expect(after.getCell(noteRow, 3).font).toEqual({ italic: true });
  const rows = usedRows(after);
  expect(rows.some((r) => r[0] === "P-3")).toBe(false);
  expect(rows.filter((r) => r[0] === "P-1" || r[0] === "P-2").length).toBeGreaterThan(0);
  // The rows the dropped product held are empty now, without their pathway fill (Strategy row 4).
  for (let r = lastIndex(rows, "P-2") + 2; r < noteRow; r++)
    for (let c = 1; c <= HEADERS.length; c++) expect(after.getCell(r, c).value).toBeNull();
  const strategyWidth = usedRows(second.getWorksheet("Strategy")!)[0].length;
  expect(filled(strategyBefore, 4, strategyWidth)).toBe(true);
  const strategyIds = usedRows(second.getWorksheet("Strategy")!).map((r) => r[0]);
  expect(strategyIds.filter((id) => id !== "")).toEqual(["Product ID", "P-1", "P-2"]);
  expect(filled(second.getWorksheet("Strategy")!, 4, strategyWidth)).toBe(false);
  expect(filled(second.getWorksheet("Strategy")!, 3, strategyWidth)).toBe(true);
});
