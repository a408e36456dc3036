/** The workbook: worksheets, tables, settings, application.calculate, the selection. */
import type { Rect } from "./address";
import type { FakeRequestContext } from "./context";
import { itemNotFound, jsonBytes } from "./proxy-base";
import { RangeProxy } from "./range";
import { SettingCollectionProxy } from "./settings";
import { officeError } from "./state";
import { TableCollectionProxy } from "./tables";
import { WorksheetCollectionProxy } from "./worksheet";

/** Excel.CalculationType values (ExcelApi 1.1). */
export const CALCULATION_TYPES: readonly string[] = ["Recalculate", "Full", "FullRebuild"];

/** workbook.application: only calculate (ExcelApi 1.1), recorded in the state for tests. */
export class ApplicationProxy {
  constructor(private readonly ctx: FakeRequestContext) {}
  calculate(calculationType: string): void {
    this.ctx.enqueue(jsonBytes(calculationType), () => {
      if (!CALCULATION_TYPES.includes(calculationType))
        throw officeError(
          "InvalidArgument",
          `Unknown calculation type ${String(calculationType)}.`
        );
      this.ctx.state.calculations.push(calculationType);
    });
  }
}

export class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly tables: TableCollectionProxy;
  readonly settings: SettingCollectionProxy;
  readonly application: ApplicationProxy;
  constructor(private readonly ctx: FakeRequestContext) {
    this.worksheets = new WorksheetCollectionProxy(ctx);
    this.tables = new TableCollectionProxy(ctx);
    this.settings = new SettingCollectionProxy(ctx);
    this.application = new ApplicationProxy(ctx);
  }
  getSelectedRange(): RangeProxy {
    let sel: { sheetId: string; rect: Rect } | undefined;
    this.ctx.enqueue(10, () => {
      const state = this.ctx.state;
      sel =
        state.selection ??
        (state.activeSheetId
          ? { sheetId: state.activeSheetId, rect: { r0: 0, c0: 0, r1: 0, c1: 0 } }
          : undefined);
    });
    return new RangeProxy(this.ctx, () => {
      const sheet = sel ? this.ctx.state.sheetById(sel.sheetId) : undefined;
      if (!sel || !sheet) throw itemNotFound("selection");
      return { sheet, rect: sel.rect };
    });
  }
}
