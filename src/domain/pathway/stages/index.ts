/**
 * The rule register, stage by stage, in the order the classifier applies it. A reviewer reads
 * these tables (or docs/pathway-rules.md, generated from them); the classifier only sequences them.
 */
import type { Ctx } from "../context";
import type { Rule, RuleTable } from "../register";
import { BENEFIT_INFERENCE_RULES, BENEFIT_RULES } from "./benefit";
import { type CodeStep, REFERENCE_RULES, ROLE_RULES, SET_ASIDE_RULES } from "./codes";
import { CONFIDENCE_RULES } from "./confidence";
import { FACT_RULES } from "./facts";
import { FDA_RULES, GATE_ORDER_RULES } from "./gates";
import { MECHANISM_TABLES } from "./mechanisms";
import { SEARCH_RULES } from "./search";
import {
  AFTER_PATHWAY_RULES,
  BRIDGE_RULES,
  CODE_FAMILY_RULES,
  type FamilyStep,
  PATHWAY_RULES,
  PER_CODE_FAMILY_RULES,
  PRODUCT_SERVICE_RULES,
  TARGET_RULES,
} from "./pathway";

export interface StageEntry {
  stage: string;
  table: RuleTable<Ctx> | RuleTable<CodeStep> | RuleTable<FamilyStep>;
}

/** Every table of the register, in application order (sub-tables after the rule that calls them). */
export const REGISTER: readonly StageEntry[] = [
  { stage: "facts", table: FACT_RULES },
  { stage: "codes", table: SET_ASIDE_RULES },
  { stage: "codes", table: REFERENCE_RULES },
  { stage: "codes", table: ROLE_RULES },
  { stage: "codes", table: SEARCH_RULES },
  { stage: "pathway", table: PATHWAY_RULES },
  { stage: "pathway", table: TARGET_RULES },
  { stage: "pathway", table: BRIDGE_RULES },
  { stage: "pathway", table: AFTER_PATHWAY_RULES },
  { stage: "pathway", table: PRODUCT_SERVICE_RULES },
  { stage: "pathway", table: CODE_FAMILY_RULES },
  { stage: "pathway", table: PER_CODE_FAMILY_RULES },
  { stage: "benefit", table: BENEFIT_RULES },
  { stage: "benefit", table: BENEFIT_INFERENCE_RULES },
  ...MECHANISM_TABLES.map((table) => ({ stage: "mechanisms", table })),
  { stage: "gates", table: FDA_RULES },
  { stage: "gates", table: GATE_ORDER_RULES },
  { stage: "confidence", table: CONFIDENCE_RULES },
];

/** Every rule of the register (for the docs and the register test). */
export function allRules(): Array<{
  stage: string;
  table: string;
  kind: string;
  rule: Rule<never>;
}> {
  const out: Array<{ stage: string; table: string; kind: string; rule: Rule<never> }> = [];
  for (const e of REGISTER)
    for (const r of e.table.rules as readonly Rule<never>[])
      out.push({ stage: e.stage, table: e.table.stage, kind: e.table.kind, rule: r });
  return out;
}
