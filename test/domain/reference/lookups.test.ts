/**
 * Lookups over the real CMS data: reasons for #N/A, settings, localities, site totals, the
 * CodeReference port, the bundle round trip, and the REIMB.* functions a user types.
 */
import fc from "fast-check";
import { describeWithData, loadAll } from "../../data/helpers";
import {
  gpciFor,
  parseSetting,
  pfsAmount,
  rvu,
  siteTotal,
  hcpcsDescription,
  oppsRate,
  ascRate,
  dmeposAmount,
} from "../../../src/domain/reference/lookups";
import { decodeBundle, encodeBundle } from "../../../src/domain/reference/bundle";
import { CmsCodeReference } from "../../../src/domain/reference/codeReference";
import { emptyReference } from "../../../src/domain/reference/model";
import { setReference } from "../../../src/functions/state";
import { vintageOf } from "../../../src/domain/reference/vintage";
import * as fns from "../../../src/functions/lookups";
import { render } from "../../../src/i18n/catalogue";

describeWithData("reference lookups over CMS's files", () => {
  beforeAll(async () => {
    setReference((await loadAll()).reference);
  });

  it.each([
    // code, why it has no national PFS amount (RVU26C status)
    ["0691T", "reference.na.carrierPriced"], // Category III: C
    ["00100", "reference.na.anesthesia"], // J
    ["0001F", "reference.na.notPayable"], // Cat II measurement: I
    ["V5362", "reference.na.notPayable"], // N
    ["ZZZZZ", "reference.na.notInFile"],
  ])("PFS %s → #N/A %s", async (code, id) => {
    const { reference } = await loadAll();
    const r = pfsAmount(reference, { code });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.id).toBe(id);
  });

  it("a locality by number in any CMS form, or by name, gives the same GPCIs", async () => {
    const { reference } = await loadAll();
    const forms = ["01112-05", "0111205", "1112/5", "01112 05"].map((l) =>
      gpciFor(reference, l, 2026)
    );
    for (const f of forms) expect(f).toMatchObject({ ok: true, value: { key: "01112-05" } });
    const manhattan = gpciFor(reference, "manhattan", 2026);
    expect(manhattan.ok && manhattan.value.key).toBe("13202-01");
    expect(gpciFor(reference, "99999-99", 2026).ok).toBe(false);
  });

  it("RVU components of 99213 (CY2026 RVU26C: 1.30 / 1.46 / 0.33 / 0.09 / 2.85 / 1.72)", async () => {
    const { reference } = await loadAll();
    const c = (x: string) => rvu(reference, { code: "99213" }, x);
    expect(
      [c("work"), c("pe"), c("pe_facility"), c("mp"), c("total"), c("total_facility")].map(
        (o) => o.ok && o.value
      )
    ).toEqual([1.3, 1.46, 0.33, 0.09, 2.85, 1.72]);
    const y2025 = rvu(reference, { code: "99213" }, "total", 2025);
    expect(y2025.ok && y2025.value).toBe(2.75);
  });

  it("settings: every written form maps to non-facility or facility; nonsense is refused with the allowed list", () => {
    expect(
      ["", "office", "POS 11", "non-facility"]
        .map((s) => parseSetting(s))
        .every((o) => o.ok && o.value === "nonfacility")
    ).toBe(true);
    expect(
      ["ASC", "POS 22", "hospital outpatient", "facility"]
        .map((s) => parseSetting(s))
        .every((o) => o.ok && o.value === "facility")
    ).toBe(true);
    const bad = parseSetting("garage");
    expect(!bad.ok && render(bad.message)).toMatch(
      /"garage" is not a setting\. Use one of: office/
    );
  });

  it("site totals add the facility and professional parts (docs/reimbursement.md §8.8), for any code payable at both", async () => {
    const { reference } = await loadAll();
    const t = reference.asc["2025"];
    const codes = t.key
      .filter((_, i) => t.addendum[i] === "AA" && !Number.isNaN(t.rate[i]))
      .slice(0, 400);
    fc.assert(
      fc.property(fc.constantFrom(...codes), (code) => {
        // One year for both parts: the latest year with ASC and PFS loaded (CY2025).
        const total = siteTotal(reference, { code }, "ASC");
        const asc = ascRate(reference, code, 2025);
        const pro = pfsAmount(
          reference,
          total.ok && total.value.professionalCode.includes("-")
            ? { code, modifier: "26" }
            : { code },
          { setting: "facility", year: 2025 }
        );
        if (!asc.ok || !pro.ok) return !total.ok;
        return (
          total.ok &&
          total.value.professional.year === 2025 &&
          total.value.facility?.year === 2025 &&
          Math.abs(total.value.total - (asc.value.amount + pro.value.amount)) < 1e-9 &&
          Number.isInteger(Math.round(total.value.total * 100))
        );
      }),
      { numRuns: 200 }
    );
    const office = siteTotal(reference, { code: "99213" }, "office");
    expect(office.ok && office.value.total).toBe(95.19);
  });

  it("facility parts say why a code has none", async () => {
    const { reference } = await loadAll();
    const c1761 = oppsRate(reference, "C1761");
    expect(!c1761.ok && c1761.message.id).toBe("reference.na.oppsIndicator");
    const packaged = ascRate(reference, "0214T");
    expect(!packaged.ok && packaged.message.id).toBe("reference.na.ascIndicator");
    expect(oppsRate(reference, "G0463")).toMatchObject({
      ok: true,
      value: { amount: 128.87, indicator: "J2" },
    });
  });

  it("DMEPOS: rental-priced items need their modifier; rural fee where CMS has one", async () => {
    const { reference } = await loadAll();
    const noMod = dmeposAmount(reference, { code: "E0601" }, "CA", false);
    expect(!noMod.ok && render(noMod.message)).toMatch(
      /E0601 is priced per modifier: give one of .*RR/
    );
    const nr = dmeposAmount(reference, { code: "E0601", modifier: "RR" }, "CA", false);
    const r = dmeposAmount(reference, { code: "E0601", modifier: "RR" }, "CA", true);
    expect(nr.ok && r.ok && nr.value.amount > 0 && r.value.amount > 0).toBe(true);
  });

  it("HCPCS descriptions: Level II from CMS; CPT never (AMA-licensed)", async () => {
    const { reference } = await loadAll();
    const e0601 = hcpcsDescription(reference, "E0601");
    expect(e0601.ok && e0601.value).toMatch(/continuous positive airway pressure/i);
    const cpt = hcpcsDescription(reference, "99213");
    expect(!cpt.ok && cpt.message.id).toBe("reference.na.cptDescriptor");
  });

  it("CodeReference: status, NOC, deleted, fee schedules and an inferred benefit category", async () => {
    const { reference } = await loadAll();
    const port = new CmsCodeReference(reference, vintageOf(reference));
    expect(port.lookup("99213")).toMatchObject({
      inCurrentFiles: true,
      pfsStatus: "A",
      feeSchedules: expect.arrayContaining(["PFS"]),
      benefitCategoryHint: "physician service",
    });
    expect(port.lookup("E0601")).toMatchObject({
      feeSchedules: expect.arrayContaining(["DMEPOS"]),
      benefitCategoryHint: "DME",
    });
    expect(port.lookup("E1399")).toMatchObject({ isNotOtherwiseClassified: true });
    expect(port.lookup("0691T")).toMatchObject({ pfsStatus: "C" });
    expect(port.lookup("ZZZZZ")).toBeUndefined();
    // Individually priced Level II NOC codes: in no fee schedule, benefit from the code's letter.
    expect(port.lookup("L2999")).toMatchObject({
      isNotOtherwiseClassified: true,
      feeSchedules: [],
      benefitCategoryHint: "prosthetic or orthotic",
    });
    expect(port.lookup("J3490")).toMatchObject({
      isNotOtherwiseClassified: true,
      pfsStatus: "E",
      benefitCategoryHint: "drug",
    });
    // Terminated 2023 (COVID tests, HCPCS TERM DT) → deleted; A9291 PFS status X (statutory exclusion).
    expect(port.lookup("G2023")).toMatchObject({ deleted: true });
    expect(port.lookup("A9291")).toMatchObject({ pfsStatus: "X", feeSchedules: [] });
    expect(port.lookup("0242U")).toMatchObject({
      feeSchedules: ["CLFS"],
      benefitCategoryHint: "clinical lab",
    });
    expect(port.vintage).toMatch(/PFS RVU CY2026 July/);
  });

  it("the bundle round-trips: same amounts after gzip + JSON, NaN kept as 'no amount'", async () => {
    const { reference } = await loadAll();
    const back = decodeBundle(encodeBundle(reference));
    expect(
      pfsAmount(back, { code: "66984" }, { setting: "facility", locality: "01112-05" })
    ).toEqual(
      pfsAmount(reference, { code: "66984" }, { setting: "facility", locality: "01112-05" })
    );
    expect(ascRate(back, "0214T").ok).toBe(false);
    expect(vintageOf(back).id).toBe(vintageOf(reference).id);
  });

  it("the bundle read lazily (column groups, binary-searched keys) prices every RVU26C code as the parsed files do", async () => {
    const { reference } = await loadAll();
    const back = decodeBundle(encodeBundle(reference));
    const codes = reference.pfs["2026"].key;
    // Office first, as a cold sheet asks: the facility columns are read by the first facility ask.
    const args = codes.map((key) => {
      const [code, modifier] = key.split("-");
      return modifier ? { code, modifier } : { code };
    });
    for (const q of [
      {},
      { setting: "facility" as const, locality: "01112-05" },
      { locality: "99" },
      { setting: "facility" as const, year: 2025 },
    ])
      expect(args.map((arg) => pfsAmount(back, arg, q))).toEqual(
        args.map((arg) => pfsAmount(reference, arg, q))
      );
    expect(back.pfs["2026"].description).toEqual(reference.pfs["2026"].description);
  });

  it('REIMB functions: =REIMB.PFS("99213") and =REIMB.SITE_TOTAL("66984","ASC") give CMS\'s numbers', async () => {
    expect(fns.pfs("99213")).toBe(95.19);
    expect(fns.pfs(99213, "facility")).toBe(57.45);
    expect(fns.pfs("21610", "office", "01112-05", null, 2026)).toBe(1337.33);
    const pro = fns.pfs("66984", "ASC", null, null, 2025) as number;
    expect(fns.siteTotalFn("66984", "ASC")).toBeCloseTo(1214.31 + pro, 10);
    expect(fns.asc("66984")).toBe(1214.31);
    expect(fns.opps("66984")).toBe(2280.73);
    expect(fns.rvuFn("99213", "work")).toBe(1.3);
    expect(fns.gpci("01112-05", "pe", 2026)).toBeGreaterThan(0);
    expect(fns.status("99213")).toBe("A: Active code, paid under the PFS");
    expect(fns.hcpcsDesc("E0601")).toMatch(/airway/i);
    expect(fns.dataVintage()).toMatch(/^PFS RVU CY2026 July \(released 2026-06-30\)/);
    const na = fns.pfs("0691T") as { code: string; message: string };
    expect(na.code).toBe("#N/A");
    expect(na.message).toMatch(/carrier-priced/);
    // Text that is not a code: #VALUE! with its message (Excel shows none for #NUM!).
    const bad = fns.pfs("hello") as { code: string; message: string };
    expect(bad.code).toBe("#VALUE!");
    expect(bad.message).toMatch(/"hello" is not a HCPCS\/CPT code/);
  });
});

describe("with no reference data loaded", () => {
  it("functions return #N/A saying no reference data is loaded, and why", () => {
    setReference(emptyReference(), "built without a CMS data folder");
    const r = fns.pfs("99213") as { code: string; message: string };
    expect(r.code).toBe("#N/A");
    expect(r.message).toMatch(/no reference data loaded: built without a CMS data folder/i);
    expect(fns.dataVintage()).toMatch(/No CMS reference data loaded/);
  });
});
