/**
 * The cycles that set the earliest dates of a product's gates (docs/roadmap.md). One row per
 * rule: what the cycle is, who runs it, where the fact comes from and how sure we are of it, with
 * the confidence tags of docs/reimbursement.md §0: "V" seen in the cited source, "P" likely, "U" not verified.
 * A date resting on a P or U rule is shown as an estimate with its basis.
 *
 * The cycle functions turn a rule into concrete cycles (deadline → decision → effective date) for
 * a year; ./plan.ts picks the first cycle still open.
 */
import type { GateId, GateOwnerId } from "../pathway/types";
import { addMonths, addMonthsToFirst, firstBusinessDay, parts, ymd, type Day } from "./days";

export type Tag = "V" | "P" | "U";

export const CALENDAR_RULE_IDS = [
  "fda-decision",
  "cpt-i-cycle",
  "cpt-i-deadline",
  "cpt-iii-cycle",
  "pla-cycle",
  "pla-deadline",
  "hcpcs-nondrug-cycle",
  "hcpcs-nondrug-effective",
  "hcpcs-drug-cycle",
  "hcpcs-skin-substitute-2026",
  "hcpcs-fda-documents",
  "opps-quarterly",
  "pass-through-newness",
  "ntap-cycle",
  "ntap-deadline-day",
  "tcet-windows",
  "tcet-paused",
  "mac-coverage-range",
  "clfs-rate-range",
  "pdac-range",
  "payer-policy-range",
  "hospital-vac-range",
] as const;
export type CalendarRuleId = (typeof CALENDAR_RULE_IDS)[number];

export interface CalendarRule {
  id: CalendarRuleId;
  gate: GateId;
  owner: GateOwnerId;
  /** Where the fact is written down (the repo's docs cite the official page). */
  source: string;
  confidence: Tag;
}

/** The rules, in the order docs/roadmap.md lists them. Descriptions: catalogue `roadmap.rule.<id>`. */
export const CALENDAR_RULES: Readonly<Record<CalendarRuleId, CalendarRule>> = {
  "fda-decision": {
    id: "fda-decision",
    gate: "fda-authorisation",
    owner: "fda",
    source:
      "Products column FDA Decision Date or the expected FDA date (docs/reimbursement.md §2.2, §4.1, §5)",
    confidence: "V",
  },
  "cpt-i-cycle": {
    id: "cpt-i-cycle",
    gate: "cpt-cat-i-application",
    owner: "ama-cpt-panel",
    source:
      "docs/reimbursement.md §1 (three meetings a year), §2.4 (Feb/May/Oct 2017 actions effective Jan 1 2019)",
    confidence: "P",
  },
  "cpt-i-deadline": {
    id: "cpt-i-deadline",
    gate: "cpt-cat-i-application",
    owner: "ama-cpt-panel",
    source:
      "docs/reimbursement.md §2.4 (applications about 3 months before the meeting; exact dates on the AMA calendar)",
    confidence: "P",
  },
  "cpt-iii-cycle": {
    id: "cpt-iii-cycle",
    gate: "cpt-cat-iii-application",
    owner: "ama-cpt-panel",
    source:
      "docs/reimbursement.md §2.3 (published January and July, effective six months later), §2.4",
    confidence: "P",
  },
  "pla-cycle": {
    id: "pla-cycle",
    gate: "pla-application",
    owner: "ama-cpt-panel",
    source: "docs/reimbursement.md §2.5 (released quarterly, effective one quarter after release)",
    confidence: "V",
  },
  "pla-deadline": {
    id: "pla-deadline",
    gate: "pla-application",
    owner: "ama-cpt-panel",
    source:
      "docs/reimbursement.md §2.5 (application deadline about four months before release: not verified)",
    confidence: "U",
  },
  "hcpcs-nondrug-cycle": {
    id: "hcpcs-nondrug-cycle",
    gate: "hcpcs-ii-application",
    owner: "cms-hcpcs-workgroup",
    source:
      "docs/reimbursement.md §3.1 (deadlines first business day of January and July; public meetings)",
    confidence: "V",
  },
  "hcpcs-nondrug-effective": {
    id: "hcpcs-nondrug-effective",
    gate: "hcpcs-ii-application",
    owner: "cms-hcpcs-workgroup",
    source: "docs/reimbursement.md §3.1 (effective about October 1 / April 1), §11",
    confidence: "U",
  },
  "hcpcs-drug-cycle": {
    id: "hcpcs-drug-cycle",
    gate: "hcpcs-ii-application",
    owner: "cms-hcpcs-workgroup",
    source:
      "docs/reimbursement.md §3.1 (quarterly deadlines; effective about two quarters after submission)",
    confidence: "P",
  },
  "hcpcs-skin-substitute-2026": {
    id: "hcpcs-skin-substitute-2026",
    gate: "hcpcs-ii-application",
    owner: "cms-hcpcs-workgroup",
    source:
      "docs/reimbursement.md §3.1 (skin substitutes in the biannual non-drug cycle from January 1 2026)",
    confidence: "V",
  },
  "hcpcs-fda-documents": {
    id: "hcpcs-fda-documents",
    gate: "hcpcs-ii-application",
    owner: "cms-hcpcs-workgroup",
    source: "docs/reimbursement.md §3.2 (the application carries the FDA letter)",
    confidence: "P",
  },
  "opps-quarterly": {
    id: "opps-quarterly",
    gate: "opps-pass-through-application",
    owner: "cms-opps",
    source:
      "docs/reimbursement.md §4.1 (quarterly deadlines: not verified), §4.2 (quarterly earliest dates), §11",
    confidence: "U",
  },
  "pass-through-newness": {
    id: "pass-through-newness",
    gate: "opps-pass-through-application",
    owner: "cms-opps",
    source: "docs/reimbursement.md §4.1 (42 CFR 419.66: within 3 years of FDA authorisation)",
    confidence: "V",
  },
  "ntap-cycle": {
    id: "ntap-cycle",
    gate: "ntap-application",
    owner: "cms-ipps",
    source:
      "docs/reimbursement.md §5 (application early October; FDA authorisation by May 1; fiscal year from October 1)",
    confidence: "V",
  },
  "ntap-deadline-day": {
    id: "ntap-deadline-day",
    gate: "ntap-application",
    owner: "cms-ipps",
    source: "docs/reimbursement.md §5 (FY2026 deadline Oct 7 2024; the exact day moves each year)",
    confidence: "P",
  },
  "tcet-windows": {
    id: "tcet-windows",
    gate: "tcet-nomination",
    owner: "cms-coverage",
    source:
      "docs/reimbursement.md §6.1 (nominations ~12 months before FDA decision, reviewed quarterly, closed within 6 months of it; NCD goal 6 months after authorisation)",
    confidence: "V",
  },
  "tcet-paused": {
    id: "tcet-paused",
    gate: "tcet-nomination",
    owner: "cms-coverage",
    source: "docs/reimbursement.md §6.2 (TCET paused for new candidates, April 23 2026)",
    confidence: "V",
  },
  "mac-coverage-range": {
    id: "mac-coverage-range",
    gate: "mac-coverage-lcd",
    owner: "mac",
    source: "docs/roadmap.md (typical 6–12 months; not verified)",
    confidence: "U",
  },
  "clfs-rate-range": {
    id: "clfs-rate-range",
    gate: "clfs-pricing",
    owner: "cms-clfs",
    source: "docs/reimbursement.md §2.5, §8.7 (crosswalk or gapfill; timing not verified)",
    confidence: "U",
  },
  "pdac-range": {
    id: "pdac-range",
    gate: "pdac-code-verification",
    owner: "pdac",
    source: "docs/reimbursement.md §3.4 (no published review clock; 3–6 months not verified)",
    confidence: "U",
  },
  "payer-policy-range": {
    id: "payer-policy-range",
    gate: "payer-coverage-and-contracting",
    owner: "commercial-payer",
    source: "docs/roadmap.md (typical 12–24 months after the code; not verified)",
    confidence: "U",
  },
  "hospital-vac-range": {
    id: "hospital-vac-range",
    gate: "hospital-value-analysis",
    owner: "hospital-vac",
    source: "docs/roadmap.md (typical 3–9 months; not verified)",
    confidence: "U",
  },
};

/** Typical ranges (months) of the gates with no published clock; every one is an estimate. */
export const RANGES: Readonly<
  Record<
    | "mac-coverage-range"
    | "clfs-rate-range"
    | "pdac-range"
    | "payer-policy-range"
    | "hospital-vac-range",
    readonly [number, number]
  >
> = {
  "mac-coverage-range": [6, 12],
  "clfs-rate-range": [0, 12],
  "pdac-range": [3, 6],
  "payer-policy-range": [12, 24],
  "hospital-vac-range": [3, 9],
};

/** One round of a cycle: apply by `deadline`, decided at `decision`, in force from `effective`. */
export interface Cycle {
  deadline: Day;
  /** The meeting or publication that decides it (absent where the cycle has none). */
  decision?: Day;
  /** The latest FDA authorisation date this cycle accepts (absent: no FDA requirement). */
  fdaBy?: Day;
  effective: Day;
}

/** Months of the CPT Editorial Panel's three meetings (docs/reimbursement.md §1, §2.4: the 2017 cycle). */
export const CPT_PANEL_MONTHS = [2, 5, 10] as const;
/** Months between an application deadline and its panel meeting (docs/reimbursement.md §2.4). */
export const CPT_LEAD_MONTHS = 3;

function cptMeetings(year: number): { meeting: Day; deadline: Day }[] {
  return CPT_PANEL_MONTHS.map((m) => {
    const meeting = ymd(year, m, 1);
    return { meeting, deadline: addMonthsToFirst(meeting, -CPT_LEAD_MONTHS) };
  });
}

/**
 * Category I: a whole year's meetings take effect on January 1 of the second year after it
 * (Feb/May/Oct 2017 → Jan 1 2019: 14–23 months, docs/reimbursement.md §2.4); the devices must be FDA-cleared
 * by the meeting (docs/reimbursement.md §2.2 criterion 1).
 */
export function cptCatICycles(year: number): Cycle[] {
  return cptMeetings(year).map(({ meeting, deadline }) => ({
    deadline,
    decision: meeting,
    fdaBy: meeting,
    effective: ymd(year + 2, 1, 1),
  }));
}

/**
 * Category III: published at the next January 1 or July 1 after the meeting, effective six months
 * after publication (docs/reimbursement.md §2.3). No FDA requirement (an IRB protocol or US trial suffices).
 */
export function cptCatIIICycles(year: number): Cycle[] {
  return cptMeetings(year).map(({ meeting, deadline }) => {
    const m = parts(meeting).month;
    const published = m < 7 ? ymd(year, 7, 1) : ymd(year + 1, 1, 1);
    return { deadline, decision: published, effective: addMonths(published, 6) };
  });
}

/**
 * PLA: a deadline early in March, June, September and December (not verified), release on the
 * first day of the fourth month after (July, October, January, April), effective one quarter
 * after release (Oct 1 2025 release → Jan 1 2026, docs/reimbursement.md §2.5). LDTs need no FDA decision.
 */
export function plaCycles(year: number): Cycle[] {
  return [3, 6, 9, 12].map((m) => {
    const deadline = ymd(year, m, 1);
    const release = addMonthsToFirst(deadline, 4);
    return { deadline, decision: release, effective: addMonthsToFirst(release, 3) };
  });
}

/**
 * HCPCS Level II non-drug items (and, from 2026, skin substitutes): deadlines on the first
 * business day of January and July, public meetings about June and November, effective about
 * October 1 (January cycle) and April 1 (July cycle) (docs/reimbursement.md §3.1). The FDA letter goes with
 * the application (docs/reimbursement.md §3.2).
 */
export function hcpcsNonDrugCycles(year: number): Cycle[] {
  const jan = firstBusinessDay(year, 1);
  const jul = firstBusinessDay(year, 7);
  return [
    { deadline: jan, decision: ymd(year, 6, 1), fdaBy: jan, effective: ymd(year, 10, 1) },
    { deadline: jul, decision: ymd(year, 11, 1), fdaBy: jul, effective: ymd(year + 1, 4, 1) },
  ];
}

/**
 * HCPCS Level II drugs and biologicals: deadline the first business day of each quarter,
 * effective about two quarters after submission (docs/reimbursement.md §3.1).
 */
export function hcpcsDrugCycles(year: number): Cycle[] {
  return [1, 4, 7, 10].map((m) => {
    const deadline = firstBusinessDay(year, m);
    return { deadline, fdaBy: deadline, effective: ymd(year, m + 6, 1) };
  });
}

/** The year skin substitutes move from the quarterly to the biannual cycle (docs/reimbursement.md §3.1). */
export const SKIN_SUBSTITUTE_BIANNUAL_FROM = 2026;

export function hcpcsSkinSubstituteCycles(year: number): Cycle[] {
  return year < SKIN_SUBSTITUTE_BIANNUAL_FROM ? hcpcsDrugCycles(year) : hcpcsNonDrugCycles(year);
}

/**
 * OPPS device pass-through and New Technology APC: quarterly deadlines on the first business day
 * of March, June, September and December, earliest payment the quarter after next (July 1,
 * October 1, January 1, April 1). Not verified (docs/reimbursement.md §4.1, §11): always an estimate.
 */
export function oppsQuarterlyCycles(year: number): Cycle[] {
  return [3, 6, 9, 12].map((m) => {
    const deadline = firstBusinessDay(year, m);
    return { deadline, fdaBy: deadline, effective: ymd(year, m + 4, 1) };
  });
}

/**
 * IPPS NTAP for fiscal year `fy` (docs/reimbursement.md §5): application early October of FY−2 (October 1
 * taken, so an as-of date in October already counts as past it), FDA authorisation by May 1 of
 * FY−1, payment from October 1 of FY−1 (the first day of the fiscal year).
 */
export function ntapCycles(fy: number): Cycle[] {
  return [
    {
      deadline: ymd(fy - 2, 10, 1),
      fdaBy: ymd(fy - 1, 5, 1),
      effective: ymd(fy - 1, 10, 1),
    },
  ];
}

/** TCET (docs/reimbursement.md §6.1): a full nomination about 12 months before the expected FDA decision. */
export const TCET_NOMINATION_MONTHS_BEFORE_FDA = 12;
/** Not open within 6 months of the FDA decision. */
export const TCET_CLOSED_MONTHS_BEFORE_FDA = 6;
/** Goal: NCD final within 6 months of FDA authorisation. */
export const TCET_NCD_MONTHS_AFTER_FDA = 6;
/** TCET paused for new candidates (docs/reimbursement.md §6.2). */
export const TCET_PAUSED_FROM: Day = ymd(2026, 4, 23);

/** Years after FDA authorisation within which a pass-through application must be filed (docs/reimbursement.md §4.1). */
export const PASS_THROUGH_NEWNESS_YEARS = 3;
