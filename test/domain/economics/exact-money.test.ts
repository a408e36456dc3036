/**
 * Money with a subtraction or product before the rounding is computed on the decimals the user
 * typed (src/domain/economics/decimal.ts), so half-cent ties round half-up as CMS rounds, and
 * inputs beyond any modelled amount are refused with a reason instead of overflowing.
 */
import fc from "fast-check";
import { ntapPayment } from "../../../src/domain/economics/ntap";
import { passThroughPayment } from "../../../src/domain/economics/passThrough";
import { breakevenCases, caseMargin } from "../../../src/domain/economics/margin";
import { dec, round, sub, mul } from "../../../src/domain/economics/decimal";
import { render } from "../../../src/i18n/catalogue";

/** Exact half-up of a rational given in integer hundredths-of-cents: the oracle the tests compare to. */
function halfUp(units: bigint, scale: bigint): number {
  const q = units / scale + ((units % scale) * 2n >= scale ? 1n : 0n);
  return Number(q) / 100;
}

describe("exact decimal money", () => {
  it("NTAP(36328.57, 142817.12, 139505.66, 0.75) = 2,483.60: the tie 2,483.595 rounds half-up", () => {
    expect(
      ntapPayment({
        technologyCost: 36328.57,
        caseCost: 142817.12,
        drgPayment: 139505.66,
        rate: 0.75,
      })
    ).toEqual({ ok: true, value: 2483.6 });
  });

  it("NTAP equals the exact rational result half-up, for any cent amounts and rate in hundredths", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 50_000_000 }),
        fc.integer({ min: 0, max: 50_000_000 }),
        fc.integer({ min: 0, max: 50_000_000 }),
        fc.integer({ min: 1, max: 100 }),
        (tech, caseC, drg, ratePct) => {
          const excess = Math.max(0, caseC - drg);
          // rate × cents = hundredths of a cent (× 100), so the divisor is 100.
          const want = halfUp(BigInt(ratePct) * BigInt(Math.min(tech, excess)), 100n);
          const got = ntapPayment({
            technologyCost: tech / 100,
            caseCost: caseC / 100,
            drgPayment: drg / 100,
            rate: ratePct / 100,
          });
          return got.ok && got.value === want;
        }
      ),
      { numRuns: 2000 }
    );
  });

  it("a margin with no cost equals the decimal path's answer, for cent amounts and for finer ones", () => {
    // caseMargin skips the decimal arithmetic when there is no cost and the payment is in whole
    // cents; payment − 0 rounded half-up to cents must be what it returns either way.
    const cents = fc.integer({ min: 0, max: 5_000_000_000 }).map((c) => c / 100);
    const finer = fc.double({ min: 0, max: 1e7, noNaN: true });
    fc.assert(
      fc.property(fc.oneof(cents, finer), (payment) => {
        const got = caseMargin({ paymentPerCase: payment, deviceCost: 0 });
        const want = round(sub(dec(payment), dec(0)));
        return got.ok && Object.is(got.value, want);
      }),
      { numRuns: 5000 }
    );
  });

  it("pass-through payment ties round half-up: 1000.10 × 0.25 − 0.01 = 250.015 → 250.02", () => {
    expect(
      passThroughPayment({ charge: 1000.1, costToChargeRatio: 0.25, deviceOffset: 0.01 })
    ).toEqual({ ok: true, value: 250.02 });
  });

  it("BREAKEVEN(1e5, 1000.004, 1000) divides by the unrounded margin 0.004: 25,000,000 cases", () => {
    expect(
      breakevenCases({ fixedCost: 1e5, paymentPerCase: 1000.004, variableCostPerCase: 1000 })
    ).toEqual({ ok: true, value: 25_000_000 });
    const none = breakevenCases({
      fixedCost: 1e5,
      paymentPerCase: 1000,
      variableCostPerCase: 1000,
    });
    expect(none.ok).toBe(false);
  });

  it("MARGIN subtracts exactly: 0.3 − 0.1 − 0.2 is 0, not −0.00 from a float tail", () => {
    expect(caseMargin({ paymentPerCase: 0.3, deviceCost: 0.1, otherVariableCost: 0.2 })).toEqual({
      ok: true,
      value: 0,
    });
  });

  it("the decimal of a double is the text it prints as (1e+300, 1e-7, -2.5)", () => {
    expect(dec(1e300)).toEqual({ units: 1n, scale: -300 });
    expect(dec(1e-7)).toEqual({ units: 1n, scale: 7 });
    expect(round(mul(dec(-2.5), dec(0.002)), 2)).toBe(-0.01);
    expect(round(sub(dec(0.3), dec(0.1)), 2)).toBe(0.2);
  });

  it("an input beyond 1E15 is #NUM! with a reason, never an overflow", () => {
    const r = ntapPayment({ technologyCost: 1e300, caseCost: 1, drgPayment: 0 });
    expect(!r.ok && render(r.message)).toBe(
      "technology_cost is 1e+300: beyond 1E15, larger than any amount, RVU or count this formula models (cents would be lost)."
    );
  });
});
