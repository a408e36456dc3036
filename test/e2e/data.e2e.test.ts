/**
 * Reference data in a real browser: the pane shows which CMS data the economics use, loads newer official files
 * chosen with the file picker (csv, and a zip of them), and warns when the workbook's numbers came
 * from other data. Uses the real CMS files in ../shared/data/cms (REIMB_DATA_DIR); skipped with a
 * printed reason where that folder is absent.
 */
import * as fs from "fs";
import * as path from "path";
import { zipSync } from "fflate";
import { openPane, ROOT, type OpenPane } from "./support/harness";

const DATA = process.env.REIMB_DATA_DIR ?? path.resolve(ROOT, "../shared/data/cms");
const PPRRVU_2026 = path.join(DATA, "pfs_rvu/2026_RVU26C_jul/PPRRVU2026_Jul_nonQPP.csv");
const GPCI_DIR_2026 = path.join(DATA, "pfs_rvu/2026_gpci");
const present = fs.existsSync(PPRRVU_2026) && fs.existsSync(GPCI_DIR_2026);
if (!present)
  console.log(`data.e2e: skipped, CMS files not found under ${DATA} (set REIMB_DATA_DIR)`);
const maybe = present ? describe : describe.skip;

// What a workbook classified with the 2025 October files would have recorded.
const OLD = "PFS RVU CY2025 October (released 2025-09-11)";

maybe("CMS reference data in the pane", () => {
  let pane: OpenPane;
  beforeAll(async () => {
    pane = await openPane({ theme: "light", seed: "empty", recordedVintage: OLD });
  });
  afterAll(async () => {
    await pane?.close();
  });

  test("with no data loaded the pane says so, and there is nothing to compare yet", async () => {
    const { page } = pane;
    expect(await page.textContent('[data-testid="vintage-badge"]')).toBe("No CMS data");
    expect(await page.textContent('[data-testid="loaded-vintage"]')).toMatch(/No CMS data loaded/);
    expect(await page.isVisible('[data-testid="vintage-mismatch"]')).toBe(false);
  });

  test("loading official files shows their vintage and warns that the workbook used other data", async () => {
    const { page } = pane;
    await page.setInputFiles('[data-testid="data-files"]', [PPRRVU_2026]);
    await page.waitForSelector('[data-testid="notice-data"][data-intent="success"]', {
      timeout: 60_000,
    });
    const badge = await page.textContent('[data-testid="vintage-badge"]');
    expect(badge).toMatch(/^PFS RVU CY2026 July/);
    expect(await page.textContent('[data-testid="loaded-vintage"]')).toContain(
      "PFS RVU CY2026 July"
    );
    const warning = await page.textContent('[data-testid="vintage-mismatch"]');
    expect(warning).toContain("PFS RVU CY2025 October");
    expect(warning).toContain("PFS RVU CY2026 July");
    expect(await page.textContent('[data-testid="recorded-vintage"]')).toContain(OLD);
    await pane.screenshot("10-data-mismatch-light");
  });

  test("classifying again records the loaded vintage in the workbook and the warning goes", async () => {
    const { page, excel } = pane;
    await page.click('[data-testid="insert"]');
    await page.waitForSelector('[data-testid="classify"]:not([disabled])');
    await page.click('[data-testid="classify"]');
    await page.waitForSelector('[data-testid="summary"]');
    await page.waitForSelector('[data-testid="vintage-mismatch"]', { state: "detached" });
    const recorded = Object.values(await excel.settings()).map(String);
    expect(recorded.some((v) => v.startsWith("PFS RVU CY2026 July"))).toBe(true);
  });

  test("a zip of CMS files (as CMS publishes them) loads too, adding to the data already loaded", async () => {
    const { page } = pane;
    const members: Record<string, Uint8Array> = {};
    for (const name of ["GPCI2026.csv", "ANES2026.csv", "26LOCCO.csv"])
      members[name] = fs.readFileSync(path.join(GPCI_DIR_2026, name));
    // What else CMS zips carry: a readme and the PDF documentation. Neither is data.
    members["README.txt"] = Buffer.from("RVU26A: 2026 GPCIs, anesthesia conversion factors.\n");
    members["RVU26A.pdf"] = Buffer.from("%PDF-1.4\n");
    await page.setInputFiles('[data-testid="data-files"]', [
      {
        name: "rvu26a-gpci.zip",
        mimeType: "application/zip",
        buffer: Buffer.from(zipSync(members)),
      },
    ]);
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="loaded-vintage"]')
          ?.textContent?.includes("GPCI CY2026"),
      undefined,
      {
        timeout: 60_000,
      }
    );
    const loaded = await page.textContent('[data-testid="loaded-vintage"]');
    expect(loaded).toContain("PFS RVU CY2026 July");
    expect(loaded).toContain("Anesthesia CF CY2026");
    await pane.screenshot("11-data-zip-light");
  });

  test("after the zip, the card accounts for every member: used with its vintage, readme and PDF skipped", async () => {
    const { page } = pane;
    expect(await page.textContent('[data-testid="data-report-summary"]')).toBe(
      "Last load: 3 used, 2 skipped, 0 rejected."
    );
    // Collapsed while nothing needs reading; opened from the keyboard.
    expect(await page.isVisible('[data-testid="data-report-files"]')).toBe(false);
    const toggle = page.locator('[data-testid="toggle-data-report"]');
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    await toggle.focus();
    await page.keyboard.press("Enter");
    await page.waitForSelector('[data-testid="data-report-files"]');
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    const rows = await page.$$eval('[data-testid="data-report-file"]', (items) =>
      items.map((li) => ({ status: li.getAttribute("data-status"), text: li.textContent ?? "" }))
    );
    expect(rows).toEqual([
      { status: "loaded", text: expect.stringMatching(/^Used: rvu26a-gpci\.zip\/\S+\.csv/) },
      { status: "loaded", text: expect.stringMatching(/^Used: rvu26a-gpci\.zip\/\S+\.csv/) },
      { status: "loaded", text: expect.stringMatching(/^Used: rvu26a-gpci\.zip\/\S+\.csv/) },
      { status: "skipped", text: expect.any(String) },
      { status: "skipped", text: expect.any(String) },
    ]);
    const texts = rows.map((r) => r.text);
    expect(texts).toContain("Used: rvu26a-gpci.zip/GPCI2026.csvGPCI CY2026");
    expect(texts).toContain("Used: rvu26a-gpci.zip/ANES2026.csvAnesthesia CF CY2026");
    expect(texts).toContain("Skipped: rvu26a-gpci.zip/README.txtNot a CMS data file");
    expect(texts).toContain("Skipped: rvu26a-gpci.zip/RVU26A.pdfNot a CMS data file");
    // The list fits the 320 px pane: no horizontal scrolling.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
    ).toBe(true);
    await pane.screenshot("13-data-report-light");
  });

  test("a file that is not a CMS file changes nothing and the pane says why", async () => {
    const { page } = pane;
    const before = await page.textContent('[data-testid="loaded-vintage"]');
    await page.setInputFiles('[data-testid="data-files"]', [
      {
        name: "distributor-notes.csv",
        mimeType: "text/csv",
        buffer: Buffer.from("Customer,Region\nAcme,West\n"),
      },
    ]);
    await page.waitForSelector('[data-testid="notice-data"][data-intent="error"]');
    expect(await page.textContent('[data-testid="notice-data"]')).toMatch(
      /None of these files is a CMS file/
    );
    expect(await page.textContent('[data-testid="notice-data"]')).toContain(
      "distributor-notes.csv"
    );
    expect(await page.textContent('[data-testid="loaded-vintage"]')).toBe(before);
    // Nothing was used, so the list is open without asking and names the file as skipped.
    expect(await page.textContent('[data-testid="data-report-summary"]')).toBe(
      "Last load: 0 used, 1 skipped, 0 rejected."
    );
    expect(await page.textContent('[data-testid="data-report-file"]')).toBe(
      "Skipped: distributor-notes.csvNot a CMS data file"
    );
  });

  test("no errors in the page", () => {
    expect(pane.errors).toEqual([]);
  });
});

maybe("CMS reference data: a zip with a damaged member, in Simplified Chinese", () => {
  let pane: OpenPane;
  beforeAll(async () => {
    pane = await openPane({ theme: "light", locale: "zh-CN", seed: "empty" });
  });
  afterAll(async () => {
    await pane?.close();
  });

  test("the rejected member is listed with the parser's line and expectation, without asking", async () => {
    const { page } = pane;
    const zip = zipSync({
      "GPCI2026.csv": fs.readFileSync(path.join(GPCI_DIR_2026, "GPCI2026.csv")),
      // Cut short mid-row, as an interrupted download would leave it.
      "ANES2026.csv": fs.readFileSync(path.join(GPCI_DIR_2026, "ANES2026.csv")).subarray(0, 300),
      "README.txt": Buffer.from("RVU26A\n"),
    });
    await page.setInputFiles('[data-testid="data-files"]', [
      { name: "rvu26a.zip", mimeType: "application/zip", buffer: Buffer.from(zip) },
    ]);
    await page.waitForSelector('[data-testid="data-report-files"]', { timeout: 60_000 });
    expect(await page.textContent('[data-testid="data-report-summary"]')).toBe(
      "上次加载：已使用 1 个，已跳过 1 个，已拒绝 1 个。"
    );
    const rejected = await page.textContent(
      '[data-testid="data-report-file"][data-status="rejected"]'
    );
    expect(rejected).toContain("已拒绝：rvu26a.zip/ANES2026.csv");
    expect(rejected).toMatch(/rvu26a\.zip\/ANES2026\.csv.*5.*ANES/);
    expect(await page.textContent('[data-testid="data-report-file"][data-status="skipped"]')).toBe(
      "已跳过：rvu26a.zip/README.txt不是 CMS 数据文件"
    );
    // The notice says what this load added and what it rejected, as a warning, beside the button.
    const notice = page.getByTestId("section-data").getByTestId("notice-data");
    expect(await notice.getAttribute("data-intent")).toBe("warning");
    expect(await notice.innerText()).toMatch(
      /已加载 GPCI CY2026。已拒绝 1 个文件：rvu26a\.zip\/ANES2026\.csv/
    );
    expect(await notice.innerText()).not.toMatch(/PFS RVU/);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)
    ).toBe(true);
    await pane.screenshot("14-data-report-rejected-zh-CN");
    expect(pane.errors).toEqual([]);
  });
});
