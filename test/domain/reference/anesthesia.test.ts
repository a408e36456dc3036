/**
 * Anesthesia: (base units + time units) × the locality's anesthesia CF. CFs rest on CMS's ANES
 * files: ANES2026.csv line 2 (10112-00 ALABAMA: QP 19.63, non-QP 19.53; header: national QP
 * 20.599835, non-QP 20.49754) and ANES2025.csv line 2 (ALABAMA 19.31).
 */
import fc from "fast-check";
import { describeWithData, loadAll } from "../../data/helpers";
import { anesthesiaPayment, anesthesiaTimeUnits } from "../../../src/domain/reference/anesthesia";
import { render } from "../../../src/i18n/catalogue";
import type { Outcome } from "../../../src/domain/economics/outcome";
import type { ReferenceData } from "../../../src/domain/reference/model";

const value = <T>(o: Outcome<T>): T => {
  if (!o.ok) throw new Error(render(o.message));
  return o.value;
};

describe("time units: minutes / 15 to one decimal (Claims Processing Manual ch. 12 §50)", () => {
  it.each([
    [90, 6],
    [37, 2.5], // 2.4667
    [8, 0.5], // 0.5333
    [1, 0.1], // 0.0667
    [0, 0],
  ])("%d minutes → %d units", (m, u) => expect(anesthesiaTimeUnits(m)).toBe(u));
});

let ref: ReferenceData;

describeWithData("anesthesia payment from the ANES files", () => {
  beforeAll(async () => {
    ref = (await loadAll()).reference;
  }, 120000);

  it("7 base units, 90 minutes in Alabama: 13 units × CF", () => {
    const al = { locality: "10112-00" };
    expect(value(anesthesiaPayment(ref, 7, 90, { ...al, year: 2026 }))).toBe(253.89); // × 19.53
    expect(value(anesthesiaPayment(ref, 7, 90, { ...al, year: 2026, qp: true }))).toBe(255.19); // × 19.63
    expect(value(anesthesiaPayment(ref, 7, 90, { ...al, year: 2025 }))).toBe(251.03); // × 19.31
    // CY2025 has one CF: QP changes nothing.
    expect(value(anesthesiaPayment(ref, 7, 90, { ...al, year: 2025, qp: true }))).toBe(251.03);
  });

  it("an exact half cent rounds up: 9.5 units × 19.53 = 185.535", () => {
    expect(value(anesthesiaPayment(ref, 7, 37, { locality: "AL", year: 2026 }))).toBe(185.54);
  });

  it("national: the ANES header's CF (2026 non-QP 20.49754, QP 20.599835)", () => {
    expect(value(anesthesiaPayment(ref, 7, 90, { year: 2026 }))).toBe(266.47); // 266.46802
    expect(value(anesthesiaPayment(ref, 7, 90, { year: 2026, qp: true }))).toBe(267.8); // 267.797855
  });

  it("impossible inputs are #NUM! with a reason; a missing year is #N/A naming the years loaded", () => {
    for (const [b, m] of [
      [-1, 60],
      [7, -5],
      [Number.NaN, 60],
      [7, 1e300],
    ]) {
      const o = anesthesiaPayment(ref, b, m, { year: 2026 });
      expect(!o.ok && o.kind).toBe("invalid-number");
    }
    const o = anesthesiaPayment(ref, 7, 90, { year: 2019 });
    expect(!o.ok && o.kind).toBe("not-available");
    expect(!o.ok && render(o.message)).toMatch(/2025, 2026/);
  });

  it("payment is whole cents and grows with minutes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 600 }), (b, m) => {
        const a = value(anesthesiaPayment(ref, b, m, { locality: "01112-05", year: 2026 }));
        const more = value(anesthesiaPayment(ref, b, m + 15, { locality: "01112-05", year: 2026 }));
        expect(Math.abs(a * 100 - Math.round(a * 100))).toBeLessThan(1e-6);
        expect(more).toBeGreaterThan(a);
      }),
      { numRuns: 50 }
    );
  });
});
