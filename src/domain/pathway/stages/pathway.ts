/**
 * Stage "pathway": which of the four pathways the row takes, the target code system, the bridge
 * code until the target exists, and the code-family rules that qualify an existing code
 * (docs/reimbursement.md §1–§3, §7).
 */
import { msg } from "../../../i18n/catalogue";
import { PFS_CONTRACTOR_PRICED, PFS_NATIONALLY_PRICED } from "../../codes/pfsStatus";
import { unlistedForSection, unlistedInfo } from "../../codes/unlisted";
import { fired, warn, type CatIIIPricing, type CodeView, type Ctx } from "../context";
import { allOf, apply, firstOf, otherwise, type Rule } from "../register";
import {
  CAT_I_ESTABLISHED_YEARS,
  CPT_KINDS,
  DEVICE_NOC_PACKAGED,
  DMHT_CODES,
  DMHT_REGULATION,
  NOC_BRIDGE,
  RPM_CODES,
  RTM_CODES,
  ROBOTIC_ASSIST_CODES,
  RTM_NO_NATIONAL_PAYMENT,
  SKIN_SUB_APPLICATION,
  statutoryExclusionOf,
} from "../rules";
import type { TargetCodeSystem } from "../types";

/** Category I when the technology is established (docs/reimbursement.md §2.2 proxy: authorised ≥3 years, or a professional service); else Category III. */
function cptTarget(c: Ctx): TargetCodeSystem {
  const fdaOk = !c.typeRule.fdaRegulated || c.authorised || c.fda === "not a device";
  const established =
    c.productType === "professional service" ||
    (c.yearsSinceFda !== undefined && c.yearsSinceFda >= CAT_I_ESTABLISHED_YEARS);
  if (fdaOk && established) {
    fired(c, "target-cpt-i");
    return "CPT I";
  }
  fired(c, "target-cpt-iii");
  return "CPT III";
}

/** Target code system of a new code: PLA for labs, HCPCS II for Level II products, else CPT. */
export const TARGET_RULES = firstOf<Ctx>("pathway: new-code target", [
  {
    id: "target.pla",
    says: "A lab test's own code is a PLA code.",
    when: (c) => c.role === "lab",
    then: (c) => {
      fired(c, "target-pla");
      c.target = "PLA";
    },
    source: "docs/reimbursement.md §2.5",
  },
  {
    id: "target.hcpcs-ii",
    says: "Level II products, DTx and devices whose deciding code is Level II seek a HCPCS Level II code.",
    when: (c) =>
      c.role === "level-ii-product" ||
      c.role === "dtx" ||
      (c.role === "device-in-procedure" && c.deciding?.kind === "hcpcs-ii"),
    then: (c) => {
      fired(c, "target-hcpcs-ii");
      c.target = "HCPCS II";
    },
    source: "docs/reimbursement.md §3.1, §3.2",
  },
  {
    id: "target.cpt",
    says: "Services and procedures seek CPT: Category I once established (authorised ≥3 years, or a professional service), else Category III.",
    when: otherwise,
    then: (c) => {
      c.target = cptTarget(c);
    },
    source:
      "docs/reimbursement.md §2.2 (FDA clearance, wide use, literature), §2.3 (emerging technology)",
  },
] satisfies Rule<Ctx>[]);

/** The temporary code a claim carries until the new code exists (first match). */
export const BRIDGE_RULES = firstOf<Ctx>("pathway: bridge code", [
  {
    id: "bridge.same-section",
    says: "The unlisted code of the deciding code's CPT section (or L-code family).",
    when: (c) => c.deciding !== undefined && unlistedForSection(c.deciding.code) !== undefined,
    then: (c) => {
      c.bridge = unlistedForSection(c.deciding!.code);
    },
    source: "docs/reimbursement.md §2.6 (unlisted CPT codes by section), §3.3",
  },
  {
    id: "bridge.dme-noc",
    says: `Home-use durable equipment: ${NOC_BRIDGE.dme}.`,
    when: (c) => c.productType === "home-use durable equipment",
    then: (c) => {
      c.bridge = unlistedInfo(NOC_BRIDGE.dme);
    },
    source: "docs/reimbursement.md §3.3 (E1399 miscellaneous DME)",
  },
  {
    id: "bridge.drug-noc",
    says: `Drug or biologic: ${NOC_BRIDGE.drugHospitalOutpatient} in a hospital outpatient department, else ${NOC_BRIDGE.drug}.`,
    when: (c) => c.productType === "drug or biologic",
    then: (c) => {
      c.bridge = unlistedInfo(
        c.site === "hospital outpatient" ? NOC_BRIDGE.drugHospitalOutpatient : NOC_BRIDGE.drug
      );
    },
    source:
      "docs/reimbursement.md §3.3 (J3490 unclassified drugs; C9399 unclassified drugs in OPPS; NDC and dose on the claim)",
  },
  {
    id: "bridge.skin-substitute-noc",
    says: `Skin substitute: ${NOC_BRIDGE.skinSubstitute}.`,
    when: (c) => c.productType === "skin substitute",
    then: (c) => {
      c.bridge = unlistedInfo(NOC_BRIDGE.skinSubstitute);
    },
    source: "docs/reimbursement.md §3.3 (Q4100)",
  },
  {
    id: "bridge.implanted-device-noc",
    says: `Implanted device in a hospital outpatient department or ASC: ${NOC_BRIDGE.implantedDevice} (packaged).`,
    when: (c) =>
      (c.productType === "implant" || c.productType === "procedure device") &&
      c.implanted &&
      (c.site === "hospital outpatient" || c.site === "ASC"),
    then: (c) => {
      c.bridge = unlistedInfo(NOC_BRIDGE.implantedDevice);
    },
    source: "docs/reimbursement.md §3.3 (C1889 implantable/insertable device NOC), §8.4",
  },
] satisfies Rule<Ctx>[]);

function newCode(c: Ctx): void {
  c.pathway = "new-code";
  applyTarget(c);
  applyBridge(c);
}
function applyTarget(c: Ctx): void {
  apply(TARGET_RULES, c);
}
function applyBridge(c: Ctx): void {
  apply(BRIDGE_RULES, c);
}
function noCodeText(c: Ctx): string {
  return c.codeTexts.length > 0 ? "pathway.why.noUsableCode" : "pathway.why.noCodeListed";
}
/** No deciding code and nothing that says the row's own code is missing or inadequate. */
function nothingListed(c: Ctx): boolean {
  return !c.deciding && !c.anyCode && c.fit !== "partially" && c.fit !== "does not";
}

/** Why Medicare excludes the code's benefit (docs/reimbursement.md §7.1), or undefined when it does not. */
function exclusionBasis(v: CodeView): string | undefined {
  const f = v.facts;
  if (f?.hcpcsCoverage === "S") return "HCPCS COV S";
  const pfs: unknown = f?.pfsStatus;
  if (typeof pfs === "string" && pfs.trim().toUpperCase() === "N") return "PFS status N";
  return f === undefined ? statutoryExclusionOf(v.code) : undefined;
}

/** The pathway (first match, in the order an adviser asks). */
/** The deciding code is the pathway: existing CPT (Cat I, Cat III, PLA) or existing HCPCS II. */
function existingCode(c: Ctx): void {
  const d = c.deciding!;
  const isCpt = CPT_KINDS.has(d.kind);
  c.pathway = isCpt ? "existing-cpt" : "existing-hcpcs-ii";
  fired(c, isCpt ? "existing-cpt" : "existing-hcpcs-ii");
  c.target =
    d.kind === "cpt-cat-iii" ? "CPT III" : d.kind === "pla" ? "PLA" : isCpt ? "CPT I" : "HCPCS II";
  c.rationale.push(
    msg(isCpt ? "pathway.why.existingCpt" : "pathway.why.existingLevelII", { code: d.code })
  );
  if (c.fit === undefined || c.fit === "unknown") {
    warn(c, "code-fit-unknown", "pathway.warn.codeFitUnknown", { code: d.code });
    c.deficits += 1;
  }
}

export const PATHWAY_RULES = firstOf<Ctx>("pathway", [
  {
    id: "pathway.missing-product-code",
    says: "A Level II product listed with only a CPT code still needs its own Level II code: new code.",
    when: (c) => c.missingProductCode,
    then: (c) => {
      fired(c, "missing-product-code");
      c.rationale.push(msg("pathway.why.missingProductCode", { service: c.serviceCode!.code }));
      newCode(c);
    },
    source: "docs/reimbursement.md §1, §3.2 (the product itself needs a Level II code)",
  },
  {
    id: "pathway.no-code-rpm-rtm",
    says: "Remote monitoring with no code listed: the RPM/RTM CPT families exist.",
    when: (c) => nothingListed(c) && c.productType === "remote monitoring",
    then: (c) => {
      fired(c, "no-code-listed");
      c.pathway = "existing-cpt";
      c.target = "CPT I";
      fired(c, "rpm-rtm");
      c.rationale.push(msg("pathway.why.rpmRtmFamily"));
    },
    source:
      "docs/reimbursement.md §7 RPM (99453/99454/99457/99458, 99445/99470), RTM (98975–98981, 98984–98986)",
  },
  {
    id: "pathway.no-code-dtx-dmht",
    says: "Digital therapeutic with no code whose description names 21 CFR 882.5801: the DMHT codes G0552–G0554.",
    when: (c) =>
      nothingListed(c) &&
      c.productType === "digital therapeutic" &&
      c.description.includes(DMHT_REGULATION),
    then: (c) => {
      fired(c, "no-code-listed");
      c.pathway = "existing-hcpcs-ii";
      c.target = "HCPCS II";
      fired(c, "dtx-dmht");
      c.rationale.push(msg("pathway.why.dtxDmhtFamily"));
    },
    source: "docs/reimbursement.md §7 DMHT (G0552–G0554, 21 CFR 882.5801, incident-to)",
  },
  {
    id: "pathway.no-code-dtx-adhd",
    says: "Digital therapeutic with no code for ADHD, as of 2026-01-01: the DMHT codes (CY2026 extension).",
    when: (c) => nothingListed(c) && c.productType === "digital therapeutic" && c.adhdDmht,
    then: (c) => {
      fired(c, "no-code-listed");
      c.pathway = "existing-hcpcs-ii";
      c.target = "HCPCS II";
      fired(c, "dtx-dmht-adhd");
      c.rationale.push(msg("pathway.why.dtxDmhtAdhd"));
    },
    source:
      "docs/reimbursement.md §7 (CY2026 extends DMHT codes to ADHD digital therapy devices), §10 item 4",
  },
  {
    id: "pathway.no-code-dtx-a9291",
    says: "Any other digital therapeutic with no code: A9291 exists, but without a benefit category.",
    when: (c) => nothingListed(c) && c.productType === "digital therapeutic",
    then: (c) => {
      fired(c, "no-code-listed");
      c.pathway = "existing-hcpcs-ii";
      c.target = "HCPCS II";
      fired(c, "dtx-a9291");
      c.rationale.push(msg("pathway.why.dtxA9291Family"));
    },
    source: "docs/reimbursement.md §7 (A9291 exists; no benefit category)",
  },
  {
    id: "pathway.capital-procedure-not-listed",
    says: "Capital equipment (or a procedure device listed only with a code Medicare does not recognise, such as S2900) with no procedure CPT listed, and no word that the service itself differs: the procedure's own CPT code is the pathway (the equipment is recovered through its payment); name it, confidence −1.",
    when: (c) =>
      !c.deciding &&
      c.fit !== "partially" &&
      c.fit !== "does not" &&
      ((c.role === "capital" && (c.fit === "describes" || c.notForMedicare.length > 0)) ||
        (c.role === "device-in-procedure" && c.notForMedicare.length > 0)),
    then: (c) => {
      fired(c, "capital-procedure-code");
      c.pathway = "existing-cpt";
      c.target = "CPT I";
      c.rationale.push(msg("pathway.why.procedureCodeNotListed"));
      warn(c, "procedure-code-missing", "pathway.warn.procedureCodeMissing");
      c.deficits += 1;
    },
    source:
      "docs/reimbursement.md §4.1 (depreciable equipment not separately paid), §4.4 (the procedure's code is the pathway for equipment and robotic systems), §2.1 (a new code only for a distinct service)",
  },
  {
    id: "pathway.no-usable-code",
    says: "No usable code (none listed, or all set aside, deleted or not fitting): new code.",
    when: (c) => !c.deciding,
    then: (c) => {
      fired(c, "no-code-listed");
      c.rationale.push(msg(noCodeText(c)));
      newCode(c);
    },
    source:
      "docs/features.md#sheet-contract (candidate codes optional); docs/reimbursement.md §2.1, §3.2",
  },
  {
    id: "pathway.unlisted-bridge",
    says: "The deciding code is unlisted/NOC: temporary pathway, with the permanent code system it points to.",
    when: (c) => c.deciding?.noc !== undefined,
    then: (c) => {
      const d = c.deciding!;
      const bridge = d.noc!;
      c.pathway = "unlisted-noc";
      c.bridge = bridge;
      fired(c, "unlisted-bridge");
      c.target =
        bridge.bridgeTo === "CPT III" || bridge.bridgeTo === "CPT I"
          ? cptTarget(c)
          : bridge.bridgeTo;
      if (c.target === "PLA") fired(c, "target-pla");
      else if (c.target === "HCPCS II") fired(c, "target-hcpcs-ii");
      c.rationale.push(msg("pathway.why.unlistedBridge", { code: d.code, target: c.target }));
    },
    source: "docs/reimbursement.md §2.6 (unlisted CPT), §3.3 (NOC Level II)",
  },
  {
    id: "pathway.deleted-code",
    says: "The deciding code is deleted (or an archived Category III code): new code.",
    when: (c) => c.deciding?.deleted === true,
    then: (c) => {
      const d = c.deciding!;
      fired(c, "new-code");
      c.rationale.push(
        msg(d.archived ? "pathway.why.catIIIArchived" : "pathway.why.deletedCode", { code: d.code })
      );
      newCode(c);
    },
    source: "docs/reimbursement.md §2.3 (5-year sunset), §3.1 (annual deletions)",
  },
  {
    id: "pathway.statutory-exclusion",
    says: "The deciding code is one Medicare excludes (HCPCS COV S: non-covered by statute; PFS status N: non-covered service; without the files, the statutory families: preventive physicals 99381–99397, refraction 92015, hearing aids V5010–V5298) and the user does not say it fails to describe the product: the pathway stays the existing code, with a statutory-exclusion warning; gates and strategy turn to other payers (a new code does not unlock Medicare payment).",
    when: (c) =>
      c.fit !== "does not" && c.deciding !== undefined && exclusionBasis(c.deciding) !== undefined,
    then: (c) => {
      const d = c.deciding!;
      existingCode(c);
      c.excluded = true;
      fired(c, "statutory-exclusion");
      warn(c, "statutory-exclusion", "pathway.warn.statutoryExclusion", {
        code: d.code,
        basis: exclusionBasis(d)!,
      });
    },
    source:
      "docs/reimbursement.md §7.1 (SSA §1862(a): routine physicals, eye examinations and eyeglasses, hearing aids, cosmetic surgery, routine foot care, most dental care); CMS HCPCS file COV=S (e.g. V5261 hearing aid); PFS RVU status N (e.g. 99385 in PPRRVU2026_Jul_nonQPP.csv); without the files, the statutory code families of docs/reimbursement.md §7.1",
  },
  {
    id: "pathway.partial-fit-procedure-carries",
    says: "Capital equipment on a procedure CPT, or a supply packaged into one, that the code only partly describes: the procedure code stays the pathway (the equipment or supply is recovered through its payment); a new code only when the user says the service itself is not described ('does not').",
    when: (c) =>
      c.fit === "partially" &&
      c.deciding !== undefined &&
      CPT_KINDS.has(c.deciding.kind) &&
      c.deciding === c.serviceCode &&
      (c.role === "capital" ||
        (c.role === "level-ii-product" && c.typeRule.packagedWithoutOwnCode)),
    then: (c) => {
      existingCode(c);
      fired(c, "partial-fit-existing");
      warn(c, "partial-fit-existing", "pathway.warn.partialFitExisting", {
        code: c.deciding!.code,
      });
      c.deficits += 1;
    },
    source:
      "docs/reimbursement.md §2.1 (a new code needs a distinct service), §3.2 (packaged items), §4.1 (equipment and supplies not separately paid), §4.4",
  },
  {
    id: "pathway.code-does-not-fit",
    says: "The user says the code partially describes or does not describe the product: new code.",
    when: (c) => c.fit === "partially" || c.fit === "does not",
    then: (c) => {
      fired(c, "new-code");
      c.rationale.push(
        msg(c.fit === "partially" ? "pathway.why.partialFit" : "pathway.why.noFit", {
          code: c.deciding!.code,
        })
      );
      newCode(c);
    },
    source:
      "docs/reimbursement.md §2.1 (descriptor must be distinct), §3.2 (why existing codes are inadequate)",
  },
  {
    id: "pathway.existing-code",
    says: "Otherwise the deciding code is the pathway: existing CPT (Cat I, Cat III, PLA) or existing HCPCS II; an unknown fit lowers confidence.",
    when: otherwise,
    then: (c) => existingCode(c),
    source: "docs/reimbursement.md §1 (CPT identifies services; Level II products), §2.1, §3",
  },
] satisfies Rule<Ctx>[]);

/** What follows from the pathway for every row (all that apply). */
export const AFTER_PATHWAY_RULES = allOf<Ctx>("pathway: follow-ups", [
  {
    id: "pathway.no-candidate-code",
    says: "No candidate code at all: warn, confidence −1.",
    when: (c) => !c.missingProductCode && !c.deciding && c.codeTexts.length === 0,
    then: (c) => {
      warn(c, "no-candidate-code", "pathway.warn.noCandidateCode");
      c.deficits += 1;
    },
    source: "docs/features.md#sheet-contract (candidate codes optional)",
  },
  {
    id: "pathway.bridge-suggestion",
    says: "A new code has a bridge: name it.",
    when: (c) => c.bridge !== undefined && c.pathway === "new-code",
    then: (c) => {
      fired(c, "unlisted-bridge");
      c.rationale.push(msg("pathway.why.bridgeSuggestion", { code: c.bridge!.code }));
    },
    source: "docs/reimbursement.md §2.6, §3.3",
  },
  {
    id: "pathway.unlisted-claim",
    says: "Say what a claim on the bridge code must carry (not for C1889 deciding, which has its own packaged warning).",
    when: (c) =>
      c.bridge !== undefined &&
      !(c.bridge.code === DEVICE_NOC_PACKAGED && c.deciding?.code === DEVICE_NOC_PACKAGED),
    then: (c) => warn(c, "unlisted-claim", c.bridge!.claimNeeds, { code: c.bridge!.code }),
    source:
      "docs/reimbursement.md §2.6 (documentation with unlisted codes), §3.3 (NDC and dose for drug NOC)",
  },
] satisfies Rule<Ctx>[]);

/** How the product's code relates to the service's (first match). */
export const PRODUCT_SERVICE_RULES = firstOf<Ctx>("pathway: product vs service", [
  {
    id: "pathway.product-vs-service",
    says: "Two codes: say which is the product's and which the service's (an RPM/RTM device-supply code is CPT, not Level II).",
    when: (c) => !!c.productCode && !!c.serviceCode && c.productCode !== c.serviceCode,
    then: (c) =>
      c.rationale.push(
        msg(
          c.productCode!.kind === "hcpcs-ii"
            ? "pathway.why.productVsService"
            : "pathway.why.deviceSupplyVsService",
          { product: c.productCode!.code, service: c.serviceCode!.code }
        )
      ),
    source: "docs/reimbursement.md §1, §7 RPM/RTM",
  },
  {
    id: "pathway.device-packaged",
    says: "A device on an existing CPT procedure without its own code is packaged into the procedure.",
    when: (c) =>
      c.role === "device-in-procedure" &&
      !c.productCode &&
      !!c.serviceCode &&
      c.pathway === "existing-cpt",
    then: (c) => {
      fired(c, "device-packaged");
      c.rationale.push(msg("pathway.why.devicePackaged", { service: c.serviceCode!.code }));
    },
    source: "docs/reimbursement.md §3.2 (item packaged into the CPT procedure)",
  },
  {
    id: "pathway.supply-packaged",
    says: "A supply listed only with a CPT code is packaged: no separate payment.",
    when: (c) =>
      c.role === "level-ii-product" &&
      !c.productCode &&
      !!c.serviceCode &&
      c.typeRule.packagedWithoutOwnCode,
    then: (c) => {
      fired(c, "device-packaged");
      warn(c, "packaged-supply", "pathway.warn.packagedSupply", { code: c.serviceCode!.code });
    },
    source: "docs/reimbursement.md §3.2, §4.1 (supplies excluded from pass-through)",
  },
  {
    id: "pathway.capital-via-service",
    says: "Capital equipment is recovered through the service's payment.",
    when: (c) => c.role === "capital" && !!c.serviceCode,
    then: (c) => {
      fired(c, "device-packaged");
      c.rationale.push(msg("pathway.why.capitalViaService", { service: c.serviceCode!.code }));
    },
    source:
      "docs/reimbursement.md §4.1 (depreciable equipment excluded), §5 (capital costs excluded)",
  },
] satisfies Rule<Ctx>[]);

function catIIIPricingOf(view: CodeView): CatIIIPricing {
  const raw: unknown = view.facts?.pfsStatus;
  if (typeof raw !== "string" || raw.trim() === "") return "generic";
  const s = raw.trim().toUpperCase();
  if (s === PFS_CONTRACTOR_PRICED) return "contractor";
  return PFS_NATIONALLY_PRICED.has(s) ? "national" : "not-paid";
}
const existingCatIII = (c: Ctx): boolean =>
  c.deciding?.kind === "cpt-cat-iii" && c.pathway === "existing-cpt";
const contractorCatIII = (c: Ctx): boolean =>
  c.catIIIPricing === "contractor" || c.catIIIPricing === "generic";

/** Rules of the deciding code's family (all that apply). */
export const CODE_FAMILY_RULES = allOf<Ctx>("pathway: code families", [
  {
    id: "family.cat-iii-existing",
    says: "An existing Category III code: priced by its loaded PFS status (none loaded: contractor-priced).",
    when: existingCatIII,
    then: (c) => {
      fired(c, "cat-iii-existing");
      c.catIIIPricing = catIIIPricingOf(c.deciding!);
    },
    source: "docs/reimbursement.md §2.3 (temporary, contractor-priced, 5-year sunset), §8.1",
  },
  {
    id: "family.cat-iii-contractor-priced",
    says: "Category III with status C (or no PFS status): the MAC prices each claim.",
    when: (c) => existingCatIII(c) && contractorCatIII(c),
    then: (c) =>
      warn(c, "cat-iii-contractor-priced", "pathway.warn.catIIIContractorPriced", {
        code: c.deciding!.code,
      }),
    source: "docs/reimbursement.md §2.3",
  },
  {
    id: "family.cat-iii-pfs-status",
    says: "Category III with another PFS status: A/R/T nationally priced (say so), others not separately paid; commercial payers may still call it investigational.",
    when: (c) => existingCatIII(c) && !contractorCatIII(c),
    then: (c) => {
      const d = c.deciding!;
      fired(c, "cat-iii-pfs-status");
      warn(c, "cat-iii-investigational", "pathway.warn.catIIIInvestigational", { code: d.code });
      if (c.catIIIPricing === "national")
        c.rationale.push(
          msg("pathway.why.catIIINationallyPriced", {
            code: d.code,
            status: d.facts?.pfsStatus?.trim().toUpperCase() ?? "",
            vintage: d.facts?.vintage ?? "",
          })
        );
    },
    source:
      "docs/reimbursement.md §2.3 read against the loaded PFS file's own status (§8.1): A/R/T nationally priced, N/B/I/X not separately paid; §9",
  },
  {
    id: "family.cat-iii-sunset",
    says: "Category III codes are archived after 5 years unless converted or extended.",
    when: existingCatIII,
    then: (c) => warn(c, "cat-iii-sunset", "pathway.warn.catIIISunset", { code: c.deciding!.code }),
    source: "docs/reimbursement.md §2.3 (5-year sunset)",
  },
  {
    id: "family.pla-existing",
    says: "An existing PLA code.",
    when: (c) => c.deciding?.kind === "pla" && c.pathway === "existing-cpt",
    then: (c) => fired(c, "pla-existing"),
    source: "docs/reimbursement.md §2.5 (one lab's or manufacturer's test; precedence over 8xxxx)",
  },
  {
    id: "family.c1889-packaged",
    says: `${DEVICE_NOC_PACKAGED} deciding: packaged, no separate payment.`,
    when: (c) => c.deciding?.code === DEVICE_NOC_PACKAGED,
    then: (c) => warn(c, "c1889-packaged", "pathway.warn.c1889Packaged"),
    source: "docs/reimbursement.md §3.3 (C1889 packaged), §8.4",
  },
] satisfies Rule<Ctx>[]);

/** One listed code in its code family. */
export interface FamilyStep {
  c: Ctx;
  code: CodeView;
}

/** Rules each listed code brings with its family, applied code by code (all that apply). */
export const PER_CODE_FAMILY_RULES = allOf<FamilyStep>("pathway: per-code families", [
  {
    id: "family.rpm-rtm",
    says: "An RPM/RTM code: RPM needs a device (FDA 'not a device' warned); 98978 has no national payment.",
    when: (s) => RPM_CODES.has(s.code.code) || RTM_CODES.has(s.code.code),
    then: ({ c, code }) => {
      fired(c, "rpm-rtm");
      if (RPM_CODES.has(code.code) && c.fda === "not a device")
        warn(c, "rpm-needs-device", "pathway.warn.rpmNeedsDevice");
      if (RTM_NO_NATIONAL_PAYMENT.has(code.code))
        warn(c, "rtm-no-national-payment", "pathway.warn.rtmNoNationalPayment", {
          code: code.code,
        });
    },
    source: "docs/reimbursement.md §7 RPM, RTM",
  },
  {
    id: "family.not-valid-for-medicare",
    says: "A listed code Medicare does not recognise, set aside for equipment or a procedure device (S2900 robotic assistance has its own warning): warn that the procedure's own code carries the payment.",
    when: (s) => s.c.notForMedicare.includes(s.code),
    then: ({ c, code }) => {
      fired(c, "not-valid-for-medicare");
      if (ROBOTIC_ASSIST_CODES.has(code.code))
        warn(c, "robotic-assist-not-medicare", "pathway.warn.roboticAssistNotMedicare", {
          code: code.code,
        });
      else
        warn(c, "not-valid-for-medicare", "pathway.warn.notValidForMedicare", {
          code: code.code,
        });
    },
    source:
      "docs/reimbursement.md §4.4 (S2900: HCPCS 2025 Oct COV I, PFS status I in PPRRVU2026_Jul_nonQPP.csv; S codes are not valid for Medicare)",
  },
  {
    id: "family.dmht",
    says: "A DMHT code requires an FDA device under 21 CFR 882.5801 (said once for the family).",
    when: (s) => DMHT_CODES.has(s.code.code),
    then: ({ c, code }) => {
      fired(c, "dtx-dmht");
      if (!c.warnings.some((w) => w.code === "dmht-882-5801"))
        warn(c, "dmht-882-5801", "pathway.warn.dmhtRequires8825801", { code: code.code });
    },
    source: "docs/reimbursement.md §7 DMHT (G0552–G0554, 21 CFR 882.5801, incident-to)",
  },
  {
    id: "family.skin-substitute-application",
    says: "A skin-substitute application code (15271–15278) is paid separately from the product.",
    when: (s) =>
      s.code.kind === "cpt-cat-i" &&
      s.c.productType === "skin substitute" &&
      Number(s.code.code) >= SKIN_SUB_APPLICATION.from &&
      Number(s.code.code) <= SKIN_SUB_APPLICATION.to,
    then: ({ c }) => fired(c, "skin-substitute-2026"),
    source: "docs/reimbursement.md §7 (CY2026 flat incident-to rate; 15271–15278 paid separately)",
  },
] satisfies Rule<FamilyStep>[]);
