/**
 * IPPS new technology add-on payment (docs/reimbursement.md §5, since FY2020):
 *   add-on = min(rate × technology cost, rate × max(0, case cost − MS-DRG payment)),
 * rate 65% (75% for QIDP/LPAD antimicrobials).
 */
import { dec, max, min, mul, round, sub, ZERO } from "./decimal";
import { checkNonNegative, invalidNumber, ok, type Outcome } from "./outcome";
import { parameterValue } from "./params";

export interface NtapInputs {
  technologyCost: number;
  caseCost: number;
  drgPayment: number;
  /** Defaults to the latest year's NTAP rate (0.65). */
  rate?: number;
}

const DEFAULT_RATE = parameterValue("NTAP_RATE");

export function ntapPayment(input: NtapInputs): Outcome<number> {
  const rate = input.rate ?? DEFAULT_RATE;
  const failure =
    checkNonNegative("technology_cost", input.technologyCost) ??
    checkNonNegative("case_cost", input.caseCost) ??
    checkNonNegative("drg_payment", input.drgPayment) ??
    (rate <= 0 || rate > 1
      ? invalidNumber("economics.error.rate", { name: "rate", value: rate })
      : undefined);
  if (failure) return failure;
  // Exact decimals: a float subtraction lands below half-cent ties and rounds them down.
  const r = dec(rate);
  const excess = max(ZERO, sub(dec(input.caseCost), dec(input.drgPayment)));
  return ok(round(min(mul(r, dec(input.technologyCost)), mul(r, excess))));
}
