import {
  ntapPayment,
  passThroughPayment,
  passThroughTests,
  wageAdjust,
} from "../../../src/domain/economics";

describe("wageAdjust (docs/reimbursement.md §8.4–8.5)", () => {
  it.each([
    // national rate, wage index, labor share, adjusted
    [548.3, 1.2, undefined, 614.1], // 93306 CY2025 OPPS $548.30 × (0.6×1.2 + 0.4) = 614.096
    [3216.41, 0.8514, undefined, 2929.63], // APC 5191 CY2025 × (0.6×0.8514 + 0.4) = 2929.6348844
    [1000, 0.9, 0.5, 950], // ASC: 1000 × (0.5×0.9 + 0.5)
    [1000, 1, undefined, 1000], // wage index 1 leaves the rate unchanged
    [1000, 0, undefined, 400], // only the non-labor share remains
    [1000, 2, 0, 1000], // no labor share: wage index does not matter
  ])("%p at wage index %p, labor share %p → %p", (rate, wi, share, expected) => {
    expect(wageAdjust({ nationalRate: rate, wageIndex: wi, laborShare: share })).toEqual({
      ok: true,
      value: expected,
    });
  });

  it.each([
    [{ nationalRate: -1, wageIndex: 1 }, "national_rate"],
    [{ nationalRate: 1, wageIndex: -1 }, "wage_index"],
    [{ nationalRate: 1, wageIndex: 1, laborShare: 60 }, "labor_share"],
  ])("rejects %p", (input, name) => {
    const out = wageAdjust(input);
    expect(!out.ok && [out.kind, out.message.params?.name]).toEqual(["invalid-number", name]);
  });
});

describe("passThroughTests (docs/reimbursement.md §4.1, 42 CFR 419.66(d))", () => {
  it("passes a $5,000 device in APC 5191 ($3,216.41) with a $1,500 offset", () => {
    expect(passThroughTests({ deviceCost: 5000, apcPayment: 3216.41, deviceOffset: 1500 })).toEqual(
      {
        ok: true,
        value: {
          costOverApcShare: true,
          costOverOffset: true,
          netCostOverApcShare: true,
          allPass: true,
        },
      }
    );
  });

  it.each([
    // cost, APC, offset, [test1, test2, test3]
    [250, 1000, 100, [false, true, true]], // exactly 25% of the APC is not "more than"
    [250.01, 1000, 100, [true, true, true]],
    [500, 1000, 400, [true, true, false]], // exactly 125% of offset passes; net 100 = 10% of APC fails
    [499.99, 1000, 400, [true, false, false]],
    [500.01, 1000, 400, [true, true, true]],
    [100, 400, 80, [false, true, false]], // 1.25 × 80 = 100 exactly, even in floating point
    [0, 0, 0, [false, true, false]],
  ])("cost %p, APC %p, offset %p → %p", (cost, apc, offset, expected) => {
    const out = passThroughTests({ deviceCost: cost, apcPayment: apc, deviceOffset: offset });
    expect(out.ok).toBe(true);
    if (out.ok) {
      const v = out.value;
      expect([v.costOverApcShare, v.costOverOffset, v.netCostOverApcShare]).toEqual(expected);
      expect(v.allPass).toBe(expected.every(Boolean));
    }
  });

  it("rejects a negative cost", () => {
    const out = passThroughTests({ deviceCost: -1, apcPayment: 1000, deviceOffset: 0 });
    expect(!out.ok && out.message.params?.name).toBe("device_cost");
  });
});

describe("passThroughPayment", () => {
  it.each([
    [20000, 0.25, 1500, 3500],
    [12345.67, 0.2345, 1000.01, 1895.05], // 2895.059615 − 1000.01 = 1895.049615
    [1000, 0.25, 1500, 0], // offset above cost: no pass-through amount
    [0, 1, 0, 0],
  ])("charge %p × CCR %p − offset %p → %p", (charge, ccr, offset, expected) => {
    const exact = Math.max(0, charge * ccr - offset);
    expect(passThroughPayment({ charge, costToChargeRatio: ccr, deviceOffset: offset })).toEqual({
      ok: true,
      value: expected,
    });
    expect(Math.abs(exact - expected)).toBeLessThanOrEqual(0.005);
  });

  it.each([
    [{ charge: -1, costToChargeRatio: 0.25, deviceOffset: 0 }, "charge"],
    [{ charge: 1, costToChargeRatio: 0, deviceOffset: 0 }, "cost_to_charge_ratio"],
    [{ charge: 1, costToChargeRatio: 25, deviceOffset: 0 }, "cost_to_charge_ratio"],
    [{ charge: 1, costToChargeRatio: 0.25, deviceOffset: -3 }, "device_offset"],
  ])("rejects %p", (input, name) => {
    const out = passThroughPayment(input);
    expect(!out.ok && [out.kind, out.message.params?.name]).toEqual(["invalid-number", name]);
  });
});

describe("ntapPayment (docs/reimbursement.md §5)", () => {
  it.each([
    [10000, 60000, 50000, undefined, 6500], // both limits equal: 65% × 10,000 = 65% × 10,000
    [20000, 55000, 50000, undefined, 3250], // capped by 65% of the case's excess cost
    [4000, 80000, 50000, undefined, 2600], // capped by 65% of the technology cost
    [20000, 45000, 50000, undefined, 0], // case cost below the DRG payment: no add-on
    [20000, 70000, 50000, 0.75, 15000], // QIDP 75%
  ])("tech %p, case %p, DRG %p, rate %p → %p", (tech, kase, drg, rate, expected) => {
    expect(ntapPayment({ technologyCost: tech, caseCost: kase, drgPayment: drg, rate })).toEqual({
      ok: true,
      value: expected,
    });
  });

  it.each([
    [{ technologyCost: -1, caseCost: 1, drgPayment: 1 }, "technology_cost"],
    [{ technologyCost: 1, caseCost: 1, drgPayment: 1, rate: 65 }, "rate"],
    [{ technologyCost: 1, caseCost: 1, drgPayment: 1, rate: 0 }, "rate"],
  ])("rejects %p", (input, name) => {
    const out = ntapPayment(input);
    expect(!out.ok && out.message.params?.name).toBe(name);
  });
});
