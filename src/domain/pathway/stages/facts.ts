/**
 * Stage "facts": read the row defensively (typed input may still carry arbitrary cell text) and
 * say what is missing. Unknown values are never guessed; they lower confidence.
 */
import type { ProductFacts } from "../../product";
import type { CodeReference } from "../../reference/port";
import {
  BENEFIT_CATEGORIES,
  CODE_FITS,
  FDA_AUTHORISED,
  FDA_STATUSES,
  PRODUCT_TYPES,
  SITES_OF_CARE,
  type BenefitCategory,
  type CodeFit,
  type FdaStatus,
  type ProductType,
  type SiteOfCare,
} from "../../vocab";
import { fired, warn, type Ctx } from "../context";
import { MS_PER_YEAR, parseIsoMs } from "../dates";
import { dateMs, type ClassifyMemo } from "../memo";
import { allOf, type Rule } from "../register";
import {
  ADHD_WORDS,
  DMHT_ADHD_FROM,
  FDA_NOT_AUTHORISED,
  PRODUCT_TYPE_RULES,
  UNKNOWN_TYPE_RULE,
} from "../rules";

const PRODUCT_TYPE_SET: ReadonlySet<string> = new Set(PRODUCT_TYPES);
const SITE_SET: ReadonlySet<string> = new Set(SITES_OF_CARE);
const FIT_SET: ReadonlySet<string> = new Set(CODE_FITS);
const FDA_SET: ReadonlySet<string> = new Set(FDA_STATUSES);
const BENEFIT_SET: ReadonlySet<string> = new Set(BENEFIT_CATEGORIES);
const DMHT_ADHD_FROM_MS = parseIsoMs(DMHT_ADHD_FROM) ?? 0;

function member<T extends string>(set: ReadonlySet<string>, v: unknown): T | undefined {
  return typeof v === "string" && set.has(v) ? (v as T) : undefined;
}

/** The row as the rules see it, with an empty answer. */
export function readFacts(
  facts: ProductFacts,
  ref: CodeReference | undefined,
  asOfText: string | undefined,
  memo: ClassifyMemo | undefined
): Ctx {
  const f = (facts ?? {}) as Partial<Record<keyof ProductFacts, unknown>>;
  const productType = member<ProductType>(PRODUCT_TYPE_SET, f.productType);
  const site = member<SiteOfCare>(SITE_SET, f.siteOfCare);
  const fda = member<FdaStatus>(FDA_SET, f.fdaStatus);
  const benefit = member<BenefitCategory>(BENEFIT_SET, f.benefitCategory);
  const description = typeof f.description === "string" ? f.description : "";
  const typeRule = productType ? PRODUCT_TYPE_RULES[productType] : UNKNOWN_TYPE_RULE;
  const asOf = (asOfText === undefined ? undefined : dateMs(memo, asOfText)) ?? Date.now();
  const fdaMs = typeof f.fdaDecisionDate === "string" ? dateMs(memo, f.fdaDecisionDate) : undefined;
  return {
    raw: f,
    ref,
    memo,
    productType,
    site,
    fit: member<CodeFit>(FIT_SET, f.codeFit),
    fda,
    givenBenefit: benefit !== "unknown" ? benefit : undefined,
    breakthrough: f.breakthrough === true,
    description,
    typeRule,
    role: typeRule.role,
    implanted: f.implanted === true || (productType === "implant" && f.implanted !== false),
    nonDurable: productType === "home-use durable equipment" && f.durableHomeUse === false,
    asOf,
    asOfIso: null,
    // CY2026 extends DMHT to ADHD digital therapy devices (docs/reimbursement.md §7); the description is what names ADHD.
    adhdDmht:
      productType === "digital therapeutic" &&
      asOf >= DMHT_ADHD_FROM_MS &&
      description.length > 0 &&
      ADHD_WORDS.test(description),
    fdaMs,
    yearsSinceFda: fdaMs === undefined ? undefined : (asOf - fdaMs) / MS_PER_YEAR,
    authorised: fda !== undefined && FDA_AUTHORISED.has(fda),
    notAuthorised: fda !== undefined && FDA_NOT_AUTHORISED.has(fda),
    codeTexts: [],
    cpts: [],
    level2: [],
    allCodes: [],
    anyCode: false,
    productCode: undefined,
    serviceCode: undefined,
    deciding: undefined,
    missingProductCode: false,
    notForMedicare: [],
    pathway: "new-code",
    target: "none",
    bridge: undefined,
    catIIIPricing: undefined,
    excluded: false,
    benefit: "unknown",
    inferred: false,
    benefitHint: undefined,
    typeBenefit: "unknown",
    siteOverHint: false,
    hasDmht: false,
    hasA9291: false,
    mechanisms: [],
    gates: [],
    rationale: [],
    warnings: [],
    ruleIds: [],
    deficits: 0,
    searchMatches: undefined,
  };
}

export const FACT_RULES = allOf<Ctx>("facts", [
  {
    id: "facts.unknown-product-type",
    says: "No readable product type: warn, confidence −2 (nothing is assumed about how it is coded).",
    when: (c) => !c.productType,
    then: (c) => {
      warn(c, "unknown-product-type", "pathway.warn.unknownProductType");
      c.deficits += 2;
    },
    source: "docs/features.md#sheet-contract (product type drives every rule)",
  },
  {
    id: "facts.unknown-site",
    says: "No readable site of care: warn, confidence −2.",
    when: (c) => !c.site,
    then: (c) => {
      warn(c, "unknown-site", "pathway.warn.unknownSite");
      c.deficits += 2;
    },
    source:
      "docs/features.md#sheet-contract; docs/reimbursement.md §8.8 (site decides the payment system)",
  },
  {
    id: "facts.fda-date-future",
    says: "An FDA authorisation dated after the as-of date is a typo or a forecast: newness windows computed from it are guesses, so warn, confidence −1.",
    when: (c) => c.authorised && c.fdaMs !== undefined && c.fdaMs > c.asOf,
    then: (c) => {
      fired(c, "fda-date-future");
      warn(c, "fda-date-future", "pathway.warn.fdaDateFuture", {
        date: String(c.raw.fdaDecisionDate).slice(0, 10),
      });
      c.deficits += 1;
    },
    source: "judgement (docs/pathway-rules.md): an authorisation dated after the as-of date",
  },
] satisfies Rule<Ctx>[]);
