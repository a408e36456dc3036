/**
 * `reimb classify` and the workbook's Assumptions table (docs/features.md#assumptions), with both
 * writers: the As-of date there is the plan's as-of date unless `--as-of` says otherwise; a cell
 * that is not a date is listed with the row problems (exit 1) and the output is still written.
 * Real code: 81479 (unlisted molecular pathology, an LDT): as of 2026-12-02 the Dec 1 2026 PLA
 * deadline is missed (docs/roadmap.md pla-deadline), so the code is effective Oct 1 2027.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/classify";
import { setLocale } from "../../src/i18n/catalogue";

const HEADERS = [
  "Product ID",
  "Product",
  "Product type",
  "Site of care",
  "FDA status",
  "Candidate code(s)",
  "Code fit",
];
const ROW = ["L-1", "Assay", "lab test", "independent lab", "LDT", "81479", "does not"];

let dir: string;
let out: { stdout: string[]; stderr: string[] };

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "reimb-asof-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  setLocale("en");
});
beforeEach(() => {
  out = { stdout: [], stderr: [] };
  jest
    .spyOn(console, "log")
    .mockImplementation((...a: unknown[]) => void out.stdout.push(a.join(" ")));
  jest
    .spyOn(console, "error")
    .mockImplementation((...a: unknown[]) => void out.stderr.push(a.join(" ")));
});
afterEach(() => jest.restoreAllMocks());

async function workbook(name: string, asOf: Date | string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Products").addTable({
    name: "Products",
    ref: "A1",
    columns: HEADERS.map((h) => ({ name: h, filterButton: true })),
    rows: [ROW],
  });
  wb.addWorksheet("Assumptions").addTable({
    name: "Assumptions",
    ref: "A1",
    columns: ["Assumption", "Value", "Unit", "Note"].map((h) => ({ name: h })),
    rows: [
      ["Payment year", 2026, "calendar year", ""],
      ["As-of date", asOf, "date", ""],
    ],
  });
  const p = path.join(dir, name);
  await wb.xlsx.writeFile(p);
  return p;
}

interface JsonOut {
  rows: unknown[];
  plan: {
    asOf: string;
    asOfFrom: string;
    expectedFdaDate: string | null;
    problems: { rowNumber: number; key: string; message: string }[];
  };
}

describe.each(["package", "exceljs"])(
  "reimb classify --writer %s and the Assumptions table",
  (writer) => {
    it("plans from the table's As-of date (a date cell)", async () => {
      const input = await workbook(`date-${writer}.xlsx`, new Date(Date.UTC(2026, 11, 2)));
      const output = path.join(dir, `date-${writer}.out.xlsx`);
      expect(await run([input, "-o", output, "--json", "--writer", writer])).toBe(0);
      const json = JSON.parse(out.stdout.join("\n")) as JsonOut;
      expect(json.plan).toEqual({
        asOf: "2026-12-02",
        asOfFrom: "assumptions",
        expectedFdaDate: null,
        problems: [],
      });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(output);
      const ws = wb.getWorksheet("Products")!;
      const header = (ws.getRow(1).values as unknown[]).map(String);
      expect(String(ws.getRow(2).getCell(header.indexOf("Coded from")).value)).toBe(
        "≈ 2027-10-01 (estimate)"
      );
    });

    it("--as-of wins over the table", async () => {
      const input = await workbook(`host-${writer}.xlsx`, "2026-12-02");
      const output = path.join(dir, `host-${writer}.out.xlsx`);
      expect(
        await run([input, "-o", output, "--json", "--writer", writer, "--as-of", "2026-11-30"])
      ).toBe(0);
      const json = JSON.parse(out.stdout.join("\n")) as JsonOut;
      expect([json.plan.asOf, json.plan.asOfFrom]).toEqual(["2026-11-30", "host"]);
    });

    it("a cell that is not a date: listed with the problems, exit 1, the output still written", async () => {
      const input = await workbook(`bad-${writer}.xlsx`, "Q3");
      const output = path.join(dir, `bad-${writer}.out.xlsx`);
      expect(await run([input, "-o", output, "--writer", writer])).toBe(1);
      expect(out.stderr).toContain(
        `  Assumptions, row 3, "As-of date": "Q3" is not a date. Accepted: a date cell (an Excel date serial), yyyy-mm-dd (2026-12-31), yyyy/m/d (2026/12/31) or m/d/yyyy (12/31/2026). The plan uses the run date, ${new Date().toISOString().slice(0, 10)}.`
      );
      expect(fs.existsSync(output)).toBe(true);
    });
  }
);
