/**
 * REIMB.SITE_TOTAL keeps what a code's total needs from the code alone (facility rate, the
 * physician's priced PFS row, or why there is none) on the loaded reference, and shows a failure's
 * text built once per function and display language. Neither may change an answer: every cell
 * equals the same lookup on a fresh copy of the reference (nothing remembered), over the ASC list
 * of CMS's CY2025 ASC Addendum AA and OPPS Addendum B (the bundle's facility years) at national,
 * a MAC-locality and a locality name; and a remembered failure follows the display language.
 */
import fc from "fast-check";
import * as L from "../../src/functions/lookups";
import { isExcelError, type ExcelError } from "../../src/functions/errors";
import { getReference, setReference } from "../../src/functions/state";
import {
  buildReference,
  emptyReference,
  type ReferenceData,
} from "../../src/domain/reference/model";
import { siteTotal, type Site } from "../../src/domain/reference/lookups";
import { render, setLocale } from "../../src/i18n/catalogue";
import { describeWithData, loadAll } from "../data/helpers";

const SITES: readonly Site[] = ["ASC", "hospital outpatient", "office"];
const LOCALITIES: readonly (string | undefined)[] = [undefined, "01112-05", "MANHATTAN", "0530201"];

/** The figure or the error text the domain gives with nothing remembered (a new reference object). */
function fresh(ref: ReferenceData, code: string, site: Site, locality?: string): string | number {
  const o = siteTotal(buildReference([], ref), { code }, site, locality);
  return o.ok ? o.value.total : `REIMB.SITE_TOTAL: ${render(o.message)}`;
}

function cell(v: number | ExcelError): string | number {
  return isExcelError(v) ? (v.message ?? v.code) : v;
}

describeWithData("REIMB.SITE_TOTAL answers from the reference's memo", () => {
  let codes: string[] = [];
  beforeAll(async () => {
    setReference((await loadAll()).reference);
    const asc = getReference().asc["2025"];
    codes = asc.key.slice();
  }, 120_000);
  afterAll(() => {
    setReference(emptyReference());
    setLocale("en");
  });

  it("gives every cell the uncached answer, first call and every later one", () => {
    const ref = getReference();
    fc.assert(
      fc.property(
        fc.nat(codes.length - 1),
        fc.constantFrom(...SITES),
        fc.constantFrom(...LOCALITIES),
        (i, site, locality) => {
          const want = fresh(ref, codes[i], site, locality);
          // Three asks: the memo marks a code on its first, keeps its facts on the second and
          // answers the third from them.
          for (let ask = 0; ask < 3; ask++)
            expect(cell(L.siteTotalFn(codes[i], site, locality))).toEqual(want);
        }
      ),
      { numRuns: 1500 }
    );
  });

  it("prices 66984 at the ASC as CY2025 ASC AA's rate plus the CY2025 PFS facility amount, on every call", () => {
    const parts = [L.asc("66984", 2025), L.pfs("66984", "facility", undefined, undefined, 2025)];
    const [rate, pro] = parts.map((p) => {
      if (typeof p !== "number") throw new Error(`66984 not priced: ${JSON.stringify(p)}`);
      return p;
    });
    for (let call = 0; call < 3; call++) {
      expect(L.siteTotalFn("66984", "ASC")).toBe(Math.round(rate * 100 + pro * 100) / 100);
    }
  });

  it("shows a remembered failure in the display language of each call", () => {
    // G0186 is carrier-priced (PFS status C) in PPRRVU 2025, so no ASC total exists.
    const en1 = L.siteTotalFn("G0186", "ASC") as ExcelError;
    setLocale("zh-CN");
    const zh = L.siteTotalFn("G0186", "ASC") as ExcelError;
    setLocale("en");
    const en2 = L.siteTotalFn("G0186", "ASC") as ExcelError;
    expect(isExcelError(en1) && isExcelError(zh)).toBe(true);
    expect(en1.code).toBe("#N/A");
    expect(en1.message).toMatch(/^REIMB\.SITE_TOTAL: G0186 is carrier-priced in 2025/);
    expect(zh.message).not.toEqual(en1.message);
    expect(zh.message).toMatch(/G0186/);
    expect(en2.message).toEqual(en1.message);
  });
});
