/**
 * The Assumptions table's plan inputs (docs/features.md#assumptions): the plan's as-of date and the
 * default expected FDA date for products whose FDA decision is pending. Hosts hand over the table's
 * cells as they found them (an Excel table named Assumptions, or a sheet of that name, in either
 * language); this module finds the keys and reads the dates, so the pane and the CLI read one way.
 *
 * Keys are matched like Products headers (case, spaces and punctuation ignored), in English and in
 * Chinese, because a user types the label in the language they work in. A cell that is not a date
 * is a problem naming the table, row and key with the accepted forms; the run goes on with the
 * default, so one bad cell never stops a portfolio from being classified.
 */
import { LOCALES, msg, render, t, type Locale, type Msg } from "../../i18n/catalogue";
import type { CellValue, ProductFacts } from "../product";
import { isoDate, parseIsoDay, type Day, type RoadmapPlan } from "../roadmap";
import { filledCell, readDate } from "../rows/cells";
import { matchKey, type FdaStatus } from "../vocab";

export const ASSUMPTION_KEYS = ["asOf", "expectedFdaDate"] as const;
export type AssumptionKey = (typeof ASSUMPTION_KEYS)[number];

/**
 * Spellings users write besides the catalogue's name in each locale (`assumptions.key.<key>`).
 * Bare "Date" is absent: it could label any date on a user's own assumptions sheet.
 */
const ALIASES: Readonly<Record<AssumptionKey, readonly string[]>> = {
  asOf: [
    "As of",
    "As-of",
    "As of date",
    "Roadmap as-of",
    "Roadmap as of date",
    "Plan as-of date",
    "Plan date",
    "Planning date",
    "Valuation date",
    "基准日期",
    "计划基准日期",
    "计划日期",
  ],
  expectedFdaDate: [
    "Expected FDA decision date",
    "Expected FDA decision",
    "Expected FDA clearance date",
    "Expected FDA approval date",
    "FDA expected date",
    "Expected FDA",
    "预计FDA日期",
    "预计 FDA 决定日期",
    "预期 FDA 日期",
  ],
};

/** Header of the label and value columns of the inserted table, in every locale. */
const LABEL_HEADERS = ["excel.assumptions.col.assumption", "Assumption", "Key", "Item", "Name"];
const VALUE_HEADERS = ["excel.assumptions.col.value", "Value", "Setting"];

function spellings(ids: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const id of ids)
    for (const locale of LOCALES)
      out.add(matchKey(id.includes(".") ? t(id, undefined, locale) : id));
  return out;
}

/** Every spelling of each key: its name in each locale, then the aliases. */
export function keySpellings(key: AssumptionKey): string[] {
  return [...LOCALES.map((l) => keyName(key, l)), ...ALIASES[key]];
}

// Built once at load; a spelling two keys shared would make matching depend on list order (the
// test of this module checks every spelling finds its own key).
const KEY_INDEX: ReadonlyMap<string, AssumptionKey> = new Map(
  ASSUMPTION_KEYS.flatMap((key) => keySpellings(key).map((name) => [matchKey(name), key] as const))
);

/** The key's label in a locale, as the inserted table writes it and messages name it. */
export function keyName(key: AssumptionKey, locale: Locale): string {
  return t(`assumptions.key.${key}`, undefined, locale);
}

/** The plan input a label names, in any supported language; undefined for any other label. */
export function assumptionKeyOf(label: CellValue | undefined): AssumptionKey | undefined {
  if (typeof label !== "string") return undefined;
  return KEY_INDEX.get(matchKey(label));
}

/** The Assumptions cells a host found, and where they sit (problems name the row, hosts the cell). */
export interface AssumptionsSource {
  /** Sheet name (the pane selects a problem's cell on it). */
  sheet: string;
  /** The table's name when it is an Excel table; messages name it (else the sheet). */
  table?: string;
  /** The table from its header row, or the sheet from A1. */
  grid: CellValue[][];
  /** 1-based sheet row and column of grid[0][0]. */
  top: number;
  left: number;
}

/** A value read from the table, with the row it came from. */
export interface AssumedDate {
  iso: string;
  /** 1-based sheet row. */
  rowNumber: number;
}

export interface AssumptionProblem extends Msg {
  /** Table (or sheet) name as the workbook spells it. */
  table: string;
  sheet: string;
  /** 1-based sheet row and column of the value cell. */
  rowNumber: number;
  columnNumber: number;
  key: AssumptionKey;
  /** The label as the user wrote it. */
  label: string;
  /** The cell's text as read. */
  value?: string;
  severity: "error" | "warning";
  /** What the run does instead, rendered after the message. */
  fallback?: Msg;
}

export interface PlanAssumptions {
  asOf?: AssumedDate;
  expectedFdaDate?: AssumedDate;
  problems: AssumptionProblem[];
}

function text(v: CellValue | undefined): string {
  return v === null || v === undefined ? "" : String(v).trim();
}

/** Label and value columns: by the header row when it names them, else the first two columns. */
function columnsOf(grid: CellValue[][]): { label: number; value: number; headerRows: number } {
  const header = grid[0] ?? [];
  const labels = spellings(LABEL_HEADERS);
  const values = spellings(VALUE_HEADERS);
  const label = header.findIndex((c) => typeof c === "string" && labels.has(matchKey(c)));
  const value = header.findIndex((c) => typeof c === "string" && values.has(matchKey(c)));
  if (label >= 0 && value >= 0) return { label, value, headerRows: 1 };
  return { label: 0, value: 1, headerRows: 0 };
}

/** Accepted forms, said whenever a date cell is refused. */
const ACCEPTED: Msg = { id: "assumptions.problem.accepted" };

/**
 * The plan inputs of an Assumptions table. `runDate` (yyyy-mm-dd) is only named in the message
 * saying what a bad as-of cell falls back to.
 */
export function readPlanAssumptions(
  source: AssumptionsSource | undefined,
  runDate: string
): PlanAssumptions {
  const out: PlanAssumptions = { problems: [] };
  if (!source) return out;
  const table = source.table ?? source.sheet;
  const { label: labelCol, value: valueCol, headerRows } = columnsOf(source.grid);
  const seen = new Map<AssumptionKey, number>();
  for (let i = headerRows; i < source.grid.length; i++) {
    const row = source.grid[i] ?? [];
    const key = assumptionKeyOf(row[labelCol]);
    if (key === undefined) continue;
    const rowNumber = source.top + i;
    const where = {
      table,
      sheet: source.sheet,
      rowNumber,
      columnNumber: source.left + valueCol,
      key,
      label: text(row[labelCol]),
    };
    const first = seen.get(key);
    if (first !== undefined) {
      out.problems.push({
        ...where,
        id: "assumptions.problem.repeated",
        params: { key: where.label, first },
        severity: "warning",
      });
      continue;
    }
    seen.set(key, rowNumber);
    const cell = filledCell(row[valueCol]);
    // Empty: the default applies, as the inserted table's blank value cells intend.
    if (cell === undefined) continue;
    const read = readDate(cell);
    if (read.ok) {
      out[key] = { iso: read.value.slice(0, 10), rowNumber };
      continue;
    }
    const issue = read.issues[0];
    // "Not a date" says the accepted forms itself below, naming the Excel date cell too.
    const id = issue.id === "rows.date.format" ? "assumptions.problem.notDate" : issue.id;
    out.problems.push({
      ...where,
      id,
      params: issue.params,
      value: text(row[valueCol]),
      severity: "error",
      fallback:
        key === "asOf"
          ? { id: "assumptions.fallback.asOf", params: { date: runDate } }
          : { id: "assumptions.fallback.expectedFdaDate" },
    });
  }
  return out;
}

/** A warning that the default expected FDA date has passed (the roadmap counts from the as-of date). */
export function expectedDatePassed(
  source: AssumptionsSource,
  date: AssumedDate,
  asOf: string
): AssumptionProblem {
  const { label, value } = columnsOf(source.grid);
  return {
    id: "assumptions.problem.expectedPassed",
    params: { date: date.iso, asOf },
    table: source.table ?? source.sheet,
    sheet: source.sheet,
    rowNumber: date.rowNumber,
    columnNumber: source.left + value,
    key: "expectedFdaDate",
    label: text(source.grid[date.rowNumber - source.top]?.[label]),
    value: date.iso,
    severity: "warning",
  };
}

/** The message without its location (the pane shows row and cell beside it). */
export function assumptionProblemText(p: AssumptionProblem, locale: Locale): string {
  const gap = locale === "zh-CN" ? "" : " ";
  let body = render(p, locale);
  if (p.severity === "error") body += gap + render(ACCEPTED, locale);
  if (p.fallback) body += gap + render(p.fallback, locale);
  return body;
}

/** One line naming table, row and key, e.g. `Assumptions, row 3, "As-of date": "31.12.2026" is not a date. …` */
export function formatAssumptionProblem(p: AssumptionProblem, locale: Locale): string {
  return t(
    "assumptions.problem.at",
    {
      table: p.table,
      row: p.rowNumber,
      key: p.label,
      message: assumptionProblemText(p, locale),
    },
    locale
  );
}

/** The FDA statuses whose decision is still to come: the default expected date applies to them. */
export const PENDING_FDA_STATUSES: ReadonlySet<FdaStatus> = new Set<FdaStatus>([
  "submitted",
  "IDE",
  "not submitted",
]);

/** The dates a plan is made with, and where each came from (one rule for every host and view). */
export interface PlanDates {
  /** yyyy-mm-dd: what classification rules about time are judged at. */
  asOf: string;
  /** The same day as the roadmap counts days. */
  asOfDay: Day;
  asOfFrom: "host" | "assumptions" | "run";
  /** The default expected FDA date for pending rows, when the table gives one. */
  expectedFdaDate?: AssumedDate;
  problems: AssumptionProblem[];
}

/**
 * The plan's as-of date — the host's explicit choice (the CLI's `--as-of`), else the table's
 * As-of date, else `runDay` (the day of the run; the host reads the clock) — and the default
 * expected FDA date, with the table's problems (an expected date already before the as-of date
 * among them, as a warning).
 */
export function planDates(
  source: AssumptionsSource | undefined,
  opts: { runDay: Day; hostAsOf?: string }
): PlanDates {
  const read = readPlanAssumptions(source, isoDate(opts.runDay));
  const host = opts.hostAsOf !== undefined ? parseIsoDay(opts.hostAsOf) : undefined;
  const table = read.asOf ? parseIsoDay(read.asOf.iso) : undefined;
  const asOfDay = host ?? table ?? opts.runDay;
  const asOf = isoDate(asOfDay);
  const expected = read.expectedFdaDate;
  if (expected && source && expected.iso < asOf)
    read.problems.push(expectedDatePassed(source, expected, asOf));
  return {
    asOf,
    asOfDay,
    asOfFrom: host !== undefined ? "host" : read.asOf ? "assumptions" : "run",
    ...(expected ? { expectedFdaDate: expected } : {}),
    problems: read.problems,
  };
}

/**
 * The facts a row is planned with: a pending row without its own FDA decision date takes the
 * table's expected date, exactly as if its row said so (REIMB.CODED_FROM / PAID_FROM take it the
 * same way, as `fda_date`). Undefined when the row is planned as it is.
 */
export function withAssumedFda<T extends ProductFacts>(
  row: T,
  expected: AssumedDate | undefined
): T | undefined {
  if (expected === undefined || row.fdaDecisionDate !== undefined) return undefined;
  if (row.fdaStatus === undefined || !PENDING_FDA_STATUSES.has(row.fdaStatus)) return undefined;
  return { ...row, fdaDecisionDate: expected.iso };
}

/** The plan with its FDA milestone saying the date is the Assumptions table's default, not the row's. */
export function noteAssumedFda(plan: RoadmapPlan, expected: AssumedDate): RoadmapPlan {
  const note = msg("assumptions.note.fdaFromAssumptions", { row: expected.rowNumber });
  return {
    ...plan,
    milestones: plan.milestones.map((m) =>
      m.id === "fda-decision" ? { ...m, notes: [note, ...m.notes] } : m
    ),
  };
}
