/**
 * The pathway rules' data: per-product-type coding facts, benefit inference, gate owners, status
 * warnings, code families and every code a rule names. The rules themselves are the ordered tables
 * of stages/*.ts (facts → codes → pathway → benefit → mechanisms → gates → confidence), listed with
 * their sources in docs/pathway-rules.md; `RULES` below is the register of ids a classification
 * reports in `ruleIds`. Everything is built once at module load.
 */
import type { CodeKind } from "../codes/shape";
import type { BenefitCategory, ProductType, SiteOfCare } from "../vocab";
import type { GateId, GateOwnerId, PaymentMechanism, TargetCodeSystem } from "./types";

/**
 * How a product type is coded (docs/reimbursement.md §1: CPT identifies services by physicians/QHPs; Level II
 * covers products, supplies, DME, drugs):
 * - `device-in-procedure`: used or implanted during a procedure; the procedure has a CPT code and
 *   the device may have its own Level II code (a C-code device category under OPPS).
 * - `level-ii-product`: the product is billed on its own Level II code (DME, O&P, drugs, skin
 *   substitutes, supplies); a CPT code listed beside it is the service performed with it.
 * - `capital`: equipment the provider buys; never separately paid (depreciable, docs/reimbursement.md §4.1), so the
 *   service's CPT code is what is billed.
 * - `service`: the product *is* a service reported on CPT (software analysis, RPM/RTM, professional).
 * - `lab`: a lab test; a single lab's or manufacturer's test gets a PLA code (docs/reimbursement.md §2.5).
 * - `dtx`: software-only digital therapeutic (docs/reimbursement.md §7: DMHT G0552–G0554 or A9291).
 */
export type CodingRole =
  "device-in-procedure" | "level-ii-product" | "capital" | "service" | "lab" | "dtx";

export interface ProductTypeRule {
  role: CodingRole;
  /** Level II first letters that identify this product type's own code, most specific first (docs/reimbursement.md §3 format row). */
  productPrefixes: string;
  /** The product is regulated by FDA as a device/drug, so FDA authorisation gates everything else (docs/reimbursement.md §2.2, §4.1). */
  fdaRegulated: boolean;
  /** Bought by the facility where it is used, so the hospital value-analysis committee decides adoption. */
  facilityPurchased: boolean;
  /** Could qualify for OPPS device pass-through if implanted/inserted (docs/reimbursement.md §4.1: integral, single-patient, implanted or inserted). */
  passThroughCandidate: boolean;
  /** Could qualify for IPPS NTAP (docs/reimbursement.md §5: new, costly, SCI; capital costs excluded). */
  ntapCandidate: boolean;
  /** A genuinely new *service* could go to a New Technology APC in HOPD (docs/reimbursement.md §4.2). */
  newTechApcCandidate: boolean;
  /** Items whose payment is folded into the procedure when no separate code exists (docs/reimbursement.md §3.2 packaging). */
  packagedWithoutOwnCode: boolean;
  source: string;
}

export const PRODUCT_TYPE_RULES: Readonly<Record<ProductType, ProductTypeRule>> = {
  "procedure device": {
    role: "device-in-procedure",
    productPrefixes: "CA",
    fdaRegulated: true,
    facilityPurchased: true,
    passThroughCandidate: true,
    ntapCandidate: true,
    newTechApcCandidate: true,
    packagedWithoutOwnCode: true,
    source: "docs/reimbursement.md §1, §3.2, §4.1",
  },
  implant: {
    role: "device-in-procedure",
    productPrefixes: "CLQ",
    fdaRegulated: true,
    facilityPurchased: true,
    passThroughCandidate: true,
    ntapCandidate: true,
    newTechApcCandidate: true,
    packagedWithoutOwnCode: true,
    source: "docs/reimbursement.md §1, §4.1, §5",
  },
  "capital equipment": {
    role: "capital",
    productPrefixes: "",
    fdaRegulated: true,
    facilityPurchased: true,
    passThroughCandidate: false,
    ntapCandidate: false,
    newTechApcCandidate: true,
    packagedWithoutOwnCode: true,
    source:
      "docs/reimbursement.md §4.1 (depreciable equipment excluded), §4.2, §5 (capital costs excluded)",
  },
  "home-use durable equipment": {
    role: "level-ii-product",
    productPrefixes: "EKAB",
    fdaRegulated: true,
    facilityPurchased: false,
    passThroughCandidate: false,
    ntapCandidate: false,
    newTechApcCandidate: false,
    packagedWithoutOwnCode: false,
    source: "docs/reimbursement.md §1, §3 format row, §7 DME",
  },
  supply: {
    role: "level-ii-product",
    productPrefixes: "AC",
    fdaRegulated: true,
    facilityPurchased: true,
    passThroughCandidate: false,
    ntapCandidate: false,
    newTechApcCandidate: false,
    packagedWithoutOwnCode: true,
    source: "docs/reimbursement.md §3.2 (packaged into a CPT procedure), §4.1 (supplies excluded)",
  },
  "orthotic or prosthetic": {
    role: "level-ii-product",
    productPrefixes: "LKA",
    fdaRegulated: true,
    facilityPurchased: false,
    passThroughCandidate: false,
    ntapCandidate: false,
    newTechApcCandidate: false,
    packagedWithoutOwnCode: false,
    source: "docs/reimbursement.md §3 format row (L = orthotics/prosthetics), §3.4, §7",
  },
  "lab test": {
    role: "lab",
    productPrefixes: "GPU",
    fdaRegulated: true,
    facilityPurchased: false,
    passThroughCandidate: false,
    ntapCandidate: false,
    newTechApcCandidate: false,
    packagedWithoutOwnCode: false,
    source: "docs/reimbursement.md §2.5, §8.7",
  },
  "software analysis": {
    role: "service",
    productPrefixes: "CG",
    fdaRegulated: true,
    facilityPurchased: true,
    passThroughCandidate: false,
    ntapCandidate: true,
    newTechApcCandidate: true,
    packagedWithoutOwnCode: false,
    source: "docs/reimbursement.md §2.3 (Cat III for emerging technology), §4.2",
  },
  "digital therapeutic": {
    role: "dtx",
    productPrefixes: "GA",
    fdaRegulated: true,
    facilityPurchased: false,
    passThroughCandidate: false,
    ntapCandidate: false,
    newTechApcCandidate: false,
    packagedWithoutOwnCode: false,
    source: "docs/reimbursement.md §7 DMHT, software-only DTx",
  },
  "remote monitoring": {
    role: "service",
    productPrefixes: "G",
    fdaRegulated: true,
    facilityPurchased: false,
    passThroughCandidate: false,
    ntapCandidate: false,
    newTechApcCandidate: false,
    packagedWithoutOwnCode: false,
    source: "docs/reimbursement.md §7 RPM, RTM",
  },
  "drug or biologic": {
    role: "level-ii-product",
    productPrefixes: "JQCA",
    fdaRegulated: true,
    facilityPurchased: true,
    passThroughCandidate: false,
    ntapCandidate: true,
    newTechApcCandidate: false,
    packagedWithoutOwnCode: false,
    source: "docs/reimbursement.md §1, §3.1 (quarterly drug cycle), §3.3 (J3490)",
  },
  "skin substitute": {
    role: "level-ii-product",
    productPrefixes: "QA",
    fdaRegulated: true,
    facilityPurchased: true,
    passThroughCandidate: false,
    ntapCandidate: false,
    newTechApcCandidate: false,
    packagedWithoutOwnCode: false,
    source:
      "docs/reimbursement.md §3.1 (skin substitutes in biannual cycle), §3.3 (Q4100), §7 (CY2026 flat rate)",
  },
  "professional service": {
    role: "service",
    productPrefixes: "G",
    fdaRegulated: false,
    facilityPurchased: false,
    passThroughCandidate: false,
    ntapCandidate: false,
    newTechApcCandidate: true,
    packagedWithoutOwnCode: false,
    source: "docs/reimbursement.md §1 (CPT identifies services by physicians/QHPs)",
  },
};

/** Rule for a row whose product type could not be read: treated as a service, nothing assumed. */
export const UNKNOWN_TYPE_RULE: ProductTypeRule = {
  role: "service",
  productPrefixes: "",
  fdaRegulated: false,
  facilityPurchased: false,
  passThroughCandidate: false,
  ntapCandidate: false,
  newTechApcCandidate: false,
  packagedWithoutOwnCode: false,
  source: "docs/features.md#sheet-contract",
};

export const FACILITY_SITES: ReadonlySet<SiteOfCare> = new Set<SiteOfCare>([
  "hospital outpatient",
  "ASC",
  "inpatient",
]);

/**
 * Likely Medicare benefit category when the row leaves it blank (docs/reimbursement.md §7; §8.8 for the site
 * split). `site` overrides `default` for that product type. Always marked `inferred: true`.
 */
export interface BenefitInference {
  default: BenefitCategory;
  site?: Partial<Record<SiteOfCare, BenefitCategory>>;
  source: string;
}
// ASC facility services are a Part B benefit of their own (SSA §1832(a)(2)(F); docs/reimbursement.md §8.5 pays
// them under the ASC system, not OPPS), so an ASC row is never a "hospital service".
const HOSPITAL_SITES = {
  "hospital outpatient": "hospital service",
  inpatient: "hospital service",
  ASC: "ASC service",
} as const;
export const BENEFIT_INFERENCE: Readonly<Record<ProductType, BenefitInference>> = {
  "procedure device": {
    default: "physician service",
    site: HOSPITAL_SITES,
    source: "docs/reimbursement.md §7 (statutory categories), §8.8",
  },
  implant: {
    default: "physician service",
    site: HOSPITAL_SITES,
    source: "docs/reimbursement.md §7, §8.8",
  },
  "capital equipment": {
    default: "physician service",
    site: { ...HOSPITAL_SITES, IDTF: "diagnostic test" },
    source: "docs/reimbursement.md §7, §8.8",
  },
  "home-use durable equipment": {
    default: "DME",
    source: "docs/reimbursement.md §7 DME (42 CFR 414.202)",
  },
  supply: {
    default: "physician service",
    site: { ...HOSPITAL_SITES, home: "DME" },
    source: "docs/reimbursement.md §3.2, §7",
  },
  "orthotic or prosthetic": {
    default: "prosthetic or orthotic",
    source: "docs/reimbursement.md §7 prosthetic & orthotic devices",
  },
  "lab test": { default: "clinical lab", source: "docs/reimbursement.md §7, §8.7" },
  "software analysis": {
    default: "diagnostic test",
    site: {
      "hospital outpatient": "hospital service",
      inpatient: "hospital service",
      ASC: "ASC service",
    },
    source: "docs/reimbursement.md §7 (diagnostic tests), §8.5",
  },
  "digital therapeutic": {
    default: "none",
    source: "docs/reimbursement.md §7 (software-only DTx outside 882.5801 lack a category)",
  },
  "remote monitoring": { default: "physician service", source: "docs/reimbursement.md §7 RPM/RTM" },
  "drug or biologic": { default: "drug", source: "docs/reimbursement.md §1, §7" },
  "skin substitute": {
    default: "physician service",
    site: { "hospital outpatient": "hospital service" },
    source: "docs/reimbursement.md §7 (CY2026 incident-to supplies)",
  },
  "professional service": {
    default: "physician service",
    site: { inpatient: "physician service" },
    source: "docs/reimbursement.md §1, §7",
  },
};

/** Who owns each gate (docs/reimbursement.md §1, §2, §3, §4, §5, §6, §9). */
export const GATE_RULES: Readonly<Record<GateId, { owner: GateOwnerId; source: string }>> = {
  "fda-authorisation": { owner: "fda", source: "docs/reimbursement.md §2.2 criterion 1, §4.1, §5" },
  "benefit-category": {
    owner: "congress",
    source: "docs/reimbursement.md §7 (bills to create a DTx category not enacted)",
  },
  "cpt-cat-i-application": {
    owner: "ama-cpt-panel",
    source: "docs/reimbursement.md §1, §2.2, §2.4",
  },
  "cpt-cat-iii-application": { owner: "ama-cpt-panel", source: "docs/reimbursement.md §2.3" },
  "pla-application": { owner: "ama-cpt-panel", source: "docs/reimbursement.md §2.5" },
  "hcpcs-ii-application": {
    owner: "cms-hcpcs-workgroup",
    source: "docs/reimbursement.md §3.1, §3.2",
  },
  "pdac-code-verification": { owner: "pdac", source: "docs/reimbursement.md §3.4" },
  "opps-pass-through-application": { owner: "cms-opps", source: "docs/reimbursement.md §4.1" },
  "new-technology-apc-application": { owner: "cms-opps", source: "docs/reimbursement.md §4.2" },
  "ntap-application": { owner: "cms-ipps", source: "docs/reimbursement.md §5" },
  "tcet-nomination": { owner: "cms-coverage", source: "docs/reimbursement.md §6.1, §6.2" },
  "mac-coverage-lcd": {
    owner: "mac",
    source: "docs/reimbursement.md §1 (coverage by NCD/LCD), §2.6, §9",
  },
  "clfs-pricing": { owner: "cms-clfs", source: "docs/reimbursement.md §2.5, §8.7" },
  "payer-coverage-and-contracting": {
    owner: "commercial-payer",
    source: "docs/reimbursement.md §2.3 (commercial payers deny Cat III as investigational), §9",
  },
  "hospital-value-analysis": {
    owner: "hospital-vac",
    source: "docs/features.md#evidence (hospital value-analysis committee)",
  },
};

/** PFS status indicators that change what an existing code is worth (docs/reimbursement.md §2.3, §2.6, §8.1). */
export const PFS_STATUS_WARNINGS: Readonly<
  Record<string, { code: string; id: string; source: string }>
> = {
  N: {
    code: "pfs-status-n",
    id: "pathway.warn.pfsStatusN",
    source: "docs/reimbursement.md §8.1 (PFS status indicators)",
  },
  X: { code: "pfs-status-x", id: "pathway.warn.pfsStatusX", source: "docs/reimbursement.md §8.1" },
  B: { code: "pfs-status-b", id: "pathway.warn.pfsStatusB", source: "docs/reimbursement.md §8.1" },
  I: { code: "pfs-status-i", id: "pathway.warn.pfsStatusI", source: "docs/reimbursement.md §8.1" },
  C: {
    code: "pfs-status-c",
    id: "pathway.warn.pfsStatusC",
    source: "docs/reimbursement.md §2.3, §2.6, §8.1",
  },
};

/**
 * Medicare coverage codes of CMS's HCPCS Level II file that mean Medicare will not pay whatever the
 * code's shape suggests (the HCPCS coverage code, docs/reimbursement.md §1, §7.1: a code is not coverage).
 */
export const HCPCS_COVERAGE_WARNINGS: Readonly<
  Record<string, { code: string; id: string; source: string }>
> = {
  S: {
    code: "hcpcs-coverage-s",
    id: "pathway.warn.hcpcsCoverageS",
    source: "CMS HCPCS file COV=S; docs/reimbursement.md §1",
  },
  M: {
    code: "hcpcs-coverage-m",
    id: "pathway.warn.hcpcsCoverageM",
    source: "CMS HCPCS file COV=M; docs/reimbursement.md §1",
  },
  I: {
    code: "hcpcs-coverage-i",
    id: "pathway.warn.hcpcsCoverageI",
    source: "CMS HCPCS file COV=I; docs/reimbursement.md §1",
  },
};

/**
 * Codes whose Medicare benefit the statute excludes (SSA §1862(a), docs/reimbursement.md §7.1), so a row
 * without CMS's files still gets the exclusion; with the files, HCPCS COV S and PFS status N say
 * the same for every other code. Ranges are inclusive and compare codes of one shape.
 */
export const STATUTORY_EXCLUSION_RANGES: ReadonlyArray<{
  from: string;
  to: string;
  basis: string;
}> = [
  // Preventive medicine E/M (routine physical checkups): PFS status N in PPRRVU2026_Jul_nonQPP.
  { from: "99381", to: "99387", basis: "SSA §1862(a)(7)" },
  { from: "99391", to: "99397", basis: "SSA §1862(a)(7)" },
  // Determination of refractive state (eye examination for glasses): PFS status N.
  { from: "92015", to: "92015", basis: "SSA §1862(a)(7)" },
  // Hearing aids and their fitting: HCPCS 2025 Oct COV S for V5010–V5298.
  { from: "V5010", to: "V5298", basis: "SSA §1862(a)(7)" },
];
export function statutoryExclusionOf(code: string): string | undefined {
  for (const r of STATUTORY_EXCLUSION_RANGES)
    if (code.length === r.from.length && code >= r.from && code <= r.to) return r.basis;
  return undefined;
}

/**
 * Robotic-assistance add-on codes Medicare does not recognise (docs/reimbursement.md §4.4): S2900 "surgical
 * techniques requiring use of robotic surgical system", HCPCS 2025 Oct COV I, PFS status I. The
 * robot is paid through the procedure's own code.
 */
export const ROBOTIC_ASSIST_CODES: ReadonlySet<string> = new Set(["S2900"]);
/** S codes are temporary national codes for private payers, not valid for Medicare (docs/reimbursement.md §4.4). */
export const NON_MEDICARE_LETTER = "S";

/** Code families with their own rules (docs/reimbursement.md §7). */
export const RPM_CODES: ReadonlySet<string> = new Set([
  "99453",
  "99454",
  "99457",
  "99458",
  "99445",
  "99470",
  "99091",
]);
export const RTM_CODES: ReadonlySet<string> = new Set([
  "98975",
  "98976",
  "98977",
  "98978",
  "98980",
  "98981",
  "98984",
  "98985",
  "98986",
]);
/** RTM cognitive-behavioural-therapy device supply: CMS set no national payment (docs/reimbursement.md §7). */
export const RTM_NO_NATIONAL_PAYMENT: ReadonlySet<string> = new Set(["98978"]);
/** RPM/RTM codes that pay for the device itself (supply per 30 days): the product's code in a monitoring row (docs/reimbursement.md §7). */
export const RPM_RTM_DEVICE_SUPPLY: ReadonlySet<string> = new Set([
  "99454",
  "99445",
  "98976",
  "98977",
  "98978",
  "98984",
  "98985",
  "98986",
]);
export const DMHT_CODES: ReadonlySet<string> = new Set(["G0552", "G0553", "G0554"]);
/**
 * CY2026 PFS final rule extends the DMHT codes to ADHD digital therapy devices (docs/reimbursement.md §7 [V],
 * §10 item 4). The regulation number for those devices is [U] in docs/reimbursement.md, so the row's
 * description naming ADHD is what identifies them, never a guessed CFR section.
 */
export const DMHT_ADHD_FROM = "2026-01-01";
export const ADHD_WORDS = /\bADHD\b|attention[- ]deficit/i;
/** OPPS Addendum B status indicators the device-category rules read (docs/reimbursement.md §8.4). */
export const OPPS_SI_PASS_THROUGH = "H";
/** Addendum B SI G: pass-through drug or biological (docs/reimbursement.md §4.3). */
export const OPPS_SI_DRUG_PASS_THROUGH = "G";
export const OPPS_SI_PACKAGED = "N";
/** Prescription digital behavioural therapy, per course: a code with no Medicare benefit category (docs/reimbursement.md §7). */
export const DTX_UNPAID_CODES: ReadonlySet<string> = new Set(["A9291"]);
/** Skin-substitute application procedures, paid separately from the product (docs/reimbursement.md §7 CY2026). */
export const SKIN_SUB_APPLICATION = { from: 15271, to: 15278 } as const;

/** Orthotic L-codes the DME MACs pay only once PDAC has verified the product (docs/reimbursement.md §3.4, examples L1832–L1852, L1951). */
export const PDAC_L_RANGE = { from: 112, to: 4999 } as const;

/** CPT code kinds (Category I, III, PLA, MAAA): the pathway is "Existing CPT" on any of them (docs/reimbursement.md §1, §2). */
export const CPT_KINDS: ReadonlySet<CodeKind> = new Set<CodeKind>([
  "cpt-cat-i",
  "cpt-cat-iii",
  "pla",
  "maaa",
]);

/** Level II letters of a service code for capital equipment with no CPT listed: G (professional), C (OPPS) (docs/reimbursement.md §1, §4.2). */
export const CAPITAL_SERVICE_PREFIXES = "GC";

/** The first letter of an OPPS device category code (C-codes, docs/reimbursement.md §4.1, §8.4). */
export const DEVICE_CATEGORY_LETTER = "C";

/** Level II letters the DMEPOS fee schedule prices: E, K (DME), L (O&P), A, B (supplies, enteral) (docs/reimbursement.md §8.6). */
export const DMEPOS_LETTERS = "EKLAB";

/** Implantable/insertable device NOC under OPPS; packaged, no separate payment (docs/reimbursement.md §3.3). */
export const DEVICE_NOC_PACKAGED = "C1889";

/** NOC codes a new-code row bridges on when no unlisted code of the same section applies (§3.3). */
export const NOC_BRIDGE = {
  dme: "E1399",
  drug: "J3490",
  /** Unclassified drugs or biologicals under OPPS (docs/reimbursement.md §3.3). */
  drugHospitalOutpatient: "C9399",
  skinSubstitute: "Q4100",
  implantedDevice: DEVICE_NOC_PACKAGED,
} as const;

/**
 * A searched code is used for the row only when it matches at least this share of the information
 * in the query words CMS's descriptors use (CodeMatch.coverage, src/domain/search).
 */
export const SEARCH_MIN_SCORE = 0.4;

/** The regulation DMHT devices are cleared under (21 CFR 882.5801, §7); a description naming it identifies them. */
export const DMHT_REGULATION = "882.5801";

/** Newness windows (years from the FDA decision). */
export const PASS_THROUGH_NEWNESS_YEARS = 3; // docs/reimbursement.md §4.1: application within 3 years of FDA approval
export const PASS_THROUGH_MAX_YEARS = 3; // docs/reimbursement.md §4.1: status lasts at least 2 and not more than 3 years
export const NTAP_NEWNESS_YEARS = 3; // docs/reimbursement.md §5: 2–3 years; the outer bound keeps borderline rows in view
/** Cat I "performed by many physicians" proxy: an authorisation older than this suggests established use (docs/reimbursement.md §2.2). */
export const CAT_I_ESTABLISHED_YEARS = 3;

/** Mechanism → gate that opens it (docs/reimbursement.md §4–6). */
export const MECHANISM_GATE: Readonly<Partial<Record<PaymentMechanism, GateId>>> = {
  "opps-device-pass-through": "opps-pass-through-application",
  "new-technology-apc": "new-technology-apc-application",
  "ipps-ntap": "ntap-application",
  tcet: "tcet-nomination",
  "clfs-crosswalk-gapfill": "clfs-pricing",
};

/** FDA statuses that are not (yet) a marketing authorisation (docs/features.md#sheet-contract; docs/reimbursement.md §2.2, §4.1). */
export const FDA_NOT_AUTHORISED: ReadonlySet<string> = new Set([
  "submitted",
  "IDE",
  "not submitted",
]);

/** Target code system labels for the new-code gates. */
export const TARGET_GATE: Readonly<Record<Exclude<TargetCodeSystem, "none">, GateId>> = {
  "CPT I": "cpt-cat-i-application",
  "CPT III": "cpt-cat-iii-application",
  PLA: "pla-application",
  "HCPCS II": "hcpcs-ii-application",
};

/**
 * The rule register: every id the classifier writes into `Classification.ruleIds`, with the
 * docs/reimbursement.md line it rests on (docs/pathway-rules.md lists them for reviewers).
 */
export const RULES = {
  "existing-cpt": "docs/reimbursement.md §1 (CPT identifies services), §2.1",
  "existing-hcpcs-ii": "docs/reimbursement.md §1 (Level II: products, supplies, DME, drugs), §3",
  "cat-iii-existing":
    "docs/reimbursement.md §2.3 (temporary, contractor-priced, 5-year sunset), §8.1",
  "pla-existing":
    "docs/reimbursement.md §2.5 (one lab's or manufacturer's test; precedence over 8xxxx)",
  "product-code-level-ii": "docs/reimbursement.md §1, §3 format row (C, E, L, J, Q letters)",
  "device-packaged": "docs/reimbursement.md §3.2 (item packaged into the CPT procedure)",
  "missing-product-code":
    "docs/reimbursement.md §1, §3.2 (the product itself needs a Level II code)",
  "unlisted-bridge": "docs/reimbursement.md §2.6 (unlisted CPT), §3.3 (NOC Level II)",
  "new-code":
    "docs/reimbursement.md §2.1 (descriptor must be distinct), §3.2 (why existing codes are inadequate)",
  "no-code-listed": "docs/features.md#sheet-contract (candidate codes optional)",
  "target-cpt-i": "docs/reimbursement.md §2.2 (FDA clearance, wide use, literature)",
  "target-cpt-iii": "docs/reimbursement.md §2.3 (emerging technology, data collection)",
  "target-pla": "docs/reimbursement.md §2.5",
  "target-hcpcs-ii": "docs/reimbursement.md §3.1, §3.2",
  "fda-first":
    "docs/reimbursement.md §2.2 criterion 1, §4.1 (FDA approval/clearance), §5 (by May 1)",
  "no-benefit-category": "docs/reimbursement.md §7 (a code is not coverage; DTx outside 882.5801)",
  "benefit-inferred": "docs/reimbursement.md §7 (benefit categories), §8.8 (site of care)",
  "dtx-dmht": "docs/reimbursement.md §7 DMHT (G0552–G0554, 21 CFR 882.5801, incident-to)",
  "dtx-a9291": "docs/reimbursement.md §7 (A9291 exists; no benefit category)",
  "dtx-dmht-adhd":
    "docs/reimbursement.md §7 (CY2026 extends DMHT codes to ADHD digital therapy devices), §10 item 4",
  "dme-not-durable":
    "docs/reimbursement.md §7 DME (42 CFR 414.202: withstands repeated use; CGM phone-only display does not qualify)",
  "benefit-not-inferred":
    "judgement (docs/pathway-rules.md): docs/reimbursement.md §7 lists benefit categories by item kind; a Level II code outside the type's families (e.g. V5xxx hearing aids) is not given one",
  "benefit-site-over-pfs-hint":
    "docs/reimbursement.md §8.8 (HOPD/ASC/inpatient: facility payment; IDTF: diagnostic test) over a PFS-derived 'physician service' hint",
  "cat-iii-archived":
    "docs/reimbursement.md §2.3 (Category III archived 5 years after creation unless converted or extended); judgement: absence from the loaded PFS file is the evidence",
  "snf-not-modelled":
    "judgement (docs/pathway-rules.md): docs/reimbursement.md has no SNF payment facts",
  "rpm-rtm":
    "docs/reimbursement.md §7 RPM (99453/99454/99457/99458, 99445/99470), RTM (98975–98981, 98984–98986)",
  "skin-substitute-2026":
    "docs/reimbursement.md §7 (CY2026 flat incident-to rate; 15271–15278 paid separately)",
  "pass-through":
    "docs/reimbursement.md §4.1 (42 CFR 419.66: newness 3 years, implanted/inserted, cost tests)",
  "pass-through-window-closed":
    "docs/reimbursement.md §4.1 (newness: within 3 years of FDA approval)",
  "existing-device-category":
    "docs/reimbursement.md §4.1 (pass-through status 2–3 years, applied for within 3 years of FDA), §8.4 (SI H vs N)",
  "opps-si-pass-through":
    "docs/reimbursement.md §4.1 (pass-through payment = charge × cost-to-charge ratio − device offset), §8.4 (SI H = pass-through device category); CodeFacts.oppsStatusIndicator from OPPS Addendum B",
  "opps-si-packaged":
    "docs/reimbursement.md §8.4 (SI N = packaged), §3.3 (C1889 packaged); CodeFacts.oppsStatusIndicator from OPPS Addendum B",
  "pass-through-category-active":
    "docs/reimbursement.md §4.1 (a new category only if not described by a current or previous one), §8.4 (SI H in the loaded Addendum B)",
  "dmht-adhd-a9291":
    "docs/reimbursement.md §7 (CY2026 extends G0552–G0554 to ADHD digital therapy devices; G0552 device supply, incident-to, not telehealth POS 02/10; A9291 has no benefit category)",
  "new-technology-apc": "docs/reimbursement.md §4.2",
  ntap: "docs/reimbursement.md §5 (42 CFR 412.87; 65%; FDA authorisation by May 1)",
  tcet: "docs/reimbursement.md §6.1, §6.2 (TCET paused, RAPID announced Apr 2026)",
  pdac: "docs/reimbursement.md §3.4",
  "dmepos-fee-schedule": "docs/reimbursement.md §8.6",
  "asp-drug": "docs/reimbursement.md §1, §3.3 (drug NOC claims need NDC and dose)",
  "clfs-pricing": "docs/reimbursement.md §2.5, §8.7 (crosswalk or gapfill)",
  "ref-status":
    "docs/reimbursement.md §2.3, §2.6, §8.1 (PFS status indicators); src/domain/reference/port.ts",
  "cat-ii-not-paid": "docs/reimbursement.md §2 (Category II: performance measurement)",
  "cat-iii-pfs-status":
    "docs/reimbursement.md §2.3 (Cat III contractor-priced, status C) read against the loaded PFS file's own status (§8.1): A/R/T nationally priced, N/B/I/X not separately paid",
  "cat-iii-physician-part-only":
    "docs/reimbursement.md §2.3 [P] (under OPPS CMS may assign Cat III codes to clinical or New Technology APCs), §8.5 (ASC), §5 (IPPS): contractor pricing is the physician's claim only",
  "ntap-window-closed-by-deadline":
    "docs/reimbursement.md §5 (application deadline early October about one year before the FY; newness 2–3 years)",
  "fda-date-future":
    "judgement (docs/pathway-rules.md): an authorisation dated after the as-of date",
  "facility-purchase": "docs/features.md#evidence (hospital value-analysis committee)",
  "code-search":
    "docs/reimbursement.md §3 (HCPCS Level II codes and descriptors, CMS HCPCS file): the product's own code found by its descriptor",
  "noc-specific-exists":
    "docs/reimbursement.md §3.3 (NOC codes only while no specific code describes the item)",
  "opps-status-indicator":
    "docs/reimbursement.md §8.4 (OPPS status indicators: J1 comprehensive, N packaged, T multiple-procedure discount, E1/E2 not paid), §8.5 (inpatient-only list); CodeFacts.oppsStatusIndicator from OPPS Addendum B",
  "cpt-not-searchable":
    "docs/reimbursement.md §2 (CPT is the AMA's; descriptors licensed, not in CMS's public files)",
  "code-deleted-for-year":
    "docs/reimbursement.md §3.1 (annual/quarterly code updates), §8.1 (the PFS RVU file lists the year's codes): a code in last year's PFS RVU file and not in the date of service's year is deleted for that year; HCPCS TERM DT is the code's last valid date",
  "statutory-exclusion":
    "docs/reimbursement.md §7.1 (SSA §1862(a) exclusions; CMS HCPCS file COV=S, PFS RVU status N): an existing code whose benefit is excluded; a new code does not unlock Medicare payment, other payers are the route",
  "pass-through-expiry":
    "docs/reimbursement.md §4.1 (pass-through status 2–3 years, ending at a quarter's end), §4.3 (Addendum B column 'Drug and Device Pass-Through Expiration during Calendar Year')",
  "capital-procedure-code":
    "docs/reimbursement.md §4.1 (depreciable equipment not separately paid), §4.4 (capital and robotic equipment: the procedure's code is the pathway), §2.1 (a new code only for a distinct service)",
  "not-valid-for-medicare":
    "docs/reimbursement.md §4.4 (S2900 robotic assistance: HCPCS COV I, PFS status I; S codes are not valid for Medicare)",
  "partial-fit-existing":
    "docs/reimbursement.md §2.1 (a new code needs a distinct service), §3.2 (packaged items), §4.4: a partial fit of the procedure code by equipment or a packaged supply is not a reason for a new code",
  "code-replaced":
    "docs/reimbursement.md §3.1: the HCPCS cross-reference (XREF1) and termination date (TERM DT) name the replacement of a deleted code, which is the code to bill",
} as const;
export type RuleId = keyof typeof RULES;
