/**
 * The pathway classifier: one product row → one of the four pathways, with target code system,
 * gates, payment mechanisms, benefit category, rationale, warnings and confidence.
 *
 * It only sequences the rule register (stages/*.ts), in the order a reimbursement adviser reasons:
 * the facts, which code is the product's, does it describe the product and what bridges the gap,
 * the benefit category, which payment mechanism the site of care offers, which gate opens first,
 * and how sure the answer is. Never throws: input comes from spreadsheets and from REIMB.PATHWAY
 * cells, so anything can arrive.
 */
import { msg } from "../../i18n/catalogue";
import type { ProductFacts } from "../product";
import type { CodeReference } from "../reference/port";
import type { Ctx } from "./context";
import { ClassifyMemo } from "./memo";
import { apply } from "./register";
import { GATE_RULES } from "./rules";
import { BENEFIT_RULES, prepareBenefit } from "./stages/benefit";
import { readCandidateCodes, ROLE_RULES } from "./stages/codes";
import { CONFIDENCE_RULES, confidenceOf } from "./stages/confidence";
import { FACT_RULES, readFacts } from "./stages/facts";
import { FDA_RULES, GATE_ORDER_RULES } from "./stages/gates";
import { MECHANISM_TABLES } from "./stages/mechanisms";
import { SEARCH_RULES } from "./stages/search";
import {
  AFTER_PATHWAY_RULES,
  CODE_FAMILY_RULES,
  PATHWAY_RULES,
  PER_CODE_FAMILY_RULES,
  PRODUCT_SERVICE_RULES,
} from "./stages/pathway";
import { PATHWAY_LABELS, type Classification } from "./types";

export interface ClassifyOptions {
  /** ISO date (yyyy-mm-dd) used for newness windows; default: today. */
  asOf?: string;
  /** Reuse parsed codes and dates across the rows of one batch (see ./memo.ts). */
  memo?: ClassifyMemo;
}

/** Classify one product row. Never throws. */
export function classify(
  facts: ProductFacts,
  ref?: CodeReference,
  options?: ClassifyOptions
): Classification {
  try {
    return classifyRow(facts, ref, options);
  } catch {
    // Only reachable through a defect or a hostile object (getters that throw); say so, do not crash a batch.
    return {
      pathway: "new-code",
      pathwayLabel: PATHWAY_LABELS["new-code"],
      targetCodeSystem: "none",
      nextGate: "payer-coverage-and-contracting",
      gateOwner: GATE_RULES["payer-coverage-and-contracting"].owner,
      laterGates: [],
      paymentMechanisms: [],
      benefitCategory: { value: "unknown", inferred: true },
      rationale: [msg("pathway.why.unreadable")],
      warnings: [{ code: "unreadable-row", id: "pathway.warn.unreadableRow" }],
      confidence: "low",
      ruleIds: [],
    };
  }
}

function classifyRow(
  facts: ProductFacts,
  ref: CodeReference | undefined,
  options: ClassifyOptions | undefined
): Classification {
  const c: Ctx = readFacts(
    facts,
    ref,
    typeof options?.asOf === "string" ? options.asOf : undefined,
    options?.memo instanceof ClassifyMemo ? options.memo : undefined
  );
  apply(FACT_RULES, c);

  readCandidateCodes(c);
  apply(ROLE_RULES, c);
  apply(SEARCH_RULES, c);

  apply(PATHWAY_RULES, c);
  apply(AFTER_PATHWAY_RULES, c);
  apply(PRODUCT_SERVICE_RULES, c);
  apply(CODE_FAMILY_RULES, c);
  for (const code of c.allCodes) apply(PER_CODE_FAMILY_RULES, { c, code });

  prepareBenefit(c);
  apply(BENEFIT_RULES, c);

  for (const table of MECHANISM_TABLES) apply(table, c);

  apply(FDA_RULES, c);
  apply(GATE_ORDER_RULES, c);

  apply(CONFIDENCE_RULES, c);
  return toClassification(c);
}

function toClassification(c: Ctx): Classification {
  const nextGate = c.gates[0];
  const result: Classification = {
    pathway: c.pathway,
    pathwayLabel: PATHWAY_LABELS[c.pathway],
    targetCodeSystem: c.target,
    nextGate,
    gateOwner: GATE_RULES[nextGate].owner,
    laterGates: c.gates.slice(1),
    paymentMechanisms: c.mechanisms,
    benefitCategory: { value: c.benefit, inferred: c.inferred },
    rationale: c.rationale,
    warnings: c.warnings,
    confidence: confidenceOf(c.deficits),
    ruleIds: c.ruleIds,
  };
  if (c.productCode) result.productCode = c.productCode.code;
  if (c.serviceCode) result.serviceCode = c.serviceCode.code;
  if (c.bridge) result.bridgeCode = c.bridge.code;
  return result;
}
