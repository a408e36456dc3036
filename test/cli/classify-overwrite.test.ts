/**
 * `reimb classify` re-run on its own output: what the user typed into the Evidence and Strategy
 * tables is never lost without asking. Their own columns (Status, Owner, Notes, columns they added)
 * are carried over, formulas included; a cell of the tool's columns they typed over stops the run
 * (exit 5, naming the cells, nothing written) unless --force. Also: an output that is the input
 * through a symlink is refused.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { run, EXIT } from "../../src/cli/classify";
import { setLocale } from "../../src/i18n/catalogue";

const HEADERS = [
  "Product ID",
  "Product",
  "Product type",
  "Site of care",
  "FDA status",
  "Candidate code(s)",
  "Code fit",
  "Medicare benefit category",
];
// Real codes: E0601 CPAP (DME), 93656 AF ablation (CPT I), L1833 knee orthosis.
const ROWS: (string | null)[][] = [
  [
    "P-1",
    "SomnaAir CPAP",
    "home-use durable equipment",
    "home",
    "510(k) cleared",
    "E0601",
    "describes",
    "DME",
  ],
  [
    "P-2",
    "AF ablation catheter",
    "procedure device",
    "hospital outpatient",
    "510(k) cleared",
    "93656",
    "describes",
    null,
  ],
  [
    "P-3",
    "Brace @home",
    "orthotic or prosthetic",
    "POS 12",
    "exempt",
    "L1833",
    "describes",
    "prosthetic or orthotic",
  ],
];
const LINK = 'HYPERLINK("https://www.cms.gov/medicare/payment/fee-schedules","spec")';

let dir: string;
let out: { stdout: string[]; stderr: string[] };

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "reimb-cli-overwrite-"));
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

function file(name: string): string {
  return path.join(dir, name);
}

async function makeWorkbook(name: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Products");
  ws.addTable({
    name: "Products",
    ref: "A1",
    columns: HEADERS.map((h) => ({ name: h, filterButton: true })),
    rows: ROWS,
  });
  const p = file(name);
  await wb.xlsx.writeFile(p);
  return p;
}

async function load(p: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(p);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

function column(ws: ExcelJS.Worksheet, header: string): number {
  let at = -1;
  ws.getRow(1).eachCell((cell, col) => {
    if (cell.value === header && at < 0) at = col;
  });
  if (at < 0) throw new Error(`no column ${header} on ${ws.name}`);
  return at;
}

function address(ws: ExcelJS.Worksheet, row: number, header: string): string {
  return ws.getRow(row).getCell(column(ws, header)).address;
}

function valueAt(ws: ExcelJS.Worksheet, r: number, col: number): ExcelJS.CellValue {
  return ws.getRow(r).getCell(col).value;
}

/** The Evidence row of a product and item (1-based sheet row). */
function evidenceRow(ws: ExcelJS.Worksheet, productId: string, itemId: string): number {
  const idCol = column(ws, "Product ID");
  const itemCol = column(ws, "Item ID");
  for (let r = 2; r <= ws.rowCount; r++) {
    if (valueAt(ws, r, idCol) === productId && valueAt(ws, r, itemCol) === itemId) return r;
  }
  throw new Error(`no Evidence row ${productId}/${itemId}`);
}

interface Typed {
  itemId: string;
  status: string;
  owner: string;
}

/**
 * The first run's output with the user's own typing in Evidence (Status, Owner, a HYPERLINK formula
 * in Notes) and, when `overTool`, text typed over a Strategy "Gate owner" and an Evidence "If skipped" cell.
 */
async function edited(
  stem: string,
  overTool: boolean
): Promise<{
  path: string;
  typed: Typed;
  strategyCell: string;
  evidenceCell: string;
  toolText: { strategy: unknown; evidence: unknown };
}> {
  const input = await makeWorkbook(`${stem}.xlsx`);
  const first = file(`${stem}.out.xlsx`);
  expect(await run([input, "-o", first])).toBe(EXIT.ok);
  const wb = await load(first);
  const ev = sheet(wb, "Evidence");
  const st = sheet(wb, "Strategy");
  const itemId = String(ev.getRow(2).getCell(column(ev, "Item ID")).value);
  const r = evidenceRow(ev, "P-1", itemId);
  const typed: Typed = { itemId, status: "in progress", owner: "Dana (regulatory)" };
  ev.getRow(r).getCell(column(ev, "Status")).value = typed.status;
  ev.getRow(r).getCell(column(ev, "Owner")).value = typed.owner;
  ev.getRow(r).getCell(column(ev, "Notes")).value = {
    formula: LINK,
    result: "spec",
  } as ExcelJS.CellFormulaValue;
  const stRow = 3; // P-2
  const toolText = {
    strategy: st.getRow(stRow).getCell(column(st, "Gate owner")).value,
    evidence: ev.getRow(r).getCell(column(ev, "If skipped")).value,
  };
  if (overTool) {
    st.getRow(stRow).getCell(column(st, "Gate owner")).value = "our market access lead";
    ev.getRow(r).getCell(column(ev, "If skipped")).value = "we accept the risk";
  }
  const p = file(`${stem}.edited.xlsx`);
  await wb.xlsx.writeFile(p);
  return {
    path: p,
    typed,
    strategyCell: `Strategy!${address(st, stRow, "Gate owner")}`,
    evidenceCell: `Evidence!${address(ev, r, "If skipped")}`,
    toolText,
  };
}

function expectUserCellsKept(wb: ExcelJS.Workbook, typed: Typed): void {
  const ev = sheet(wb, "Evidence");
  const r = evidenceRow(ev, "P-1", typed.itemId);
  expect(valueAt(ev, r, column(ev, "Status"))).toBe(typed.status);
  expect(valueAt(ev, r, column(ev, "Owner"))).toBe(typed.owner);
  // Written back as a formula with its cached result, not as the text "spec".
  expect(valueAt(ev, r, column(ev, "Notes"))).toEqual({ formula: LINK, result: "spec" });
}

describe("reimb classify: cells typed over in the Evidence and Strategy tables", () => {
  it("stops with exit 5 naming the Strategy and Evidence cells, and writes nothing", async () => {
    const e = await edited("typed", true);
    const blocked = file("typed.blocked.xlsx");
    expect(await run([e.path, "-o", blocked])).toBe(EXIT.conflicts);
    const message = out.stderr.join("\n");
    expect(message).toContain(`${e.strategyCell} ("our market access lead")`);
    expect(message).toContain(`${e.evidenceCell} ("we accept the risk")`);
    expect(message).toMatch(/2 cell\(s\) in the Evidence or Strategy table/);
    expect(message).toContain("--force");
    // The user's own columns are never among the conflicts.
    expect(message).not.toMatch(/in progress|Dana|spec/);
    expect(fs.existsSync(blocked)).toBe(false);
  });

  it("overwrites them with --force, saying how many, and still keeps Status, Owner and the Notes formula", async () => {
    const e = await edited("forced", true);
    const forced = file("forced.done.xlsx");
    expect(await run([e.path, "-o", forced, "--force"])).toBe(EXIT.ok);
    expect(out.stderr.join("\n")).toMatch(/--force: overwrote 2 cell\(s\)/);
    const wb = await load(forced);
    const [, stCell] = e.strategyCell.split("!");
    const [, evCell] = e.evidenceCell.split("!");
    expect(sheet(wb, "Strategy").getCell(stCell).value).toBe(e.toolText.strategy);
    expect(sheet(wb, "Evidence").getCell(evCell).value).toBe(e.toolText.evidence);
    expectUserCellsKept(wb, e.typed);
  });

  it("keeps Status, Owner and a HYPERLINK formula in Notes without asking, run after run", async () => {
    const e = await edited("kept", false);
    const second = file("kept.second.xlsx");
    expect(await run([e.path, "-o", second])).toBe(EXIT.ok);
    expect(out.stderr.join("\n")).not.toMatch(/--force/);
    expectUserCellsKept(await load(second), e.typed);

    const third = file("kept.third.xlsx");
    expect(await run([second, "-o", third])).toBe(EXIT.ok);
    const wb = await load(third);
    expectUserCellsKept(wb, e.typed);
    // Text the tool writes stays text: no other cell of the Evidence sheet became a formula.
    let formulas = 0;
    sheet(wb, "Evidence").eachRow((row) =>
      row.eachCell((cell) => void (cell.formula ? formulas++ : 0))
    );
    expect(formulas).toBe(1);
  });

  it("keeps a formula in a column the user added to Strategy", async () => {
    const input = await makeWorkbook("added.xlsx");
    const first = file("added.out.xlsx");
    expect(await run([input, "-o", first])).toBe(EXIT.ok);
    const wb = await load(first);
    const st = sheet(wb, "Strategy");
    const width = st.getRow(1).cellCount;
    // What Excel does when a user types a header right of a table: the table grows to take it in.
    const model = (
      st.getTables() as unknown as {
        table: { tableRef: string; autoFilterRef: string; columns: { name: string }[] };
      }[]
    )[0].table;
    model.columns.push({ name: "Dossier" });
    model.tableRef = model.autoFilterRef = `A1:${st
      .getRow(1)
      .getCell(width + 1)
      .address.replace(/\d+$/, "")}${st.rowCount}`;
    st.getRow(1).getCell(width + 1).value = "Dossier";
    st.getRow(2).getCell(width + 1).value = {
      formula: LINK,
      result: "spec",
    } as ExcelJS.CellFormulaValue;
    const withColumn = file("added.column.xlsx");
    await wb.xlsx.writeFile(withColumn);

    const second = file("added.second.xlsx");
    expect(await run([withColumn, "-o", second])).toBe(EXIT.ok);
    const st2 = sheet(await load(second), "Strategy");
    expect(st2.getRow(2).getCell(1).value).toBe("P-1");
    expect(st2.getRow(2).getCell(width + 1).formula).toBe(LINK);
  });
});

describe("reimb classify: the output must not be the input", () => {
  it("refuses a symlink to the input as -o, leaving the input as it was", async () => {
    const input = await makeWorkbook("linked.xlsx");
    const before = fs.readFileSync(input);
    const link = file("link-to-input.xlsx");
    fs.symlinkSync(input, link);
    expect(await run([input, "-o", link])).toBe(EXIT.usage);
    expect(out.stderr.join("\n")).toContain(`would overwrite the input file ${input}`);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
  });

  it("refuses a hard link to the input as -o", async () => {
    const input = await makeWorkbook("hard.xlsx");
    const link = file("hard-link.xlsx");
    fs.linkSync(input, link);
    expect(await run([input, "-o", link])).toBe(EXIT.usage);
  });
});
