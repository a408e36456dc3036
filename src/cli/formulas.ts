/**
 * Formulas a user put in their own columns of the Evidence and Strategy tables (Status, Owner, Notes
 * and columns they added), e.g. `=HYPERLINK("https://…","spec")`. The domain carries those cells by
 * their values; this puts the formula back where the carried value landed, so a re-run keeps it a
 * formula. Text the tool writes is never turned into a formula: only a cell that was a formula in
 * the user's column, under the same row key and column, comes back as one.
 */
import type { Cell, CellFormulaValue, CellValue as ExcelCellValue, Worksheet } from "exceljs";
import type { CellValue } from "../domain/product";
import { headerKey, idKey, recogniseColumn, sameCell, type ReportColumn } from "../domain/report";
import type { ReportTableSpot } from "./locate";
import { plainValue } from "./workbook";

export interface UserFormulaColumns<Id extends string> {
  columns: readonly ReportColumn<Id>[];
  /** The add-in's columns that are the user's (Evidence: Status, Owner, Notes). */
  userIds: readonly Id[];
  /** The columns that identify a row (what the domain carries user cells by). */
  keyIds: readonly Id[];
}

/** A user column's identity in any locale: its id, or the header text of a column the user added. */
function columnKey<Id extends string>(
  spec: UserFormulaColumns<Id>,
  header: CellValue | undefined
): string | undefined {
  const id = recogniseColumn(spec.columns, header);
  if (id !== undefined) return spec.userIds.includes(id) ? `id:${id}` : undefined;
  if (header === null || header === undefined || String(header).trim() === "") return undefined;
  return `x:${headerKey(String(header))}`;
}

interface Layout {
  /** Each column's user-column key (undefined: one of the tool's own columns). */
  columns: (string | undefined)[];
  /** Where each of `keyIds` sits (-1: absent). */
  keys: number[];
}

function layoutOf<Id extends string>(
  spec: UserFormulaColumns<Id>,
  headers: readonly CellValue[]
): Layout {
  return {
    columns: headers.map((h) => columnKey(spec, h)),
    keys: spec.keyIds.map((id) =>
      headers.findIndex((h) => recogniseColumn(spec.columns, h) === id)
    ),
  };
}

function rowKeyOf(layout: Layout, row: readonly CellValue[]): string {
  return layout.keys.map((at) => (at < 0 ? "" : idKey(row[at]))).join("\u0000");
}

function formulaOf(cell: Cell): CellFormulaValue | undefined {
  const v = cell.value;
  if (v === null || typeof v !== "object" || !("formula" in v || "sharedFormula" in v))
    return undefined;
  // A shared formula's `formula` getter translates the master's formula to this cell.
  const formula = cell.formula;
  if (!formula) return undefined;
  return { formula, result: cell.result as CellFormulaValue["result"], date1904: false };
}

export class UserFormulas {
  /** The output's layout, worked out once per header row (every cell of the output is asked about). */
  private layouts = new WeakMap<readonly CellValue[], Layout>();

  private constructor(
    private readonly byKey: Map<string, CellFormulaValue>,
    private readonly spec: UserFormulaColumns<string>
  ) {}

  static none(): UserFormulas {
    return new UserFormulas(new Map(), { columns: [], userIds: [], keyIds: [] });
  }

  /** The formulas in the user's columns of a table as it is now. */
  static read<Id extends string>(
    spot: ReportTableSpot | undefined,
    spec: UserFormulaColumns<Id>
  ): UserFormulas {
    const byKey = new Map<string, CellFormulaValue>();
    const generic = spec as unknown as UserFormulaColumns<string>;
    if (!spot) return new UserFormulas(byKey, generic);
    const ws: Worksheet = spot.ws;
    const layout = layoutOf(spec, spot.grid.headers);
    spot.grid.rows.forEach((line, i) => {
      const row = ws.getRow(spot.top + 1 + i);
      const key = rowKeyOf(layout, line);
      layout.columns.forEach((column, c) => {
        if (column === undefined) return;
        const formula = formulaOf(row.getCell(spot.left + c));
        const at = `${key}\u0001${column}`;
        if (formula && !byKey.has(at)) byKey.set(at, formula);
      });
    });
    return new UserFormulas(byKey, generic);
  }

  get size(): number {
    return this.byKey.size;
  }

  /**
   * What to write for cell `col` of an output row: the user's formula when that row and column
   * held one whose value is the one being carried, else undefined (write the value).
   */
  at(
    headers: readonly CellValue[],
    row: readonly CellValue[],
    col: number
  ): ExcelCellValue | undefined {
    if (this.byKey.size === 0) return undefined;
    let layout = this.layouts.get(headers);
    if (!layout) this.layouts.set(headers, (layout = layoutOf(this.spec, headers)));
    const column = layout.columns[col];
    if (column === undefined) return undefined;
    const formula = this.byKey.get(`${rowKeyOf(layout, row)}\u0001${column}`);
    if (!formula) return undefined;
    return sameCell(plainValue(formula), row[col] ?? null) ? formula : undefined;
  }
}
