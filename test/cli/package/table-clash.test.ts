/**
 * Excel table names are unique in a workbook. A user's table named "Evidence" (or "Strategy") on
 * another sheet would clash with the table the add-in writes on its own sheet of that name: the
 * package writer never writes a duplicate table name. It refuses, names the table and its sheet,
 * and writes no output; once the user renames their table the run goes through and their table
 * and its cells stay as they were.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { run } from "../../../src/cli/classify";
import { setLocale } from "../../../src/i18n/catalogue";
import { WorkbookSnapshot } from "../../../src/cli/package/snapshot";
import { readWorkbookBytes } from "../../../src/xlsx/file";

const HEADERS = ["Product ID", "Product", "Product type", "Site of care", "Candidate code(s)"];
// E0601: CPAP device (HCPCS Level II, DME).
const ROWS = [["P-1", "SomnaAir CPAP", "home-use durable equipment", "home", "E0601"]];

let dir: string;
const savedEnv = process.env.REIMB_NO_REFERENCE;
let stderr: string[];
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "reimb-clash-"));
  // The clash is about table names, not codes: no CMS reference needed.
  process.env.REIMB_NO_REFERENCE = "1";
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  if (savedEnv === undefined) delete process.env.REIMB_NO_REFERENCE;
  else process.env.REIMB_NO_REFERENCE = savedEnv;
  setLocale("en");
});
beforeEach(() => {
  stderr = [];
  jest.spyOn(console, "log").mockImplementation(() => undefined);
  jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    stderr.push(args.map(String).join(" "));
  });
});
afterEach(() => jest.restoreAllMocks());

async function workbook(file: string, clashName: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Products").addTable({
    name: "Products",
    ref: "A1",
    columns: HEADERS.map((name) => ({ name, filterButton: true })),
    rows: ROWS,
  });
  wb.addWorksheet("Payer log").addTable({
    name: clashName,
    ref: "A1",
    columns: [{ name: "Payer" }, { name: "Call" }],
    rows: [["Noridian", "asked about E0601 on 2026-05-12"]],
  });
  const out = path.join(dir, file);
  await wb.xlsx.writeFile(out);
  return out;
}

describe.each(["Evidence", "strategy"])("a user's table named %s on another sheet", (name) => {
  it("is refused with its name and sheet, and nothing is written", async () => {
    const input = await workbook(`clash-${name}.xlsx`, name);
    const output = path.join(dir, `clash-${name}.out.xlsx`);
    expect(await run([input, "-o", output])).toBe(5);
    const message = stderr.join("\n");
    expect(message).toContain(`"${name}"`);
    expect(message).toContain('"Payer log"');
    expect(message).toMatch(/Rename that table/);
    expect(fs.existsSync(output)).toBe(false);
  });
});

describe("after the user renames their table", () => {
  it("writes Evidence and Strategy with their own tables, and the user's table stays", async () => {
    const input = await workbook("renamed.xlsx", "PayerLog");
    const output = path.join(dir, "renamed.out.xlsx");
    expect(await run([input, "-o", output])).toBe(0);
    const snap = WorkbookSnapshot.open(readWorkbookBytes(output));
    const names = snap.tables.map((x) => x.name.toLowerCase());
    expect(new Set(names).size).toBe(names.length);
    expect(snap.tables.find((x) => x.name === "PayerLog")?.sheet).toBe("Payer log");
    expect(snap.tables.find((x) => x.name === "Evidence")?.sheet).toBe("Evidence");
    expect(snap.tables.find((x) => x.name === "Strategy")?.sheet).toBe("Strategy");
    expect(snap.region("Payer log").grid[1]).toEqual([
      "Noridian",
      "asked about E0601 on 2026-05-12",
    ]);
  });
});
