/**
 * Writes examples/economics.xlsx: a site-of-care comparison built from REIMB.* formulas, with each
 * formula's result stored as its cached value (computed here by the same functions the add-in
 * runs), so a reader without the add-in still sees the numbers.
 * Run: node bin/run-ts.js scripts/make-economics-example.ts [out.xlsx]
 *
 * Figures: CPT 36902 (dialysis circuit angioplasty), CY2025 national. RVUs from RVU25D
 * (work 4.83, non-facility PE 28.87, facility PE 1.47, MP 0.71); OPPS APC 5192 $5,701.52
 * (Addendum B, January 2025); ASC $2,629.62 (Addendum AA, January 2025). Device cost, other
 * costs, equipment cost, volumes and the payer mix are assumptions, marked as such.
 *
 * The "Revenue ramp" sheet starts each product's revenue line at its REIMB.PAID_FROM date
 * (docs/roadmap.md): two illustrative products, a fixed plan date so the file reproduces, units
 * per quarter and a payment per unit that are assumptions, marked as such.
 */
import * as path from "path";
import ExcelJS from "exceljs";
import { PARAMETER_NAMES, PARAMETER_YEARS, PARAMETERS } from "../src/domain/economics";
import { cached, evaluate, type Scalar } from "./economicsFormulas";

type Cell = Scalar | { f: string; format?: string } | { v: Scalar; format?: string };
interface SheetSpec {
  name: string;
  widths: number[];
  rows: Cell[][];
}

const USD = '"$"#,##0.00';
const f = (formula: string, format = USD): Cell => ({ f: formula, format });
const money = (v: number): Cell => ({ v, format: USD });

const SITE: SheetSpec = {
  name: "Site of care",
  widths: [46, 16, 20, 16, 60],
  rows: [
    [
      "CPT 36902 dialysis circuit angioplasty: Medicare CY2025 national, by site of care",
      null,
      null,
      null,
      null,
    ],
    [
      "Blue cells are inputs; every other number is a REIMB formula. Assumptions are labelled.",
      null,
      null,
      null,
      null,
    ],
    ["Year", 2025, null, null, "REIMB.PARAM reads the add-in's sourced parameter table"],
    [
      "PFS conversion factor",
      f('REIMB.PARAM("PFS_CF",B3)', "0.0000"),
      null,
      null,
      "CY2025: $32.3465 (one CF for all)",
    ],
    ["Work RVU", 4.83, null, null, "RVU25D"],
    ["PE RVU, non-facility (office)", 28.87, null, null, "RVU25D"],
    ["PE RVU, facility (hospital, ASC)", 1.47, null, null, "RVU25D"],
    ["Malpractice RVU", 0.71, null, null, "RVU25D"],
    [
      "OPPS national rate, APC 5192",
      money(5701.52),
      null,
      null,
      "OPPS Addendum B, January 2025 (weight 63.9406 × $89.169)",
    ],
    [
      "ASC national rate",
      money(2629.62),
      null,
      null,
      "ASC Addendum AA, January 2025 (weight 47.9028 × $54.895)",
    ],
    ["Wage index", 1, null, null, "1 = national; type your area's wage index"],
    [
      "Device cost per case (assumption)",
      money(450),
      null,
      null,
      "Assumption: balloon and sheath bought by the site that bills the procedure",
    ],
    [
      "Part B deductible not yet met",
      money(0),
      null,
      null,
      "Patient's remaining deductible this year",
    ],
    [null, null, null, null, null],
    ["Per case", "Office", "Hospital outpatient", "ASC", "Formula"],
    [
      "Physician payment (PFS)",
      f("REIMB.PFS_RVU($B$5,$B$6,$B$8,$B$4)"),
      f("REIMB.PFS_RVU($B$5,$B$7,$B$8,$B$4)"),
      f("REIMB.PFS_RVU($B$5,$B$7,$B$8,$B$4)"),
      "Non-facility PE in the office, facility PE elsewhere",
    ],
    [
      "Facility payment",
      money(0),
      f('REIMB.WAGE_ADJUST($B$9,$B$11,"OPPS")'),
      f('REIMB.WAGE_ADJUST($B$10,$B$11,"ASC")'),
      "OPPS labor share 60%, ASC 50%",
    ],
    ["Total Medicare allowed", f("B16+B17"), f("C16+C17"), f("D16+D17"), "Physician + facility"],
    [
      "Medicare pays",
      f("REIMB.PROGRAM_PAYMENT(B18,$B$13)"),
      f("REIMB.PROGRAM_PAYMENT(C18,$B$13)"),
      f("REIMB.PROGRAM_PAYMENT(D18,$B$13)"),
      "80% after deductible, less 2% sequestration (OPPS copay cap not modelled)",
    ],
    [
      "Patient pays",
      f("REIMB.PATIENT_SHARE(B18,$B$13)"),
      f("REIMB.PATIENT_SHARE(C18,$B$13)"),
      f("REIMB.PATIENT_SHARE(D18,$B$13)"),
      "Deductible + 20% coinsurance",
    ],
    [null, null, null, null, null],
    [
      "Paid to the party that buys the device",
      f("B16"),
      f("C17"),
      f("D17"),
      "Office: the practice (PFS non-facility); HOPD/ASC: the facility",
    ],
    [
      "Other variable cost per case (assumption)",
      money(250),
      money(900),
      money(600),
      "Assumption: staff time, supplies",
    ],
    [
      "Margin per case",
      f("REIMB.MARGIN(B22,$B$12,B23)"),
      f("REIMB.MARGIN(C22,$B$12,C23)"),
      f("REIMB.MARGIN(D22,$B$12,D23)"),
      "Payment − device − other variable cost",
    ],
    [
      "Imaging equipment to buy (assumption)",
      money(60000),
      money(60000),
      money(60000),
      "Assumption: fixed cost recovered by the procedure",
    ],
    [
      "Break-even cases",
      f("REIMB.BREAKEVEN(B25,B22,$B$12+B23)", "#,##0.00"),
      f("REIMB.BREAKEVEN(C25,C22,$B$12+C23)", "#,##0.00"),
      f("REIMB.BREAKEVEN(D25,D22,$B$12+D23)", "#,##0.00"),
      "Fixed cost ÷ (payment − variable cost)",
    ],
    ["Cases per year (assumption)", 150, 150, 150, "Assumption"],
    [
      "Payback (years)",
      f("REIMB.PAYBACK(B25,B27,B24)", "0.00"),
      f("REIMB.PAYBACK(C25,C27,C24)", "0.00"),
      f("REIMB.PAYBACK(D25,D27,D24)", "0.00"),
      "Equipment cost ÷ (cases per year × margin)",
    ],
    [null, null, null, null, null],
    ["Payer mix (assumption)", "Share", "× Medicare", null, null],
    ["Medicare", 0.55, 1, null, null],
    ["Commercial", 0.35, 1.6, null, null],
    ["Medicaid", 0.1, 0.75, null, null],
    [
      "Blended payment per case",
      f("REIMB.BLENDED_RATE(B22,$B$31:$B$33,$C$31:$C$33)"),
      f("REIMB.BLENDED_RATE(C22,$B$31:$B$33,$C$31:$C$33)"),
      f("REIMB.BLENDED_RATE(D22,$B$31:$B$33,$C$31:$C$33)"),
      "Payment × Σ(share × multiple)",
    ],
  ],
};

const NEW_TECH: SheetSpec = {
  name: "New technology",
  widths: [46, 22, 22, 22, 22, 50],
  rows: [
    [
      "A new implantable device in the hospital outpatient department (illustrative inputs)",
      null,
      null,
      null,
      null,
      null,
    ],
    [
      "Device cost (assumption)",
      money(3000),
      null,
      null,
      null,
      "Average reasonable cost of the device",
    ],
    ["APC payment", money(5701.52), null, null, null, "APC 5192, CY2025"],
    [
      "Device offset in the APC (assumption)",
      money(1664.84),
      null,
      null,
      null,
      "29.20% of the APC rate",
    ],
    [
      "Pass-through cost significance",
      "Cost > 25% of APC",
      "Cost ≥ 125% of offset",
      "Cost − offset > 10% of APC",
      "Cost significant",
      "42 CFR 419.66(d)",
    ],
    [
      null,
      f("INDEX(REIMB.PASSTHROUGH_TESTS($B$2,$B$3,$B$4),2,1)", "General"),
      f("INDEX(REIMB.PASSTHROUGH_TESTS($B$2,$B$3,$B$4),2,2)", "General"),
      f("INDEX(REIMB.PASSTHROUGH_TESTS($B$2,$B$3,$B$4),2,3)", "General"),
      f("INDEX(REIMB.PASSTHROUGH_TESTS($B$2,$B$3,$B$4),2,4)", "General"),
      "In Excel 365, =REIMB.PASSTHROUGH_TESTS(B2,B3,B4) spills labels and results",
    ],
    ["Hospital charge for the device (assumption)", money(12000), null, null, null, null],
    ["Hospital cost-to-charge ratio (assumption)", 0.25, null, null, null, null],
    [
      "Pass-through payment",
      f("REIMB.PASSTHROUGH_PAYMENT(B7,B8,B4)"),
      null,
      null,
      null,
      "Charge × CCR − offset",
    ],
    [null, null, null, null, null, null],
    ["Inpatient: technology cost per case (assumption)", money(25000), null, null, null, null],
    ["Inpatient: total case cost (assumption)", money(95000), null, null, null, null],
    ["Inpatient: MS-DRG payment (assumption)", money(62000), null, null, null, null],
    [
      "NTAP add-on",
      f("REIMB.NTAP(B11,B12,B13)"),
      null,
      null,
      null,
      "Lesser of 65% of the cost and 65% of the case's excess over the DRG",
    ],
    [null, null, null, null, null, null],
    [
      "Coding pathway",
      f(
        'REIMB.PATHWAY("implant","hospital outpatient","C1889","partially","PMA approved",TRUE,TRUE)',
        "General"
      ),
      null,
      null,
      null,
      "Same answer as the task pane for this row",
    ],
    [
      "Next gate",
      f(
        'REIMB.NEXT_GATE("implant","hospital outpatient","C1889","partially","PMA approved",TRUE,TRUE)',
        "General"
      ),
      null,
      null,
      null,
      null,
    ],
  ],
};

const DATE = "yyyy-mm-dd";
/** An Excel date (1900 system) for a calendar day: days since 1899-12-30. */
const day = (iso: string): Cell => ({
  v: Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25_569,
  format: DATE,
});
const QUARTERS = Array.from(
  { length: 12 },
  (_, i) => `${2026 + Math.floor(i / 4)}-${String(1 + (i % 4) * 3).padStart(2, "0")}-01`
);
const QUARTER_COLUMNS = QUARTERS.map((_, i) => String.fromCharCode(66 + i)); // B…M
const rampArgs = (col: string): string =>
  `${col}6,${col}7,${col}8,${col}9,${col}10,${col}11,${col}12,$B$3,${col}13`;
const blank = (n: number): Cell[] => Array.from({ length: n }, () => null);
const WIDE = 1 + QUARTERS.length;
const pad = (cells: Cell[]): Cell[] => [...cells, ...blank(WIDE - cells.length)];

/**
 * Quarter by quarter, revenue counts from the first quarter that starts on or after Paid from
 * (a conservative reading: a date inside a quarter pays from the next one); before it, 0 and the
 * reason beside it. Paid from rests on the plan's calendar rules; "≈" estimates are marked in the
 * pane and the Roadmap sheet, not in a date cell.
 */
const ramp = (label: string, product: string, units: number[], unitsRow: number): Cell[][] => [
  pad([`${label}: units (assumption)`, ...units]),
  pad([
    `${label}: Medicare revenue`,
    ...QUARTER_COLUMNS.map((c) =>
      f(`IF(${c}$18>=$${product}$15,${c}${unitsRow}*$${product}$16,0)`)
    ),
  ]),
  pad([
    `${label}: why`,
    ...QUARTER_COLUMNS.map((c) =>
      f(`IF(${c}$18>=$${product}$15,"paid","0: before Paid from")`, "General")
    ),
  ]),
];

const RAMP: SheetSpec = {
  name: "Revenue ramp",
  widths: [44, ...QUARTERS.map(() => 13)],
  rows: [
    pad([
      "Quarterly Medicare revenue ramp: each product's revenue starts at its REIMB.PAID_FROM date",
    ]),
    pad([
      "Blue cells are inputs. Units and payment per unit are assumptions; Coded from and Paid from are REIMB formulas.",
    ]),
    pad(["Plan as of (deadlines before it count as missed)", day("2026-01-01")]),
    pad([]),
    pad(["Product", "Implant A", "Home device B"]),
    pad(["Product type", "implant", "home-use durable equipment"]),
    pad(["Site of care", "hospital outpatient", "home"]),
    pad(["Candidate code(s)", null, null]),
    pad(["Code fit", "does not", "does not"]),
    pad(["FDA status", "submitted", "510(k) cleared"]),
    pad(["Breakthrough device", true, false]),
    pad(["Implanted or inserted", true, false]),
    pad([
      "FDA decision date (expected if not yet authorised)",
      day("2026-06-15"),
      day("2025-12-01"),
    ]),
    pad([
      "Coded from",
      f(`REIMB.CODED_FROM(${rampArgs("B")})`, DATE),
      f(`REIMB.CODED_FROM(${rampArgs("C")})`, DATE),
    ]),
    pad([
      "Paid from",
      f(`REIMB.PAID_FROM(${rampArgs("B")})`, DATE),
      f(`REIMB.PAID_FROM(${rampArgs("C")})`, DATE),
    ]),
    pad(["Medicare payment per unit (assumption)", money(9500), money(1200)]),
    pad([]),
    ["Quarter starting", ...QUARTERS.map(day)],
    ...ramp("Implant A", "B", [0, 0, 10, 20, 30, 40, 55, 70, 85, 100, 115, 130], 19),
    ...ramp("Home device B", "C", [100, 150, 200, 250, 300, 350, 400, 450, 500, 550, 600, 650], 22),
    pad([]),
    ["Total Medicare revenue", ...QUARTER_COLUMNS.map((c) => f(`${c}20+${c}23`))],
  ],
};

const PARAMS: SheetSpec = {
  name: "Parameters",
  widths: [24, 8, 16, 100],
  rows: [
    ["Parameter", "Year", "Value", "Source"],
    ...PARAMETER_YEARS.flatMap((year) =>
      PARAMETER_NAMES.map((name): Cell[] => [
        name,
        year,
        f(`REIMB.PARAM("${name}",B${0})`, "General"),
        PARAMETERS.find((p) => p.name === name && p.year === year)!.source,
      ])
    ),
  ],
};
// Row references of the PARAM formulas (their row numbers are only known once laid out).
PARAMS.rows.forEach((row, i) => {
  const cell = row[2];
  if (i > 0 && cell && typeof cell === "object" && "f" in cell)
    cell.f = cell.f.replace("B0", `B${i + 1}`);
});

function address(r: number, c: number): string {
  return `${String.fromCharCode(65 + c)}${r + 1}`;
}

/** Values of every cell, formulas evaluated in order (the sheets only refer upwards or to inputs). */
function evaluateSheet(
  spec: SheetSpec
): Map<string, { value: unknown; formula?: string; format?: string }> {
  const cells = new Map<string, { value: unknown; formula?: string; format?: string }>();
  const lookup = (a: string): Scalar => {
    const hit = cells.get(a);
    return hit === undefined ? null : (cached(hit.value) as Scalar);
  };
  spec.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell === null) return;
      if (typeof cell === "object" && "f" in cell)
        cells.set(address(r, c), {
          value: evaluate(cell.f, lookup),
          formula: cell.f,
          format: cell.format,
        });
      else if (typeof cell === "object")
        cells.set(address(r, c), { value: cell.v, format: cell.format });
      else cells.set(address(r, c), { value: cell });
    })
  );
  return cells;
}

export async function makeEconomicsExample(out: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "reimb-excel-addin";
  // Fixed dates: regenerating the example should not change it unless its content changes.
  wb.created = wb.modified = new Date("2026-01-01T00:00:00Z");
  for (const spec of [SITE, NEW_TECH, RAMP, PARAMS]) {
    const ws = wb.addWorksheet(spec.name);
    spec.widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
    for (const [addr, { value, formula, format }] of evaluateSheet(spec)) {
      const cell = ws.getCell(addr);
      if (formula) {
        const result = cached(value);
        cell.value = { formula, result: result as ExcelJS.CellValue } as ExcelJS.CellFormulaValue;
      } else {
        cell.value = value as ExcelJS.CellValue;
        if (typeof value === "number" && spec !== PARAMS) {
          cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } };
        }
      }
      if (format) cell.numFmt = format;
    }
    ws.getRow(1).font = { bold: true };
    if (spec === SITE) ws.getRow(15).font = { bold: true };
    if (spec === RAMP) for (const r of [5, 18]) ws.getRow(r).font = { bold: true };
  }
  await wb.xlsx.writeFile(out);
}

if (require.main === module || process.argv[1]?.endsWith("make-economics-example.ts")) {
  const out = process.argv[2] ?? path.resolve(__dirname, "../examples/economics.xlsx");
  makeEconomicsExample(out)
    .then(() => console.log(`wrote ${out}`))
    .catch((err: unknown) => {
      console.error(err);
      process.exitCode = 1;
    });
}
