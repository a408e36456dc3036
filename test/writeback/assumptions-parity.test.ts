/**
 * The Assumptions table's As-of date and Expected FDA date reach the domain alike from every host
 * (docs/features.md#assumptions): the pane's adapter on the in-memory Excel (a date cell arrives as
 * an Excel serial), the CLI's default package writer and its ExcelJS writer (a date cell arrives as
 * an ISO date) — none given an as-of date of its own. The Products `Coded from` / `Paid from`
 * columns, the Roadmap sheet and the problems list are the same in all three.
 *
 * Dates and codes (calendar rules of docs/roadmap.md): as of 2026-12-02 the PLA and OPPS
 * pass-through deadlines of Dec 1 2026 are missed, so 81479 (unlisted molecular pathology, an LDT)
 * is coded from Oct 1 2027 and the C1889 implant (the README's pass-through example) is paid from
 * Jul 1 2027; a pending inpatient implant with the table's expected FDA date of Mar 1 2027 (before
 * May 1) has missed the October 2026 NTAP application, so NTAP from FY2029, Oct 1 2028.
 */
import ExcelJS from "exceljs";
import { FakeExcel } from "../support/fake-excel";
import { classifyWorkbook } from "../../src/excel/classify";
import { assumptionRows } from "../../src/excel/setup";
import { buildReport, type Report } from "../../src/domain/report";
import { formatAssumptionProblem } from "../../src/domain/assumptions";
import { Sheets, locate, reportOf, writeThroughPackage } from "../../src/cli/package/run";
import { WorkbookSnapshot } from "../../src/cli/package/snapshot";
import { assumptionsInWorkbook } from "../../src/cli/assumptions";
import { locateProducts, readEvidence, readStrategy } from "../../src/cli/locate";
import { writeReport } from "../../src/cli/write";
import { readBox, sheetBox } from "../../src/cli/workbook";
import type { CellValue } from "../../src/domain/product";

const HEADERS = [
  "Product ID",
  "Product",
  "Product type",
  "Site of care",
  "FDA status",
  "FDA decision date",
  "Breakthrough",
  "Implanted",
  "Candidate code(s)",
  "Code fit",
];
const ROWS: string[][] = [
  ["L-1", "Assay", "lab test", "independent lab", "LDT", "", "no", "no", "81479", "does not"],
  [
    "I-1",
    "Spacer",
    "implant",
    "hospital outpatient",
    "PMA approved",
    "2026-03-01",
    "yes",
    "yes",
    "C1889",
    "partially",
  ],
  ["N-1", "Valve", "implant", "inpatient", "submitted", "", "yes", "yes", "", ""],
];

/** Excel serial of an ISO day (1900 system), as a date cell holds it. */
function serial(iso: string): number {
  return (Date.parse(iso) - Date.UTC(1899, 11, 30)) / 86_400_000;
}

/** The inserted Assumptions table, with the two plan rows filled in (a date cell, or text). */
function assumptions(asOf: CellValue, expected: CellValue): CellValue[][] {
  return assumptionRows("en").map((row) =>
    row[0] === "As-of date"
      ? [row[0], asOf, row[2], row[3]]
      : row[0] === "Expected FDA date"
        ? [row[0], expected, row[2], row[3]]
        : row
  );
}

function text(v: unknown): string {
  return v === null || v === undefined ? "" : String(v);
}

interface Outcome {
  products: string[][];
  roadmap: string[][];
  problems: string[];
}

async function pane(asOf: CellValue, expected: CellValue): Promise<Outcome> {
  const fake = new FakeExcel();
  fake.setValues("Products", "A1", [HEADERS, ...ROWS]);
  fake.addTable("Products", `A1:J${ROWS.length + 1}`, "Products");
  const a = assumptions(asOf, expected) as (string | number)[][];
  fake.setValues("Assumptions", "A1", a);
  fake.addTable("Assumptions", `A1:D${a.length}`, "Assumptions");
  fake.activate("Products");
  const uninstall = fake.install();
  try {
    const outcome = await classifyWorkbook({ locale: "en" });
    const grid = (s: string): string[][] =>
      fake
        .sheet(s)
        .cellValues()
        .map((r) => r.map(text));
    return {
      products: grid("Products"),
      roadmap: grid("Roadmap"),
      problems: outcome.problems.filter((p) => p.sheetName === "Assumptions").map((p) => p.text),
    };
  } finally {
    uninstall();
  }
}

/** The workbook as a file holds it: dates as dates. */
function book(asOf: CellValue, expected: CellValue): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Products").addTable({
    name: "Products",
    ref: "A1",
    columns: HEADERS.map((h) => ({ name: h, filterButton: true })),
    rows: ROWS.map((r) => r.map((v) => (v === "" ? null : v))),
  });
  const asDate = (v: CellValue): unknown =>
    typeof v === "number" ? new Date(Date.UTC(1899, 11, 30) + v * 86_400_000) : v;
  const rows = assumptions(asOf, expected).map((r) => r.map(asDate));
  wb.addWorksheet("Assumptions").addTable({
    name: "Assumptions",
    ref: "A1",
    columns: (rows[0] as string[]).map((h) => ({ name: h })),
    rows: rows.slice(1) as unknown[][],
  });
  return wb;
}

function outcomeOf(wb: ExcelJS.Workbook, report: Report): Outcome {
  const grid = (s: string): string[][] => {
    const ws = wb.getWorksheet(s)!;
    return readBox(ws, sheetBox(ws)).map((r) => r.map(text));
  };
  return {
    products: grid("Products"),
    roadmap: grid("Roadmap"),
    problems: report.assumptionProblems.map((p) => formatAssumptionProblem(p, "en")),
  };
}

async function cliPackage(asOf: CellValue, expected: CellValue): Promise<Outcome> {
  const bytes = new Uint8Array((await book(asOf, expected).xlsx.writeBuffer()) as ArrayBuffer);
  const snap = WorkbookSnapshot.open(bytes);
  const sheets = new Sheets(snap);
  const located = locate(sheets, "book.xlsx", undefined, "en");
  if (!located.ok) throw new Error(located.message);
  const report = reportOf(sheets, located.location, { locale: "en" });
  const written = writeThroughPackage(
    snap,
    located.location,
    report,
    { force: false, locale: "en", macroEnabled: false },
    sheets
  );
  const out = new ExcelJS.Workbook();
  await out.xlsx.load(Buffer.from(written.bytes) as unknown as ArrayBuffer);
  return outcomeOf(out, report);
}

async function cliExcelJs(asOf: CellValue, expected: CellValue): Promise<Outcome> {
  // Written and read back, as `reimb classify --writer exceljs` reads a file.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await book(asOf, expected).xlsx.writeBuffer()) as ArrayBuffer);
  const located = locateProducts(wb, "book.xlsx", undefined, "en");
  if (!located.ok) throw new Error(located.message);
  const report = buildReport({
    grid: located.location.grid,
    firstRowNumber: located.location.firstRowNumber,
    headerRowIndex: located.location.headerRowIndex,
    previousEvidence: readEvidence(wb),
    previousStrategy: readStrategy(wb),
    assumptions: assumptionsInWorkbook(wb),
    locale: "en",
  });
  writeReport(wb, located.location, report, { force: false, locale: "en" });
  return outcomeOf(wb, report);
}

/**
 * Trailing empty cells dropped: the used ranges of the hosts end differently. Products from its
 * pathway block on: the input columns are the user's (Excel turns a typed date into a date cell,
 * the ExcelJS fixture keeps it as typed).
 */
function trim(grid: string[][], from = 0): string[][] {
  const rows = grid.map((r) => {
    const out = r.slice(from);
    while (out.length > 0 && out[out.length - 1] === "") out.pop();
    return out;
  });
  while (rows.length > 0 && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

function headlines(products: string[][]): string[][] {
  const coded = products[0].indexOf("Coded from");
  const paid = products[0].indexOf("Paid from");
  return products.slice(1).map((r) => [r[0], r[coded], r[paid]]);
}

describe("the Assumptions table's dates, pane and CLI alike", () => {
  it("an as-of date and an expected FDA date in date cells: the same Products and Roadmap in all hosts", async () => {
    const runs = [
      await pane(serial("2026-12-02"), serial("2027-03-01")),
      await cliPackage(serial("2026-12-02"), serial("2027-03-01")),
      await cliExcelJs(serial("2026-12-02"), serial("2027-03-01")),
    ];
    expect(headlines(runs[0].products)).toEqual([
      ["L-1", "≈ 2027-10-01 (estimate)", "≈ 2027-10-01 (estimate)"],
      // An unlisted code until pass-through: coded (C1889's category) from the pass-through date.
      ["I-1", "≈ 2027-07-01 (estimate)", "≈ 2027-07-01 (estimate)"],
      ["N-1", "≈ 2028-01-01 (estimate)", "≈ 2028-10-01 (estimate)"],
    ]);
    for (const r of runs.slice(1)) {
      expect(trim(r.products, HEADERS.length)).toEqual(trim(runs[0].products, HEADERS.length));
      expect(trim(r.roadmap)).toEqual(trim(runs[0].roadmap));
      expect(r.problems).toEqual([]);
    }
    // The pending row's FDA milestone says where its date came from, in every host.
    const fda = runs[0].roadmap.find((r) => r.includes("N-1") && r.includes("fda-decision"))!;
    expect(fda.join(" ")).toContain("Expected FDA date from the Assumptions table (row 6)");
  });

  it("a cell that is not a date: the same problem in all hosts, and the run goes on with the default", async () => {
    const runs = [
      await pane(serial("2026-12-02"), "spring 2027"),
      await cliPackage(serial("2026-12-02"), "spring 2027"),
      await cliExcelJs(serial("2026-12-02"), "spring 2027"),
    ];
    expect(runs[0].problems).toEqual([
      'Assumptions, row 6, "Expected FDA date": "spring 2027" is not a date. Accepted: a date cell (an Excel date serial), yyyy-mm-dd (2026-12-31), yyyy/m/d (2026/12/31) or m/d/yyyy (12/31/2026). Pending products without their own FDA decision date stay undated.',
    ]);
    for (const r of runs.slice(1)) {
      expect(r.problems).toEqual(runs[0].problems);
      expect(trim(r.products, HEADERS.length)).toEqual(trim(runs[0].products, HEADERS.length));
      expect(trim(r.roadmap)).toEqual(trim(runs[0].roadmap));
    }
    // The pending row is undated; the others keep their dates from the table's as-of date.
    const fda = runs[0].roadmap.find((r) => r.includes("N-1") && r.includes("fda-decision"))!;
    expect(fda.join(" ")).toContain("Needs an FDA decision date");
    expect(headlines(runs[0].products)[0][1]).toBe("≈ 2027-10-01 (estimate)");
  });

  it("a sheet named 假设 with Chinese labels and no table: found and read alike, the problem's cell selectable", async () => {
    const cells = [
      ["截至日期", "2026-12-02"],
      ["预计 FDA 日期", "下个月"],
    ];
    const fake = new FakeExcel();
    fake.setValues("Products", "A1", [HEADERS, ...ROWS]);
    fake.addTable("Products", `A1:J${ROWS.length + 1}`, "Products");
    fake.setValues("假设", "A1", cells);
    fake.activate("Products");
    const uninstall = fake.install();
    let paneProblems: { sheetName: string; address: string; text: string }[];
    let paneProducts: string[][];
    try {
      const outcome = await classifyWorkbook({ locale: "zh-CN" });
      paneProblems = outcome.problems.map((p) => ({
        sheetName: p.sheetName,
        address: p.address,
        text: p.text,
      }));
      paneProducts = fake
        .sheet("Products")
        .cellValues()
        .map((r) => r.map(text));
    } finally {
      uninstall();
    }
    expect(paneProblems).toEqual([
      {
        sheetName: "假设",
        address: "B2",
        text: "假设，第 2 行，“预计 FDA 日期”：“下个月”不是日期。可接受：日期单元格（Excel 日期序列号）、yyyy-mm-dd（2026-12-31）、yyyy/m/d（2026/12/31）或 m/d/yyyy（12/31/2026）。没有自身 FDA 决定日期的待批产品不排日期。",
      },
    ]);

    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Products").addTable({
      name: "Products",
      ref: "A1",
      columns: HEADERS.map((h) => ({ name: h, filterButton: true })),
      rows: ROWS.map((r) => r.map((v) => (v === "" ? null : v))),
    });
    const ws = wb.addWorksheet("假设");
    cells.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
    const snap = WorkbookSnapshot.open(
      new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer)
    );
    const sheets = new Sheets(snap);
    const located = locate(sheets, "book.xlsx", undefined, "zh-CN");
    if (!located.ok) throw new Error(located.message);
    const report = reportOf(sheets, located.location, { locale: "zh-CN" });
    expect(report.assumptionProblems.map((p) => formatAssumptionProblem(p, "zh-CN"))).toEqual(
      paneProblems.map((p) => p.text)
    );
    expect(report.planInputs.asOfFrom).toBe("assumptions");
    // The as-of date reached the pane too: the PLA row misses the Dec 1 2026 deadline.
    const coded = paneProducts[0].indexOf("编码起始");
    expect(coded).toBeGreaterThan(0);
    expect(paneProducts[1][coded]).toContain("2027-10-01");
  });
});
