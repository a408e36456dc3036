/**
 * What the classifier's stages share: the row's facts as read (stage "facts"), the candidate codes
 * (stage "codes"), and the answer as it is built (pathway, benefit, mechanisms, gates, rationale,
 * warnings, rule ids, confidence deficits). Each stage's rules read and extend it in order.
 */
import type { Msg } from "../../i18n/catalogue";
import type { CodeKind } from "../codes/shape";
import type { UnlistedCode } from "../codes/unlisted";
import type { ProductFacts } from "../product";
import type { CodeFacts, CodeReference } from "../reference/port";
import type { CodeMatch } from "../search";
import type { ClassifyMemo } from "./memo";
import type { BenefitCategory, CodeFit, FdaStatus, ProductType, SiteOfCare } from "../vocab";
import type { CodingRole, ProductTypeRule, RuleId } from "./rules";
import type { GateId, PathwayId, PaymentMechanism, TargetCodeSystem, Warning } from "./types";

export interface CodeView {
  code: string;
  kind: CodeKind;
  noc?: UnlistedCode;
  facts?: CodeFacts;
  deleted: boolean;
  /** A Category III code the loaded PFS file no longer lists (docs/reimbursement.md §2.3 sunset). */
  archived?: boolean;
  /** Put in by the engine as the files' replacement of this deleted candidate code. */
  replaces?: string;
}

/**
 * How CMS prices an existing Category III code (docs/reimbursement.md §2.3, §8.1): `generic` without a PFS
 * status (no reference data, or a file without the code's PFS row): docs/reimbursement.md §2.3's contractor pricing;
 * otherwise the loaded PFS status decides: C contractor, A/R/T national RVUs, anything else
 * (N, B, I, X…) no separate PFS payment, which its own status warning already says.
 */
export type CatIIIPricing = "generic" | "contractor" | "national" | "not-paid";

export interface Ctx {
  // --- The row as read (stage "facts"). ---
  raw: Partial<Record<keyof ProductFacts, unknown>>;
  ref: CodeReference | undefined;
  /** What the batch this row belongs to lets rows reuse (parsed codes and dates); none for a lone row. */
  memo: ClassifyMemo | undefined;
  productType: ProductType | undefined;
  site: SiteOfCare | undefined;
  fit: CodeFit | undefined;
  fda: FdaStatus | undefined;
  givenBenefit: BenefitCategory | undefined;
  breakthrough: boolean;
  description: string;
  typeRule: ProductTypeRule;
  role: CodingRole;
  implanted: boolean;
  /** docs/reimbursement.md §7, DME: the row says the equipment does not withstand repeated use (phone-only CGM display). */
  nonDurable: boolean;
  asOf: number;
  /** `asOf` as yyyy-mm-dd, the date code facts are looked up on; null until first asked. */
  asOfIso: string | undefined | null;
  /** CY2026 DMHT extension to ADHD digital therapy devices applies to this row (docs/reimbursement.md §7). */
  adhdDmht: boolean;
  fdaMs: number | undefined;
  yearsSinceFda: number | undefined;
  authorised: boolean;
  notAuthorised: boolean;

  // --- Candidate codes (stage "codes"). ---
  codeTexts: string[];
  cpts: CodeView[];
  level2: CodeView[];
  allCodes: CodeView[];
  anyCode: boolean;
  productCode: CodeView | undefined;
  serviceCode: CodeView | undefined;
  /** The code whose existence and fit decide the pathway. */
  deciding: CodeView | undefined;
  missingProductCode: boolean;
  /**
   * Listed codes Medicare does not recognise (S codes, PFS status I, HCPCS COV I) that the roles
   * of equipment and procedure devices set aside: the procedure's own code is what Medicare pays.
   */
  notForMedicare: CodeView[];

  // --- The answer. ---
  pathway: PathwayId;
  target: TargetCodeSystem;
  bridge: UnlistedCode | undefined;
  catIIIPricing: CatIIIPricing | undefined;
  /** The deciding code's benefit is excluded by statute (docs/reimbursement.md §7.1): Medicare will not pay. */
  excluded: boolean;
  benefit: BenefitCategory;
  inferred: boolean;
  /** Set while inferring the benefit category (stage "benefit"). */
  benefitHint: BenefitCategory | undefined;
  typeBenefit: BenefitCategory;
  siteOverHint: boolean;
  hasDmht: boolean;
  hasA9291: boolean;
  mechanisms: PaymentMechanism[];
  gates: GateId[];
  rationale: Msg[];
  warnings: Warning[];
  ruleIds: RuleId[];
  /** Missing or uncertain inputs; confidence is high at 0, medium at 1, low above. */
  deficits: number;
  /** Descriptor-search matches for the row (stage "codes", search), computed once when first asked. */
  searchMatches: CodeMatch[] | undefined;
}

/** Add a warning once per (code, params.code). */
export function warn(c: Ctx, code: string, id: string, params?: Msg["params"]): void {
  for (const w of c.warnings)
    if (w.code === code && (w.params?.code ?? "") === (params?.code ?? "")) return;
  c.warnings.push(params ? { code, id, params } : { code, id });
}

/** Record a rule-register id (once, in firing order). */
export function fired(c: Ctx, id: RuleId): void {
  if (!c.ruleIds.includes(id)) c.ruleIds.push(id);
}

export function addGate(c: Ctx, g: GateId): void {
  if (!c.gates.includes(g)) c.gates.push(g);
}
