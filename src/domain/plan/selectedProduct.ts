/**
 * The plan of the one product a user selected in the Products table (docs/roadmap.md): the row is
 * read with the sheet contract's own parser, classified, and planned exactly as a classification
 * run and REIMB.CODED_FROM / PAID_FROM do, so the pane never shows a second opinion. Pure: the
 * host reads the cells and the clock and hands them in.
 */
import type { CellValue } from "../product";
import type { Classification } from "../pathway/types";
import { classify } from "../pathway";
import type { CodeReference } from "../reference/port";
import { EVIDENCE_COLUMNS, headerKey, recogniseColumn } from "../report/columns";
import { idKey } from "../report/evidence";
import { planRoadmap, type Day, type RoadmapPlan } from "../roadmap";
import {
  noteAssumedFda,
  planDates,
  withAssumedFda,
  type AssumptionsSource,
  type PlanDates,
} from "../assumptions";
import { parseProductRows } from "../rows";
import type { RowProblem } from "../rows/problems";

/** One Products row as a host read it: the table's header row and the selected row's cells. */
export interface SelectedRowCells {
  headers: readonly CellValue[];
  values: readonly CellValue[];
  /** 1-based sheet row of the selected row (problems name it). */
  rowNumber: number;
  /** The workbook's Assumptions table: the plan's as-of date and default expected FDA date. */
  assumptions?: AssumptionsSource;
}

/** The Evidence table's Product ID and Status columns, as read (any order of rows). */
export interface EvidenceCells {
  headers: readonly CellValue[];
  rows: readonly (readonly CellValue[])[];
}

export interface EvidenceProgress {
  done: number;
  total: number;
}

export type SelectedProduct =
  /** The row is a spacer: nothing to plan. */
  | { kind: "blank"; rowNumber: number }
  /** The row cannot be classified as it stands: its problems, as a classification run lists them. */
  | { kind: "invalid"; rowNumber: number; productId?: string; problems: RowProblem[] }
  | {
      kind: "plan";
      rowNumber: number;
      productId: string;
      product: string;
      classification: Classification;
      plan: RoadmapPlan;
      /** Where the plan's as-of date came from: the Assumptions table, or the day (`asOf`). */
      asOfFrom: PlanDates["asOfFrom"];
      /** Warnings about the row's cells (a bad number left out); the row is still planned. */
      problems: RowProblem[];
      /** The code a site comparison is made for; absent when the row has none. */
      code?: string;
      /** Items done of total in the Evidence table; absent when there is no Evidence table or no row for it. */
      evidence?: EvidenceProgress;
    };

export interface SelectedProductOptions {
  /** Today: the plan's as-of date unless the Assumptions table gives one. */
  asOf: Day;
  reference?: CodeReference;
  evidence?: EvidenceCells;
}

/**
 * Evidence Status is the team's free text (never validated: it is theirs). An item counts as done
 * when its status says so in either supported language; anything else (blank, "in progress",
 * "waiting for data") is not done. Keys are compared as headers are (case, spaces, punctuation
 * ignored).
 */
const DONE_WORDS: ReadonlySet<string> = new Set(
  ["done", "complete", "completed", "finished", "yes", "✓", "✔", "已完成", "完成", "是"].map((w) =>
    w === "✓" || w === "✔" ? w : headerKey(w)
  )
);

export function isDoneStatus(status: CellValue | undefined): boolean {
  if (typeof status === "boolean") return status;
  if (typeof status !== "string") return false;
  const trimmed = status.trim();
  return DONE_WORDS.has(trimmed) || DONE_WORDS.has(headerKey(trimmed));
}

/** Where an Evidence header row has its Product ID and Status columns (first of each, any language). */
export function evidenceColumns(headers: readonly CellValue[]): {
  productId?: number;
  status?: number;
} {
  const found: { productId?: number; status?: number } = {};
  headers.forEach((h, i) => {
    const id = recogniseColumn(EVIDENCE_COLUMNS, h);
    if (id === "productId" && found.productId === undefined) found.productId = i;
    if (id === "status" && found.status === undefined) found.status = i;
  });
  return found;
}

/** Items done of total for `productId`; undefined when the table lacks the columns or the product. */
export function evidenceProgress(
  evidence: EvidenceCells | undefined,
  productId: string
): EvidenceProgress | undefined {
  if (!evidence) return undefined;
  const { productId: idAt, status: statusAt } = evidenceColumns(evidence.headers);
  if (idAt === undefined || statusAt === undefined) return undefined;
  const key = idKey(productId);
  let done = 0;
  let total = 0;
  for (const row of evidence.rows) {
    if (idKey(row[idAt] ?? null) !== key) continue;
    total++;
    if (isDoneStatus(row[statusAt] ?? null)) done++;
  }
  return total === 0 ? undefined : { done, total };
}

/** The code a site comparison is made for: the service's code, else the product's, else the first candidate. */
function comparisonCode(c: Classification, candidates: readonly string[]): string | undefined {
  return c.serviceCode ?? c.productCode ?? candidates[0];
}

/** The selected row's plan, or why there is none. Never throws for cells a host read. */
export function planSelectedRow(
  cells: SelectedRowCells,
  opts: SelectedProductOptions
): SelectedProduct {
  const grid: CellValue[][] = [[...cells.headers], [...cells.values]];
  const parsed = parseProductRows(grid, { headerRowIndex: 0, firstRowNumber: cells.rowNumber - 1 });
  const row = parsed.rows[0];
  const rowProblems = parsed.problems.filter((p) => p.rowNumber === cells.rowNumber);
  if (!row) {
    // A sheet-level warning (a repeated header) does not make an empty row a problem row.
    if (!parsed.problems.some((p) => p.severity === "error"))
      return { kind: "blank", rowNumber: cells.rowNumber };
    const idColumn = parsed.header?.columns.productId;
    const id = idColumn === undefined ? undefined : cells.values[idColumn];
    return {
      kind: "invalid",
      rowNumber: cells.rowNumber,
      productId: id === null || id === undefined || id === "" ? undefined : String(id),
      problems: parsed.problems,
    };
  }
  // The dates a classification run plans this row with (src/domain/assumptions): one rule.
  const dates = planDates(cells.assumptions, { runDay: opts.asOf });
  const expected = dates.expectedFdaDate;
  const assumed = withAssumedFda(row, expected);
  const facts = assumed ?? row;
  const classification = classify(facts, opts.reference, { asOf: dates.asOf });
  const planned = planRoadmap(facts, classification, { asOf: dates.asOfDay });
  const plan = assumed && expected ? noteAssumedFda(planned, expected) : planned;
  const code = comparisonCode(classification, row.candidateCodes);
  const evidence = evidenceProgress(opts.evidence, row.productId);
  return {
    kind: "plan",
    rowNumber: cells.rowNumber,
    productId: row.productId,
    product: row.product,
    classification,
    plan,
    asOfFrom: dates.asOfFrom,
    problems: rowProblems,
    ...(code ? { code } : {}),
    ...(evidence ? { evidence } : {}),
  };
}
