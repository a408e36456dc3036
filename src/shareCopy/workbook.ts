/**
 * The share transform on the .xlsx file itself (docs/features.md#share): one module for both hosts
 * (the pane passes the bytes Office gives it, the CLI the bytes it read from disk). Uses ExcelJS,
 * which runs in Node and the browser; no Office, no Node-only imports.
 *
 * `inspectWorkbook` is the pre-share check; `shareWorkbook` makes the copy. The original bytes are
 * only ever read.
 */
import * as ExcelJS from "exceljs";
import {
  PackageError,
  cellRef,
  openPackage,
  readSharedStrings,
  readSheet,
  readSheetTables,
  readTable,
  readWorkbook,
  type Package,
  type WorkbookInfo,
} from "../xlsx";
import { child as xmlChild, elements as xmlElements, getAttr as xmlAttrOf } from "../xlsx/xml";
import { render, type Locale, type MessageParams } from "../i18n/catalogue";
import { ReimbError, type MessageId } from "../domain/errors";
import { reportSheetName } from "../domain/report/names";
import { assumptionKeyOf } from "../domain/assumptions";
import { readDate } from "../domain/rows/cells";
import {
  buildAbout,
  type AboutCell,
  type AboutRow,
  type AssumptionLine,
} from "../domain/about/about";
import { LATEST_YEAR, PARAMETER_YEARS } from "../domain/economics/params";
import {
  modelData,
  type CallArg,
  type ModelData,
  type ReimbCallFacts,
} from "../domain/about/modelData";
import {
  containsReimbCall,
  parseReference,
  parseSingleReimbCall,
  referencedSheets,
  tokenize,
  type Token,
} from "./formula";

/** `REIMB.DATA_VINTAGE()` shows the CMS data a workbook was calculated with. */
const VINTAGE_FUNCTION = "datavintage";
import {
  defaultEvaluators,
  isErrorValue,
  sameValue,
  toCellScalar,
  type CellScalar,
  type EvaluatorRegistry,
} from "./recompute";
import { PatchError, patchXlsx, type AboutCellOut, type PatchPlan } from "./xlsxPatch";

export type SheetState = "visible" | "hidden" | "veryHidden";

export interface SheetInfo {
  name: string;
  state: SheetState;
  /** A hidden sheet the add-in keeps for itself (name starts with `_reimb`): never shared. */
  addinOwned: boolean;
  /** Shared unless the user says otherwise: every visible sheet. */
  includedByDefault: boolean;
  reimbCells: number;
}

export interface StaleCell {
  sheet: string;
  address: string;
  cached: CellScalar;
  recomputed: CellScalar;
}

export interface ErrorCell {
  sheet: string;
  address: string;
  /** The Excel error the file holds ("#VALUE!", "#NAME?", …), or "" when the cell has no value at all. */
  value: string;
}

/** Parts of the file a copy made here does not carry over (ExcelJS cannot write them). */
export type LostFeature = "charts" | "pivotTables" | "slicers" | "macros" | "externalLinks";

export interface Inspection {
  sheets: SheetInfo[];
  /** Cells whose formula calls a REIMB.* function. */
  reimbCells: number;
  /** REIMB cells recomputed with the add-in's functions and compared with the value in the file. */
  checked: number;
  stale: StaleCell[];
  errors: ErrorCell[];
  /** Add-in settings and custom XML parts found (always left out of the copy). */
  addinParts: string[];
}

export interface ShareOptions {
  /** Sheets to share (by name). Default: every visible sheet. Add-in sheets are never shared. */
  includeSheets?: readonly string[];
  now: Date;
  vintage?: string;
  year?: number;
  locality?: string;
  assumptions?: readonly AssumptionLine[];
  locale?: Locale;
  /** Original file name, mentioned on the About sheet. */
  sourceName?: string;
  /** Evaluators for the staleness check; default: the add-in's own custom functions. */
  evaluators?: EvaluatorRegistry;
  /**
   * "auto" (default): edit the package in place; "exceljs" forces the lossy rewrite (the caller's
   * consent to lose charts, pivot tables, slicers, macros and external links).
   */
  writer?: "auto" | "exceljs";
  /**
   * Consent to the lossy ExcelJS rewrite when the package cannot be edited in place. Without it,
   * such a package raises ShareError "share.error.needsRewrite" (params: detail, lost) and the
   * host asks the user (the CLI: `--allow-rewrite`; the pane: a question), then calls again.
   */
  allowLossyRewrite?: boolean;
}

export interface ShareReport {
  /**
   * How the copy was written: "package" edits the .xlsx parts in place (everything else kept byte
   * for byte); "exceljs" rewrites the file (the fallback when the package is not one the editor
   * understands: charts, pivot tables and slicers are then lost, see `lost`).
   */
  writer: "package" | "exceljs";
  /** REIMB.* cells that now hold their values. */
  replaced: number;
  /** Other formulas turned into values because they read a sheet that was left out. */
  frozenForLeftOutSheets: number;
  stale: StaleCell[];
  errors: ErrorCell[];
  sheetsIncluded: string[];
  sheetsLeftOut: string[];
  aboutSheet: string;
  lost: LostFeature[];
  addinPartsLeftOut: string[];
  /** Defined names, validations and conditional formats dropped because they needed a left-out sheet or REIMB. */
  namesRemoved: string[];
  rulesRemoved: number;
  /**
   * Formulas that read a left-out sheet indirectly (a defined name, a table or structured
   * reference, INDIRECT) and now hold their values, as "Sheet!A1".
   */
  frozenIndirect: string[];
  /** The input had macros (a VBA project): they are never sent to recipients. */
  macrosLeftOut: boolean;
  /** Charts whose series read a left-out sheet: their series now hold the values they showed. */
  chartsFrozen: number;
}

export interface ShareResult {
  bytes: Uint8Array;
  report: ShareReport;
}

/** Raised for input that is not a workbook or a request that cannot be met; `msgId` is a catalogue id. */
export class ShareError extends ReimbError {
  constructor(msgId: MessageId, params: MessageParams = {}) {
    super(msgId, params);
    this.name = "ShareError";
  }
  get msgId(): MessageId {
    return this.id;
  }
}

const ADDIN_SHEET = /^_reimb/i;

export function isAddinSheetName(name: string): boolean {
  return ADDIN_SHEET.test(name);
}

// ---------------------------------------------------------------------------------------------
// Reading: one pass over the package with the namespace-aware reader (src/xlsx); ExcelJS only
// loads the file for the lossy fallback writer, and only when the caller consents to it.

/** Open the package, turning a refusal (not a workbook, over a limit) into a ShareError. */
function openForShare(bytes: Uint8Array): Package {
  try {
    return openPackage(bytes);
  } catch (e) {
    if (e instanceof PackageError) throw new ShareError(e.msgId, e.params);
    throw e;
  }
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings want a Node Buffer; an ArrayBuffer is what both its builds accept.
    const ab = bytes.buffer.slice(
      bytes.byteOffset,
      bytes.byteOffset + bytes.byteLength
    ) as ArrayBuffer;
    await wb.xlsx.load(ab as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new ShareError("share.error.notWorkbook", {
      detail: e instanceof Error ? e.message : String(e),
    });
  }
  return wb;
}

function lostFeatures(names: readonly string[]): LostFeature[] {
  const has = (re: RegExp): boolean => names.some((n) => re.test(n));
  const lost: LostFeature[] = [];
  if (has(/^xl\/charts\/chart\d*\.xml$/i)) lost.push("charts");
  if (has(/^xl\/pivotTables\//i)) lost.push("pivotTables");
  if (has(/^xl\/slicers\//i)) lost.push("slicers");
  if (has(/vbaProject\.bin$/i)) lost.push("macros");
  if (has(/^xl\/externalLinks\//i)) lost.push("externalLinks");
  return lost;
}

/**
 * Parts the copy leaves out because they are the add-in's: its settings (web extensions) and the
 * custom XML data store. `docProps/custom.xml` (document properties, including a sensitivity
 * label) is not one of them: it stays, so a labelled workbook's copy keeps its label.
 */
function addinPartsIn(names: readonly string[]): string[] {
  return names.filter((n) => /^xl\/webextensions\//i.test(n) || /^customXml\//i.test(n));
}

interface FormulaCell {
  sheet: string;
  address: string;
  formula: string;
  cached: CellScalar | undefined;
  isArray: boolean;
}

/** Every cell value of a sheet, keyed by address (only cells that hold something). */
type SheetValues = Map<string, CellScalar>;

type ArgValue = CellScalar | CellScalar[][] | undefined;

/** The value of one argument, or "unknown" when it is not a literal or a plain reference with values. */
function argumentValue(
  tokens: Token[],
  values: ReadonlyMap<string, SheetValues>,
  sheet: string
): ArgValue | "unknown" {
  if (tokens.length === 0) return null; // omitted argument: Excel passes null
  let sign = 1;
  let rest = tokens;
  while (
    rest.length > 1 &&
    rest[0].kind === "op" &&
    (rest[0].text === "-" || rest[0].text === "+")
  ) {
    if (rest[0].text === "-") sign = -sign;
    rest = rest.slice(1);
  }
  if (rest.length !== 1) return "unknown";
  const tk = rest[0];
  if (tk.kind === "number") return sign * Number(tk.text);
  if (sign !== 1) return "unknown";
  if (tk.kind === "string") return tk.text.slice(1, -1).replace(/""/g, '"');
  if (tk.kind === "error") return { error: tk.text.toUpperCase() };
  if (tk.kind === "name" && /^(TRUE|FALSE)$/i.test(tk.text))
    return tk.text.toUpperCase() === "TRUE";
  if (tk.kind !== "name" && tk.kind !== "sheet") return "unknown";
  const ref = parseReference(tk.text, sheet);
  if (!ref) return "unknown";
  const key = [...values.keys()].find((k) => k.toLowerCase() === ref.sheet.toLowerCase());
  const ws = key === undefined ? undefined : values.get(key);
  if (!ws) return "unknown";
  if ((ref.bottom - ref.top + 1) * (ref.right - ref.left + 1) > 100_000) return "unknown";
  const grid: CellScalar[][] = [];
  for (let r = ref.top; r <= ref.bottom; r++) {
    const line: CellScalar[] = [];
    for (let c = ref.left; c <= ref.right; c++) {
      const v = ws.get(cellRef(r, c));
      // An empty or errored input: Excel's coercion of it is not ours to guess, so do not judge.
      if (v === undefined || v === null || isErrorValue(v)) return "unknown";
      line.push(v);
    }
    grid.push(line);
  }
  return grid.length === 1 && grid[0].length === 1 ? grid[0][0] : grid;
}

/** Recompute a cell that is a single REIMB call; undefined when that is not possible here. */
async function recompute(
  fc: FormulaCell,
  values: ReadonlyMap<string, SheetValues>,
  evaluators: EvaluatorRegistry
): Promise<CellScalar | undefined> {
  if (fc.isArray) return undefined;
  const call = parseSingleReimbCall(fc.formula);
  if (!call) return undefined;
  const fn = evaluators.get(call.key);
  if (!fn) return undefined;
  const args: ArgValue[] = [];
  for (const a of call.args) {
    const v = argumentValue(a, values, fc.sheet);
    if (v === "unknown") return undefined;
    args.push(v);
  }
  try {
    return toCellScalar(await fn(...args));
  } catch {
    // A function that throws outside Excel (e.g. needs the Office runtime) cannot vouch either way.
    return undefined;
  }
}

interface Analysis {
  pkg: Package;
  book: WorkbookInfo;
  values: Map<string, SheetValues>;
  sheets: SheetInfo[];
  cells: Map<string, FormulaCell[]>;
  /** sheet → table display names on it (for structured references into left-out sheets). */
  tables: Map<string, string[]>;
  reimb: FormulaCell[];
  checked: number;
  stale: StaleCell[];
  errors: ErrorCell[];
  recomputed: Map<FormulaCell, CellScalar>;
  lost: LostFeature[];
  addinParts: string[];
}

async function analyse(bytes: Uint8Array, evaluators: EvaluatorRegistry): Promise<Analysis> {
  const pkg = openForShare(bytes);
  let book: WorkbookInfo;
  const cells = new Map<string, FormulaCell[]>();
  const values = new Map<string, SheetValues>();
  const tables = new Map<string, string[]>();
  const sheets: SheetInfo[] = [];
  const reimb: FormulaCell[] = [];
  try {
    book = readWorkbook(pkg);
    const sst = readSharedStrings(pkg, book);
    let counted = 0;
    for (const s of book.sheets) {
      const list: FormulaCell[] = [];
      const vals: SheetValues = new Map();
      if (s.kind === "worksheet" && s.part && pkg.has(s.part)) {
        const read = readSheet(
          pkg,
          s.part,
          sst,
          (c) => {
            if (c.value !== undefined) vals.set(c.ref, c.value);
            if (c.formula !== undefined && c.formula !== "")
              list.push({
                sheet: s.name,
                address: c.ref,
                formula: c.formula,
                cached: c.value,
                isArray: c.formulaKind === "array",
              });
          },
          { counted }
        );
        counted = read.cells;
        tables.set(
          s.name,
          readSheetTables(pkg, s.part).map((t) => t.displayName)
        );
      }
      cells.set(s.name, list);
      values.set(s.name, vals);
      const mine = list.filter((fc) => containsReimbCall(fc.formula));
      reimb.push(...mine);
      const addinOwned = isAddinSheetName(s.name) && s.state !== "visible";
      sheets.push({
        name: s.name,
        state: s.state,
        addinOwned,
        includedByDefault: s.state === "visible" && !addinOwned,
        reimbCells: mine.length,
      });
    }
  } catch (e) {
    if (e instanceof PackageError) throw new ShareError(e.msgId, e.params);
    throw e;
  }
  const stale: StaleCell[] = [];
  const errors: ErrorCell[] = [];
  const recomputed = new Map<FormulaCell, CellScalar>();
  let checked = 0;
  for (const fc of reimb) {
    const fresh = await recompute(fc, values, evaluators);
    if (fresh !== undefined) {
      checked++;
      recomputed.set(fc, fresh);
    }
    if (fc.cached === undefined || fc.cached === null) {
      errors.push({ sheet: fc.sheet, address: fc.address, value: "" });
    } else if (isErrorValue(fc.cached)) {
      errors.push({ sheet: fc.sheet, address: fc.address, value: fc.cached.error });
    } else if (fresh !== undefined && isErrorValue(fresh) && fresh.error === "#N/A") {
      // #N/A means "not available here" (a year, code or data set this host has not loaded), not
      // "the inputs changed": it cannot prove the file's value wrong.
      checked--;
      recomputed.delete(fc);
    } else if (fresh !== undefined && !sameValue(fc.cached, fresh)) {
      stale.push({
        sheet: fc.sheet,
        address: fc.address,
        cached: fc.cached,
        recomputed: fresh,
      });
    }
  }
  return {
    pkg,
    book,
    values,
    sheets,
    cells,
    tables,
    reimb,
    checked,
    stale,
    errors,
    recomputed,
    lost: lostFeatures(pkg.names),
    addinParts: addinPartsIn(pkg.names),
  };
}

/** The pre-share check: which sheets there are, the REIMB cells, stale values and errors. */
export async function inspectWorkbook(
  bytes: Uint8Array,
  evaluators: EvaluatorRegistry = defaultEvaluators()
): Promise<Inspection> {
  const a = await analyse(bytes, evaluators);
  return {
    sheets: a.sheets,
    reimbCells: a.reimb.length,
    checked: a.checked,
    stale: a.stale,
    errors: a.errors,
    addinParts: a.addinParts,
  };
}

// ---------------------------------------------------------------------------------------------
// Writing

function resolveIncluded(
  sheets: readonly SheetInfo[],
  requested: readonly string[] | undefined
): { included: string[]; leftOut: string[] } {
  if (requested === undefined) {
    const included = sheets.filter((s) => s.includedByDefault).map((s) => s.name);
    return {
      included,
      leftOut: sheets.filter((s) => !included.includes(s.name)).map((s) => s.name),
    };
  }
  const byKey = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  const wanted = new Set<string>();
  for (const raw of requested) {
    const s = byKey.get(raw.trim().toLowerCase());
    if (!s) {
      const allowed = sheets
        .filter((x) => !x.addinOwned)
        .map((x) => x.name)
        .join(", ");
      throw new ShareError("share.error.unknownSheet", { sheet: raw, allowed });
    }
    if (s.addinOwned) throw new ShareError("share.error.addinSheet", { sheet: s.name });
    wanted.add(s.name);
  }
  if (wanted.size === 0) throw new ShareError("share.error.noSheets");
  const included = sheets.filter((s) => wanted.has(s.name)).map((s) => s.name);
  return { included, leftOut: sheets.filter((s) => !wanted.has(s.name)).map((s) => s.name) };
}

function mentionsAny(formula: string | undefined, sheetsLower: ReadonlySet<string>): boolean {
  if (!formula) return false;
  return referencedSheets(formula).some((s) => sheetsLower.has(s.toLowerCase()));
}

function needsRemoval(formula: unknown, leftOutLower: ReadonlySet<string>): boolean {
  if (typeof formula !== "string") return false;
  return containsReimbCall(formula) || mentionsAny(formula, leftOutLower);
}

/** Drop validations and conditional formats that would show errors without the add-in or a left-out sheet. */
function pruneRules(ws: ExcelJS.Worksheet, leftOutLower: ReadonlySet<string>): number {
  let removed = 0;
  // ExcelJS keeps validations as an address → rule map on `dataValidations.model` (not in its typings).
  const dv = (
    ws as unknown as { dataValidations: { model: Record<string, { formulae?: unknown[] }> } }
  ).dataValidations;
  for (const [address, rule] of Object.entries(dv.model)) {
    if ((rule.formulae ?? []).some((f) => needsRemoval(f, leftOutLower))) {
      delete dv.model[address];
      removed++;
    }
  }
  const cfs =
    (ws as unknown as { conditionalFormattings: Array<{ rules: Array<{ formulae?: unknown[] }> }> })
      .conditionalFormattings ?? [];
  for (const cf of cfs) {
    const before = cf.rules.length;
    cf.rules = cf.rules.filter(
      (r) => !(r.formulae ?? []).some((f) => needsRemoval(f, leftOutLower))
    );
    removed += before - cf.rules.length;
  }
  (ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings = cfs.filter(
    (cf) => cf.rules.length > 0
  );
  return removed;
}

/** Drop defined names that point into left-out sheets. */
function pruneNames(wb: ExcelJS.Workbook, leftOutLower: ReadonlySet<string>): string[] {
  // `definedNames.model` is [{ name, ranges: ["'Sheet'!$A$1", …] }] in ExcelJS (untyped).
  const dn = wb.definedNames as unknown as { model: Array<{ name: string; ranges: string[] }> };
  const removed: string[] = [];
  const kept = dn.model
    .map((entry) => {
      const ranges = entry.ranges.filter(
        (r) => !mentionsAny(r, leftOutLower) && !containsReimbCall(r)
      );
      if (ranges.length < entry.ranges.length) removed.push(entry.name);
      return { ...entry, ranges };
    })
    .filter((entry) => entry.ranges.length > 0);
  dn.model = kept;
  return [...new Set(removed)];
}

const FORMATS: Record<NonNullable<AboutRow["format"]>, string | undefined> = {
  usd: '"$"#,##0.00',
  usd4: '"$"#,##0.0000',
  percent: "0.0%",
  text: undefined,
};

function renderCell(c: AboutCell, locale: Locale): string | number {
  return typeof c === "object" ? render(c, locale) : c;
}

function uniqueSheetName(names: readonly string[], base: string): string {
  const taken = new Set(names.map((n) => n.toLowerCase()));
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base} (${i})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

function writeAbout(wb: ExcelJS.Workbook, rows: readonly AboutRow[], locale: Locale): string {
  const name = uniqueSheetName(
    wb.worksheets.map((w) => w.name),
    reportSheetName("about", locale)
  );
  const ws = wb.addWorksheet(name);
  // `tabSelected` is read and written by ExcelJS but missing from its typings.
  ws.views = [{ state: "normal", tabSelected: true } as Partial<ExcelJS.WorksheetView>];
  ws.columns = [{ width: 34 }, { width: 64 }, { width: 60 }];
  rows.forEach((row, i) => {
    const r = ws.getRow(i + 1);
    row.cells.forEach((c, j) => {
      const cell = r.getCell(j + 1);
      // Strings go in as strings: ExcelJS writes them as text, so "=…" never becomes a formula.
      cell.value = renderCell(c, locale);
      cell.alignment = { vertical: "top", wrapText: j > 0 || row.style === "note" };
      if (j === 1 && typeof cell.value === "number" && row.format && FORMATS[row.format])
        cell.numFmt = FORMATS[row.format] as string;
      if (j === 1 && typeof cell.value === "number")
        cell.alignment = { vertical: "top", horizontal: "left" };
    });
    if (row.style === "title") r.getCell(1).font = { bold: true, size: 14 };
    if (row.style === "heading") {
      row.cells.forEach((_, j) => {
        const cell = r.getCell(j + 1);
        cell.font = { bold: true };
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF7" } };
      });
    }
    if (row.style === "note" && row.cells.length === 1) ws.mergeCells(i + 1, 1, i + 1, 3);
  });
  return name;
}

/** Label/value rows of the workbook's own Assumptions sheet, when it is shared. */
function workbookAssumptions(
  values: ReadonlyMap<string, SheetValues>,
  included: readonly string[]
): AssumptionLine[] {
  const name = included.find((n) => n.toLowerCase() === "assumptions");
  const ws = name === undefined ? undefined : values.get(name);
  if (!ws || name === undefined) return [];
  const lines: AssumptionLine[] = [];
  for (let r = 1; r <= 200; r++) {
    const label = ws.get(`A${r}`);
    const value = ws.get(`B${r}`);
    if (typeof label !== "string" || !label.trim()) continue;
    if (value === undefined || value === null || isErrorValue(value)) continue;
    if (r === 1 && typeof value === "string") continue; // header row
    lines.push({
      label: label.trim(),
      value: assumptionValue(label, value),
      source: name,
    });
  }
  return lines;
}

/**
 * A date key of the plan (as-of date, expected FDA date) is an Excel date serial in its cell: the
 * About sheet says it as an ISO date, as it says the copy's own date, not as 46387.
 */
function assumptionValue(label: string, value: string | number | boolean): string | number {
  if (typeof value === "boolean") return String(value);
  if (assumptionKeyOf(label) !== undefined) {
    const read = readDate(value);
    if (read.ok) return read.value.slice(0, 10);
  }
  return value;
}

const YEAR_LABEL = /\byear\b/i;
const LOCALITY_LABEL = /\blocality\b/i;

/**
 * What the shared sheets' REIMB cells use: each call's arguments (literals, and references resolved
 * to their cached values) and the cell's cached value, summarised by the pure modelData.
 */
function modelOfCells(a: Analysis, included: readonly string[]): ModelData {
  const shared = new Set(included);
  const calls: ReimbCallFacts[] = [];
  const plain = (v: ArgValue | "unknown"): CallArg =>
    typeof v === "string" && v === "unknown"
      ? undefined
      : typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v === null
        ? v
        : undefined;
  for (const fc of a.reimb) {
    if (!shared.has(fc.sheet)) continue;
    const call = parseSingleReimbCall(fc.formula);
    if (!call) continue;
    calls.push({
      key: call.key,
      args: call.args.map((arg) => plain(argumentValue(arg, a.values, fc.sheet))),
      value: plain(fc.cached as ArgValue),
    });
  }
  return modelData(calls, LATEST_YEAR);
}

/**
 * Year and locality: the host's choice, else the cells' year, else the workbook's Assumptions rows.
 * A row used this way is not repeated among the extra assumptions.
 */
function pickYearAndLocality(
  opts: ShareOptions,
  extra: readonly AssumptionLine[],
  modelYear?: number
): { year?: number; locality?: string; rest: AssumptionLine[] } {
  const used = new Set<AssumptionLine>();
  const yearRow = extra.find(
    (a) =>
      typeof a.label === "string" &&
      YEAR_LABEL.test(a.label) &&
      typeof a.value === "number" &&
      PARAMETER_YEARS.includes(a.value)
  );
  const localityRow = extra.find(
    (a) =>
      typeof a.label === "string" && LOCALITY_LABEL.test(a.label) && typeof a.value === "string"
  );
  // The host's explicit choice first, then the year the REIMB cells actually use (a label on the
  // Assumptions sheet can disagree with the formulas; the formulas made the numbers).
  let year = opts.year ?? modelYear;
  if (year === undefined && yearRow) {
    year = yearRow.value as number;
    used.add(yearRow);
  } else if (yearRow && yearRow.value === year) used.add(yearRow);
  let locality = opts.locality;
  if (!locality && localityRow) {
    locality = localityRow.value as string;
    used.add(localityRow);
  }
  return { year, locality, rest: extra.filter((a) => !used.has(a)) };
}

/** The vintage a `=REIMB.DATA_VINTAGE()` cell of the workbook showed when it was last calculated. */
function vintageInWorkbook(reimb: readonly FormulaCell[]): string | undefined {
  for (const fc of reimb) {
    const call = parseSingleReimbCall(fc.formula);
    if (call?.key === VINTAGE_FUNCTION && typeof fc.cached === "string" && fc.cached.trim())
      return fc.cached.trim();
  }
  return undefined;
}

/**
 * Make the shareable copy: REIMB.* formulas become their values (style and number format kept),
 * other formulas stay live, chosen sheets only, add-in sheets and settings left out, and an
 * `About this model` sheet first.
 */
export async function shareWorkbook(bytes: Uint8Array, opts: ShareOptions): Promise<ShareResult> {
  const a = await analyse(bytes, opts.evaluators ?? defaultEvaluators());
  const { included, leftOut } = resolveIncluded(a.sheets, opts.includeSheets);
  const leftOutLower = new Set(leftOut.map((s) => s.toLowerCase()));
  const reimbSet = new Set(a.reimb);
  const indirect = indirectDependencies(a, leftOutLower);

  // Which cells keep only their value: REIMB cells, and formulas that read a left-out sheet,
  // directly or through a name, a table or INDIRECT (decided in docs/share.md: values, not a stop).
  let replaced = 0;
  let frozenForLeftOutSheets = 0;
  const frozenIndirect: string[] = [];
  const frozen = new Map<FormulaCell, CellScalar>();
  const live: FormulaCell[] = [];
  for (const name of included) {
    for (const fc of a.cells.get(name) ?? []) {
      if (reimbSet.has(fc)) {
        frozen.set(fc, frozenScalar(fc, a.recomputed.get(fc)));
        replaced++;
      } else if (mentionsAny(fc.formula, leftOutLower)) {
        frozen.set(fc, frozenScalar(fc, undefined));
        frozenForLeftOutSheets++;
      } else if (indirect(fc.formula)) {
        frozen.set(fc, frozenScalar(fc, undefined));
        frozenForLeftOutSheets++;
        frozenIndirect.push(`${fc.sheet}!${fc.address}`);
      } else live.push(fc);
    }
  }

  const locale = opts.locale ?? "en";
  const model = modelOfCells(a, included);
  const picked = pickYearAndLocality(
    opts,
    [...(opts.assumptions ?? []), ...workbookAssumptions(a.values, included)],
    model.explicitYear ? model.years[0].value : undefined
  );
  const aboutRows = buildAbout({
    sharedOn: opts.now,
    sourceName: opts.sourceName,
    vintage: opts.vintage ?? vintageInWorkbook(a.reimb),
    year: picked.year,
    locality: picked.locality ?? (model.localities.length === 1 ? model.localities[0] : undefined),
    model,
    extraAssumptions: picked.rest,
    sheetsIncluded: included,
    replaced,
    staleCount: a.stale.filter((s) => included.includes(s.sheet)).length,
    errorCount: a.errors.filter((e) => included.includes(e.sheet)).length,
  });
  const aboutName = uniqueSheetName(
    a.sheets.map((s) => s.name),
    reportSheetName("about", locale)
  );
  const common = {
    replaced,
    frozenForLeftOutSheets,
    frozenIndirect,
    stale: a.stale.filter((s) => included.includes(s.sheet)),
    errors: a.errors.filter((e) => included.includes(e.sheet)),
    sheetsIncluded: included,
    sheetsLeftOut: leftOut,
    aboutSheet: aboutName,
    addinPartsLeftOut: a.addinParts,
    macrosLeftOut: a.book.hasMacros,
  };
  const mustDrop = (f: string): boolean => needsRemoval(f, leftOutLower) || indirect(f);

  // First choice: edit the package, which keeps everything else exactly as Excel wrote it.
  let failure = "";
  if (opts.writer !== "exceljs")
    try {
      const patched = patchXlsx(a.pkg, {
        sheetsIncluded: included,
        sheetsLeftOut: leftOut,
        freeze: bySheet([...frozen].map(([fc, v]) => [fc, v])),
        liveFormulas: bySheet(live.map((fc) => [fc, fc.formula])),
        about: aboutForPackage(aboutName, aboutRows, locale),
        mustDrop,
      });
      verifyCopy(patched.bytes);
      return {
        bytes: patched.bytes,
        report: {
          ...common,
          writer: "package",
          lost: [],
          namesRemoved: patched.namesRemoved,
          rulesRemoved: patched.rulesRemoved,
          chartsFrozen: patched.chartsFrozen,
        },
      };
    } catch (e) {
      if (!(e instanceof PatchError) && !(e instanceof ShareError)) throw e;
      failure = e instanceof ShareError ? e.msgId : render(e.msg, locale);
    }
  if (opts.writer !== "exceljs" && !opts.allowLossyRewrite)
    throw new ShareError("share.error.needsRewrite", {
      detail: failure,
      lost: a.lost.join(", ") || "-",
    });
  return shareWithExcelJS(a, bytes, leftOut, leftOutLower, frozen, live, aboutRows, locale, common);
}

/** The copy must open: a package the reader accepts, with no REIMB formula left in any sheet. */
function verifyCopy(bytes: Uint8Array): void {
  try {
    const pkg = openPackage(bytes);
    const book = readWorkbook(pkg);
    const sst = readSharedStrings(pkg, book);
    for (const s of book.sheets) {
      if (s.kind !== "worksheet" || !s.part) continue;
      readSheet(pkg, s.part, sst, (c) => {
        if (c.formula && containsReimbCall(c.formula))
          throw new PatchError("error.patch.formulaSurvived", { cell: `${s.name}!${c.ref}` });
      });
    }
  } catch (e) {
    if (e instanceof PackageError)
      throw new PatchError("error.patch.readBack", { detail: e.message });
    throw e;
  }
}

/**
 * A predicate: does a formula read a left-out sheet without naming it? Through a defined name
 * whose formula does (transitively), a table on a left-out sheet (`Rates[Amount]`), or INDIRECT
 * (its text can name any sheet; when a sheet is left out, an INDIRECT is not trusted).
 */
function indirectDependencies(
  a: Analysis,
  leftOutLower: ReadonlySet<string>
): (formula: string) => boolean {
  if (leftOutLower.size === 0) return () => false;
  const leftOutIndex = new Set(
    a.book.sheets.filter((s) => leftOutLower.has(s.name.toLowerCase())).map((s) => s.index)
  );
  const tables = new Set<string>();
  for (const [sheet, names] of a.tables)
    if (leftOutLower.has(sheet.toLowerCase())) for (const n of names) tables.add(n.toLowerCase());
  const bad = new Set<string>();
  const global = a.book.names.filter((n) => n.localSheetId === undefined);
  // Fixed point over names that use other names.
  for (let changed = true; changed;) {
    changed = false;
    for (const n of global) {
      const key = n.name.toLowerCase();
      if (bad.has(key)) continue;
      if (
        mentionsAny(n.formula, leftOutLower) ||
        usesNameOrTable(n.formula, bad, tables) ||
        (n.localSheetId !== undefined && leftOutIndex.has(n.localSheetId))
      ) {
        bad.add(key);
        changed = true;
      }
    }
  }
  return (formula: string) =>
    usesNameOrTable(formula, bad, tables) ||
    /\bINDIRECT\s*\(/i.test(formula.replace(/"(?:[^"]|"")*"/g, '""'));
}

function usesNameOrTable(
  formula: string,
  names: ReadonlySet<string>,
  tables: ReadonlySet<string>
): boolean {
  if (names.size === 0 && tables.size === 0) return false;
  for (const tk of tokenize(formula)) {
    if (tk.kind !== "name") continue;
    const base = tk.text.replace(/\[.*$/, "").replace(/^.*!/, "").toLowerCase();
    if (names.has(base) || tables.has(base)) return true;
  }
  // Structured references tokenise as a name followed by "[": catch "Rates[" too.
  for (const t of tables) if (formula.toLowerCase().includes(`${t}[`)) return true;
  return false;
}

function bySheet<T>(entries: ReadonlyArray<[FormulaCell, T]>): Map<string, Map<string, T>> {
  const out = new Map<string, Map<string, T>>();
  for (const [fc, v] of entries) {
    if (!out.has(fc.sheet)) out.set(fc.sheet, new Map());
    (out.get(fc.sheet) as Map<string, T>).set(fc.address, v);
  }
  return out;
}

function frozenScalar(fc: FormulaCell, fresh: CellScalar | undefined): CellScalar {
  const v = fc.cached !== undefined && fc.cached !== null ? fc.cached : fresh;
  return v === undefined || v === null ? { error: "#N/A" } : v;
}

/** The About rows as styled cells for the package writer (same layout as writeAbout). */
function aboutForPackage(
  name: string,
  rows: readonly AboutRow[],
  locale: Locale
): PatchPlan["about"] {
  const merges: string[] = [];
  const cells = rows.map((row, i) => {
    if (row.style === "note" && row.cells.length === 1) merges.push(`A${i + 1}:C${i + 1}`);
    return row.cells.map((c, j): AboutCellOut => {
      const value = renderCell(c, locale);
      if (row.style === "title") return { value, style: "title" };
      if (row.style === "heading") return { value, style: "heading" };
      if (row.style === "note") return { value, style: "wrap" };
      if (j === 1 && typeof value === "number") {
        const f = row.format;
        return { value, style: f === "usd" || f === "usd4" || f === "percent" ? f : "plain" };
      }
      return { value, style: j === 0 ? "plain" : "wrap" };
    });
  });
  // Headings fill all three columns, like the ExcelJS writer.
  rows.forEach((row, i) => {
    if (row.style === "heading")
      while (cells[i].length < 3) cells[i].push({ value: "", style: "heading" });
  });
  return { name, rows: cells, merges, widths: [34, 64, 60] };
}

/**
 * ExcelJS 4 reads a table written by Excel with the wrong defaults: Excel omits
 * `headerRowCount` when the table has its header row (the default, 1), which ExcelJS takes as "no
 * header row" and writes back as headerRowCount="0" (a file Excel must repair); and filter buttons
 * not listed one by one come back hidden (exceljs#1959, #2184). Put back what the file says.
 */
function repairTables(wb: ExcelJS.Workbook, pkg: Package): void {
  const facts = new Map<string, { headerRow: boolean; hasFilter: boolean; hidden: Set<number> }>();
  for (const part of pkg.names.filter((n) => /^xl\/tables\/[^/]+\.xml$/i.test(n))) {
    const t = readTable(pkg, part);
    const root = pkg.xml(part);
    const filter = xmlChild(root, "autoFilter");
    const hidden = new Set<number>();
    for (const fcol of filter ? xmlElements(filter, "filterColumn") : [])
      if (xmlAttrOf(fcol, "hiddenButton") === "1") hidden.add(Number(xmlAttrOf(fcol, "colId")));
    facts.set(t.name, { headerRow: t.headerRowCount !== 0, hasFilter: !!filter, hidden });
  }
  for (const ws of wb.worksheets) {
    // Loaded tables keep their model on `.table` (not in ExcelJS's typings).
    const tables = (
      ws as unknown as {
        tables: Record<
          string,
          {
            table: {
              name: string;
              headerRow?: boolean;
              columns: Array<{ filterButton?: boolean }>;
            };
          }
        >;
      }
    ).tables;
    for (const t of Object.values(tables ?? {})) {
      const f = facts.get(t.table.name);
      if (!f) continue;
      t.table.headerRow = f.headerRow;
      t.table.columns.forEach((c, i) => {
        c.filterButton = f.hasFilter && !f.hidden.has(i);
      });
    }
  }
}

/**
 * Fallback writer, only with the caller's consent: ExcelJS rewrites the whole file (charts, pivot
 * tables, slicers, macros and external links are lost, see `lost`).
 */
async function shareWithExcelJS(
  a: Analysis,
  bytes: Uint8Array,
  leftOut: readonly string[],
  leftOutLower: ReadonlySet<string>,
  frozen: ReadonlyMap<FormulaCell, CellScalar>,
  live: readonly FormulaCell[],
  aboutRows: readonly AboutRow[],
  locale: Locale,
  common: Omit<ShareReport, "writer" | "lost" | "namesRemoved" | "rulesRemoved" | "chartsFrozen">
): Promise<ShareResult> {
  const wb = await load(bytes);
  repairTables(wb, a.pkg);
  const cellOf = (fc: FormulaCell): ExcelJS.Cell | undefined =>
    wb.getWorksheet(fc.sheet)?.getCell(fc.address);
  // Every shared formula gets the cell's own text first: freezing a shared formula's master would
  // otherwise leave its clones pointing at a cell that no longer has a formula.
  for (const [fc, v] of frozen) {
    const cell = cellOf(fc);
    if (cell) cell.value = v as ExcelJS.CellValue;
  }
  for (const fc of live) {
    const cell = cellOf(fc);
    if (cell && !fc.isArray)
      cell.value = {
        formula: fc.formula,
        result: fc.cached ?? undefined,
      } as ExcelJS.CellFormulaValue;
  }
  const byName = new Map(wb.worksheets.map((w) => [w.name, w]));
  for (const name of leftOut) {
    const ws = byName.get(name);
    if (ws) wb.removeWorksheet(ws.id);
  }
  const namesRemoved = pruneNames(wb, leftOutLower);
  let rulesRemoved = 0;
  for (const name of common.sheetsIncluded) {
    const ws = byName.get(name);
    if (ws) {
      rulesRemoved += pruneRules(ws, leftOutLower);
      // Only the About sheet is selected, so the recipient opens the copy on the caveats.
      ws.views = (ws.views ?? []).map(
        (v) => ({ ...v, tabSelected: false }) as unknown as Partial<ExcelJS.WorksheetView>
      );
    }
  }
  const aboutSheet = writeAbout(wb, aboutRows, locale);
  // ExcelJS orders sheets by `orderNo` (untyped); the About sheet goes first.
  const ordered = wb.worksheets as unknown as Array<{ name: string; orderNo: number }>;
  const about = ordered.find((w) => w.name === aboutSheet);
  if (about) about.orderNo = Math.min(...ordered.map((w) => w.orderNo)) - 1;
  wb.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: "visible" },
  ];
  // Excel recalculates the live formulas on open; REIMB cells are plain values by then.
  wb.calcProperties = { ...(wb.calcProperties ?? {}), fullCalcOnLoad: true };

  const out = await wb.xlsx.writeBuffer();
  return {
    bytes: new Uint8Array(out as ArrayBuffer),
    report: {
      ...common,
      aboutSheet,
      writer: "exceljs",
      lost: a.lost,
      namesRemoved,
      rulesRemoved,
      chartsFrozen: 0,
    },
  };
}
