/**
 * The batch memo (src/domain/pathway/memo.ts) only saves work: a row classified with a memo that
 * earlier rows filled, on the same or another as-of date, gets the answer it gets alone. Run with
 * the CMS reference loaded, where the memo holds each code's facts per reference and date.
 */
import fc from "fast-check";
import { classify, ClassifyMemo } from "../../../src/domain/pathway";
import type { ProductFacts } from "../../../src/domain/product";
import type { CodeReference } from "../../../src/domain/reference/port";
import { CODE_FITS, FDA_STATUSES, PRODUCT_TYPES, SITES_OF_CARE } from "../../../src/domain/vocab";
import { itWithReference, requireReference } from "./withReference";

// Codes whose facts change with the date, and plain ones: 0266T is in the CY2025 PFS RVU file and
// not in CY2026's (deleted for 2026 dates); C9088 and A9155 carry HCPCS TERM DTs in 2025
// (20250930, 20250331), so a 2025-12-31 date of service finds them terminated.
const CODES = ["0266T", "C9088", "A9155", "99213", "C1889", "0100T", "81479", "E0601", "J3490"];

const row = fc.record({
  productType: fc.constantFrom(...PRODUCT_TYPES),
  siteOfCare: fc.constantFrom(...SITES_OF_CARE),
  codes: fc.subarray(CODES, { maxLength: 3 }),
  codeFit: fc.option(fc.constantFrom(...CODE_FITS), { nil: undefined }),
  fdaStatus: fc.option(fc.constantFrom(...FDA_STATUSES), { nil: undefined }),
  asOf: fc.constantFrom("2024-06-30", "2025-01-01", "2025-12-31", "2026-03-15", undefined),
});

type Row = typeof row extends fc.Arbitrary<infer T> ? T : never;

function facts(r: Row): ProductFacts {
  const f: ProductFacts = {
    productType: r.productType,
    siteOfCare: r.siteOfCare,
    candidateCodes: r.codes,
  };
  if (r.codeFit) f.codeFit = r.codeFit;
  if (r.fdaStatus) f.fdaStatus = r.fdaStatus;
  return f;
}

describe("classifying with a shared memo", () => {
  let ref: CodeReference | undefined;
  const it = itWithReference("pathway memo");

  it("gives every row the answer it gets without one, whatever the memo saw before", async () => {
    ref = await requireReference();
    const memo = new ClassifyMemo();
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 8 }), (rows) => {
        for (const r of rows) {
          const alone = classify(facts(r), ref, r.asOf ? { asOf: r.asOf } : undefined);
          const shared = classify(facts(r), ref, r.asOf ? { asOf: r.asOf, memo } : { memo });
          expect(shared).toEqual(alone);
        }
      }),
      { numRuns: 60 }
    );
  });

  it("forgets a reference's code facts when rows bring another reference", async () => {
    ref = ref ?? (await requireReference());
    const memo = new ClassifyMemo();
    // A reference whose files list no code at all: every code is "not in the loaded files".
    const empty: CodeReference = { vintage: "no files", lookup: () => undefined };
    const row: ProductFacts = {
      productType: "implant",
      siteOfCare: "hospital outpatient",
      candidateCodes: ["C1889"],
    };
    const notInFiles = (c: ReturnType<typeof classify>) =>
      c.warnings.some((w) => w.code === "code-not-in-files");
    const withFiles = classify(row, ref, { asOf: "2025-06-01", memo });
    expect(notInFiles(withFiles)).toBe(false);
    expect(notInFiles(classify(row, empty, { asOf: "2025-06-01", memo }))).toBe(true);
    expect(classify(row, ref, { asOf: "2025-06-01", memo })).toEqual(withFiles);
  });
});
