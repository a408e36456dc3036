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
import { getLocale, t, type Locale, type Msg } from "../i18n/catalogue";
import { ReimbError } from "../domain/errors";
import type { CodeReference } from "../domain/reference/port";
import type { CodeMatch } from "../domain/search";
import { PATHWAY_COLUMNS, headerKey, recogniseColumn } from "../domain/report/columns";
import { formatProblem } from "../domain/rows/problems";
import { PATHWAY_LABELS, type PathwayId } from "../domain/pathway/types";
import type { FileOutcome } from "../data/load";
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
// Adapter result shapes as the pane reads them. Structural and partial on purpose: the pane only
// depends on the fields it shows.

export interface AdapterHeaderMatch {
  recognised?: ReadonlyArray<unknown>;
  missingRequired?: ReadonlyArray<unknown>;
  missingOptional?: ReadonlyArray<unknown>;
  unrecognised?: ReadonlyArray<unknown>;
}

export interface AdapterTableInfo {
  found: boolean;
  sheetName?: string;
  tableName?: string;
  address?: string;
  header?: AdapterHeaderMatch;
  dataRowCount?: number;
}

export interface AdapterProblem {
  /** Catalogue id and params of the message itself (RowProblem), when the adapter passes them on. */
  id?: string;
  params?: Readonly<Record<string, string | number>>;
  allowed?: readonly string[];
  nearest?: string;
  rowNumber?: number;
  column?: string;
  columnHeader?: string;
  value?: unknown;
  severity?: string;
  sheetName?: string;
  address?: string;
  text?: string;
}

export interface AdapterConflict {
  sheetName?: string;
  address?: string;
  current?: unknown;
  existing?: unknown;
  proposed?: unknown;
  next?: unknown;
  value?: unknown;
}

export interface AdapterClassifyResult {
  summary: {
    rows: number;
    classified: number;
    withProblems: number;
    byPathway: Readonly<Record<string, number>>;
  };
  problems: ReadonlyArray<AdapterProblem>;
  wroteTables?: ReadonlyArray<string>;
  syncCount?: number;
  cancelled?: boolean;
}

/** A canonical header for whatever the header matcher reports: a ColumnId, a header, or an object. */
export function headerText(entry: unknown): string {
  if (typeof entry === "string")
    return entry in COLUMN_BY_ID ? COLUMN_BY_ID[entry as ColumnId].header : entry;
  if (entry && typeof entry === "object") {
    const record = entry as Record<string, unknown>;
    const column = record.column ?? record.id ?? record.columnId;
    if (typeof column === "string" && column in COLUMN_BY_ID)
      return COLUMN_BY_ID[column as ColumnId].header;
    for (const key of ["header", "canonical", "text", "name"]) {
      if (typeof record[key] === "string") return record[key] as string;
    }
  }
  return String(entry);
}

export function toStartInfo(info: AdapterTableInfo): StartInfo {
  const header = info.header ?? {};
  const list = (entries: ReadonlyArray<unknown> | undefined): string[] =>
    (entries ?? []).map(headerText);
  return {
    found: info.found,
    isTable: info.found && typeof info.tableName === "string" && info.tableName.length > 0,
    sheetName: info.sheetName,
    tableName: info.tableName,
    address: info.address,
    recognised: (header.recognised ?? []).map((entry) => {
      const canonical = headerText(entry);
      const typed =
        entry && typeof entry === "object" ? (entry as Record<string, unknown>).header : undefined;
      // "SKU" recognised as Product ID is worth showing; "Candidate codes" for "Candidate code(s)" is not.
      return typeof typed === "string" && headerKey(typed) !== headerKey(canonical)
        ? { header: canonical, from: typed.trim() }
        : { header: canonical };
    }),
    missingRequired: list(header.missingRequired),
    missingOptional: list(header.missingOptional),
    unrecognised: (header.unrecognised ?? [])
      .map((entry) => {
        // Unrecognised headers are the user's own text: show it, never map it to a canonical name.
        if (entry && typeof entry === "object") {
          const record = entry as Record<string, unknown>;
          return String(record.text ?? record.header ?? record.value ?? "");
        }
        return String(entry);
      })
      // The add-in's own pathway columns are not the user's extra columns.
      .filter((text) => recogniseColumn(PATHWAY_COLUMNS, text) === undefined),
    dataRowCount: info.dataRowCount ?? 0,
  };
}

function cellText(value: unknown): string {
  if (value === undefined || value === null) return "";
  return String(value);
}

export function toProblemView(problem: AdapterProblem, index: number): ProblemView {
  const sheetName = problem.sheetName ?? "";
  const address = problem.address ?? "";
  const column = problem.columnHeader ?? (problem.column ? headerText(problem.column) : "");
  const text = problem.text ?? "";
  // The list shows row and column above the message, the suggestion before it and the allowed
  // values folded away, so the message is rendered without any of them.
  const structured = typeof problem.id === "string";
  const detail = structured
    ? formatProblem(
        {
          id: problem.id as string,
          params: problem.params,
          rowNumber: 0,
          severity: problem.severity === "warning" ? "warning" : "error",
        },
        getLocale()
      )
    : text;
  return {
    key: `${sheetName}!${address}|${column}|${index}`,
    rowNumber: problem.rowNumber ?? 0,
    column,
    value: cellText(problem.value),
    text,
    detail,
    severity: problem.severity === "warning" ? "warning" : "error",
    sheetName,
    address,
    suggestion: structured && problem.nearest ? problem.nearest : undefined,
    allowed: structured ? [...(problem.allowed ?? [])] : [],
  };
}

export function toConflictView(conflict: AdapterConflict): ConflictView {
  return {
    sheetName: conflict.sheetName ?? "",
    address: conflict.address ?? "",
    current: cellText(conflict.current ?? conflict.existing),
    proposed: cellText(conflict.proposed ?? conflict.next ?? conflict.value),
  };
}

export function toClassifyOutcome(result: AdapterClassifyResult): ClassifyOutcome {
  return {
    summary: {
      rows: result.summary.rows,
      classified: result.summary.classified,
      withProblems: result.summary.withProblems,
      byPathway: Object.entries(result.summary.byPathway)
        .filter(([, count]) => count > 0)
        .map(([key, count]) => ({
          id: key,
          // The pane's language; the sheets' Pathway cells are written by the report in theirs.
          label: key in PATHWAY_LABELS ? t(`pane.pathway.${key as PathwayId}`) : key,
          count,
        })),
    },
    problems: result.problems.map(toProblemView),
    cancelled: result.cancelled === true,
    wroteTables: [...(result.wroteTables ?? [])],
    syncCount: result.syncCount ?? 0,
  };
}

/**
 * A vintage from whatever the reference module or the workbook stamp gives: a `Vintage`
 * ({id, label, entries}) or the label string the workbook records. Entries are "; "-separated.
 */
export function toVintageView(vintage: unknown): VintageView | undefined {
  if (vintage === undefined || vintage === null) return undefined;
  if (typeof vintage === "string") {
    const entries = splitLabel(vintage);
    return entries.length === 0 ? undefined : { id: vintage, short: shortOf(entries[0]), entries };
  }
  if (typeof vintage === "object") {
    const record = vintage as Record<string, unknown>;
    // The label is the identity: it is what the workbook records, so the two compare like for like.
    return typeof record.label === "string" ? toVintageView(record.label) : undefined;
  }
  return undefined;
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

export interface AdapterClassifyOptions {
  locale: Locale;
  onProgress: (progress: Progress) => void;
  signal: AbortSignal;
  confirmOverwrite: (conflicts: AdapterConflict[]) => Promise<boolean>;
  reference?: CodeReference;
  economics?: EconomicsData;
}

/** The subset of `src/excel` the pane calls. */
export interface ExcelAdapterPort {
  detectProducts(): Promise<AdapterTableInfo>;
  insertStarterTables(locale?: Locale): Promise<unknown>;
  adoptHeaderRow(sheetName: string): Promise<unknown>;
  classifyWorkbook(options: AdapterClassifyOptions): Promise<AdapterClassifyResult>;
  selectCell(sheetName: string, address: string): Promise<void>;
  readRecordedVintage(): Promise<unknown>;
  /** Stores the vintage label in the workbook (a document setting that travels with the file). */
  recordVintage(vintage: string): Promise<unknown>;
  // Optional: older adapters (and test stubs) without them simply hide the matching buttons.
  writeSuggestedValue?(
    sheetName: string,
    address: string,
    expected: string,
    value: string
  ): Promise<"written" | "changed" | "missing">;
  showTable?(tableName: string): Promise<boolean>;
  describeCells?(
    cells: ReadonlyArray<{ sheetName: string; address: string }>
  ): Promise<Array<{ column: string; productId: string }>>;
  recalculateReimbCells?(): Promise<boolean>;
}

/** The shared-runtime reference data (the same object the custom functions read). */
export interface ReferencePort {
  /** The loaded reference data and its vintage, or undefined when none is loaded. */
  current(): { reference: CodeReference; vintage: unknown } | undefined;
  /** The loaded data the Economics sheet is priced with, and why there is none (optional in stubs). */
  economics?(): EconomicsData;
  /**
   * Reads files into the data that would be current after installing them; `data` is opaque to the
   * pane and only handed back to `install`. `datasets`: how many CMS datasets the files held that
   * are now in use; `files`: what became of each file.
   */
  load(files: ReadonlyArray<{ name: string; bytes: Uint8Array }>): Promise<{
    data: unknown;
    vintage: unknown;
    problems: string[];
    datasets: number;
    files?: ReadonlyArray<FileOutcome>;
  }>;
  /** Makes loaded data current for the pane and the custom functions. */
  install(data: unknown): void;
  /** Called when the data changes elsewhere (the bundled data finishing loading); returns unsubscribe. */
  onChange?(listener: (vintage: unknown) => void): () => void;
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
