/**
 * The report's tables as write-back blocks: which grid goes into which `BLOCK_SPECS` entry, and
 * where a block beside the user's table starts. A table the report gains is one more line here.
 *
 * The sheets built from the report's per-product results (Roadmap, RoadmapQuarters, Economics)
 * are built here, from the snapshot's current tables, so what the user typed in them (Notes,
 * added columns) comes back the same way in both hosts without either host knowing those sheets.
 */
import type { Report } from "../report";
import type { TableGrid } from "../report/types";
import { buildQuarterGrid, buildRoadmapTable, type RoadmapEntry } from "../roadmap/table";
import { buildEconomicsTable, economicsCharts, type EconomicsEntry } from "../economics/table";
import { emptyReference, type ReferenceData } from "../reference/model";
import { msg, type Msg } from "../../i18n/catalogue";
import { PATHWAY_FILLS } from "./formats";
import { PATHWAY_LABELS, PATHWAYS } from "../pathway/types";
import { currentTable, type BlockOutput, type WriteOutput, type WriteSnapshot } from "./plan";

function roadmapEntries(report: Report): RoadmapEntry[] {
  return report.results.map((r) => ({
    productId: r.row.productId,
    product: r.row.product,
    pathway: r.classification.pathway,
    plan: r.roadmap,
  }));
}

/**
 * The code a product's economics are read for: the service performed with it (the procedure a
 * site bills), else the product's own code, else the first candidate the row names.
 */
export function economicsEntries(report: Report): EconomicsEntry[] {
  const out: EconomicsEntry[] = [];
  for (const r of report.results) {
    const code =
      r.classification.serviceCode ?? r.classification.productCode ?? r.row.candidateCodes[0];
    if (!code) continue;
    out.push({
      productId: r.row.productId,
      product: r.row.product,
      code,
      ...(r.row.deviceCost !== undefined ? { deviceCost: r.row.deviceCost } : {}),
    });
  }
  return out;
}

/** The quarter view as a block: its cells filled by the row's pathway where a quarter is marked. */
export function quartersOutput(report: Report): BlockOutput {
  const grid = buildQuarterGrid(roadmapEntries(report), report.asOfDay, report.locale);
  const lead = grid.headers.length - grid.quarters.length;
  const fills: { row: number; col: number; color: string }[] = [];
  grid.marks.forEach((marks, i) =>
    marks.forEach((mark, q) => {
      if (mark !== "empty")
        fills.push({ row: i + 1, col: lead + q, color: PATHWAY_FILLS[grid.pathways[i]] });
    })
  );
  const rowRule =
    grid.quarters.length > 0
      ? {
          from: lead,
          to: lead + grid.quarters.length - 1,
          keyCol: lead - 1,
          rules: PATHWAYS.map((p) => ({ equals: PATHWAY_LABELS[p], color: PATHWAY_FILLS[p] })),
        }
      : undefined;
  return {
    grid: { headers: grid.headers, rows: grid.rows },
    fills,
    ...(rowRule ? { rowRule } : {}),
  };
}

/**
 * The CMS data the Economics sheet is priced with, handed in by the host (the domain holds no
 * current reference): the data it loaded, and why there is none when it is empty.
 */
export interface EconomicsData {
  reference: ReferenceData;
  noData?: Msg;
}

/** No data loaded: the Economics sheet says so on every product's row. */
export function noEconomicsData(): EconomicsData {
  return { reference: emptyReference(), noData: msg("reference.reason.noFiles") };
}

export function reportOutput(
  report: Report,
  snapshot: WriteSnapshot | undefined,
  data: EconomicsData
): WriteOutput {
  const previous = (key: "roadmap" | "economics"): TableGrid | undefined => {
    const site = snapshot?.sites.find((s) => s.key === key);
    return site ? currentTable(site) : undefined;
  };
  const economics = buildEconomicsTable(
    economicsEntries(report),
    data.reference,
    previous("economics"),
    report.locale,
    data.noData
  );
  return {
    ...(report.headerRowIndex !== undefined
      ? {
          pathway: {
            grid: report.pathwayColumns,
            offset: { r: report.headerRowIndex, c: report.pathwayStartColumn },
          },
        }
      : {}),
    evidence: { grid: report.evidence },
    strategy: { grid: report.strategy },
    roadmap: {
      grid: buildRoadmapTable(roadmapEntries(report), previous("roadmap"), report.locale),
    },
    quarters: quartersOutput(report),
    economics: {
      grid: { headers: economics.headers, rows: economics.rows },
      charts: economicsCharts(economics, report.locale),
    },
  };
}
