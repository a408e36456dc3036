/**
 * The selected Products row, for the pane's product plan and economics cards. The adapter only
 * reads: where the selection is, the table's header row, the selected row's cells and the
 * Evidence table's Product ID and Status columns; `planSelectedRow` (src/domain/plan) decides what
 * they mean. Three syncs whatever the table's size: (1) the selection and which tables exist,
 * (2) the tables' geometry and header rows, (3) the selected row's cells in one read, with the
 * two Evidence columns and the Assumptions table's cells. Nothing is written.
 */
import type { CellValue } from "../domain/product";
import { REPORT_TABLES } from "../domain/report/types";
import { existingReportName } from "../domain/report/names";
import { evidenceColumns, type EvidenceCells } from "../domain/plan/selectedProduct";
import { cellA1, parseQualified, type SheetRect } from "./address";
import { existing, loadNames } from "./locate";
import { fromExcel } from "./cells";
import { assumptionsRect, assumptionsSource, queueAssumptions } from "./assumptions";
import type { AssumptionsSource } from "../domain/assumptions";

export interface SelectedProductCells {
  sheetName: string;
  /** The selected cell (the selection's top-left), unqualified A1. */
  address: string;
  tableName: string;
  /** 1-based sheet row of the selected row. */
  rowNumber: number;
  headers: CellValue[];
  values: CellValue[];
  /** Product ID and Status of every Evidence row; absent without an Evidence table. */
  evidence?: EvidenceCells;
  /** The Assumptions table (the plan's as-of and expected FDA dates); absent without one. */
  assumptions?: AssumptionsSource;
}

function row(range: Excel.Range): CellValue[] {
  return ((range.values as unknown[][])[0] ?? []).map(fromExcel);
}

function column(range: Excel.Range): CellValue[] {
  return (range.values as unknown[][]).map((r) => fromExcel(r[0]));
}

/**
 * The Products row under the selection, or undefined when the selection is not on one of its data
 * rows (another sheet, the header, the totals row, beside the table) or the table is gone.
 */
export async function readSelectedProduct(
  tableName: string = REPORT_TABLES.products
): Promise<SelectedProductCells | undefined> {
  return Excel.run(async (context) => {
    const wb = context.workbook;
    // Sync 1: the selection and the names of the tables (nothing is navigated that may not exist).
    const selected = wb.getSelectedRange().load("address");
    const names = await loadNames(context);
    const productsName = existing(names.tables, tableName);
    if (!productsName) return undefined;
    const at = parseQualified(selected.address);

    // Sync 2: where the table is, its headers; the Evidence table's headers.
    const table = wb.tables.getItem(productsName).load("showTotals");
    const whole = table.getRange().load("address");
    const header = table.getHeaderRowRange().load("values");
    // Named by a run in either language (证据清单 in Chinese).
    const evidenceName = existingReportName("evidence", [...names.tables.values()]);
    const evidenceTable = evidenceName ? wb.tables.getItem(evidenceName) : undefined;
    const evidenceHeader = evidenceTable?.getHeaderRowRange().load("values");
    // Where the Assumptions table is: the plan is made on its dates, as Classify makes it.
    const assumptionsLoad = queueAssumptions(wb, names);
    await context.sync();
    const where: SheetRect = parseQualified(whole.address);
    // The totals row holds Excel's SUBTOTALs, not a product.
    const lastData = table.showTotals ? where.r1 - 1 : where.r1;
    const onRow =
      at.sheet === where.sheet &&
      at.r0 > where.r0 &&
      at.r0 <= lastData &&
      at.c0 >= where.c0 &&
      at.c0 <= where.c1;
    if (!onRow) return undefined;

    // Sync 3: the row's cells in one read, and the two Evidence columns.
    const cells = table
      .getDataBodyRange()
      .getRow(at.r0 - where.r0 - 1)
      .load("values");
    const evidenceAt = evidenceHeader ? evidenceColumns(row(evidenceHeader)) : undefined;
    const ids =
      evidenceTable && evidenceAt?.productId !== undefined
        ? evidenceTable.columns.getItemAt(evidenceAt.productId).getDataBodyRange().load("values")
        : undefined;
    const statuses =
      evidenceTable && evidenceAt?.status !== undefined
        ? evidenceTable.columns.getItemAt(evidenceAt.status).getDataBodyRange().load("values")
        : undefined;
    const assumptionsAt = assumptionsRect(assumptionsLoad);
    const assumptionsCells = assumptionsAt
      ? wb.worksheets
          .getItem(assumptionsAt.sheet)
          .getRangeByIndexes(
            assumptionsAt.r0,
            assumptionsAt.c0,
            assumptionsAt.r1 - assumptionsAt.r0 + 1,
            assumptionsAt.c1 - assumptionsAt.c0 + 1
          )
          .load("values")
      : undefined;
    await context.sync();

    let evidence: EvidenceCells | undefined;
    if (ids && statuses && evidenceHeader) {
      const idColumn = column(ids);
      const statusColumn = column(statuses);
      const headers = row(evidenceHeader);
      evidence = {
        headers: [headers[evidenceAt!.productId!], headers[evidenceAt!.status!]],
        rows: idColumn.map((id, i) => [id, statusColumn[i] ?? null]),
      };
    }
    return {
      sheetName: where.sheet,
      address: cellA1(at.r0, at.c0),
      tableName: productsName,
      rowNumber: at.r0 + 1,
      headers: row(header),
      values: row(cells),
      ...(evidence ? { evidence } : {}),
      ...(assumptionsLoad && assumptionsAt && assumptionsCells
        ? {
            assumptions: assumptionsSource(
              assumptionsLoad,
              assumptionsAt,
              (assumptionsCells.values as unknown[][]).map((r) => r.map(fromExcel))
            ),
          }
        : {}),
    };
  });
}

/** The part of Office.js's event API the adapter uses (Workbook.onSelectionChanged, ExcelApi 1.2). */
interface SelectionEvents {
  add(handler: () => Promise<unknown>): { context: Excel.RequestContext; remove(): void };
}

/**
 * Calls `listener` whenever the user selects another cell, in any sheet (Workbook.onSelectionChanged:
 * its arguments carry no address, so the listener reads the selection itself). Resolves to a
 * function that stops listening. A host without the event (older Excel, the in-memory Excel) gets
 * no calls: the pane's "Show selected row" button reads the selection on demand there.
 */
export async function watchSelection(listener: () => void): Promise<() => Promise<void>> {
  let active = true;
  const stopped = async (): Promise<void> => {
    active = false;
  };
  return Excel.run(async (context) => {
    const events = (context.workbook as unknown as { onSelectionChanged?: SelectionEvents })
      .onSelectionChanged;
    if (!events) return stopped;
    const handle = events.add(async () => {
      if (active) listener();
    });
    await context.sync();
    return async () => {
      active = false;
      try {
        await Excel.run(handle.context, async (ctx) => {
          handle.remove();
          await ctx.sync();
        });
      } catch {
        // The workbook may be closing: the flag above already silences the handler.
      }
    };
  });
}

export type InsertOutcome =
  | { status: "written"; sheetName: string; address: string }
  /** The cell holds something: nothing written; the pane asks, then calls again with `replace`. */
  | { status: "occupied"; sheetName: string; address: string; current: CellValue; formula?: string }
  /** The cell no longer holds what the user agreed to replace: nothing written. */
  | { status: "changed"; sheetName: string; address: string };

/**
 * Writes `formula` into the selected cell (the selection's top-left) only when the cell is empty,
 * or when `replace` names what the user agreed to replace and the cell still holds it. Two syncs:
 * read the cell, then write it. A formula that spills into filled cells shows Excel's #SPILL!
 * rather than overwriting them.
 */
export async function insertFormulaAtSelection(
  formula: string,
  replace?: { sheetName: string; address: string; current: CellValue; formula?: string }
): Promise<InsertOutcome> {
  return Excel.run(async (context) => {
    const cell = context.workbook.getSelectedRange().getCell(0, 0).load("address,values,formulas");
    await context.sync();
    const at = parseQualified(cell.address);
    const address = cellA1(at.r0, at.c0);
    const current = fromExcel((cell.values as unknown[][])[0][0]);
    const typed = (cell.formulas as unknown[][])[0][0];
    const existingFormula = typeof typed === "string" && typed.startsWith("=") ? typed : undefined;
    const empty = current === null && (typed === "" || typed === null || typed === undefined);
    if (!empty) {
      const agreed =
        replace !== undefined &&
        replace.sheetName === at.sheet &&
        replace.address === address &&
        replace.current === current &&
        replace.formula === existingFormula;
      if (!agreed) {
        // Asked before and changed since: say so rather than asking about a different value.
        if (replace !== undefined) return { status: "changed", sheetName: at.sheet, address };
        return {
          status: "occupied",
          sheetName: at.sheet,
          address,
          current,
          ...(existingFormula ? { formula: existingFormula } : {}),
        };
      }
    }
    cell.formulas = [[formula]];
    await context.sync();
    return { status: "written", sheetName: at.sheet, address };
  });
}
