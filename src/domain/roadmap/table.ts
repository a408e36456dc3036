/**
 * The Roadmap sheet's grids (docs/roadmap.md): one table of product × milestone, re-run safe like
 * the Evidence table (the user's Notes and added columns carried over by Product ID + Milestone ID,
 * rows of vanished milestones kept when the user wrote in them), and a quarter-by-quarter view.
 * Dates are written as ISO text (yyyy-mm-dd): the same in every locale, sortable, and readable
 * printed or in LibreOffice without a number format. REIMB.CODED_FROM / PAID_FROM give real dates
 * for formulas.
 */
import { render, t, type Locale } from "../../i18n/catalogue";
import type { PathwayId } from "../pathway/types";
import type { CellValue } from "../product";
import { headerKey, headersIn, recogniseColumn, type ReportColumn } from "../report/columns";
import { idKey } from "../report/evidence";
import { GATE_PREFIXES, OWNER_PREFIXES, labelOf, pathwayLabel, text } from "../report/labels";
import { isEmptyCell } from "../report/overwrite";
import type { TableGrid } from "../report/types";
import { isoDate, nextQuarterStart, quarterLabel, quarterStart, type Day } from "./days";
import type { Headline, Milestone, RoadmapPlan } from "./plan";

/** One classified product's plan, as the table builders take it. */
export interface RoadmapEntry {
  productId: string;
  product: string;
  pathway: PathwayId;
  plan: RoadmapPlan;
}

export const ROADMAP_COLUMN_IDS = [
  "productId",
  "product",
  "pathway",
  "milestoneId",
  "milestone",
  "owner",
  "earliest",
  "latest",
  "estimate",
  "missed",
  "status",
  "basis",
  "source",
  "notes",
] as const;
export type RoadmapColumnId = (typeof ROADMAP_COLUMN_IDS)[number];

export const ROADMAP_COLUMNS: readonly ReportColumn<RoadmapColumnId>[] = ROADMAP_COLUMN_IDS.map(
  (id) => ({
    id,
    header: t(`report.roadmap.${id}`, undefined, "en"),
    messageId: `report.roadmap.${id}`,
  })
);
/** The quarter view's leading columns (its quarter columns are named by quarter). */
export const QUARTER_COLUMNS: readonly ReportColumn[] = ROADMAP_COLUMNS.filter((c) =>
  ["productId", "product", "pathway"].includes(c.id)
);

/** Columns the user writes in; everything else is regenerated on every run. */
const USER_COLUMNS: readonly RoadmapColumnId[] = ["notes"];
const COL = Object.fromEntries(ROADMAP_COLUMN_IDS.map((id, i) => [id, i])) as Record<
  RoadmapColumnId,
  number
>;

/** "2027-01-01", or "≈ 2027-01-01 (estimate)" when the date rests on a [P]/[U] fact. */
export function headlineText(h: Headline, locale: Locale): string {
  if (h.date === undefined) return render(h.reason, locale);
  const date = isoDate(h.date);
  return h.estimate ? t("roadmap.value.estimate", { date }, locale) : date;
}

/**
 * The two values the Products table can carry (`Coded from`, `Paid from`): text, so an estimate
 * and a "not separately paid" reason read as such; formulas use REIMB.CODED_FROM / PAID_FROM.
 */
export function headlineCells(plan: RoadmapPlan, locale: Locale): [string, string] {
  return [headlineText(plan.codedFrom, locale), headlineText(plan.paidFrom, locale)];
}

function basis(m: Milestone, locale: Locale): string {
  const rules = m.ruleIds.map((id) => text(`roadmap.rule.${id}`, locale));
  const notes = m.notes.map((n) => render(n, locale));
  return [...rules, ...notes].join(locale === "zh-CN" ? "；" : "; ");
}

function milestoneRow(e: RoadmapEntry, m: Milestone, locale: Locale): CellValue[] {
  const row = new Array<CellValue>(ROADMAP_COLUMNS.length).fill(null);
  row[COL.productId] = e.productId;
  row[COL.product] = e.product;
  row[COL.pathway] = pathwayLabel(e.pathway, locale);
  row[COL.milestoneId] = m.id;
  row[COL.milestone] = text(`roadmap.milestone.${m.id}`, locale);
  row[COL.owner] = labelOf(OWNER_PREFIXES, m.owner, locale);
  row[COL.earliest] = m.date === undefined ? null : isoDate(m.date);
  row[COL.latest] = m.until === undefined ? null : isoDate(m.until);
  row[COL.estimate] =
    m.date === undefined
      ? null
      : text(m.estimate ? "roadmap.estimate.yes" : "roadmap.estimate.no", locale);
  // Whether a deadline of this cycle already passed on the as-of day (the date moved a cycle on).
  const missed = m.notes.find((n) => n.id === "roadmap.note.missedDeadline");
  row[COL.missed] =
    missed !== undefined
      ? render(missed, locale)
      : m.date === undefined
        ? null
        : text("report.roadmap.missed.no", locale);
  row[COL.status] = text(`roadmap.status.${m.status}`, locale);
  row[COL.basis] = basis(m, locale) || labelOf(GATE_PREFIXES, m.gate, locale);
  // In the reader's language; the rule's own `source` field is the same citation in English.
  row[COL.source] =
    m.ruleIds
      .map((id) => t(`roadmap.source.${id}`, undefined, locale))
      .join(locale === "zh-CN" ? "；" : "; ") || null;
  return row;
}

function rowKey(productId: CellValue | undefined, milestoneId: CellValue | undefined): string {
  return `${idKey(productId)}\u0000${String(milestoneId ?? "").trim()}`;
}

/**
 * product × milestone rows. `previous` is the table as the user left it: their Notes and any
 * column they added come back on the row with the same Product ID and Milestone ID.
 */
export function buildRoadmapTable(
  entries: readonly RoadmapEntry[],
  previous: TableGrid | undefined,
  locale: Locale
): TableGrid {
  const headers = headersIn(ROADMAP_COLUMNS, locale);
  const width = ROADMAP_COLUMNS.length;
  const known: Partial<Record<RoadmapColumnId, number>> = {};
  const extras: { header: string; index: number }[] = [];
  previous?.headers.forEach((h, index) => {
    const id = recogniseColumn(ROADMAP_COLUMNS, h);
    if (id !== undefined && known[id] === undefined) known[id] = index;
    else if (!isEmptyCell(h) && !extras.some((e) => headerKey(e.header) === headerKey(String(h))))
      extras.push({ header: String(h).trim(), index });
  });
  const userAt = [
    ...USER_COLUMNS.map((id) => known[id]).filter((i): i is number => i !== undefined),
    ...extras.map((e) => e.index),
  ];
  // What the user wrote, by row key.
  const carried = new Map<string, { line: readonly CellValue[]; used: boolean }>();
  const orphans: CellValue[][] = [];
  for (const line of previous?.rows ?? []) {
    if (!userAt.some((i) => !isEmptyCell(line[i] ?? null))) continue;
    const key = rowKey(
      known.productId !== undefined ? line[known.productId] : undefined,
      known.milestoneId !== undefined ? line[known.milestoneId] : undefined
    );
    if (!carried.has(key)) carried.set(key, { line, used: false });
    else orphans.push(line.slice());
  }
  const userCells = (line: readonly CellValue[] | undefined, row: CellValue[]): CellValue[] => {
    for (const id of USER_COLUMNS) {
      const at = known[id];
      row[COL[id]] = line && at !== undefined ? (line[at] ?? null) : null;
    }
    return [...row, ...extras.map((e) => (line ? (line[e.index] ?? null) : null))];
  };

  const rows: CellValue[][] = [];
  for (const e of entries) {
    for (const m of e.plan.milestones) {
      const hit = carried.get(rowKey(e.productId, m.id));
      if (hit) hit.used = true;
      rows.push(userCells(hit?.line, milestoneRow(e, m, locale)));
    }
  }
  // Milestones no longer in any plan, kept (marked) because the user wrote in them.
  const stale = (line: readonly CellValue[]): CellValue[] => {
    const row = new Array<CellValue>(width).fill(null);
    for (const c of ROADMAP_COLUMNS) {
      const at = known[c.id];
      if (at !== undefined) row[COL[c.id]] = line[at] ?? null;
    }
    row[COL.status] = text("roadmap.stale.notPlanned", locale);
    return userCells(line, row);
  };
  for (const { line, used } of carried.values()) if (!used) rows.push(stale(line));
  for (const line of orphans) rows.push(stale(line));
  return { headers: [...headers, ...extras.map((e) => e.header)], rows };
}

/** What a quarter cell shows, so a host can colour it (by the row's pathway) and print it. */
export type QuarterMark = "empty" | "waiting" | "milestone" | "coded" | "paid";

export interface QuarterGrid extends TableGrid {
  /** Per row: the pathway, for the host's colour (the same colours as the Products table). */
  pathways: PathwayId[];
  /** Per row, per quarter column (after the three leading columns): what the cell marks. */
  marks: QuarterMark[][];
  /** First day of each quarter column. */
  quarters: Day[];
}

/** Never more columns than this (30 years): a plan further out is not a forecast. */
const MAX_QUARTERS = 120;

/**
 * A row per product, a column per quarter from the as-of quarter to the latest `Paid from`
 * quarter (or `Coded from`, or the latest dated milestone). A cell lists the milestones falling in
 * it ("≈" before an estimate); the quarters between as-of and `Paid from` with nothing in them
 * show "…", and the `Paid from` quarter says so, so the bar reads without colour.
 */
export function buildQuarterGrid(
  entries: readonly RoadmapEntry[],
  asOf: Day,
  locale: Locale
): QuarterGrid {
  const first = quarterStart(asOf);
  let last = first;
  for (const e of entries) {
    const end = e.plan.paidFrom.date ?? e.plan.codedFrom.date;
    if (end !== undefined && end > last) last = end;
  }
  const quarters: Day[] = [];
  for (let q = first; q <= last && quarters.length < MAX_QUARTERS; q = nextQuarterStart(q))
    quarters.push(q);
  const headers = [
    text("report.roadmap.productId", locale),
    text("report.roadmap.product", locale),
    text("report.roadmap.pathway", locale),
    ...quarters.map(quarterLabel),
  ];
  const sep = locale === "zh-CN" ? "；" : "; ";
  const rows: CellValue[][] = [];
  const marks: QuarterMark[][] = [];
  for (const e of entries) {
    const coded = e.plan.codedFrom.date;
    const paid = e.plan.paidFrom.date;
    const row: CellValue[] = [e.productId, e.product, pathwayLabel(e.pathway, locale)];
    const rowMarks: QuarterMark[] = [];
    quarters.forEach((q) => {
      const next = nextQuarterStart(q);
      const inQ = (d: Day | undefined): boolean => d !== undefined && d >= q && d < next;
      const parts: string[] = [];
      for (const m of e.plan.milestones)
        if (m.status !== "done" && inQ(m.date))
          parts.push((m.estimate ? "≈ " : "") + text(`roadmap.milestone.${m.id}`, locale));
      let mark: QuarterMark = parts.length > 0 ? "milestone" : "empty";
      if (inQ(coded)) {
        parts.unshift(text("roadmap.quarter.coded", locale));
        mark = "coded";
      }
      if (inQ(paid)) {
        parts.unshift(text("roadmap.quarter.paid", locale));
        mark = "paid";
      }
      if (mark === "empty" && paid !== undefined && q < paid) {
        parts.push(text("roadmap.quarter.waiting", locale));
        mark = "waiting";
      }
      row.push(parts.length > 0 ? parts.join(sep) : null);
      rowMarks.push(mark);
    });
    rows.push(row);
    marks.push(rowMarks);
  }
  return { headers, rows, pathways: entries.map((e) => e.pathway), marks, quarters };
}
