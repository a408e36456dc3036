/**
 * OPPS Addendum B status indicators decide what the rationale says about a C-code device category
 * (docs/reimbursement.md §4.1, §8.4): H = in transitional pass-through in the loaded quarter, N = packaged.
 * Real examples in the CY2025 January Addendum B: C1605 H, C1713 N, C1889 N. Runs over the real
 * files (../shared/data/cms or REIMB_DATA_DIR); the data cases skip with a printed reason without them.
 */
import { HAVE_REFERENCE, itWithReference, requireReference } from "./withReference";
import { classify, renderClassification } from "../../../src/domain/pathway";
import { strategyFor } from "../../../src/domain/strategy";
import type { CodeReference } from "../../../src/domain/reference/port";
import type { ProductFacts } from "../../../src/domain/product";

const itData = itWithReference("OPPS status-indicator cases");
let ref: CodeReference;
beforeAll(async () => {
  if (HAVE_REFERENCE) ref = await requireReference();
}, 120000);

const implantRow = (codes: string[], codeFit: ProductFacts["codeFit"], fdaDate: string) =>
  ({
    productType: "implant",
    siteOfCare: "hospital outpatient",
    candidateCodes: codes,
    codeFit,
    fdaStatus: "PMA approved",
    fdaDecisionDate: fdaDate,
  }) satisfies ProductFacts;

const ids = (c: ReturnType<typeof classify>) => c.rationale.map((m) => m.id);

describe("device category status from CMS's Addendum B", () => {
  itData.each([
    [
      "C1605 (SI H): in pass-through in the loaded quarter, paid separately",
      implantRow(["C1605", "33274"], "describes", "2023-06-29"),
      "H",
      "pathway.why.deviceCategoryPassThroughSiH",
      /status indicator H in CMS's OPPS Addendum B CY\d{4} \w+.*cost-to-charge ratio minus the APC's device offset/,
    ],
    [
      "C1713 (SI N), FDA 2012: packaged, not 'pass-through has ended' guesswork",
      implantRow(["C1713", "22612"], "describes", "2012-01-01"),
      "N",
      "pathway.why.deviceCategoryPackagedSiN",
      /status indicator N in CMS's OPPS Addendum B CY\d{4} \w+: it is packaged/,
    ],
    [
      "C1889 NOC device code (SI N): packaged, named with the file's vintage",
      implantRow(["33274", "C1889"], "describes", "2026-02-01"),
      "N",
      "pathway.why.deviceCategoryPackagedSiN",
      /C1889 has status indicator N in CMS's OPPS Addendum B/,
    ],
  ] as const)("%s", (_name, facts, si, id, text) => {
    const code = facts.candidateCodes.find((c) => c.startsWith("C"))!;
    expect(ref.lookup(code)?.oppsStatusIndicator).toBe(si);
    const c = classify(facts, ref, { asOf: "2026-06-01" });
    expect(ids(c)).toContain(id);
    expect(ids(c)).not.toContain("pathway.why.deviceCategoryMaybePassThrough");
    expect(ids(c)).not.toContain("pathway.why.deviceCategoryPassThroughOver");
    expect(renderClassification(c, "en").rationale).toMatch(text);
    expect(renderClassification(c, "zh-CN").rationale).toContain("OPPS Addendum B");
  });

  itData("C1889 keeps its pass-through route: a NOC code is not an active category", () => {
    const c = classify(implantRow(["33274", "C1889"], "describes", "2026-02-01"), ref, {
      asOf: "2026-06-01",
    });
    expect(c.nextGate).toBe("opps-pass-through-application");
    expect(c.paymentMechanisms).toContain("opps-device-pass-through");
  });

  itData("does not propose a pass-through application under C1605, an active H category", () => {
    const facts = implantRow(["C1605", "33274"], "partially", "2025-06-29");
    // Without the file the engine cannot know C1605 is active: the application is proposed.
    const bare = classify(facts, undefined, { asOf: "2026-06-01" });
    expect(bare.nextGate).toBe("opps-pass-through-application");
    const c = classify(facts, ref, { asOf: "2026-06-01" });
    expect(c.paymentMechanisms).not.toContain("opps-device-pass-through");
    expect([c.nextGate, ...c.laterGates]).not.toContain("opps-pass-through-application");
    expect(ids(c)).toContain("pathway.why.passThroughCategoryActive");
    expect(c.ruleIds).toContain("pass-through-category-active");
    expect(strategyFor(c, facts).implications.reimbursementWorkplan.id).not.toBe(
      "strategy.plan.passThrough"
    );
  });

  itData(
    "still proposes pass-through when the user says C1605 does not describe the device",
    () => {
      const c = classify(implantRow(["C1605", "33274"], "does not", "2025-06-29"), ref, {
        asOf: "2026-06-01",
      });
      expect(c.nextGate).toBe("opps-pass-through-application");
      expect(ids(c)).not.toContain("pathway.why.passThroughCategoryActive");
    }
  );
});

describe("device category status without reference data keeps today's wording", () => {
  it.each([
    [
      "C1605, PMA 2023",
      implantRow(["C1605", "33274"], "describes", "2023-06-29"),
      "pathway.why.deviceCategoryMaybePassThrough",
    ],
    [
      "C1713, 510(k) 2012",
      implantRow(["C1713", "22612"], "describes", "2012-01-01"),
      "pathway.why.deviceCategoryPassThroughOver",
    ],
  ] as const)("%s", (_name, facts, id) => {
    const c = classify(facts, undefined, { asOf: "2026-06-01" });
    expect(ids(c)).toContain(id);
    expect(c.ruleIds).not.toContain("opps-si-pass-through");
    expect(c.ruleIds).not.toContain("opps-si-packaged");
  });

  it("a port without oppsStatusIndicator keeps today's wording too", () => {
    const bare: CodeReference = {
      vintage: "HCPCS Level II CY2025 October",
      lookup: (code) => ({
        code,
        inCurrentFiles: true,
        feeSchedules: [],
        vintage: "HCPCS Level II CY2025 October",
      }),
    };
    const c = classify(implantRow(["C1605", "33274"], "describes", "2023-06-29"), bare, {
      asOf: "2026-06-01",
    });
    expect(ids(c)).toContain("pathway.why.deviceCategoryMaybePassThrough");
  });
});
