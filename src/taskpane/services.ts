/**
 * What the pane needs from the outside world, as one injectable object. Production wires it to the
 * Excel adapter and the reference-data loader (`officeServices.ts`); the browser harness wires the
 * same adapter over the in-memory Excel. The pane never touches `Excel.*` itself.
 *
 * The translators below turn the adapter's results into the pane's view types (state.ts), so the
 * components stay independent of the adapter's exact shapes.
 */
import type { EconomicsData } from "../domain/writeback/output";
import { COLUMN_BY_ID, type ColumnId } from "../domain/rows/columns";
import type { HeaderMatch } from "../domain/rows/header";
import type { ReferenceData } from "../domain/reference/model";
import type { Vintage } from "../domain/reference/vintage";
import { getLocale, t, type Locale, type Msg } from "../i18n/catalogue";
import { ReimbError } from "../domain/errors";
import type { CodeReference } from "../domain/reference/port";
import type { CodeMatch } from "../domain/search";
import { PATHWAY_COLUMNS, headerKey, recogniseColumn } from "../domain/report/columns";
import { formatProblem } from "../domain/rows/problems";
import { PATHWAYS } from "../domain/pathway/types";
import type { FileOutcome } from "../data/load";
import type {
  ClassifyOptions,
  ClassifyOutcome as AdapterClassifyOutcome,
  OverwriteRequest,
  ProductsTableInfo,
} from "../excel";
import type {
  ClassifyOutcome,
  ConflictView,
  DataFileView,
  ProblemView,
  Progress,
  StartInfo,
  VintageView,
} from "./state";

/** A failure the pane can explain in the user's words (a catalogue message, not an exception text). */
export class PaneError extends ReimbError {
  constructor(msg: Msg) {
    super(msg.id, msg.params);
    this.name = "PaneError";
  }
}

export interface LoadedReference {
  /** The vintage now in use, or undefined when the files changed nothing (nothing installed). */
  vintage: VintageView | undefined;
  /** Plain-text problems found while reading the files (already rendered in the user's locale). */
  problems: string[];
  /** Every file and zip member, with what became of it. */
  files: DataFileView[];
}

export interface ClassifyRequest {
  onProgress: (progress: Progress) => void;
  signal: AbortSignal;
  /** Resolves true to overwrite the listed cells the user edited, false to keep the user's values. */
  confirmOverwrite: (conflicts: ConflictView[]) => Promise<boolean>;
}

export interface PaneServices {
  detectProducts(): Promise<StartInfo>;
  insertStarterTables(): Promise<StartInfo>;
  adoptHeaderRow(sheetName: string): Promise<StartInfo>;
  classify(request: ClassifyRequest): Promise<ClassifyOutcome>;
  selectCell(sheetName: string, address: string): Promise<void>;
  /** Vintage of the reference data the economics use in this session, if any is loaded. */
  loadedVintage(): VintageView | undefined;
  /**
   * HCPCS codes whose CMS descriptors match `text`, best first; undefined when the loaded data has
   * no HCPCS Level II file to search (CPT descriptors are AMA-licensed and never shipped).
   */
  searchCodes?(text: string, limit?: number): CodeMatch[] | undefined;
  /** Vintage recorded in the workbook by the last classification, if any. */
  readRecordedVintage(): Promise<VintageView | undefined>;
  loadReferenceFiles(
    files: ReadonlyArray<{ name: string; bytes: Uint8Array }>
  ): Promise<LoadedReference>;
  /** Subscribe to changes of the loaded vintage made outside the pane; returns unsubscribe. */
  onVintageChange?(listener: (vintage: VintageView | undefined) => void): () => void;
  /**
   * Writes a problem's suggested value into its cell (asked first by the pane). "changed": the
   * cell no longer holds what the pane showed, so nothing was written.
   */
  fixProblem?(problem: ProblemView, value: string): Promise<"written" | "changed" | "missing">;
  /** Activates a table the add-in updated (the "Updated: …" links). */
  showTable?(tableName: string): Promise<boolean>;
  /** Excel's Calculate Now: every formula, REIMB cells included. */
  recalculate?(): Promise<boolean>;
}

// ---------------------------------------------------------------------------------------------
// The adapter's results (src/excel) in the pane's view types.

/** A recognised header as the Start card lists it: canonical, and the user's spelling if it differs. */
function recognisedView(entry: HeaderMatch["recognised"][number]): StartInfo["recognised"][number] {
  const canonical = COLUMN_BY_ID[entry.id].header;
  // "SKU" recognised as Product ID is worth showing; "Candidate codes" for "Candidate code(s)" is not.
  return headerKey(entry.header) !== headerKey(canonical)
    ? { header: canonical, from: entry.header.trim() }
    : { header: canonical };
}

export function toStartInfo(info: ProductsTableInfo): StartInfo {
  const header = info.header;
  const canonical = (ids: readonly ColumnId[] | undefined): string[] =>
    (ids ?? []).map((id) => COLUMN_BY_ID[id].header);
  return {
    found: info.found,
    isTable: info.found && typeof info.tableName === "string" && info.tableName.length > 0,
    sheetName: info.sheetName,
    tableName: info.tableName,
    address: info.address,
    recognised: (header?.recognised ?? []).map(recognisedView),
    missingRequired: canonical(header?.missingRequired),
    missingOptional: canonical(header?.missingOptional),
    // Unrecognised headers are the user's own text: shown as typed, never mapped to a column;
    // the add-in's own pathway columns are not the user's extra columns.
    unrecognised: (header?.unrecognised ?? [])
      .map((entry) => entry.header)
      .filter((text) => recogniseColumn(PATHWAY_COLUMNS, text) === undefined),
    dataRowCount: info.dataRowCount,
  };
}

export function toProblemView(problem: AdapterProblem, index: number): ProblemView {
  const { sheetName, address } = problem;
  const column =
    problem.columnHeader ?? (problem.column ? COLUMN_BY_ID[problem.column].header : "");
  return {
    key: `${sheetName}!${address}|${column}|${index}`,
    rowNumber: problem.rowNumber,
    column,
    value: problem.value ?? "",
    text: problem.text,
    // The list shows row and column above the message, the suggestion before it and the allowed
    // values folded away, so the message is rendered without any of them.
    detail: formatProblem(
      { id: problem.id, params: problem.params, rowNumber: 0, severity: problem.severity },
      getLocale()
    ),
    severity: problem.severity,
    sheetName,
    address,
    suggestion: problem.nearest,
    allowed: [...(problem.allowed ?? [])],
  };
}

export function toConflictView(conflict: OverwriteRequest): ConflictView {
  return {
    sheetName: conflict.sheetName,
    address: conflict.address,
    current: conflict.current,
    proposed: conflict.next,
  };
}

export function toClassifyOutcome(result: AdapterClassifyOutcome): ClassifyOutcome {
  return {
    summary: {
      rows: result.summary.rows,
      classified: result.summary.classified,
      withProblems: result.summary.withProblems,
      byPathway: PATHWAYS.filter((id) => (result.summary.byPathway[id] ?? 0) > 0).map((id) => ({
        id,
        // The pane's language; the sheets' Pathway cells are written by the report in theirs.
        label: t(`pane.pathway.${id}`),
        count: result.summary.byPathway[id],
      })),
    },
    problems: result.problems.map(toProblemView),
    cancelled: result.cancelled,
    wroteTables: [...result.wroteTables],
    syncCount: result.syncCount,
  };
}

/**
 * A vintage as the pane shows it, from the loaded data's `Vintage` or the label the workbook
 * records (a document setting). The label is the identity: it is what the workbook records, so
 * the two compare like for like. Entries are "; "-separated.
 */
export function toVintageView(vintage: Vintage | string | undefined): VintageView | undefined {
  if (vintage === undefined) return undefined;
  if (typeof vintage !== "string") return toVintageView(vintage.label);
  const entries = splitLabel(vintage);
  return entries.length === 0 ? undefined : { id: vintage, short: shortOf(entries[0]), entries };
}

/** The data layer's account of each file, in the pane's words (catalogue messages). */
export function toDataFileViews(outcomes: ReadonlyArray<FileOutcome>): DataFileView[] {
  return outcomes.map((o, index): DataFileView => {
    const key = `${index}|${o.file}`;
    switch (o.status) {
      case "loaded":
        return {
          key,
          file: o.file,
          status: "loaded",
          detail: { id: "pane.data.file.loaded", params: { dataset: o.dataset, when: o.when } },
        };
      case "rejected":
        return {
          key,
          file: o.file,
          status: "rejected",
          detail: o.problem ?? { id: "pane.data.file.failed", params: { detail: o.text } },
        };
      case "skipped":
        return {
          key,
          file: o.file,
          status: "skipped",
          detail:
            o.reason === "superseded"
              ? { id: "pane.data.file.superseded", params: { dataset: o.dataset, when: o.when } }
              : o.reason === "paymentOnly"
                ? { id: "pane.data.file.paymentOnly", params: { when: o.when } }
                : { id: "pane.data.file.notCms" },
        };
    }
  });
}

function splitLabel(label: string): string[] {
  return label
    .split(";")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** "PFS RVU CY2026 July (released 2026-06-30)" → "PFS RVU CY2026 July": the badge has 300 px. */
function shortOf(entry: string): string {
  return entry.replace(/\s*\(released [^)]*\)\s*$/, "");
}

// ---------------------------------------------------------------------------------------------
// Wiring: the Excel adapter and the reference-data holder, as the pane uses them.

/** The adapter's own functions (src/excel), as the pane calls them. */
type ExcelAdapter = typeof import("../excel");
type FixCellAdapter = typeof import("../excel/fixCell");

/** The options the adapter's classification takes (the pane's progress, cancel and question). */
export type AdapterClassifyOptions = ClassifyOptions;
/** One input problem as the adapter reports it: the row problem and the cell it is in. */
export type AdapterProblem = AdapterClassifyOutcome["problems"][number];

/**
 * The subset of `src/excel` the pane calls, typed by the adapter itself so the two cannot drift.
 * The fix-a-cell, show-a-table, name-a-cell and recalculate calls are optional: an adapter (or a
 * test's) without them hides the matching buttons.
 */
export type ExcelAdapterPort = Pick<
  ExcelAdapter,
  | "detectProducts"
  | "insertStarterTables"
  | "adoptHeaderRow"
  | "classifyWorkbook"
  | "selectCell"
  | "readRecordedVintage"
  | "recordVintage"
> &
  Partial<Pick<ExcelAdapter, "recalculateReimbCells">> &
  Partial<Pick<FixCellAdapter, "writeSuggestedValue" | "showTable" | "describeCells">>;

/** The shared-runtime reference data (the same object the custom functions read). */
export interface ReferencePort {
  /** The loaded reference data and its vintage, or undefined when none is loaded. */
  current(): { reference: CodeReference; vintage: Vintage } | undefined;
  /** The loaded data the Economics sheet is priced with, and why there is none (optional in stubs). */
  economics?(): EconomicsData;
  /**
   * Reads files into the data that would be current after installing them (`data`, handed back
   * to `install` once the pane decides to use it). `datasets`: how many CMS datasets the files
   * held that are now in use; `files`: what became of each file.
   */
  load(files: ReadonlyArray<{ name: string; bytes: Uint8Array }>): Promise<{
    data: ReferenceData;
    vintage: Vintage;
    problems: string[];
    datasets: number;
    files?: ReadonlyArray<FileOutcome>;
  }>;
  /** Makes loaded data current for the pane and the custom functions. */
  install(data: ReferenceData): void;
  /** Called when the data changes elsewhere (the bundled data finishing loading); returns unsubscribe. */
  onChange?(listener: (vintage: Vintage | undefined) => void): () => void;
}

export function createPaneServices(
  adapter: ExcelAdapterPort,
  reference: ReferencePort,
  locale: Locale
): PaneServices {
  const detect = async (): Promise<StartInfo> => toStartInfo(await adapter.detectProducts());
  return {
    detectProducts: detect,
    // Insert and adopt report what they made by detecting afresh: the Start card then shows exactly
    // what a later classification will read.
    insertStarterTables: async () => {
      await adapter.insertStarterTables(locale);
      return detect();
    },
    adoptHeaderRow: async (sheetName) => {
      await adapter.adoptHeaderRow(sheetName);
      return detect();
    },
    classify: async (request) => {
      const loaded = reference.current();
      const result = await adapter.classifyWorkbook({
        locale,
        signal: request.signal,
        onProgress: request.onProgress,
        confirmOverwrite: async (conflicts) => {
          const views = conflicts.map(toConflictView);
          // Column and product name a cell for a finance user; the address stays as a fallback.
          const named = adapter.describeCells
            ? await adapter.describeCells(views).catch(() => undefined)
            : undefined;
          return request.confirmOverwrite(
            views.map((v, i) => ({
              ...v,
              column: named?.[i]?.column,
              productId: named?.[i]?.productId,
            }))
          );
        },
        reference: loaded?.reference,
        economics: reference.economics?.(),
      });
      const outcome = toClassifyOutcome(result);
      // The workbook remembers which data its numbers came from, so opening it with other data warns.
      const vintage = loaded ? toVintageView(loaded.vintage) : undefined;
      if (!outcome.cancelled && vintage) await adapter.recordVintage(vintage.id);
      return outcome;
    },
    selectCell: (sheetName, address) => adapter.selectCell(sheetName, address),
    fixProblem: adapter.writeSuggestedValue
      ? (problem, value) =>
          adapter.writeSuggestedValue!(problem.sheetName, problem.address, problem.value, value)
      : undefined,
    showTable: adapter.showTable ? (name) => adapter.showTable!(name) : undefined,
    recalculate: adapter.recalculateReimbCells ? () => adapter.recalculateReimbCells!() : undefined,
    loadedVintage: () => toVintageView(reference.current()?.vintage),
    searchCodes: (text, limit) => {
      const codes = reference.current()?.reference;
      return codes?.searchCodes ? codes.searchCodes(text, limit) : undefined;
    },
    readRecordedVintage: async () => toVintageView(await adapter.readRecordedVintage()),
    loadReferenceFiles: async (files) => {
      const loaded = await reference.load(files);
      const vintage = toVintageView(loaded.vintage);
      // A port that does not account for files: each chosen file is at least named.
      const views = loaded.files
        ? toDataFileViews(loaded.files)
        : files.map<DataFileView>((f, i) => ({
            key: `${i}|${f.name}`,
            file: f.name,
            status: loaded.datasets > 0 ? "loaded" : "skipped",
            detail: { id: loaded.datasets > 0 ? "pane.data.file.read" : "pane.data.file.notCms" },
          }));
      // Files that yield no dataset in use change nothing; the card says why, file by file.
      if (!vintage || loaded.datasets === 0)
        return { vintage: undefined, problems: loaded.problems, files: views };
      reference.install(loaded.data);
      return { vintage, problems: loaded.problems, files: views };
    },
    onVintageChange: reference.onChange
      ? (listener) =>
          (reference.onChange as NonNullable<ReferencePort["onChange"]>)((v) =>
            listener(toVintageView(v))
          )
      : undefined,
  };
}
