/**
 * Stage "benefit": the Medicare benefit category (docs/reimbursement.md §7). The row's own value wins;
 * otherwise it is inferred from the reference data's hint, the codes and the product type + site
 * (docs/reimbursement.md §8.8), and marked inferred. No category means Medicare is closed until Congress acts.
 */
import { msg } from "../../../i18n/catalogue";
import type { BenefitCategory } from "../../vocab";
import { fired, warn, type Ctx } from "../context";
import { allOf, apply, firstOf, otherwise, type Rule } from "../register";
import { BENEFIT_INFERENCE, DMHT_CODES, DMHT_REGULATION, DTX_UNPAID_CODES } from "../rules";

/** Which category an inference lands on (first match). */
export const BENEFIT_INFERENCE_RULES = firstOf<Ctx>("benefit: inference", [
  {
    id: "benefit.dtx",
    says: "Digital therapeutic: physician service (incident-to) on the DMHT codes, else none.",
    when: (c) => c.productType === "digital therapeutic",
    then: (c) => {
      c.benefit = c.hasDmht ? "physician service" : "none";
    },
    source: "docs/reimbursement.md §7 DMHT; software-only DTx outside 882.5801 lack a category",
  },
  {
    id: "benefit.a9291",
    says: "A9291 listed: no benefit category.",
    when: (c) => c.hasA9291,
    then: (c) => {
      c.benefit = "none";
    },
    source: "docs/reimbursement.md §7 (A9291 exists; no benefit category)",
  },
  {
    id: "benefit.reference-hint",
    says: "The fee schedule that prices the code implies the category (DMEPOS → DME, CLFS → clinical lab…), unless the site overrides a PFS 'physician service' hint.",
    when: (c) => !!c.benefitHint && c.benefitHint !== "unknown" && !c.siteOverHint,
    then: (c) => {
      c.benefit = c.benefitHint!;
    },
    source:
      "docs/reimbursement.md §7, §8 (the benefit category a code's fee schedule or letter implies)",
  },
  {
    id: "benefit.not-inferred",
    says: "A Level II product whose code lies outside its type's letter families (e.g. V5xxx hearing aids): not inferred; warn.",
    when: (c) =>
      !c.benefitHint &&
      c.role === "level-ii-product" &&
      c.deciding?.kind === "hcpcs-ii" &&
      !c.typeRule.productPrefixes.includes(c.deciding.code[0]),
    then: (c) => {
      c.benefit = "unknown";
      fired(c, "benefit-not-inferred");
      warn(c, "benefit-not-inferred", "pathway.warn.benefitNotInferred", {
        code: c.deciding!.code,
      });
    },
    source:
      "judgement (docs/pathway-rules.md): docs/reimbursement.md §7 lists benefit categories by item kind; a Level II code outside the type's families is not given one",
  },
  {
    id: "benefit.product-type-and-site",
    says: "Otherwise the product type's usual category at this site (BENEFIT_INFERENCE).",
    when: otherwise,
    then: (c) => {
      c.benefit = c.typeBenefit;
    },
    source: "docs/reimbursement.md §7 (statutory categories), §8.8 (site of care)",
  },
] satisfies Rule<Ctx>[]);

/** Categories paid through the facility's or the diagnostic test's payment (docs/reimbursement.md §8.8). */
const SITE_PAID_CATEGORIES: readonly BenefitCategory[] = [
  "hospital service",
  "ASC service",
  "diagnostic test",
];

function infer(c: Ctx): void {
  c.inferred = true;
  fired(c, "benefit-inferred");
  c.benefitHint = c.deciding?.facts?.benefitCategoryHint;
  const inf = c.productType ? BENEFIT_INFERENCE[c.productType] : undefined;
  c.typeBenefit = inf ? (c.site && inf.site?.[c.site]) || inf.default : "unknown";
  // A PFS-priced code only says a physician bills it; at a facility (or IDTF) the product is paid
  // through the facility's or the diagnostic test's payment (docs/reimbursement.md §8.8), so the site decides.
  c.siteOverHint =
    c.benefitHint === "physician service" && SITE_PAID_CATEGORIES.includes(c.typeBenefit);
  apply(BENEFIT_INFERENCE_RULES, c);
  if (c.siteOverHint) fired(c, "benefit-site-over-pfs-hint");
  if (c.nonDurable && c.benefit === "DME") c.benefit = "unknown";
  c.rationale.push(
    c.benefit === "unknown"
      ? msg("pathway.why.benefitNotInferred")
      : msg("pathway.why.benefitInferred", { category: c.benefit })
  );
  c.deficits += 1;
}

export const BENEFIT_RULES = allOf<Ctx>("benefit", [
  {
    id: "benefit.adhd-a9291",
    says: "From 2026, an ADHD digital therapy listed only on A9291 is billed on G0552–G0554; A9291 itself still has no category.",
    when: (c) => c.adhdDmht && c.hasA9291 && !c.allCodes.some((v) => DMHT_CODES.has(v.code)),
    then: (c) => {
      fired(c, "dtx-dmht-adhd");
      fired(c, "dmht-adhd-a9291");
      c.rationale.push(msg("pathway.why.dtxAdhdA9291ToDmht"));
      for (const v of c.allCodes)
        if (DTX_UNPAID_CODES.has(v.code)) {
          warn(c, "dmht-adhd-a9291", "pathway.warn.dmhtAdhdInsteadOfA9291", { code: v.code });
          warn(c, "no-benefit-category", "pathway.warn.codeButNoBenefitCategory", { code: v.code });
        }
    },
    source:
      "docs/reimbursement.md §7 (CY2026 extends G0552–G0554 to ADHD digital therapy devices; G0552 device supply, incident-to, not telehealth POS 02/10; A9291 has no benefit category)",
  },
  {
    id: "benefit.given",
    says: "The row states the category: use it.",
    when: (c) => c.givenBenefit !== undefined,
    then: (c) => {
      c.benefit = c.givenBenefit!;
    },
    source: "docs/features.md#sheet-contract (Benefit category)",
  },
  {
    id: "benefit.inferred",
    says: "The row leaves it blank: infer (BENEFIT_INFERENCE_RULES), mark inferred, say so, confidence −1; a non-durable 'DME' becomes unknown.",
    when: (c) => c.givenBenefit === undefined,
    then: infer,
    source: "docs/reimbursement.md §7 (benefit categories), §8.8 (site of care)",
  },
  {
    id: "benefit.dme-not-durable",
    says: "Home-use equipment that does not withstand repeated use is not DME: warn.",
    when: (c) => c.nonDurable,
    then: (c) => {
      fired(c, "dme-not-durable");
      warn(c, "dme-not-durable", "pathway.warn.dmeNotDurable");
    },
    source:
      "docs/reimbursement.md §7 DME (42 CFR 414.202: withstands repeated use; CGM phone-only display does not qualify)",
  },
  {
    id: "benefit.snf-not-modelled",
    says: "Skilled nursing facility: not modelled; warn.",
    when: (c) => c.site === "SNF",
    then: (c) => {
      fired(c, "snf-not-modelled");
      warn(c, "snf-not-modelled", "pathway.warn.snfNotModelled");
    },
    source: "judgement (docs/pathway-rules.md): docs/reimbursement.md has no SNF payment facts",
  },
  {
    id: "benefit.dtx-family",
    says: "Digital therapeutic: record whether it is on the DMHT family or A9291.",
    when: (c) => c.productType === "digital therapeutic",
    then: (c) => fired(c, c.hasDmht ? "dtx-dmht" : "dtx-a9291"),
    source: "docs/reimbursement.md §7 DMHT, A9291",
  },
  {
    id: "benefit.none",
    says: "No benefit category: warn (naming the code when an existing code is the pathway).",
    when: (c) => c.benefit === "none",
    then: (c) => {
      fired(c, "no-benefit-category");
      if (c.deciding && c.pathway !== "new-code")
        warn(c, "no-benefit-category", "pathway.warn.codeButNoBenefitCategory", {
          code: c.deciding.code,
        });
      else warn(c, "no-benefit-category", "pathway.warn.noBenefitCategory");
    },
    source: "docs/reimbursement.md §7 (a code is not coverage; DTx outside 882.5801)",
  },
] satisfies Rule<Ctx>[]);

/** Facts the benefit rules read, computed once the codes are known. */
export function prepareBenefit(c: Ctx): void {
  c.hasDmht =
    c.allCodes.some((v) => DMHT_CODES.has(v.code)) ||
    c.adhdDmht ||
    (c.productType === "digital therapeutic" && c.description.includes(DMHT_REGULATION));
  c.hasA9291 = c.allCodes.some((v) => DTX_UNPAID_CODES.has(v.code));
}
