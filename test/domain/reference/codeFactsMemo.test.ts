/**
 * A loaded reference keeps each code's facts per date class (its year, and whether its HCPCS
 * termination date has passed), and a deleted code's facts per date, since the replacement it names
 * depends on other codes' termination dates; years past the last loaded (or before the first) share
 * the class of that year. Whatever the reference was asked before, a lookup
 * answers what a fresh reference answers for that code and date.
 */
import fc from "fast-check";
import { describeWithData, loadAll } from "../../data/helpers";
import { CmsCodeReference } from "../../../src/domain/reference/codeReference";
import { vintageOf } from "../../../src/domain/reference/vintage";
import type { ReferenceData } from "../../../src/domain/reference/model";

// Codes with HCPCS TERM DTs inside the dates below (CY2025 HCPCS file: C9088 20250930, A9155
// 20250331), 0266T (in the CY2025 PFS RVU file, not in CY2026's), codes still current, and one
// unknown code.
const CODES = ["C9088", "A9155", "0266T", "99213", "C1889", "E0601", "J3490", "G0186", "Z9999"];
const DATES = [
  "2019-06-01",
  "2024-06-30",
  "2025-01-01",
  "2025-03-31",
  "2025-04-01",
  "2025-09-30",
  "2025-10-01",
  "2025-12-31",
  "2026-01-01",
  "2026-07-15",
  "2027-05-01",
  "2031-12-31",
];

describeWithData("a reference's code-facts memo", () => {
  let data: ReferenceData;
  beforeAll(async () => {
    data = (await loadAll()).reference;
  });

  it("answers as a fresh reference does, whatever dates it was asked before", () => {
    const shared = new CmsCodeReference(data, vintageOf(data));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...CODES), fc.constantFrom(...DATES, undefined)), {
          minLength: 1,
          maxLength: 12,
        }),
        (asks) => {
          for (const [code, date] of asks) {
            const fresh = new CmsCodeReference(data, vintageOf(data));
            expect(shared.lookup(code, date)).toEqual(fresh.lookup(code, date));
          }
        }
      ),
      { numRuns: 150 }
    );
  });

  it("a code terminated during the year is current before its date and deleted after it", () => {
    const ref = new CmsCodeReference(data, vintageOf(data));
    expect(ref.lookup("A9155", "2025-03-01")?.deleted).not.toBe(true);
    expect(ref.lookup("A9155", "2025-06-01")?.deleted).toBe(true);
    expect(ref.lookup("A9155", "2025-02-01")?.deleted).not.toBe(true);
  });
});
