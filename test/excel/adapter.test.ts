/**
 * The Excel adapter against the in-memory Excel (test/support/fake-excel): what a user relies on
 * when they click Insert, Adopt or Classify in the pane.
 */
import { PRODUCT_COLUMNS } from "../../src/domain/rows";
import { EVIDENCE_COLUMN_IDS, PATHWAY_COLUMN_IDS } from "../../src/domain/report";
import { PRODUCT_TYPES } from "../../src/domain/vocab";
import {
  RECORD_SHEET,
  adoptHeaderRow,
  classifyWorkbook,
  detectProducts,
  insertStarterTables,
  readRecordedVintage,
  recordVintage,
  selectCell,
} from "../../src/excel";
import { validationMessage, validationSource } from "../../src/excel/setup";
import { FakeExcel, VALIDATION_LIMITS, columnLetters } from "../support/fake-excel";
import { HEADERS, productRows, workbookWithProducts } from "./helpers";

let uninstall: (() => void) | undefined;
let current: FakeExcel | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
  // Excel renames a blank or repeated header cell written into a table: the adapter never causes it.
  const fixes = current?.state.headerFixes;
  current = undefined;
  expect(fixes ?? []).toEqual([]);
});

function setup(n: number, opts?: ConstructorParameters<typeof FakeExcel>[0]): FakeExcel {
  const made = workbookWithProducts(n, opts);
  uninstall = made.uninstall;
  current = made.fake;
  return made.fake;
}

const PATHWAY_AT = HEADERS.length; // first pathway column (0-based) in the test workbooks
const col = (id: (typeof PATHWAY_COLUMN_IDS)[number]): string =>
  columnLetters(PATHWAY_AT + PATHWAY_COLUMN_IDS.indexOf(id));
const evCol = (id: (typeof EVIDENCE_COLUMN_IDS)[number]): string =>
  columnLetters(EVIDENCE_COLUMN_IDS.indexOf(id));

/** Every formula anywhere in the workbook (the add-in must never create one). */
function formulas(fake: FakeExcel): string[] {
  const out: string[] = [];
  for (const s of fake.state.sheets) {
    s.rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (cell && typeof cell === "object" && cell.formula !== undefined)
          out.push(`${s.name}!${columnLetters(c)}${r + 1}: ${cell.formula}`);
      })
    );
  }
  return out;
}

describe("Start: insert and detect", () => {
  it("inserts a Products table with canonical headers, drop-downs and two examples, plus Assumptions; detect finds it", async () => {
    const fake = new FakeExcel();
    current = fake;
    fake.addSheet("Sheet1");
    uninstall = fake.install();

    const inserted = await insertStarterTables("en");
    expect(inserted).toMatchObject({
      found: true,
      sheetName: "Products",
      tableName: "Products",
      dataRowCount: 2,
    });
    expect(inserted.header?.missingRequired).toEqual([]);

    const table = fake.table("Products")!;
    expect(table.headers).toEqual(PRODUCT_COLUMNS.map((c) => c.header));
    expect(table.rows).toHaveLength(2);
    expect(table.showFilterButton).toBe(true);
    const typeCol = columnLetters(PRODUCT_COLUMNS.findIndex((c) => c.id === "productType"));
    expect(fake.sheet("Products").validation(`${typeCol}2`)).toEqual({
      list: { inCellDropDown: true, source: PRODUCT_TYPES.join(",") },
    });
    // Candidate codes "99454, 99457" stay text; the decision date is a real date.
    const codesCol = columnLetters(PRODUCT_COLUMNS.findIndex((c) => c.id === "candidateCodes"));
    expect(fake.sheet("Products").cellValues(`${codesCol}2`)).toEqual([["99454, 99457"]]);
    const dateCol = columnLetters(PRODUCT_COLUMNS.findIndex((c) => c.id === "fdaDecisionDate"));
    expect(fake.sheet("Products").cellValues(`${dateCol}2`)).toEqual([[45366]]);

    expect(fake.table("Assumptions")).toMatchObject({ sheetName: "Assumptions" });
    expect(fake.table("Assumptions")!.rows.map((r) => r[0])).toEqual([
      "Payment year",
      "Medicare locality",
      "Patient coinsurance",
      "As-of date",
      "Expected FDA date",
    ]);
    // The plan's two dates start empty (the run date; no default FDA date): nothing to report.
    expect(
      fake
        .table("Assumptions")!
        .rows.slice(3)
        .map((r) => r[1])
    ).toEqual(["", ""]);

    expect(await detectProducts()).toEqual(inserted);

    // The example rows classify into two different pathways.
    const outcome = await classifyWorkbook({ locale: "en" });
    expect(outcome.summary.classified).toBe(2);
    expect(outcome.summary.byPathway["existing-cpt"]).toBe(1);
    expect(outcome.summary.byPathway["new-code"]).toBe(1);
    expect(outcome.problems).toEqual([]);

    // A second insert leaves the existing table alone.
    expect(await insertStarterTables("en")).toMatchObject({
      found: true,
      tableName: "Products",
      dataRowCount: 2,
    });
    expect(fake.tableNames().filter((n) => n.startsWith("Products"))).toEqual(["Products"]);
  });

  it.each(["en", "zh-CN"] as const)(
    "keeps every drop-down and its warning within Excel's text limits (%s), offering each list whole",
    async (locale) => {
      const fake = new FakeExcel();
      current = fake;
      fake.addSheet("Sheet1");
      uninstall = fake.install();
      // The fake refuses a list source over 255 characters and a warning over 32/225 at sync.
      await insertStarterTables(locale);
      for (const spec of PRODUCT_COLUMNS) {
        if (!spec.vocabulary) continue;
        const source = validationSource(spec.vocabulary.values);
        // Today every enumerated list fits, so every enumerated column gets its drop-down.
        expect(source).toBe(spec.vocabulary.values.join(","));
        expect(source!.length).toBeLessThanOrEqual(VALIDATION_LIMITS.listSource);
        const col = columnLetters(PRODUCT_COLUMNS.indexOf(spec));
        expect(fake.sheet("Products").validation(`${col}2`)).toEqual({
          list: { inCellDropDown: true, source },
        });
        const message = validationMessage(spec.header, spec.vocabulary.values, locale);
        expect(message.length).toBeLessThanOrEqual(VALIDATION_LIMITS.alertMessage);
      }
    }
  );

  it("names as many allowed values as fit in the 225-character warning, and says when some are left out", () => {
    const types = PRODUCT_COLUMNS.find((c) => c.id === "productType")!;
    // The product-type warning with all thirteen types would be 309 characters in English.
    const message = validationMessage(types.header, types.vocabulary!.values, "en");
    expect(message.length).toBeLessThanOrEqual(225);
    expect(message).toContain(types.vocabulary!.values[0]);
    expect(message).toContain(", …");
    const short = PRODUCT_COLUMNS.find((c) => c.id === "codeFit")!;
    expect(validationMessage(short.header, short.vocabulary!.values, "en")).toContain(
      short.vocabulary!.values.join(", ")
    );
    // A list too long for Excel's 255-character source gets no drop-down rather than part of one.
    expect(
      validationSource(Array.from({ length: 30 }, (_, i) => `value number ${i}`))
    ).toBeUndefined();
  });

  it("never writes over a user's sheet called Products", async () => {
    const fake = new FakeExcel();
    current = fake;
    fake.setValues("Products", "A1", [["my notes"]]);
    uninstall = fake.install();
    const inserted = await insertStarterTables();
    expect(inserted.sheetName).toBe("Products 2");
    expect(fake.sheet("Products").cellValues()).toEqual([["my notes"]]);
  });

  it("detects a loose header row under a title, shows missing columns, and adopts it as the Products table", async () => {
    const fake = new FakeExcel();
    current = fake;
    fake.setValues("Portfolio", "B1", [
      ["2026 US launch portfolio"],
      [""],
      ["SKU", "Device name", "Type", "Setting", "Notes"],
      ...productRows(3).map((r) => r.slice(0, 4)),
    ]);
    fake.activate("Portfolio");
    uninstall = fake.install();

    const found = await detectProducts();
    expect(found).toMatchObject({
      found: true,
      sheetName: "Portfolio",
      tableName: undefined,
      address: "Portfolio!B3:F6",
      dataRowCount: 3,
    });
    expect(found.header?.recognised.map((r) => r.id)).toEqual([
      "productId",
      "product",
      "productType",
      "siteOfCare",
    ]);
    expect(found.header?.missingRequired).toEqual([]);
    expect(found.header?.missingOptional).toContain("candidateCodes");
    expect(found.header?.unrecognised.map((u) => u.header)).toEqual(["Notes"]);

    const adopted = await adoptHeaderRow("Portfolio");
    expect(adopted).toMatchObject({
      found: true,
      tableName: "Products",
      address: "Portfolio!B3:F6",
      dataRowCount: 3,
    });
    expect(fake.table("Products")?.headers).toEqual([
      "SKU",
      "Device name",
      "Type",
      "Setting",
      "Notes",
    ]);
    expect(fake.sheet("Portfolio").validation("D4")).toMatchObject({
      list: { source: PRODUCT_TYPES.join(",") },
    });

    const outcome = await classifyWorkbook({});
    expect(outcome.summary.classified).toBe(3);
    // The pathway block starts right of the user's last column, inside the grown table.
    expect(fake.sheet("Portfolio").cellValues("G3")).toEqual([["Pathway"]]);
    expect(fake.table("Products")?.address).toBe(
      `Portfolio!B3:${columnLetters(6 + PATHWAY_COLUMN_IDS.length - 1)}6`
    );
  });

  it("recognises a table with another name, and reports nothing where there is nothing", async () => {
    const fake = new FakeExcel();
    current = fake;
    fake.setValues("Data", "A1", [HEADERS, ...productRows(2)]);
    fake.addTable("Data", "A1:G3", "Table1");
    fake.addSheet("Empty");
    fake.activate("Empty");
    uninstall = fake.install();
    expect(await detectProducts()).toMatchObject({
      found: true,
      tableName: "Table1",
      sheetName: "Data",
      dataRowCount: 2,
    });

    const bare = new FakeExcel();
    bare.addSheet("Sheet1");
    uninstall();
    uninstall = bare.install();
    expect(await detectProducts()).toEqual({ found: false, dataRowCount: 0 });
    await expect(classifyWorkbook({})).rejects.toThrow(/No Products table found/);
  });
});

describe("Classify: writes readable tables", () => {
  it("writes pathway columns into the Products table, Evidence and Strategy on their own sheets, formatted", async () => {
    const fake = setup(8);
    const outcome = await classifyWorkbook({ locale: "en" });
    expect(outcome).toMatchObject({
      cancelled: false,
      conflicts: 0,
      wroteTables: ["Products", "Evidence", "Strategy", "Roadmap", "RoadmapQuarters", "Economics"],
    });
    expect(outcome.summary.classified).toBe(8);

    const products = fake.table("Products")!;
    expect(products.headers.slice(PATHWAY_AT, PATHWAY_AT + 2)).toEqual([
      "Pathway",
      "Target code system",
    ]);
    expect(products.rows[0][PATHWAY_AT]).toBe("Existing CPT");
    expect(products.rows[1][PATHWAY_AT]).toBe("Existing HCPCS II");
    // Input columns untouched.
    expect(products.rows.map((r) => r.slice(0, HEADERS.length))).toEqual(
      productRows(8).map((r) => r.map((v) => (typeof v === "string" ? v.replace(/^'/, "") : v)))
    );

    const sheet = fake.sheet("Products");
    expect(sheet.format(`${col("rationale")}2`, "wrapText")).toBe(true);
    expect(sheet.columnWidth(col("rationale"))).toBeGreaterThan(sheet.columnWidth(col("pathway"))!);
    expect(sheet.frozenRows).toBe(1);
    const fills = sheet.conditionalFormats.filter(
      (f) => f.address === `${col("pathway")}2:${col("pathway")}9`
    );
    // Every language's label, so a sheet re-run in the other language keeps its colours.
    expect(fills.map((f) => f.text)).toEqual([
      "Existing CPT",
      "Existing HCPCS II",
      "Unlisted / NOC (temporary)",
      "New code strategy",
      "现有 CPT",
      "现有 HCPCS II",
      "未列明 / NOC（临时）",
      "新编码策略",
    ]);
    expect(new Set(fills.map((f) => f.fill)).size).toBe(4);

    const evidence = fake.table("Evidence")!;
    expect(evidence.sheetName).toBe("Evidence");
    expect(evidence.rows.length).toBeGreaterThanOrEqual(8);
    expect(evidence.showFilterButton).toBe(true);
    expect(fake.sheet("Evidence").frozenRows).toBe(1);
    expect(fake.sheet("Evidence").format(`${evCol("why")}2`, "wrapText")).toBe(true);
    expect(fake.table("Strategy")!.rows).toHaveLength(8);
    expect(fake.sheet(RECORD_SHEET).visibility).toBe("VeryHidden");
    expect(formulas(fake)).toEqual([]);
  });

  it("lists bad rows with row, column and allowed values; selecting a problem selects its cell", async () => {
    const fake = setup(3);
    fake.setValues("Products", "D3", [["ofice"]]);
    const outcome = await classifyWorkbook({ locale: "en" });
    expect(outcome.summary.classified).toBe(2);
    const problem = outcome.problems.find((p) => p.column === "siteOfCare");
    expect(problem).toMatchObject({ sheetName: "Products", address: "D3", rowNumber: 3 });
    expect(problem!.text).toMatch(/Row 3, column "Site of care".*ofice.*Allowed: office/);
    expect(
      fake.table("Products")!.rows[1][PATHWAY_AT + PATHWAY_COLUMN_IDS.indexOf("inputProblems")]
    ).toMatch(/ofice/);
    await selectCell(problem!.sheetName, problem!.address);
    expect(fake.selection).toEqual({ sheetName: "Products", address: "D3" });
  });

  it("records and reads the reference-data vintage", async () => {
    setup(1);
    expect(await readRecordedVintage()).toBeUndefined();
    await recordVintage("PFS CY2026 RVU26C (July)");
    expect(await readRecordedVintage()).toBe("PFS CY2026 RVU26C (July)");
  });
});

describe("text is written as text", () => {
  it.each([
    ['=HYPERLINK("http://x","y")'],
    ["+1"],
    ["-5 mg dose pack"],
    ["@risk monitor"],
    ["=1+1"],
    ["00123"],
    ["TRUE"],
    ["'quoted"],
  ])("a product named %s stays that exact text in every table", async (name) => {
    const fake = setup(2);
    fake.setValues("Products", "A2:B2", [["'00042", `'${name}`]]);
    expect(fake.sheet("Products").cellValues("B2")).toEqual([[name]]);
    await classifyWorkbook({ locale: "en" });
    expect(formulas(fake)).toEqual([]);
    const strategy = fake.table("Strategy")!;
    expect(strategy.rows[0].slice(0, 2)).toEqual(["00042", name]);
    const evidence = fake.table("Evidence")!;
    expect(evidence.rows.filter((r) => r[1] === name).length).toBeGreaterThan(0);
    expect(evidence.rows.every((r) => r[0] === "00042" || r[0] === "P-00002")).toBe(true);
  });
});

describe("re-running", () => {
  it("keeps Evidence status, owner and notes, even when new products shift the rows", async () => {
    const fake = setup(4);
    await classifyWorkbook({ locale: "en" });
    const before = fake.table("Evidence")!;
    const target = before.rows.findIndex((r) => r[0] === "P-00003");
    const sheetRow = target + 2;
    fake.setValues("Evidence", `${evCol("status")}${sheetRow}`, [
      ["in progress", "Dr. Chen (KOL)", "'=call Monday"],
    ]);
    const item = before.rows[target][2];

    // Two new products above P-00003 in sheet order: the table grows, rows shift.
    fake.setValues("Products", "A6", productRows(2, 5));
    fake.state.tables.find((t) => t.name === "Products")!.rect.r1 = 6;
    const confirm = jest.fn(async () => false);
    const outcome = await classifyWorkbook({ locale: "en", confirmOverwrite: confirm });
    expect(confirm).not.toHaveBeenCalled();
    expect(outcome.conflicts).toBe(0);

    const after = fake.table("Evidence")!;
    const row = after.rows.find((r) => r[0] === "P-00003" && r[2] === item)!;
    const at = (id: (typeof EVIDENCE_COLUMN_IDS)[number]): unknown =>
      row[EVIDENCE_COLUMN_IDS.indexOf(id)];
    expect([at("status"), at("owner"), at("notes")]).toEqual([
      "in progress",
      "Dr. Chen (KOL)",
      "=call Monday",
    ]);
    expect(after.rows.some((r) => r[0] === "P-00006")).toBe(true);
    expect(formulas(fake)).toEqual([]);
  });

  it("asks before overwriting an output cell the user edited, and keeps it when the user declines", async () => {
    const fake = setup(3);
    await classifyWorkbook({ locale: "en" });
    const cell = `${col("nextGate")}3`;
    const written = fake.sheet("Products").cellValues(cell)[0][0];
    fake.setValues("Products", cell, [["Ask distributor first"]]);

    const decline = jest.fn(async () => false);
    const outcome = await classifyWorkbook({ locale: "en", confirmOverwrite: decline });
    expect(outcome.conflicts).toBe(1);
    expect(decline).toHaveBeenCalledWith([
      {
        sheetName: "Products",
        address: cell,
        column: "Next gate",
        current: "Ask distributor first",
        next: written,
      },
    ]);
    expect(fake.sheet("Products").cellValues(cell)).toEqual([["Ask distributor first"]]);

    // Still the user's cell on the next run: asked again; accepting overwrites it.
    const accept = jest.fn(async () => true);
    await classifyWorkbook({ locale: "en", confirmOverwrite: accept });
    expect(accept).toHaveBeenCalledTimes(1);
    expect(fake.sheet("Products").cellValues(cell)).toEqual([[written]]);

    // And after that it is the add-in's own output again: no question.
    const none = jest.fn(async () => true);
    expect((await classifyWorkbook({ locale: "en", confirmOverwrite: none })).conflicts).toBe(0);
    expect(none).not.toHaveBeenCalled();
  });

  it("asks about the user's cells in the way of the first run (beside the table, on an Evidence sheet)", async () => {
    const fake = setup(2);
    fake.setValues("Products", `${col("pathway")}3`, [["my column"]]);
    fake.setValues("Evidence", "C2", [["draft"]]);
    const decline = jest.fn(async () => false);
    const outcome = await classifyWorkbook({ locale: "en", confirmOverwrite: decline });
    expect(outcome.conflicts).toBe(2);
    const asked = (
      decline.mock.calls[0] as unknown as [{ address: string; sheetName: string }[]]
    )[0];
    expect(asked.map((c) => `${c.sheetName}!${c.address}`)).toEqual([
      `Products!${col("pathway")}3`,
      "Evidence!C2",
    ]);
    expect(fake.sheet("Products").cellValues(`${col("pathway")}3`)).toEqual([["my column"]]);
    expect(fake.sheet("Evidence").cellValues("C2")).toEqual([["draft"]]);
    expect(fake.sheet("Products").cellValues(`${col("pathway")}2`)).toEqual([["Existing CPT"]]);
  });

  it("still knows its own output after the user inserts an input column before it", async () => {
    const fake = setup(3);
    await classifyWorkbook({ locale: "en" });
    // The user inserts a "Notes" column at C: everything from C rightwards moves one column.
    const sheet = fake.state.sheetByName("Products")!;
    sheet.rows.forEach((row, r) => row?.splice(2, 0, r === 0 ? "Notes" : `note ${r}`));
    fake.state.tables.find((t) => t.name === "Products")!.rect.c1 += 1;
    // And changes an input, so the add-in's own cells in that row change too (no question to ask).
    expect(sheet.rows[0][6]).toBe("Code fit");
    sheet.rows[1][6] = "does not";
    const confirm = jest.fn(async () => false);
    const outcome = await classifyWorkbook({ locale: "en", confirmOverwrite: confirm });
    expect(confirm).not.toHaveBeenCalled();
    expect(outcome.conflicts).toBe(0);
    const table = fake.table("Products")!;
    expect(table.headers[2]).toBe("Notes");
    expect(table.headers[PATHWAY_AT + 1]).toBe("Pathway");
    expect(table.rows.map((r) => r[PATHWAY_AT + 1])).toEqual([
      "New code strategy",
      "Existing HCPCS II",
      "New code strategy",
    ]);
  });

  it("a workbook classified in Chinese re-classifies in English over its own output, without questions", async () => {
    const fake = setup(3);
    await classifyWorkbook({ locale: "zh-CN" });
    const zhHeader = fake.table("Products")!.headers[PATHWAY_AT];
    expect(zhHeader).not.toBe("Pathway");
    const confirm = jest.fn(async () => false);
    const outcome = await classifyWorkbook({ locale: "en", confirmOverwrite: confirm });
    expect(confirm).not.toHaveBeenCalled();
    expect(outcome.conflicts).toBe(0);
    const table = fake.table("Products")!;
    expect(table.headers[PATHWAY_AT]).toBe("Pathway");
    expect(table.headers).toHaveLength(PATHWAY_AT + PATHWAY_COLUMN_IDS.length);
    expect(table.headers).not.toContain(zhHeader);
  });

  it("clears its own stale rows when the output shrinks", async () => {
    const fake = setup(4);
    await classifyWorkbook({ locale: "en" });
    const strategyBefore = fake.table("Strategy")!;
    expect(strategyBefore.rows).toHaveLength(4);
    // Two products removed from the table.
    const products = fake.state.tables.find((t) => t.name === "Products")!;
    fake.setValues("Products", "A4", [
      ["", "", "", "", "", "", ""],
      ["", "", "", "", "", "", ""],
    ]);
    products.rect.r1 = 2;
    const confirm = jest.fn(async () => false);
    await classifyWorkbook({ locale: "en", confirmOverwrite: confirm });
    expect(confirm).not.toHaveBeenCalled();
    expect(fake.table("Strategy")!.rows.map((r) => r[0])).toEqual(["P-00001", "P-00002"]);
    expect(fake.sheet("Strategy").cellValues("A4:A5")).toEqual([[""], [""]]);
    expect(fake.sheet("Strategy").cellValues()).toHaveLength(3);
  });
});

describe("Excel without ExcelApi 1.13 (Microsoft 365 builds of 2020: no Table.resize)", () => {
  it("classifies and re-classifies a growing table to the same workbook as current Excel, tables re-created instead of resized", async () => {
    const run = async (excelApi: string): Promise<FakeExcel> => {
      const fake = setup(4, { limits: { excelApi } });
      await classifyWorkbook({ locale: "en" });
      fake.setValues("Products", "A6", productRows(2, 5));
      fake.state.tables.find((t) => t.name === "Products")!.rect.r1 = 6;
      const outcome = await classifyWorkbook({ locale: "en" });
      expect(outcome.summary.classified).toBe(6);
      uninstall?.();
      uninstall = undefined;
      return fake;
    };
    const old = await run("1.12");
    const current = await run("1.20");
    for (const name of ["Products", "Evidence", "Strategy"]) {
      expect(old.table(name)).toEqual(current.table(name));
      expect(old.sheet(old.table(name)!.sheetName).cellValues()).toEqual(
        current.sheet(name).cellValues()
      );
    }
    expect(old.tableNames().sort()).toEqual(current.tableNames().sort());
  });
});

describe("cancel", () => {
  it.each([
    ["before it starts", 0],
    ["after the first round trip", 1],
    ["after discovery", 2],
    ["after reading", 3],
  ])("%s leaves the workbook unchanged", async (_label, afterSync) => {
    const controller = new AbortController();
    const fake = setup(20, { onSync: (n) => n === afterSync && controller.abort() });
    if (afterSync === 0) controller.abort();
    const before = fake.snapshot();
    const outcome = await classifyWorkbook({ locale: "en", signal: controller.signal });
    expect(outcome.cancelled).toBe(true);
    expect(fake.snapshot()).toBe(before);
  });

  it("while the user is asked about a conflict", async () => {
    const fake = setup(3);
    fake.setValues("Products", `${col("pathway")}2`, [["mine"]]);
    const controller = new AbortController();
    const before = fake.snapshot();
    const outcome = await classifyWorkbook({
      signal: controller.signal,
      confirmOverwrite: async () => {
        controller.abort();
        return true;
      },
    });
    expect(outcome.cancelled).toBe(true);
    expect(fake.snapshot()).toBe(before);
  });

  it("reports progress through every phase", async () => {
    setup(5);
    const phases: string[] = [];
    await classifyWorkbook({
      onProgress: (p) => phases[phases.length - 1] !== p.phase && phases.push(p.phase),
    });
    expect(phases).toEqual(["reading", "classifying", "writing", "done"]);
  });
});

describe("Start: the Assumptions table's plan dates", () => {
  it("the Chinese template explains both rows in Chinese; a non-date typed there is listed at its cell", async () => {
    const fake = new FakeExcel();
    current = fake;
    fake.addSheet("Sheet1");
    uninstall = fake.install();
    await insertStarterTables("zh-CN");
    const rows = fake.table("Assumptions")!.rows;
    const asOfRow = rows.findIndex((r) => r[0] === "As-of date");
    expect(rows.slice(3).map((r) => [r[0], r[2], r[3]])).toEqual([
      [
        "As-of date",
        "日期",
        "计划的“今天”：早于该日期的截止期视为已错过，路线图改用下一周期。留空：运行当天。",
      ],
      [
        "Expected FDA date",
        "日期",
        "FDA 状态为已提交、IDE 或未提交且 FDA 决定日期为空的产品所用的预计 FDA 决定日期；产品行自己的日期优先。留空：这些产品不排日期。",
      ],
    ]);
    // Text that is no date in the As-of cell: listed at its cell (a click selects it), and the
    // run classifies every row all the same, on the run date.
    fake.setValues("Assumptions", `B${asOfRow + 2}`, [["not yet"]]);
    const bad = await classifyWorkbook({ locale: "en" });
    expect(bad.problems.map((p) => `${p.sheetName}!${p.address} ${p.severity}`)).toEqual([
      `Assumptions!B${asOfRow + 2} error`,
    ]);
    expect(bad.problems[0].text).toContain('"not yet" is not a date.');
    expect(bad.summary.classified).toBe(2);
  });
});
