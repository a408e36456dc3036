/**
 * `reimb classify` end to end on workbooks made here with ExcelJS: what a user gets in the output
 * file, what survives a re-run on that output, and the exit codes and messages for bad input.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import { run, defaultOutputPath } from "../../src/cli/classify";
import { PATHWAY_COLUMNS, EVIDENCE_COLUMNS, STRATEGY_COLUMNS } from "../../src/domain/report";
import { setLocale } from "../../src/i18n/catalogue";
import { RECORD_SHEET, decodeRecord, lastWrittenGrid } from "../../src/domain/report/record";
import { columnLetters } from "../../src/domain/sheet/address";

const HEADERS = ["Product ID", "Product", "Product type", "Site of care", "FDA status", "Candidate code(s)", "Code fit", "Medicare benefit category"];
// Real codes: E0601 CPAP (DME), 93656 AF ablation (CPT I), L1833 knee orthosis, J3490 unclassified drug.
const ROWS: (string | null)[][] = [
  ["P-1", "SomnaAir CPAP", "home-use durable equipment", "home", "510(k) cleared", "E0601", "describes", "DME"],
  ["P-2", "=SUM(1,2)", "procedure device", "hospital outpatient", "510(k) cleared", "93656", "describes", null],
  ["P-3", "+Brace @home", "orthotic or prosthetic", "POS 12", "exempt", "L1833", "describes", "prosthetic or orthotic"],
  ["P-4", "@Veloxa injection", "drug or biologic", "hospital outpatient", "NDA or BLA approved", "J3490", "partially", "drug"],
];
const BAD: (string | null)[] = ["P-5", "-Bad site", "implant", "ofice", "PMA approved", null, null, null];

let dir: string;
let out: { stdout: string[]; stderr: string[] };

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "reimb-cli-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  setLocale("en");
});
beforeEach(() => {
  out = { stdout: [], stderr: [] };
  jest.spyOn(console, "log").mockImplementation((...a: unknown[]) => void out.stdout.push(a.join(" ")));
  jest.spyOn(console, "error").mockImplementation((...a: unknown[]) => void out.stderr.push(a.join(" ")));
});
afterEach(() => jest.restoreAllMocks());

function file(name: string): string {
  return path.join(dir, name);
}

/** A Products sheet with a title line above an Excel table named Products (as the example has). */
async function makeWorkbook(name: string, rows = ROWS, opts: { table?: boolean } = {}): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Products");
  ws.addRow(["Portfolio (fictional products)"]);
  if (opts.table === false) {
    ws.addRow(HEADERS);
    for (const r of rows) ws.addRow(r);
  } else {
    ws.addTable({ name: "Products", ref: "A2", columns: HEADERS.map((h) => ({ name: h, filterButton: true })), rows });
  }
  wb.addWorksheet("Notes").addRow(["anything"]);
  const p = file(name);
  await wb.xlsx.writeFile(p);
  return p;
}

async function load(p: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(p);
  return wb;
}

function rowValues(ws: ExcelJS.Worksheet, r: number): unknown[] {
  return (ws.getRow(r).values as unknown[]).slice(1);
}

function headerIndex(ws: ExcelJS.Worksheet, headerRow: number): Map<string, number> {
  const m = new Map<string, number>();
  ws.getRow(headerRow).eachCell((cell, col) => m.set(String(cell.value), col));
  return m;
}

describe("reimb classify: output workbook", () => {
  let input: string;
  let output: string;
  let code: number;

  let first: { stdout: string[]; stderr: string[] };
  let inputBytes: Buffer;

  // One classification shared by the tests of this block, so each can run on its own (-t).
  beforeAll(async () => {
    input = await makeWorkbook("book.xlsx", [...ROWS, BAD]);
    output = file("book.out.xlsx");
    inputBytes = fs.readFileSync(input);
    first = { stdout: [], stderr: [] };
    const log = jest.spyOn(console, "log").mockImplementation((...a: unknown[]) => void first.stdout.push(a.join(" ")));
    const err = jest.spyOn(console, "error").mockImplementation((...a: unknown[]) => void first.stderr.push(a.join(" ")));
    code = await run([input, "-o", output]);
    log.mockRestore();
    err.mockRestore();
  });

  it("classifies good rows, reports the bad one, writes the output and exits 1", () => {
    expect(code).toBe(1);
    expect(first.stderr.join("\n")).toMatch(/Row 7, column "Site of care": "ofice".*Did you mean "office"/);
    expect(first.stdout.join("\n")).toMatch(/4 of 5 product row\(s\) classified, 1 with problems/);
    expect(fs.readFileSync(input).equals(inputBytes)).toBe(true); // the input file is never written
  });

  it("writes the pathway columns beside the input columns without touching input cells", async () => {
    const wb = await load(output);
    const ws = wb.getWorksheet("Products") as ExcelJS.Worksheet;
    expect(rowValues(ws, 1)).toEqual(["Portfolio (fictional products)"]);
    expect(rowValues(ws, 2)).toEqual([...HEADERS, ...PATHWAY_COLUMNS.map((c) => c.header)]);
    [...ROWS, BAD].forEach((r, i) => {
      expect(rowValues(ws, 3 + i).slice(0, HEADERS.length)).toEqual(r.map((v) => v ?? undefined));
    });
    const h = headerIndex(ws, 2);
    const pathway = (r: number) => ws.getRow(r).getCell(h.get("Pathway") as number).value;
    expect([pathway(3), pathway(4), pathway(5), pathway(6), pathway(7)]).toEqual([
      "Existing HCPCS II",
      "Existing CPT",
      "Existing HCPCS II",
      "Unlisted / NOC (temporary)",
      null,
    ]);
    expect(String(ws.getRow(7).getCell(h.get("Input problems") as number).value)).toMatch(/ofice/);
    // The Products table now spans the pathway columns too.
    const table = (ws.getTables() as unknown as { table: { tableRef: string; columns: { name: string }[] } }[])[0].table;
    expect(table.tableRef).toBe("A2:X7");
    expect(table.columns.map((c) => c.name)).toEqual([...HEADERS, ...PATHWAY_COLUMNS.map((c) => c.header)]);
  });

  it("keeps text that looks like a formula as text, in every sheet", async () => {
    const wb = await load(output);
    const products = wb.getWorksheet("Products") as ExcelJS.Worksheet;
    expect(products.getCell("B4").value).toBe("=SUM(1,2)");
    expect(products.getCell("B4").type).toBe(ExcelJS.ValueType.String);
    expect(products.getCell("B5").value).toBe("+Brace @home");
    expect(products.getCell("B6").value).toBe("@Veloxa injection");
    expect(products.getCell("B7").value).toBe("-Bad site");
    for (const a of ["B5", "B6", "B7"]) expect(products.getCell(a).type).toBe(ExcelJS.ValueType.String);
    for (const name of ["Evidence", "Strategy"]) {
      const ws = wb.getWorksheet(name) as ExcelJS.Worksheet;
      let seen = 0;
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (cell.value === "=SUM(1,2)") seen++;
        }),
      );
      expect(seen).toBeGreaterThan(0);
    }
  });

  it("writes Evidence and Strategy as Excel tables with a frozen header", async () => {
    const wb = await load(output);
    const ev = wb.getWorksheet("Evidence") as ExcelJS.Worksheet;
    const st = wb.getWorksheet("Strategy") as ExcelJS.Worksheet;
    expect(rowValues(ev, 1)).toEqual(EVIDENCE_COLUMNS.map((c) => c.header));
    expect(rowValues(st, 1)).toEqual(STRATEGY_COLUMNS.map((c) => c.header));
    expect((ev.getTables() as unknown as { table: { name: string } }[]).map((t) => t.table.name)).toEqual(["Evidence"]);
    expect((st.getTables() as unknown as { table: { name: string } }[]).map((t) => t.table.name)).toEqual(["Strategy"]);
    expect(ev.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const ids = new Set<string>();
    ev.eachRow((row, n) => {
      if (n > 1) ids.add(String(row.getCell(1).value));
    });
    expect([...ids]).toEqual(["P-1", "P-2", "P-3", "P-4"]);
    expect(st.rowCount).toBe(5);
    // The record of what was written, in the pane's format, so either host knows the other's output.
    const record = wb.getWorksheet(RECORD_SHEET) as ExcelJS.Worksheet;
    expect(record.state).toBe("veryHidden");
    const grid = (record.getSheetValues() as unknown[][]).slice(1).map((r) => (r ?? []).slice(1).map((v) => (v === undefined ? null : v))) as (string | null)[][];
    const blocks = decodeRecord(grid);
    expect([...blocks.keys()].sort()).toEqual(["economics", "evidence", "pathway", "quarters", "roadmap", "strategy"]);
    expect(blocks.get("pathway")?.origin).toBe("Products!I2");
    // The pane reading this record sees every written pathway cell as the add-in's own.
    const products = wb.getWorksheet("Products") as ExcelJS.Worksheet;
    const block: (string | number | null)[][] = [];
    for (let r = 2; r <= 7; r++) {
      const row: (string | number | null)[] = [];
      for (let c = 9; c < 9 + PATHWAY_COLUMNS.length; c++) row.push((products.getRow(r).getCell(c).value as string | number | null) ?? null);
      block.push(row);
    }
    expect(lastWrittenGrid(blocks.get("pathway"), block)).toEqual(block);
    // The other sheets are untouched and still there.
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["Products", "Notes", "Evidence", "Strategy"]));
  });

  it("re-running on its own output keeps what the user typed into Evidence Status/Owner/Notes", async () => {
    const wb = await load(output);
    const ev = wb.getWorksheet("Evidence") as ExcelJS.Worksheet;
    const h = headerIndex(ev, 1);
    const typed = new Map<string, [string, string, string]>();
    for (const r of [2, 5, 9]) {
      const row = ev.getRow(r);
      const key = `${String(row.getCell(1).value)}|${String(row.getCell(h.get("Item ID") as number).value)}`;
      const values: [string, string, string] = [`status ${r}`, `owner ${r}`, r === 9 ? "=not a formula" : `notes ${r}`];
      row.getCell(h.get("Status") as number).value = values[0];
      row.getCell(h.get("Owner") as number).value = values[1];
      row.getCell(h.get("Notes") as number).value = values[2];
      typed.set(key, values);
    }
    const edited = file("book.edited.xlsx");
    await wb.xlsx.writeFile(edited);

    const second = file("book.second.xlsx");
    expect(await run([edited, "-o", second])).toBe(1);
    const again = await load(second);
    const ev2 = again.getWorksheet("Evidence") as ExcelJS.Worksheet;
    const h2 = headerIndex(ev2, 1);
    const found = new Map<string, unknown[]>();
    ev2.eachRow((row, n) => {
      if (n === 1) return;
      const key = `${String(row.getCell(1).value)}|${String(row.getCell(h2.get("Item ID") as number).value)}`;
      found.set(key, ["Status", "Owner", "Notes"].map((c) => row.getCell(h2.get(c) as number).value));
    });
    for (const [key, values] of typed) expect(found.get(key)).toEqual(values);
    expect(ev2.rowCount).toBe(ev.rowCount);

    // Same block in the same place: nothing duplicated, input still untouched.
    const products = again.getWorksheet("Products") as ExcelJS.Worksheet;
    expect(rowValues(products, 2)).toEqual([...HEADERS, ...PATHWAY_COLUMNS.map((c) => c.header)]);
    expect(products.getCell("B4").value).toBe("=SUM(1,2)");
  });

  it("stops before overwriting a pathway cell the user typed over, and overwrites it with --force", async () => {
    const wb = await load(output);
    const ws = wb.getWorksheet("Products") as ExcelJS.Worksheet;
    const col = headerIndex(ws, 2).get("Next gate") as number;
    ws.getRow(3).getCell(col).value = "my own plan";
    const edited = file("book.typed.xlsx");
    await wb.xlsx.writeFile(edited);

    const blocked = file("book.blocked.xlsx");
    expect(await run([edited, "-o", blocked])).toBe(5);
    expect(out.stderr.join("\n")).toMatch(/1 cell\(s\).*"my own plan".*--force/);
    expect(fs.existsSync(blocked)).toBe(false);

    const forced = file("book.forced.xlsx");
    expect(await run([edited, "-o", forced, "--force"])).toBe(1);
    const after = await load(forced);
    expect((after.getWorksheet("Products") as ExcelJS.Worksheet).getRow(3).getCell(col).value).not.toBe("my own plan");
  });
});

describe("reimb classify: the user's additions to Strategy", () => {
  it("keeps a column the user added to the Strategy table, and a note typed outside it", async () => {
    const input = await makeWorkbook("strategy.xlsx");
    const first = file("strategy.out.xlsx");
    expect(await run([input, "-o", first])).toBe(0);

    const wb = await load(first);
    const st = wb.getWorksheet("Strategy") as ExcelJS.Worksheet;
    const width = STRATEGY_COLUMNS.length;
    // What Excel does when a user types a header right of a table: the table grows to take it in.
    const model = (st.getTables() as unknown as { table: { tableRef: string; autoFilterRef: string; columns: { name: string }[] } }[])[0].table;
    model.columns.push({ name: "Board decision" });
    model.tableRef = model.autoFilterRef = `A1:${columnLetters(width)}${st.rowCount}`;
    st.getRow(1).getCell(width + 1).value = "Board decision";
    st.getRow(3).getCell(width + 1).value = "approved 2027-01";
    const withColumn = file("strategy.column.xlsx");
    await wb.xlsx.writeFile(withColumn);

    const second = file("strategy.second.xlsx");
    expect(await run([withColumn, "-o", second])).toBe(0);
    const st2 = (await load(second)).getWorksheet("Strategy") as ExcelJS.Worksheet;
    expect(st2.getRow(1).getCell(width + 1).value).toBe("Board decision");
    expect(st2.getRow(3).getCell(1).value).toBe("P-2");
    expect(st2.getRow(3).getCell(width + 1).value).toBe("approved 2027-01");

    const wb3 = await load(second);
    (wb3.getWorksheet("Strategy") as ExcelJS.Worksheet).getCell("R9").value = "call the MAC";
    const stray = file("strategy.stray.xlsx");
    await wb3.xlsx.writeFile(stray);
    // The default writer rewrites the Strategy sheet in place: the note stays, nothing to ask
    // (as in the pane).
    const kept = file("strategy.stray.out.xlsx");
    expect(await run([stray, "-o", kept])).toBe(0);
    const st3 = (await load(kept)).getWorksheet("Strategy") as ExcelJS.Worksheet;
    expect(st3.getCell("R9").value).toBe("call the MAC");
    expect(st3.getRow(3).getCell(width + 1).value).toBe("approved 2027-01");
    // So does the ExcelJS writer: one policy, whichever writer.
    const inPlace = file("strategy.stray.exceljs.xlsx");
    expect(await run([stray, "-o", inPlace, "--writer", "exceljs"])).toBe(0);
    const st4 = (await load(inPlace)).getWorksheet("Strategy") as ExcelJS.Worksheet;
    expect(st4.getCell("R9").value).toBe("call the MAC");
    expect(st4.getRow(3).getCell(width + 1).value).toBe("approved 2027-01");
  });
});

describe("reimb classify: loose ranges and conflicts", () => {
  it("classifies a plain range below a title and refuses to overwrite a user's value where a pathway column goes", async () => {
    const input = await makeWorkbook("loose.xlsx", ROWS, { table: false });
    const ok = file("loose.out.xlsx");
    expect(await run([input, "-o", ok])).toBe(0);
    const wb = await load(ok);
    expect(rowValues(wb.getWorksheet("Products") as ExcelJS.Worksheet, 2).slice(HEADERS.length, HEADERS.length + 1)).toEqual(["Pathway"]);

    const src = await load(input);
    (src.getWorksheet("Products") as ExcelJS.Worksheet).getCell("I4").value = "remember to call Li";
    const withNote = file("loose.note.xlsx");
    await src.xlsx.writeFile(withNote);
    expect(await run([withNote, "-o", file("loose.note.out.xlsx")])).toBe(5);
    expect(out.stderr.join("\n")).toMatch(/I4 \("remember to call Li"\)/);
  });
});

describe("reimb classify: languages and sheets", () => {
  it("writes Chinese headers with --lang zh-CN and an English re-run recognises them as its own", async () => {
    const input = await makeWorkbook("zh.xlsx");
    const zh = file("zh.out.xlsx");
    expect(await run([input, "-o", zh, "--lang", "zh-CN"])).toBe(0);
    const wb = await load(zh);
    const products = wb.getWorksheet("Products") as ExcelJS.Worksheet;
    expect(rowValues(products, 2)[HEADERS.length]).toBe("编码路径");
    // The Evidence sheet is named in Chinese too.
    expect(rowValues(wb.getWorksheet("证据清单") as ExcelJS.Worksheet, 1)).toContain("状态");

    const en = file("zh.en.xlsx");
    expect(await run([zh, "-o", en, "--lang", "en"])).toBe(0);
    const again = await load(en);
    const row = rowValues(again.getWorksheet("Products") as ExcelJS.Worksheet, 2);
    expect(row).toEqual([...HEADERS, ...PATHWAY_COLUMNS.map((c) => c.header)]);
  });

  it("reads the sheet named by --sheet, and names the sheets there are when it does not exist", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Cover").addRow(["Plan"]);
    const ws = wb.addWorksheet("2027 plan");
    ws.addRow(HEADERS);
    ws.addRow(ROWS[0]);
    const p = file("sheets.xlsx");
    await wb.xlsx.writeFile(p);
    expect(await run([p, "--sheet", "2027 plan", "-o", file("sheets.out.xlsx")])).toBe(0);
    expect(await run([p, "--sheet", "Plan 2028"])).toBe(4);
    expect(out.stderr.join("\n")).toMatch(/no sheet named "Plan 2028". Sheets: Cover, 2027 plan/);
  });
});

describe("reimb classify: --json", () => {
  it("prints each row's result and the problems", async () => {
    const input = await makeWorkbook("json.xlsx", [...ROWS, BAD]);
    expect(await run([input, "-o", file("json.out.xlsx"), "--json", "--as-of", "2026-11-01"])).toBe(1);
    const json = JSON.parse(out.stdout.join("\n"));
    expect(json.file).toBe(input);
    expect(json.summary).toMatchObject({ rows: 5, classified: 4, withProblems: 1 });
    expect(json.rows.map((r: { productId: string }) => r.productId)).toEqual(["P-1", "P-2", "P-3", "P-4"]);
    const cpap = json.rows[0];
    expect(cpap).toMatchObject({
      rowNumber: 3,
      product: "SomnaAir CPAP",
      classification: { pathway: "Existing HCPCS II", productCode: "E0601", ids: { pathway: "existing-hcpcs-ii", targetCodeSystem: "HCPCS II" } },
    });
    expect(cpap.checklist.length).toBeGreaterThan(0);
    expect(Object.keys(cpap.strategy.implications)).toHaveLength(6);
    expect(cpap.strategy.decisionChain[0]).toEqual(expect.objectContaining({ actorId: expect.any(String), actor: expect.any(String), role: expect.any(String) }));
    expect(json.rows[3].classification).toMatchObject({ pathway: "Unlisted / NOC (temporary)", ids: { pathway: "unlisted-noc" } });
    expect(json.problems).toEqual([
      expect.objectContaining({ rowNumber: 7, column: "Site of care", value: "ofice", nearest: "office", severity: "error" }),
    ]);
    expect(json.problems[0].message).toMatch(/Row 7/);
  });
});

describe("reimb classify: errors", () => {
  it("exits 3 naming the path when the input is missing", async () => {
    const missing = file("nope.xlsx");
    expect(await run([missing])).toBe(3);
    expect(out.stderr.join("\n")).toContain(`input file not found: ${missing}`);
  });

  it("exits 3 when the input is not a workbook", async () => {
    const text = file("text.xlsx");
    fs.writeFileSync(text, "Product ID,Product\n");
    expect(await run([text])).toBe(3);
    expect(out.stderr.join("\n")).toContain(`cannot read ${text}`);
  });

  it("exits 3 with what to do for a file that is not .xlsx", async () => {
    const csv = file("products.csv");
    fs.writeFileSync(csv, "Product ID,Product,Product type,Site of care\n");
    expect(await run([csv])).toBe(3);
    expect(out.stderr.join("\n")).toContain(`${csv} is a text file (CSV), not a workbook: open it in Excel and save it as .xlsx`);
  });

  it("exits 4 listing the headers seen and the required ones when there is no Products table", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").addRows([["Budget 2027"], ["Name", "Price", "Site"], ["x", 1, "office"]]);
    const p = file("notable.xlsx");
    await wb.xlsx.writeFile(p);
    expect(await run([p])).toBe(4);
    const msg = out.stderr.join("\n");
    expect(msg).toMatch(/no recognisable Products table/);
    expect(msg).toMatch(/Required headers: Product ID, Product, Product type, Site of care/);
    expect(msg).toMatch(/Headers seen \(sheet "Sheet1", row 2\): Name, Price, Site/);
    expect(fs.existsSync(defaultOutputPath(p))).toBe(false);
  });

  it("exits 2 on usage errors", async () => {
    const input = await makeWorkbook("usage.xlsx");
    expect(await run([])).toBe(2);
    expect(await run([input, "--bogus"])).toBe(2);
    expect(await run([input, "--as-of", "2026-02-30"])).toBe(2);
    expect(await run([input, "--lang", "fr"])).toBe(2);
    expect(await run([input, "-o", input])).toBe(2);
    expect(out.stderr.join("\n")).toMatch(/would overwrite the input file/);
    expect(await run(["--help"])).toBe(0);
    expect(out.stdout.join("\n")).toMatch(/usage: reimb classify/);
  });

  it("writes beside the input by default", async () => {
    expect(defaultOutputPath("/x/book.xlsx")).toBe("/x/book.classified.xlsx");
    const input = await makeWorkbook("default.xlsx");
    expect(await run([input])).toBe(0);
    expect(fs.existsSync(file("default.classified.xlsx"))).toBe(true);
  });
});

describe("reimb classify: the installed command", () => {
  it("runs through bin/reimb.js with the exit code and JSON on stdout", async () => {
    const input = await makeWorkbook("spawn.xlsx", [...ROWS, BAD]);
    const res = spawnSync(process.execPath, [path.join(__dirname, "../../bin/reimb.js"), "classify", input, "--json", "-o", file("spawn.out.xlsx")], {
      encoding: "utf8",
      env: { ...process.env, OFFICE_ADDIN_USAGE_DATA_DISABLED: "1" },
    });
    expect(res.status).toBe(1);
    expect(JSON.parse(res.stdout).summary.classified).toBe(4);
    const missing = spawnSync(process.execPath, [path.join(__dirname, "../../bin/reimb.js"), "classify", file("missing.xlsx")], { encoding: "utf8" });
    expect(missing.status).toBe(3);
    expect(missing.stderr).toContain("missing.xlsx");
  });
});
