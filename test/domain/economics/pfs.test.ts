import { pfsPayment } from "../../../src/domain/economics";

/**
 * Real lines of CMS's PFREV26B (CY2026 April revision, non-QP): RVUs from RVU26C
 * (PPRRVU2026_Jul_nonQPP.csv), GPCIs from GPCI2026.csv ("with 1.0 Floor" work column), CF 33.4009.
 * The payment column is copied from PFREV26B.txt. Lines marked * are where rounding the RVU sum to
 * 4 places or each component × CF to cents would give a different cent: they pin the rounding order.
 */
const CF_2026 = 33.4009;
const CF_2025 = 32.3465;

describe("pfsPayment reproduces CMS payment amounts", () => {
  it.each([
    // code, carrier/locality, work, PE, MP, work GPCI, PE GPCI, MP GPCI, CF, CMS payment
    ["21610", "01112/05", 15.51, 14.38, 6.54, 1.095, 1.41, 0.425, CF_2026, 1337.33],
    ["21610 *", "03502/09", 15.51, 14.38, 6.54, 1.0, 0.94, 0.898, CF_2026, 1165.7],
    ["21610 *", "01112/51", 15.51, 14.38, 6.54, 1.063, 1.318, 0.508, CF_2026, 1294.7],
    ["21610", "01112/09", 15.51, 14.38, 6.54, 1.11, 1.442, 0.397, CF_2026, 1354.35],
    ["22554", "13202/01", 17.25, 13.35, 5.8, 1.064, 1.162, 1.586, CF_2026, 1438.43],
    ["33269", "10112/00", 13.95, 6.42, 3.46, 1.0, 0.875, 0.566, CF_2026, 718.98],
    ["37215", "04412/18", 17.31, 4.7, 4.62, 1.008, 0.993, 1.376, CF_2026, 951.01],
    ["61320", "05302/99", 26.73, 17.13, 11.14, 1.0, 0.862, 0.974, CF_2026, 1748.42],
    ["64804", "01182/18", 15.51, 13.86, 6.54, 1.041, 1.183, 0.664, CF_2026, 1231.99],
    ["Q4418", "02102/01", 0, 3.81, 0, 1.5, 1.065, 0.551, CF_2026, 135.53],
    ["A2040", "06302/00", 0, 3.81, 0, 1.0, 0.958, 0.308, CF_2026, 121.91],
    // CY2025 PFREV25C: 76145 at 01112/05, RVU25D, GPCI2025, CF 32.3465.
    ["76145 (2025)", "01112/05", 0, 29.03, 0.51, 1.088, 1.419, 0.445, CF_2025, 1339.81],
  ])("%s at %s", (_code, _locality, w, pe, mp, gw, gp, gm, cf, expected) => {
    expect(
      pfsPayment({ workRvu: w, peRvu: pe, mpRvu: mp, gpciWork: gw, gpciPe: gp, gpciMp: gm, conversionFactor: cf }),
    ).toEqual({ ok: true, value: expected });
  });

  it("gives 99213's CY2026 national non-facility payment with the defaults (non-QP CF, GPCIs 1)", () => {
    // RVU26C 99213: work 1.30, non-facility PE 1.46, MP 0.09 → 2.85 × 33.4009 = 95.192565.
    expect(pfsPayment({ workRvu: 1.3, peRvu: 1.46, mpRvu: 0.09 })).toEqual({ ok: true, value: 95.19 });
  });

  it("gives 99213's facility payment with the facility PE RVU", () => {
    // 1.30 + 0.33 + 0.09 = 1.72 × 33.4009 = 57.449548.
    expect(pfsPayment({ workRvu: 1.3, peRvu: 0.33, mpRvu: 0.09 })).toEqual({ ok: true, value: 57.45 });
  });

  it("gives the QP amount with the QP CF", () => {
    // 2.85 × 33.5675 = 95.667375.
    expect(pfsPayment({ workRvu: 1.3, peRvu: 1.46, mpRvu: 0.09, conversionFactor: 33.5675 })).toEqual({ ok: true, value: 95.67 });
  });

  it("pays 0 for zero RVUs (boundary)", () => {
    expect(pfsPayment({ workRvu: 0, peRvu: 0, mpRvu: 0 })).toEqual({ ok: true, value: 0 });
  });

  it.each([
    [{ workRvu: -1.3, peRvu: 1.46, mpRvu: 0.09 }, "work_rvu"],
    [{ workRvu: 1.3, peRvu: -0.01, mpRvu: 0.09 }, "pe_rvu"],
    [{ workRvu: 1.3, peRvu: 1.46, mpRvu: -0.09 }, "mp_rvu"],
    [{ workRvu: 1.3, peRvu: 1.46, mpRvu: 0.09, conversionFactor: 0 }, "conversion_factor"],
    [{ workRvu: 1.3, peRvu: 1.46, mpRvu: 0.09, gpciWork: -1 }, "gpci_work"],
    [{ workRvu: 1.3, peRvu: 1.46, mpRvu: 0.09, gpciPe: -1 }, "gpci_pe"],
    [{ workRvu: 1.3, peRvu: 1.46, mpRvu: 0.09, gpciMp: -1 }, "gpci_mp"],
  ])("rejects an impossible %p naming %s", (input, name) => {
    const out = pfsPayment(input);
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.kind).toBe("invalid-number");
      expect(out.message.params?.name).toBe(name);
    }
  });
});
