/**
 * Evidence checklist: what must be prepared, for which US decision-maker, why it
 * matters and what goes wrong if it is skipped. Items are data; a row's checklist is the items its
 * gates need (`gates`) plus items its facts call for (`APPLIES_WHEN`, e.g. privacy for connected
 * software). Text lives in the catalogue: `evidence.<id>.title|why|failure`.
 */
import type { Classification, GateId } from "../pathway/types";
import type { ProductFacts } from "../product";
import type { ProductType } from "../vocab";

export type EvidenceRoute = "permission" | "payment" | "trust";

export interface EvidenceItem {
  /** Stable id: the Evidence table keys user-entered status, owner and notes on it. */
  id: string;
  route: EvidenceRoute;
  /** Decision-maker ids the item is prepared for (catalogue `evidence.audience.<id>`). */
  audience: string[];
  /** Gates that need it; the item is on a row's checklist when any of them is on the row's path. */
  gates: GateId[];
  titleId: string;
  whyId: string;
  failureId: string;
  /** docs/reimbursement.md (or docs/features.md) section the item rests on. */
  sourceRef: string;
}

function item(
  id: string,
  route: EvidenceRoute,
  audience: string[],
  gates: GateId[],
  sourceRef: string
): EvidenceItem {
  return {
    id,
    route,
    audience,
    gates,
    titleId: `evidence.${id}.title`,
    whyId: `evidence.${id}.why`,
    failureId: `evidence.${id}.failure`,
    sourceRef,
  };
}

/** Audience ids (the decision-makers of docs/features.md#evidence). */
export const AUDIENCES = [
  "ama-cpt-panel",
  "cms-hcpcs-workgroup",
  "cms-opps",
  "cms-ipps",
  "cms-coverage",
  "cms-clfs",
  "fda",
  "mac",
  "pdac",
  "commercial-payer",
  "medicare-advantage-plan",
  "hospital-vac",
  "physician-champion",
  "distributor",
  "privacy-officer",
  "risk-manager",
] as const;

const CODING: GateId[] = [
  "cpt-cat-i-application",
  "cpt-cat-iii-application",
  "pla-application",
  "hcpcs-ii-application",
];
const NEW_TECH_PAYMENT: GateId[] = [
  "opps-pass-through-application",
  "new-technology-apc-application",
  "ntap-application",
];

export const EVIDENCE_CATALOGUE: readonly EvidenceItem[] = [
  // The seed list: describe the service so a US reviewer recognises it.
  item(
    "service-description",
    "permission",
    ["ama-cpt-panel", "cms-hcpcs-workgroup", "mac", "commercial-payer"],
    [...CODING, ...NEW_TECH_PAYMENT, "mac-coverage-lcd"],
    "docs/reimbursement.md §9 (description of service, pre/intra/post), §3.2"
  ),
  item(
    "provider-work",
    "payment",
    ["ama-cpt-panel", "mac"],
    ["cpt-cat-i-application", "cpt-cat-iii-application", "new-technology-apc-application"],
    "docs/reimbursement.md §1 (RUC values work), §2.6 (time/effort for unlisted claims), §9"
  ),
  item(
    "site-of-care",
    "permission",
    ["ama-cpt-panel", "cms-opps", "cms-ipps", "hospital-vac"],
    [
      "cpt-cat-i-application",
      "cpt-cat-iii-application",
      ...NEW_TECH_PAYMENT,
      "hospital-value-analysis",
    ],
    "docs/reimbursement.md §2.2 (where and how often performed), §8.8, §9"
  ),
  item(
    "resource-use",
    "payment",
    ["ama-cpt-panel", "cms-opps", "mac"],
    ["cpt-cat-i-application", ...NEW_TECH_PAYMENT],
    "docs/reimbursement.md §2.6 (equipment, time), §4.2 (cost band), §9"
  ),
  item(
    "clinical-role",
    "trust",
    ["ama-cpt-panel", "mac", "commercial-payer", "hospital-vac", "physician-champion"],
    [...CODING, "mac-coverage-lcd", "payer-coverage-and-contracting", "hospital-value-analysis"],
    "docs/reimbursement.md §9 (clinical vignette of the typical patient)"
  ),
  item(
    "distinction-from-existing",
    "permission",
    ["ama-cpt-panel", "cms-hcpcs-workgroup", "cms-opps", "cms-ipps"],
    [...CODING, ...NEW_TECH_PAYMENT],
    "docs/reimbursement.md §2.1 (distinct descriptor), §3.2 (differences), §4.1 (not in an existing category), §5 (not substantially similar)"
  ),
  // Regulatory and clinical evidence.
  item(
    "fda-documentation",
    "permission",
    ["fda", "ama-cpt-panel", "cms-hcpcs-workgroup", "pdac", "cms-opps", "cms-ipps", "cms-coverage"],
    [
      "fda-authorisation",
      "cpt-cat-i-application",
      "pla-application",
      "hcpcs-ii-application",
      "pdac-code-verification",
      ...NEW_TECH_PAYMENT,
      "tcet-nomination",
    ],
    "docs/reimbursement.md §2.2 criterion 1, §3.2, §3.4, §4.1, §5, §9"
  ),
  item(
    "breakthrough-designation",
    "permission",
    ["cms-coverage", "cms-opps", "cms-ipps"],
    ["tcet-nomination"],
    "docs/reimbursement.md §4.1 (alternative pathway), §5, §6.1, §6.2"
  ),
  item(
    "peer-reviewed-literature",
    "trust",
    ["ama-cpt-panel", "mac", "cms-coverage", "commercial-payer"],
    [
      "cpt-cat-i-application",
      "cpt-cat-iii-application",
      "mac-coverage-lcd",
      "tcet-nomination",
      "payer-coverage-and-contracting",
    ],
    "docs/reimbursement.md §2.2 (full-length peer-reviewed; 2–5 per code, different populations and authors), §9"
  ),
  item(
    "us-medicare-age-evidence",
    "trust",
    ["mac", "cms-coverage", "cms-ipps", "commercial-payer"],
    ["mac-coverage-lcd", "tcet-nomination", "ntap-application"],
    "docs/reimbursement.md §9 (MAC strength: Medicare population, US practice; plan a US study with ≥65-year-olds), §6.2 (IDE enrolling Medicare beneficiaries)"
  ),
  item(
    "substantial-clinical-improvement",
    "trust",
    ["cms-opps", "cms-ipps"],
    ["opps-pass-through-application", "ntap-application"],
    "docs/reimbursement.md §4.1 (SCI or Breakthrough), §5"
  ),
  item(
    "specialty-society-support",
    "permission",
    ["ama-cpt-panel", "physician-champion"],
    ["cpt-cat-i-application", "cpt-cat-iii-application"],
    "docs/reimbursement.md §1 (12 society seats), §2.3 (advisor support), §9"
  ),
  item(
    "utilisation",
    "payment",
    ["ama-cpt-panel", "cms-hcpcs-workgroup", "cms-opps"],
    ["cpt-cat-i-application", "hcpcs-ii-application", "new-technology-apc-application"],
    "docs/reimbursement.md §2.2 (many physicians, frequency), §3.2 (sales and volume data)"
  ),
  item(
    "lab-protocol",
    "permission",
    ["ama-cpt-panel", "cms-clfs", "mac"],
    ["pla-application", "clfs-pricing"],
    "docs/reimbursement.md §2.5, §9 PLA row (analytes, method, specimen, protocol, sample reports)"
  ),
  item(
    "ntap-icd10-pcs",
    "permission",
    ["cms-ipps"],
    ["ntap-application"],
    "docs/reimbursement.md §9 NTAP row (ICD-10-PCS coding)"
  ),
  // Coverage and payment.
  item(
    "benefit-category-analysis",
    "permission",
    ["cms-hcpcs-workgroup", "cms-coverage", "mac"],
    [
      "benefit-category",
      "hcpcs-ii-application",
      "tcet-nomination",
      "new-technology-apc-application",
    ],
    "docs/reimbursement.md §3.1 (benefit determination at the public meeting), §4.2, §6.1, §7"
  ),
  item(
    "medical-necessity-language",
    "payment",
    ["mac", "commercial-payer"],
    ["mac-coverage-lcd", "payer-coverage-and-contracting"],
    "docs/reimbursement.md §1 (coverage by NCD/LCD), §3.4 (listing is not coverage), §9 (LCD language)"
  ),
  item(
    "unlisted-claim-packet",
    "payment",
    ["mac", "commercial-payer"],
    [],
    "docs/reimbursement.md §2.6, §3.3 (narrative, invoice, NDC, comparison code)"
  ),
  item(
    "cost-invoices",
    "payment",
    ["cms-opps", "cms-ipps", "mac"],
    [...NEW_TECH_PAYMENT],
    "docs/reimbursement.md §4.1 (three cost tests), §4.2 (cost band), §5 (cost vs MS-DRG threshold), §3.3 (invoice on NOC claims)"
  ),
  item(
    "clfs-pricing-proposal",
    "payment",
    ["cms-clfs", "mac"],
    ["clfs-pricing"],
    "docs/reimbursement.md §2.5, §8.7 (crosswalk or gapfill)"
  ),
  item(
    "payer-value-dossier",
    "payment",
    ["commercial-payer", "medicare-advantage-plan"],
    [],
    "docs/reimbursement.md §7.1 (statutory exclusions: other payers; Medicare Advantage supplemental benefits)"
  ),
  item(
    "provider-economics",
    "payment",
    ["hospital-vac", "physician-champion", "distributor"],
    ["hospital-value-analysis", "payer-coverage-and-contracting"],
    "docs/features.md#provider-economics; docs/reimbursement.md §8.8"
  ),
  item(
    "pdac-verification",
    "permission",
    ["pdac", "distributor"],
    ["pdac-code-verification"],
    "docs/reimbursement.md §3.4 (FDA registration, 510(k), sample, one product per request)"
  ),
  // Trust in the sponsor as a US counterparty.
  item(
    "privacy-security",
    "trust",
    ["privacy-officer", "hospital-vac"],
    [],
    "docs/features.md#evidence (privacy officer)"
  ),
  item(
    "us-accountability",
    "trust",
    ["distributor", "hospital-vac", "commercial-payer"],
    [],
    "docs/features.md#evidence (US decision-makers, China-origin sponsors); docs/reimbursement.md §9 practical implication"
  ),
  item(
    "liability",
    "trust",
    ["risk-manager", "hospital-vac", "distributor"],
    [],
    "docs/features.md#evidence (risk manager)"
  ),
];

const CONNECTED: ReadonlySet<ProductType> = new Set<ProductType>([
  "software analysis",
  "digital therapeutic",
  "remote monitoring",
]);
const LIABILITY: ReadonlySet<ProductType> = new Set<ProductType>([
  "implant",
  "procedure device",
  "capital equipment",
  "software analysis",
  "digital therapeutic",
  "home-use durable equipment",
  "drug or biologic",
  "skin substitute",
]);

const CONNECTED_WORDS = /\b(app|cloud|software|AI|wireless|Bluetooth)\b/i;
const DIGIT_FIRST = /^\d/;

/** Items a row needs because of its facts rather than its gates. */
const APPLIES_WHEN: Readonly<Record<string, (c: Classification, f: ProductFacts) => boolean>> = {
  "unlisted-claim-packet": (c) => c.bridgeCode !== undefined,
  "provider-work": (c) => c.pathway === "unlisted-noc" && DIGIT_FIRST.test(c.bridgeCode ?? ""),
  "cost-invoices": (c) => c.bridgeCode !== undefined && !DIGIT_FIRST.test(c.bridgeCode),
  // The engine could not settle the benefit category (non-durable "DME", V5xxx…): the analysis
  // that a code is payable at all comes first (docs/reimbursement.md §1: a code is not coverage; §7).
  "benefit-category-analysis": (c) => c.benefitCategory.value === "unknown",
  "breakthrough-designation": (_c, f) => f.breakthrough === true,
  // Medicare excludes the benefit by statute: the plans that can pay buy on value (docs/reimbursement.md §7.1).
  "payer-value-dossier": (c) => c.warnings.some((w) => w.code === "statutory-exclusion"),
  "privacy-security": (_c, f) =>
    CONNECTED.has(f.productType) ||
    (typeof f.description === "string" && CONNECTED_WORDS.test(f.description)),
  "us-accountability": () => true,
  liability: (_c, f) => LIABILITY.has(f.productType) || f.implanted === true,
  "pdac-verification": (c, f) =>
    f.productType === "orthotic or prosthetic" || c.nextGate === "pdac-code-verification",
};

const BY_ID: ReadonlyMap<string, EvidenceItem> = new Map(EVIDENCE_CATALOGUE.map((i) => [i.id, i]));
export function evidenceItem(id: string): EvidenceItem | undefined {
  return BY_ID.get(id);
}

/** The row's checklist: catalogue order, each item once. */
export function checklistFor(c: Classification, facts: ProductFacts): EvidenceItem[] {
  const onPath = new Set<GateId>(c.laterGates);
  onPath.add(c.nextGate);
  const out: EvidenceItem[] = [];
  for (const it of EVIDENCE_CATALOGUE) {
    let needed = false;
    for (const g of it.gates) {
      if (onPath.has(g)) {
        needed = true;
        break;
      }
    }
    if (!needed) {
      const when = APPLIES_WHEN[it.id];
      try {
        needed = when !== undefined && when(c, facts ?? ({} as ProductFacts));
      } catch {
        needed = false; // hostile facts object: the gate-based items still stand
      }
    }
    if (needed) out.push(it);
  }
  return out;
}
