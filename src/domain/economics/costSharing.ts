/**
 * Who pays what of a Medicare Part B allowed amount (docs/reimbursement.md §8.2–8.3). The deductible comes
 * off first, coinsurance is a share of the rest, and sequestration (2%) is taken from Medicare's
 * share only, after both: allowed $100 with $50 still to meet → 80% × $50 = $40 → $39.20 paid.
 *
 * Amounts are rounded to cents at each step a remittance shows (coinsurance, the sequestration
 * adjustment of CARC 253), so patient share + Medicare payment + sequestration = allowed, exactly.
 */
import { roundCents } from "./money";
import { checkFraction, checkNonNegative, ok, type Outcome } from "./outcome";
import { parameterValue } from "./params";

export interface CostSharingInputs {
  allowed: number;
  /** Part B deductible the beneficiary has not met yet this year; 0 when omitted. */
  unmetDeductible?: number;
  /** Defaults to the latest year's coinsurance (0.20). */
  coinsurance?: number;
  /** Defaults to the latest year's sequestration (0.02). */
  sequestration?: number;
}

export interface CostSharing {
  deductibleApplied: number;
  coinsuranceAmount: number;
  /** What the beneficiary owes: deductible applied + coinsurance. */
  patientShare: number;
  /** Medicare's share before sequestration. */
  programShare: number;
  sequestrationAmount: number;
  /** What Medicare pays: programShare − sequestrationAmount. */
  programPayment: number;
}

const DEFAULT_COINSURANCE = parameterValue("COINSURANCE");
const DEFAULT_SEQUESTRATION = parameterValue("SEQUESTRATION");

export function costSharing(input: CostSharingInputs): Outcome<CostSharing> {
  const unmet = input.unmetDeductible ?? 0;
  const coinsurance = input.coinsurance ?? DEFAULT_COINSURANCE;
  const sequestration = input.sequestration ?? DEFAULT_SEQUESTRATION;
  const failure =
    checkNonNegative("allowed", input.allowed) ??
    checkNonNegative("unmet_deductible", unmet) ??
    checkFraction("coinsurance", coinsurance) ??
    checkFraction("sequestration", sequestration);
  if (failure) return failure;
  const allowed = roundCents(input.allowed);
  const deductibleApplied = Math.min(roundCents(unmet), allowed);
  const afterDeductible = roundCents(allowed - deductibleApplied);
  const coinsuranceAmount = roundCents(afterDeductible * coinsurance);
  const programShare = roundCents(afterDeductible - coinsuranceAmount);
  const sequestrationAmount = roundCents(programShare * sequestration);
  return ok({
    deductibleApplied,
    coinsuranceAmount,
    patientShare: roundCents(deductibleApplied + coinsuranceAmount),
    programShare,
    sequestrationAmount,
    programPayment: roundCents(programShare - sequestrationAmount),
  });
}
