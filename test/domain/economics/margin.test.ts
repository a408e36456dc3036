import fc from "fast-check";
import {
  blendedRate,
  breakevenCases,
  caseMargin,
  paybackYears,
} from "../../../src/domain/economics";

describe("caseMargin", () => {
  it.each([
    [{ paymentPerCase: 3216.41, deviceCost: 1800 }, 1416.41],
    [
      { paymentPerCase: 3216.41, deviceCost: 1800, otherVariableCost: 450.5, overheadPerCase: 300 },
      665.91,
    ],
    [{ paymentPerCase: 95.19, deviceCost: 120 }, -24.81], // a loss is a negative margin, not an error
    [{ paymentPerCase: 0.3, deviceCost: 0.1, otherVariableCost: 0.2 }, 0], // no float tail (0.3−0.1−0.2 = −2.8e-17)
  ])("%p → %p", (input, expected) => {
    expect(caseMargin(input)).toEqual({ ok: true, value: expected });
  });

  it("rejects a negative device cost", () => {
    const out = caseMargin({ paymentPerCase: 100, deviceCost: -1 });
    expect(!out.ok && [out.kind, out.message.params?.name]).toEqual([
      "invalid-number",
      "device_cost",
    ]);
  });
});

describe("breakevenCases", () => {
  it.each([
    [{ fixedCost: 100000, paymentPerCase: 1500, variableCostPerCase: 1000 }, 200],
    [{ fixedCost: 100000, paymentPerCase: 1300, variableCostPerCase: 1000 }, 333.33],
    [{ fixedCost: 0, paymentPerCase: 1300, variableCostPerCase: 1000 }, 0],
  ])("%p → %p", (input, expected) => {
    expect(breakevenCases(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [{ fixedCost: 100000, paymentPerCase: 1000, variableCostPerCase: 1000 }], // zero margin
    [{ fixedCost: 100000, paymentPerCase: 900, variableCostPerCase: 1000 }], // negative margin
  ])("never breaks even with margin ≤ 0: %p", (input) => {
    const out = breakevenCases(input);
    expect(!out.ok && [out.kind, out.message.id]).toEqual([
      "invalid-number",
      "economics.error.noMargin",
    ]);
  });
});

describe("paybackYears", () => {
  it.each([
    [{ capitalCost: 250000, casesPerYear: 200, marginPerCase: 500 }, 2.5],
    [{ capitalCost: 100000, casesPerYear: 300, marginPerCase: 100 }, 3.33],
  ])("%p → %p", (input, expected) => {
    expect(paybackYears(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    [{ capitalCost: 1, casesPerYear: 0, marginPerCase: 1 }, "economics.error.notPositive"],
    [{ capitalCost: 1, casesPerYear: 10, marginPerCase: 0 }, "economics.error.noPayback"],
    [{ capitalCost: -1, casesPerYear: 10, marginPerCase: 1 }, "economics.error.negative"],
  ])("rejects %p with %s", (input, id) => {
    const out = paybackYears(input);
    expect(!out.ok && out.message.id).toBe(id);
  });
});

describe("blendedRate", () => {
  it("weights Medicare multiples by payer share", () => {
    const mix = [
      { share: 0.5, multiple: 1 },
      { share: 0.4, multiple: 1.8 },
      { share: 0.1, multiple: 0.7 },
    ];
    expect(blendedRate(1000, mix)).toEqual({ ok: true, value: 1290 });
  });

  it("accepts shares that add up to 1 within rounding (three thirds)", () => {
    const third = 0.3333;
    expect(
      blendedRate(
        900,
        [third, third, 0.3334].map((share) => ({ share, multiple: 1 }))
      )
    ).toEqual({ ok: true, value: 900 });
  });

  it.each([
    [[{ share: 0.5, multiple: 1 }], "economics.error.sharesTotal"],
    [[], "economics.error.emptyMix"],
    [[{ share: 1.5, multiple: 1 }], "economics.error.share"],
    [[{ share: 1, multiple: -1 }], "economics.error.multiple"],
  ])("rejects %p with %s", (mix, id) => {
    const out = blendedRate(1000, mix);
    expect(!out.ok && out.message.id).toBe(id);
  });

  it("equals the Medicare rate when everyone pays 1× Medicare, for any mix", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 6 }),
        (cents, weights) => {
          const total = weights.reduce((a, b) => a + b, 0);
          const mix = weights.map((w) => ({ share: w / total, multiple: 1 }));
          expect(blendedRate(cents / 100, mix)).toEqual({ ok: true, value: cents / 100 });
        }
      )
    );
  });
});

describe("non-finite inputs are impossible numbers, decided in the domain", () => {
  it.each([NaN, Infinity, -Infinity])("checks refuse %p", (value) => {
    const {
      checkNonNegative,
      checkPositive,
      checkFraction,
    } = require("../../../src/domain/economics/outcome");
    for (const check of [checkNonNegative, checkPositive, checkFraction]) {
      expect(check("device_cost", value)).toMatchObject({ ok: false, kind: "invalid-number" });
    }
  });
});
