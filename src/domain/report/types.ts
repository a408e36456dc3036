/**
 * The write-back contract shared by every host (pane via src/excel, CLI via ExcelJS): the domain
 * decides what goes into which table; hosts only move these grids into cells. Implemented in
 * src/domain/report (buildReport).
 */
import type { CellValue } from "../product";

/** A table as headers + rows of plain cell values (text is always text: hosts must never write it as a formula). */
export interface TableGrid {
  headers: string[];
  rows: CellValue[][];
}

/** Sheet and table names the add-in owns. */
export const REPORT_TABLES = {
  products: "Products",
  evidence: "Evidence",
  strategy: "Strategy",
  roadmap: "Roadmap",
  /** The quarter-by-quarter view: a sheet of its own, so each owned sheet holds one table. */
  quarters: "RoadmapQuarters",
  economics: "Economics",
  assumptions: "Assumptions",
} as const;
