/**
 * The pane's state machine: a pure reducer over what the user has done and what the workbook said
 * back. Components render this state and dispatch actions; the side effects (Excel calls, file reads)
 * live in `usePaneController`. Nothing here touches Office, React or the DOM, so every transition is
 * unit-tested in plain jest (test/taskpane/state.test.ts).
 */
import { render, type Msg } from "../i18n/catalogue";

/** What the adapter found in the workbook, reduced to what the Start card shows. */
export interface StartInfo {
  found: boolean;
  /** True when the products sit in an Excel table; false for a bare header row that can be adopted. */
  isTable: boolean;
  sheetName?: string;
  tableName?: string;
  address?: string;
  /** Recognised columns in table order: canonical header, and the user's own header when it differs. */
  recognised: Array<{ header: string; from?: string }>;
  missingRequired: string[];
  missingOptional: string[];
  /** Header cells that name no known column (left alone by the add-in). */
  unrecognised: string[];
  dataRowCount: number;
}

export interface ProblemView {
  /** Stable React key and selection id: sheet!address|column|text. */
  key: string;
  rowNumber: number;
  column: string;
  value: string;
  /** The whole message, naming row and column (for screen readers and copying). */
  text: string;
  /** The message without the row and column, which the list shows separately. */
  detail: string;
  severity: "error" | "warning";
  sheetName: string;
  address: string;
  /** The allowed value nearest to the cell's text, offered as a one-click fix. */
  suggestion?: string;
  /** Allowed values of the column (shown folded, after the suggestion). */
  allowed?: string[];
}

export interface ConflictView {
  sheetName: string;
  address: string;
  /** What is in the cell now (typed by the user). */
  current: string;
  /** What the add-in would write. */
  proposed: string;
  /** The column's header and the row's Product ID, when the cell is in a table. */
  column?: string;
  productId?: string;
}

export interface SummaryView {
  rows: number;
  classified: number;
  withProblems: number;
  /** Products per pathway: id (PathwayId), display label, count. */
  byPathway: ReadonlyArray<{ id: string; label: string; count: number }>;
}

export interface ClassifyOutcome {
  summary: SummaryView;
  problems: ProblemView[];
  cancelled: boolean;
  wroteTables: string[];
  syncCount: number;
}

/** A reference-data vintage as the pane shows it; `id` decides whether two vintages are the same. */
export interface VintageView {
  id: string;
  /** Short form for the header badge, e.g. "PFS RVU CY2026 July". */
  short: string;
  /** One line per dataset, e.g. "PFS RVU CY2026 July (released 2026-06-30)". */
  entries: string[];
}

/** What one load did with one file (or zip member), as the Data card lists it. */
export interface DataFileView {
  key: string;
  /** As chosen; zip members as "zip/member". */
  file: string;
  status: "loaded" | "skipped" | "rejected";
  /** Dataset and vintage, why it was skipped, or the parser's problem (file, line, expected). */
  detail: Msg;
}

/** The last load, file by file; counts for the summary line. */
export interface DataReport {
  files: DataFileView[];
  loaded: number;
  skipped: number;
  rejected: number;
}

export interface Progress {
  phase: string;
  done: number;
  total: number;
}

export type Task = "detect" | "insert" | "adopt" | "classify" | "loadData";

export type NoticeIntent = "success" | "error" | "warning" | "info";
/**
 * Which card a notice belongs to: each action's result shows beside the action that caused it, not
 * in one area at the top of the pane (a screen-reader live region still announces every notice).
 */
export type NoticeArea = "start" | "classify" | "data" | "share";
export interface Notice {
  intent: NoticeIntent;
  message: Msg;
  area: NoticeArea;
}

const TASK_AREA: Readonly<Record<Task, NoticeArea>> = {
  detect: "start",
  insert: "start",
  adopt: "start",
  classify: "classify",
  loadData: "data",
};

export interface PaneState {
  start: StartInfo | undefined;
  /** The long-running task in flight; one at a time so buttons cannot race each other. */
  busy: Task | undefined;
  progress: Progress | undefined;
  cancelRequested: boolean;
  /** Set while the adapter waits for the user to allow overwriting cells they edited. */
  pendingConflicts: ConflictView[] | undefined;
  result: ClassifyOutcome | undefined;
  selectedProblem: string | undefined;
  notice: Notice | undefined;
  /** Vintage of the reference data loaded in this session, and the one recorded in the workbook. */
  loadedVintage: VintageView | undefined;
  recordedVintage: VintageView | undefined;
  dataProblems: string[];
  /** What the last load did with each file; undefined before any load in this session. */
  dataReport: DataReport | undefined;
}

export const initialState: PaneState = {
  start: undefined,
  busy: undefined,
  progress: undefined,
  cancelRequested: false,
  pendingConflicts: undefined,
  result: undefined,
  selectedProblem: undefined,
  notice: undefined,
  loadedVintage: undefined,
  recordedVintage: undefined,
  dataProblems: [],
  dataReport: undefined,
};

export type PaneAction =
  | { type: "task/started"; task: Task }
  | { type: "task/failed"; message: Msg }
  | { type: "detect/done"; info: StartInfo }
  | { type: "insert/done"; info: StartInfo }
  | { type: "adopt/done"; info: StartInfo }
  | { type: "classify/progress"; progress: Progress }
  | { type: "classify/cancelRequested" }
  | { type: "classify/confirm"; conflicts: ConflictView[] }
  | { type: "classify/confirmed"; overwrite: boolean }
  | { type: "classify/done"; outcome: ClassifyOutcome }
  | { type: "problem/selected"; key: string }
  | { type: "vintage/loaded"; vintage: VintageView | undefined }
  | { type: "vintage/recorded"; vintage: VintageView | undefined }
  /** `vintage` undefined: nothing in the files was newer or usable, so the data in use is unchanged. */
  | {
      type: "data/done";
      vintage: VintageView | undefined;
      problems: string[];
      files: DataFileView[];
    }
  | { type: "notice/shown"; notice: Notice }
  | { type: "notice/dismissed" };

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case "task/started":
      // A second task while one runs is ignored rather than queued: the buttons are disabled, so
      // this only happens on a double click, and running twice would double-write the workbook.
      if (state.busy !== undefined) return state;
      return {
        ...state,
        busy: action.task,
        progress:
          action.task === "classify" ? { phase: "reading", done: 0, total: 0 } : state.progress,
        cancelRequested: action.task === "classify" ? false : state.cancelRequested,
        notice: action.task === "detect" ? state.notice : undefined,
        dataProblems: action.task === "loadData" ? [] : state.dataProblems,
        dataReport: action.task === "loadData" ? undefined : state.dataReport,
      };
    case "task/failed":
      return {
        ...state,
        busy: undefined,
        progress: undefined,
        pendingConflicts: undefined,
        cancelRequested: false,
        notice: {
          intent: "error",
          message: action.message,
          area: state.busy ? TASK_AREA[state.busy] : "start",
        },
      };
    case "detect/done":
      return { ...state, busy: finish(state, "detect"), start: action.info };
    case "insert/done":
      return {
        ...state,
        busy: finish(state, "insert"),
        start: action.info,
        notice: {
          intent: "success",
          area: "start",
          message: {
            id: "pane.start.inserted",
            params: { table: action.info.tableName ?? "Products" },
          },
        },
      };
    case "adopt/done":
      return {
        ...state,
        busy: finish(state, "adopt"),
        start: action.info,
        notice: {
          intent: "success",
          area: "start",
          message: {
            id: "pane.start.adopted",
            params: { table: action.info.tableName ?? "Products" },
          },
        },
      };
    case "classify/progress":
      if (state.busy !== "classify") return state;
      return { ...state, progress: action.progress };
    case "classify/cancelRequested":
      if (state.busy !== "classify") return state;
      return { ...state, cancelRequested: true, pendingConflicts: undefined };
    case "classify/confirm":
      if (state.busy !== "classify") return state;
      return { ...state, pendingConflicts: action.conflicts };
    case "classify/confirmed":
      return { ...state, pendingConflicts: undefined };
    case "classify/done": {
      if (state.busy !== "classify") return state;
      const { outcome } = action;
      const stillSelected = outcome.problems.some((p) => p.key === state.selectedProblem);
      return {
        ...state,
        busy: undefined,
        progress: undefined,
        cancelRequested: false,
        pendingConflicts: undefined,
        // A cancelled run wrote nothing: the last results still describe the workbook.
        result: outcome.cancelled ? state.result : outcome,
        selectedProblem: outcome.cancelled || stillSelected ? state.selectedProblem : undefined,
        notice: classifyNotice(outcome),
      };
    }
    case "problem/selected":
      return { ...state, selectedProblem: action.key };
    case "vintage/loaded":
      return { ...state, loadedVintage: action.vintage };
    case "vintage/recorded":
      return { ...state, recordedVintage: action.vintage };
    case "data/done":
      return {
        ...state,
        busy: finish(state, "loadData"),
        loadedVintage: action.vintage ?? state.loadedVintage,
        dataProblems: action.problems,
        dataReport: dataReport(action.files),
        notice: action.vintage
          ? loadedNotice(action.files)
          : unchangedNotice(action.files, action.problems),
      };
    case "notice/shown":
      return { ...state, notice: action.notice };
    case "notice/dismissed":
      return { ...state, notice: undefined };
  }
}

/** A task's completion frees the pane only if that task is the one running. */
function finish(state: PaneState, task: Task): Task | undefined {
  return state.busy === task ? undefined : state.busy;
}

const STATUS_ORDER: Record<DataFileView["status"], number> = { loaded: 0, skipped: 1, rejected: 2 };

/** Files grouped loaded → skipped → rejected, in the order they were read within each group. */
export function dataReport(files: ReadonlyArray<DataFileView>): DataReport {
  const sorted = files
    .map((file, index) => ({ file, index }))
    .sort((a, b) => STATUS_ORDER[a.file.status] - STATUS_ORDER[b.file.status] || a.index - b.index)
    .map(({ file }) => file);
  const count = (status: DataFileView["status"]): number =>
    files.filter((f) => f.status === status).length;
  return {
    files: sorted,
    loaded: count("loaded"),
    skipped: count("skipped"),
    rejected: count("rejected"),
  };
}

/**
 * Nothing was installed: when the files were CMS data that lost to newer releases (or payment
 * amounts), "not a CMS file" would be wrong, so the notice points at the file list instead.
 */
/**
 * Something was installed: the notice names what this load added (not the whole set in use, which
 * may include data loaded earlier) and what it rejected; any rejection makes it a warning.
 */
function loadedNotice(files: ReadonlyArray<DataFileView>): Notice {
  const used = files.filter((f) => f.status === "loaded").map((f) => f.detail);
  const rejected = files.filter((f) => f.status === "rejected").map((f) => f.file);
  // Dataset names and releases ("GPCI CY2026") are CMS's own words in every language.
  const datasets = used.map((m) => render(m)).join(", ");
  if (rejected.length === 0)
    return {
      intent: "success",
      area: "data",
      message: { id: "pane.data.loadedOnly", params: { datasets } },
    };
  return {
    intent: "warning",
    area: "data",
    message: {
      id: "pane.data.loadedRejected",
      params: { datasets, rejected: rejected.length, files: rejected.join(", ") },
    },
  };
}

function unchangedNotice(files: ReadonlyArray<DataFileView>, problems: string[]): Notice {
  const recognised = files.some(
    (f) =>
      f.status === "skipped" &&
      (f.detail.id === "pane.data.file.superseded" || f.detail.id === "pane.data.file.paymentOnly")
  );
  if (recognised)
    return { intent: "warning", area: "data", message: { id: "pane.data.nothingNew" } };
  const details = problems.length > 0 ? problems.join("; ") : files.map((f) => f.file).join(", ");
  return {
    intent: "error",
    area: "data",
    message: { id: "pane.data.noDatasets", params: { details } },
  };
}

function classifyNotice(outcome: ClassifyOutcome): Notice {
  if (outcome.cancelled) {
    return { intent: "warning", area: "classify", message: { id: "pane.classify.cancelled" } };
  }
  if (outcome.problems.length > 0) {
    return {
      intent: "warning",
      area: "classify",
      message: {
        id: "pane.classify.doneWithProblems",
        params: { count: outcome.summary.classified, problems: outcome.problems.length },
      },
    };
  }
  return {
    intent: "success",
    area: "classify",
    message: { id: "pane.classify.done", params: { count: outcome.summary.classified } },
  };
}

// ---- selectors: what the components may do, derived, so the rules live in one tested place ----

export function canClassify(state: PaneState): boolean {
  return (
    state.busy === undefined &&
    state.start !== undefined &&
    state.start.found &&
    state.start.isTable &&
    state.start.missingRequired.length === 0
  );
}

export function canInsert(state: PaneState): boolean {
  return state.busy === undefined && state.start !== undefined && !state.start.found;
}

export function canAdopt(state: PaneState): boolean {
  return (
    state.busy === undefined &&
    state.start !== undefined &&
    state.start.found &&
    !state.start.isTable
  );
}

/**
 * What differs between the workbook's recorded vintage and the loaded one, dataset by dataset
 * (the labels share most entries, so naming only the first would read "classified with X, but X
 * is loaded now"): the message to show, as a catalogue reference.
 */
export function vintageDifference(state: PaneState): Msg | undefined {
  if (!vintageMismatch(state)) return undefined;
  const recorded = state.recordedVintage!.entries;
  const loaded = state.loadedVintage!.entries;
  const onlyRecorded = recorded.filter((e) => !loaded.includes(e));
  const onlyLoaded = loaded.filter((e) => !recorded.includes(e));
  if (onlyRecorded.length > 0 && onlyLoaded.length > 0)
    return {
      id: "pane.data.mismatch",
      params: { recorded: onlyRecorded.join("; "), loaded: onlyLoaded.join("; ") },
    };
  if (onlyLoaded.length > 0)
    return { id: "pane.data.mismatchAdded", params: { loaded: onlyLoaded.join("; ") } };
  if (onlyRecorded.length > 0)
    return { id: "pane.data.mismatchMissing", params: { recorded: onlyRecorded.join("; ") } };
  // Same datasets, different identity (e.g. re-issued files): fall back to the short labels.
  return {
    id: "pane.data.mismatch",
    params: { recorded: state.recordedVintage!.short, loaded: state.loadedVintage!.short },
  };
}

/** The workbook's numbers came from other reference files than the ones loaded now. */
export function vintageMismatch(state: PaneState): boolean {
  const { recordedVintage: recorded, loadedVintage: loaded } = state;
  return (
    recorded !== undefined &&
    recorded.id !== "" &&
    loaded !== undefined &&
    loaded.id !== "" &&
    recorded.id !== loaded.id
  );
}

/**
 * Progress as a 0..1 fraction for the ProgressBar, or undefined (an indeterminate bar) while there
 * is nothing to measure yet: no total, or a single step not yet done.
 */
export function progressFraction(progress: Progress | undefined): number | undefined {
  if (!progress || progress.total <= 0) return undefined;
  if (progress.total === 1 && progress.done <= 0) return undefined;
  return Math.min(1, Math.max(0, progress.done / progress.total));
}
