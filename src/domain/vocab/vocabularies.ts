/**
 * Canonical values of the enumerated columns (docs/features.md#sheet-contract, table of canonical
 * values) and the aliases users type. The canonical strings are also the engine's identifiers:
 * what the sheet shows is what the code switches on, so there is no second mapping to drift.
 */
import { editDistance, matchKey } from "./normalize";
import { Derived } from "../memo";

export const PRODUCT_TYPES = [
  "procedure device",
  "implant",
  "capital equipment",
  "home-use durable equipment",
  "supply",
  "orthotic or prosthetic",
  "lab test",
  "software analysis",
  "digital therapeutic",
  "remote monitoring",
  "drug or biologic",
  "skin substitute",
  "professional service",
] as const;
export type ProductType = (typeof PRODUCT_TYPES)[number];

export const SITES_OF_CARE = [
  "office",
  "hospital outpatient",
  "ASC",
  "inpatient",
  "home",
  "independent lab",
  "IDTF",
  "SNF",
] as const;
export type SiteOfCare = (typeof SITES_OF_CARE)[number];

export const PERFORMERS = [
  "physician",
  "clinical staff",
  "facility",
  "lab",
  "patient",
  "manufacturer",
] as const;
export type PerformedBy = (typeof PERFORMERS)[number];

export const FDA_STATUSES = [
  "510(k) cleared",
  "De Novo granted",
  "PMA approved",
  "NDA or BLA approved",
  "exempt",
  "LDT",
  "submitted",
  "IDE",
  "not submitted",
  "not a device",
] as const;
export type FdaStatus = (typeof FDA_STATUSES)[number];

export const CODE_FITS = ["describes", "partially", "does not", "unknown"] as const;
export type CodeFit = (typeof CODE_FITS)[number];

export const BENEFIT_CATEGORIES = [
  "DME",
  "prosthetic or orthotic",
  "physician service",
  "diagnostic test",
  "clinical lab",
  "drug",
  "hospital service",
  "none",
  "unknown",
  // Appended (not placed beside "hospital service") so existing values keep their positions:
  // ASC facility services are their own Part B benefit (docs/reimbursement.md §8.5).
  "ASC service",
] as const;
export type BenefitCategory = (typeof BENEFIT_CATEGORIES)[number];

export const YES_NO = ["yes", "no"] as const;
export type YesNo = (typeof YES_NO)[number];

/** FDA statuses that are a marketing authorisation (or do not need one) for the product. */
export const FDA_AUTHORISED: ReadonlySet<FdaStatus> = new Set<FdaStatus>([
  "510(k) cleared",
  "De Novo granted",
  "PMA approved",
  "NDA or BLA approved",
  "exempt",
  "LDT",
  "not a device",
]);

export interface Vocabulary<T extends string> {
  /** Stable id used in messages and in the data-validation lists. */
  readonly id: string;
  readonly values: readonly T[];
  /** Extra spellings, keyed by anything; matched through matchKey. */
  readonly aliases: Readonly<Record<string, T>>;
}

export type VocabularyMatch<T extends string> =
  { ok: true; value: T; viaAlias: boolean } | { ok: false; nearest?: T };

type VocabularyIndex = Map<string, { value: string; viaAlias: boolean }>;
/** Match key → canonical value, carried by each vocabulary (built on its first match). */
const INDEX = new Derived<Vocabulary<string>, VocabularyIndex>("vocabularyIndex", (vocab) => {
  const index: VocabularyIndex = new Map();
  for (const v of vocab.values) index.set(matchKey(v), { value: v, viaAlias: false });
  for (const [alias, v] of Object.entries(vocab.aliases)) {
    const key = matchKey(alias);
    if (!index.has(key)) index.set(key, { value: v, viaAlias: true });
  }
  return index;
});

function indexOf<T extends string>(
  vocab: Vocabulary<T>
): Map<string, { value: T; viaAlias: boolean }> {
  return INDEX.of(vocab) as Map<string, { value: T; viaAlias: boolean }>;
}

/** Match a cell's text to a canonical value; on failure suggest the nearest value (never guess it). */
export function matchVocabulary<T extends string>(
  vocab: Vocabulary<T>,
  text: string
): VocabularyMatch<T> {
  const key = matchKey(text);
  const hit = indexOf(vocab).get(key);
  if (hit) return { ok: true, value: hit.value, viaAlias: hit.viaAlias };
  let best: T | undefined;
  let bestDistance = Infinity;
  for (const [candidate, entry] of indexOf(vocab)) {
    const d = editDistance(key, candidate);
    if (d < bestDistance) {
      bestDistance = d;
      best = entry.value;
    }
  }
  // A suggestion further than half the word away is noise, not help.
  return bestDistance <= Math.max(2, Math.ceil(key.length / 2))
    ? { ok: false, nearest: best }
    : { ok: false };
}

export const PRODUCT_TYPE: Vocabulary<ProductType> = {
  id: "productType",
  values: PRODUCT_TYPES,
  aliases: {
    "single-use device": "procedure device",
    disposable: "procedure device",
    "procedural device": "procedure device",
    implantable: "implant",
    "implantable device": "implant",
    capital: "capital equipment",
    equipment: "capital equipment",
    DME: "home-use durable equipment",
    "durable medical equipment": "home-use durable equipment",
    "home DME": "home-use durable equipment",
    supplies: "supply",
    consumable: "supply",
    orthotic: "orthotic or prosthetic",
    prosthetic: "orthotic or prosthetic",
    orthosis: "orthotic or prosthetic",
    prosthesis: "orthotic or prosthetic",
    "O&P": "orthotic or prosthetic",
    "diagnostic test": "lab test",
    IVD: "lab test",
    "laboratory test": "lab test",
    LDT: "lab test",
    SaMD: "software analysis",
    AI: "software analysis",
    "AI software": "software analysis",
    software: "software analysis",
    DTx: "digital therapeutic",
    PDT: "digital therapeutic",
    "prescription digital therapeutic": "digital therapeutic",
    RPM: "remote monitoring",
    RTM: "remote monitoring",
    "remote patient monitoring": "remote monitoring",
    drug: "drug or biologic",
    biologic: "drug or biologic",
    pharmaceutical: "drug or biologic",
    "skin sub": "skin substitute",
    CTP: "skin substitute",
    "cellular and tissue-based product": "skin substitute",
    service: "professional service",
  },
};

export const SITE_OF_CARE: Vocabulary<SiteOfCare> = {
  id: "siteOfCare",
  values: SITES_OF_CARE,
  aliases: {
    "POS 11": "office",
    "11": "office",
    "physician office": "office",
    "physician's office": "office",
    "doctor's office": "office",
    "office-based": "office",
    clinic: "office",
    "non-facility": "office",
    "POS 19": "hospital outpatient",
    "POS 22": "hospital outpatient",
    "19": "hospital outpatient",
    "22": "hospital outpatient",
    HOPD: "hospital outpatient",
    OPD: "hospital outpatient",
    "outpatient hospital": "hospital outpatient",
    "hospital outpatient department": "hospital outpatient",
    "POS 24": "ASC",
    "24": "ASC",
    "ambulatory surgical center": "ASC",
    "ambulatory surgery center": "ASC",
    "ambulatory surgical centre": "ASC",
    "POS 21": "inpatient",
    "21": "inpatient",
    "inpatient hospital": "inpatient",
    "hospital inpatient": "inpatient",
    "POS 12": "home",
    "12": "home",
    "patient home": "home",
    "patient's home": "home",
    "home setting": "home",
    "POS 81": "independent lab",
    "81": "independent lab",
    lab: "independent lab",
    "reference lab": "independent lab",
    "independent laboratory": "independent lab",
    "POS 49": "IDTF",
    "49": "IDTF",
    "independent diagnostic testing facility": "IDTF",
    "POS 31": "SNF",
    "31": "SNF",
    "skilled nursing facility": "SNF",
  },
};

export const PERFORMED_BY: Vocabulary<PerformedBy> = {
  id: "performedBy",
  values: PERFORMERS,
  aliases: {
    QHP: "physician",
    "qualified health care professional": "physician",
    "other qualified professional": "physician",
    doctor: "physician",
    surgeon: "physician",
    NPP: "physician",
    nurse: "clinical staff",
    staff: "clinical staff",
    technician: "clinical staff",
    hospital: "facility",
    laboratory: "lab",
    self: "patient",
    vendor: "manufacturer",
  },
};

export const FDA_STATUS: Vocabulary<FdaStatus> = {
  id: "fdaStatus",
  values: FDA_STATUSES,
  aliases: {
    "510k": "510(k) cleared",
    cleared: "510(k) cleared",
    "510(k) clearance": "510(k) cleared",
    "510(k) cleared device": "510(k) cleared",
    "510(k)": "510(k) cleared",
    "De Novo": "De Novo granted",
    "De Novo classification": "De Novo granted",
    "De Novo authorized": "De Novo granted",
    PMA: "PMA approved",
    "PMA approval": "PMA approved",
    "premarket approval": "PMA approved",
    approved: "PMA approved",
    NDA: "NDA or BLA approved",
    BLA: "NDA or BLA approved",
    "510(k) exempt": "exempt",
    "class I exempt": "exempt",
    "laboratory developed test": "LDT",
    pending: "submitted",
    "under review": "submitted",
    investigational: "IDE",
    none: "not submitted",
    "not yet submitted": "not submitted",
    "non-device": "not a device",
    "N/A": "not a device",
  },
};

export const CODE_FIT: Vocabulary<CodeFit> = {
  id: "codeFit",
  values: CODE_FITS,
  aliases: {
    yes: "describes",
    fully: "describes",
    exact: "describes",
    "describes fully": "describes",
    partial: "partially",
    partly: "partially",
    no: "does not",
    "does not describe": "does not",
    none: "does not",
    "not sure": "unknown",
    TBD: "unknown",
    "?": "unknown",
  },
};

export const BENEFIT_CATEGORY: Vocabulary<BenefitCategory> = {
  id: "benefitCategory",
  values: BENEFIT_CATEGORIES,
  aliases: {
    "durable medical equipment": "DME",
    prosthetic: "prosthetic or orthotic",
    orthotic: "prosthetic or orthotic",
    "prosthetic device": "prosthetic or orthotic",
    "physician services": "physician service",
    "professional service": "physician service",
    diagnostic: "diagnostic test",
    "other diagnostic test": "diagnostic test",
    lab: "clinical lab",
    "clinical laboratory": "clinical lab",
    drugs: "drug",
    biological: "drug",
    "hospital outpatient service": "hospital service",
    "hospital inpatient service": "hospital service",
    "ambulatory surgical center service": "ASC service",
    "ambulatory surgery center service": "ASC service",
    ASC: "ASC service",
    "no benefit category": "none",
    TBD: "unknown",
  },
};

export const YES_NO_VOCAB: Vocabulary<YesNo> = {
  id: "yesNo",
  values: YES_NO,
  aliases: { y: "yes", true: "yes", "1": "yes", x: "yes", n: "no", false: "no", "0": "no" },
};
