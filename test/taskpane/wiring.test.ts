/**
 * createPaneServices: the pane's calls reach the adapter with the right arguments, and what the
 * workbook records about data vintage follows what the user did.
 */
import type { CodeReference } from "../../src/domain/reference/port";
import { emptyReference, type ReferenceData } from "../../src/domain/reference/model";
import type { Vintage } from "../../src/domain/reference/vintage";
import { matchHeaderRow } from "../../src/domain/rows/header";
import type { ProductsTableInfo } from "../../src/excel";
import {
  createPaneServices,
  type AdapterClassifyOptions,
  type ExcelAdapterPort,
  type ReferencePort,
} from "../../src/taskpane/services";

const JULY: Vintage = {
  id: "pprrvu|2026|July",
  label: "PFS RVU CY2026 July (released 2026-06-30); GPCI CY2026",
  entries: [],
};
const OCTOBER: Vintage = {
  id: "pprrvu|2026|October",
  label: "PFS RVU CY2026 October",
  entries: [],
};

/** What the loader returns: data with October's files, or the data as it was (nothing usable). */
const NEW_DATA: ReferenceData = emptyReference();
const OLD_DATA: ReferenceData = emptyReference();

/** The Products table the adapter finds: a header row naming Product ID only. */
const DETECTED: ProductsTableInfo = {
  found: true,
  tableName: "Products",
  sheetName: "Products",
  dataRowCount: 2,
  header: matchHeaderRow([["Product ID"]], 0),
};

function setup(opts: { cancelled?: boolean; loaded?: Vintage } = {}) {
  const calls: string[] = [];
  const recorded: string[] = [];
  let classifyOptions: AdapterClassifyOptions | undefined;
  const adapter: ExcelAdapterPort = {
    detectProducts: async () => {
      calls.push("detect");
      return DETECTED;
    },
    insertStarterTables: async (locale) => {
      calls.push(`insert:${locale}`);
      return DETECTED;
    },
    adoptHeaderRow: async (sheet) => {
      calls.push(`adopt:${sheet}`);
      return DETECTED;
    },
    classifyWorkbook: async (options = {}) => {
      classifyOptions = options;
      const ok = await options.confirmOverwrite?.([
        { sheetName: "Evidence", address: "F2", current: "done", next: "" },
      ]);
      calls.push(`confirmed:${ok}`);
      return {
        summary: {
          rows: 2,
          classified: 2,
          withProblems: 0,
          byPathway: {
            "existing-cpt": 2,
            "existing-hcpcs-ii": 0,
            "unlisted-noc": 0,
            "new-code": 0,
          },
        },
        problems: [],
        conflicts: 1,
        wroteTables: ["Products"],
        syncCount: 4,
        cancelled: opts.cancelled === true,
      };
    },
    selectCell: async (sheet, address) => void calls.push(`select:${sheet}!${address}`),
    readRecordedVintage: async () => recorded[recorded.length - 1],
    recordVintage: async (v: string) => void recorded.push(v),
  };
  const codes = (tag: string): CodeReference => ({ vintage: tag, lookup: () => undefined });
  let current: { reference: CodeReference; vintage: Vintage } | undefined = opts.loaded
    ? { reference: codes("ref"), vintage: opts.loaded }
    : undefined;
  const reference: ReferencePort = {
    current: () => current,
    load: async (files) =>
      files.some((f) => f.name.endsWith(".zip"))
        ? {
            data: NEW_DATA,
            vintage: OCTOBER,
            problems: [],
            datasets: 1,
            files: [
              {
                file: "rvu26d.zip/PPRRVU2026_Oct_nonQPP.csv",
                status: "loaded",
                kind: "pprrvu",
                dataset: "PFS RVU",
                when: "CY2026 October",
              },
              { file: "rvu26d.zip/RVU26D.pdf", status: "skipped", reason: "notCms" },
            ],
          }
        : // Nothing usable: the merged data would still be July's, but nothing was added.
          {
            data: OLD_DATA,
            vintage: JULY,
            problems: ["notes.csv: not a CMS data file"],
            datasets: 0,
          },
    install: (data) => {
      current = data === NEW_DATA ? { reference: codes("new"), vintage: OCTOBER } : undefined;
    },
  };
  return {
    services: createPaneServices(adapter, reference, "zh-CN"),
    calls,
    recorded,
    options: () => classifyOptions,
  };
}

test("insert passes the user's language and reports the table as detected afterwards", async () => {
  const { services, calls } = setup();
  const info = await services.insertStarterTables();
  expect(calls).toEqual(["insert:zh-CN", "detect"]);
  expect(info).toMatchObject({
    found: true,
    isTable: true,
    recognised: [{ header: "Product ID" }],
  });
});

test("classify hands the loaded reference to the adapter and records its vintage in the workbook", async () => {
  const { services, recorded, options, calls } = setup({ loaded: JULY });
  const outcome = await services.classify({
    signal: new AbortController().signal,
    onProgress: () => undefined,
    confirmOverwrite: async (conflicts) =>
      conflicts[0].address === "F2" && conflicts[0].current === "done",
  });
  expect(options()?.reference?.vintage).toBe("ref");
  expect(options()?.locale).toBe("zh-CN");
  expect(calls).toContain("confirmed:true");
  expect(outcome.summary.byPathway).toEqual([
    { id: "existing-cpt", label: "Existing CPT", count: 2 },
  ]);
  expect(recorded).toEqual([JULY.label]);
  expect((await services.readRecordedVintage())?.id).toBe(services.loadedVintage()?.id);
});

test.each([
  ["a cancelled run", { cancelled: true, loaded: JULY }],
  ["a run without reference data", { cancelled: false }],
])("%s records no vintage", async (_name, opts) => {
  const { services, recorded } = setup(opts);
  await services.classify({
    signal: new AbortController().signal,
    onProgress: () => undefined,
    confirmOverwrite: async () => false,
  });
  expect(recorded).toEqual([]);
});

test("loading newer files makes them current; files with no data keep the old data and explain why", async () => {
  const { services } = setup({ loaded: JULY });
  const none = await services.loadReferenceFiles([
    { name: "notes.csv", bytes: new Uint8Array([65]) },
  ]);
  // Nothing installed, and the port gave no account of files: each chosen file is still named.
  expect(none.vintage).toBeUndefined();
  expect(none.files).toEqual([
    {
      key: "0|notes.csv",
      file: "notes.csv",
      status: "skipped",
      detail: { id: "pane.data.file.notCms" },
    },
  ]);
  expect(services.loadedVintage()?.id).toBe(JULY.label);
  const loaded = await services.loadReferenceFiles([
    { name: "rvu26d.zip", bytes: new Uint8Array([80, 75]) },
  ]);
  expect(loaded).toEqual({
    vintage: {
      id: OCTOBER.label,
      short: "PFS RVU CY2026 October",
      entries: ["PFS RVU CY2026 October"],
    },
    problems: [],
    files: [
      {
        key: "0|rvu26d.zip/PPRRVU2026_Oct_nonQPP.csv",
        file: "rvu26d.zip/PPRRVU2026_Oct_nonQPP.csv",
        status: "loaded",
        detail: {
          id: "pane.data.file.loaded",
          params: { dataset: "PFS RVU", when: "CY2026 October" },
        },
      },
      {
        key: "1|rvu26d.zip/RVU26D.pdf",
        file: "rvu26d.zip/RVU26D.pdf",
        status: "skipped",
        detail: { id: "pane.data.file.notCms" },
      },
    ],
  });
  expect(services.loadedVintage()?.id).toBe(OCTOBER.label);
});

test("selecting a problem selects its cell", async () => {
  const { services, calls } = setup();
  await services.selectCell("Products", "D4");
  expect(calls).toEqual(["select:Products!D4"]);
});
