/**
 * Stage "mechanisms": the payment mechanisms the site of care offers the product (docs/reimbursement.md
 * docs/reimbursement.md §4–§8): OPPS device pass-through, New Technology APC, IPPS NTAP, TCET, contractor pricing,
 * CLFS crosswalk/gapfill, DMEPOS fee schedule, ASP drug payment, the CY2026 skin-substitute rate.
 */
import { msg } from "../../../i18n/catalogue";
import { fired, warn, type Ctx } from "../context";
import { vintageFactsOf } from "../memo";
import { asOfDate } from "./codes";
import { fiscalYearStartMs, isoPlusYears, ntapFirstFiscalYear, plusYearsMs } from "../dates";
import { allOf, firstOf, type Rule, type RuleTable } from "../register";
import {
  DEVICE_CATEGORY_LETTER,
  DMEPOS_LETTERS,
  FACILITY_SITES,
  NTAP_NEWNESS_YEARS,
  OPPS_SI_DRUG_PASS_THROUGH,
  OPPS_SI_PACKAGED,
  OPPS_SI_PASS_THROUGH,
  PASS_THROUGH_MAX_YEARS,
  PASS_THROUGH_NEWNESS_YEARS,
} from "../rules";
import type { CodeView } from "../context";

/** "12,000": locale-independent so the same text appears in every host and test. */
function wholeDollars(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** The code's OPPS status indicator from Addendum B, normalised; undefined without reference data. */
export function oppsSi(view: CodeView | undefined): string | undefined {
  const si: unknown = view?.facts?.oppsStatusIndicator;
  return typeof si === "string" && si.length > 0 ? si.trim().toUpperCase() : undefined;
}

/**
 * The Addendum B part of a vintage ("OPPS Addendum B CY2025 January"), so the rationale names the
 * quarter the status indicator comes from rather than every loaded file.
 */
export function oppsVintage(c: Ctx, vintage: unknown): string {
  return typeof vintage === "string" ? vintageFactsOf(c.memo, vintage).oppsVintage : "";
}

const hopdOrAsc = (c: Ctx): boolean => c.site === "hospital outpatient" || c.site === "ASC";
/** The pathway is the device's own C-code category (OPPS device category, docs/reimbursement.md §4.1). */
const onDeviceCategory = (c: Ctx): boolean =>
  c.pathway === "existing-hcpcs-ii" && c.deciding?.code[0] === DEVICE_CATEGORY_LETTER;
/** The deciding C-code's Addendum B status indicator, when it is a live device category code. */
function categorySi(c: Ctx): string | undefined {
  const d = c.deciding;
  return d && d.kind === "hcpcs-ii" && d.code[0] === DEVICE_CATEGORY_LETTER && !d.deleted
    ? oppsSi(d)
    : undefined;
}
/** An implanted/inserted device at a HOPD/ASC not yet on its own category: pass-through is the question. */
const passThroughQuestion = (c: Ctx): boolean =>
  c.typeRule.passThroughCandidate &&
  c.implanted &&
  hopdOrAsc(c) &&
  !onDeviceCategory(c) &&
  c.benefit !== "none" &&
  !c.excluded;
const authorisedYears = (c: Ctx): number | undefined =>
  c.authorised ? c.yearsSinceFda : undefined;

export const PASS_THROUGH_RULES = firstOf<Ctx>("mechanisms: OPPS device pass-through", [
  {
    id: "mechanisms.pass-through-already-drug",
    says: "The product's own Level II code is already a pass-through drug or biological (SI G, e.g. an intracameral drug implant on J7355) that the user does not say fails to describe it: no device pass-through application for the same product.",
    when: (c) => {
      const v = c.productCode ?? c.deciding;
      return (
        passThroughQuestion(c) &&
        c.fit !== "does not" &&
        v !== undefined &&
        v.kind === "hcpcs-ii" &&
        !v.deleted &&
        oppsSi(v) === OPPS_SI_DRUG_PASS_THROUGH
      );
    },
    then: (c) => {
      const v = c.productCode ?? c.deciding!;
      fired(c, "pass-through-category-active");
      c.rationale.push(
        msg("pathway.why.passThroughAlreadyDrug", {
          code: v.code,
          vintage: oppsVintage(c, v.facts?.vintage),
        })
      );
    },
    source:
      "docs/reimbursement.md §4.1 (pass-through for a product not already described), §4.3 (SI G drug and biological pass-through in Addendum B, e.g. J7355 in CY2025 January)",
  },
  {
    id: "mechanisms.pass-through-category-active",
    says: "The listed C-code is an active pass-through category (SI H) that the user does not say fails to describe the device: no new category can be created, so no application.",
    when: (c) =>
      passThroughQuestion(c) &&
      categorySi(c) === OPPS_SI_PASS_THROUGH &&
      c.fit !== "does not" &&
      c.deciding !== undefined,
    then: (c) => {
      fired(c, "pass-through-category-active");
      c.rationale.push(
        msg("pathway.why.passThroughCategoryActive", {
          code: c.deciding!.code,
          vintage: oppsVintage(c, c.deciding!.facts?.vintage),
        })
      );
    },
    source:
      "docs/reimbursement.md §4.1 (a new category only if not described by a current or previous one), §8.4 (SI H in the loaded Addendum B)",
  },
  {
    id: "mechanisms.pass-through-window-closed",
    says: "FDA authorisation more than 3 years old: too late to apply for pass-through.",
    when: (c) => passThroughQuestion(c) && (authorisedYears(c) ?? 0) > PASS_THROUGH_NEWNESS_YEARS,
    then: (c) => {
      fired(c, "pass-through-window-closed");
      c.rationale.push(
        msg("pathway.why.passThroughWindowClosed", { years: PASS_THROUGH_NEWNESS_YEARS })
      );
    },
    source: "docs/reimbursement.md §4.1 (newness: within 3 years of FDA approval)",
  },
  {
    id: "mechanisms.pass-through",
    says: "Otherwise propose OPPS device pass-through (with the cost, the application deadline, and the target HCPCS II for a CPT-only row).",
    when: passThroughQuestion,
    then: (c) => {
      fired(c, "pass-through");
      c.mechanisms.push("opps-device-pass-through");
      // "Packaged" is today's state, not the end of the story: say so beside the pass-through route.
      for (let i = 0; i < c.rationale.length; i++)
        if (c.rationale[i].id === "pathway.why.devicePackaged")
          c.rationale[i] = msg("pathway.why.devicePackagedUntilPassThrough", {
            service: c.serviceCode?.code ?? "",
          });
      const raw = c.raw.deviceCost;
      const cost = typeof raw === "number" && Number.isFinite(raw) && raw > 0 ? raw : undefined;
      c.rationale.push(
        cost === undefined
          ? msg("pathway.why.passThrough")
          : msg("pathway.why.passThroughCost", { cost: wholeDollars(cost) })
      );
      if (c.fdaMs !== undefined && c.authorised)
        c.rationale.push(
          msg("pathway.why.passThroughDeadline", {
            date: isoPlusYears(c.fdaMs, PASS_THROUGH_NEWNESS_YEARS),
          })
        );
      if (c.yearsSinceFda === undefined && c.authorised) {
        warn(c, "newness-unknown", "pathway.warn.newnessUnknown");
        c.deficits += 1;
      }
      if (c.breakthrough) warn(c, "breakthrough-alt-repeal", "pathway.warn.breakthroughAltRepeal");
      if (c.pathway === "existing-cpt" && !c.productCode) c.target = "HCPCS II";
    },
    source:
      "docs/reimbursement.md §4.1 (42 CFR 419.66: newness 3 years, implanted/inserted, cost tests)",
  },
] satisfies Rule<Ctx>[]);

/** The device already has its C-code category at a HOPD/ASC. */
const onCategoryHere = (c: Ctx): boolean =>
  onDeviceCategory(c) &&
  c.typeRule.passThroughCandidate &&
  hopdOrAsc(c) &&
  c.deciding !== undefined;

const DAY_MS = 86400000;
function asOfYear(c: Ctx): number | undefined {
  // The year of the row's ISO as-of date, worked out once per row (asOfDate), not a Date per rule.
  const iso = asOfDate(c);
  return iso === undefined ? undefined : Number(iso.slice(0, iso.length - 6));
}
/** yyyymmdd → yyyy-mm-dd. */
const iso8 = (d: string): string => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}`;

/** The listed code a HOPD/ASC row is paid under in pass-through: SI H device category or SI G drug. */
function passThroughCode(c: Ctx): CodeView | undefined {
  if (!hopdOrAsc(c)) return undefined;
  // Deciding code first, then the product's (no array per call: several rules ask in turn).
  return passThroughOn(c.deciding) ?? passThroughOn(c.productCode);
}
function passThroughOn(v: CodeView | undefined): CodeView | undefined {
  if (!v || v.deleted || v.kind !== "hcpcs-ii" || !v.facts?.passThrough) return undefined;
  const si = oppsSi(v);
  return si === OPPS_SI_PASS_THROUGH || si === OPPS_SI_DRUG_PASS_THROUGH ? v : undefined;
}

/** Addendum B marks the code's pass-through as ending in a calendar year before the date of service. */
function endedByFile(c: Ctx, v: CodeView | undefined): boolean {
  const pt = v?.facts?.passThrough;
  const y = asOfYear(c);
  return pt !== undefined && pt.expiresInYear && y !== undefined && y > pt.year;
}

/**
 * Estimate (docs/reimbursement.md §4.1, §4.3): a device category's pass-through starts when CMS adds its C-code
 * (HCPCS ADD DT, a quarter's first day) and lasts at most 3 years, ending at a quarter's end. Only
 * for SI H C-codes: a drug's code often predates its pass-through (J9304 added 2020-10-01, still G
 * in CY2025), so no date is estimated for drugs.
 */
function estimatedEnd(c: Ctx, v: CodeView): { addDate: string; end: string } | undefined {
  if (v.code[0] !== DEVICE_CATEGORY_LETTER || oppsSi(v) !== OPPS_SI_PASS_THROUGH) return undefined;
  const add = c.ref?.describe?.(v.code)?.addDate;
  if (typeof add !== "string" || !/^\d{8}$/.test(add)) return undefined;
  const y = Number(add.slice(0, 4)) + PASS_THROUGH_MAX_YEARS;
  const endMs = Date.UTC(y, Number(add.slice(4, 6)) - 1, Number(add.slice(6, 8))) - DAY_MS;
  return Number.isFinite(endMs)
    ? { addDate: iso8(add), end: new Date(endMs).toISOString().slice(0, 10) }
    : undefined;
}
const ptParams = (c: Ctx, v: CodeView) => {
  const year = v.facts!.passThrough!.year;
  return {
    code: v.code,
    si: oppsSi(v) ?? "",
    year,
    next: year + 1,
    vintage: oppsVintage(c, v.facts?.vintage),
  };
};

/** When pass-through runs out, as CMS's files show it, else as an estimate (first match). */
export const PASS_THROUGH_EXPIRY_RULES = firstOf<Ctx>("mechanisms: pass-through expiry", [
  {
    id: "mechanisms.pass-through-ended",
    says: "Addendum B marks the code's pass-through (SI H or G) as expiring during its calendar year, and the date of service is in a later year: pass-through has ended; warn.",
    when: (c) => endedByFile(c, passThroughCode(c)),
    then: (c) => {
      const v = passThroughCode(c)!;
      fired(c, "pass-through-expiry");
      warn(c, "pass-through-ended", "pathway.warn.passThroughEnded", ptParams(c, v));
    },
    source:
      "docs/reimbursement.md §4.3 (Addendum B column 'Drug and Device Pass-Through Expiration during Calendar Year'; e.g. C1747 marked in CY2025 January), §4.1",
  },
  {
    id: "mechanisms.pass-through-ends-this-year",
    says: "Addendum B marks the code's pass-through as expiring during its calendar year (the year of the date of service or later): say it ends by 31 December of that year.",
    when: (c) => passThroughCode(c)?.facts?.passThrough?.expiresInYear === true,
    then: (c) => {
      fired(c, "pass-through-expiry");
      c.rationale.push(msg("pathway.why.passThroughEndsInYear", ptParams(c, passThroughCode(c)!)));
    },
    source: "docs/reimbursement.md §4.3 (Addendum B expiration column), §4.1",
  },
  {
    id: "mechanisms.pass-through-ended-estimate",
    says: "A device category (SI H) not marked as expiring, whose HCPCS ADD DT plus 3 years is before the date of service: pass-through has most likely ended (estimate); warn.",
    when: (c) => {
      const v = passThroughCode(c);
      const e = v ? estimatedEnd(c, v) : undefined;
      return e !== undefined && Number.isFinite(c.asOf) && Date.parse(e.end) < c.asOf;
    },
    then: (c) => {
      const v = passThroughCode(c)!;
      fired(c, "pass-through-expiry");
      warn(c, "pass-through-ended-estimate", "pathway.warn.passThroughEndedEstimate", {
        ...ptParams(c, v),
        ...estimatedEnd(c, v)!,
      });
    },
    source:
      "docs/reimbursement.md §4.1 (status at most 3 years, ending at a quarter's end), §4.3 (HCPCS ADD DT as the category's start: an estimate)",
  },
  {
    id: "mechanisms.pass-through-runs-until-estimate",
    says: "A device category (SI H) not marked as expiring: pass-through runs into the next year; estimate its end as HCPCS ADD DT plus 3 years (marked as estimate).",
    when: (c) => {
      const v = passThroughCode(c);
      return v !== undefined && estimatedEnd(c, v) !== undefined;
    },
    then: (c) => {
      const v = passThroughCode(c)!;
      fired(c, "pass-through-expiry");
      c.rationale.push(
        msg("pathway.why.passThroughUntilEstimate", { ...ptParams(c, v), ...estimatedEnd(c, v)! })
      );
    },
    source: "docs/reimbursement.md §4.1 (status 2–3 years), §4.3",
  },
  {
    id: "mechanisms.pass-through-continues",
    says: "A pass-through code (SI H or G) not marked as expiring and without a start date to estimate from: pass-through runs into the next year; it typically lasts 2–3 years (estimate).",
    when: (c) => passThroughCode(c) !== undefined,
    then: (c) => {
      fired(c, "pass-through-expiry");
      c.rationale.push(msg("pathway.why.passThroughContinues", ptParams(c, passThroughCode(c)!)));
    },
    source: "docs/reimbursement.md §4.1 (status at least 2, at most 3 years), §4.3",
  },
] satisfies Rule<Ctx>[]);

export const DEVICE_CATEGORY_RULES = firstOf<Ctx>("mechanisms: existing device category", [
  {
    id: "mechanisms.device-category-pass-through-ended",
    says: "Existing C-code category with SI H whose pass-through Addendum B marks as ending in a year before the date of service: no longer paid separately; packaged into the procedure's APC.",
    when: (c) =>
      onCategoryHere(c) && categorySi(c) === OPPS_SI_PASS_THROUGH && endedByFile(c, c.deciding),
    then: (c) => {
      fired(c, "existing-device-category");
      fired(c, "pass-through-expiry");
      c.rationale.push(
        msg("pathway.why.deviceCategoryPassThroughEnded", {
          code: c.deciding!.code,
          year: c.deciding!.facts!.passThrough!.year,
          vintage: oppsVintage(c, c.deciding!.facts?.vintage),
        })
      );
    },
    source:
      "docs/reimbursement.md §4.1 (status 2–3 years), §4.3 (Addendum B expiration column), §8.4",
  },
  {
    id: "mechanisms.device-category-si-h",
    says: "Existing C-code category with SI H in the loaded Addendum B: paid as pass-through now.",
    when: (c) => onCategoryHere(c) && categorySi(c) === OPPS_SI_PASS_THROUGH,
    then: (c) => {
      fired(c, "existing-device-category");
      fired(c, "opps-si-pass-through");
      c.rationale.push(
        msg("pathway.why.deviceCategoryPassThroughSiH", {
          code: c.deciding!.code,
          vintage: oppsVintage(c, c.deciding!.facts?.vintage),
        })
      );
    },
    source:
      "docs/reimbursement.md §4.1 (pass-through payment = charge × cost-to-charge ratio − device offset), §8.4 (SI H = pass-through device category)",
  },
  {
    id: "mechanisms.device-category-si-n",
    says: "Existing C-code category with SI N: packaged, no separate payment.",
    when: (c) => onCategoryHere(c) && categorySi(c) === OPPS_SI_PACKAGED,
    then: (c) => {
      fired(c, "existing-device-category");
      fired(c, "opps-si-packaged");
      c.rationale.push(
        msg("pathway.why.deviceCategoryPackagedSiN", {
          code: c.deciding!.code,
          vintage: oppsVintage(c, c.deciding!.facts?.vintage),
        })
      );
    },
    source: "docs/reimbursement.md §8.4 (SI N = packaged)",
  },
  {
    id: "mechanisms.device-category-by-date",
    says: "Existing C-code category without Addendum B: the FDA date bounds whether pass-through may still run (application within 3 years, status at most 3).",
    when: onCategoryHere,
    then: (c) => {
      fired(c, "existing-device-category");
      const maxYears = PASS_THROUGH_NEWNESS_YEARS + PASS_THROUGH_MAX_YEARS;
      c.rationale.push(
        (authorisedYears(c) ?? 0) > maxYears
          ? msg("pathway.why.deviceCategoryPassThroughOver", {
              code: c.deciding!.code,
              years: maxYears,
            })
          : msg("pathway.why.deviceCategoryMaybePassThrough", { code: c.deciding!.code })
      );
    },
    source:
      "docs/reimbursement.md §4.1 (pass-through status 2–3 years, applied for within 3 years of FDA)",
  },
  {
    id: "mechanisms.device-noc-packaged",
    says: "A device NOC code (C1889 and kin) the loaded Addendum B confirms as packaged (SI N).",
    when: (c) =>
      c.pathway === "unlisted-noc" &&
      categorySi(c) === OPPS_SI_PACKAGED &&
      c.typeRule.passThroughCandidate &&
      hopdOrAsc(c) &&
      c.deciding !== undefined,
    then: (c) => {
      fired(c, "opps-si-packaged");
      c.rationale.push(
        msg("pathway.why.deviceCategoryPackagedSiN", {
          code: c.deciding!.code,
          vintage: oppsVintage(c, c.deciding!.facts?.vintage),
        })
      );
    },
    source: "docs/reimbursement.md §8.4 (SI N = packaged), §3.3 (C1889 packaged)",
  },
] satisfies Rule<Ctx>[]);

export const NEW_TECH_APC_RULES = allOf<Ctx>("mechanisms: New Technology APC", [
  {
    id: "mechanisms.new-technology-apc",
    says: "A new service (new code, or an unlisted CPT) in a HOPD that targets CPT, within a benefit and not excluded by statute: New Technology APC.",
    when: (c) =>
      c.site === "hospital outpatient" &&
      c.typeRule.newTechApcCandidate &&
      (c.pathway === "new-code" || (c.pathway === "unlisted-noc" && c.bridge?.system === "CPT")) &&
      (c.target === "CPT I" || c.target === "CPT III") &&
      c.benefit !== "none" &&
      !c.excluded,
    then: (c) => {
      fired(c, "new-technology-apc");
      c.mechanisms.push("new-technology-apc");
      c.rationale.push(msg("pathway.why.newTechApc"));
    },
    source: "docs/reimbursement.md §4.2",
  },
] satisfies Rule<Ctx>[]);

const ntapQuestion = (c: Ctx): boolean =>
  c.site === "inpatient" && c.typeRule.ntapCandidate && c.benefit !== "none" && !c.excluded;
const ntapFy = (c: Ctx): number | undefined =>
  c.fdaMs !== undefined && c.authorised ? ntapFirstFiscalYear(c.fdaMs, c.asOf) : undefined;

export const NTAP_RULES = firstOf<Ctx>("mechanisms: IPPS NTAP", [
  {
    id: "mechanisms.ntap-window-closed",
    says: "Inpatient, FDA authorisation more than 3 years old: the NTAP newness window has closed.",
    when: (c) => ntapQuestion(c) && (authorisedYears(c) ?? 0) > NTAP_NEWNESS_YEARS,
    then: (c) => c.rationale.push(msg("pathway.why.ntapWindowClosed")),
    source: "docs/reimbursement.md §5 (newness 2–3 years)",
  },
  {
    id: "mechanisms.ntap-window-closed-by-deadline",
    says: "The next NTAP cycle still open starts after the newness window ends: same outcome as an old authorisation.",
    when: (c) => {
      const fy = ntapFy(c);
      return (
        ntapQuestion(c) &&
        fy !== undefined &&
        fiscalYearStartMs(fy) > plusYearsMs(c.fdaMs!, NTAP_NEWNESS_YEARS)
      );
    },
    then: (c) => {
      const fy = ntapFy(c)!;
      fired(c, "ntap-window-closed-by-deadline");
      c.rationale.push(
        msg("pathway.why.ntapWindowClosedByDeadline", {
          fy,
          date: isoPlusYears(c.fdaMs!, NTAP_NEWNESS_YEARS),
        })
      );
    },
    source:
      "docs/reimbursement.md §5 (application deadline early October about one year before the FY; newness 2–3 years)",
  },
  {
    id: "mechanisms.ntap",
    says: "Otherwise, inpatient (within a benefit, not excluded by statute): IPPS NTAP, with the first fiscal year it can start.",
    when: ntapQuestion,
    then: (c) => {
      fired(c, "ntap");
      c.mechanisms.push("ipps-ntap");
      c.rationale.push(msg("pathway.why.ntap"));
      const fy = ntapFy(c);
      if (fy !== undefined)
        c.rationale.push(msg("pathway.why.ntapFirstYear", { fy, deadlineYear: fy - 2 }));
      if (c.breakthrough) warn(c, "breakthrough-alt-repeal", "pathway.warn.breakthroughAltRepeal");
    },
    source: "docs/reimbursement.md §5 (42 CFR 412.87; 65%; FDA authorisation by May 1)",
  },
] satisfies Rule<Ctx>[]);

const tcetQuestion = (c: Ctx): boolean => c.breakthrough && c.role !== "lab";

export const TCET_RULES = firstOf<Ctx>("mechanisms: TCET", [
  {
    id: "mechanisms.tcet",
    says: "Breakthrough device not yet authorised, with a benefit category: TCET (paused).",
    when: (c) => tcetQuestion(c) && c.notAuthorised && c.benefit !== "none",
    then: (c) => {
      fired(c, "tcet");
      c.mechanisms.push("tcet");
      c.rationale.push(msg("pathway.why.tcet"));
      warn(c, "tcet-paused", "pathway.warn.tcetPaused");
    },
    source: "docs/reimbursement.md §6.1, §6.2 (TCET paused, RAPID announced Apr 2026)",
  },
  {
    id: "mechanisms.tcet-closed-authorised",
    says: "Breakthrough device already authorised: TCET nominations come before authorisation.",
    when: (c) => tcetQuestion(c) && c.authorised,
    then: (c) => c.rationale.push(msg("pathway.why.tcetClosedAuthorised")),
    source: "docs/reimbursement.md §6.1",
  },
] satisfies Rule<Ctx>[]);

const FACILITY_CONTRACTOR_NOTE: Readonly<Record<string, string>> = {
  "hospital outpatient": "pathway.why.contractorPhysicianOnlyHopd",
  ASC: "pathway.why.contractorPhysicianOnlyAsc",
  inpatient: "pathway.why.contractorPhysicianOnlyInpatient",
};

function contractorPriced(c: Ctx): boolean {
  if (c.pathway === "new-code") return false;
  return c.catIIIPricing !== undefined
    ? c.catIIIPricing === "contractor" || c.catIIIPricing === "generic"
    : (c.pathway === "unlisted-noc" && c.bridge?.system === "CPT") || c.target === "CPT III";
}

export const PRICING_RULES = allOf<Ctx>("mechanisms: pricing", [
  {
    id: "mechanisms.contractor-physician-part-only",
    says: "Contractor-priced code at a facility: the MAC prices the physician's claim only; the facility is paid by its own system.",
    when: (c) => contractorPriced(c) && c.site !== undefined && FACILITY_SITES.has(c.site),
    then: (c) => {
      fired(c, "cat-iii-physician-part-only");
      c.rationale.push(
        msg(FACILITY_CONTRACTOR_NOTE[c.site!], { code: (c.deciding ?? c.bridge)?.code ?? "" })
      );
    },
    source:
      "docs/reimbursement.md §2.3 [P] (under OPPS CMS may assign Cat III codes to clinical or New Technology APCs), §8.5 (ASC), §5 (IPPS)",
  },
  {
    id: "mechanisms.contractor-pricing",
    says: "Contractor-priced code (Cat III, unlisted CPT) outside a facility: the MAC prices it.",
    when: (c) => contractorPriced(c) && !(c.site !== undefined && FACILITY_SITES.has(c.site)),
    then: (c) => {
      c.mechanisms.push("cat-iii-contractor-pricing");
    },
    source: "docs/reimbursement.md §2.3 (temporary, contractor-priced), §2.6",
  },
  {
    id: "mechanisms.clfs",
    says: "A lab test without a priced CLFS code (new code, or a PLA code the CLFS does not price yet): crosswalk or gapfill.",
    when: (c) =>
      c.role === "lab" &&
      (c.pathway !== "existing-cpt" ||
        (c.deciding?.kind === "pla" && c.deciding.facts?.feeSchedules.includes("CLFS") !== true)),
    then: (c) => {
      fired(c, "clfs-pricing");
      c.mechanisms.push("clfs-crosswalk-gapfill");
    },
    source: "docs/reimbursement.md §2.5, §8.7 (crosswalk or gapfill)",
  },
  {
    id: "mechanisms.dmepos",
    says: "DME, O&P, or a home supply on a DMEPOS letter (E, K, L, A, B) or on its way to one, not excluded by statute: DMEPOS fee schedule.",
    when: (c) => {
      const letter = c.deciding && c.deciding.kind === "hcpcs-ii" ? c.deciding.code[0] : "";
      return (
        (c.productType === "home-use durable equipment" ||
          c.productType === "orthotic or prosthetic" ||
          (c.productType === "supply" && c.site === "home")) &&
        (c.pathway === "existing-hcpcs-ii" ||
          c.pathway === "unlisted-noc" ||
          c.target === "HCPCS II") &&
        (letter === "" || DMEPOS_LETTERS.includes(letter)) &&
        c.benefit !== "unknown" &&
        !c.excluded
      );
    },
    then: (c) => {
      fired(c, "dmepos-fee-schedule");
      c.mechanisms.push("dmepos-fee-schedule");
    },
    source: "docs/reimbursement.md §8.6",
  },
  {
    id: "mechanisms.asp",
    says: "A drug outside the inpatient stay, not excluded by statute: ASP-based payment.",
    when: (c) => c.productType === "drug or biologic" && c.site !== "inpatient" && !c.excluded,
    then: (c) => {
      fired(c, "asp-drug");
      c.mechanisms.push("asp-drug-payment");
    },
    source: "docs/reimbursement.md §1, §3.3 (drug NOC claims need NDC and dose)",
  },
  {
    id: "mechanisms.skin-substitute",
    says: "A skin substitute in an office, HOPD or home: the CY2026 flat incident-to rate per cm².",
    when: (c) =>
      c.productType === "skin substitute" &&
      (c.site === "office" || c.site === "hospital outpatient" || c.site === "home"),
    then: (c) => {
      fired(c, "skin-substitute-2026");
      c.mechanisms.push("skin-substitute-incident-to-rate");
      warn(c, "skin-substitute-flat-rate", "pathway.warn.skinSubstituteFlatRate");
    },
    source: "docs/reimbursement.md §7 (CY2026 flat incident-to rate; 15271–15278 paid separately)",
  },
] satisfies Rule<Ctx>[]);

/** The code whose OPPS status a hospital-outpatient row's economics turn on: the procedure, else the deciding code. */
const oppsCode = (c: Ctx): CodeView | undefined =>
  c.site === "hospital outpatient" ? (c.serviceCode ?? c.deciding) : undefined;
const oppsParams = (c: Ctx, v: CodeView) => ({
  code: v.code,
  si: oppsSi(v) ?? "",
  vintage: oppsVintage(c, v.facts?.vintage),
});

/** What Addendum B's status indicator says about a hospital-outpatient row (all that apply). */
export const OPPS_STATUS_RULES = allOf<Ctx>("mechanisms: OPPS status indicators", [
  {
    id: "mechanisms.opps-inpatient-only",
    says: "Hospital outpatient, the procedure has SI C: inpatient-only, no OPPS payment; only an inpatient stay (IPPS) pays the hospital.",
    when: (c) => {
      const v = oppsCode(c);
      return v !== undefined && !v.deleted && oppsSi(v) === "C";
    },
    then: (c) => {
      fired(c, "opps-status-indicator");
      warn(c, "opps-inpatient-only", "pathway.warn.oppsInpatientOnly", oppsParams(c, oppsCode(c)!));
    },
    source: "docs/reimbursement.md §8.5 (inpatient-only list, phased out from CY2026), §8.4",
  },
  {
    id: "mechanisms.opps-not-paid",
    says: "Hospital outpatient, SI E1 or E2: not paid under OPPS.",
    when: (c) => {
      const v = oppsCode(c);
      const si = v && !v.deleted ? oppsSi(v) : undefined;
      return si === "E1" || si === "E2";
    },
    then: (c) => {
      fired(c, "opps-status-indicator");
      warn(c, "opps-not-paid", "pathway.warn.oppsNotPaid", oppsParams(c, oppsCode(c)!));
    },
    source:
      "docs/reimbursement.md §8.4 (E1 not covered by any outpatient benefit category; E2 no pricing/claims data)",
  },
  {
    id: "mechanisms.opps-comprehensive",
    says: "Hospital outpatient, the procedure has SI J1 or J2: a comprehensive APC packages the device and other services.",
    when: (c) => {
      const v = oppsCode(c);
      const si = v && !v.deleted ? oppsSi(v) : undefined;
      return si === "J1" || si === "J2";
    },
    then: (c) => {
      fired(c, "opps-status-indicator");
      c.rationale.push(msg("pathway.why.oppsComprehensive", oppsParams(c, oppsCode(c)!)));
    },
    source: "docs/reimbursement.md §8.4 (J1 = comprehensive APC)",
  },
  {
    id: "mechanisms.opps-multiple-procedure",
    says: "Hospital outpatient, the procedure has SI T: multiple-procedure discount.",
    when: (c) => {
      const v = oppsCode(c);
      return v !== undefined && !v.deleted && oppsSi(v) === "T";
    },
    then: (c) => {
      fired(c, "opps-status-indicator");
      c.rationale.push(msg("pathway.why.oppsMultipleProcedure", oppsParams(c, oppsCode(c)!)));
    },
    source: "docs/reimbursement.md §8.4 (T = procedure subject to multiple-procedure discount)",
  },
  {
    id: "mechanisms.opps-packaged-product",
    says: "Hospital outpatient, a drug, supply or other Level II product whose own code has SI N: packaged, no separate payment.",
    when: (c) =>
      c.site === "hospital outpatient" &&
      c.role === "level-ii-product" &&
      c.productCode !== undefined &&
      !c.productCode.deleted &&
      c.productCode.noc === undefined &&
      oppsSi(c.productCode) === OPPS_SI_PACKAGED,
    then: (c) => {
      fired(c, "opps-status-indicator");
      warn(
        c,
        "opps-packaged-product",
        "pathway.warn.oppsPackagedProduct",
        oppsParams(c, c.productCode!)
      );
    },
    source: "docs/reimbursement.md §8.4 (N = packaged), §3.2",
  },
] satisfies Rule<Ctx>[]);

/** The stage's tables in the order they apply. */
export const MECHANISM_TABLES: readonly RuleTable<Ctx>[] = [
  PASS_THROUGH_RULES,
  DEVICE_CATEGORY_RULES,
  PASS_THROUGH_EXPIRY_RULES,
  OPPS_STATUS_RULES,
  NEW_TECH_APC_RULES,
  NTAP_RULES,
  TCET_RULES,
  PRICING_RULES,
];
