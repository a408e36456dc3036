/**
 * The write-back report (docs/features.md#classify), shared by the pane (via src/excel) and the CLI (via
 * ExcelJS): one pure call turns the Products grid into what goes back into the workbook. Hosts only
 * move these grids into cells, as values (text is never a formula).
 */
import { render, t, type Locale } from "../../i18n/catalogue";
import { checklistFor, type EvidenceItem } from "../evidence";
import { classify, ClassifyMemo, renderClassification } from "../pathway";
import { PATHWAYS, type Classification, type PathwayId } from "../pathway/types";
import type { CellValue, ProductRow } from "../product";
import type { CodeReference } from "../reference/port";
import { formatProblem, parseProductRows, type ParseResult, type RowProblem } from "../rows";
import { strategyFor, type Strategy } from "../strategy";
import {
  IMPLICATION_KEYS,
  PATHWAY_COLUMNS,
  headersIn,
  pathwayBlockStart,
  type PathwayColumnId,
} from "./columns";
import { buildEvidenceTable } from "./evidence";
import { buildStrategyTable } from "./strategyTable";
import {
  ACTOR_PREFIXES,
  GATE_PREFIXES,
  joinList,
  labelOf,
  OWNER_PREFIXES,
  pathwayLabel,
  SITE_PREFIXES,
} from "./labels";
import { reportTableName, type ReportTableId } from "./names";
import { renderReason, shortRationale } from "./rationale";
import type { TableGrid } from "./types";
import { headlineCells, planRoadmap, type Day, type RoadmapPlan } from "../roadmap";
import {
  noteAssumedFda,
  planDates,
  withAssumedFda,
  type AssumptionProblem,
  type AssumptionsSource,
} from "../assumptions";

export * from "./columns";
export { buildEvidenceTable, idKey, type EvidenceEntry } from "./evidence";
export { buildStrategyTable } from "./strategyTable";
export {
  planOverwrite,
  isEmptyCell,
  sameCell,
  type OverwriteConflict,
  type OverwritePlan,
} from "./overwrite";
export { REPORT_TABLES, type TableGrid } from "./types";
export * from "./names";
export { pathwayLabel, recognisePathwayLabel } from "./labels";
export { RATIONALE_BUDGET, renderReason, sentencesOf, shortRationale } from "./rationale";

export type { Strategy };

export interface ReportInput {
  /**
   * The Products table including its header row (and any preamble rows above it). It may include
   * pathway columns a previous run wrote: they are recognised by header and never read as input.
   */
  grid: CellValue[][];
  /** Sheet row number of grid[0] (default 1), so problems name the rows the user sees. */
  firstRowNumber?: number;
  /** grid row index of the header, when the host knows it (an Excel table); found otherwise. */
  headerRowIndex?: number;
  /** The Evidence table as it is in the workbook now: its Status/Owner/Notes are carried over. */
  previousEvidence?: TableGrid;
  /** The Strategy table as it is now: columns the user added to it are carried over by Product ID. */
  previousStrategy?: TableGrid;
  reference?: CodeReference;
  /**
   * yyyy-mm-dd; the date rules about time (Cat III release, pass-through newness) are judged at and
   * the roadmap is planned from. The host's explicit choice (the CLI's `--as-of`): it wins over the
   * Assumptions table's As-of date, which wins over the day of the run.
   */
  asOf?: string;
  /**
   * The workbook's Assumptions table as the host found it (docs/features.md#assumptions): its
   * As-of date and the Expected FDA date pending products default to.
   */
  assumptions?: AssumptionsSource;
  /** The language the report's text cells are written in (the host's display language). */
  locale: Locale;
  /**
   * The names the workbook already gives the add-in's sheets (a previous run in another language):
   * the short rationale points to the Strategy sheet by the name the reader sees on its tab.
   */
  sheetNames?: Partial<Record<ReportTableId, string>>;
}

export interface ReportResult {
  row: ProductRow;
  classification: Classification;
  checklist: EvidenceItem[];
  strategy: Strategy;
  /** The product's dated plan (docs/roadmap.md), made on `Report.asOfDay`. */
  roadmap: RoadmapPlan;
}

export interface ReportSummary {
  /** Product rows: rows with anything in a Products column (classified or reported). */
  rows: number;
  classified: number;
  /**
   * Rows with at least one problem. An error in a column that decides the pathway leaves the row
   * unclassified; an error in device cost or annual volume, or a warning, is reported and the row is
   * still classified (with that value left out).
   */
  withProblems: number;
  /** Classified rows per pathway id (every pathway present, zero when none). */
  byPathway: Record<PathwayId, number>;
}

export interface Report {
  parse: ParseResult;
  results: ReportResult[];
  /** grid index of the header row, or undefined when no header naming every required column was found. */
  headerRowIndex?: number;
  /** grid column index where the pathway block goes (after the input columns, or where it was). */
  pathwayStartColumn: number;
  /**
   * One row per grid row below the header, in order and aligned with the grid: blank rows are
   * blank, rows with problems carry them in "Input problems".
   */
  pathwayColumns: TableGrid;
  evidence: TableGrid;
  strategy: TableGrid;
  /** The day the report was made on (its roadmap dates count from it). */
  asOfDay: Day;
  /** Where the as-of day came from, and the default expected FDA date pending rows were given. */
  planInputs: {
    asOfFrom: "host" | "assumptions" | "run";
    expectedFdaDate?: string;
  };
  /**
   * Problems in the Assumptions table (a cell that is not a date, a repeated key, an expected
   * FDA date already past): the run went on with the default each one names.
   */
  assumptionProblems: AssumptionProblem[];
  /** The display language the report's tables were built in (the sheets built later use it too). */
  locale: Locale;
  summary: ReportSummary;
  /** Problems that belong to no data row (missing columns, no header), rendered. */
  sheetProblems: string[];
}

const PCOL = Object.fromEntries(PATHWAY_COLUMNS.map((c, i) => [c.id, i])) as Record<
  PathwayColumnId,
  number
>;

/** The rationale's sentences and the full text, rendered once per row for both sheets. */
interface Reasons {
  full: string;
  short: string;
}

function reasonsOf(c: Classification, locale: Locale, strategySheet: string): Reasons {
  const parts = c.rationale.map((m) => renderReason(m, locale));
  const more = t("report.rationale.more", { sheet: strategySheet }, locale);
  return {
    full: parts.join(t("pathway.separator.sentence", undefined, locale)),
    short: shortRationale(parts, locale, more),
  };
}

function pathwayCells(
  c: Classification,
  plan: RoadmapPlan,
  reasons: Reasons,
  locale: Locale
): CellValue[] {
  const r = renderClassification(c, locale);
  const row: CellValue[] = new Array<CellValue>(PATHWAY_COLUMNS.length).fill(null);
  row[PCOL.pathway] = pathwayLabel(c.pathway, locale);
  row[PCOL.targetCodeSystem] = r.targetCodeSystem;
  row[PCOL.productCode] = r.productCode || null;
  row[PCOL.serviceCode] = c.serviceCode ?? null;
  row[PCOL.bridgeCode] = c.bridgeCode ?? null;
  row[PCOL.nextGate] = r.nextGate;
  row[PCOL.gateOwner] = r.gateOwner;
  row[PCOL.laterGates] =
    joinList(
      c.laterGates.map((g) => labelOf(GATE_PREFIXES, g, locale)),
      locale
    ) || null;
  [row[PCOL.codedFrom], row[PCOL.paidFrom]] = headlineCells(plan, locale);
  row[PCOL.confidence] = r.confidence;
  row[PCOL.benefitCategory] = r.benefitCategory;
  row[PCOL.paymentMechanisms] = r.paymentMechanisms || null;
  row[PCOL.rationale] = reasons.short;
  row[PCOL.warnings] =
    joinList(
      c.warnings.map((w) => renderReason(w, locale)),
      locale
    ) || null;
  return row;
}

/** The decision chain as numbered steps, one per line: who acts, in order, and what they decide. */
function chainText(strategy: Strategy, locale: Locale): string {
  return strategy.decisionChain
    .map((step, i) =>
      t(
        "report.chain.step",
        {
          n: i + 1,
          actor: labelOf(ACTOR_PREFIXES, step.actorId, locale),
          role: render(step.role, locale),
        },
        locale
      )
    )
    .join(t("report.chain.separator", undefined, locale));
}

function strategyRow(result: ReportResult, reasons: Reasons, locale: Locale): CellValue[] {
  const { row, classification: c, strategy } = result;
  return [
    row.productId,
    row.product,
    labelOf(SITE_PREFIXES, row.siteOfCare, locale),
    pathwayLabel(c.pathway, locale),
    labelOf(GATE_PREFIXES, c.nextGate, locale),
    labelOf(OWNER_PREFIXES, c.gateOwner, locale),
    joinList(
      c.laterGates.map((g) => labelOf(GATE_PREFIXES, g, locale)),
      locale
    ) || null,
    chainText(strategy, locale),
    ...IMPLICATION_KEYS.map((k) => render(strategy.implications[k], locale)),
    reasons.full,
  ];
}

export function buildReport(input: ReportInput): Report {
  const locale = input.locale;
  const firstRowNumber = input.firstRowNumber ?? 1;
  const parse = parseProductRows(input.grid, {
    headerRowIndex: input.headerRowIndex,
    firstRowNumber,
  });

  const memo = new ClassifyMemo();
  // Whole UTC days, as the roadmap counts them (the same day the classification is judged on).
  const dates = planDates(input.assumptions, {
    runDay: Math.floor(Date.now() / 86_400_000),
    hostAsOf: input.asOf,
  });
  const { asOf, asOfDay } = dates;
  const expected = dates.expectedFdaDate;
  const results: ReportResult[] = parse.rows.map((row) => {
    const assumed = withAssumedFda(row, expected);
    const facts = assumed ?? row;
    const classification = classify(facts, input.reference, { asOf, memo });
    const plan = planRoadmap(facts, classification, { asOf: asOfDay });
    return {
      row,
      classification,
      checklist: checklistFor(classification, row),
      strategy: strategyFor(classification, row),
      roadmap: assumed && expected ? noteAssumedFda(plan, expected) : plan,
    };
  });

  // The short rationale names the Strategy sheet as this locale calls it; a host that keeps an
  // existing sheet under another language's name still has the full text in the same column.
  const strategySheet = input.sheetNames?.strategy ?? reportTableName("strategy", locale);
  const reasons = new Map<ReportResult, Reasons>();
  const reasonsFor = (r: ReportResult): Reasons => {
    let hit = reasons.get(r);
    if (!hit) reasons.set(r, (hit = reasonsOf(r.classification, locale, strategySheet)));
    return hit;
  };

  const problemsByRow = new Map<number, RowProblem[]>();
  const sheetProblems: string[] = [];
  const headerRowNumber = parse.header ? firstRowNumber + parse.header.headerRowIndex : 0;
  for (const p of parse.problems) {
    if (p.rowNumber <= headerRowNumber) {
      sheetProblems.push(formatProblem(p, locale));
      continue;
    }
    const list = problemsByRow.get(p.rowNumber);
    if (list) list.push(p);
    else problemsByRow.set(p.rowNumber, [p]);
  }

  // A candidate header missing required columns is kept in `parse` (hosts name what is missing)
  // but nothing is written beside it.
  const headerRowIndex =
    parse.header && parse.header.missingRequired.length === 0
      ? parse.header.headerRowIndex
      : undefined;
  const headerRow = headerRowIndex !== undefined ? (input.grid[headerRowIndex] ?? []) : [];
  const pathwayRows: CellValue[][] = [];
  const resultByRow = new Map<number, ReportResult>();
  for (const r of results) resultByRow.set(r.row.rowNumber, r);
  let dataRows = 0;
  if (headerRowIndex !== undefined) {
    for (let i = headerRowIndex + 1; i < input.grid.length; i++) {
      const rowNumber = firstRowNumber + i;
      const result = resultByRow.get(rowNumber);
      const problems = problemsByRow.get(rowNumber);
      // A product row is one the parser read (classified, or reported): a note typed in a column
      // of its own on an otherwise empty row is not a product.
      if (result || problems) dataRows++;
      const cells = result
        ? pathwayCells(result.classification, result.roadmap, reasonsFor(result), locale)
        : new Array<CellValue>(PATHWAY_COLUMNS.length).fill(null);
      if (problems)
        cells[PCOL.inputProblems] = problems.map((p) => formatProblem(p, locale)).join("\n");
      pathwayRows.push(cells);
    }
  }

  const byPathway = Object.fromEntries(PATHWAYS.map((p) => [p, 0])) as Record<PathwayId, number>;
  for (const r of results) byPathway[r.classification.pathway]++;

  const evidence = buildEvidenceTable(
    results.map((r) => ({
      productId: r.row.productId,
      product: r.row.product,
      items: r.checklist,
      path: [r.classification.nextGate, ...r.classification.laterGates],
    })),
    input.previousEvidence,
    locale
  );

  return {
    parse,
    results,
    headerRowIndex,
    pathwayStartColumn: pathwayBlockStart(headerRow),
    pathwayColumns: { headers: headersIn(PATHWAY_COLUMNS, locale), rows: pathwayRows },
    evidence,
    strategy: buildStrategyTable(
      results.map((r) => strategyRow(r, reasonsFor(r), locale)),
      input.previousStrategy,
      locale
    ),
    asOfDay,
    planInputs: {
      asOfFrom: dates.asOfFrom,
      ...(expected ? { expectedFdaDate: expected.iso } : {}),
    },
    assumptionProblems: dates.problems,
    locale,
    summary: {
      rows: dataRows,
      classified: results.length,
      withProblems: problemsByRow.size,
      byPathway,
    },
    sheetProblems,
  };
}
