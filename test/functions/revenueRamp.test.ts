/**
 * The "Revenue ramp" sheet of examples/economics.xlsx: each product's Medicare revenue starts in
 * the first quarter on or after its REIMB.PAID_FROM date, 0 with the reason before it, units ×
 * payment from it. Dates are what REIMB.CODED_FROM / PAID_FROM return for the sheet's inputs
 * (plan as of 2026-01-01): Implant A, a Breakthrough implant with FDA expected 2026-06-15, is paid
 * by OPPS pass-through from 2027-01-01; Home device B, 510(k) cleared 2025-12-01 without a code,
 * from its HCPCS Level II code's effective date, 2026-10-01 (docs/roadmap.md calendar rules).
 */
import * as path from "path";
import ExcelJS from "exceljs";
import * as F from "../../src/functions/functions";

const FILE = path.resolve(__dirname, "../../examples/economics.xlsx");
const serial = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569;

let sheet: ExcelJS.Worksheet;

/** A cell as Excel reads the file: dates as serials, formula cells as their cached result. */
function valueOf(cell: ExcelJS.Cell): unknown {
  const v = cell.value as unknown;
  const raw = v && typeof v === "object" && "formula" in v ? cell.result : v;
  return raw instanceof Date ? raw.getTime() / 86_400_000 + 25_569 : raw;
}

function read(address: string): unknown {
  return valueOf(sheet.getCell(address));
}

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(FILE);
  sheet = wb.getWorksheet("Revenue ramp")!;
});

const QUARTERS = "BCDEFGHIJKLM".split("");

describe("examples/economics.xlsx, Revenue ramp", () => {
  it.each([
    ["B", "2027-01-01", "2027-01-01"],
    ["C", "2026-10-01", "2026-10-01"],
  ])(
    "product in column %s: Coded from %s, Paid from %s, as the functions compute",
    (col, coded, paid) => {
      expect(read(`${col}14`)).toBe(serial(coded));
      expect(read(`${col}15`)).toBe(serial(paid));
      const args = [6, 7, 8, 9, 10, 11, 12].map((r) => read(`${col}${r}`) ?? undefined);
      const call = [...args, read("B3"), read(`${col}13`)] as unknown as Parameters<
        typeof F.paidFrom
      >;
      expect(F.paidFrom(...call)).toBe(serial(paid));
      expect(F.codedFrom(...call)).toBe(serial(coded));
    }
  );

  it("heads each column with the first day of a quarter, from the plan date on", () => {
    const starts = QUARTERS.map((c) => read(`${c}18`));
    expect(starts[0]).toBe(read("B3"));
    const iso = starts.map((s) =>
      new Date(((s as number) - 25_569) * 86_400_000).toISOString().slice(0, 10)
    );
    expect(iso).toEqual([
      "2026-01-01",
      "2026-04-01",
      "2026-07-01",
      "2026-10-01",
      "2027-01-01",
      "2027-04-01",
      "2027-07-01",
      "2027-10-01",
      "2028-01-01",
      "2028-04-01",
      "2028-07-01",
      "2028-10-01",
    ]);
  });

  it.each([
    ["Implant A", "B", 19],
    ["Home device B", "C", 22],
  ])("%s: 0 with the reason before Paid from, units × payment from it", (_name, col, unitsRow) => {
    const paid = read(`${col}15`) as number;
    const price = read(`${col}16`) as number;
    let before = 0;
    for (const q of QUARTERS) {
      const start = read(`${q}18`) as number;
      const revenue = read(`${q}${unitsRow + 1}`);
      const why = read(`${q}${unitsRow + 2}`);
      if (start < paid) {
        before++;
        expect([q, revenue, why]).toEqual([q, 0, "0: before Paid from"]);
      } else {
        expect([q, revenue, why]).toEqual([q, (read(`${q}${unitsRow}`) as number) * price, "paid"]);
      }
    }
    // Both products wait at least one quarter: the sheet shows the 0-and-reason case.
    expect(before).toBeGreaterThan(0);
  });

  it("totals both products per quarter", () => {
    for (const q of QUARTERS)
      expect(read(`${q}26`)).toBe((read(`${q}20`) as number) + (read(`${q}23`) as number));
  });
});
