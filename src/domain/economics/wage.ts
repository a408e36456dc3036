/**
 * Wage adjustment of a national facility rate (docs/reimbursement.md §8.4–8.5):
 *   adjusted = rate × (labor share × wage index + (1 − labor share)),
 * labor share 60% for OPPS (the default) and 50% for ASC.
 */
import { roundCents } from "./money";
import { checkFraction, checkNonNegative, ok, type Outcome } from "./outcome";
import { parameterValue } from "./params";

export interface WageInputs {
  nationalRate: number;
  wageIndex: number;
  /** Defaults to the latest year's OPPS labor-related share (0.60). */
  laborShare?: number;
}

const DEFAULT_LABOR_SHARE = parameterValue("OPPS_LABOR_SHARE");

export function wageAdjust(input: WageInputs): Outcome<number> {
  const share = input.laborShare ?? DEFAULT_LABOR_SHARE;
  const failure =
    checkNonNegative("national_rate", input.nationalRate) ??
    checkNonNegative("wage_index", input.wageIndex) ??
    checkFraction("labor_share", share);
  if (failure) return failure;
  return ok(roundCents(input.nationalRate * (share * input.wageIndex + (1 - share))));
}
