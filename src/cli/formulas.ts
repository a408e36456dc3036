/**
 * The CLI's reading of formulas for the write-back snapshot: which cells of one of the add-in's
 * tables hold a formula, and its text. What comes back as a formula is the policy's decision
 * (src/domain/writeback `userFormulas`); this only reads cells and writes the decided formulas.
 */
import type { Cell, CellFormulaValue } from "exceljs";
import type { ReportTableSpot } from "./locate";

function formulaOf(cell: Cell): string | undefined {
  const v = cell.value;
  if (v === null || typeof v !== "object" || !("formula" in v || "sharedFormula" in v))
    return undefined;
  // A shared formula's `formula` getter translates the master's formula to this cell.
  return cell.formula || undefined;
}

/** Formulas of a table as it is now: "row,col" (header row 0) → formula text with its "=". */
export function readFormulas(spot: ReportTableSpot | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!spot) return out;
  const height = spot.grid.rows.length + 1;
  const width = spot.grid.headers.length;
  for (let r = 0; r < height; r++) {
    const row = spot.ws.getRow(spot.top + r);
    if (row.cellCount === 0) continue;
    for (let c = 0; c < width; c++) {
      const formula = formulaOf(row.getCell(spot.left + c));
      if (formula) out.set(`${r},${c}`, `=${formula}`);
    }
  }
  return out;
}

/** A formula as ExcelJS writes it, with the value the domain carried as its cached result. */
export function formulaCell(formula: string, result: unknown): CellFormulaValue {
  return {
    formula: formula.replace(/^=/, ""),
    result: result as CellFormulaValue["result"],
    date1904: false,
  };
}
