/**
 * What the product plan and economics cards need from outside the pane: the selected Products row
 * (the Excel adapter, src/excel/selection.ts) and the shared-runtime CMS reference data (the same
 * object REIMB.* cells read, src/domain/reference/current). One injectable object, so component
 * tests and the browser harness give their own.
 */
import type { Msg } from "../../i18n/catalogue";
import type { CellValue } from "../../domain/product";
import { ymd, type Day } from "../../domain/roadmap";
import type { CodeReference } from "../../domain/reference/port";
import type { ReferenceData } from "../../domain/reference/model";
import {
  getCodeReference,
  getReference,
  noDataMessage,
  onReferenceChange,
} from "../../domain/reference/current";
import {
  insertFormulaAtSelection,
  readSelectedProduct,
  watchSelection,
  type InsertOutcome,
  type SelectedProductCells,
} from "../../excel/selection";

export type { InsertOutcome, SelectedProductCells };

export interface ProductPort {
  readSelected(tableName: string): Promise<SelectedProductCells | undefined>;
  /** Resolves to a function that stops listening. */
  watchSelection(listener: () => void): Promise<() => Promise<void>>;
  insertFormula(
    formula: string,
    replace?: { sheetName: string; address: string; current: CellValue; formula?: string }
  ): Promise<InsertOutcome>;
  /** The CodeReference classification reads (undefined: no CMS data loaded). */
  codeReference(): CodeReference | undefined;
  /** The data REIMB.SITES computes from. */
  referenceData(): ReferenceData;
  /** Why there are no figures (undefined when data is loaded). */
  noData(): Msg | undefined;
  onReferenceChange(listener: () => void): () => void;
  /** Today in the user's calendar: the plan's as-of date. */
  today(): Day;
}

/** The user's local calendar day: a plan made at 5 pm in California is dated that day, not UTC's. */
export function localToday(now: Date = new Date()): Day {
  return ymd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export const officeProductPort: ProductPort = {
  readSelected: (tableName) => readSelectedProduct(tableName),
  watchSelection: (listener) => watchSelection(listener),
  insertFormula: (formula, replace) => insertFormulaAtSelection(formula, replace),
  codeReference: () => getCodeReference(),
  referenceData: () => getReference(),
  noData: () => noDataMessage(),
  onReferenceChange: (listener) => onReferenceChange(() => listener()),
  today: () => localToday(),
};
