/**
 * One validated row of the Products table (docs/features.md#sheet-contract). Produced by
 * `domain/rows`, consumed by `domain/pathway`, `domain/evidence`, `domain/strategy`.
 */
import type {
  BenefitCategory,
  CodeFit,
  FdaStatus,
  PerformedBy,
  ProductType,
  SiteOfCare,
} from "./vocab";

/** A raw cell as every host sees it: Excel, ExcelJS and CSV all reduce to these. */
export type CellValue = string | number | boolean | null;

export interface ProductRow {
  /** 1-based row number in the sheet (what a user sees in Excel's row header). */
  rowNumber: number;
  productId: string;
  product: string;
  productType: ProductType;
  siteOfCare: SiteOfCare;
  description?: string;
  performedBy?: PerformedBy;
  fdaStatus?: FdaStatus;
  /** ISO date `yyyy-mm-dd`. */
  fdaDecisionDate?: string;
  breakthrough?: boolean;
  /** Upper-case, trimmed, in the order the user listed them; may be empty. */
  candidateCodes: string[];
  codeFit?: CodeFit;
  benefitCategory?: BenefitCategory;
  implanted?: boolean;
  durableHomeUse?: boolean;
  /** US dollars per unit. */
  deviceCost?: number;
  annualVolume?: number;
}

/** The input of a classification without the sheet bookkeeping (used by REIMB.PATHWAY too). */
export type ProductFacts = Omit<ProductRow, "rowNumber" | "productId" | "product"> &
  Partial<Pick<ProductRow, "rowNumber" | "productId" | "product">>;
