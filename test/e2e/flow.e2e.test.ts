/**
 * Start → Classify in a real browser, as a finance analyst does it: insert the starter tables, classify,
 * see the bad row listed, jump to it, fix it, type evidence status, classify again — and nothing the
 * user typed is lost. Screenshots of every step (320 × 800) go to test-artifacts/e2e/.
 */
import { eventually, openPane, type OpenPane } from "./support/harness";
import { cellAddress, valueAt } from "./support/workbook";

const BAD_ROW = ["P-003", "Home INR monitor", "home-use durable equipment", "ofice"];

async function classify(pane: OpenPane): Promise<void> {
  const { page } = pane;
  await page.click('[data-testid="classify"]');
  await page.waitForSelector('[data-testid="classify"]:not([disabled])');
  await page.waitForSelector('[data-testid="summary"]');
}

describe.each(["light", "dark"] as const)("Start → Classify flow (%s theme)", (theme) => {
  let pane: OpenPane;
  const shot = (step: string): Promise<string> => pane.screenshot(`${step}-${theme}`);

  beforeAll(async () => {
    pane = await openPane({ theme, seed: "empty" });
  });
  afterAll(async () => {
    await pane?.close();
  });

  test("a new workbook: the pane offers the starter tables and cannot classify yet", async () => {
    const { page } = pane;
    await page.waitForSelector('[data-testid="insert"]');
    expect(await page.textContent('[data-testid="start-status"]')).toMatch(/No Products table/);
    expect(await page.isDisabled('[data-testid="classify"]')).toBe(true);
    await shot("01-start");
  });

  test("insert: Products table with canonical headers, drop-down lists and two examples; Assumptions table", async () => {
    const { page, excel } = pane;
    await page.click('[data-testid="insert"]');
    await page.waitForSelector('[data-testid="classify"]:not([disabled])');
    expect(await excel.tableNames()).toEqual(expect.arrayContaining(["Products", "Assumptions"]));
    const products = await excel.values("Products");
    expect(products[0].slice(0, 4)).toEqual([
      "Product ID",
      "Product",
      "Product type",
      "Site of care",
    ]);
    expect(products.length).toBe(3);
    expect(await excel.validation("Products", "D2")).toBeDefined();
    expect(await page.textContent('[data-testid="start-status"]')).toBe(
      "Products table on sheet Products. Products: 2."
    );
    expect(await page.textContent('[data-testid="notice-start"]')).toMatch(
      /Inserted the Products table/
    );
    await shot("02-inserted");
  });

  test("classify: pathway columns, Evidence and Strategy written; the bad row listed with allowed values", async () => {
    const { page, excel } = pane;
    const bad = await excel.appendTableRow("Products", BAD_ROW);
    expect(bad).toBe("Products!A4");
    await classify(pane);
    expect(await page.textContent('[data-testid="summary-rows"]')).toBe("3");
    expect(await page.textContent('[data-testid="summary-classified"]')).toBe("2");
    expect(await page.textContent('[data-testid="summary-problems"]')).toBe("1");
    expect(await excel.tableNames()).toEqual(expect.arrayContaining(["Evidence", "Strategy"]));
    // The Start card follows the table: the row typed below it is now one of its products.
    expect(await page.textContent('[data-testid="start-status"]')).toBe(
      "Products table on sheet Products. Products: 3."
    );
    const evidence = await excel.tableRows("Evidence");
    expect(evidence.length).toBeGreaterThan(2);
    expect(new Set(evidence.map((r) => r["Product ID"]))).toEqual(new Set(["EX-001", "EX-002"]));
    expect((await excel.tableRows("Strategy")).map((r) => r["Product ID"])).toEqual([
      "EX-001",
      "EX-002",
    ]);
    const problem = page.locator('[data-testid="problem"][data-address="Products!D4"]');
    await problem.waitFor();
    const text = await problem.textContent();
    expect(text).toContain("Row 4");
    expect(text).toContain("Site of care");
    expect(text).toContain("ofice");
    expect(text).toContain("office");
    // Pathway labels and colours in the pane are the sheet's.
    expect(await page.textContent('[data-testid="by-pathway"]')).toMatch(
      /Existing CPT|Existing HCPCS II|Unlisted|New code strategy/
    );
    await shot("03-classified");
  });

  test("selecting a problem (click, or Enter from the keyboard) selects its cell in Excel", async () => {
    const { page, excel } = pane;
    await page.click('[data-testid="problem"][data-address="Products!D4"]');
    await eventually(
      () => excel.selection(),
      (s) => s === "Products!D4",
      "selection after click"
    );
    expect(
      await page.getAttribute('[data-testid="problem"][data-address="Products!D4"]', "aria-current")
    ).toBe("true");
    // Keyboard: Tab from the Classify button reaches the problem list; Enter goes to the cell.
    await excel.clearSelection();
    await page.focus('[data-testid="classify"]');
    for (let i = 0; i < 10; i++) {
      await page.keyboard.press("Tab");
      if (
        await page.evaluate(() => document.activeElement?.getAttribute("data-testid") === "problem")
      )
        break;
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-address"))).toBe(
      "Products!D4"
    );
    await page.keyboard.press("Enter");
    await eventually(
      () => excel.selection(),
      (s) => s === "Products!D4",
      "selection after Enter"
    );
    await shot("04-problem-selected");
  });

  test("fix the row, type evidence status, re-run: problem gone, status and owner kept, no question asked", async () => {
    const { page, excel } = pane;
    const grid = await excel.values("Evidence");
    const itemId = grid[1][grid[0].indexOf("Item ID")];
    const status = cellAddress(grid, "Status", { "Product ID": "EX-001", "Item ID": itemId });
    const owner = cellAddress(grid, "Owner", { "Product ID": "EX-001", "Item ID": itemId });
    await excel.setCell("Evidence", status, "in progress");
    await excel.setCell("Evidence", owner, "Li Wei (market access)");
    await excel.setCell("Products", "D4", "home");
    await classify(pane);
    expect(await page.isVisible('[data-testid="overwrite-dialog"]')).toBe(false);
    await page.waitForSelector('[data-testid="problems-none"]');
    expect(await page.textContent('[data-testid="summary-classified"]')).toBe("3");
    const after = await excel.values("Evidence");
    expect(
      valueAt(after, cellAddress(after, "Status", { "Product ID": "EX-001", "Item ID": itemId }))
    ).toBe("in progress");
    expect(
      valueAt(after, cellAddress(after, "Owner", { "Product ID": "EX-001", "Item ID": itemId }))
    ).toBe("Li Wei (market access)");
    expect(new Set((await excel.tableRows("Evidence")).map((r) => r["Product ID"]))).toEqual(
      new Set(["EX-001", "EX-002", "P-003"])
    );
    await shot("05-rerun-clean");
  });

  test("a cell the add-in wrote but the user changed is never overwritten without asking", async () => {
    const { page, excel } = pane;
    const products = await excel.values("Products");
    const pathwayCell = cellAddress(products, "Pathway", { "Product ID": "EX-001" });
    const written = valueAt(products, pathwayCell);
    await excel.setCell("Products", pathwayCell, "Check with the MAC first");

    await page.click('[data-testid="classify"]');
    await page.waitForSelector('[data-testid="overwrite-dialog"]');
    const listed = await page.locator('[data-testid="conflict"]').allTextContents();
    expect(listed.join(" ")).toContain(`Products!${pathwayCell}`);
    expect(listed.join(" ")).toContain("Check with the MAC first");
    await pane.screenshot(`06-overwrite-dialog-${theme}`, { viewport: true });
    await page.click('[data-testid="keep"]');
    await page.waitForSelector('[data-testid="overwrite-dialog"]', { state: "detached" });
    await page.waitForSelector('[data-testid="classify"]:not([disabled])');
    expect(valueAt(await excel.values("Products"), pathwayCell)).toBe("Check with the MAC first");

    // Asked again on the next run (the user's value is still not the add-in's); this time overwrite.
    await page.click('[data-testid="classify"]');
    await page.waitForSelector('[data-testid="overwrite-dialog"]');
    await page.click('[data-testid="overwrite"]');
    await page.waitForSelector('[data-testid="classify"]:not([disabled])');
    expect(valueAt(await excel.values("Products"), pathwayCell)).toBe(written);
  });

  test("cancel during a run: nothing is written and the pane says so", async () => {
    const { page, excel } = pane;
    const before = JSON.stringify(await excel.values("Evidence"));
    await excel.setCell("Products", "D2", "office");
    await excel.hold();
    await page.click('[data-testid="classify"]');
    await page.waitForSelector('[data-testid="cancel"]');
    await eventually(
      () => excel.waitingSyncs(),
      (n) => n > 0,
      "a sync waiting on the hold"
    );
    await page.waitForSelector('[data-testid="classify-progress"]');
    await shot("07-progress");
    await page.click('[data-testid="cancel"]');
    await excel.release();
    await page.waitForSelector('[data-testid="notice-classify"][data-intent="warning"]');
    expect(await page.textContent('[data-testid="notice-classify"]')).toMatch(/Cancelled/);
    expect(JSON.stringify(await excel.values("Evidence"))).toBe(before);
    expect(await page.isDisabled('[data-testid="classify"]')).toBe(false);
    // The last completed run's results stay on show: they are what the workbook holds.
    expect(await page.textContent('[data-testid="summary-classified"]')).toBe("3");
    await shot("08-cancelled");
  });

  test("the page logged no errors", () => {
    expect(pane.errors).toEqual([]);
  });
});
