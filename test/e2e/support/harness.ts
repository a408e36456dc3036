/**
 * Opens the built pane harness (test-artifacts/harness, built by `npm run test:e2e`) in Debian's
 * headless Chromium at task-pane size. Other specs use `openPane` and the `excel` handle to look at
 * and type into the in-memory workbook, exactly as a user would in Excel.
 */
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as path from "path";
import { chromium, type Browser, type Page } from "playwright-core";

export const ROOT = path.resolve(__dirname, "../../..");
export const HARNESS = path.join(ROOT, "test-artifacts/harness/index.html");
export const ARTIFACTS = path.join(ROOT, "test-artifacts/e2e");
/** The CMS reference bundle (`npm run data:bundle`), served beside the harness as in dist/. */
export const BUNDLE = path.join(ROOT, ".data/reference.json.gz");

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".gz": "application/gzip",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

/**
 * The harness served over HTTP on 127.0.0.1, as Office serves the add-in: the page can then fetch
 * the bundled CMS data (file:// pages cannot). `reference.json.gz` is served only to panes opened
 * with `data: true`; other panes get a 404, as an add-in deployed without data would.
 */
async function serveHarness(
  withData: boolean
): Promise<{ origin: string; close(): Promise<void> }> {
  const dir = path.dirname(HARNESS);
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const name = decodeURIComponent(url.pathname).replace(/^\/+/, "") || "index.html";
    const file =
      name === "reference.json.gz"
        ? withData
          ? BUNDLE
          : ""
        : path.join(dir, path.normalize(name));
    if (
      !file ||
      !file.startsWith(name === "reference.json.gz" ? BUNDLE : dir) ||
      !fs.existsSync(file)
    ) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** True when the CMS bundle exists (built from REIMB_DATA_DIR by `npm run data:bundle`). */
export function bundleAvailable(): boolean {
  return fs.existsSync(BUNDLE) && fs.statSync(BUNDLE).size > 1024;
}

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
];

export type CellValue = string | number | boolean | null;

export interface PaneOptions {
  theme?: "light" | "dark";
  locale?: string;
  /** Which workbook the harness starts with (see harness/index.tsx `SEEDS`). */
  seed?: string;
  /** A vintage label the workbook says its numbers came from (as if classified elsewhere). */
  recordedVintage?: string;
  width?: number;
  height?: number;
  /** Serve the CMS reference bundle, so the pane starts with CMS data loaded (as users see it). */
  data?: boolean;
}

/** The in-memory workbook, reached through the page (window.__harness). */
export interface ExcelHandle {
  sheetNames(): Promise<string[]>;
  /** Used range values of a sheet, top-left first (row 0 is the sheet's first used row). */
  values(sheet: string): Promise<CellValue[][]>;
  /** Values of one range, e.g. "D4" or "A1:C3". */
  range(sheet: string, address: string): Promise<CellValue[][]>;
  /** Types into a cell as the user would (the add-in did not write this value). */
  setCell(sheet: string, address: string, value: CellValue): Promise<void>;
  /** The cell Excel has selected, as "Sheet!A1". */
  selection(): Promise<string | undefined>;
  clearSelection(): Promise<void>;
  syncCount(): Promise<number>;
  /** Types a row just below a table, which Excel grows over it; returns the row's first cell. */
  appendTableRow(tableName: string, values: CellValue[]): Promise<string>;
  /** The data-validation rule on a cell (undefined when none). */
  validation(sheet: string, address: string): Promise<unknown>;
  /** While held, every Excel sync waits: a test can act in the middle of a run. */
  hold(): Promise<void>;
  release(): Promise<void>;
  /** Syncs currently waiting on a hold. */
  waitingSyncs(): Promise<number>;
  /** Document settings (what the workbook records, e.g. the data vintage). */
  settings(): Promise<Record<string, unknown>>;
  /** Rows of an Excel table as header → value records. */
  tableRows(tableName: string): Promise<Array<Record<string, CellValue>>>;
  tableNames(): Promise<string[]>;
}

export interface OpenPane {
  browser: Browser;
  page: Page;
  excel: ExcelHandle;
  /**
   * Saves a screenshot as test-artifacts/e2e/<name>.png and returns its path: the whole pane, or
   * only the 320 × 800 viewport (`viewport: true`, for dialogs, whose backdrop covers the viewport).
   */
  screenshot(name: string, opts?: { viewport?: boolean }): Promise<string>;
  /** Console errors and uncaught exceptions seen so far (a clean run has none). */
  errors: string[];
  close(): Promise<void>;
}

function harnessCall<T>(page: Page, method: string, args: unknown[]): Promise<T> {
  return page.evaluate(
    ([m, a]) => {
      // The harness page defines window.__harness; evaluated inside the browser.
      const h = (window as unknown as { __harness: Record<string, (...x: unknown[]) => unknown> })
        .__harness;
      return h[m as string](...(a as unknown[]));
    },
    [method, args] as const
  ) as Promise<T>;
}

export async function openPane(options: PaneOptions = {}): Promise<OpenPane> {
  if (!fs.existsSync(HARNESS))
    throw new Error(`harness not built: ${HARNESS} (run npm run test:e2e)`);
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const server = await serveHarness(options.data === true);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    viewport: { width: options.width ?? 320, height: options.height ?? 800 },
    deviceScaleFactor: 1,
    colorScheme: options.theme === "dark" ? "dark" : "light",
  });
  // The pane must not need the network: anything but the local harness server is refused.
  await context.route(
    (url) => url.origin !== server.origin,
    (route) => route.abort()
  );
  const page = await context.newPage();
  // A missing element fails the step within seconds instead of at the suite's timeout.
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => {
    // A pane opened without data asks for the bundle and gets a 404, as an add-in without data would.
    if (m.type() === "error" && !(options.data !== true && /404/.test(m.text())))
      errors.push(m.text());
  });
  const url = new URL(`${server.origin}/index.html`);
  url.searchParams.set("theme", options.theme ?? "light");
  url.searchParams.set("locale", options.locale ?? "en-US");
  if (options.seed) url.searchParams.set("seed", options.seed);
  if (options.recordedVintage) url.searchParams.set("recordedVintage", options.recordedVintage);
  if (options.data) url.searchParams.set("data", "bundle");
  // A generous load timeout: the shared test machine can be slow to serve the harness bundle.
  await page.goto(url.href, { timeout: 60_000 });
  await page.waitForSelector('[data-testid="section-start"]');
  const excel: ExcelHandle = {
    sheetNames: () => harnessCall(page, "sheetNames", []),
    values: (sheet) => harnessCall(page, "values", [sheet]),
    range: (sheet, address) => harnessCall(page, "range", [sheet, address]),
    setCell: (sheet, address, value) => harnessCall(page, "setCell", [sheet, address, value]),
    selection: () => harnessCall(page, "selection", []),
    clearSelection: () => harnessCall(page, "clearSelection", []),
    syncCount: () => harnessCall(page, "syncCount", []),
    tableRows: (name) => harnessCall(page, "tableRows", [name]),
    tableNames: () => harnessCall(page, "tableNames", []),
    appendTableRow: (name, values) => harnessCall(page, "appendTableRow", [name, values]),
    validation: (sheet, address) => harnessCall(page, "validation", [sheet, address]),
    hold: () => harnessCall(page, "hold", []),
    release: () => harnessCall(page, "release", []),
    waitingSyncs: () => harnessCall(page, "waitingSyncs", []),
    settings: () => harnessCall(page, "settings", []),
  };
  return {
    browser,
    page,
    excel,
    errors,
    screenshot: async (name, opts) => {
      const file = path.join(ARTIFACTS, `${name}.png`);
      // Motion would make screenshots depend on timing: wait for animations to settle.
      // (Endless ones, like an indeterminate progress bar, are left running.)
      await page.evaluate(() =>
        Promise.all(
          document
            .getAnimations()
            .filter((a) => a.effect?.getTiming().iterations !== Infinity)
            .map((a) => a.finished.catch(() => undefined))
        )
      );
      await page.screenshot({
        path: file,
        fullPage: opts?.viewport !== true,
        animations: "disabled",
      });
      return file;
    },
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Polls `read` until `accept` holds (the pane and Excel answer asynchronously); fails with the last value. */
export async function eventually<T>(
  read: () => Promise<T>,
  accept: (value: T) => boolean,
  what: string,
  timeoutMs = 10_000
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await read();
  while (!accept(last)) {
    if (Date.now() > deadline) throw new Error(`${what}: still ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 50));
    last = await read();
  }
  return last;
}
