/**
 * Deleted and replaced codes, judged on the date of service: each dataset's year is the latest
 * loaded at or before the as-of date, and HCPCS terminations take effect after their TERM DT.
 * Every case names the CMS file rows it rests on (CMS data folder; skipped without it).
 */
import { classify } from "../../../src/domain/pathway";
import type { ProductFacts } from "../../../src/domain/product";
import type { CodeReference } from "../../../src/domain/reference/port";
import { itWithReference, requireReference } from "./withReference";

const it_ = itWithReference("deleted and replaced codes");
let ref: CodeReference;
beforeAll(async () => {
  if (it_ !== it) return;
  ref = await requireReference();
}, 180000);

const run = (f: ProductFacts, asOf: string) => classify(f, ref, { asOf });
const warning = (r: ReturnType<typeof classify>, code: string) =>
  r.warnings.find((w) => w.code === code);

describe("codes in the CY2025 PFS RVU file and not in CY2026's are deleted for 2026 dates", () => {
  // PPRRVU2025_Oct.csv: 0266T line 348 status C, 37220 line 4473 status A, G6001 line 15291
  // status A; PPRRVU2026_Jul_nonQPP.csv lists none of them.
  it_.each([
    ["0266T", "implant"],
    ["37220", "implant"],
    ["G6001", "professional service"],
  ] as const)("%s (%s): deleted for 2026, listed for 2025", (code, productType) => {
    const facts: ProductFacts = {
      productType,
      siteOfCare: "office",
      candidateCodes: [code],
      codeFit: "describes",
      fdaStatus: "PMA approved",
    };
    const in2026 = run(facts, "2026-03-15");
    expect(warning(in2026, "code-deleted")).toMatchObject({
      id: "pathway.warn.codeDeletedForYear",
      params: { code, year: 2026, lastListed: 2025 },
    });
    expect(in2026.pathway.startsWith("existing")).toBe(false);
    const in2025 = run(facts, "2025-06-01");
    expect(warning(in2025, "code-deleted")).toBeUndefined();
  });

  it_(
    "0266T on a 2026 date is no longer 'existing, contractor-priced' (its CY2025 status C)",
    () => {
      const r = run(
        {
          productType: "implant",
          siteOfCare: "office",
          candidateCodes: ["0266T"],
          codeFit: "describes",
          fdaStatus: "PMA approved",
        },
        "2026-03-15"
      );
      expect(r.warnings.map((w) => w.code)).not.toContain("cat-iii-contractor-priced");
      expect(r.ruleIds).toContain("code-deleted-for-year");
    }
  );
});

describe("HCPCS terminations and their replacements (HCPC2025_OCT_ANWEB_v4.xlsx)", () => {
  // C9302 (Inj zanidatamab, 2 mg): TERM DT 20250630, XREF1 J9276. C9300 (indigotindisulfonate):
  // TERM DT 20250630, XREF1 J9220. C9173 (Inj, nypozi): TERM DT 20250630, XREF1 Q5148.
  it_.each([
    ["C9302", "J9276"],
    ["C9300", "J9220"],
    ["C9173", "Q5148"],
  ])("%s after its TERM DT: terminated, replaced by %s, which decides", (code, replacement) => {
    const facts: ProductFacts = {
      productType: "drug or biologic",
      siteOfCare: "hospital outpatient",
      candidateCodes: [code],
      codeFit: "describes",
      fdaStatus: "NDA or BLA approved",
    };
    const after = run(facts, "2025-09-01");
    expect(warning(after, "code-deleted")).toMatchObject({
      id: "pathway.warn.codeTerminated",
      params: { code, date: "2025-06-30" },
    });
    expect(warning(after, "code-replaced")).toMatchObject({
      id: "pathway.warn.codeReplacedXref",
      params: { code, replacement },
    });
    expect(after.pathway.startsWith("existing")).toBe(true);
    // Before the TERM DT the same code is current and nothing is said about it.
    const before = run(facts, "2025-03-01");
    expect(warning(before, "code-deleted")).toBeUndefined();
    expect(warning(before, "code-replaced")).toBeUndefined();
  });

  // G0564 (365 d implant glucose sensor): TERM DT 20250331, no XREF1, no other code with its
  // descriptor: deleted with no replacement named, so a new code is the answer.
  it_("G0564 after 2025-03-31: terminated, no replacement is guessed", () => {
    const r = run(
      {
        productType: "implant",
        siteOfCare: "office",
        candidateCodes: ["G0564"],
        codeFit: "describes",
        fdaStatus: "PMA approved",
      },
      "2025-09-01"
    );
    expect(warning(r, "code-deleted")?.params).toMatchObject({ code: "G0564", date: "2025-03-31" });
    expect(warning(r, "code-replaced")).toBeUndefined();
  });
});

describe("statutory exclusions: the pathway stays the existing code (SSA §1862(a))", () => {
  // HCPC2025_OCT_ANWEB_v4.xlsx: V5261 (hearing aid, binaural, behind the ear) COV S;
  // PPRRVU2026_Jul_nonQPP.csv: 99385 (preventive visit, new patient) status N.
  it_.each([
    ["V5261", "procedure device", "HCPCS COV S", "existing-hcpcs-ii"],
    ["99385", "professional service", "PFS status N", "existing-cpt"],
  ] as const)("%s partially fitting: %s, warned (%s)", (code, productType, basis, pathway) => {
    const r = run(
      {
        productType,
        siteOfCare: "office",
        candidateCodes: [code],
        codeFit: "partially",
        fdaStatus: "510(k) cleared",
      },
      "2026-03-15"
    );
    expect(r.pathway).toBe(pathway);
    expect(warning(r, "statutory-exclusion")?.params).toEqual({ code, basis });
  });
});
