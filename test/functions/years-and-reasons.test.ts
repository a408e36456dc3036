/**
 * Years in lookup functions (#VALUE! when not a whole-number year, #N/A naming the loaded years
 * when not loaded) and the "no data" reasons, which come from the catalogue in the display language.
 */
import * as L from "../../src/functions/lookups";
import * as F from "../../src/functions/functions";
import { isExcelError, type ExcelError } from "../../src/functions/errors";
import { noDataMessage, noDataReason, setReference } from "../../src/functions/state";
import { emptyReference } from "../../src/domain/reference/model";
import { msg, setLocale } from "../../src/i18n/catalogue";
import { describeWithData, loadAll } from "../data/helpers";

afterEach(() => setLocale("en"));

function error(v: unknown): ExcelError {
  if (!isExcelError(v)) throw new Error(`expected an Excel error, got ${String(v)}`);
  return v;
}

describeWithData("year arguments of the lookup functions", () => {
  beforeAll(async () => {
    setReference((await loadAll()).reference);
  });
  afterAll(() => setReference(emptyReference()));

  it.each([
    ["PFS", () => L.pfs("99213", null, null, null, 1980)],
    ["RVU", () => L.rvuFn("99213", "work", null, 2031)],
    ["GPCI", () => L.gpci("01112-05", "pe", 1980)],
    ["STATUS", () => L.status("99213", 1990)],
  ])("REIMB.%s with a whole-number year that is not loaded → #N/A naming the loaded years", (_name, call) => {
    const e = error(call());
    expect(e.code).toBe("#N/A");
    expect(e.message).toMatch(/years available: .*2026/);
  });

  it.each([
    ["text \"2026\"", "2026"],
    ["a fraction", 2025.5],
    ["TRUE", true],
    ["a negative number", -2026],
    ["five digits", 20260],
  ])("a year given as %s → #VALUE! (numbers are never read from text)", (_what, year) => {
    for (const e of [L.pfs("99213", null, null, null, year), L.rvuFn("99213", null, null, year), L.gpci("01112-05", null, year), L.status("99213", year), F.param("PFS_CF", year as number)].map(error)) {
      expect(e.code).toBe("#VALUE!");
      expect(e.message).toContain("year must be a whole number");
    }
  });

  it("a loaded year gives that year's numbers (99213 total RVUs: 2.75 in CY2025, 2.85 in CY2026)", () => {
    expect(L.rvuFn("99213", "total", null, 2025)).toBe(2.75);
    expect(L.rvuFn("99213", "total", null, 2026)).toBe(2.85);
  });
});

describe("why no reference data is loaded: catalogue messages in the display language", () => {
  afterAll(() => setReference(emptyReference()));

  it("a host's catalogue reason is rendered in the current locale, in #N/A messages and DATA_VINTAGE", () => {
    setReference(emptyReference(), msg("reference.reason.fetchFailed", { status: 404, url: "reference.json.gz" }));
    expect(noDataMessage()).toEqual({ id: "reference.reason.fetchFailed", params: { status: 404, url: "reference.json.gz" } });
    expect(error(L.pfs("99213")).message).toContain("could not be loaded (404 reference.json.gz)");
    expect(L.dataVintage()).toBe("No CMS reference data loaded: the bundled reference data could not be loaded (404 reference.json.gz)");
    setLocale("zh-CN");
    expect(L.dataVintage()).toBe("未加载 CMS 参考数据：无法加载随附的参考数据（404 reference.json.gz）");
    expect(error(L.asc("66984")).message).toContain("无法加载随附的参考数据");
  });

  it("without a reason: 'no CMS files were loaded'; a host's own detail text is kept as given", () => {
    setReference(emptyReference());
    expect(noDataReason()).toBe("no CMS files were loaded");
    setReference(emptyReference(), "built without a CMS data folder");
    expect(noDataReason()).toBe("built without a CMS data folder");
  });
});

describe("function messages for overflow, unknown text and over-long arguments", () => {
  it.each([
    ["PROGRAM_PAYMENT(1e308)", () => F.programPayment(1e308), /allowed is 1e\+308: beyond 1E15/],
    ["PFS_RVU(1e300,1,1)", () => F.pfsRvu(1e300, 1, 1), /work_rvu is 1e\+300: beyond 1E15/],
  ])("%s → #NUM! with a reason, never 'Unexpected failure'", (_name, call, reason) => {
    const e = error(call());
    expect(e.code).toBe("#NUM!");
    expect(e.message).toMatch(reason);
    expect(e.message).not.toMatch(/Unexpected failure/);
  });

  it("NTAP and BREAKEVEN through the functions: exact ties and the unrounded margin", () => {
    expect(F.ntap(36328.57, 142817.12, 139505.66, 0.75)).toBe(2483.6);
    expect(F.breakeven(1e5, 1000.004, 1000)).toBe(25_000_000);
  });

  it("a 32,767-character PATHWAY argument is #VALUE! naming the limit", () => {
    const e = error(F.pathway("implant", "office", "9".repeat(32767)));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("REIMB.PATHWAY: candidate_codes is 32767 characters long; at most 1000 are read (a value or a list of codes is far shorter).");
    expect(error(F.nextGate("x".repeat(5000), "office")).message).toMatch(/product_type is 5000 characters long; at most 200/);
  });
});

describeWithData("lookup messages Excel shows (#N/A and #VALUE!, not #NUM!)", () => {
  beforeAll(async () => {
    setReference((await loadAll()).reference);
  });
  afterAll(() => setReference(emptyReference()));

  it.each([
    ["an unknown locality", () => L.pfs("99213", "office", "ATLANTIS"), "#N/A", /"ATLANTIS" is not a 2026 PFS locality/],
    ["a state with several localities", () => L.pfs("99213", "office", "CA"), "#VALUE!", /"CA" is a state with 29 PFS localities/],
    ["an unknown setting", () => L.pfs("99213", "garage"), "#VALUE!", /"garage" is not a setting/],
    ["an unknown site", () => L.siteTotalFn("99213", "garage"), "#VALUE!", /"garage" is not a site of care/],
    ["a status R code with no RVUs", () => L.pfs("97545"), "#N/A", /priced by the Medicare contractor/],
    ["a locally priced lab", () => L.clfs("0526U"), "#N/A", /priced locally by the MAC/],
  ])("%s", (_what, call, code, message) => {
    const e = error(call());
    expect(e.code).toBe(code);
    expect(e.message).toMatch(message);
  });

  it("a state with one locality prices there; DMEPOS with two modifiers; LOCALITIES by state and county", () => {
    expect(L.pfs("99213", "office", "AL")).toBe(L.pfs("99213", "office", "10112-00"));
    expect(L.dmepos("E2102", "CA", "NU-KF")).toBe(239.22);
    expect(L.localities("AL")).toBe("10112-00 ALABAMA");
    expect(L.localities("CA", "Los Angeles")).toMatch(/^01182-18 /);
    expect(L.siteTotalFn("93306", "hospital outpatient")).toBe(613.64);
    expect(L.clfs("0001U", 2025)).toBe(720);
    // opps_addendum_b_2025.csv line 10559: 93306,,S,5524,6.1490,$548.30,.,$109.66
    expect(L.oppsDetailFn("93306")).toBe("5524");
    expect(L.oppsDetailFn("93306", "si")).toBe("S");
    expect(L.oppsDetailFn("93306", "weight")).toBe(6.149);
    expect(L.oppsDetailFn("93306", "copay")).toBe(109.66);
    expect(L.apc("5524")).toBe(548.3);
    expect(L.apc(5524, 2025)).toBe(548.3);
    expect(error(L.oppsDetailFn("C1889", "apc")).message).toMatch(/C1889 has no APC in the 2025 OPPS addendum \(status indicator N\)/);
    expect(error(L.oppsDetailFn("93306", "colour")).code).toBe("#VALUE!");
  });
});
