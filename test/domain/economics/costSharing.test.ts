import fc from "fast-check";
import { costSharing } from "../../../src/domain/economics";

describe("costSharing (docs/reimbursement.md §8.2–8.3)", () => {
  it("pays $39.20 on $100 allowed with $50 of deductible unmet (First Coast example)", () => {
    expect(costSharing({ allowed: 100, unmetDeductible: 50 })).toEqual({
      ok: true,
      value: {
        deductibleApplied: 50,
        coinsuranceAmount: 10,
        patientShare: 60,
        programShare: 40,
        sequestrationAmount: 0.8,
        programPayment: 39.2,
      },
    });
  });

  it("splits 99213's CY2026 national payment ($95.19) with the deductible met", () => {
    // 20% of 95.19 = 19.038 → 19.04; Medicare 76.15; 2% of 76.15 = 1.523 → 1.52; paid 74.63.
    const out = costSharing({ allowed: 95.19 });
    expect(
      out.ok && [
        out.value.patientShare,
        out.value.programShare,
        out.value.sequestrationAmount,
        out.value.programPayment,
      ]
    ).toEqual([19.04, 76.15, 1.52, 74.63]);
  });

  it("puts an allowed amount below the unmet deductible entirely on the patient", () => {
    const out = costSharing({ allowed: 100, unmetDeductible: 283 });
    expect(out.ok && [out.value.patientShare, out.value.programPayment]).toEqual([100, 0]);
  });

  it("honours coinsurance 0 and 1 and sequestration 0 (boundaries)", () => {
    const none = costSharing({ allowed: 100, coinsurance: 0, sequestration: 0 });
    expect(none.ok && [none.value.patientShare, none.value.programPayment]).toEqual([0, 100]);
    const all = costSharing({ allowed: 100, coinsurance: 1 });
    expect(all.ok && [all.value.patientShare, all.value.programPayment]).toEqual([100, 0]);
  });

  it.each([
    [{ allowed: -1 }, "allowed"],
    [{ allowed: 100, unmetDeductible: -5 }, "unmet_deductible"],
    [{ allowed: 100, coinsurance: 1.01 }, "coinsurance"],
    [{ allowed: 100, coinsurance: 20 }, "coinsurance"],
    [{ allowed: 100, coinsurance: -0.2 }, "coinsurance"],
    [{ allowed: 100, sequestration: 2 }, "sequestration"],
  ])("rejects %p naming %s", (input, name) => {
    const out = costSharing(input);
    expect(out.ok).toBe(false);
    if (!out.ok) expect([out.kind, out.message.params?.name]).toEqual(["invalid-number", name]);
  });

  it("always splits the allowed amount exactly: patient + Medicare paid + sequestration = allowed", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (allowedCents, unmetCents, coinsPct, seqPct) => {
          const out = costSharing({
            allowed: allowedCents / 100,
            unmetDeductible: unmetCents / 100,
            coinsurance: coinsPct / 100,
            sequestration: seqPct / 100,
          });
          expect(out.ok).toBe(true);
          if (!out.ok) return;
          const v = out.value;
          expect(
            Math.round(v.patientShare * 100) +
              Math.round(v.programPayment * 100) +
              Math.round(v.sequestrationAmount * 100)
          ).toBe(allowedCents);
          expect(v.programPayment).toBeGreaterThanOrEqual(0);
          expect(v.patientShare).toBeLessThanOrEqual(allowedCents / 100);
        }
      )
    );
  });
});
