import fc from "fast-check";
import { roundCents, roundHalfUp } from "../../../src/domain/economics";

describe("roundCents: CMS half-up on cents without float tails", () => {
  it.each([
    [2.675, 2.68], // stored as 2.67499999…: naive Math.round(x*100)/100 gives 2.67
    [1.005, 1.01],
    [1.015, 1.02],
    [8.345, 8.35],
    [95.192565, 95.19], // 99213 non-facility CY2026 national, exact product
    [57.449548, 57.45], // 99213 facility
    [0.005, 0.01],
    [0.0049999, 0],
    [-2.675, -2.68], // half away from zero: a loss rounds like a gain
    [1e-9, 0],
    [123456789.125, 123456789.13],
    [0, 0],
  ])("%p → %p", (value, expected) => {
    expect(roundCents(value)).toBe(expected);
  });

  it("never returns -0", () => {
    expect(Object.is(roundCents(-0.001), 0)).toBe(true);
  });

  it("rounds 2.85 RVUs × 33.4009 (a float product 95.19256499999999) to 95.19", () => {
    expect(roundCents(2.85 * 33.4009)).toBe(95.19);
  });

  it("returns a value with at most two decimals, within half a cent of the input", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (x) => {
        const r = roundCents(x);
        expect(Math.abs(r - x)).toBeLessThanOrEqual(0.005 + 1e-6);
        expect(String(r)).toMatch(/^-?\d+(\.\d{1,2})?$/);
      }),
    );
  });

  it("rounds exact half-cents written as decimals up, for any amount", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (cents) => {
        const value = Number(`${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}5`);
        expect(roundCents(value)).toBe(Number(((cents + 1) / 100).toFixed(2)));
      }),
    );
  });

  it("rounds to other precisions", () => {
    expect(roundHalfUp(1.23456, 4)).toBe(1.2346);
    expect(roundHalfUp(1234.5, 0)).toBe(1235);
  });
});

describe("roundCents agrees with exact decimal arithmetic", () => {
  it("for every amount written with three decimals (every half-cent tie included)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2_000_000_000 }), (thousandths) => {
        const value = Number(`${Math.floor(thousandths / 1000)}.${String(thousandths % 1000).padStart(3, "0")}`);
        const expectedCents = Math.floor((thousandths + 5) / 10); // half-up on exact integers
        expect(Math.round(roundCents(value) * 100)).toBe(expectedCents);
      }),
      { numRuns: 20000 },
    );
  });
});
