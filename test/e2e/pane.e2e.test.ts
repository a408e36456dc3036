/**
 * The pane as a person meets it: fits a 320 px pane without sideways scrolling, reads in English
 * and Simplified Chinese, every control is reachable with Tab and has an accessible name.
 */
import type { Page } from "playwright-core";
import { eventually, openPane, type OpenPane } from "./support/harness";

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth
  );
}

/** Controls without an accessible name (text, aria-label or aria-labelledby), by their markup. */
async function unnamedControls(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>("button, input, [role='button'], a[href]"))
      .filter((el) => !(el instanceof HTMLInputElement && el.type === "file"))
      .filter((el) => {
        const labelledBy = el.getAttribute("aria-labelledby");
        const named =
          (el.getAttribute("aria-label") ?? "").trim() !== "" ||
          (labelledBy !== null &&
            labelledBy
              .split(" ")
              .some((id) => (document.getElementById(id)?.textContent ?? "").trim() !== "")) ||
          (el.textContent ?? "").trim() !== "";
        return !named;
      })
      .map((el) => el.outerHTML.slice(0, 120))
  );
}

/** data-testids of the controls Tab reaches, in order, starting from the top of the page. */
async function tabOrder(page: Page, steps = 30): Promise<string[]> {
  // Focusing the body moves the sequential-navigation start to the top of the page.
  await page.evaluate(() => {
    document.body.tabIndex = -1;
    document.body.focus();
  });
  const seen: string[] = [];
  for (let i = 0; i < steps; i++) {
    await page.keyboard.press("Tab");
    const id = await page.evaluate(
      () =>
        document.activeElement?.getAttribute("data-testid") ?? document.activeElement?.tagName ?? ""
    );
    if (seen.includes(id) || id === "BODY") break;
    seen.push(id);
  }
  return seen;
}

async function classifiedWithABadRow(pane: OpenPane): Promise<void> {
  await pane.page.click('[data-testid="insert"]');
  await pane.page.waitForSelector('[data-testid="classify"]:not([disabled])');
  await pane.excel.appendTableRow("Products", [
    "P-003",
    "Home INR monitor",
    "home-use durable equipment",
    "ofice",
  ]);
  await pane.excel.appendTableRow("Products", [
    "P-004",
    "Wound matrix",
    "skin substitue",
    "hospital outpatient",
  ]);
  await pane.page.click('[data-testid="classify"]');
  await pane.page.waitForSelector('[data-testid="problem"]');
}

describe.each([
  ["light", "en-US"],
  ["dark", "en-US"],
  ["light", "zh-CN"],
  ["dark", "zh-CN"],
] as const)("pane at 320 px (%s, %s)", (theme, locale) => {
  let pane: OpenPane;
  beforeAll(async () => {
    pane = await openPane({ theme, locale, seed: "empty" });
  });
  afterAll(async () => {
    await pane?.close();
  });

  test("no sideways scrolling and every control named, before and after a classification", async () => {
    const { page } = pane;
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await unnamedControls(page)).toEqual([]);
    await classifiedWithABadRow(pane);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    expect(await unnamedControls(page)).toEqual([]);
    if (locale === "zh-CN") {
      expect(await page.textContent('[data-testid="section-classify"]')).toContain("重新分类");
      expect(await page.textContent('[data-testid="problem"]')).toContain("第 4 行");
      await pane.screenshot(`12-classified-zh-CN-${theme}`);
    }
  });

  test("Tab reaches every action in reading order; the problem list is one stop", async () => {
    const order = await tabOrder(pane.page);
    const actions = ["recheck", "classify", "problem", "load-data"];
    const positions = actions.map((a) => order.indexOf(a));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(await pane.page.locator('[data-testid="problem"]').count()).toBe(2);
    expect(order.filter((id) => id === "problem").length).toBe(1);
  });

  test("arrow keys move between problems; Enter selects the focused problem's cell", async () => {
    const { page, excel } = pane;
    const addresses = await page
      .locator('[data-testid="problem"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute("data-address")));
    expect(addresses).toEqual(["Products!D4", "Products!C5"]);
    await page.focus('[data-testid="problem"]');
    // Down passes the first problem's fix and allowed-values controls, then reaches the next problem.
    const focused = (): Promise<string | null | undefined> =>
      page.evaluate(() => document.activeElement?.getAttribute("data-address"));
    for (let i = 0; i < 4 && (await focused()) !== "Products!C5"; i++)
      await page.keyboard.press("ArrowDown");
    expect(await focused()).toBe("Products!C5");
    await page.keyboard.press("Enter");
    await eventually(
      () => excel.selection(),
      (s) => s === "Products!C5",
      "selection after Enter"
    );
    for (let i = 0; i < 4 && (await focused()) !== "Products!D4"; i++)
      await page.keyboard.press("ArrowUp");
    expect(await focused()).toBe("Products!D4");
  });

  test("the document language follows the pane's", async () => {
    expect(await pane.page.evaluate(() => document.documentElement.lang)).toBe(
      locale === "zh-CN" ? "zh-CN" : "en"
    );
    expect(pane.errors).toEqual([]);
  });
});
