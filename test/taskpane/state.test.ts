import fc from "fast-check";
import {
  canAdopt,
  canClassify,
  canInsert,
  initialState,
  paneReducer,
  progressFraction,
  vintageMismatch,
  type ClassifyOutcome,
  type DataFileView,
  type PaneAction,
  type PaneState,
  type StartInfo,
  type VintageView,
} from "../../src/taskpane/state";

const table: StartInfo = {
  found: true,
  isTable: true,
  sheetName: "Products",
  tableName: "Products",
  address: "A1:P3",
  recognised: [
    { header: "Product ID" },
    { header: "Product" },
    { header: "Product type" },
    { header: "Site of care", from: "POS" },
  ],
  missingRequired: [],
  missingOptional: ["Annual volume"],
  unrecognised: [],
  dataRowCount: 2,
};
const none: StartInfo = {
  ...table,
  found: false,
  isTable: false,
  tableName: undefined,
  recognised: [],
  dataRowCount: 0,
};
const headerRow: StartInfo = { ...table, isTable: false, tableName: undefined };

function outcome(over: Partial<ClassifyOutcome> = {}): ClassifyOutcome {
  return {
    summary: {
      rows: 3,
      classified: 2,
      withProblems: 1,
      byPathway: [{ id: "existing-cpt", label: "Existing CPT", count: 2 }],
    },
    problems: [
      {
        key: "Products!D4|Site of care|0",
        rowNumber: 4,
        column: "Site of care",
        value: "ofice",
        text: 'Row 4, Site of care: "ofice" is not allowed; nearest: office',
        detail: '"ofice" is not allowed; nearest: office',
        severity: "error",
        sheetName: "Products",
        address: "D4",
      },
    ],
    cancelled: false,
    wroteTables: ["Products", "Evidence", "Strategy"],
    syncCount: 3,
    ...over,
  };
}

function run(actions: PaneAction[], from: PaneState = initialState): PaneState {
  return actions.reduce(paneReducer, from);
}

describe("pane state: Start", () => {
  test.each([
    [
      "no table yet: insert offered, classify not",
      none,
      { insert: true, adopt: false, classify: false },
    ],
    ["bare header row: adopt offered", headerRow, { insert: false, adopt: true, classify: false }],
    ["complete table: classify offered", table, { insert: false, adopt: false, classify: true }],
    [
      "table missing Site of care: classify blocked",
      { ...table, missingRequired: ["Site of care"] },
      { insert: false, adopt: false, classify: false },
    ],
  ])("%s", (_name, info, expected) => {
    const state = run([
      { type: "task/started", task: "detect" },
      { type: "detect/done", info },
    ]);
    expect({
      insert: canInsert(state),
      adopt: canAdopt(state),
      classify: canClassify(state),
    }).toEqual(expected);
  });

  test("inserting replaces the start info and says which table was made", () => {
    const state = run([
      { type: "detect/done", info: none },
      { type: "task/started", task: "insert" },
      { type: "insert/done", info: table },
    ]);
    expect(state.busy).toBeUndefined();
    expect(state.start).toEqual(table);
    // The result shows in the Start card, beside the button that caused it.
    expect(state.notice).toEqual({
      intent: "success",
      area: "start",
      message: { id: "pane.start.inserted", params: { table: "Products" } },
    });
  });

  test("nothing can start while a task runs (no double writes on a double click)", () => {
    const running = run([
      { type: "detect/done", info: table },
      { type: "task/started", task: "classify" },
    ]);
    expect(canClassify(running)).toBe(false);
    expect(paneReducer(running, { type: "task/started", task: "insert" })).toBe(running);
  });
});

describe("pane state: Classify", () => {
  const started = run([
    { type: "detect/done", info: table },
    { type: "task/started", task: "classify" },
  ]);

  test("progress is shown only while classifying", () => {
    const p = { phase: "classifying", done: 40, total: 200 };
    expect(paneReducer(started, { type: "classify/progress", progress: p }).progress).toEqual(p);
    expect(
      paneReducer(initialState, { type: "classify/progress", progress: p }).progress
    ).toBeUndefined();
  });

  test("overwrite question opens the dialog; answering closes it", () => {
    const conflicts = [
      { sheetName: "Evidence", address: "F2", current: "mine", proposed: "theirs" },
    ];
    const asking = paneReducer(started, { type: "classify/confirm", conflicts });
    expect(asking.pendingConflicts).toEqual(conflicts);
    expect(
      paneReducer(asking, { type: "classify/confirmed", overwrite: false }).pendingConflicts
    ).toBeUndefined();
  });

  test("cancel closes a pending question and is remembered until the run ends", () => {
    const asking = paneReducer(started, { type: "classify/confirm", conflicts: [] });
    const cancelling = paneReducer(asking, { type: "classify/cancelRequested" });
    expect(cancelling.cancelRequested).toBe(true);
    expect(cancelling.pendingConflicts).toBeUndefined();
    const done = paneReducer(cancelling, {
      type: "classify/done",
      outcome: outcome({ cancelled: true }),
    });
    expect(done.cancelRequested).toBe(false);
    expect(done.busy).toBeUndefined();
    expect(done.notice?.message.id).toBe("pane.classify.cancelled");
  });

  test("a cancelled run keeps the previous results on show: the workbook still holds them", () => {
    const first = run(
      [
        { type: "classify/done", outcome: outcome() },
        { type: "problem/selected", key: "Products!D4|Site of care|0" },
      ],
      started
    );
    const empty = outcome({
      cancelled: true,
      problems: [],
      summary: { rows: 0, classified: 0, withProblems: 0, byPathway: [] },
    });
    const cancelled = run(
      [
        { type: "task/started", task: "classify" },
        { type: "classify/cancelRequested" },
        { type: "classify/done", outcome: empty },
      ],
      first
    );
    expect(cancelled.result).toBe(first.result);
    expect(cancelled.selectedProblem).toBe("Products!D4|Site of care|0");
  });

  test.each([
    [
      "clean run",
      outcome({
        problems: [],
        summary: { rows: 2, classified: 2, withProblems: 0, byPathway: [] },
      }),
      "success",
      "pane.classify.done",
    ],
    ["run with a bad row", outcome(), "warning", "pane.classify.doneWithProblems"],
  ])("%s → %s notice", (_n, result, intent, id) => {
    const done = paneReducer(started, { type: "classify/done", outcome: result });
    expect(done.notice).toMatchObject({ intent, message: { id } });
    expect(done.result).toBe(result);
  });

  test("a selected problem stays selected only while it still exists after a re-run", () => {
    const first = run(
      [
        { type: "classify/done", outcome: outcome() },
        { type: "problem/selected", key: "Products!D4|Site of care|0" },
      ],
      started
    );
    expect(first.selectedProblem).toBe("Products!D4|Site of care|0");
    const fixed = run(
      [
        { type: "task/started", task: "classify" },
        { type: "classify/done", outcome: outcome({ problems: [] }) },
      ],
      first
    );
    expect(fixed.selectedProblem).toBeUndefined();
  });

  test("a failure ends the task and shows the error", () => {
    const failed = paneReducer(started, {
      type: "task/failed",
      message: { id: "pane.error.generic", params: { detail: "boom" } },
    });
    expect(failed.busy).toBeUndefined();
    expect(failed.progress).toBeUndefined();
    expect(failed.notice?.intent).toBe("error");
    expect(canClassify(failed)).toBe(true);
  });
});

describe("pane state: reference data", () => {
  const v = (id: string): VintageView => ({ id, short: id, entries: [id] });
  test.each([
    [undefined, "pprrvu|2026|July", false],
    ["pprrvu|2026|July", "pprrvu|2026|July", false],
    ["pprrvu|2026|April", "pprrvu|2026|July", true],
    ["pprrvu|2026|April", undefined, false],
  ])("recorded %s, loaded %s → warn %s", (recorded, loaded, warn) => {
    const state = run([
      { type: "vintage/recorded", vintage: recorded === undefined ? undefined : v(recorded) },
      { type: "vintage/loaded", vintage: loaded === undefined ? undefined : v(loaded) },
    ]);
    expect(vintageMismatch(state)).toBe(warn);
  });

  test("loading files sets the vintage and lists problems", () => {
    const state = run([
      { type: "task/started", task: "loadData" },
      {
        type: "data/done",
        vintage: v("PFS RVU CY2026 July"),
        problems: ["notes.txt: not a CMS file"],
        files: [file("notes.txt", "skipped", "pane.data.file.notCms")],
      },
    ]);
    expect(state.loadedVintage?.id).toBe("PFS RVU CY2026 July");
    expect(state.dataProblems).toEqual(["notes.txt: not a CMS file"]);
    expect(state.busy).toBeUndefined();
  });
});

function file(name: string, status: DataFileView["status"], id: string): DataFileView {
  return { key: name, file: name, status, detail: { id } };
}

describe("the data card's account of a load", () => {
  const v = (id: string): VintageView => ({ id, short: id, entries: [id] });
  const zip = [
    file("rvu26c.zip/RVU26C.pdf", "skipped", "pane.data.file.notCms"),
    file("rvu26c.zip/PPRRVU2026_Jul_nonQPP.csv", "loaded", "pane.data.file.loaded"),
    file("rvu26c.zip/OPPSCAP_JUL.csv", "rejected", "data.problem.noYear"),
    file("rvu26c.zip/README.txt", "skipped", "pane.data.file.notCms"),
    file("rvu26c.zip/GPCI2026.csv", "loaded", "pane.data.file.loaded"),
  ];

  test("every file is listed once, used → skipped → rejected, in reading order within each", () => {
    const state = run([
      { type: "task/started", task: "loadData" },
      { type: "data/done", vintage: v("PFS RVU CY2026 July"), problems: [], files: zip },
    ]);
    expect(state.dataReport).toEqual({
      loaded: 2,
      skipped: 2,
      rejected: 1,
      files: [zip[1], zip[4], zip[0], zip[3], zip[2]],
    });
  });

  // A zip with one rejected member and only GPCI data used: the notice names the GPCI release this
  // load added (not the PFS data loaded before) and the rejected file, as a warning, not a success.
  test.each<[string, DataFileView[], string, string, Record<string, string | number>]>([
    [
      "GPCI used, one file rejected",
      [
        {
          key: "a",
          file: "gpci.zip/GPCI2026.csv",
          status: "loaded",
          detail: { id: "pane.data.file.loaded", params: { dataset: "GPCI", when: "CY2026" } },
        },
        file("gpci.zip/OPPSCAP_JUL.csv", "rejected", "data.problem.noYear"),
      ],
      "warning",
      "pane.data.loadedRejected",
      { datasets: "GPCI CY2026", rejected: 1, files: "gpci.zip/OPPSCAP_JUL.csv" },
    ],
    [
      "two datasets used, nothing rejected",
      [
        {
          key: "a",
          file: "PPRRVU2026_Jul_nonQPP.csv",
          status: "loaded",
          detail: {
            id: "pane.data.file.loaded",
            params: { dataset: "PFS RVU", when: "CY2026 July" },
          },
        },
        {
          key: "b",
          file: "GPCI2026.csv",
          status: "loaded",
          detail: { id: "pane.data.file.loaded", params: { dataset: "GPCI", when: "CY2026" } },
        },
        file("README.txt", "skipped", "pane.data.file.notCms"),
      ],
      "success",
      "pane.data.loadedOnly",
      { datasets: "PFS RVU CY2026 July, GPCI CY2026" },
    ],
  ])("load notice: %s", (_, files, intent, id, params) => {
    const state = run([
      { type: "task/started", task: "loadData" },
      // The vintage in use still includes the PFS data loaded earlier.
      { type: "data/done", vintage: v("PFS RVU CY2026 July; GPCI CY2026"), problems: [], files },
    ]);
    expect(state.notice).toEqual({ intent, area: "data", message: { id, params } });
  });

  test("a new load clears the last account until it is done", () => {
    const state = run([
      { type: "task/started", task: "loadData" },
      { type: "data/done", vintage: v("PFS RVU CY2026 July"), problems: [], files: zip },
      { type: "task/started", task: "loadData" },
    ]);
    expect(state.dataReport).toBeUndefined();
  });

  test.each<[string, DataFileView[], string[], string, string]>([
    [
      "nothing readable: an error naming the files",
      [file("distributor-notes.csv", "skipped", "pane.data.file.notCms")],
      [],
      "error",
      "pane.data.noDatasets",
    ],
    [
      "only an older release: a warning that nothing was new",
      [file("GPCI2025.csv", "skipped", "pane.data.file.superseded")],
      ["GPCI2025.csv (CY2025) was not used: a newer release of the same data is already loaded."],
      "warning",
      "pane.data.nothingNew",
    ],
    [
      "only payment amounts: a warning that nothing was new",
      [file("PFALL26.csv", "skipped", "pane.data.file.paymentOnly")],
      [],
      "warning",
      "pane.data.nothingNew",
    ],
  ])("nothing installed (%s) keeps the data in use", (_name, files, problems, intent, id) => {
    const state = run([
      { type: "vintage/loaded", vintage: v("PFS RVU CY2026 July") },
      { type: "task/started", task: "loadData" },
      { type: "data/done", vintage: undefined, problems, files },
    ]);
    expect(state.loadedVintage?.id).toBe("PFS RVU CY2026 July");
    expect(state.busy).toBeUndefined();
    expect(state.notice?.intent).toBe(intent);
    expect(state.notice?.message.id).toBe(id);
    expect(state.dataReport?.files).toEqual(files);
  });

  test("the no-data error names the chosen files when there is no parser problem", () => {
    const state = run([
      { type: "task/started", task: "loadData" },
      {
        type: "data/done",
        vintage: undefined,
        problems: [],
        files: [file("distributor-notes.csv", "skipped", "pane.data.file.notCms")],
      },
    ]);
    expect(state.notice?.message.params?.details).toBe("distributor-notes.csv");
  });

  test("property: the counts add up to the files listed, and the list is a permutation", () => {
    const statuses = fc.constantFrom<DataFileView["status"]>("loaded", "skipped", "rejected");
    fc.assert(
      fc.property(fc.array(statuses, { maxLength: 30 }), (list) => {
        const files = list.map((s, i) => ({ ...file(`f${i}.csv`, s, "x"), key: String(i) }));
        const report = run([
          { type: "task/started", task: "loadData" },
          { type: "data/done", vintage: v("PFS RVU CY2026 July"), problems: [], files },
        ]).dataReport;
        expect(report).toBeDefined();
        if (!report) return;
        expect(report.loaded + report.skipped + report.rejected).toBe(files.length);
        expect([...report.files].sort((a, b) => Number(a.key) - Number(b.key))).toEqual(files);
        const ranks = report.files.map((f) => ["loaded", "skipped", "rejected"].indexOf(f.status));
        expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      })
    );
  });
});

describe("progressFraction", () => {
  test("unknown total → indeterminate", () => {
    expect(progressFraction(undefined)).toBeUndefined();
    expect(progressFraction({ phase: "reading", done: 0, total: 0 })).toBeUndefined();
    expect(progressFraction({ phase: "reading", done: 0, total: 1 })).toBeUndefined();
    expect(progressFraction({ phase: "reading", done: 1, total: 1 })).toBe(1);
  });
  test("measurable progress (a total over one step) is always a finite fraction within 0..1", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10, max: 10_000 }),
        fc.integer({ min: 2, max: 10_000 }),
        (done, total) => {
          const f = progressFraction({ phase: "classifying", done, total });
          return f !== undefined && f >= 0 && f <= 1 && Number.isFinite(f);
        }
      )
    );
  });
});

describe("reducer invariants", () => {
  const actions: fc.Arbitrary<PaneAction> = fc.oneof(
    fc.constantFrom<PaneAction>(
      { type: "task/started", task: "classify" },
      { type: "task/started", task: "insert" },
      { type: "classify/cancelRequested" },
      { type: "classify/confirm", conflicts: [] },
      { type: "classify/confirmed", overwrite: true },
      { type: "classify/done", outcome: outcome() },
      { type: "detect/done", info: table },
      { type: "task/failed", message: { id: "pane.error.generic" } },
      { type: "notice/dismissed" }
    )
  );
  test("the overwrite dialog is never open without a classification in flight", () => {
    fc.assert(
      fc.property(fc.array(actions, { maxLength: 30 }), (list) => {
        let state = initialState;
        for (const a of list) {
          state = paneReducer(state, a);
          if (state.pendingConflicts !== undefined && state.busy !== "classify") return false;
          if (state.progress !== undefined && state.busy !== "classify") return false;
        }
        return true;
      })
    );
  });
});
