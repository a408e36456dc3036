/**
 * Browser test harness: the real pane and the real Excel adapter (src/excel) over the in-memory
 * Excel, at task-pane size. Query string: theme=light|dark, locale=en-US|zh-CN, seed=<SEEDS key>,
 * recordedVintage=<label>.
 *
 * window.__harness lets tests look at and type into the workbook as a user would, and hold Excel's
 * syncs (to cancel a run at a known point without relying on timing).
 */
import { FakeExcel, columnLetters, parseAddress } from "../../support/fake-excel";
import * as adapter from "../../../src/excel";
import * as fixCell from "../../../src/excel/fixCell";
import { resolveLocale } from "../../../src/i18n/catalogue";
import { mountPane } from "../../../src/taskpane/mount";
import { sharedReferencePort } from "../../../src/taskpane/reference";
import { createPaneServices, type ExcelAdapterPort } from "../../../src/taskpane/services";
import { isDarkOfficeTheme } from "../../../src/taskpane/theme";
import { SEEDS } from "./seeds";

type Scalar = string | number | boolean;

const params = new URLSearchParams(window.location.search);
const fake = new FakeExcel();
fake.install(window as unknown as Record<string, unknown>);

// Office as a dark or light Excel would report it.
const office = (window as unknown as { Office: { context: Record<string, unknown> } }).Office;
office.context.displayLanguage = params.get("locale") ?? "en-US";
office.context.officeTheme =
  params.get("theme") === "dark"
    ? {
        bodyBackgroundColor: "#292929",
        bodyForegroundColor: "#ffffff",
        controlBackgroundColor: "#3b3b3b",
        controlForegroundColor: "#ffffff",
      }
    : {
        bodyBackgroundColor: "#ffffff",
        bodyForegroundColor: "#000000",
        controlBackgroundColor: "#ffffff",
        controlForegroundColor: "#000000",
      };

(SEEDS[params.get("seed") ?? "empty"] ?? SEEDS.empty)(fake);
// A workbook last classified with other CMS data (?recordedVintage=label), as the adapter records it.
const recorded = params.get("recordedVintage");
if (recorded) fake.state.settings.set(adapter.VINTAGE_SETTING, recorded);

// Holding Excel: every context.sync waits while held, so a test can act "during" a long run.
let held: Promise<void> | undefined;
let release: (() => void) | undefined;
let waitingSyncs = 0;
const excelGlobal = (
  window as unknown as {
    Excel: { run: <T>(batch: (ctx: { sync(): Promise<void> }) => Promise<T>) => Promise<T> };
  }
).Excel;
const run = excelGlobal.run;
excelGlobal.run = (batch) =>
  run(async (context) => {
    const sync = context.sync.bind(context);
    context.sync = async () => {
      while (held) {
        waitingSyncs++;
        await held;
        waitingSyncs--;
      }
      return sync();
    };
    return batch(context);
  });

function normalise(value: unknown): Scalar | null {
  return value === undefined || value === null ? null : (value as Scalar);
}

(window as unknown as { __harness: unknown }).__harness = {
  sheetNames: () => fake.sheetNames(),
  tableNames: () => fake.tableNames(),
  values: (sheet: string) =>
    fake
      .sheet(sheet)
      .cellValues()
      .map((row) => row.map(normalise)),
  range: (sheet: string, address: string) =>
    fake
      .sheet(sheet)
      .cellValues(address)
      .map((row) => row.map(normalise)),
  setCell: (sheet: string, address: string, value: Scalar) => {
    parseAddress(address);
    fake.setValues(sheet, address, [[value]]);
  },
  /** Typing on the row just below a table: Excel's AutoExpansion grows the table over it. */
  appendTableRow: (name: string, values: Scalar[]) => {
    const table = fake.state.tableByName(name);
    const sheet = table ? fake.state.sheetById(table.sheetId) : undefined;
    if (!table || !sheet) throw new Error(`no table ${name}`);
    const row = table.rect.r1 + 1;
    fake.setValues(sheet.name, `${columnLetters(table.rect.c0)}${row + 1}`, [values]);
    table.rect = { ...table.rect, r1: row };
    return `${sheet.name}!${columnLetters(table.rect.c0)}${row + 1}`;
  },
  /** The user clicks elsewhere: nothing the add-in selected stays selected. */
  clearSelection: () => {
    fake.state.selection = undefined;
  },
  validation: (sheet: string, address: string) => fake.sheet(sheet).validation(address),
  selection: () =>
    fake.selection ? `${fake.selection.sheetName}!${fake.selection.address}` : undefined,
  syncCount: () => fake.syncCount,
  tableRows: (name: string) => {
    const table = fake.table(name);
    if (!table) return [];
    return table.rows.map((row) =>
      Object.fromEntries(table.headers.map((h, i) => [String(h), normalise(row[i])]))
    );
  },
  hold: () => {
    held ??= new Promise<void>((resolve) => (release = resolve));
  },
  release: () => {
    const r = release;
    held = undefined;
    release = undefined;
    r?.();
  },
  waitingSyncs: () => waitingSyncs,
  settings: () => Object.fromEntries(fake.settings),
};

const locale = resolveLocale(office.context.displayLanguage as string);
const port: ExcelAdapterPort = { ...adapter, ...fixCell };

// Excel.createWorkbook (ExcelApi 1.8) as Excel does it: the file opens as a new workbook window.
// The harness keeps each file's base64 so tests can read what the user would see.
const opened: string[] = [];
(excelGlobal as unknown as { createWorkbook: (b64: string) => Promise<void> }).createWorkbook =
  async (b64: string) => {
    if (params.get("createWorkbook") === "fail")
      throw new Error("This workbook could not be opened");
    opened.push(b64);
  };
if (params.get("createWorkbook") === "absent")
  delete (excelGlobal as unknown as { createWorkbook?: unknown }).createWorkbook;
(window as unknown as { __harness: Record<string, unknown> }).__harness.openedWorkbooks = () =>
  opened;
(window as unknown as { __harness: Record<string, unknown> }).__harness.calculations = () => [
  ...fake.calculations,
];
const services = createPaneServices(port, sharedReferencePort(), locale);
// ?data=bundle: the CMS reference data shipped beside the add-in, loaded as the functions page does.
if (params.get("data") === "bundle")
  void import("../../../src/functions/lookups").then((m) =>
    m.loadBundledReference("reference.json.gz")
  );
mountPane(document.getElementById("container") as HTMLElement, {
  services,
  locale,
  dark: isDarkOfficeTheme(office.context.officeTheme as { bodyBackgroundColor?: string }),
});
