/**
 * What the parsers produce: compact, columnar tables (one array per column, row i across all
 * arrays) so a whole year of PPRRVU is a handful of arrays, cheap to index and to serialise.
 * Money is in dollars rounded to cents; RVUs and GPCIs as published (2–3 decimals).
 */

export type DatasetKind =
  | "pprrvu"
  | "gpci"
  | "locco"
  | "anes"
  | "oppscap"
  | "asc"
  | "ascOffsets"
  | "dmepos"
  | "clfs"
  | "hcpcs"
  | "pfsPayment"
  | "oppsB"
  | "oppsA"
  | "asp";

/** Where a table came from: shown to users as the data vintage. */
export interface Provenance {
  kind: DatasetKind;
  /** Calendar year the amounts apply to. */
  year: number;
  /** Release within the year as CMS names it ("July", "RVU26C", "January", "Q2V1", "October"). */
  release: string;
  /** Release date written in the file, ISO yyyy-mm-dd, if any. */
  releasedOn?: string;
  /** File name as given (path inside a zip included). */
  file: string;
}

/** National Physician Fee Schedule Relative Value File (PPRRVU), one year. Key: code or code-mod. */
export interface PprrvuTable {
  provenance: Provenance;
  conversionFactor: number;
  /** "nonQP" (everyone else) or "QP" (qualifying APM participants), from 2026 on. */
  variant: "nonQP" | "QP" | "single";
  key: string[];
  status: string[];
  work: number[];
  peNonFacility: number[];
  peFacility: number[];
  mp: number[];
  /** "NA" where CMS has no non-facility / facility PE (not payable in that setting). */
  nonFacilityNa: string[];
  facilityNa: string[];
  pctc: string[];
  globalDays: string[];
  multipleProcedure: string[];
  /**
   * Surgery indicators (docs/reimbursement.md §8.10) (bilateral 0-3/9, assistant 0-2/9, co-surgeons 0-2/9, team
   * 0-2/9) and the endoscopic base code of multiple-procedure indicator 3. Optional: a bundle built
   * before they were parsed lacks them (the adjustment lookups then say to rebuild it).
   */
  bilateral?: string[];
  assistant?: string[];
  coSurgeon?: string[];
  team?: string[];
  endoBase?: string[];
  /** PE and MP RVUs CMS uses to compute the OPPS cap (imaging); 0 when not capped. */
  oppsPeNonFacility: number[];
  oppsPeFacility: number[];
  oppsMp: number[];
  /** Level II descriptions (CPT descriptors are AMA-licensed and are blank in the data). */
  description: string[];
}

export interface GpciTable {
  provenance: Provenance;
  /** "MAC-LL", e.g. "01112-05". */
  key: string[];
  state: string[];
  name: string[];
  work: number[];
  pe: number[];
  mp: number[];
  /** Which work column was used ("with 1.0 floor" when the file has both). */
  workColumn: string;
}

export interface LoccoTable {
  provenance: Provenance;
  key: string[];
  state: string[];
  area: string[];
  counties: string[];
}

export interface AnesTable {
  provenance: Provenance;
  nationalCf?: number;
  key: string[];
  name: string[];
  cf: number[];
  /** From 2026: the qualifying-APM-participant CFs (a separate column); absent before. */
  qpNationalCf?: number;
  qpCf?: number[];
}

export interface OppsCapTable {
  provenance: Provenance;
  /** "code-mod|MAC-LL" */
  key: string[];
  facility: number[];
  nonFacility: number[];
}

/** ASC Addenda AA (covered surgical procedures) and BB (covered ancillary services). */
export interface AscTable {
  provenance: Provenance;
  addendum: string[];
  key: string[];
  indicator: string[];
  /** Payment weight; NaN where none (packaged, contractor-priced). */
  weight: number[];
  /** National unadjusted rate; NaN where none. */
  rate: number[];
  multipleProcedureDiscount: string[];
}

export interface AscOffsetTable {
  provenance: Provenance;
  key: string[];
  apc: string[];
  offsetPercent: number[];
  offsetAmount: number[];
}

export interface DmeposTable {
  provenance: Provenance;
  /** "code", "code-MOD" or "code-MOD-MOD2" */
  key: string[];
  category: string[];
  ceiling: number[];
  floor: number[];
  /** State columns in file order, e.g. ["AL","AR",…]. */
  states: string[];
  /** Row-major: amounts[row * states.length * 2 + s * 2 + (rural ? 1 : 0)], dollars; NaN where blank. */
  amounts: number[];
}

export interface ClfsTable {
  provenance: Provenance;
  key: string[];
  indicator: string[];
  rate: number[];
  effective: string[];
  shortDescription: string[];
}

export interface HcpcsTable {
  provenance: Provenance;
  key: string[];
  longDescription: string[];
  shortDescription: string[];
  coverage: string[];
  betos: string[];
  /** yyyymmdd or "" */
  termDate: string[];
  actionCode: string[];
  addDate: string[];
  /**
   * XREF1: the code CMS cross-refers a terminated or not-payable code to (usually its
   * replacement). Optional: bundles built before the column was read lack it.
   */
  xref?: string[];
}

/** A CMS payment-amount file (PFREV/PFALL): CMS's own computed amounts, used for checking. */
export interface PfsPaymentTable {
  provenance: Provenance;
  year: number[];
  mac: string[];
  locality: string[];
  code: string[];
  modifier: string[];
  nonFacility: number[];
  facility: number[];
  status: string[];
  oppsIndicator: string[];
  oppsNonFacility: number[];
  oppsFacility: number[];
  /** line number in the file, for messages */
  line: number[];
}

export interface OppsBTable {
  provenance: Provenance;
  key: string[];
  statusIndicator: string[];
  apc: string[];
  weight: number[];
  rate: number[];
  nationalCopay: number[];
  minimumCopay: number[];
  shortDescription: string[];
  /**
   * Column "Drug and Device Pass-Through Expiration during Calendar Year" as CMS prints it ("*":
   * the code's pass-through status expires during the addendum's calendar year; "" otherwise).
   * Optional: bundles built before the column was read lack it.
   */
  passThroughExpiration?: string[];
}

export interface OppsATable {
  provenance: Provenance;
  key: string[];
  title: string[];
  statusIndicator: string[];
  weight: number[];
  rate: number[];
}

/** ASP pricing file: Part B drug payment limits for one quarter. Key: HCPCS code. */
export interface AspTable {
  provenance: Provenance;
  key: string[];
  /** HCPCS code dosage as CMS prints it ("10 MG"): the billing unit the limit is per. */
  dosage: string[];
  /** Payment allowance limit per dosage unit, dollars, 3 decimals as published. */
  limit: number[];
  /** Co-insurance percentage (20 for most drugs, 0 for vaccines). */
  coinsurance: number[];
}

export type ParsedFile =
  | { kind: "pprrvu"; table: PprrvuTable }
  | { kind: "gpci"; table: GpciTable }
  | { kind: "locco"; table: LoccoTable }
  | { kind: "anes"; table: AnesTable }
  | { kind: "oppscap"; table: OppsCapTable }
  | { kind: "asc"; table: AscTable }
  | { kind: "ascOffsets"; table: AscOffsetTable }
  | { kind: "dmepos"; table: DmeposTable }
  | { kind: "clfs"; table: ClfsTable }
  | { kind: "hcpcs"; table: HcpcsTable }
  | { kind: "pfsPayment"; table: PfsPaymentTable }
  | { kind: "oppsB"; table: OppsBTable }
  | { kind: "oppsA"; table: OppsATable }
  | { kind: "asp"; table: AspTable };
