/**
 * Stage "gates": FDA first (docs/reimbursement.md §2.2, §4.1, §5), then every gate the row must pass, in the
 * order they open. The first is the row's next gate.
 */
import { msg } from "../../../i18n/catalogue";
import { addGate, fired, warn, type Ctx } from "../context";
import { allOf, type Rule } from "../register";
import { FACILITY_SITES, MECHANISM_GATE, PDAC_L_RANGE, TARGET_GATE } from "../rules";

export const FDA_RULES = allOf<Ctx>("gates: FDA", [
  {
    id: "gates.fda-first",
    says: "Not yet authorised (submitted, IDE, not submitted): FDA comes first; a Category I code needs the authorisation.",
    when: (c) => c.notAuthorised,
    then: (c) => {
      fired(c, "fda-first");
      c.rationale.unshift(msg("pathway.why.fdaFirst", { status: c.fda! }));
      warn(c, "fda-not-authorised", "pathway.warn.fdaNotAuthorised", { status: c.fda! });
      if (c.target === "CPT I") warn(c, "cat-i-needs-fda", "pathway.warn.catINeedsFda");
    },
    source: "docs/reimbursement.md §2.2 criterion 1, §4.1 (FDA approval/clearance), §5 (by May 1)",
  },
  {
    id: "gates.fda-status-missing",
    says: "An FDA-regulated product without an FDA status: warn, confidence −1.",
    when: (c) => c.fda === undefined && c.typeRule.fdaRegulated,
    then: (c) => {
      warn(c, "fda-status-missing", "pathway.warn.fdaStatusMissing");
      c.deficits += 1;
    },
    source: "docs/reimbursement.md §2.2, §4.1, §5",
  },
] satisfies Rule<Ctx>[]);

function pdacCode(c: Ctx): string | undefined {
  for (const v of c.allCodes) {
    const n = Number(v.code.slice(1));
    if (v.code[0] === "L" && n >= PDAC_L_RANGE.from && n <= PDAC_L_RANGE.to) return v.code;
  }
  return undefined;
}

/** Every gate on the row's path, in the order they open (all that apply). */
export const GATE_ORDER_RULES = allOf<Ctx>("gates: order", [
  {
    id: "gates.fda-authorisation",
    says: "FDA authorisation, when not yet granted.",
    when: (c) => c.notAuthorised,
    then: (c) => addGate(c, "fda-authorisation"),
    source: "docs/reimbursement.md §2.2 criterion 1, §4.1, §5",
  },
  {
    id: "gates.tcet-nomination",
    says: "TCET nomination, when TCET is the mechanism.",
    when: (c) => c.mechanisms.includes("tcet"),
    then: (c) => addGate(c, "tcet-nomination"),
    source: "docs/reimbursement.md §6.1, §6.2",
  },
  {
    id: "gates.no-benefit-category",
    says: "No benefit category: commercial payers first, then the statutory gate (Congress).",
    when: (c) => c.benefit === "none",
    then: (c) => {
      addGate(c, "payer-coverage-and-contracting");
      addGate(c, "benefit-category");
    },
    source: "docs/reimbursement.md §7 (bills to create a DTx category not enacted), §9",
  },
  {
    id: "gates.statutory-exclusion",
    says: "Medicare excludes the code's benefit by statute: payers that can pay come first (commercial, Medicare Advantage supplemental benefits, self-pay); no MAC coverage gate, which cannot change a statutory exclusion.",
    when: (c) => c.excluded,
    then: (c) => addGate(c, "payer-coverage-and-contracting"),
    source:
      "docs/reimbursement.md §7.1 (SSA §1862(a); supplemental benefits of Medicare Advantage plans)",
  },
  {
    id: "gates.mac-prices-bridge",
    says: "An unlisted/NOC claim the MAC prices by hand (not an OPPS device NOC): MAC coverage first.",
    when: (c) =>
      c.bridge !== undefined &&
      c.bridge.claimNeeds !== "codes.claim.deviceNocOpps" &&
      c.pathway === "unlisted-noc",
    then: (c) => addGate(c, "mac-coverage-lcd"),
    source: "docs/reimbursement.md §2.6, §3.3",
  },
  {
    id: "gates.target-code",
    says: "New or unlisted: the application for the target code (a new device C-code comes with the pass-through application itself).",
    when: (c) => {
      if ((c.pathway !== "new-code" && c.pathway !== "unlisted-noc") || c.target === "none")
        return false;
      const viaPassThrough = c.mechanisms.includes("opps-device-pass-through");
      return !(TARGET_GATE[c.target] === "hcpcs-ii-application" && viaPassThrough);
    },
    then: (c) => addGate(c, TARGET_GATE[c.target as Exclude<typeof c.target, "none">]),
    source: "docs/reimbursement.md §2.2–§2.5, §3.1, §4.1",
  },
  {
    id: "gates.mechanisms",
    says: "Each mechanism's own application (not TCET, placed above; not CLFS pricing of an existing CPT code, which follows coverage).",
    when: (c) => c.mechanisms.length > 0,
    then: (c) => {
      for (const m of c.mechanisms) {
        const g = MECHANISM_GATE[m];
        if (g && g !== "tcet-nomination" && !(g === "clfs-pricing" && c.pathway === "existing-cpt"))
          addGate(c, g);
      }
    },
    source: "docs/reimbursement.md §4–§6",
  },
  {
    id: "gates.pdac",
    says: "Orthotics/prosthetics on an L-code PDAC verifies (L0112–L4999), or on a new code: PDAC code verification.",
    when: (c) =>
      c.productType === "orthotic or prosthetic" &&
      (pdacCode(c) !== undefined || c.pathway === "new-code"),
    then: (c) => {
      fired(c, "pdac");
      addGate(c, "pdac-code-verification");
      const code = pdacCode(c);
      if (code) c.rationale.push(msg("pathway.why.pdac", { code }));
    },
    source: "docs/reimbursement.md §3.4",
  },
  {
    id: "gates.mac-coverage",
    says: "With a benefit category and no statutory exclusion: MAC coverage (LCD).",
    when: (c) => c.benefit !== "none" && !c.excluded,
    then: (c) => addGate(c, "mac-coverage-lcd"),
    source: "docs/reimbursement.md §1 (coverage by NCD/LCD), §2.6, §7.1, §9",
  },
  {
    id: "gates.cat-i-after-cat-iii",
    says: "On an existing Category III code: the Category I application follows.",
    when: (c) => c.pathway === "existing-cpt" && c.deciding?.kind === "cpt-cat-iii",
    then: (c) => addGate(c, "cpt-cat-i-application"),
    source: "docs/reimbursement.md §2.3, §2.4",
  },
  {
    id: "gates.clfs-pricing",
    says: "CLFS crosswalk/gapfill as a mechanism: CLFS pricing.",
    when: (c) => c.mechanisms.includes("clfs-crosswalk-gapfill"),
    then: (c) => addGate(c, "clfs-pricing"),
    source: "docs/reimbursement.md §2.5, §8.7",
  },
  {
    id: "gates.hospital-value-analysis",
    says: "Bought by a facility where it is used: the hospital value-analysis committee.",
    when: (c) => c.typeRule.facilityPurchased && c.site !== undefined && FACILITY_SITES.has(c.site),
    then: (c) => {
      fired(c, "facility-purchase");
      addGate(c, "hospital-value-analysis");
    },
    source: "docs/features.md#evidence (hospital value-analysis committee)",
  },
  {
    id: "gates.payer-contracting",
    says: "Always: payer coverage and contracting.",
    when: () => true,
    then: (c) => addGate(c, "payer-coverage-and-contracting"),
    source: "docs/reimbursement.md §9",
  },
] satisfies Rule<Ctx>[]);
