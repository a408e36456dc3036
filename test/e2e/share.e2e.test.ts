/**
 * Share in the pane: "Create shareable copy" downloads a copy whose REIMB cells hold values,
 * with the About sheet first; stale values stop the action until the user shares anyway; sheets can
 * be chosen; the open workbook is not touched.
 */
import * as fs from "fs";
import * as ExcelJS from "exceljs";
import type { Download } from "playwright-core";
import { eventually, openPane, type OpenPane } from "./support/harness";
import { fileApiLog, serveWorkbookFile } from "./fixtures/shareOffice";
import { buildModelWorkbook, EXPECTED } from "../shareCopy/modelFixture";

async function readDownload(download: Download): Promise<ExcelJS.Workbook> {
  const file = await download.path();
  const wb = new ExcelJS.Workbook();
  const bytes = fs.readFileSync(file as string);
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
  );
  return wb;
}

describe("Share panel", () => {
  let pane: OpenPane;
  afterEach(async () => {
    // The harness page is file://, where the pane's optional fetch of bundled reference data is
    // refused by Chromium; that belongs to the data card, not to sharing.
    expect(
      pane.errors.filter(
        (e) => !/reference\.json\.gz|^Failed to load resource: net::ERR_FAILED$/.test(e)
      )
    ).toEqual([]);
    await pane.close();
  });

  it("downloads '<name> (shared).xlsx' in one click, REIMB values in place, About sheet first", async () => {
    pane = await openPane();
    const { page, excel } = pane;
    await serveWorkbookFile(
      page,
      await buildModelWorkbook({ withAddinParts: true }),
      "Q3 model.xlsx"
    );
    const sheetsBefore = await excel.sheetNames();
    const valuesBefore = await Promise.all(sheetsBefore.map((s) => excel.values(s)));
    await page.getByTestId("section-share").scrollIntoViewIfNeeded();
    // Opened as a new workbook through Excel's API (every platform); the download is the option.
    await page.getByTestId("share-create").click();
    await page
      .getByTestId("notice-share")
      .getByText(
        "Opened “Q3 model (shared).xlsx” as a new workbook: 4 REIMB cells turned into values. Save it, then send it."
      )
      .waitFor();
    const opened = await page.evaluate(() =>
      (
        window as unknown as { __harness: { openedWorkbooks(): string[] } }
      ).__harness.openedWorkbooks()
    );
    expect(opened.length).toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("share-download").click(),
    ]);
    expect(download.suggestedFilename()).toBe("Q3 model (shared).xlsx");
    // What Excel opened and what was downloaded are the same file.
    expect(
      Buffer.from(opened[0], "base64").equals(fs.readFileSync((await download.path()) as string))
    ).toBe(true);
    const wb = await readDownload(download);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["About this model", "Model", "Assumptions"]);
    expect(wb.getWorksheet("Model")!.getCell("E2").value).toBe(EXPECTED.pay99213);
    expect(wb.getWorksheet("Model")!.getCell("G2").formula).toBe("E2*F2");
    // The open workbook: same sheets, same cells, and the file handle closed.
    expect(await excel.sheetNames()).toEqual(sheetsBefore);
    expect(await Promise.all(sheetsBefore.map((s) => excel.values(s)))).toEqual(valuesBefore);
    const log = await fileApiLog(page);
    expect(log.opened).toBe(log.closed);
    expect(log.slicesRead).toBe(3);
    await pane.screenshot("share-done");
  });

  it("stops on an out-of-date value, names the cell, and shares only when the user says so", async () => {
    pane = await openPane();
    const { page } = pane;
    await serveWorkbookFile(page, await buildModelWorkbook({ stale: true }), "stale model.xlsx");
    let downloads = 0;
    page.on("download", () => downloads++);
    await page.getByTestId("share-create").click();
    const stale = page.getByTestId("share-stale");
    await stale
      .getByText("Model!E3 is out of date: it shows 14.88, the add-in now gives 15.36.")
      .waitFor();
    expect(downloads).toBe(0);
    await pane.screenshot("share-stale");
    await page.getByTestId("share-anyway").click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("share-download").click(),
    ]);
    const wb = await readDownload(download);
    const about = wb.worksheets[0];
    const labels: string[] = [];
    for (let r = 1; r <= about.rowCount; r++) labels.push(String(about.getCell(r, 1).value ?? ""));
    expect(labels).toContain("Check before use");
  });

  it("lets the user choose sheets: visible ones checked, hidden ones offered unchecked, the add-in's never", async () => {
    pane = await openPane();
    const { page } = pane;
    await serveWorkbookFile(page, await buildModelWorkbook(), "Q3 model.xlsx");
    await page.getByTestId("share-choose").click();
    const list = page.getByTestId("share-sheets");
    await list.waitFor();
    await expect(list.getByRole("checkbox", { name: /^Model/ }).isChecked()).resolves.toBe(true);
    await expect(list.getByRole("checkbox", { name: /^Assumptions/ }).isChecked()).resolves.toBe(
      true
    );
    await expect(
      list.getByRole("checkbox", { name: /^Scratch \(hidden\)/ }).isChecked()
    ).resolves.toBe(false);
    expect(await list.getByText("_reimb_state").count()).toBe(0);
    await list.getByRole("checkbox", { name: /^Assumptions/ }).click();
    await pane.screenshot("share-sheets");
    await page.getByTestId("share-create").click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("share-download").click(),
    ]);
    expect((await readDownload(download)).worksheets.map((w) => w.name)).toEqual([
      "About this model",
      "Model",
    ]);
  });

  it("explains when Excel cannot hand over the file", async () => {
    pane = await openPane();
    const { page } = pane;
    await page.evaluate(() => {
      const office = (window as unknown as { Office: { context: Record<string, unknown> } }).Office;
      office.context.document = {
        getFileAsync: (_t: unknown, _o: unknown, cb: (r: unknown) => void) =>
          cb({ status: "failed", error: { message: "The file is too large" } }),
      };
    });
    await page.getByTestId("share-create").click();
    await page
      .getByTestId("share-failure")
      .getByText("Could not read this workbook from Excel: The file is too large")
      .waitFor();
  });

  it("where Excel cannot open a new workbook, downloads and says only that the download started", async () => {
    pane = await openPane({ width: 280 });
    const { page } = pane;
    await page.evaluate(() => {
      delete (window as unknown as { Excel: { createWorkbook?: unknown } }).Excel.createWorkbook;
    });
    await serveWorkbookFile(page, await buildModelWorkbook(), "Q3 model.xlsx");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByTestId("share-create").click(),
    ]);
    expect(download.suggestedFilename()).toBe("Q3 model (shared).xlsx");
    const notice = page.getByTestId("section-share").getByTestId("notice-share");
    await notice.getByText(/Download of “Q3 model \(shared\)\.xlsx” started/).waitFor();
    expect(await notice.getAttribute("data-intent")).toBe("info");
    await pane.screenshot("r2-02-share-download-280");
  });

  it("when Excel refuses to open the copy, reports the failure and no success", async () => {
    pane = await openPane({ theme: "dark", locale: "zh-CN" });
    const { page } = pane;
    await page.evaluate(() => {
      (
        window as unknown as { Excel: { createWorkbook: () => Promise<void> } }
      ).Excel.createWorkbook = () => Promise.reject(new Error("This workbook could not be opened"));
    });
    await serveWorkbookFile(page, await buildModelWorkbook(), "Q3 model.xlsx");
    await page.getByTestId("share-create").click();
    await page
      .getByTestId("share-failure")
      .getByText(/This workbook could not be opened/)
      .waitFor();
    expect(await page.getByTestId("notice-share").count()).toBe(0);
    await pane.screenshot("r2-02-share-failed-zh-CN-dark");
  });

  it("out-of-date cells link to their cells, and Recalculate now runs Excel's Calculate Now", async () => {
    pane = await openPane({ locale: "zh-CN", width: 280 });
    const { page, excel } = pane;
    await serveWorkbookFile(page, await buildModelWorkbook({ stale: true }), "stale model.xlsx");
    await page.getByTestId("share-create").click();
    const cell = page.getByTestId("share-stale").getByTestId("share-cell").first();
    await cell.waitFor();
    const address = await cell.getAttribute("data-address");
    // The workbook open in Excel has the sheet the file's cells are on.
    await excel.setCell(address!.split("!")[0], "A1", "Model");
    await cell.click();
    await eventually(
      () => excel.selection(),
      (s) => s === address,
      "stale cell selected"
    );
    await page.getByTestId("share-recalculate").click();
    const calcs = await page.evaluate(() =>
      (window as unknown as { __harness: { calculations(): string[] } }).__harness.calculations()
    );
    expect(calcs).toContain("Full");
    // One "check again" name only: the Start card's and the share panel's differ.
    expect(await page.getByTestId("share-recheck").innerText()).toBe("重新检查工作簿");
    await pane.screenshot("r2-07-share-stale-links-zh-CN-280");
  });
});
