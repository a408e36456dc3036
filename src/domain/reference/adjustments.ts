/**
 * PFS payment adjustments the RVU file's indicators drive (docs/reimbursement.md §8.10; worked examples
 * in docs/reference-data.md, "PFS adjustments"): multiple procedures (modifier 51), bilateral
 * surgery (50), assistant at surgery (80/81/82/AS), co-surgeons (62), team surgery (66), and the
 * limiting charge of a non-participating physician. Each answers the adjusted fee schedule amount
 * for one line, rounded to the cent from the rounded fee schedule amount (CMS's payment files
 * publish the fee schedule amount; the percentage applies to it), or why CMS sets no amount.
 */
import { dec, mul, round, add } from "../economics/decimal";
import { invalidValue, notAvailable, ok, type Outcome } from "../economics/outcome";
import { pfsAmount, pfsRow, type CodeArg, type PfsQuery } from "./lookups";
import type { ReferenceData } from "./model";

export type PfsAdjustment =
  "multiple" | "bilateral" | "assistant" | "cosurgeon" | "team" | "limiting";

const ADJUSTMENTS: Record<string, PfsAdjustment> = {
  multiple: "multiple",
  "multiple procedure": "multiple",
  "51": "multiple",
  bilateral: "bilateral",
  "50": "bilateral",
  assistant: "assistant",
  "assistant at surgery": "assistant",
  "80": "assistant",
  cosurgeon: "cosurgeon",
  "co-surgeon": "cosurgeon",
  "co surgeon": "cosurgeon",
  "62": "cosurgeon",
  team: "team",
  "team surgery": "team",
  "66": "team",
  limiting: "limiting",
  "limiting charge": "limiting",
};

export const ADJUSTMENT_NAMES = "multiple, bilateral, assistant, cosurgeon, team, limiting";

export function parseAdjustment(text: string): Outcome<PfsAdjustment> {
  const a = ADJUSTMENTS[text.trim().toLowerCase().replace(/_/g, " ")];
  if (a) return ok(a);
  return invalidValue("adjustments.error.unknown", { value: text, allowed: ADJUSTMENT_NAMES });
}

/**
 * Medicare Claims Processing Manual, ch. 12: assistant at surgery 16% of the fee schedule amount
 * (section 20.4.3), co-surgeons 62.5% each (section 40.8), limiting charge 115% × 95% = 109.25%
 * (section 30.3.12); docs/reimbursement.md §8.10.
 */
const ASSISTANT = "0.16";
const CO_SURGEON = "0.625";
const LIMITING = "1.0925";

/** Multiple-procedure shares by rank (MULT PROC 1 and 2, docs/reimbursement.md §8.10); beyond them "by report". */
const MULTIPLE_SHARES: Record<string, readonly string[]> = {
  "1": ["1", "0.5", "0.25", "0.25", "0.25"],
  "2": ["1", "0.5", "0.5", "0.5", "0.5"],
};

/**
 * Diagnostic imaging, cardiovascular and ophthalmology (MULT PROC 4, 6, 7): the share of the
 * technical and professional components paid for the second and later procedures of a session.
 */
const COMPONENT_SHARES: Record<string, { tc: string; pc: string }> = {
  "4": { tc: "0.5", pc: "0.95" },
  "6": { tc: "0.75", pc: "1" },
  "7": { tc: "0.8", pc: "1" },
};

function share(amount: number, factor: string): number {
  return round(mul(dec(amount), dec(Number(factor))));
}

export interface AdjustmentQuery extends PfsQuery {
  /** The procedure's rank by fee schedule amount among the same day's procedures (1 = highest). */
  rank?: number;
}

export function pfsAdjusted(
  ref: ReferenceData,
  arg: CodeArg,
  adjustment: PfsAdjustment,
  q: AdjustmentQuery = {}
): Outcome<number> {
  const base = pfsAmount(ref, arg, q);
  if (!base.ok) return base;
  const { amount, year } = base.value;
  if (adjustment === "limiting") return ok(share(amount, LIMITING));
  const r = pfsRow(ref, arg, year);
  if (!r.ok) return r;
  const { table: t, row } = r.value;
  const field = {
    multiple: t.multipleProcedure,
    bilateral: t.bilateral,
    assistant: t.assistant,
    cosurgeon: t.coSurgeon,
    team: t.team,
  }[adjustment];
  if (!field) return notAvailable("adjustments.na.rebuild", { year });
  const indicator = field[row];
  const code = arg.modifier ? `${arg.code}-${arg.modifier}` : arg.code;
  const p = { code, indicator, year };
  if (indicator === "9") return notAvailable("adjustments.na.concept", { ...p, adjustment });
  switch (adjustment) {
    case "bilateral":
      // 0 and 2: both sides together are paid one fee schedule amount; 3: each side is.
      if (indicator === "1") return ok(share(amount, "1.5"));
      if (indicator === "3") return ok(share(amount, "2"));
      if (indicator === "0" || indicator === "2") return ok(amount);
      break;
    case "assistant":
      if (indicator === "2") return ok(share(amount, ASSISTANT));
      if (indicator === "1") return notAvailable("adjustments.na.assistantBarred", p);
      if (indicator === "0") return notAvailable("adjustments.na.assistantDocumented", p);
      break;
    case "cosurgeon":
      if (indicator === "1" || indicator === "2") return ok(share(amount, CO_SURGEON));
      if (indicator === "0") return notAvailable("adjustments.na.cosurgeonBarred", p);
      break;
    case "team":
      if (indicator === "1" || indicator === "2")
        return notAvailable("adjustments.na.teamByReport", p);
      if (indicator === "0") return notAvailable("adjustments.na.teamBarred", p);
      break;
    case "multiple":
      return multiple(ref, arg, q, amount, t.pctc[row], {
        ...p,
        endoBase: t.endoBase?.[row] ?? "",
      });
  }
  return notAvailable("adjustments.na.unknownIndicator", { ...p, adjustment });
}

function multiple(
  ref: ReferenceData,
  arg: CodeArg,
  q: AdjustmentQuery,
  amount: number,
  pctc: string,
  p: { code: string; indicator: string; year: number; endoBase: string }
): Outcome<number> {
  const rank = q.rank ?? 1;
  if (!Number.isInteger(rank) || rank < 1)
    return invalidValue("adjustments.error.rank", { value: rank });
  const { indicator } = p;
  if (indicator === "0") return ok(amount);
  const shares = MULTIPLE_SHARES[indicator];
  if (shares) {
    if (rank > shares.length)
      return notAvailable("adjustments.na.byReport", { ...p, rank, max: shares.length });
    return ok(share(amount, shares[rank - 1]));
  }
  if (rank === 1) return ok(amount);
  if (indicator === "3") return endoscopy(ref, arg, q, amount, p);
  if (indicator === "5") {
    const reduced = pfsAmount(ref, arg, { ...q, peFactor: 0.5 });
    return reduced.ok ? ok(reduced.value.amount) : reduced;
  }
  const c = COMPONENT_SHARES[indicator];
  if (!c) return notAvailable("adjustments.na.unknownIndicator", { ...p, adjustment: "multiple" });
  // PC/TC indicator 2: a professional-component-only code; 3: technical-component only.
  if (arg.modifier === "TC" || pctc === "3") return ok(share(amount, c.tc));
  if (arg.modifier === "26" || pctc === "2") return ok(share(amount, c.pc));
  // A global service is its technical and professional components, each reduced by its own share.
  const tc = pfsAmount(ref, { ...arg, modifier: "TC" }, q);
  const pc = pfsAmount(ref, { ...arg, modifier: "26" }, q);
  if (!tc.ok || !pc.ok) return ok(share(amount, c.tc));
  return ok(
    round(
      add(
        mul(dec(tc.value.amount), dec(Number(c.tc))),
        mul(dec(pc.value.amount), dec(Number(c.pc)))
      )
    )
  );
}

/**
 * The multiple-endoscopy rule (MULT PROC 3, docs/reimbursement.md §8.1; Claims Processing Manual ch. 12 §40.6.2;
 * docs/reference-data.md, "PFS adjustments"): within a family of endoscopies sharing an ENDO BASE
 * code, the highest-valued one (rank 1) is paid in full and each other one is paid its fee
 * schedule amount less the base code's, since its value includes the base endoscopy already paid
 * once (the base code itself, billed with a member of its family, is not paid separately: it is
 * not a line of the family). Both amounts are the published
 * fee schedule amounts (same setting, locality and year), so the difference is taken in cents.
 */
function endoscopy(
  ref: ReferenceData,
  arg: CodeArg,
  q: AdjustmentQuery,
  amount: number,
  p: { code: string; indicator: string; year: number; endoBase: string }
): Outcome<number> {
  const base = p.endoBase.trim();
  const baseAmount =
    base === ""
      ? undefined
      : pfsAmount(ref, { code: base, modifier: arg.modifier }, { ...q, year: p.year });
  if (!baseAmount?.ok)
    return notAvailable("adjustments.na.endoscopyBase", { code: p.code, base, year: p.year });
  const cents = Math.round(amount * 100) - Math.round(baseAmount.value.amount * 100);
  // A member valued below its base would be owed nothing, never a negative line.
  return ok(Math.max(0, cents) / 100);
}
