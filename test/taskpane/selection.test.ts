/**
 * src/excel/selection.ts over the in-memory Excel: the selected Products row is read in a bounded
 * number of syncs (the row's cells in one read), nothing outside a data row is taken for a
 * product, and "Insert example" never writes over a cell without the user's agreement.
 */
import {
  insertFormulaAtSelection,
  readSelectedProduct,
  watchSelection,
} from "../../src/excel/selection";
import { FakeExcel } from "../support/fake-excel";
import { withSelectionEvents } from "./selectionEvents";

const HEADERS = ["Product ID", "Product", "Product type", "Site of care", "Candidate code(s)"];
const ROWS = [
  ["P-1", "Lens system", "procedure device", "ASC", "66984"],
  ["P-2", "Home INR monitor", "home-use durable equipment", "home", "G0249"],
  ["P-3", "Wound matrix", "skin substitute", "office", "Q4101"],
];

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
});

/** Products at B3 (a title above it), Evidence on its own sheet. */
function workbook(opts: { evidence?: boolean; totals?: boolean } = {}): FakeExcel {
  const fake = new FakeExcel();
  fake.setValues("Products", "A1", [["Launch portfolio"]]);
  fake.setValues("Products", "B3", [HEADERS, ...ROWS]);
  fake.addTable("Products", "B3:F6", "Products");
  if (opts.totals) fake.state.tableByName("Products")!.showTotals = true;
  if (opts.evidence) {
    fake.setValues("Evidence", "A1", [
      ["Product ID", "Item", "Status", "Owner"],
      ["P-1", "Clinical study", "done", "Ana"],
      ["P-1", "Coding letter", "in progress", ""],
      ["P-2", "Clinical study", "done", ""],
    ]);
    fake.addTable("Evidence", "A1:D4", "Evidence");
  }
  fake.activate("Products");
  uninstall = fake.install();
  return fake;
}

function select(fake: FakeExcel, sheet: string, address: string): void {
  const s = fake.state.sheetByName(sheet)!;
  fake.state.activeSheetId = s.id;
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const row = Number(m[2]) - 1;
  fake.state.selection = { sheetId: s.id, rect: { r0: row, c0: col, r1: row, c1: col } };
}

describe("readSelectedProduct", () => {
  it("reads the selected row's cells and the table's headers in three syncs", async () => {
    const fake = workbook({ evidence: true });
    select(fake, "Products", "D5");
    fake.resetCounters();
    const got = await readSelectedProduct("Products");
    expect(got).toEqual({
      sheetName: "Products",
      address: "D5",
      tableName: "Products",
      rowNumber: 5,
      headers: HEADERS,
      values: ROWS[1],
      evidence: {
        headers: ["Product ID", "Status"],
        rows: [
          ["P-1", "done"],
          ["P-1", "in progress"],
          ["P-2", "done"],
        ],
      },
    });
    expect(fake.syncCount).toBe(3);
  });

  it("finds the table whatever the case of its name, and reads no Evidence when there is none", async () => {
    const fake = workbook();
    select(fake, "Products", "B4");
    const got = await readSelectedProduct("PRODUCTS");
    // Excel stores the typed code 66984 as a number; the sheet contract reads it back as the code.
    expect(got?.values).toEqual([...ROWS[0].slice(0, 4), 66984]);
    expect(got?.evidence).toBeUndefined();
  });

  it.each([
    ["the header row", "Products", "C3"],
    ["the title above the table", "Products", "A1"],
    ["a cell beside the table", "Products", "G4"],
    ["below the table", "Products", "C7"],
    ["another sheet", "Evidence", "B2"],
  ])("is undefined on %s (%s!%s)", async (_what, sheet, address) => {
    const fake = workbook({ evidence: true });
    select(fake, sheet, address);
    expect(await readSelectedProduct("Products")).toBeUndefined();
  });

  it("does not take the totals row for a product", async () => {
    const fake = workbook({ totals: true });
    const table = fake.table("Products")!;
    // The totals row is the table's last row in this model.
    const last = Number(/(\d+)$/.exec(table.address)![1]);
    select(fake, "Products", `C${last}`);
    expect(await readSelectedProduct("Products")).toBeUndefined();
  });

  it("is undefined when the workbook has no such table, without failing", async () => {
    const fake = workbook();
    select(fake, "Products", "C4");
    expect(await readSelectedProduct("Portfolio")).toBeUndefined();
  });
});

describe("insertFormulaAtSelection", () => {
  it("writes the formula into an empty selected cell", async () => {
    const fake = workbook();
    fake.addSheet("Model");
    select(fake, "Model", "B2");
    const out = await insertFormulaAtSelection('=REIMB.PFS("99213")');
    expect(out).toEqual({ status: "written", sheetName: "Model", address: "B2" });
    expect(fake.sheet("Model").formulas("B2")).toEqual([['=REIMB.PFS("99213")']]);
  });

  it("asks instead of writing over a value, and writes only what the user agreed to", async () => {
    const fake = workbook();
    fake.setValues("Model", "B2", [[42]]);
    select(fake, "Model", "B2");
    const asked = await insertFormulaAtSelection('=REIMB.ASC("66984")');
    expect(asked).toEqual({ status: "occupied", sheetName: "Model", address: "B2", current: 42 });
    expect(fake.sheet("Model").cellValues("B2")).toEqual([[42]]);
    const agreed = await insertFormulaAtSelection('=REIMB.ASC("66984")', {
      sheetName: "Model",
      address: "B2",
      current: 42,
    });
    expect(agreed.status).toBe("written");
    expect(fake.sheet("Model").formulas("B2")).toEqual([['=REIMB.ASC("66984")']]);
  });

  it("writes nothing when the cell changed after the user agreed", async () => {
    const fake = workbook();
    fake.setValues("Model", "B2", [["draft"]]);
    select(fake, "Model", "B2");
    const asked = await insertFormulaAtSelection("=REIMB.VERSION()");
    expect(asked.status).toBe("occupied");
    fake.setValues("Model", "B2", [["final"]]);
    const out = await insertFormulaAtSelection("=REIMB.VERSION()", {
      sheetName: "Model",
      address: "B2",
      current: "draft",
    });
    expect(out).toEqual({ status: "changed", sheetName: "Model", address: "B2" });
    expect(fake.sheet("Model").cellValues("B2")).toEqual([["final"]]);
  });

  it("writes nothing when another formula replaced the one the user agreed to replace", async () => {
    const fake = workbook();
    fake.setValues("Model", "C3", [["=1+1"]]);
    select(fake, "Model", "C3");
    const asked = await insertFormulaAtSelection("=REIMB.VERSION()");
    if (asked.status !== "occupied") throw new Error(asked.status);
    fake.setValues("Model", "C3", [["=2+2"]]);
    const out = await insertFormulaAtSelection("=REIMB.VERSION()", asked);
    expect(out.status).toBe("changed");
    expect(fake.sheet("Model").formulas("C3")).toEqual([["=2+2"]]);
  });

  it("treats a formula that shows an empty text as not empty (names the formula)", async () => {
    const fake = workbook();
    fake.setValues("Model", "A1", [['=""']]);
    select(fake, "Model", "A1");
    const out = await insertFormulaAtSelection("=REIMB.VERSION()");
    expect(out.status).toBe("occupied");
    expect(out.status === "occupied" && out.formula).toBe('=""');
  });
});

describe("watchSelection", () => {
  it("calls the listener on every selection change until unsubscribed", async () => {
    const fake = workbook();
    const events = withSelectionEvents(fake);
    const seen: string[] = [];
    const stop = await watchSelection(() => seen.push(fake.selection?.address ?? ""));
    expect(events.count).toBe(1);
    await events.select("Products", "C4");
    await events.select("Products", "C5");
    await stop();
    expect(events.count).toBe(0);
    await events.select("Products", "C6");
    expect(seen).toEqual(["C4", "C5"]);
  });

  it("resolves to a no-op where the host has no selection event", async () => {
    workbook();
    const stop = await watchSelection(() => {
      throw new Error("no event expected");
    });
    await expect(stop()).resolves.toBeUndefined();
  });
});
