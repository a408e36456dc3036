import {
  BENEFIT_CATEGORIES,
  CODE_FITS,
  FDA_STATUSES,
  PERFORMERS,
  PRODUCT_TYPES,
  SITES_OF_CARE,
  YES_NO,
} from "../../../src/domain/vocab";
import { INFORMATIONAL_COLUMNS, parseProductRows, type ColumnId } from "../../../src/domain/rows";
import { classify } from "../../../src/domain/pathway";
import type { CellValue } from "../../../src/domain/product";
import { HEADER, row } from "./fixtures";

interface BadCase {
  header: string;
  cell: CellValue;
  column: ColumnId;
  id: string;
  value?: string;
  allowed?: readonly string[];
  nearest?: string;
}

/** Every kind of bad value, one per row, each reported against row 2 of the sheet. */
const BAD: BadCase[] = [
  // Enumerations: unknown value, allowed list and nearest suggestion.
  { header: "Product type", cell: "implnt", column: "productType", id: "rows.value.unknown.productType", value: "implnt", allowed: PRODUCT_TYPES, nearest: "implant" },
  { header: "Product type", cell: "widget", column: "productType", id: "rows.value.unknown.productType", value: "widget", allowed: PRODUCT_TYPES },
  { header: "Site of care", cell: "ofice", column: "siteOfCare", id: "rows.value.unknown.siteOfCare", value: "ofice", allowed: SITES_OF_CARE, nearest: "office" },
  { header: "Site of care", cell: "POS 99", column: "siteOfCare", id: "rows.value.unknown.siteOfCare", value: "POS 99", allowed: SITES_OF_CARE, nearest: "hospital outpatient" /* via POS 19 */ },
  { header: "Site of care", cell: 23, column: "siteOfCare", id: "rows.value.unknown.siteOfCare", value: "23", allowed: SITES_OF_CARE, nearest: "inpatient" /* via POS 21 */ },
  { header: "Performed by", cell: "phisician", column: "performedBy", id: "rows.value.unknown.performedBy", value: "phisician", allowed: PERFORMERS, nearest: "physician" },
  { header: "FDA status", cell: "510(k) clered", column: "fdaStatus", id: "rows.value.unknown.fdaStatus", value: "510(k) clered", allowed: FDA_STATUSES, nearest: "510(k) cleared" },
  { header: "Code fit", cell: "partialy", column: "codeFit", id: "rows.value.unknown.codeFit", value: "partialy", allowed: CODE_FITS, nearest: "partially" },
  { header: "Medicare benefit category", cell: "DMEPOS", column: "benefitCategory", id: "rows.value.unknown.benefitCategory", value: "DMEPOS", allowed: BENEFIT_CATEGORIES, nearest: "DME" },
  { header: "Breakthrough device", cell: "yse", column: "breakthrough", id: "rows.value.unknown.yesNo", value: "yse", allowed: YES_NO, nearest: "yes" },
  { header: "Implanted or inserted", cell: 2, column: "implanted", id: "rows.value.unknown.yesNo", value: "2", allowed: YES_NO, nearest: "no" /* via 0 */ },
  // Formula-looking text is an unknown value, with the value it resembles only as a suggestion.
  { header: "Site of care", cell: "=office", column: "siteOfCare", id: "rows.value.unknown.siteOfCare", value: "=office", allowed: SITES_OF_CARE, nearest: "office" },
  { header: "Product type", cell: "@implant", column: "productType", id: "rows.value.unknown.productType", value: "@implant", allowed: PRODUCT_TYPES, nearest: "implant" },
  { header: "Durable home use", cell: "+yes", column: "durableHomeUse", id: "rows.value.unknown.yesNo", value: "+yes", allowed: YES_NO, nearest: "yes" },
  // Codes.
  { header: "Candidate code(s)", cell: "9921", column: "candidateCodes", id: "rows.code.invalid", value: "9921" },
  { header: "Candidate code(s)", cell: "99213, E21O3", column: "candidateCodes", id: "rows.code.invalid", value: "E21O3" },
  { header: "Candidate code(s)", cell: "=E2103", column: "candidateCodes", id: "rows.code.invalid", value: "=E2103" },
  { header: "Candidate code(s)", cell: "D0120", column: "candidateCodes", id: "rows.code.dental", value: "D0120" },
  { header: "Candidate code(s)", cell: 123456, column: "candidateCodes", id: "rows.code.invalid", value: "123456" },
  { header: "Candidate code(s)", cell: 99213.5, column: "candidateCodes", id: "rows.code.invalid", value: "99213.5" },
  // Dates.
  { header: "FDA decision date", cell: "2023-02-29", column: "fdaDecisionDate", id: "rows.date.impossible", value: "2023-02-29" },
  { header: "FDA decision date", cell: "4/31/2024", column: "fdaDecisionDate", id: "rows.date.impossible", value: "4/31/2024" },
  { header: "FDA decision date", cell: "13/1/2024", column: "fdaDecisionDate", id: "rows.date.impossible", value: "13/1/2024" },
  { header: "FDA decision date", cell: "March 2024", column: "fdaDecisionDate", id: "rows.date.format", value: "March 2024" },
  { header: "FDA decision date", cell: "15.03.2024", column: "fdaDecisionDate", id: "rows.date.format", value: "15.03.2024" },
  { header: "FDA decision date", cell: 60, column: "fdaDecisionDate", id: "rows.date.serial1900", value: "60" },
  { header: "FDA decision date", cell: 0, column: "fdaDecisionDate", id: "rows.date.serialRange", value: "0" },
  { header: "FDA decision date", cell: -45000, column: "fdaDecisionDate", id: "rows.date.serialRange", value: "-45000" },
  { header: "FDA decision date", cell: 2958466, column: "fdaDecisionDate", id: "rows.date.serialRange", value: "2958466" },
  { header: "FDA decision date", cell: true, column: "fdaDecisionDate", id: "rows.date.format", value: "TRUE" },
  // Money and counts.
  { header: "Device cost", cell: -5, column: "deviceCost", id: "rows.number.negative", value: "-5" },
  { header: "Device cost", cell: "-$1,200.50", column: "deviceCost", id: "rows.number.negative", value: "-$1,200.50" },
  { header: "Device cost", cell: "(300)", column: "deviceCost", id: "rows.number.negative", value: "(300)" },
  { header: "Device cost", cell: "about 1200", column: "deviceCost", id: "rows.number.money", value: "about 1200" },
  { header: "Device cost", cell: "1.200,50", column: "deviceCost", id: "rows.number.money", value: "1.200,50" },
  { header: "Device cost", cell: "=A1*2", column: "deviceCost", id: "rows.number.money", value: "=A1*2" },
  { header: "Device cost", cell: Infinity, column: "deviceCost", id: "rows.number.money", value: "Infinity" },
  { header: "Device cost", cell: false, column: "deviceCost", id: "rows.number.money", value: "FALSE" },
  { header: "Annual volume", cell: "-12", column: "annualVolume", id: "rows.number.negative", value: "-12" },
  { header: "Annual volume", cell: "1,2", column: "annualVolume", id: "rows.number.count", value: "1,2" },
  { header: "Annual volume", cell: "$1,200", column: "annualVolume", id: "rows.number.count", value: "$1,200" },
  // Excel errors shown in cells (formula results read as text by the host).
  { header: "Product", cell: "#N/A", column: "product", id: "rows.value.excelError", value: "#N/A" },
  { header: "Device cost", cell: "#DIV/0!", column: "deviceCost", id: "rows.value.excelError", value: "#DIV/0!" },
  { header: "Site of care", cell: "#REF!", column: "siteOfCare", id: "rows.value.excelError", value: "#REF!" },
  // Required values.
  { header: "Product", cell: null, column: "product", id: "rows.value.required" },
  { header: "Product type", cell: "   ", column: "productType", id: "rows.value.required" },
  { header: "Site of care", cell: "-", column: "siteOfCare", id: "rows.value.required" },
];

describe("bad values are reported by row, column, value, allowed values and nearest match", () => {
  it.each(BAD.map((c) => [`${c.header} = ${JSON.stringify(c.cell)}`, c] as const))("%s", (_name, c) => {
    const grid: CellValue[][] = [HEADER, row("OK-1"), row("BAD-1", { [c.header]: c.cell }), row("OK-2")];
    const result = parseProductRows(grid);
    // The bad row is left out when the bad cell decides the classification; a bad cost or volume is
    // reported but the row is still classified with that value left out (docs/features.md#classify: good rows are
    // still classified, bad cells reported). The good rows on either side always come back.
    if (INFORMATIONAL_COLUMNS.has(c.column)) {
      expect(result.rows.map((r) => r.productId)).toEqual(["OK-1", "BAD-1", "OK-2"]);
      expect(result.rows[1][c.column as "deviceCost" | "annualVolume"]).toBeUndefined();
    } else expect(result.rows.map((r) => r.productId)).toEqual(["OK-1", "OK-2"]);
    const errors = result.problems.filter((p) => p.severity === "error");
    expect(errors).toHaveLength(1);
    const p = errors[0];
    expect(p.id).toBe(c.id);
    expect(p.rowNumber).toBe(3);
    expect(p.column).toBe(c.column);
    expect(p.columnHeader).toBe(c.header);
    expect(p.value).toBe(c.value);
    expect(p.allowed).toEqual(c.allowed);
    expect(p.nearest).toBe(c.nearest);
  });
});

interface GoodCase {
  header: string;
  cell: CellValue;
  column: ColumnId;
  expected: unknown;
}

/** Values that are accepted silently: aliases, POS codes, case and punctuation, numbers as text. */
const GOOD_VALUES: GoodCase[] = [
  { header: "Site of care", cell: "POS 22", column: "siteOfCare", expected: "hospital outpatient" },
  { header: "Site of care", cell: "pos-19", column: "siteOfCare", expected: "hospital outpatient" },
  { header: "Site of care", cell: 11, column: "siteOfCare", expected: "office" },
  { header: "Site of care", cell: "24", column: "siteOfCare", expected: "ASC" },
  { header: "Site of care", cell: "HOPD", column: "siteOfCare", expected: "hospital outpatient" },
  { header: "Site of care", cell: "Ambulatory Surgery Center", column: "siteOfCare", expected: "ASC" },
  { header: "Site of care", cell: "  SNF ", column: "siteOfCare", expected: "SNF" },
  { header: "Site of care", cell: "POS 49", column: "siteOfCare", expected: "IDTF" },
  { header: "Product type", cell: "Home Use Durable Equipment", column: "productType", expected: "home-use durable equipment" },
  { header: "Product type", cell: "SAMD", column: "productType", expected: "software analysis" },
  { header: "Product type", cell: "O&P", column: "productType", expected: "orthotic or prosthetic" },
  { header: "FDA status", cell: "510K CLEARED", column: "fdaStatus", expected: "510(k) cleared" },
  { header: "FDA status", cell: "de novo", column: "fdaStatus", expected: "De Novo granted" },
  { header: "FDA status", cell: "N/A", column: "fdaStatus", expected: "not a device" },
  { header: "Code fit", cell: "Partial", column: "codeFit", expected: "partially" },
  { header: "Medicare benefit category", cell: "Durable Medical Equipment", column: "benefitCategory", expected: "DME" },
  { header: "Medicare benefit category", cell: "ASC", column: "benefitCategory", expected: "ASC service" },
  { header: "Medicare benefit category", cell: "Ambulatory Surgical Center service", column: "benefitCategory", expected: "ASC service" },
  { header: "Medicare benefit category", cell: "asc service", column: "benefitCategory", expected: "ASC service" },
  { header: "Breakthrough device", cell: true, column: "breakthrough", expected: true },
  { header: "Breakthrough device", cell: "Y", column: "breakthrough", expected: true },
  { header: "Breakthrough device", cell: 0, column: "breakthrough", expected: false },
  { header: "Implanted or inserted", cell: "No", column: "implanted", expected: false },
  { header: "Candidate code(s)", cell: "e2103", column: "candidateCodes", expected: ["E2103"] },
  { header: "Candidate code(s)", cell: "0691T; 0242U\n99213", column: "candidateCodes", expected: ["0691T", "0242U", "99213"] },
  { header: "Candidate code(s)", cell: "0691T-26, 0691T", column: "candidateCodes", expected: ["0691T"] },
  { header: "Candidate code(s)", cell: 99213, column: "candidateCodes", expected: ["99213"] },
  { header: "Candidate code(s)", cell: "none", column: "candidateCodes", expected: [] },
  { header: "Candidate code(s)", cell: null, column: "candidateCodes", expected: [] },
  { header: "FDA decision date", cell: 45366, column: "fdaDecisionDate", expected: "2024-03-15" },
  { header: "FDA decision date", cell: 45366.75, column: "fdaDecisionDate", expected: "2024-03-15" },
  { header: "FDA decision date", cell: "45366", column: "fdaDecisionDate", expected: "2024-03-15" },
  { header: "FDA decision date", cell: "2024-03-15", column: "fdaDecisionDate", expected: "2024-03-15" },
  { header: "FDA decision date", cell: "2024-03-15T00:00:00Z", column: "fdaDecisionDate", expected: "2024-03-15" },
  { header: "FDA decision date", cell: "3/15/2024", column: "fdaDecisionDate", expected: "2024-03-15" },
  { header: "FDA decision date", cell: "2/29/2024", column: "fdaDecisionDate", expected: "2024-02-29" },
  { header: "Device cost", cell: "$1,200.50", column: "deviceCost", expected: 1200.5 },
  { header: "Device cost", cell: "1200", column: "deviceCost", expected: 1200 },
  { header: "Device cost", cell: " 1,850 ", column: "deviceCost", expected: 1850 },
  { header: "Device cost", cell: "USD 95.25", column: "deviceCost", expected: 95.25 },
  { header: "Device cost", cell: 0, column: "deviceCost", expected: 0 },
  { header: "Annual volume", cell: "1,200", column: "annualVolume", expected: 1200 },
  { header: "Annual volume", cell: "350", column: "annualVolume", expected: 350 },
  { header: "Product", cell: "=HYPERLINK(\"http://x\")", column: "product", expected: "=HYPERLINK(\"http://x\")" },
  { header: "Product", cell: "+Plus pump", column: "product", expected: "+Plus pump" },
  { header: "Product", cell: "-20C freezer", column: "product", expected: "-20C freezer" },
  { header: "Description of service", cell: "@home monitoring", column: "description", expected: "@home monitoring" },
];

describe("good values are read to their canonical form", () => {
  it.each(GOOD_VALUES.map((c) => [`${c.header} = ${JSON.stringify(c.cell)}`, c] as const))("%s", (_name, c) => {
    const result = parseProductRows([HEADER, row("P-1", { [c.header]: c.cell })]);
    expect(result.problems).toEqual([]);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0][c.column]).toEqual(c.expected);
  });
});

describe("warnings keep the row", () => {
  it.each([
    ["Candidate code(s)", 100, "rows.code.leadingZeros", "100", "candidateCodes", ["00100"]],
    ["Candidate code(s)", "0001F", "rows.code.categoryII", "0001F", "candidateCodes", ["0001F"]],
    ["Candidate code(s)", "0002M, 81519", "rows.code.maaa", "0002M", "candidateCodes", ["0002M", "81519"]],
    ["Annual volume", 12.5, "rows.number.notWhole", "12.5", "annualVolume", 12.5],
  ] as const)("%s = %j", (header, cell, id, value, column, expected) => {
    const result = parseProductRows([HEADER, row("P-1", { [header]: cell })]);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0][column]).toEqual(expected);
    expect(result.problems).toEqual([
      expect.objectContaining({ id, severity: "warning", rowNumber: 2, column, columnHeader: header, value }),
    ]);
  });
});

describe("several problems in one row", () => {
  it("reports each bad cell, left to right, and the row once left out", () => {
    const grid = [HEADER, row("P-1", { "Product type": "implnt", "Site of care": "ofice", "Device cost": "-1" })];
    const result = parseProductRows(grid);
    // Left out for the product type and site (they decide the pathway), not for the cost.
    expect(result.rows).toEqual([]);
    expect(result.problems.map((p) => [p.rowNumber, p.column, p.value])).toEqual([
      [2, "productType", "implnt"],
      [2, "siteOfCare", "ofice"],
      [2, "deviceCost", "-1"],
    ]);
  });
  it("reports every invalid code in a list", () => {
    const result = parseProductRows([HEADER, row("P-1", { "Candidate code(s)": "99213, 9921, X1" })]);
    expect(result.problems.map((p) => p.value)).toEqual(["9921", "X1"]);
  });
});

describe("a bad cost or volume does not leave the product unclassified", () => {
  // GOOD is a PMA stent in HOPD (37226 + C1874): the row must come back and classify as it would
  // with the cell blank; the error still names row, column and value.
  it.each([
    ["Device cost", -5, "deviceCost", "rows.number.negative", "-5"],
    ["Device cost", "NaN", "deviceCost", "rows.number.money", "NaN"],
    ["Device cost", "#DIV/0!", "deviceCost", "rows.value.excelError", "#DIV/0!"],
    ["Annual volume", -5, "annualVolume", "rows.number.negative", "-5"],
    ["Annual volume", "many", "annualVolume", undefined, "many"],
  ] as const)("%s = %j", (header, cell, column, id, value) => {
    const result = parseProductRows([HEADER, row("BAD-1", { [header]: cell })]);
    const blank = parseProductRows([HEADER, row("BAD-1", { [header]: null })]);
    expect(result.rows).toHaveLength(1);
    expect(result.rows[0][column]).toBeUndefined();
    const errors = result.problems.filter((p) => p.severity === "error");
    expect(errors).toEqual([expect.objectContaining({ rowNumber: 2, column, columnHeader: header, value })]);
    if (id) expect(errors[0].id).toBe(id);
    const asOf = { asOf: "2026-11-26" };
    expect(classify(result.rows[0], undefined, asOf)).toEqual(classify(blank.rows[0], undefined, asOf));
  });
});
