import {
  toClassifyOutcome,
  toConflictView,
  toStartInfo,
  toVintageView,
} from "../../src/taskpane/services";
import { CATALOGUE, t } from "../../src/i18n/catalogue";
import { PANE } from "../../src/i18n/en/pane";
import { PANE_ZH } from "../../src/i18n/zh-CN/pane";

describe("adapter results → what the pane shows", () => {
  test("a header match lists columns by their canonical header, and the user's own extra headers as typed", () => {
    const info = toStartInfo({
      found: true,
      sheetName: "Sheet1",
      address: "A3:E3",
      header: {
        recognised: [
          { id: "productId", header: "SKU", index: 0 },
          { id: "siteOfCare", header: "POS", index: 1 },
          { id: "product", header: "product", index: 2 },
          { id: "candidateCodes", header: "Candidate codes", index: 3 },
        ],
        missingRequired: ["productType"],
        missingOptional: ["annualVolume"],
        unrecognised: [
          { header: "Launch wave", index: 4 },
          { header: "Pathway", index: 5 },
          { header: "Next gate", index: 6 },
        ],
      },
      dataRowCount: 12,
    });
    expect(info).toEqual({
      found: true,
      isTable: false,
      sheetName: "Sheet1",
      tableName: undefined,
      address: "A3:E3",
      recognised: [
        { header: "Product ID", from: "SKU" },
        { header: "Site of care", from: "POS" },
        { header: "Product" },
        { header: "Candidate code(s)" },
      ],
      missingRequired: ["Product type"],
      missingOptional: ["Annual volume"],
      unrecognised: ["Launch wave"],
      dataRowCount: 12,
    });
  });

  test("a found table is classifiable input; nothing found has no columns", () => {
    expect(toStartInfo({ found: true, tableName: "Products", sheetName: "Products" }).isTable).toBe(
      true
    );
    expect(toStartInfo({ found: false })).toMatchObject({
      found: false,
      isTable: false,
      recognised: [],
      dataRowCount: 0,
    });
  });

  test("pathway counts use the sheet's labels and drop empty pathways", () => {
    const out = toClassifyOutcome({
      summary: {
        rows: 5,
        classified: 4,
        withProblems: 1,
        byPathway: { "existing-cpt": 2, "new-code": 2, "unlisted-noc": 0 },
      },
      problems: [
        {
          rowNumber: 4,
          column: "siteOfCare",
          value: "ofice",
          severity: "error",
          sheetName: "Products",
          address: "D4",
          text: 'Row 4, Site of care: "ofice" is not allowed (nearest: office)',
        },
      ],
      cancelled: false,
      wroteTables: ["Products", "Evidence", "Strategy"],
      syncCount: 3,
    });
    expect(out.summary.byPathway).toEqual([
      { id: "existing-cpt", label: "Existing CPT", count: 2 },
      { id: "new-code", label: "New code strategy", count: 2 },
    ]);
    expect(out.problems[0]).toMatchObject({
      rowNumber: 4,
      column: "Site of care",
      value: "ofice",
      sheetName: "Products",
      address: "D4",
    });
    // Without a message id the adapter's text is all there is.
    expect(out.problems[0].detail).toBe(out.problems[0].text);
  });

  test("a problem with its message id is listed without repeating row and column, with allowed values and the nearest one", () => {
    const out = toClassifyOutcome({
      summary: { rows: 1, classified: 0, withProblems: 1, byPathway: {} },
      problems: [
        {
          id: "rows.problem.notAllowed",
          params: { value: "ofice", column: "Site of care" },
          rowNumber: 7,
          column: "siteOfCare",
          columnHeader: "Site of care",
          value: "ofice",
          allowed: ["office", "ASC"],
          nearest: "office",
          severity: "error",
          sheetName: "Products",
          address: "D7",
          text: "Row 7 …",
        },
      ],
    });
    expect(out.problems[0].detail).not.toMatch(/Row 7/);
    expect(out.problems[0].detail).toContain("office, ASC");
    expect(out.problems[0].detail).toContain('"office"');
  });

  test("problem keys are unique even for two problems in one cell", () => {
    const p = {
      rowNumber: 2,
      column: "fdaStatus",
      sheetName: "Products",
      address: "G2",
      text: "x",
    };
    const out = toClassifyOutcome({
      summary: { rows: 1, classified: 0, withProblems: 1, byPathway: {} },
      problems: [p, p],
    });
    expect(new Set(out.problems.map((q) => q.key)).size).toBe(2);
  });

  test("a conflict shows the user's value and the new one as text", () => {
    expect(toConflictView({ sheetName: "Evidence", address: "F2", current: 42, next: "" })).toEqual(
      {
        sheetName: "Evidence",
        address: "F2",
        current: "42",
        proposed: "",
      }
    );
  });

  test.each([
    [undefined, undefined],
    ["", undefined],
    [
      {
        id: "pprrvu|2026|July",
        label: "PFS RVU CY2026 July (released 2026-06-30); GPCI CY2026",
        entries: [],
      },
      {
        id: "PFS RVU CY2026 July (released 2026-06-30); GPCI CY2026",
        short: "PFS RVU CY2026 July",
        entries: ["PFS RVU CY2026 July (released 2026-06-30)", "GPCI CY2026"],
      },
    ],
    [
      "PFS RVU CY2026 January",
      {
        id: "PFS RVU CY2026 January",
        short: "PFS RVU CY2026 January",
        entries: ["PFS RVU CY2026 January"],
      },
    ],
  ])("vintage %j → %j", (input, expected) => {
    expect(toVintageView(input)).toEqual(expected);
  });
});

describe("pane text", () => {
  test("every Chinese pane message has an English original with the same placeholders", () => {
    const placeholders = (s: string): string[] => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const [id, zh] of Object.entries(PANE_ZH)) {
      expect(PANE[id]).toBeDefined();
      expect(placeholders(zh)).toEqual(placeholders(PANE[id]));
    }
  });
  test("every English pane message is translated to Simplified Chinese", () => {
    expect(Object.keys(PANE).filter((id) => !(id in PANE_ZH))).toEqual([]);
    expect(t("pane.classify.run", undefined, "zh-CN")).toBe(
      CATALOGUE["zh-CN"]["pane.classify.run"]
    );
  });
});
