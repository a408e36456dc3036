/**
 * examples/economics.xlsx: every REIMB formula's cached value (what a reader without the add-in
 * sees) is what the function returns for the cell's inputs, and the example uses every function.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { cached, evaluate, REIMB_FUNCTIONS, type Scalar } from "../../scripts/economicsFormulas";

const FILE = path.resolve(__dirname, "../../examples/economics.xlsx");

interface FormulaCell {
  sheet: string;
  address: string;
  formula: string;
  result: unknown;
}

let workbook: ExcelJS.Workbook;
const formulas: FormulaCell[] = [];

/**
 * What the file stores, as Excel reads it: ExcelJS hands date cells back as JS dates (the file holds
 * serials), and its `cell.value` drops a formula's falsy result (0, FALSE, ""), so `cell.result` is read.
 */
function stored(v: unknown): unknown {
  return v instanceof Date ? v.getTime() / 86_400_000 + 25_569 : v;
}

function valueOf(cell: ExcelJS.Cell): Scalar {
  const v = cell.value as unknown;
  if (v && typeof v === "object" && "formula" in v) {
    const result = stored(cell.result);
    return result && typeof result === "object" ? null : ((result ?? null) as Scalar);
  }
  return (stored(v) ?? null) as Scalar;
}

beforeAll(async () => {
  workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(FILE);
  for (const ws of workbook.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const v = cell.value as unknown;
        if (v && typeof v === "object" && "formula" in v) {
          const { formula } = v as { formula: string };
          formulas.push({ sheet: ws.name, address: cell.address, formula, result: stored(cell.result) });
        }
      }),
    );
  }
});

describe("examples/economics.xlsx", () => {
  it("uses every REIMB function", () => {
    const used = new Set(formulas.flatMap((f) => [...f.formula.matchAll(/REIMB\.([A-Z_]+)\(/g)].map((m) => m[1])));
    expect([...used].sort()).toEqual(Object.keys(REIMB_FUNCTIONS).sort());
  });

  it("stores, for every formula, the value the functions compute", () => {
    expect(formulas.length).toBeGreaterThan(40);
    for (const f of formulas) {
      const ws = workbook.getWorksheet(f.sheet)!;
      const expected = cached(evaluate(f.formula, (a) => valueOf(ws.getCell(a))));
      expect([f.sheet, f.address, f.result]).toEqual([f.sheet, f.address, expected]);
    }
  });

  it.each([
    ["Site of care", "B16", 1113.04], // 36902 office: 34.41 RVUs × $32.3465
    ["Site of care", "C16", 226.75], // facility: 7.01 × $32.3465
    ["Site of care", "C17", 5701.52], // APC 5192 at wage index 1
    ["Site of care", "B4", 32.3465],
    ["New technology", "B14", 16250],
  ])("%s!%s shows %p", (sheet, address, expected) => {
    expect(valueOf(workbook.getWorksheet(sheet)!.getCell(address))).toBe(expected);
  });
});
