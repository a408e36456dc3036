/**
 * REIMB.CODE and REIMB.SITES keep their answers per loaded reference, display language and
 * arguments (from its second ask). A kept answer must be the answer: every repeat equals the same call on a fresh copy
 * of the reference (nothing kept), over codes of CMS's PPRRVU 2026, OPPS Addendum B and ASC AA
 * 2025 (66984, 93306, 99213, 36902, E0601, 80053, C1889, 27447, 0691T); a language switch, another
 * device cost or another reference gives its own answer.
 */
import fc from "fast-check";
import * as F from "../../src/functions/functions";
import { isExcelError } from "../../src/functions/errors";
import { getReference, setReference } from "../../src/functions/state";
import {
  buildReference,
  emptyReference,
  type ReferenceData,
} from "../../src/domain/reference/model";
import { setLocale, type Locale } from "../../src/i18n/catalogue";
import { describeWithData, loadAll } from "../data/helpers";

const CODES = ["66984", "93306", "99213", "36902", "E0601", "80053", "C1889", "27447", "0691T"];
const LOCALITIES = [undefined, "01112-05", "MANHATTAN"];

/** The call's answer on a copy of `ref` with nothing kept, in `locale`; the loaded reference is restored. */
function fresh<T>(ref: ReferenceData, locale: Locale, call: () => T): T {
  setReference(buildReference([], ref));
  setLocale(locale);
  try {
    return call();
  } finally {
    setReference(ref);
  }
}

describeWithData("REIMB.CODE and REIMB.SITES answers kept per reference", () => {
  let ref: ReferenceData;
  beforeAll(async () => {
    ref = (await loadAll()).reference;
    setReference(ref);
  }, 120_000);
  afterEach(() => setLocale("en"));
  afterAll(() => setReference(emptyReference()));

  it("answers every repeat of REIMB.CODE and REIMB.SITES as a fresh call would", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CODES),
        fc.constantFrom(...LOCALITIES),
        fc.constantFrom<Locale>("en", "zh-CN"),
        fc.constantFrom(undefined, 0, 1500),
        (code, locality, locale, device) => {
          const wantCode = fresh(ref, locale, () => F.code(code, undefined, locality));
          const wantSites = fresh(ref, locale, () =>
            F.sites(code, locality, undefined, device, true)
          );
          setLocale(locale);
          for (let call = 0; call < 3; call++) {
            expect(F.code(code, undefined, locality)).toEqual(wantCode);
            expect(F.sites(code, locality, undefined, device, true)).toEqual(wantSites);
          }
        }
      ),
      { numRuns: 120 }
    );
  });

  it("shows a kept card's reasons in the display language of each call (0691T is carrier-priced: PFS status C)", () => {
    const en = JSON.stringify(F.code("0691T"));
    setLocale("zh-CN");
    const zh = JSON.stringify(F.code("0691T"));
    setLocale("en");
    expect(zh).not.toEqual(en);
    expect(JSON.stringify(F.code("0691T"))).toEqual(en);
  });

  it("prices another device cost as its own answer: the margin moves by the cost", () => {
    const margin = (device: number) => {
      const rows = F.sites("66984", undefined, undefined, device) as unknown[][];
      const asc = rows.find((r) => r[0] === "ASC");
      if (!asc || typeof asc[6] !== "number")
        throw new Error(`no ASC margin: ${JSON.stringify(rows)}`);
      return asc[6];
    };
    expect(margin(0) - margin(1500)).toBeCloseTo(1500, 2);
  });

  it("answers from the reference now loaded, never from one loaded before", () => {
    expect(isExcelError(F.code("99213"))).toBe(false);
    setReference(emptyReference());
    try {
      const none = F.code("99213");
      expect(isExcelError(none) && none.code).toBe("#N/A");
    } finally {
      setReference(ref);
    }
    expect(getReference()).toBe(ref);
    expect(isExcelError(F.code("99213"))).toBe(false);
  });
});
