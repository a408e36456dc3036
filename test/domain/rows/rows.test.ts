import { excelSerialToIso, formatProblem, parseProductRows, textToIsoDate } from "../../../src/domain/rows";
import type { CellValue } from "../../../src/domain/product";
import { GOOD, HEADER, row } from "./fixtures";

describe("a full row", () => {
  it("is read into a typed ProductRow", () => {
    const result = parseProductRows([HEADER, GOOD]);
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([
      {
        rowNumber: 2,
        productId: "P-001",
        product: "Peripheral stent",
        productType: "implant",
        siteOfCare: "hospital outpatient",
        description: "Endovascular stent placement, femoral/popliteal",
        performedBy: "physician",
        fdaStatus: "PMA approved",
        fdaDecisionDate: "2024-03-15",
        breakthrough: false,
        candidateCodes: ["37226", "C1874"],
        codeFit: "describes",
        benefitCategory: "hospital service",
        implanted: true,
        durableHomeUse: false,
        deviceCost: 1850,
        annualVolume: 1200,
      },
    ]);
  });

  it("needs only the required columns", () => {
    const result = parseProductRows([
      ["Product ID", "Product", "Product type", "Site of care"],
      ["G-1", "CGM receiver", "home-use durable equipment", "home"],
    ]);
    expect(result.rows).toEqual([
      { rowNumber: 2, productId: "G-1", product: "CGM receiver", productType: "home-use durable equipment", siteOfCare: "home", candidateCodes: [] },
    ]);
  });

  it("reads product IDs typed as numbers as their text", () => {
    const line = row("x");
    line[0] = 1001;
    const result = parseProductRows([HEADER, line]);
    expect(result.rows.map((r) => r.productId)).toEqual(["1001"]);
  });
});

describe("rows are independent values", () => {
  it("gives each row its own code list even when the cells repeat", () => {
    const { rows } = parseProductRows([HEADER, row("P-1"), row("P-2")]);
    rows[0].candidateCodes.push("99213");
    expect(rows[1].candidateCodes).toEqual(["37226", "C1874"]);
    expect(parseProductRows([HEADER, row("P-3")]).rows[0].candidateCodes).toEqual(["37226", "C1874"]);
  });
});

describe("duplicate Product IDs", () => {
  it("reports the later row, naming the first, and keeps the first", () => {
    const grid: CellValue[][] = [["Portfolio"], HEADER, row("P-1"), row("P-2"), row("p-1"), row(" P-2 ")];
    const result = parseProductRows(grid);
    expect(result.rows.map((r) => [r.rowNumber, r.productId])).toEqual([
      [3, "P-1"],
      [4, "P-2"],
    ]);
    expect(result.problems.map((p) => [p.id, p.rowNumber, p.column, p.value, p.params?.firstRow])).toEqual([
      ["rows.id.duplicate", 5, "productId", "p-1", 3],
      ["rows.id.duplicate", 6, "productId", "P-2", 4],
    ]);
  });

  it("still counts an ID whose first row had another error", () => {
    const result = parseProductRows([HEADER, row("P-1", { "Site of care": "moon" }), row("P-1")]);
    expect(result.rows).toEqual([]);
    expect(result.problems.map((p) => [p.rowNumber, p.id])).toEqual([
      [2, "rows.value.unknown.siteOfCare"],
      [3, "rows.id.duplicate"],
    ]);
  });
});

describe("blank rows", () => {
  it("are skipped silently, and row numbers stay the sheet's", () => {
    const grid: CellValue[][] = [
      HEADER,
      row("P-1"),
      [],
      HEADER.map(() => null),
      HEADER.map(() => "   "),
      ["", null, " \t", "—"],
      row("P-2", { "Site of care": "ofice" }),
    ];
    const result = parseProductRows(grid);
    expect(result.rows.map((r) => r.rowNumber)).toEqual([2]);
    expect(result.problems.map((p) => p.rowNumber)).toEqual([7]);
  });

  it("include rows that hold only notes in columns the contract does not name", () => {
    const grid: CellValue[][] = [
      ["Product ID", "Product", "Product type", "Site of care", "Notes"],
      [null, null, null, null, "ask distributor"],
      ["P-1", "Stent", "implant", "ASC", ""],
    ];
    const result = parseProductRows(grid);
    expect(result.rows.map((r) => r.productId)).toEqual(["P-1"]);
    expect(result.problems).toEqual([]);
  });
});

describe("formula-looking text", () => {
  it("stays text in text columns and is never evaluated", () => {
    const result = parseProductRows([
      HEADER,
      row("=1+1", { Product: "=SUM(A1:A9)", "Description of service": "@mention -x" }),
      row("+44", { Product: "-Ray" }),
    ]);
    expect(result.problems).toEqual([]);
    expect(result.rows.map((r) => [r.productId, r.product])).toEqual([
      ["=1+1", "=SUM(A1:A9)"],
      ["+44", "-Ray"],
    ]);
    expect(result.rows[0].description).toBe("@mention -x");
  });
});

describe("Excel serial dates", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [367, "1901-01-01"],
    [36526, "2000-01-01"],
    [43831, "2020-01-01"],
    [43890, "2020-02-29"],
    [45292, "2024-01-01"],
    [45366, "2024-03-15"],
    [45366.999, "2024-03-15"],
    [2958465, "9999-12-31"],
  ])("%d → %s", (serial, iso) => {
    expect(excelSerialToIso(serial)).toEqual({ ok: true, iso });
  });

  it.each([
    [60, "serial-1900-02-29"],
    [0, "serial-range"],
    [-1, "serial-range"],
    [0.5, "serial-range"],
    [2958466, "serial-range"],
    [NaN, "serial-range"],
    [Infinity, "serial-range"],
  ])("%d is refused (%s)", (serial, reason) => {
    expect(excelSerialToIso(serial)).toEqual({ ok: false, reason });
  });
});

describe("text dates", () => {
  it.each([
    ["2024-03-15", "2024-03-15"],
    ["2024-3-5", "2024-03-05"],
    ["2024/03/15", "2024-03-15"],
    ["3/15/2024", "2024-03-15"],
    ["03/05/2024", "2024-03-05"],
    ["2000-02-29", "2000-02-29"],
    ["2024-03-15 14:30", "2024-03-15"],
    ["45366", "2024-03-15"],
  ])("%s → %s", (text, iso) => {
    expect(textToIsoDate(text)).toEqual({ ok: true, iso });
  });
  it.each([
    ["1900-02-29", "impossible"],
    ["2100-02-29", "impossible"],
    ["2024-00-10", "impossible"],
    ["2024-06-31", "impossible"],
    ["15/3/2024", "impossible"],
    ["3/15/24", "format"],
    ["15 March 2024", "format"],
    ["", "format"],
  ])("%s is refused (%s)", (text, reason) => {
    expect(textToIsoDate(text)).toEqual({ ok: false, reason });
  });
});

describe("formatProblem", () => {
  it("names the row, the column as the user wrote it, the value, the allowed values and the nearest", () => {
    const grid: CellValue[][] = [
      ["Products"],
      [],
      [],
      [],
      ["ID", "Product", "Type", "Setting"],
      ["P-1", "Stent", "implant", "ASC"],
      ["P-2", "Catheter", "procedure device", "ofice"],
    ];
    const [problem] = parseProductRows(grid).problems;
    expect(formatProblem(problem, "en")).toBe(
      'Row 7, column "Setting": "ofice" is not a recognised site of care. Allowed: office, hospital outpatient, ASC, inpatient, home, independent lab, IDTF, SNF. Did you mean "office"?',
    );
    expect(formatProblem(problem, "zh-CN")).toBe(
      "第 7 行，“Setting”列：“ofice”不是可识别的诊疗场所。允许的值：office, hospital outpatient, ASC, inpatient, home, independent lab, IDTF, SNF。您是否要填“office”？",
    );
  });

  it.each([
    [row("P-1", { "Candidate code(s)": "9921" }), 'Row 2, column "Candidate code(s)": "9921" is not a CPT or HCPCS Level II code. Accepted formats: CPT 99213, Category III 0691T, PLA 0242U, HCPCS Level II E2103.'],
    [row("P-1", { "Device cost": -5 }), 'Row 2, column "Device cost": -5 is negative; "Device cost" cannot be below zero.'],
    [row("P-1", { Product: null }), 'Row 2, column "Product": "Product" is empty; every product needs one.'],
    [row("P-1", { "FDA decision date": "2023-02-29" }), 'Row 2, column "FDA decision date": "2023-02-29" is not a real calendar date.'],
  ])("%#", (line, text) => {
    const [problem] = parseProductRows([HEADER, line]).problems;
    expect(formatProblem(problem, "en")).toBe(text);
  });

  it("formats sheet-level problems without a row prefix when there is no header row", () => {
    const [problem] = parseProductRows([["x"]]).problems;
    expect(formatProblem(problem, "en")).toBe(
      "No header row found in the first 1 rows. A Products table needs the columns Product ID, Product, Product type, Site of care.",
    );
  });

  it("formats a missing-columns problem at the header row", () => {
    const [problem] = parseProductRows([["SKU", "Product"]]).problems;
    expect(formatProblem(problem, "en")).toBe(
      "Row 1: Required column(s) missing: Product type, Site of care. Recognised columns: SKU, Product.",
    );
  });
});
