/**
 * Physician fee schedule payment (docs/reimbursement.md §8.1):
 *   payment = (wRVU × wGPCI + peRVU × peGPCI + mpRVU × mpGPCI) × CF, rounded once to cents.
 * The rounding order was settled against CMS's own payment file: with RVU26C RVUs, the GPCI2026
 * "with 1.0 floor" work column and CF 33.4009, rounding only the final product half-up to cents
 * reproduces all 8,066 amounts (4,033 lines × non-facility/facility) of PFREV26B; rounding each
 * GPCI-adjusted component, or the RVU sum to 2 or 4 places first, does not (conformance test in
 * test/domain/economics/pfs.conformance.test.ts).
 */
import { roundCents } from "./money";
import { checkNonNegative, checkPositive, ok, type Outcome } from "./outcome";
import { parameterValue } from "./params";

export interface PfsInputs {
  workRvu: number;
  /** Non-facility PE RVU for the office, facility PE RVU for HOPD/ASC/inpatient (docs/reimbursement.md §8.1). */
  peRvu: number;
  mpRvu: number;
  /** Defaults to the latest year's non-QP PFS conversion factor. */
  conversionFactor?: number;
  gpciWork?: number;
  gpciPe?: number;
  gpciMp?: number;
}

const DEFAULT_CF = parameterValue("PFS_CF");

export function pfsPayment(input: PfsInputs): Outcome<number> {
  const cf = input.conversionFactor ?? DEFAULT_CF;
  const gw = input.gpciWork ?? 1;
  const gp = input.gpciPe ?? 1;
  const gm = input.gpciMp ?? 1;
  const failure =
    checkNonNegative("work_rvu", input.workRvu) ??
    checkNonNegative("pe_rvu", input.peRvu) ??
    checkNonNegative("mp_rvu", input.mpRvu) ??
    checkPositive("conversion_factor", cf) ??
    checkNonNegative("gpci_work", gw) ??
    checkNonNegative("gpci_pe", gp) ??
    checkNonNegative("gpci_mp", gm);
  if (failure) return failure;
  return ok(roundCents((input.workRvu * gw + input.peRvu * gp + input.mpRvu * gm) * cf));
}
