import {
  PRODUCT_COLUMNS,
  columnForHeader,
  findHeader,
  parseProductRows,
  type ColumnId,
} from "../../../src/domain/rows";
import type { CellValue } from "../../../src/domain/product";
import { CATALOGUE } from "../../../src/i18n/catalogue";
import { GOOD, HEADER } from "./fixtures";

describe("header spellings", () => {
  // One case per spelling: a new alias that collides with another column fails by name.
  it.each(PRODUCT_COLUMNS.flatMap((column) => [column.header, ...column.aliases].map((text) => [text, column.id] as const)))(
    "%j names column %s",
    (text, id) => {
      expect(columnForHeader(text)).toBe(id);
    }
  );

  it.each([
    ["candidate code", "candidateCodes"],
    ["CANDIDATE CODE(S)", "candidateCodes"],
    ["Candidate_code", "candidateCodes"],
    ["Proposed code(s)", "candidateCodes"],
    ["HCPCS/CPT code", "candidateCodes"],
    ["Site-of-care", "siteOfCare"],
    ["FDA clearance / approval date", "fdaDecisionDate"],
  ] as const)("common variant %j → %s", (text, id) => {
    expect(columnForHeader(text)).toBe(id);
  });

  it.each([
    ["ID", "productId"],
    ["SKU", "productId"],
    ["product_id", "productId"],
    ["PRODUCT ID *", "productId"],
    ["Product name", "product"],
    ["Type", "productType"],
    ["Setting", "siteOfCare"],
    ["Place of Service", "siteOfCare"],
    ["POS", "siteOfCare"],
    ["Site of care (POS)", "siteOfCare"],
    ["HCPCS/CPT", "candidateCodes"],
    ["Codes", "candidateCodes"],
    ["Candidate codes", "candidateCodes"],
    ["candidate-code(s)", "candidateCodes"],
    ["FDA", "fdaStatus"],
    ["Regulatory status", "fdaStatus"],
    ["Breakthrough", "breakthrough"],
    ["Implantable", "implanted"],
    ["Unit cost", "deviceCost"],
    ["Price", "deviceCost"],
    ["Device cost ($)", "deviceCost"],
    ["Device cost, USD", "deviceCost"],
    ["Volume", "annualVolume"],
    ["Cases per year", "annualVolume"],
    ["Medicare Benefit Category", "benefitCategory"],
    ["Description", "description"],
  ] as const)("%s → %s", (text, id) => {
    expect(columnForHeader(text)).toBe(id);
  });

  it("never reads the pathway columns the add-in writes beside the inputs as input columns", () => {
    const written = Object.entries(CATALOGUE.en).filter(([id]) => id.startsWith("report.col."));
    for (const [id, text] of written) expect([id, columnForHeader(text)]).toEqual([id, undefined]);
  });

  it.each(["Notes", "Status", "Date", "Category", "Owner", "Pathway", "", "  "])("%j names no column", (text) => {
    expect(columnForHeader(text)).toBeUndefined();
  });
});

describe("findHeader", () => {
  it("finds the header below a title, notes and blank lines", () => {
    const grid: CellValue[][] = [
      ["Acme Medical: US launch portfolio", null, null],
      ["Prepared 2026-01-10", null, null],
      [],
      [null, null, null, null],
      ["Product", "Notes", "Type"], // a partial header-like line: not all required columns
      HEADER,
      GOOD,
    ];
    const h = findHeader(grid);
    expect(h?.headerRowIndex).toBe(5);
    expect(h?.missingRequired).toEqual([]);
    expect(h?.missingOptional).toEqual([]);
    expect(h?.columns.siteOfCare).toBe(3);
  });

  it("works when the grid starts at the header (an Excel table)", () => {
    expect(findHeader([HEADER, GOOD])?.headerRowIndex).toBe(0);
  });

  it("reads reordered columns, aliases and extra columns", () => {
    const grid: CellValue[][] = [
      ["Setting", "Notes", "SKU", "Cases per year", "Type", "Product name", "HCPCS/CPT"],
      ["POS 22", "call KOL", "A-7", "1,000", "implant", "Spinal cord stimulator", "63685, L8680"],
    ];
    const h = findHeader(grid);
    expect(h).toBeDefined();
    expect(h?.columns).toEqual({ siteOfCare: 0, productId: 2, annualVolume: 3, productType: 4, product: 5, candidateCodes: 6 });
    expect(h?.recognised.map((r) => r.header)).toEqual(["Setting", "SKU", "Cases per year", "Type", "Product name", "HCPCS/CPT"]);
    expect(h?.unrecognised).toEqual([{ header: "Notes", index: 1 }]);
    const result = parseProductRows(grid);
    expect(result.problems).toEqual([]);
    expect(result.rows).toEqual([
      {
        rowNumber: 2,
        productId: "A-7",
        product: "Spinal cord stimulator",
        productType: "implant",
        siteOfCare: "hospital outpatient",
        candidateCodes: ["63685", "L8680"],
        annualVolume: 1000,
      },
    ]);
  });

  it("is undefined when a required column is missing, and when nothing looks like a header", () => {
    expect(findHeader([["Product ID", "Product", "Product type"], ["P-1", "x", "implant"]])).toBeUndefined();
    expect(findHeader([["hello"], [1, 2, 3]])).toBeUndefined();
    expect(findHeader([])).toBeUndefined();
  });

  it("looks only at the first maxScanRows rows", () => {
    const grid: CellValue[][] = [...Array.from({ length: 25 }, () => ["note"]), HEADER];
    expect(findHeader(grid)).toBeUndefined();
    expect(findHeader(grid, { maxScanRows: 30 })?.headerRowIndex).toBe(25);
  });

  it("prefers the row with more recognised columns when two rows qualify", () => {
    const grid: CellValue[][] = [
      ["ID", "Product", "Type", "Site"],
      HEADER,
    ];
    expect(findHeader(grid)?.headerRowIndex).toBe(1);
  });
});

describe("sheet-level problems", () => {
  it("lists recognised and missing required columns", () => {
    const grid: CellValue[][] = [["Title"], ["SKU", "Product name", "Price"], ["P-1", "Stent", 10]];
    const result = parseProductRows(grid);
    expect(result.rows).toEqual([]);
    expect(result.header?.headerRowIndex).toBe(1);
    expect(result.problems).toEqual([
      {
        id: "rows.sheet.missingColumns",
        params: { missing: "Product type, Site of care", recognised: "SKU, Product name, Price" },
        rowNumber: 2,
        severity: "error",
      },
    ]);
  });

  it("reports a sheet with no header at all, naming the required columns", () => {
    const result = parseProductRows([["a", "b"], [1, 2]]);
    expect(result.header).toBeUndefined();
    expect(result.problems).toEqual([
      {
        id: "rows.sheet.noHeader",
        params: { scanned: 2, required: "Product ID, Product, Product type, Site of care" },
        rowNumber: 0,
        severity: "error",
      },
    ]);
  });

  it("warns about a repeated column and reads the first one", () => {
    const grid: CellValue[][] = [
      ["Product ID", "Product", "Product type", "Site of care", "POS"],
      ["P-1", "Stent", "implant", "ASC", "office"],
    ];
    const result = parseProductRows(grid);
    expect(result.rows.map((r) => r.siteOfCare)).toEqual(["ASC"]);
    expect(result.problems).toEqual([
      expect.objectContaining({ id: "rows.sheet.duplicateColumn", severity: "warning", rowNumber: 1, column: "siteOfCare", columnHeader: "POS" }),
    ]);
    expect(result.header?.unrecognised).toEqual([{ header: "POS", index: 4 }]);
  });

  it("warns when the table has a header but no rows", () => {
    const result = parseProductRows([HEADER, [], [null, "  "]]);
    expect(result.rows).toEqual([]);
    expect(result.problems.map((p) => [p.id, p.severity])).toEqual([["rows.sheet.noRows", "warning"]]);
  });

  it("uses a given header row and sheet row numbers", () => {
    const grid: CellValue[][] = [HEADER, ["P-1", "Stent", "implnt", "ASC"]];
    const result = parseProductRows([["Product ID", "x"], ...grid], { headerRowIndex: 1, firstRowNumber: 10 });
    expect(result.header?.headerRowIndex).toBe(1);
    expect(result.problems.map((p) => [p.rowNumber, p.column])).toEqual([[12, "productType" as ColumnId]]);
  });
});
