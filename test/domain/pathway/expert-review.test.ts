/**
 * Expert review: rows modelled on real US products (expert-rows.ts) get the pathway, code roles,
 * gates, mechanisms, warnings, benefit category, evidence and strategy a US reimbursement adviser
 * would give, both without reference data and with the real CMS files (../shared/data/cms).
 */
import { classify, renderClassification, type Classification } from "../../../src/domain/pathway";
import { checklistFor } from "../../../src/domain/evidence";
import { strategyFor } from "../../../src/domain/strategy";
import type { CodeReference } from "../../../src/domain/reference/port";
import type { ProductFacts } from "../../../src/domain/product";
import { CmsCodeReference } from "../../../src/domain/reference/codeReference";
import { vintageOf } from "../../../src/domain/reference/vintage";
import { describeWithData, loadAll } from "../../data/helpers";
import { AS_OF } from "./cases";
import { EXPERT_ROWS, type ExpertRow } from "./expert-rows";

function check(row: ExpertRow, ref: CodeReference | undefined): Classification {
  const want = { ...row, ...(ref ? row.withRef : {}) };
  const c = classify(row.facts, ref, { asOf: row.asOf ?? AS_OF });
  const got = {
    pathway: c.pathway,
    target: c.targetCodeSystem,
    nextGate: c.nextGate,
    ...(want.productCode !== undefined ? { productCode: c.productCode } : {}),
    ...(want.serviceCode !== undefined ? { serviceCode: c.serviceCode } : {}),
    ...(want.bridgeCode !== undefined ? { bridgeCode: c.bridgeCode } : {}),
    ...(want.benefit !== undefined ? { benefit: c.benefitCategory.value } : {}),
  };
  expect(got).toEqual({
    pathway: want.pathway,
    target: want.target,
    nextGate: want.nextGate,
    ...(want.productCode !== undefined ? { productCode: want.productCode } : {}),
    ...(want.serviceCode !== undefined ? { serviceCode: want.serviceCode } : {}),
    ...(want.bridgeCode !== undefined ? { bridgeCode: want.bridgeCode } : {}),
    ...(want.benefit !== undefined ? { benefit: want.benefit } : {}),
  });
  for (const m of want.mechanisms ?? []) expect(c.paymentMechanisms).toContain(m);
  for (const m of want.noMechanisms ?? []) expect(c.paymentMechanisms).not.toContain(m);
  const codes = c.warnings.map((w) => w.code);
  for (const w of want.warnings ?? []) expect(codes).toContain(w);
  for (const w of want.noWarnings ?? []) expect(codes).not.toContain(w);
  // The same warning is never shown twice for the same code.
  expect(new Set(c.warnings.map((w) => `${w.code}|${w.params?.code ?? ""}`)).size).toBe(
    c.warnings.length
  );
  for (const g of want.laterGates ?? []) expect(c.laterGates).toContain(g);
  for (const g of want.noGates ?? []) expect([c.nextGate, ...c.laterGates]).not.toContain(g);
  const evidence = checklistFor(c, row.facts).map((e) => e.id);
  for (const e of want.evidence ?? []) expect(evidence).toContain(e);
  for (const e of want.noEvidence ?? []) expect(evidence).not.toContain(e);
  if (want.chainStarts) {
    const chain = strategyFor(c, row.facts).decisionChain.map((d) => d.actorId);
    expect(chain.slice(0, want.chainStarts.length)).toEqual(want.chainStarts);
  }
  for (const id of want.rationale ?? []) expect(c.rationale.map((m) => m.id)).toContain(id);
  if (want.plan)
    expect(strategyFor(c, row.facts).implications.reimbursementWorkplan.id).toBe(want.plan);
  const text = renderClassification(c, "en");
  expect(text.rationale).not.toMatch(/NaN|Infinity|undefined|\{\w+\}/);
  return c;
}

describe("expert review: real-product rows without reference data", () => {
  it("has at least 25 rows, each naming the docs/reimbursement.md fact it rests on", () => {
    expect(EXPERT_ROWS.length).toBeGreaterThanOrEqual(25);
    for (const r of EXPERT_ROWS) expect(r.rests).toMatch(/docs\/reimbursement\.md §/);
    expect(new Set(EXPERT_ROWS.map((r) => r.name)).size).toBe(EXPERT_ROWS.length);
  });

  it.each(EXPERT_ROWS.map((r) => [r.name, r] as const))("%s", (_n, row) => {
    check(row, undefined);
  });

  it("names an RPM/RTM device-supply code as CPT, never as HCPCS Level II", () => {
    const r = renderClassification(
      classify(
        {
          productType: "remote monitoring",
          siteOfCare: "home",
          candidateCodes: ["98975", "98977"],
          codeFit: "describes",
          fdaStatus: "exempt",
        },
        undefined,
        { asOf: AS_OF }
      ),
      "en"
    );
    expect(r.rationale).toContain("98977");
    expect(r.rationale).not.toMatch(/98977 \(HCPCS Level II\)/);
  });

  it("says the DMHT 882.5801 condition once for the G0552–G0554 family", () => {
    const c = classify(
      {
        productType: "digital therapeutic",
        siteOfCare: "home",
        candidateCodes: ["G0552", "G0553", "G0554"],
        codeFit: "describes",
        fdaStatus: "510(k) cleared",
      },
      undefined,
      { asOf: AS_OF }
    );
    expect(c.warnings.filter((w) => w.code === "dmht-882-5801")).toHaveLength(1);
  });

  it("does not call a non-durable home item DME even when the user's code is DMEPOS-priced", () => {
    const base: ProductFacts = {
      productType: "home-use durable equipment",
      siteOfCare: "home",
      candidateCodes: ["A4239"],
      codeFit: "describes",
      fdaStatus: "510(k) cleared",
    };
    expect(
      classify({ ...base, durableHomeUse: true }, undefined, { asOf: AS_OF }).benefitCategory.value
    ).toBe("DME");
    expect(
      classify({ ...base, durableHomeUse: false }, undefined, { asOf: AS_OF }).benefitCategory.value
    ).toBe("unknown");
    // A user who states the category keeps it; the warning still tells them why it is doubtful.
    const stated = classify({ ...base, durableHomeUse: false, benefitCategory: "DME" }, undefined, {
      asOf: AS_OF,
    });
    expect(stated.benefitCategory).toEqual({ value: "DME", inferred: false });
    expect(stated.warnings.map((w) => w.code)).toContain("dme-not-durable");
  });
});

describeWithData("expert review: real-product rows with the CMS files", () => {
  let ref: CmsCodeReference;
  beforeAll(async () => {
    const loaded = await loadAll();
    ref = new CmsCodeReference(loaded.reference, vintageOf(loaded.reference));
  });

  it.each(EXPERT_ROWS.map((r) => [r.name, r] as const))("%s", (_n, row) => {
    check(row, ref);
  });

  it("infers the same benefit category with and without the files for facility and IDTF rows", () => {
    for (const row of EXPERT_ROWS) {
      const site = row.facts.siteOfCare;
      if (
        site !== "hospital outpatient" &&
        site !== "ASC" &&
        site !== "inpatient" &&
        site !== "IDTF"
      )
        continue;
      if (row.facts.candidateCodes.some((c) => /^[A-Z]/.test(c))) continue; // Level II letters carry their own hint
      const a = classify(row.facts, undefined, { asOf: row.asOf ?? AS_OF }).benefitCategory.value;
      const b = classify(row.facts, ref, { asOf: row.asOf ?? AS_OF }).benefitCategory.value;
      expect([row.name, b]).toEqual([row.name, a]);
    }
  });
});
