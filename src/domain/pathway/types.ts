/**
 * The classification contract every host shows (docs/features.md#sheet-contract, last paragraph).
 * The engine returns message references (`Msg`) so the pane, CLI and cells render them in the
 * user's locale; `renderClassification` (in ./render.ts) turns them into plain strings.
 */
import type { Msg } from "../../i18n/catalogue";
import type { BenefitCategory } from "../vocab";

export const PATHWAYS = ["existing-cpt", "existing-hcpcs-ii", "unlisted-noc", "new-code"] as const;
export type PathwayId = (typeof PATHWAYS)[number];

/** Display labels, exactly as docs/features.md#sheet-contract requires. Not translated: they are sheet values. */
export const PATHWAY_LABELS: Readonly<Record<PathwayId, string>> = {
  "existing-cpt": "Existing CPT",
  "existing-hcpcs-ii": "Existing HCPCS II",
  "unlisted-noc": "Unlisted / NOC (temporary)",
  "new-code": "New code strategy",
};

export const TARGET_CODE_SYSTEMS = ["CPT I", "CPT III", "PLA", "HCPCS II", "none"] as const;
export type TargetCodeSystem = (typeof TARGET_CODE_SYSTEMS)[number];

export type Confidence = "high" | "medium" | "low";

/** Payment mechanisms the site of care may offer a new technology (docs/reimbursement.md §4–6). */
export const PAYMENT_MECHANISMS = [
  "opps-device-pass-through",
  "new-technology-apc",
  "ipps-ntap",
  "tcet",
  "cat-iii-contractor-pricing",
  "clfs-crosswalk-gapfill",
  "dmepos-fee-schedule",
  "asp-drug-payment",
  /** CY2026: most skin substitutes paid as incident-to supplies at one flat rate per cm² (docs/reimbursement.md §7). */
  "skin-substitute-incident-to-rate",
] as const;
export type PaymentMechanism = (typeof PAYMENT_MECHANISMS)[number];

export interface Warning extends Msg {
  /** Stable id for filtering, e.g. "no-benefit-category", "cat-iii-contractor-priced", "pfs-status-n". */
  code: string;
}

export interface Classification {
  pathway: PathwayId;
  /** PATHWAY_LABELS[pathway], duplicated so hosts and JSON consumers need no lookup. */
  pathwayLabel: string;
  targetCodeSystem: TargetCodeSystem;
  /** The code that identifies the product itself (not the procedure), when there is one. */
  productCode?: string;
  /** The code for the service/procedure performed with the product, when there is one. */
  serviceCode?: string;
  /** The temporary code that bridges until the target code exists (unlisted/NOC pathway). */
  bridgeCode?: string;
  nextGate: GateId;
  gateOwner: GateOwnerId;
  /** Later gates in order, after nextGate. */
  laterGates: GateId[];
  paymentMechanisms: PaymentMechanism[];
  benefitCategory: { value: BenefitCategory; inferred: boolean };
  rationale: Msg[];
  warnings: Warning[];
  confidence: Confidence;
  /** Ids of the rules (data-table rows) that fired, each citing docs/reimbursement.md. */
  ruleIds: string[];
}

/** Gates a product passes through on the way to being paid in the US (docs/reimbursement.md §1–7, §9). */
export const GATES = [
  "fda-authorisation",
  "benefit-category",
  "cpt-cat-i-application",
  "cpt-cat-iii-application",
  "pla-application",
  "hcpcs-ii-application",
  "pdac-code-verification",
  "opps-pass-through-application",
  "new-technology-apc-application",
  "ntap-application",
  "tcet-nomination",
  "mac-coverage-lcd",
  "clfs-pricing",
  "payer-coverage-and-contracting",
  "hospital-value-analysis",
] as const;
export type GateId = (typeof GATES)[number];

export const GATE_OWNERS = [
  "fda",
  "ama-cpt-panel",
  "cms-hcpcs-workgroup",
  "cms-opps",
  "cms-ipps",
  "cms-coverage",
  "pdac",
  "mac",
  "commercial-payer",
  "hospital-vac",
  "congress",
  /** CMS's Clinical Laboratory Fee Schedule pricing (crosswalk or gapfill, docs/reimbursement.md §2.5, §8.7). */
  "cms-clfs",
] as const;
export type GateOwnerId = (typeof GATE_OWNERS)[number];
