/**
 * The product plan as the pane shows it: the domain's plan (src/domain/plan) turned into text in
 * the pane's language. Translation only: every date, estimate flag, owner and note comes from the
 * plan; nothing here decides.
 */
import { getLocale, render, t, type Locale } from "../../i18n/catalogue";
import type { SelectedProduct } from "../../domain/plan/selectedProduct";
import { OWNER_PREFIXES, labelOf, text } from "../../domain/report/labels";
import { headlineText } from "../../domain/roadmap/table";
import { isoDate, type Milestone } from "../../domain/roadmap";
import { formatProblem } from "../../domain/rows/problems";

export interface MilestoneView {
  key: string;
  name: string;
  /** "2027-01-01", "2027-01-01 to 2027-07-01", or the status when there is no date. */
  when: string;
  /** True for a date the plan marks as an estimate. */
  estimate: boolean;
  done: boolean;
  /** Undated or closed: no date on the timeline. */
  dated: boolean;
  status: Milestone["status"];
  owner: string;
  /** "Basis: …" or "Estimate. Basis: …" (the calendar rules behind the date). */
  basis: string;
  notes: string[];
  /** A deadline this product has already missed (the plan moved it to the next cycle). */
  missed: boolean;
}

export interface PlanView {
  heading: string;
  pathwayId: string;
  pathway: string;
  codedFrom: string;
  paidFrom: string;
  codedEstimate: boolean;
  paidEstimate: boolean;
  warnings: string[];
  cellsLeftOut: string[];
  evidence?: { done: number; total: number; text: string };
  evidenceNone: string;
  asOf: string;
  milestones: MilestoneView[];
}

function milestoneView(m: Milestone, locale: Locale): MilestoneView {
  const sep = locale === "zh-CN" ? "；" : "; ";
  const rules = m.ruleIds.map((id) => text(`roadmap.rule.${id}`, locale)).join(sep);
  const date = m.date === undefined ? undefined : isoDate(m.date);
  let when: string;
  if (date === undefined)
    when = t(m.status === "closed" ? "pane.plan.closed" : "pane.plan.undated", undefined, locale);
  else if (m.until !== undefined)
    when = t("pane.plan.range", { from: date, until: isoDate(m.until) }, locale);
  else when = date;
  return {
    key: m.id,
    name: text(`roadmap.milestone.${m.id}`, locale),
    when,
    estimate: m.estimate && date !== undefined,
    done: m.status === "done",
    dated: date !== undefined,
    status: m.status,
    owner: t("pane.plan.owner", { owner: labelOf(OWNER_PREFIXES, m.owner, locale) }, locale),
    basis:
      rules === ""
        ? ""
        : t(m.estimate ? "pane.plan.estimateBasis" : "pane.plan.basis", { basis: rules }, locale),
    notes: m.notes.map((n) => render(n, locale)),
    missed: m.notes.some((n) => n.id === "roadmap.note.missedDeadline"),
  };
}

export function planView(
  selected: Extract<SelectedProduct, { kind: "plan" }>,
  locale: Locale = getLocale()
): PlanView {
  const { classification: c, plan } = selected;
  return {
    heading: t(
      "pane.plan.heading",
      { product: selected.product, id: selected.productId, row: selected.rowNumber },
      locale
    ),
    pathwayId: c.pathway,
    pathway: t(`pane.pathway.${c.pathway}`, undefined, locale),
    codedFrom: headlineText(plan.codedFrom, locale),
    paidFrom: headlineText(plan.paidFrom, locale),
    codedEstimate: plan.codedFrom.date !== undefined && plan.codedFrom.estimate,
    paidEstimate: plan.paidFrom.date !== undefined && plan.paidFrom.estimate,
    warnings: c.warnings.map((w) => render(w, locale)),
    cellsLeftOut: selected.problems.map((p) => formatProblem(p, locale)),
    evidence: selected.evidence
      ? {
          ...selected.evidence,
          text: t("pane.plan.evidence", { ...selected.evidence }, locale),
        }
      : undefined,
    evidenceNone: t("pane.plan.evidenceNone", { id: selected.productId }, locale),
    // The Assumptions table's As-of date is not "today": say whose date it is.
    asOf: t(
      selected.asOfFrom === "assumptions" ? "assumptions.pane.asOf" : "pane.plan.asOf",
      { date: isoDate(plan.asOf) },
      locale
    ),
    milestones: plan.milestones.map((m) => milestoneView(m, locale)),
  };
}
