/**
 * A product's dated plan (docs/roadmap.md): the milestones on its pathway with their earliest
 * dates, and the two headline dates a forecast starts from — `Coded from` (a claim can carry a
 * specific code) and `Paid from` (Medicare pays separately). Pure: the as-of date is an input,
 * never the clock.
 */
import { msg, type Msg } from "../../i18n/catalogue";
import { GATE_RULES } from "../pathway/rules";
import type { Classification, GateId, GateOwnerId } from "../pathway/types";
import type { ProductFacts } from "../product";
import { FDA_AUTHORISED, type FdaStatus } from "../vocab";
import {
  CALENDAR_RULES,
  PASS_THROUGH_NEWNESS_YEARS,
  RANGES,
  TCET_CLOSED_MONTHS_BEFORE_FDA,
  TCET_NCD_MONTHS_AFTER_FDA,
  TCET_NOMINATION_MONTHS_BEFORE_FDA,
  TCET_PAUSED_FROM,
  cptCatICycles,
  cptCatIIICycles,
  hcpcsDrugCycles,
  hcpcsNonDrugCycles,
  hcpcsSkinSubstituteCycles,
  ntapCycles,
  oppsQuarterlyCycles,
  plaCycles,
  type CalendarRuleId,
  type Cycle,
} from "./calendar";
import { addMonths, isoDate, parseIsoDay, parts, type Day } from "./days";
import { Memo } from "../memo";

export const MILESTONE_IDS = [
  "fda-decision",
  "cpt-i-deadline",
  "cpt-i-panel",
  "cpt-i-effective",
  "cpt-iii-deadline",
  "cpt-iii-published",
  "cpt-iii-effective",
  "pla-deadline",
  "pla-release",
  "pla-effective",
  "hcpcs-deadline",
  "hcpcs-meeting",
  "hcpcs-effective",
  "pdac-listing",
  "pass-through-deadline",
  "pass-through-effective",
  "ntapc-deadline",
  "ntapc-effective",
  "ntap-deadline",
  "ntap-fda-cutoff",
  "ntap-effective",
  "tcet-nomination",
  "tcet-ncd",
  "mac-coverage",
  "clfs-rate",
  "payer-policy",
  "hospital-vac",
  "benefit-category",
] as const;
export type MilestoneId = (typeof MILESTONE_IDS)[number];

/**
 * done: already happened (an FDA decision in hand); planned: dated; undated: cannot be dated from
 * what the row says (needs an FDA date, or an Act of Congress); closed: no longer open to this
 * product (a window passed, a program paused).
 */
export type MilestoneStatus = "done" | "planned" | "undated" | "closed";

export interface Milestone {
  id: MilestoneId;
  gate: GateId;
  owner: GateOwnerId;
  /** Earliest date; absent when undated or closed. */
  date?: Day;
  /** Latest date of a typical range (estimates of gates without a published clock). */
  until?: Day;
  /** True when the date rests on a [P]/[U] fact or on an expected FDA date. */
  estimate: boolean;
  status: MilestoneStatus;
  /** The calendar rules behind the date (its basis: catalogue `roadmap.rule.<id>` + source). */
  ruleIds: CalendarRuleId[];
  /** Missed deadlines, closed windows, moved dates. */
  notes: readonly Msg[];
}

/** A headline date, or why there is none. */
export type Headline =
  | { date: Day; estimate: boolean; milestone: MilestoneId | "as-of"; ruleIds: CalendarRuleId[] }
  | { date?: undefined; reason: Msg };

export interface RoadmapPlan {
  asOf: Day;
  milestones: Milestone[];
  codedFrom: Headline;
  paidFrom: Headline;
}

export interface RoadmapOptions {
  /** The date the plan is made on: deadlines before it are missed. */
  asOf: Day;
  /** Expected FDA decision for a product not yet authorised (overrides the row's date). */
  expectedFdaDate?: Day;
  /** Reuse parsed dates and calendar cycles across the rows of one batch. */
  memo?: RoadmapMemo;
}

/** FDA statuses with no FDA decision to wait for (docs/reimbursement.md §2.5 LDTs; exempt devices). */
const NO_FDA_NEEDED: ReadonlySet<FdaStatus> = new Set<FdaStatus>(["exempt", "LDT", "not a device"]);

/** Warnings that say an existing code is not separately paid (docs/reimbursement.md §2.2, §3.3, §8.1). */
const NOT_PAID_WARNINGS: ReadonlySet<string> = new Set([
  "cat-ii-not-paid",
  "packaged-supply",
  "pfs-status-n",
  "pfs-status-b",
  "pfs-status-i",
  "pfs-status-x",
  "pfs-status-e",
  "no-benefit-category",
]);

/** How far ahead a cycle is looked for; beyond it a plan is not a forecast. */
const HORIZON_YEARS = 15;

/** Shared by every milestone without notes (never mutated: `notes` is readonly). */
const NO_NOTES: readonly Msg[] = Object.freeze([]);

interface FdaView {
  /** When the product can carry FDA authorisation into an application; absent: unknown. */
  ready?: Day;
  /** The authorisation date (decided or expected), for newness windows. */
  decision?: Day;
  authorised: boolean;
  estimate: boolean;
  milestone?: Milestone;
}

function tagged(ruleIds: readonly CalendarRuleId[]): boolean {
  return ruleIds.some((id) => CALENDAR_RULES[id].confidence !== "V");
}

/**
 * What planning many rows may reuse between rows: parsed FDA dates (a column repeats a few dates,
 * and parsing is most of reading one) and each calendar rule's cycles per year (fixed per rule
 * and year). Created by whoever plans a batch and passed in `RoadmapOptions.memo`.
 */
export class RoadmapMemo {
  readonly days = new Memo<string, Day | undefined>(2000);
  readonly cycles = new Memo<(year: number) => Cycle[], Memo<number, readonly Cycle[]>>(100);
}

function isoDay(text: string, memo: RoadmapMemo | undefined): Day | undefined {
  return memo ? memo.days.get(text, parseIsoDay) : parseIsoDay(text);
}

function fdaMilestone(
  date: Day | undefined,
  estimate: boolean,
  status: MilestoneStatus,
  notes: readonly Msg[]
): Milestone {
  const m: Milestone = {
    id: "fda-decision",
    gate: "fda-authorisation",
    owner: "fda",
    estimate,
    status,
    ruleIds: ["fda-decision"],
    notes,
  };
  if (date !== undefined) m.date = date;
  return m;
}

function readFda(facts: ProductFacts, opts: RoadmapOptions): FdaView {
  const status = facts.fdaStatus;
  const asOf = opts.asOf;
  if (status !== undefined && NO_FDA_NEEDED.has(status))
    return { ready: asOf, authorised: true, estimate: false };
  const rowDate = facts.fdaDecisionDate ? isoDay(facts.fdaDecisionDate, opts.memo) : undefined;
  if (status !== undefined && FDA_AUTHORISED.has(status)) {
    // Authorised: the decision is history; a future date on an authorised row is taken as written.
    const future = rowDate !== undefined && rowDate > asOf;
    return {
      ready: future ? rowDate : asOf,
      decision: rowDate ?? asOf,
      authorised: true,
      estimate: false,
      milestone: fdaMilestone(rowDate, false, future ? "planned" : "done", NO_NOTES),
    };
  }
  const expected = opts.expectedFdaDate ?? rowDate;
  if (expected === undefined) {
    return {
      authorised: false,
      estimate: true,
      milestone: fdaMilestone(undefined, true, "undated", [msg("roadmap.note.needsFdaDate")]),
    };
  }
  const notes: Msg[] = [];
  let ready = expected;
  if (expected < asOf) {
    notes.push(msg("roadmap.note.fdaDatePast", { date: isoDate(expected) }));
    ready = asOf;
  }
  return {
    ready,
    decision: ready,
    authorised: false,
    estimate: true,
    milestone: fdaMilestone(ready, true, "planned", notes),
  };
}

/** A calendar rule's cycles of one year (fixed per rule and year: reused through the memo). */
function cyclesOf(
  gen: (year: number) => Cycle[],
  year: number,
  memo: RoadmapMemo | undefined
): readonly Cycle[] {
  if (!memo) return gen(year);
  return memo.cycles.get(gen, () => new Memo<number, readonly Cycle[]>(500)).get(year, gen);
}

interface Picked {
  cycle: Cycle;
  /** The cycle just missed, when it would have taken effect earlier. */
  missed?: Cycle;
}

/**
 * The first cycle whose deadline is on or after `from` and whose FDA cut-off the product meets.
 * Undefined when the cycle needs FDA authorisation and its date is unknown.
 */
function pick(
  cycles: (year: number) => Cycle[],
  from: Day,
  fdaReady: Day | undefined,
  needsFda: boolean,
  memo: RoadmapMemo | undefined
): Picked | undefined {
  if (needsFda && fdaReady === undefined) return undefined;
  const start = parts(from).year - 2;
  let missed: Cycle | undefined;
  for (let y = start; y <= start + HORIZON_YEARS; y++) {
    for (const c of cyclesOf(cycles, y, memo)) {
      const fdaOk =
        !needsFda || c.fdaBy === undefined || (fdaReady !== undefined && fdaReady <= c.fdaBy);
      if (!fdaOk) continue;
      if (c.deadline < from) {
        missed = c;
        continue;
      }
      return {
        cycle: c,
        missed: missed && missed.effective < c.effective ? missed : undefined,
      };
    }
  }
  return undefined;
}

class Builder {
  readonly milestones: Milestone[] = [];
  constructor(readonly asOf: Day) {}

  add(
    id: MilestoneId,
    gate: GateId,
    date: Day | undefined,
    ruleIds: CalendarRuleId[],
    extra?: Partial<Pick<Milestone, "until" | "notes" | "status" | "estimate">>
  ): Milestone {
    const m: Milestone = {
      id,
      gate,
      owner: GATE_RULES[gate].owner,
      estimate: extra?.estimate ?? tagged(ruleIds),
      status: extra?.status ?? (date === undefined ? "undated" : "planned"),
      ruleIds,
      notes: extra?.notes ?? NO_NOTES,
    };
    if (date !== undefined) m.date = date;
    if (extra?.until !== undefined) m.until = extra.until;
    this.milestones.push(m);
    return m;
  }

  undated(id: MilestoneId, gate: GateId, ruleIds: CalendarRuleId[], note: Msg): Milestone {
    return this.add(id, gate, undefined, ruleIds, { notes: [note], status: "undated" });
  }

  closed(id: MilestoneId, gate: GateId, ruleIds: CalendarRuleId[], note: Msg): Milestone {
    return this.add(id, gate, undefined, ruleIds, { notes: [note], status: "closed" });
  }

  /** Deadline, decision and effective milestones of one picked cycle. */
  cycle(
    gate: GateId,
    ids: { deadline: MilestoneId; decision?: MilestoneId; effective: MilestoneId },
    picked: Picked | undefined,
    ruleIds: CalendarRuleId[],
    deadlineRules: CalendarRuleId[],
    fdaEstimate: boolean
  ): Milestone | undefined {
    if (!picked) {
      this.undated(ids.effective, gate, ruleIds, msg("roadmap.note.needsFdaDate"));
      return undefined;
    }
    const { cycle, missed } = picked;
    // Which cycle applies rests on the deadline rule too, so its tag carries to every date.
    const all = [...ruleIds, ...deadlineRules.filter((r) => !ruleIds.includes(r))];
    const usesFda = cycle.fdaBy !== undefined && fdaEstimate;
    this.add(
      ids.deadline,
      gate,
      cycle.deadline,
      deadlineRules,
      missed
        ? { notes: [msg("roadmap.note.missedDeadline", { date: isoDate(missed.deadline) })] }
        : undefined
    );
    if (ids.decision && cycle.decision !== undefined)
      this.add(ids.decision, gate, cycle.decision, all, { estimate: tagged(all) || usesFda });
    return this.add(ids.effective, gate, cycle.effective, all, {
      estimate: tagged(all) || usesFda,
    });
  }

  range(
    id: MilestoneId,
    gate: GateId,
    start: Day | undefined,
    rule: keyof typeof RANGES
  ): Milestone {
    if (start === undefined)
      return this.undated(id, gate, [rule], msg("roadmap.note.needsFdaDate"));
    const [lo, hi] = RANGES[rule];
    return this.add(id, gate, addMonths(start, lo), [rule], {
      until: addMonths(start, hi),
      estimate: true,
    });
  }
}

function hcpcsCycles(facts: ProductFacts): (year: number) => Cycle[] {
  if (facts.productType === "drug or biologic") return hcpcsDrugCycles;
  if (facts.productType === "skin substitute") return hcpcsSkinSubstituteCycles;
  return hcpcsNonDrugCycles;
}

function hcpcsRules(facts: ProductFacts, cycle: Cycle | undefined): CalendarRuleId[] {
  if (facts.productType === "drug or biologic") return ["hcpcs-drug-cycle", "hcpcs-fda-documents"];
  if (facts.productType === "skin substitute" && cycle && parts(cycle.deadline).year >= 2026)
    return ["hcpcs-skin-substitute-2026", "hcpcs-nondrug-effective", "hcpcs-fda-documents"];
  if (facts.productType === "skin substitute") return ["hcpcs-drug-cycle", "hcpcs-fda-documents"];
  return ["hcpcs-nondrug-cycle", "hcpcs-nondrug-effective", "hcpcs-fda-documents"];
}

function headline(m: Milestone | undefined): Headline | undefined {
  if (!m || m.date === undefined || m.status === "closed") return undefined;
  return { date: m.date, estimate: m.estimate, milestone: m.id, ruleIds: m.ruleIds };
}

function earliest(...ms: (Milestone | undefined)[]): Milestone | undefined {
  let best: Milestone | undefined;
  for (const m of ms)
    if (m && m.date !== undefined && m.status !== "closed" && (!best || m.date < (best.date ?? 0)))
      best = m;
  return best;
}

/** The product's dated plan. Never throws for a classification the engine produced. */
export function planRoadmap(
  facts: ProductFacts,
  c: Classification,
  opts: RoadmapOptions
): RoadmapPlan {
  return plan(facts, c, opts, true);
}

/**
 * Only the two headline dates (REIMB.CODED_FROM / PAID_FROM): the same plan, stopped once both
 * are known, so the coverage and adoption estimates after them are never dated or sorted.
 */
export function planHeadlines(
  facts: ProductFacts,
  c: Classification,
  opts: RoadmapOptions
): Pick<RoadmapPlan, "codedFrom" | "paidFrom"> {
  const p = plan(facts, c, opts, false);
  return { codedFrom: p.codedFrom, paidFrom: p.paidFrom };
}

function plan(
  facts: ProductFacts,
  c: Classification,
  opts: RoadmapOptions,
  wholePlan: boolean
): RoadmapPlan {
  const asOf = opts.asOf;
  const gates = new Set<GateId>([c.nextGate, ...c.laterGates]);
  const b = new Builder(asOf);
  const fda = readFda(facts, opts);
  if (fda.milestone) b.milestones.push(fda.milestone);
  const fdaReady = fda.ready;
  const afterFda = fdaReady === undefined ? undefined : Math.max(asOf, fdaReady);

  // Code gates: each creates the specific code a claim will carry.
  let codeEffective: Milestone | undefined;
  if (gates.has("cpt-cat-i-application")) {
    const m = b.cycle(
      "cpt-cat-i-application",
      { deadline: "cpt-i-deadline", decision: "cpt-i-panel", effective: "cpt-i-effective" },
      pick(cptCatICycles, asOf, fdaReady, true, opts.memo),
      ["cpt-i-cycle"],
      ["cpt-i-deadline"],
      fda.estimate
    );
    if (c.pathway !== "existing-cpt") codeEffective = m;
  }
  if (gates.has("cpt-cat-iii-application")) {
    codeEffective = earliest(
      codeEffective,
      b.cycle(
        "cpt-cat-iii-application",
        {
          deadline: "cpt-iii-deadline",
          decision: "cpt-iii-published",
          effective: "cpt-iii-effective",
        },
        pick(cptCatIIICycles, asOf, fdaReady, false, opts.memo),
        ["cpt-iii-cycle"],
        ["cpt-i-deadline"],
        false
      )
    );
  }
  if (gates.has("pla-application")) {
    codeEffective = earliest(
      codeEffective,
      b.cycle(
        "pla-application",
        { deadline: "pla-deadline", decision: "pla-release", effective: "pla-effective" },
        pick(plaCycles, asOf, fdaReady, false, opts.memo),
        ["pla-cycle"],
        ["pla-deadline"],
        false
      )
    );
  }
  let hcpcsEffective: Milestone | undefined;
  if (gates.has("hcpcs-ii-application")) {
    const picked = pick(hcpcsCycles(facts), asOf, fdaReady, !fda.authorised, opts.memo);
    const rules = hcpcsRules(facts, picked?.cycle);
    hcpcsEffective = b.cycle(
      "hcpcs-ii-application",
      { deadline: "hcpcs-deadline", decision: "hcpcs-meeting", effective: "hcpcs-effective" },
      picked,
      rules,
      [rules[0] ?? "hcpcs-nondrug-cycle"],
      fda.estimate
    );
    codeEffective = earliest(codeEffective, hcpcsEffective);
  }
  let pdac: Milestone | undefined;
  if (gates.has("pdac-code-verification")) {
    const start = hcpcsEffective?.date ?? (c.pathway.startsWith("existing") ? afterFda : undefined);
    pdac = b.range("pdac-listing", "pdac-code-verification", start, "pdac-range");
  }

  // OPPS and IPPS mechanisms: each pays separately from its effective date.
  let passThrough: Milestone | undefined;
  let passThroughClosed: Msg | undefined;
  if (gates.has("opps-pass-through-application")) {
    const picked = pick(oppsQuarterlyCycles, asOf, fdaReady, true, opts.memo);
    const windowEnd =
      fda.decision !== undefined
        ? addMonths(fda.decision, PASS_THROUGH_NEWNESS_YEARS * 12)
        : undefined;
    if (picked && windowEnd !== undefined && picked.cycle.deadline > windowEnd) {
      passThroughClosed = msg("roadmap.note.newnessClosed", { date: isoDate(windowEnd) });
      b.closed(
        "pass-through-effective",
        "opps-pass-through-application",
        ["pass-through-newness"],
        passThroughClosed
      );
    } else {
      passThrough = b.cycle(
        "opps-pass-through-application",
        { deadline: "pass-through-deadline", effective: "pass-through-effective" },
        picked,
        ["opps-quarterly"],
        ["opps-quarterly"],
        fda.estimate
      );
    }
  }
  let ntapc: Milestone | undefined;
  if (gates.has("new-technology-apc-application")) {
    ntapc = b.cycle(
      "new-technology-apc-application",
      { deadline: "ntapc-deadline", effective: "ntapc-effective" },
      pick(oppsQuarterlyCycles, asOf, fdaReady, true, opts.memo),
      ["opps-quarterly"],
      ["opps-quarterly"],
      fda.estimate
    );
  }
  let ntap: Milestone | undefined;
  if (gates.has("ntap-application")) {
    const picked = pick(ntapCycles, asOf, fdaReady, true, opts.memo);
    ntap = b.cycle(
      "ntap-application",
      { deadline: "ntap-deadline", effective: "ntap-effective" },
      picked,
      ["ntap-cycle"],
      ["ntap-deadline-day"],
      fda.estimate
    );
    if (picked?.cycle.fdaBy !== undefined)
      b.add("ntap-fda-cutoff", "ntap-application", picked.cycle.fdaBy, ["ntap-cycle"]);
  }

  // Coverage: TCET for Breakthrough devices, otherwise the MAC.
  if (gates.has("tcet-nomination")) {
    if (asOf >= TCET_PAUSED_FROM) {
      b.closed(
        "tcet-nomination",
        "tcet-nomination",
        ["tcet-paused"],
        msg("roadmap.note.tcetPaused")
      );
    } else if (fda.decision === undefined) {
      b.undated(
        "tcet-nomination",
        "tcet-nomination",
        ["tcet-windows"],
        msg("roadmap.note.needsFdaDate")
      );
    } else if (fda.authorised || asOf > addMonths(fda.decision, -TCET_CLOSED_MONTHS_BEFORE_FDA)) {
      b.closed(
        "tcet-nomination",
        "tcet-nomination",
        ["tcet-windows"],
        msg("roadmap.note.tcetClosed")
      );
    } else {
      const nominate = Math.max(asOf, addMonths(fda.decision, -TCET_NOMINATION_MONTHS_BEFORE_FDA));
      b.add("tcet-nomination", "tcet-nomination", nominate, ["tcet-windows"], {
        estimate: true,
      });
      b.add(
        "tcet-ncd",
        "tcet-nomination",
        addMonths(fda.decision, TCET_NCD_MONTHS_AFTER_FDA),
        ["tcet-windows"],
        { estimate: true }
      );
    }
  }

  // Coded from.
  let coded: Headline;
  const existing = c.pathway === "existing-cpt" || c.pathway === "existing-hcpcs-ii";
  const codeFree = !c.productCode && !c.serviceCode;
  if (existing && !codeFree) {
    coded =
      afterFda === undefined
        ? { reason: msg("roadmap.reason.needsFdaDate") }
        : {
            date: afterFda,
            estimate: fda.estimate && afterFda > asOf,
            milestone: afterFda > asOf ? "fda-decision" : "as-of",
            ruleIds: afterFda > asOf ? ["fda-decision"] : [],
          };
  } else {
    // On an inpatient NTAP the claim carries a new ICD-10-PCS code from the NTAP start (docs/reimbursement.md §9).
    const first = earliest(codeEffective, passThrough, ntapc, ntap);
    coded =
      headline(first) ??
      (b.milestones.some((m) => m.status === "undated" && m.id.endsWith("-effective"))
        ? { reason: msg("roadmap.reason.needsFdaDate") }
        : { reason: msg("roadmap.reason.noSpecificCode") });
  }
  const codedDate = coded.date;

  // Paid from (Medicare, separate payment).
  let paid: Headline;
  const notPaidWarning = existing
    ? c.warnings.find((w) => NOT_PAID_WARNINGS.has(w.code))
    : undefined;
  if (gates.has("benefit-category") || c.benefitCategory.value === "none") {
    paid = { reason: msg("roadmap.reason.noBenefitCategory") };
    b.undated("benefit-category", "benefit-category", [], msg("roadmap.note.benefitCategory"));
  } else if (notPaidWarning) {
    paid = { reason: { id: notPaidWarning.id, params: notPaidWarning.params } };
  } else if (facts.siteOfCare === "inpatient" && facts.productType !== "professional service") {
    paid =
      headline(ntap) ??
      // An NTAP cycle with no date is waiting for the FDA decision (b.cycle left it undated): the
      // product may yet be paid above the MS-DRG, so "paid within the DRG" would be a wrong answer.
      (gates.has("ntap-application")
        ? { reason: msg("roadmap.reason.needsFdaDate") }
        : { reason: msg("roadmap.reason.drgOnly") });
  } else if (gates.has("opps-pass-through-application")) {
    paid =
      headline(passThrough) ??
      (passThroughClosed
        ? { reason: msg("roadmap.reason.packaged") }
        : { reason: msg("roadmap.reason.needsFdaDate") });
  } else if (gates.has("new-technology-apc-application") && headline(ntapc)) {
    paid = headline(ntapc) as Headline;
  } else if (codedDate === undefined) {
    paid = coded;
  } else {
    paid = coded;
    if (pdac?.date !== undefined && pdac.date > codedDate)
      paid = { date: pdac.date, estimate: true, milestone: "pdac-listing", ruleIds: pdac.ruleIds };
  }

  if (!wholePlan) return { asOf, milestones: b.milestones, codedFrom: coded, paidFrom: paid };

  // Coverage and adoption estimates, from the date the code exists (or FDA, for an existing one).
  const coverageStart = codedDate ?? afterFda;
  if (gates.has("mac-coverage-lcd"))
    b.range("mac-coverage", "mac-coverage-lcd", coverageStart, "mac-coverage-range");
  if (gates.has("clfs-pricing"))
    b.range("clfs-rate", "clfs-pricing", coverageStart, "clfs-rate-range");
  if (gates.has("payer-coverage-and-contracting"))
    b.range("payer-policy", "payer-coverage-and-contracting", coverageStart, "payer-policy-range");
  if (gates.has("hospital-value-analysis"))
    b.range("hospital-vac", "hospital-value-analysis", afterFda, "hospital-vac-range");

  const order = (m: Milestone): number =>
    m.date ?? (m.status === "closed" ? Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER - 1);
  // Array.prototype.sort is stable: same-day milestones keep the order they were planned in.
  const milestones = b.milestones.sort((x, y) => order(x) - order(y));
  return { asOf, milestones, codedFrom: coded, paidFrom: paid };
}
