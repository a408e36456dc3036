/**
 * Our PFS payment for every line of CMS's own payment-amount files (PFREV/PFALL) in the data folder
 * whose year has GPCIs equals CMS's amount to the cent, non-facility and facility. Also: ASC AA
 * rates reproduce from weight × ASC CF; CLFS and DMEPOS spot checks against the files.
 */
import { describeWithData, loadAll } from "../data/helpers";
import { ascRate, clfsRate, dmeposAmount, pfsAmount, siteTotal } from "../../src/domain/reference/lookups";
import { parameterValue } from "../../src/domain/economics/params";
import type { PfsPaymentTable } from "../../src/data/types";

describeWithData("PFS payments equal CMS's payment-amount files", () => {
  it("reproduces every PFREV line with GPCIs for its year, to the cent", async () => {
    const { reference, paymentFiles } = await loadAll();
    expect(paymentFiles.length).toBeGreaterThan(0);
    let checked = 0;
    const mismatches: string[] = [];
    for (const p of paymentFiles) {
      const t = p.table as PfsPaymentTable;
      for (let i = 0; i < t.code.length; i++) {
        if (!reference.gpci[String(t.year[i])] || !reference.pfs[String(t.year[i])]) continue;
        for (const setting of ["nonfacility", "facility"] as const) {
          checked++;
          const r = pfsAmount(reference, { code: t.code[i], ...(t.modifier[i] ? { modifier: t.modifier[i] } : {}) }, {
            setting, locality: `${t.mac[i]}-${t.locality[i]}`, year: t.year[i],
          });
          const want = setting === "facility" ? t.facility[i] : t.nonFacility[i];
          if (!r.ok || r.value.amount !== want) {
            mismatches.push(`${t.provenance.file}:${t.line[i]} ${t.code[i]} ${t.mac[i]}-${t.locality[i]} ${setting}: CMS ${want}, ours ${r.ok ? r.value.amount : r.message.id}`);
          }
        }
      }
    }
    // eslint-disable-next-line no-console -- the count is part of the evidence
    console.log(`PFS conformance: ${checked} amounts checked, ${checked - mismatches.length} matched`);
    expect(checked).toBeGreaterThan(8000);
    expect(mismatches.slice(0, 10)).toEqual([]);
  });

  it.each([
    // code, setting, locality, year, CMS amount (PFREV26B / PFREV25C lines quoted in SOURCES.md)
    ["21610", "nonfacility", "01112-05", 2026, 1337.33],
    ["22554", "facility", "13202-01", 2026, 1438.43],
    ["33269", "facility", "10112-00", 2026, 718.98],
    ["37215", "facility", "04412-18", 2026, 951.01],
    ["76145", "nonfacility", "01112-05", 2025, 1339.81],
  ] as const)("%s %s at %s in %i is $%d", async (code, setting, locality, year, amount) => {
    const { reference } = await loadAll();
    const r = pfsAmount(reference, { code }, { setting, locality, year });
    expect(r.ok && r.value.amount).toBe(amount);
  });

  it("99213 national CY2026: RVU26C totals × CF 33.4009 (non-facility 2.85 → $95.19, facility 1.72 → $57.45)", async () => {
    const { reference } = await loadAll();
    const nf = pfsAmount(reference, { code: "99213" });
    const f = pfsAmount(reference, { code: "99213" }, { setting: "facility" });
    expect(nf.ok && nf.value).toMatchObject({ amount: 95.19, year: 2026, locality: "national" });
    expect(f.ok && f.value.amount).toBe(57.45);
  });
});

describeWithData("ASC, OPPS, CLFS and DMEPOS against their files", () => {
  it("every ASC AA rate with a weight reproduces from weight × the CY2025 ASC CF ($54.895), to the cent", async () => {
    const { reference } = await loadAll();
    const t = reference.asc["2025"];
    const cf = parameterValue("ASC_CF", 2025);
    let checked = 0;
    const bad: string[] = [];
    for (let i = 0; i < t.key.length; i++) {
      if (t.addendum[i] !== "AA" || Number.isNaN(t.weight[i]) || Number.isNaN(t.rate[i])) continue;
      checked++;
      const computed = Math.round(Number((t.weight[i] * cf).toPrecision(12)) * 100) / 100;
      if (Math.abs(computed - t.rate[i]) > 0.005) bad.push(`${t.key[i]}: ${t.weight[i]} × ${cf} = ${computed}, file ${t.rate[i]}`);
    }
    // eslint-disable-next-line no-console -- evidence
    console.log(`ASC AA: ${checked} rates checked, ${checked - bad.length} reproduced from weight × CF`);
    expect(checked).toBeGreaterThan(3000);
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it("SITE_TOTAL 66984 in an ASC = ASC CY2025 $1,214.31 + PFS CY2025 facility (national): one year for both parts", async () => {
    const { reference } = await loadAll();
    const total = siteTotal(reference, { code: "66984" }, "ASC");
    const pro = pfsAmount(reference, { code: "66984" }, { setting: "facility", year: 2025 });
    expect(ascRate(reference, "66984")).toMatchObject({ ok: true, value: { amount: 1214.31, year: 2025, indicator: "A2" } });
    expect(pro.ok).toBe(true);
    if (total.ok && pro.ok) {
      expect(total.value.total).toBeCloseTo(1214.31 + pro.value.amount, 10);
      expect(total.value.facility).toMatchObject({ schedule: "ASC", year: 2025 });
      expect(total.value.professional.year).toBe(2025);
    }
    const hopd = siteTotal(reference, { code: "66984" }, "hospital outpatient");
    expect(hopd.ok && hopd.value.facility?.amount).toBe(2280.73);
  });

  it.each([
    // CLFS CY2026 Q2V1 lines: 0001U 00720.00, 0002M 00503.40, U0002 00051.31
    ["0001U", undefined, 720],
    ["0002M", undefined, 503.4],
    ["U0002", "QW", 51.31],
  ])("CLFS %s %s = %d", async (code, modifier, amount) => {
    const { reference } = await loadAll();
    expect(clfsRate(reference, modifier ? { code, modifier } : { code })).toMatchObject({ ok: true, value: { amount, year: 2026 } });
  });

  it.each([
    // DMEPOS January 2026 workbook: A4217 AL (NR) 3.80; A4216 AL (NR) 0.58; E0601-RR and K0001-RR per state.
    ["A4217", undefined, "AL", false, 3.8],
    ["A4216", undefined, "AL", false, 0.58],
    ["A4216", undefined, "AL", true, 0.58],
  ] as const)("DMEPOS %s %s %s rural=%s = %d", async (code, modifier, state, rural, amount) => {
    const { reference } = await loadAll();
    expect(dmeposAmount(reference, modifier ? { code, modifier } : { code }, state, rural)).toMatchObject({ ok: true, value: { amount, year: 2026 } });
  });
});
