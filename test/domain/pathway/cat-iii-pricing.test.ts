/**
 * Category III pricing follows CMS's PFS status when the file is loaded (docs/reimbursement.md §2.3, §8.1):
 * real CY2026 RVU26C (PPRRVU2026_Jul_nonQPP.csv) statuses: 0446T A (work RVU 1.14, nationally
 * priced), 0469T N (not covered), 0691T C (contractor-priced). Without the file, §2.3's general rule
 * (Cat III codes carry no RVUs; contractors price them) stays. At a facility the contractor price is
 * the physician's claim only (§2.3 [P]: OPPS may put Cat III codes in clinical or NT APCs).
 */
import { classify, renderClassification, type Classification } from "../../../src/domain/pathway";
import type { ProductFacts } from "../../../src/domain/product";
import type { CodeFacts, CodeReference } from "../../../src/domain/reference/port";
import { HAVE_REFERENCE, itWithReference, requireReference } from "./withReference";

const VINTAGE = "PFS CY2026 RVU26C (July)";
const STATUS: Record<string, string> = { "0446T": "A", "0469T": "N", "0691T": "C" };
const fake: CodeReference = {
  vintage: VINTAGE,
  lookup(code: string): CodeFacts | undefined {
    const s = STATUS[code];
    return s
      ? { code, inCurrentFiles: true, pfsStatus: s, feeSchedules: ["PFS"], vintage: VINTAGE }
      : undefined;
  },
};
const AS_OF = { asOf: "2026-11-26" };
const row = (
  code: string,
  productType: ProductFacts["productType"],
  siteOfCare: ProductFacts["siteOfCare"]
): ProductFacts => ({
  productType,
  siteOfCare,
  candidateCodes: [code],
  codeFit: "describes",
  fdaStatus: "510(k) cleared",
  fdaDecisionDate: "2022-05-01",
});
const warned = (c: Classification) => c.warnings.map((w) => w.code);
const why = (c: Classification) => c.rationale.map((m) => m.id);

interface Case {
  name: string;
  facts: ProductFacts;
  contractorWarning: boolean;
  mechanism: boolean;
  has?: string[];
  hasNot?: string[];
  rationale?: string;
}
// [name, facts, "Category III: contractor-priced" warning?, contractor-pricing mechanism?, …]
const WITH_FILE: Case[] = [
  {
    name: "0446T (A) office: nationally priced, no contractor pricing",
    facts: row("0446T", "implant", "office"),
    contractorWarning: false,
    mechanism: false,
    has: ["cat-iii-investigational", "cat-iii-sunset"],
    rationale: "pathway.why.catIIINationallyPriced",
  },
  {
    name: "0446T (A) HOPD: nationally priced, no contractor pricing",
    facts: row("0446T", "implant", "hospital outpatient"),
    contractorWarning: false,
    mechanism: false,
    rationale: "pathway.why.catIIINationallyPriced",
  },
  {
    name: "0469T (N) office: not covered, never contractor-priced",
    facts: row("0469T", "software analysis", "office"),
    contractorWarning: false,
    mechanism: false,
    has: ["pfs-status-n", "cat-iii-investigational"],
  },
  {
    name: "0691T (C) office: contractor-priced",
    facts: row("0691T", "software analysis", "office"),
    contractorWarning: true,
    mechanism: true,
    hasNot: ["pfs-status-c", "cat-iii-investigational"],
  },
  {
    name: "0691T (C) HOPD: physician part only, OPPS pays the facility",
    facts: row("0691T", "software analysis", "hospital outpatient"),
    contractorWarning: true,
    mechanism: false,
    rationale: "pathway.why.contractorPhysicianOnlyHopd",
  },
  {
    name: "0691T (C) ASC: physician part only",
    facts: row("0691T", "software analysis", "ASC"),
    contractorWarning: true,
    mechanism: false,
    rationale: "pathway.why.contractorPhysicianOnlyAsc",
  },
  {
    name: "0691T (C) inpatient: physician part only",
    facts: row("0691T", "software analysis", "inpatient"),
    contractorWarning: true,
    mechanism: false,
    rationale: "pathway.why.contractorPhysicianOnlyInpatient",
  },
];
const WITHOUT_FILE: Case[] = [
  {
    name: "0446T office, no file: docs/reimbursement.md §2.3's general rule",
    facts: row("0446T", "implant", "office"),
    contractorWarning: true,
    mechanism: true,
    hasNot: ["cat-iii-investigational"],
  },
  {
    name: "0469T office, no file",
    facts: row("0469T", "software analysis", "office"),
    contractorWarning: true,
    mechanism: true,
  },
  {
    name: "0691T HOPD, no file: physician part only",
    facts: row("0691T", "software analysis", "hospital outpatient"),
    contractorWarning: true,
    mechanism: false,
    rationale: "pathway.why.contractorPhysicianOnlyHopd",
  },
];

function check(c: Classification, want: Case): void {
  expect(c.pathway).toBe("existing-cpt");
  expect(warned(c).includes("cat-iii-contractor-priced")).toBe(want.contractorWarning);
  expect(c.paymentMechanisms.includes("cat-iii-contractor-pricing")).toBe(want.mechanism);
  for (const w of want.has ?? []) expect(warned(c)).toContain(w);
  for (const w of want.hasNot ?? []) expect(warned(c)).not.toContain(w);
  if (want.rationale) expect(why(c)).toContain(want.rationale);
  // Never both "not covered" and "contractor-priced" for one code.
  expect(
    warned(c).includes("pfs-status-n") && warned(c).includes("cat-iii-contractor-priced")
  ).toBe(false);
}

describe("Category III pricing with the PFS status (real RVU26C statuses)", () => {
  it.each(WITH_FILE.map((c) => [c.name, c] as const))("%s", (_n, want) =>
    check(classify(want.facts, fake, AS_OF), want)
  );
  it.each(WITHOUT_FILE.map((c) => [c.name, c] as const))("%s", (_n, want) =>
    check(classify(want.facts, undefined, AS_OF), want)
  );

  it("names the status and the file in the rationale", () => {
    const r = renderClassification(classify(row("0446T", "implant", "office"), fake, AS_OF), "en");
    expect(r.rationale).toContain(
      "0446T has PFS status A in PFS CY2026 RVU26C (July): nationally priced"
    );
    expect(r.warnings).not.toMatch(/contractor-priced/);
  });
});

const itData = itWithReference("Category III pricing over the CMS files");
describe("Category III pricing over the CMS files", () => {
  let ref: CodeReference;
  beforeAll(async () => {
    if (HAVE_REFERENCE) ref = await requireReference();
  }, 120000);
  itData.each(WITH_FILE.map((c) => [c.name, c] as const))("%s", (_n, want) => {
    expect(ref.lookup(want.facts.candidateCodes[0])?.pfsStatus).toBe(
      STATUS[want.facts.candidateCodes[0]]
    );
    check(classify(want.facts, ref, AS_OF), want);
  });
});
