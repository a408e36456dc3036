/**
 * Start, adopting an existing table: a workbook that already has a product list in the user's own words. The pane shows
 * which columns it recognised (and from which header), which required ones are missing, and turns
 * the header row into the Products table without changing a cell the user typed.
 */
import { openPane, type OpenPane } from "./support/harness";

describe("adopting an existing header row", () => {
  let pane: OpenPane | undefined;
  afterEach(async () => {
    await pane?.close();
    pane = undefined;
  });

  test("a list missing a required column: recognised and missing columns shown, classify blocked", async () => {
    pane = await openPane({ seed: "headerRow" });
    const { page } = pane;
    await page.waitForSelector('[data-testid="adopt"]');
    expect(await page.textContent('[data-testid="start-status"]')).toBe(
      "Header row found on Portfolio (Portfolio!A2:E4), not yet an Excel table."
    );
    const recognised = await page
      .locator('[data-testid="recognised-columns"] [data-testid="column-tag"]')
      .allTextContents();
    expect(recognised).toEqual([
      "Product ID ← SKU",
      "Product ← Name",
      "Site of care ← POS",
      "FDA status",
    ]);
    expect(
      await page
        .locator('[data-testid="missing-required"] [data-testid="column-tag"]')
        .allTextContents()
    ).toEqual(["Product type"]);
    expect(await page.textContent('[data-testid="section-start"]')).toContain("Launch wave");
    expect(await page.isDisabled('[data-testid="classify"]')).toBe(true);
    expect(await page.textContent('[data-testid="section-classify"]')).toContain(
      "Add the missing required columns before classifying."
    );
    await pane.screenshot("09-adopt-missing-light");
  });

  test("a complete list becomes the Products table and classifies, its own cells untouched", async () => {
    pane = await openPane({ seed: "headerRowComplete", theme: "dark" });
    const { page, excel } = pane;
    const before = await excel.range("Portfolio", "A1:F4");
    await page.click('[data-testid="adopt"]');
    await page.waitForSelector('[data-testid="classify"]:not([disabled])');
    expect(await excel.tableNames()).toContain("Products");
    expect(await page.textContent('[data-testid="notice-start"]')).toContain(
      "Your header row is now the Products table."
    );
    await page.click('[data-testid="classify"]');
    await page.waitForSelector('[data-testid="summary"]');
    expect(await page.textContent('[data-testid="summary-classified"]')).toBe("2");
    expect(await excel.range("Portfolio", "A1:F4")).toEqual(before);
    const rows = await excel.tableRows("Products");
    expect(rows.map((r) => r["SKU"])).toEqual(["HX-100", "HX-200"]);
    expect(rows.every((r) => typeof r["Pathway"] === "string" && r["Pathway"] !== "")).toBe(true);
    await pane.screenshot("09-adopt-classified-dark");
    expect(pane.errors).toEqual([]);
  });
});
