/**
 * Payments exactly as CMS pays them: each case rests on a row of CMS's own files in the data
 * folder (file and line named), and a wrong number is never answered without an error.
 */
import * as fs from "fs";
import * as path from "path";
import { describeWithData, DATA_DIR, loadAll } from "../../data/helpers";
import {
  clfsRate,
  dmeposAmount,
  gpciFor,
  localitiesOf,
  localityOfCounty,
  oppsRate,
  oppsDetail,
  ascRate,
  parseSetting,
  parseSite,
  pfsAmount,
  rvu,
  siteTotal,
  yearFor,
} from "../../../src/domain/reference/lookups";
import { CmsCodeReference } from "../../../src/domain/reference/codeReference";
import { vintageOf } from "../../../src/domain/reference/vintage";
import { loadReferenceFromFiles } from "../../../src/data/load";
import { render } from "../../../src/i18n/catalogue";
import type { Outcome } from "../../../src/domain/economics/outcome";
import type { ReferenceData } from "../../../src/domain/reference/model";

function why<T>(o: Outcome<T>): string {
  if (o.ok) throw new Error(`expected a failure, got ${JSON.stringify(o.value)}`);
  return render(o.message);
}

let ref: ReferenceData;

describeWithData("payments exactly as CMS pays them", () => {
  beforeAll(async () => {
    ref = (await loadAll()).reference;
  });

  describe("contractor-priced and locally priced rows answer #N/A with the reason, never $0", () => {
    // PPRRVU2026_Jul_nonQPP.csv lines 12833, 1505, 4903, 13974: status R, every RVU 0.00.
    it.each(["97545", "15824", "41820", "D0120"])(
      "%s (status R, all RVUs zero): PFS, RVU and the code port",
      (code) => {
        const pfs = pfsAmount(ref, { code });
        expect(!pfs.ok && pfs.kind).toBe("not-available");
        expect(why(pfs)).toMatch(
          new RegExp(
            `${code} has PFS status R and no RVUs in 2026: .*priced by the Medicare contractor`
          )
        );
        expect(why(rvu(ref, { code }, "total"))).toMatch(/priced by the Medicare contractor/);
        expect(why(siteTotal(ref, { code }, "office"))).toMatch(
          /priced by the Medicare contractor/
        );
        expect(new CmsCodeReference(ref, vintageOf(ref)).lookup(code)?.contractorPriced).toEqual([
          "PFS",
        ]);
      }
    );

    it("0526U (CLFS indicator L, rate 00000.00: PUF_CLFS_CY2026_Q2V1.csv line 474, CLFS 2025 Q1V1.csv line 493)", () => {
      for (const year of [2025, 2026]) {
        expect(why(clfsRate(ref, { code: "0526U" }, year))).toBe(
          `0526U has CLFS indicator L and a 0.00 rate in ${year}: priced locally by the MAC (no national limit amount).`
        );
      }
      expect(new CmsCodeReference(ref, vintageOf(ref)).lookup("0526U")?.contractorPriced).toEqual([
        "CLFS",
      ]);
      // A priced code is still priced: 0001U 00720.00 (line 6 of the 2026 file).
      expect(clfsRate(ref, { code: "0001U" })).toMatchObject({ ok: true, value: { amount: 720 } });
    });
  });

  describe("DMEPOS rows with a second modifier (Mod2) are reachable", () => {
    it("E2102 NU-KF, CA = 239.22 (DMEPOS26_JAN.xlsx) and 234.53 in CY2025 (DMEPOS_JAN.csv line 1338)", () => {
      expect(dmeposAmount(ref, { code: "E2102", modifier: "NU-KF" }, "CA", false)).toMatchObject({
        ok: true,
        value: { amount: 239.22, year: 2026 },
      });
      expect(
        dmeposAmount(ref, { code: "E2102", modifier: "NU-KF" }, "CA", false, 2025)
      ).toMatchObject({ ok: true, value: { amount: 234.53, year: 2025 } });
      expect(
        dmeposAmount(ref, { code: "E2102", modifier: "NU-KF" }, "California", false)
      ).toMatchObject({ ok: true, value: { amount: 239.22 } });
    });

    it("the modifiers the error lists are exactly the ones accepted", () => {
      const listed = why(dmeposAmount(ref, { code: "E2102" }, "CA", false));
      expect(listed).toBe("E2102 is priced per modifier: give one of NU-KF, RR-KF, UE-KF.");
      for (const modifier of ["NU-KF", "RR-KF", "UE-KF"])
        expect(dmeposAmount(ref, { code: "E2102", modifier }, "CA", false).ok).toBe(true);
    });

    it("every DMEPOS key with a Mod2 in the 2026 file prices through its listed modifiers", () => {
      const t = ref.dmepos["2026"];
      const twoMods = t.key.filter((k) => k.split("-").length === 3);
      expect(twoMods.length).toBeGreaterThan(100);
      const unreachable = twoMods.filter((k) => {
        const [code, m1, m2] = k.split("-");
        const r = dmeposAmount(ref, { code, modifier: `${m1}-${m2}` }, t.states[0], false);
        return !r.ok && r.message.id !== "reference.na.dmeposNoFee";
      });
      expect(unreachable).toEqual([]);
    });
  });

  describe("SITE_TOTAL applies the PC/TC indicator and one year for every part", () => {
    it("93306 (PCTC 1) at a hospital outpatient department: OPPS $548.30 (Addendum B line 10559) + PFS 93306-26 facility", () => {
      // CY2025: 93306-26 RVUs 1.46 + 0.52 + 0.04 = 2.02 × 32.3465 = 65.34 (PPRRVU2025_Oct.csv line 11845).
      const t = siteTotal(ref, { code: "93306" }, "hospital outpatient");
      expect(t).toMatchObject({
        ok: true,
        value: {
          total: 613.64,
          professionalCode: "93306-26",
          facility: { amount: 548.3, year: 2025 },
          professional: { amount: 65.34, year: 2025 },
        },
      });
      // The global 93306 is what the office bills; the -26 at CY2026 is 2.02 × 33.4009 = 67.47 and
      // is never added to a CY2025 OPPS rate.
      expect(
        pfsAmount(ref, { code: "93306", modifier: "26" }, { setting: "facility", year: 2026 })
      ).toMatchObject({ ok: true, value: { amount: 67.47 } });
      expect(why(siteTotal(ref, { code: "93306" }, "hospital outpatient", undefined, 2026))).toBe(
        "OPPS Addendum B data for 2026 is not loaded; years available: 2025."
      );
    });

    it("office is the global non-facility amount; a surgical code (PCTC 0) is priced as given", () => {
      expect(siteTotal(ref, { code: "93306" }, "office")).toMatchObject({
        ok: true,
        value: { professionalCode: "93306", professional: { year: 2026 } },
      });
      const asc = siteTotal(ref, { code: "66984" }, "ASC");
      expect(asc).toMatchObject({
        ok: true,
        value: {
          professionalCode: "66984",
          facility: { year: 2025 },
          professional: { year: 2025 },
        },
      });
    });

    it("a year asked for which a part is missing names that part", () => {
      expect(why(siteTotal(ref, { code: "66984" }, "ASC", undefined, 2026))).toBe(
        "ASC Addenda AA/BB data for 2026 is not loaded; years available: 2025."
      );
      expect(yearFor(ref, ["oppsB", "pfs"])).toEqual({ ok: true, value: 2025 });
      expect(yearFor(ref, ["pfs"])).toEqual({ ok: true, value: 2026 });
    });
  });

  describe("the OPPS imaging cap is computed for every year and for national amounts", () => {
    it("70473 at 10112-00 non-facility, CY2026: capped at 201.69 (uncapped 214.26)", () => {
      // PPRRVU2026_Jul_nonQPP.csv line 7733: work 1.00, PE 6.13, MP 0.09, OPPS PE 5.70, OPPS MP 0.09;
      // GPCI2026 10112-00: 1.000 / 0.875 / 0.566; CF 33.4009.
      expect(pfsAmount(ref, { code: "70473" }, { locality: "10112-00" })).toMatchObject({
        ok: true,
        value: { amount: 201.69, oppsCapped: true },
      });
      // National: (1.00 + 5.70 + 0.09) × 33.4009 = 226.79 < (1.00 + 6.13 + 0.09) × 33.4009 = 241.15.
      expect(pfsAmount(ref, { code: "70473" })).toMatchObject({
        ok: true,
        value: { amount: 226.79, oppsCapped: true },
      });
      // The professional component has no OPPS columns (line 7734): never capped.
      expect(pfsAmount(ref, { code: "70473", modifier: "26" })).toMatchObject({
        ok: true,
        value: { oppsCapped: false },
      });
    });

    it("equals every amount of CMS's OPPSCAP_Oct.csv (CY2025) where the cap binds", () => {
      const cap = ref.oppsCap["2025"];
      let checked = 0;
      const bad: string[] = [];
      for (let i = 0; i < cap.key.length; i++) {
        const [codeMod, locality] = cap.key[i].split("|");
        const [code, modifier] = codeMod.split("-");
        for (const setting of ["nonfacility", "facility"] as const) {
          const want = setting === "facility" ? cap.facility[i] : cap.nonFacility[i];
          const ours = pfsAmount(ref, modifier ? { code, modifier } : { code }, {
            setting,
            locality,
            year: 2025,
          });
          if (!ours.ok) continue;
          checked++;
          // Our amount is min(PFS, cap): it may not exceed CMS's cap, and where capped it equals it.
          if (ours.value.amount > want || (ours.value.oppsCapped && ours.value.amount !== want))
            bad.push(`${cap.key[i]} ${setting}: CMS cap ${want}, ours ${ours.value.amount}`);
        }
      }
      expect(checked).toBeGreaterThan(10000);
      expect(bad.slice(0, 10)).toEqual([]);
    });
  });

  describe("OPPS detail", () => {
    it("the copayment is capped at the year's inpatient deductible (CY2025 $1,676)", () => {
      const b = ref.oppsB["2025"];
      const i = b.key.indexOf("93306");
      const copays = [...b.nationalCopay];
      copays[i] = 2000; // a copay above the deductible, as for a high-cost APC
      const capped: ReferenceData = { ...ref, oppsB: { "2025": { ...b, nationalCopay: copays } } };
      expect(oppsDetail(capped, "93306", "copay", 2025)).toEqual({ ok: true, value: 1676 });
      expect(oppsDetail(ref, "93306", "copay", 2025)).toEqual({ ok: true, value: 109.66 });
    });
  });

  describe("input edges", () => {
    it("localities by state: a state with one locality is that locality; a state with several says which", () => {
      expect(gpciFor(ref, "AL", 2026)).toMatchObject({ ok: true, value: { key: "10112-00" } });
      expect(gpciFor(ref, "Alabama", 2026)).toMatchObject({ ok: true, value: { key: "10112-00" } });
      const ca = gpciFor(ref, "CA", 2026);
      expect(!ca.ok && ca.kind).toBe("invalid-value");
      expect(why(ca)).toMatch(
        /^"CA" is a state with 29 PFS localities \(01112-54 BAKERSFIELD; .*REIMB\.LOCALITIES\("CA"\)/
      );
      expect(gpciFor(ref, "CHICAGO", 2026)).toMatchObject({ ok: true, value: { key: "06102-16" } });
      expect(localitiesOf(ref, "CA")).toMatchObject({ ok: true, value: { year: 2026 } });
      expect(
        localitiesOf(ref, "California").ok &&
          (localitiesOf(ref, "CA") as { value: { localities: string[] } }).value.localities
      ).toContain("01112-75 REST OF CALIFORNIA");
    });

    it("localities by county (26LOCCO.csv line 13: LOS ANGELES in 01182-18); an unknown locality is #N/A with the message", () => {
      expect(localityOfCounty(ref, "CA", "Los Angeles")).toMatchObject({
        ok: true,
        value: { key: "01182-18" },
      });
      expect(localityOfCounty(ref, "AL", "Baldwin County")).toMatchObject({
        ok: true,
        value: { key: "10112-00" },
      });
      const unknown = gpciFor(ref, "ATLANTIS", 2026);
      expect(!unknown.ok && unknown.kind).toBe("not-available");
    });

    it("POS 12 (home) and 31 (SNF) are accepted by PFS and answered deliberately by SITE_TOTAL", () => {
      expect(parseSetting("POS 12")).toEqual({ ok: true, value: "nonfacility" });
      expect(parseSetting("home")).toEqual({ ok: true, value: "nonfacility" });
      expect(parseSetting("31")).toEqual({ ok: true, value: "facility" });
      expect(parseSetting("SNF")).toEqual({ ok: true, value: "facility" });
      expect(why(parseSite("POS 12"))).toMatch(
        /home, POS 12\): the PFS non-facility amount is the whole Medicare payment/
      );
      expect(why(parseSite("31"))).toMatch(/SNF PPS/);
      const garage = parseSetting("garage");
      expect(!garage.ok && garage.kind).toBe("invalid-value");
    });
  });

  describe("years: one release per dataset and year", () => {
    it("CLFS and DMEPOS 2025 are kept beside 2026", () => {
      expect(Object.keys(ref.clfs).sort()).toEqual(["2025", "2026"]);
      expect(Object.keys(ref.dmepos).sort()).toEqual(["2025", "2026"]);
      const v = vintageOf(ref);
      expect(v.entries.filter((e) => e.dataset === "CLFS").map((e) => e.year)).toEqual([
        2026, 2025,
      ]);
    });

    it("a CY2026 OPPS Addendum B and ASC Addendum AA a user loads are recognised as 2026 (2025 rows re-headed)", async () => {
      const opps = fs
        .readFileSync(path.join(DATA_DIR, "opps/2025_Q1_jan/opps_addendum_b_2025.csv"), "latin1")
        .replace("for CY 2025", "for CY 2026");
      const aa = fs
        .readFileSync(path.join(DATA_DIR, "asc/2025_jan/508-Version-Jan-2025-ASC-AA.csv"), "latin1")
        .replace(/for CY 2025/, "for CY 2026")
        .replace(/January 2025/g, "January 2026");
      const loaded = await loadReferenceFromFiles(
        [
          { name: "opps_addendum_b_2026.csv", bytes: new Uint8Array(Buffer.from(opps, "latin1")) },
          {
            name: "508-Version-Jan-2026-ASC-AA.csv",
            bytes: new Uint8Array(Buffer.from(aa, "latin1")),
          },
        ],
        ref
      );
      expect(loaded.problems).toEqual([]);
      const r = loaded.reference;
      expect(Object.keys(r.oppsB).sort()).toEqual(["2025", "2026"]);
      expect(Object.keys(r.asc).sort()).toEqual(["2025", "2026"]);
      expect(oppsRate(r, "93306", 2026)).toMatchObject({
        ok: true,
        value: { amount: 548.3, year: 2026 },
      });
      expect(ascRate(r, "66984")).toMatchObject({ ok: true, value: { year: 2026 } });
      // Every part now has 2026: SITE_TOTAL's default year moves to 2026 for all of them.
      expect(siteTotal(r, { code: "93306" }, "hospital outpatient")).toMatchObject({
        ok: true,
        value: { total: 615.77, professional: { year: 2026 }, facility: { year: 2026 } },
      });
    });
  });
});
