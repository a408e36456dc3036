/**
 * The product plan and economics cards in Chromium, in light and dark, English and Chinese, at
 * 320 px: selecting a cell in a Products row shows that product's dated plan (pathway with its
 * colour, Coded from / Paid from, gates as a timeline with estimates marked, evidence progress from
 * the Evidence table's Status), the economics card lists the REIMB functions and inserts an
 * example only into an empty cell (asking before replacing anything), and the selected product's
 * site comparison is a chart with its table, or says why there are no figures. axe-core finds no
 * violation but the documented tabster focus guards (docs/taskpane.md, "Accessibility checks").
 *
 * The in-memory Excel models no events: the spec adds Workbook.onSelectionChanged to every Excel
 * batch from the page, before the Products table exists (the cards subscribe once there is one),
 * and a "click" on a cell moves the selection and raises the event, as Excel does.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { ARTIFACTS, bundleAvailable, eventually, openPane, type OpenPane } from "./support/harness";

const AXE_SOURCE = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** Only axe's aria-hidden-focus on Fluent's tabster focus guards is excused (as in axe.e2e). */
function isTabsterGuard(rule: string, html: string): boolean {
  return rule === "aria-hidden-focus" && /data-tabster-dummy/.test(html);
}

async function axeViolations(page: Page): Promise<Array<{ id: string; nodes: string[] }>> {
  if (!(await page.evaluate(() => "axe" in window)))
    await page.addScriptTag({ content: AXE_SOURCE });
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined))
    )
  );
  const raw = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, o: unknown): Promise<unknown> } })
      .axe;
    const r = (await axe.run(document, { resultTypes: ["violations"] })) as {
      violations: Array<{ id: string; nodes: Array<{ html: string }> }>;
    };
    return r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.html.slice(0, 160)) }));
  });
  return raw
    .map((v) => ({ ...v, nodes: v.nodes.filter((html) => !isTabsterGuard(v.id, html)) }))
    .filter((v) => v.nodes.length > 0);
}

/** Adds Workbook.onSelectionChanged to the page's in-memory Excel (see the header comment). */
async function addSelectionEvents(page: Page): Promise<void> {
  await page.evaluate(() => {
    type Batch = (ctx: { workbook: Record<string, unknown> }) => Promise<unknown>;
    const w = window as unknown as {
      Excel: { run: (...args: unknown[]) => Promise<unknown> };
      __selectionHandlers: Set<() => Promise<unknown>>;
    };
    const handlers = new Set<() => Promise<unknown>>();
    w.__selectionHandlers = handlers;
    const run = w.Excel.run;
    w.Excel.run = (...args: unknown[]) => {
      const batch = args[args.length - 1] as Batch;
      return run(async (ctx: { workbook: Record<string, unknown> }) => {
        ctx.workbook.onSelectionChanged = {
          add(handler: () => Promise<unknown>) {
            handlers.add(handler);
            return { context: ctx, remove: () => handlers.delete(handler) };
          },
        };
        return batch(ctx);
      });
    };
  });
}

/** The user clicks a cell: Excel selects it and raises onSelectionChanged. */
async function clickCell(page: Page, sheet: string, address: string): Promise<void> {
  await page.evaluate(
    async ([s, a]) => {
      const w = window as unknown as {
        Excel: {
          run: (
            b: (ctx: {
              workbook: {
                worksheets: { getItem(n: string): { getRange(a: string): { select(): void } } };
              };
              sync(): Promise<void>;
            }) => Promise<void>
          ) => Promise<void>;
        };
        __selectionHandlers: Set<() => Promise<unknown>>;
      };
      await w.Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem(s).getRange(a).select();
        await ctx.sync();
      });
      await Promise.all([...w.__selectionHandlers].map((h) => h()));
    },
    [sheet, address] as const
  );
}

async function cardShot(pane: OpenPane, testId: string, name: string): Promise<void> {
  await pane.page.getByTestId(testId).screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

const data = bundleAvailable();
if (!data) console.log("plan.e2e: site comparison checked without CMS data (npm run data:bundle)");

const COMBOS: ReadonlyArray<["light" | "dark", "en-US" | "zh-CN"]> = [
  ["light", "en-US"],
  ["dark", "en-US"],
  ["light", "zh-CN"],
];

describe.each(COMBOS)("product plan and economics (%s, %s, 320 px)", (theme, locale) => {
  const zh = locale === "zh-CN";
  const tag = `${theme}-${locale}`;
  let pane: OpenPane;
  beforeAll(async () => {
    pane = await openPane({ theme, locale, width: 320, seed: "empty", data });
    await addSelectionEvents(pane.page);
    await pane.page.click('[data-testid="insert"]');
    await pane.page.getByTestId("notice-start").waitFor();
  });
  afterAll(async () => {
    await pane?.close();
  });

  test("1: selecting a cell in a product row shows its dated plan", async () => {
    const { page } = pane;
    await eventually(
      () =>
        page.evaluate(
          () =>
            (window as unknown as { __selectionHandlers: Set<unknown> }).__selectionHandlers.size
        ),
      (n) => n === 1,
      "the plan card listens to selection changes"
    );
    // EX-002: a De Novo procedure device without a code, in the hospital outpatient department.
    await clickCell(page, "Products", "C3");
    const heading = page.getByTestId("plan-heading");
    await heading.waitFor();
    expect(await heading.textContent()).toContain("EX-002");
    const steps = page.getByTestId("plan-milestone");
    expect(await steps.count()).toBeGreaterThan(2);
    // The timeline is an ordered list named by its visible label.
    const list = page.getByTestId("plan-timeline");
    expect(await list.evaluate((el) => el.tagName)).toBe("OL");
    const labelled = await list.evaluate(
      (el) => document.getElementById(el.getAttribute("aria-labelledby") ?? "")?.textContent ?? ""
    );
    expect(labelled).toBe(zh ? "关口与日期" : "Gates and dates");
    // Every estimate is marked in words, not only by its hollow dot.
    const estimates = page.locator('[data-testid="plan-milestone"][data-estimate="true"]');
    expect(await estimates.count()).toBeGreaterThan(0);
    expect(await estimates.first().getByTestId("plan-estimate").textContent()).toBe(
      zh ? "估计" : "Estimate"
    );
    const paid = (await page.getByTestId("plan-paid-from").textContent()) ?? "";
    expect(paid).toMatch(zh ? /可支付日期/ : /Paid from/);
    expect(await page.getByTestId("plan-pathway").textContent()).toMatch(
      zh ? /新编码策略|New code/ : /New code strategy/
    );
    // The card fits the pane: nothing wider than 320 px.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    );
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
    await cardShot(pane, "section-plan", `plan-01-timeline-${tag}`);
    await pane.screenshot(`plan-01-pane-${tag}`);
  });

  test("2: evidence progress counts the Evidence table's Status for that product", async () => {
    const { page, excel } = pane;
    expect(await page.getByTestId("plan-evidence").textContent()).toContain("EX-002");
    await page.click('[data-testid="classify"]');
    await page.getByTestId("notice-classify").waitFor();
    // The Evidence table now has the product's items, none done.
    await eventually(
      async () => (await page.getByTestId("plan-evidence").textContent()) ?? "",
      (t) => (zh ? /已完成 0 \/ \d+ 项/ : /0 of \d+ items done/).test(t),
      "evidence 0 of n"
    );
    // The add-in names its sheets in the user's language (证据清单 in Chinese).
    const evidenceSheet = zh ? "证据清单" : "Evidence";
    const sheet = await excel.values(evidenceSheet);
    const status = sheet[0].indexOf(zh ? "状态" : "Status");
    const row = sheet.findIndex((r) => r[0] === "EX-002");
    expect(status).toBeGreaterThan(0);
    expect(row).toBeGreaterThan(0);
    await excel.setCell(
      evidenceSheet,
      `${String.fromCharCode(65 + status)}${row + 1}`,
      zh ? "已完成" : "Done"
    );
    await page.click('[data-testid="plan-show-selected"]');
    await eventually(
      async () => (await page.getByTestId("plan-evidence").textContent()) ?? "",
      (t) => (zh ? /已完成 1 \/ \d+ 项/ : /1 of \d+ items done/).test(t),
      "evidence 1 of n"
    );
    expect(await page.getByTestId("plan-evidence").getByRole("progressbar").count()).toBe(1);
    await cardShot(pane, "section-plan", `plan-02-evidence-${tag}`);
  });

  test("3: the selected product's site comparison, or why there are no figures", async () => {
    const { page } = pane;
    // EX-001: remote monitoring, candidate codes 99454, 99457.
    await clickCell(page, "Products", "B2");
    await eventually(
      async () => (await page.getByTestId("plan-heading").textContent()) ?? "",
      (t) => t.includes("EX-001"),
      "EX-001 planned"
    );
    const sites = page.getByTestId("econ-sites");
    expect(await sites.textContent()).toContain("99454");
    if (data) {
      await page.getByTestId("site-chart").waitFor();
      const bars = await page.getByTestId("site-bar").count();
      const rows = await page.getByTestId("site-table").locator("tbody tr").count();
      expect(bars).toBe(rows);
      expect(rows).toBeGreaterThan(0);
      expect(await page.getByTestId("site-table").textContent()).toMatch(/\$\d/);
    } else {
      await page.getByTestId("econ-no-figures").waitFor();
      expect(await sites.textContent()).not.toContain("$0.00");
    }
    expect(await axeViolations(page)).toEqual([]);
    await cardShot(pane, "section-economics", `plan-03-economics-${tag}`);
  });

  test("4: Insert example writes only into an empty cell, and asks before replacing", async () => {
    const { page, excel } = pane;
    await clickCell(page, "Products", "T20");
    await page.getByTestId("plan-off-row").waitFor();
    await page.click('[data-testid="econ-insert-PFS"]');
    await page.getByTestId("econ-result").waitFor();
    expect(await page.getByTestId("econ-result").textContent()).toContain('=REIMB.PFS("99213")');
    // The same click again: the cell is not empty, so the pane asks and writes nothing yet.
    await page.click('[data-testid="econ-insert-ASC"]');
    const ask = page.getByTestId("econ-occupied");
    await ask.waitFor();
    expect(await ask.textContent()).toContain('=REIMB.PFS("99213")');
    expect(await axeViolations(page)).toEqual([]);
    await cardShot(pane, "section-economics", `plan-04-ask-${tag}`);
    await page.click('[data-testid="econ-keep"]');
    await page.getByTestId("econ-result").waitFor();
    const formulas = await page.evaluate(async () => {
      const w = window as unknown as {
        Excel: {
          run: <T>(
            b: (ctx: {
              workbook: {
                worksheets: {
                  getItem(n: string): {
                    getRange(a: string): { load(p: string): { formulas: unknown[][] } };
                  };
                };
              };
              sync(): Promise<void>;
            }) => Promise<T>
          ) => Promise<T>;
        };
      };
      return w.Excel.run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("Products").getRange("T20").load("formulas");
        await ctx.sync();
        return r.formulas;
      });
    });
    expect(formulas).toEqual([['=REIMB.PFS("99213")']]);
    await page.click('[data-testid="econ-insert-ASC"]');
    await ask.waitFor();
    await page.click('[data-testid="econ-replace"]');
    await eventually(
      async () => (await page.getByTestId("econ-result").textContent()) ?? "",
      (t) => t.includes('=REIMB.ASC("66984")'),
      "replaced"
    );
    expect(await excel.syncCount()).toBeGreaterThan(0);
    await pane.screenshot(`plan-04-pane-${tag}`);
  });
});
