/**
 * The Products table's columns (docs/features.md#sheet-contract): canonical header, the header spellings
 * users actually write, and how each column's cells are read. The order of PRODUCT_COLUMNS is the
 * order of a freshly inserted Products table.
 */
import {
  BENEFIT_CATEGORY,
  CODE_FIT,
  FDA_STATUS,
  PERFORMED_BY,
  PRODUCT_TYPE,
  SITE_OF_CARE,
  YES_NO_VOCAB,
  matchKey,
  type Vocabulary,
} from "../vocab";

export type ColumnId =
  | "productId"
  | "product"
  | "productType"
  | "siteOfCare"
  | "description"
  | "performedBy"
  | "fdaStatus"
  | "fdaDecisionDate"
  | "breakthrough"
  | "candidateCodes"
  | "codeFit"
  | "benefitCategory"
  | "implanted"
  | "durableHomeUse"
  | "deviceCost"
  | "annualVolume";

export type ColumnKind = "text" | "enum" | "yesno" | "codes" | "date" | "money" | "count";

export interface ColumnSpec {
  id: ColumnId;
  /** Canonical header text, as written into a new Products table. */
  header: string;
  /** Other header spellings; matched like the header (case, spaces and punctuation ignored). */
  aliases: readonly string[];
  required: boolean;
  kind: ColumnKind;
  /** Allowed values for `enum` and `yesno` columns (also the data-validation list). */
  vocabulary?: Vocabulary<string>;
}

/**
 * Columns that do not decide the classification (device cost only fills the pass-through sentence;
 * annual volume feeds models, not the pathway). A bad value there is still reported as an error on
 * its cell, but the row is classified without it (docs/features.md#classify: good rows are still classified).
 */
export const INFORMATIONAL_COLUMNS: ReadonlySet<ColumnId> = new Set<ColumnId>([
  "deviceCost",
  "annualVolume",
]);

// Aliases are chosen so that no spelling could plausibly mean two columns: bare "Status", "Date" or
// "Category" are absent, and so are headers of the tables the add-in writes ("Item ID" in Evidence,
// "Regulatory pathway" in Strategy), so its own output is never read as product input.
export const PRODUCT_COLUMNS: readonly ColumnSpec[] = [
  {
    id: "productId",
    header: "Product ID",
    aliases: [
      "ID",
      "SKU",
      "Product number",
      "Product no",
      "Part number",
      "Catalog number",
      "Catalogue number",
      "Model number",
      "Reference number",
      "Ref",
      "REF",
    ],
    required: true,
    kind: "text",
  },
  {
    id: "product",
    header: "Product",
    aliases: [
      "Product name",
      "Name",
      "Device",
      "Device name",
      "Brand name",
      "Trade name",
      "Product/device",
      "Device/product",
      "Item name",
      "Technology",
    ],
    required: true,
    kind: "text",
  },
  {
    id: "productType",
    header: "Product type",
    aliases: [
      "Type",
      "Device type",
      "Type of product",
      "Product category",
      "Product class",
      "Technology type",
      "Product kind",
      "Type of device",
      "Product types",
    ],
    required: true,
    kind: "enum",
    vocabulary: PRODUCT_TYPE,
  },
  {
    id: "siteOfCare",
    header: "Site of care",
    aliases: [
      "Site",
      "Setting",
      "Care setting",
      "Site of service",
      "Place of service",
      "POS",
      "Place of care",
      "Setting of care",
      "Site of care POS",
      "Sites of care",
      "Site(s) of care",
      "Care site",
      "Setting of service",
    ],
    required: true,
    kind: "enum",
    vocabulary: SITE_OF_CARE,
  },
  {
    id: "description",
    header: "Description of service",
    aliases: [
      "Description",
      "Service description",
      "Procedure description",
      "Procedure",
      "Service",
      "Intended use",
      "Indication",
      "Use",
      "Clinical use",
      "Description of procedure",
      "Service description and use",
    ],
    required: false,
    kind: "text",
  },
  {
    id: "performedBy",
    header: "Performed by",
    aliases: [
      "Performer",
      "Who performs",
      "Operator",
      "Used by",
      "Performing provider",
      "Rendering provider",
      "Performing clinician",
      "Provider type",
      "Performed by whom",
    ],
    required: false,
    kind: "enum",
    vocabulary: PERFORMED_BY,
  },
  {
    id: "fdaStatus",
    header: "FDA status",
    aliases: [
      "FDA",
      "Regulatory status",
      "FDA pathway",
      "FDA clearance",
      "FDA regulatory status",
      "US regulatory status",
      "Clearance status",
      "FDA clearance status",
      "FDA approval status",
      "FDA approval",
      "Regulatory clearance",
    ],
    required: false,
    kind: "enum",
    vocabulary: FDA_STATUS,
  },
  {
    id: "fdaDecisionDate",
    header: "FDA decision date",
    aliases: [
      "Decision date",
      "FDA date",
      "Clearance date",
      "Approval date",
      "FDA clearance date",
      "FDA approval date",
      "Date of FDA decision",
      "Regulatory decision date",
      "FDA decision",
      "Date of clearance",
      "Date of approval",
      "FDA clearance/approval date",
    ],
    required: false,
    kind: "date",
  },
  {
    id: "breakthrough",
    header: "Breakthrough device",
    aliases: [
      "Breakthrough",
      "Breakthrough designation",
      "Breakthrough device designation",
      "BDD",
      "FDA breakthrough",
      "Breakthrough status",
      "Breakthrough designated",
      "Breakthrough device status",
    ],
    required: false,
    kind: "yesno",
    vocabulary: YES_NO_VOCAB,
  },
  {
    id: "candidateCodes",
    header: "Candidate code(s)",
    aliases: [
      "Candidate codes",
      "Candidate code",
      "Codes",
      "Code",
      "HCPCS/CPT",
      "CPT/HCPCS",
      "HCPCS/CPT codes",
      "CPT/HCPCS codes",
      "HCPCS/CPT code(s)",
      "CPT/HCPCS code(s)",
      "CPT",
      "HCPCS",
      "CPT code",
      "CPT codes",
      "CPT code(s)",
      "HCPCS code",
      "HCPCS codes",
      "HCPCS code(s)",
      "Billing code",
      "Billing codes",
      "Billing code(s)",
      "Procedure code",
      "Procedure codes",
      "Existing codes",
      "Existing code",
      "Existing code(s)",
      "Proposed code",
      "Proposed codes",
      "Proposed code(s)",
      "Suggested code",
      "Suggested codes",
      "Suggested code(s)",
      "HCPCS/CPT code",
      "CPT/HCPCS code",
      "Reimbursement code",
      "Reimbursement codes",
      "Code(s)",
      "HCPCS Level II code",
      "Level II code",
      "Current code",
      "Current codes",
    ],
    required: false,
    kind: "codes",
  },
  {
    id: "codeFit",
    header: "Code fit",
    aliases: [
      "Fit",
      "Coding fit",
      "Code describes",
      "Does the code describe",
      "Code describes service",
      "Code match",
      "Fit of code",
      "Existing code fit",
      "Fit with code",
      "Coding fit assessment",
      "Code fit assessment",
    ],
    required: false,
    kind: "enum",
    vocabulary: CODE_FIT,
  },
  {
    id: "benefitCategory",
    header: "Medicare benefit category",
    aliases: [
      "Benefit category",
      "Benefit",
      "Medicare benefit",
      "Benefit cat",
      "Medicare category",
      "Medicare benefit categories",
      "Benefit categories",
      "Benefit category (Medicare)",
    ],
    required: false,
    kind: "enum",
    vocabulary: BENEFIT_CATEGORY,
  },
  {
    id: "implanted",
    header: "Implanted or inserted",
    aliases: [
      "Implanted",
      "Implantable",
      "Inserted",
      "Implanted/inserted",
      "Implanted inserted",
      "Is implanted",
      "Implant",
      "Implant or insert",
      "Implantable or insertable",
      "Implantable device",
    ],
    required: false,
    kind: "yesno",
    vocabulary: YES_NO_VOCAB,
  },
  {
    id: "durableHomeUse",
    header: "Durable home use",
    aliases: [
      "Home use",
      "Durable",
      "Durable use",
      "Durable for home use",
      "Used at home",
      "Home-use durable",
      "DME home use",
      "Durable at home",
      "Home durable use",
      "Withstands repeated use",
    ],
    required: false,
    kind: "yesno",
    vocabulary: YES_NO_VOCAB,
  },
  {
    id: "deviceCost",
    header: "Device cost",
    aliases: [
      "Cost",
      "Unit cost",
      "Price",
      "Unit price",
      "Device price",
      "Cost per unit",
      "Price per unit",
      "Selling price",
      "ASP",
      "Average selling price",
      "Device cost USD",
      "Cost USD",
      "Price USD",
      "Device cost per case",
      "Cost per case",
      "List price",
      "Device unit cost",
      "Device cost per unit",
    ],
    required: false,
    kind: "money",
  },
  {
    id: "annualVolume",
    header: "Annual volume",
    aliases: [
      "Volume",
      "Cases per year",
      "Annual cases",
      "Procedures per year",
      "Annual procedures",
      "Units per year",
      "Annual units",
      "Patients per year",
      "Yearly volume",
      "Volume per year",
      "Cases/year",
      "Cases",
      "Expected annual volume",
      "Annual patients",
      "Volume per annum",
    ],
    required: false,
    kind: "count",
  },
];

export const REQUIRED_COLUMNS: readonly ColumnId[] = PRODUCT_COLUMNS.filter((c) => c.required).map(
  (c) => c.id
);

export const COLUMN_BY_ID: Readonly<Record<ColumnId, ColumnSpec>> = Object.fromEntries(
  PRODUCT_COLUMNS.map((c) => [c.id, c])
) as Record<ColumnId, ColumnSpec>;

function buildHeaderIndex(): Map<string, ColumnId> {
  const index = new Map<string, ColumnId>();
  const owner = new Map<string, ColumnId>();
  for (const column of PRODUCT_COLUMNS) {
    for (const text of [column.header, column.id, ...column.aliases]) {
      const key = matchKey(text);
      const previous = owner.get(key);
      // Two columns claiming one spelling would make header matching depend on list order.
      if (previous !== undefined && previous !== column.id) {
        throw new Error(`header spelling "${text}" claimed by ${previous} and ${column.id}`);
      }
      owner.set(key, column.id);
      index.set(key, column.id);
    }
  }
  return index;
}

/** matchKey(header or alias) → column. Built once at load. */
export const HEADER_INDEX: ReadonlyMap<string, ColumnId> = buildHeaderIndex();

// Decorations users add to headers: units and notes in brackets ("Device cost ($)", "Site of care
// (POS)"), a trailing currency ("Price, USD"), required markers ("Product ID *" loses "*" in matchKey).
const BRACKETED = /[([{][^)\]}]*[)\]}]/g;
const TRAILING_UNIT = /(inusd|usd|required|optional)$/;

/** The column a header cell names, or undefined. */
export function columnForHeader(text: string): ColumnId | undefined {
  const key = matchKey(text);
  if (key.length === 0) return undefined;
  const direct = HEADER_INDEX.get(key);
  if (direct) return direct;
  const unbracketed = matchKey(text.replace(BRACKETED, " "));
  if (unbracketed.length > 0 && unbracketed !== key) {
    const hit = HEADER_INDEX.get(unbracketed);
    if (hit) return hit;
  }
  const base = unbracketed.length > 0 ? unbracketed : key;
  const trimmed = base.replace(TRAILING_UNIT, "");
  if (trimmed.length > 0 && trimmed !== base) return HEADER_INDEX.get(trimmed);
  return undefined;
}
