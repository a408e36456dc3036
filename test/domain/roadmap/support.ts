/** Classifications built by hand, so a date case names exactly the gates it exercises. */
import type { Classification, GateId, PathwayId } from "../../../src/domain/pathway";
import { PATHWAY_LABELS, GATE_RULES } from "../../../src/domain/pathway";
import type { ProductFacts } from "../../../src/domain/product";
import { parseIsoDay, isoDate, type Day } from "../../../src/domain/roadmap";

export function cls(
  pathway: PathwayId,
  gates: GateId[],
  extra: Partial<Classification> = {}
): Classification {
  const [next, ...later] = gates;
  const nextGate = next ?? "payer-coverage-and-contracting";
  return {
    pathway,
    pathwayLabel: PATHWAY_LABELS[pathway],
    targetCodeSystem: "none",
    nextGate,
    gateOwner: GATE_RULES[nextGate].owner,
    laterGates: later,
    paymentMechanisms: [],
    benefitCategory: { value: "physician service", inferred: false },
    rationale: [],
    warnings: [],
    confidence: "medium",
    ruleIds: [],
    ...extra,
  };
}

export function facts(extra: Partial<ProductFacts>): ProductFacts {
  return { productType: "procedure device", siteOfCare: "office", candidateCodes: [], ...extra };
}

export function day(iso: string): Day {
  const d = parseIsoDay(iso);
  if (d === undefined) throw new Error(`not a date: ${iso}`);
  return d;
}

export const iso = (d: Day | undefined): string | undefined =>
  d === undefined ? undefined : isoDate(d);
