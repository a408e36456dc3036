/**
 * Years in lookup functions (#VALUE! when not a whole-number year, #N/A naming the loaded years
 * when not loaded) and the "no data" reasons, which come from the catalogue in the display language.
 */
import * as L from "../../src/functions/lookups";
import * as F from "../../src/functions/functions";
import { isExcelError, type ExcelError } from "../../src/functions/errors";
import { noDataMessage, noDataReason, setReference } from "../../src/domain/reference/current";
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
