import {
  toClassifyOutcome,
  toConflictView,
  toDataFileViews,
  toStartInfo,
  toVintageView,
  type AdapterProblem,
} from "../../src/taskpane/services";
import type { ClassifyOutcome } from "../../src/excel";
import type { Vintage } from "../../src/domain/reference/vintage";

/** An adapter result with nothing in it, for cases to fill in. */
const RESULT: ClassifyOutcome = {
  summary: {
    rows: 1,
    classified: 0,
    withProblems: 1,
    byPathway: { "existing-cpt": 0, "existing-hcpcs-ii": 0, "unlisted-noc": 0, "new-code": 0 },
  },
  problems: [],
  conflicts: 0,
  wroteTables: [],
  syncCount: 1,
  cancelled: false,
};
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
        headerRowIndex: 0,
        columns: { productId: 0, siteOfCare: 1, product: 2, candidateCodes: 3 },
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
        repeated: [],
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
    expect(
      toStartInfo({ found: true, tableName: "Products", sheetName: "Products", dataRowCount: 0 })
        .isTable
    ).toBe(true);
    expect(toStartInfo({ found: false, dataRowCount: 0 })).toMatchObject({
      found: false,
      isTable: false,
      recognised: [],
      dataRowCount: 0,
    });
  });

  test("pathway counts use the pane's labels and drop empty pathways; a problem names its cell and column", () => {
    const out = toClassifyOutcome({
      ...RESULT,
      summary: {
        rows: 5,
        classified: 4,
        withProblems: 1,
        byPathway: { "existing-cpt": 2, "existing-hcpcs-ii": 0, "new-code": 2, "unlisted-noc": 0 },
      },
      problems: [
        {
          id: "rows.problem.notAllowed",
          params: { value: "ofice", column: "Site of care" },
          rowNumber: 4,
          column: "siteOfCare",
          value: "ofice",
          severity: "error",
          sheetName: "Products",
          address: "D4",
          text: 'Row 4, Site of care: "ofice" is not allowed (nearest: office)',
        },
      ],
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
    expect(out.wroteTables).toEqual(["Products", "Evidence", "Strategy"]);
    expect(out.syncCount).toBe(3);
  });

  test("a problem with its message id is listed without repeating row and column; the nearest value is the suggestion and the allowed values are kept apart", () => {
    const out = toClassifyOutcome({
      ...RESULT,
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
    // The list shows the suggestion first and folds the allowed values, so the message has neither.
    expect(out.problems[0].detail).not.toContain("office, ASC");
    expect(out.problems[0].suggestion).toBe("office");
    expect(out.problems[0].allowed).toEqual(["office", "ASC"]);
  });

  test("problem keys are unique even for two problems in one cell", () => {
    const p: AdapterProblem = {
      id: "rows.problem.notAllowed",
      params: { value: "cleared", column: "FDA status" },
      rowNumber: 2,
      column: "fdaStatus",
      severity: "error",
      sheetName: "Products",
      address: "G2",
      text: "x",
    };
    const out = toClassifyOutcome({ ...RESULT, problems: [p, p] });
    expect(new Set(out.problems.map((q) => q.key)).size).toBe(2);
  });

  test("a conflict shows the user's value and the new one as text", () => {
    expect(
      toConflictView({ sheetName: "Evidence", address: "F2", current: "42", next: "" })
    ).toEqual({
      sheetName: "Evidence",
      address: "F2",
      current: "42",
      proposed: "",
    });
  });

  test.each<[Vintage | string | undefined, unknown]>([
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

describe("what became of each CMS file → the data card's lines", () => {
  const outcomes = [
    {
      file: "rvu26c.zip/PPRRVU2026_Jul_nonQPP.csv",
      status: "loaded" as const,
      kind: "pprrvu" as const,
      dataset: "PFS RVU",
      when: "CY2026 July",
    },
    { file: "rvu26c.zip/README.txt", status: "skipped" as const, reason: "notCms" as const },
    {
      file: "GPCI2025.csv",
      status: "skipped" as const,
      reason: "superseded" as const,
      kind: "gpci" as const,
      dataset: "GPCI",
      when: "CY2025",
    },
    {
      file: "PFREV25C.txt",
      status: "skipped" as const,
      reason: "paymentOnly" as const,
      when: "CY2025 C",
    },
    {
      file: "rvu26a.zip/ANES2026.csv",
      status: "rejected" as const,
      problem: {
        id: "data.error.row",
        params: {
          file: "rvu26a.zip/ANES2026.csv",
          line: 5,
          expected: "5 fields (ANES row)",
          found: "07102 ,13 ,AR",
        },
      },
      text: "ignored when the message is there",
    },
    { file: "odd.csv", status: "rejected" as const, text: "odd.csv: out of memory" },
  ];

  test.each<[string, string[]]>([
    [
      "en",
      [
        "PFS RVU CY2026 July",
        "Not a CMS data file",
        "GPCI CY2025: a newer release is already loaded",
        "Payment amounts CY2025 C: used only for checking",
        'rvu26a.zip/ANES2026.csv, line 5: expected 5 fields (ANES row), found "07102 ,13 ,AR".',
        "Could not be read: odd.csv: out of memory",
      ],
    ],
    [
      "zh-CN",
      [
        "PFS RVU CY2026 July",
        "不是 CMS 数据文件",
        "GPCI CY2025：已加载更新的版本",
        "支付金额 CY2025 C：仅用于核对",
        t(
          "data.error.row",
          {
            file: "rvu26a.zip/ANES2026.csv",
            line: 5,
            expected: "5 fields (ANES row)",
            found: "07102 ,13 ,AR",
          },
          "zh-CN"
        ),
        "无法读取：odd.csv: out of memory",
      ],
    ],
  ])(
    "each file keeps its name and status, with the reason in the user's language (%s)",
    (locale, lines) => {
      const views = toDataFileViews(outcomes);
      expect(views.map((v) => [v.file, v.status])).toEqual(
        outcomes.map((o) => [o.file, o.status === "rejected" ? "rejected" : o.status])
      );
      expect(new Set(views.map((v) => v.key)).size).toBe(views.length);
      expect(views.map((v) => t(v.detail.id, v.detail.params, locale as "en" | "zh-CN"))).toEqual(
        lines
      );
    }
  );
});
