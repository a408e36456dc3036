/**
 * What the pathway engine may ask of the CMS reference data (issue "CMS reference data", item 4).
 * The engine works without it (every rule that needs it is skipped and the rationale says so);
 * `src/domain/reference` implements it over the compact bundle built from CMS's files.
 */
import type { CodeMatch } from "../search";
import type { BenefitCategory } from "../vocab";

export interface CodeFacts {
  code: string;
  /** Present in the loaded year's files (PFS RVU, HCPCS Level II, CLFS, DMEPOS, ASC or OPPS). */
  inCurrentFiles: boolean;
  /** Deleted/terminated per the HCPCS file (TERM DT passed, action code D) or PFS status D. */
  deleted?: boolean;
  /**
   * Why the code counts as deleted for the date asked about: "hcpcs-term" (HCPCS TERM DT before
   * the date; `date` is that TERM DT), "pfs-status" (PFS status D or H), "pfs-dropped" (listed in
   * the PFS RVU file of `lastListed` but not in the file of the date's year, `year`).
   */
  deletion?: {
    basis: "hcpcs-term" | "pfs-status" | "pfs-dropped";
    date?: string;
    lastListed?: number;
    year?: number;
  };
  /**
   * The code the files point to in place of a deleted one: the HCPCS file's XREF1, else a code
   * still current whose descriptor is the deleted code's word for word. `via` says which.
   */
  replacedBy?: { code: string; via: "xref" | "same-descriptor" };
  /** PFS status indicator from PPRRVU (A, B, C, D, E, I, M, N, P, R, T, X, …). */
  pfsStatus?: string;
  /**
   * Medicare coverage code of a Level II code in CMS's HCPCS file (field COV; docs/reimbursement.md §7.1):
   * C carrier judgement, D special coverage instructions, I not payable by Medicare,
   * M non-covered by Medicare, S non-covered by Medicare statute.
   */
  hcpcsCoverage?: string;
  /** OPPS status indicator from Addendum B (H = pass-through device category, N = packaged, …). */
  oppsStatusIndicator?: string;
  /**
   * Pass-through expiry as Addendum B gives it (column "Drug and Device Pass-Through Expiration
   * during Calendar Year"): `year` is the addendum's calendar year and `expiresInYear` whether the
   * column marks the code's pass-through status as ending during that year. Present for codes with
   * SI G or H, or marked in the column; absent when the loaded addendum lacks the column.
   */
  passThrough?: { year: number; expiresInYear: boolean };
  /** A not-otherwise-classified / unlisted code according to the files' descriptors. */
  isNotOtherwiseClassified?: boolean;
  /** Fee schedules that price the code in the loaded data, e.g. ["PFS", "ASC", "OPPS"]. */
  feeSchedules: string[];
  /**
   * Fee schedules that list the code without a national amount: PFS status C, or a priced status
   * whose RVUs are all zero (priced by the Medicare contractor, docs/reimbursement.md §8.10); CLFS rows with a
   * 0.00 rate (indicator L: priced locally by the MAC). Absent when there are none.
   */
  contractorPriced?: string[];
  /** A benefit category implied by the fee schedule that prices the code (DMEPOS → DME, CLFS → clinical lab…). */
  benefitCategoryHint?: BenefitCategory;
  /** Human-readable vintage of the files the facts came from, e.g. "PFS CY2026 RVU26C (July)". */
  vintage: string;
}

export interface CodeReference {
  /**
   * Undefined when the code is in none of the loaded files (and no earlier year lists it).
   * `asOf` (yyyy-mm-dd, the date of service) picks each dataset's year (the latest loaded at or
   * before it) and the date HCPCS terminations are judged on; without it, the latest files.
   */
  lookup(code: string, asOf?: string): CodeFacts | undefined;
  /** Short description of the loaded data, shown to users ("PFS CY2026 July release; HCPCS 2025 Oct; …"). */
  readonly vintage: string;
  /**
   * Code search: HCPCS Level II codes whose descriptor matches `text`, best first (src/domain/search).
   * Absent when the loaded data has no HCPCS file. CPT descriptors are licensed, never searchable.
   */
  searchCodes?(text: string, limit?: number): CodeMatch[];
  /** The HCPCS Level II long descriptor and add date of a code, when the HCPCS file is loaded. */
  describe?(code: string): { description: string; addDate?: string } | undefined;
}
