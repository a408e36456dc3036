import { classify, GATES, PATHWAY_LABELS } from "../../../src/domain/pathway";
import { AS_OF, CASES } from "./cases";

describe("classify: table-driven cases with real codes", () => {
  it("has at least 40 cases, each naming the docs/reimbursement.md fact it rests on", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    for (const c of CASES) expect(c.rests).toMatch(/docs\/reimbursement\.md §/);
  });

  it.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
    const r = classify(c.facts, undefined, { asOf: AS_OF });
    const got = {
      pathway: r.pathway,
      target: r.targetCodeSystem,
      nextGate: r.nextGate,
      ...(c.productCode !== undefined ? { productCode: r.productCode } : {}),
      ...(c.serviceCode !== undefined ? { serviceCode: r.serviceCode } : {}),
      ...(c.bridgeCode !== undefined ? { bridgeCode: r.bridgeCode } : {}),
      ...(c.benefit !== undefined ? { benefit: r.benefitCategory.value } : {}),
    };
    const want = {
      pathway: c.pathway,
      target: c.target,
      nextGate: c.nextGate,
      ...(c.productCode !== undefined ? { productCode: c.productCode } : {}),
      ...(c.serviceCode !== undefined ? { serviceCode: c.serviceCode } : {}),
      ...(c.bridgeCode !== undefined ? { bridgeCode: c.bridgeCode } : {}),
      ...(c.benefit !== undefined ? { benefit: c.benefit } : {}),
    };
    expect(got).toEqual(want);
    expect(r.pathwayLabel).toBe(PATHWAY_LABELS[c.pathway]);
    for (const m of c.mechanisms ?? []) expect(r.paymentMechanisms).toContain(m);
    for (const m of c.noMechanisms ?? []) expect(r.paymentMechanisms).not.toContain(m);
    const warningCodes = r.warnings.map((w) => w.code);
    for (const w of c.warnings ?? []) expect(warningCodes).toContain(w);
    for (const g of c.laterGates ?? []) expect(r.laterGates).toContain(g);
    expect(GATES).toContain(r.nextGate);
    expect(r.rationale.length).toBeGreaterThan(0);
    expect(r.ruleIds.length).toBeGreaterThan(0);
  });
});
