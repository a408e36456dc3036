/**
 * Provider economics of a case (docs/reimbursement.md §8.8–8.9): contribution margin, break-even volume and
 * payback. Costs are per case except fixed and capital costs.
 */
import { roundHalfUp } from "./money";
import { dec, round, sub, toNumber } from "./decimal";
import { checkNonNegative, invalidNumber, ok, type Outcome } from "./outcome";

export interface MarginInputs {
  paymentPerCase: number;
  deviceCost: number;
  otherVariableCost?: number;
  overheadPerCase?: number;
}

/** A non-negative amount written with at most two decimals (no exponent). */
const CENTS = /^\d+(?:\.\d{1,2})?$/;

/** payment − (device + other variable cost + overhead); negative when the case loses money. */
export function caseMargin(input: MarginInputs): Outcome<number> {
  const other = input.otherVariableCost ?? 0;
  const overhead = input.overheadPerCase ?? 0;
  const failure =
    checkNonNegative("payment_per_case", input.paymentPerCase) ??
    checkNonNegative("device_cost", input.deviceCost) ??
    checkNonNegative("other_variable_cost", other) ??
    checkNonNegative("overhead_per_case", overhead);
  if (failure) return failure;
  // No cost and a payment already in whole cents (every CMS amount): the decimal arithmetic below
  // would give the payment back unchanged, and REIMB.SITES asks this for each site of each code.
  if (
    input.deviceCost === 0 &&
    other === 0 &&
    overhead === 0 &&
    CENTS.test(String(input.paymentPerCase))
  )
    return ok(input.paymentPerCase === 0 ? 0 : input.paymentPerCase);
  const costs = [input.deviceCost, other, overhead];
  return ok(round(costs.reduce((left, c) => sub(left, dec(c)), dec(input.paymentPerCase))));
}

export interface BreakevenInputs {
  fixedCost: number;
  paymentPerCase: number;
  variableCostPerCase: number;
}

/** Cases needed to cover the fixed cost: fixed / (payment − variable), to 2 decimals. */
export function breakevenCases(input: BreakevenInputs): Outcome<number> {
  const failure =
    checkNonNegative("fixed_cost", input.fixedCost) ??
    checkNonNegative("payment_per_case", input.paymentPerCase) ??
    checkNonNegative("variable_cost_per_case", input.variableCostPerCase);
  if (failure) return failure;
  // The unrounded margin: 1000.004 − 1000 is 0.004 per case, which breaks even (a cent-rounded
  // margin of 0 would say it never does).
  const margin = toNumber(sub(dec(input.paymentPerCase), dec(input.variableCostPerCase)));
  if (margin <= 0) {
    return invalidNumber("economics.error.noMargin", {
      payment: input.paymentPerCase,
      variable: input.variableCostPerCase,
    });
  }
  return ok(roundHalfUp(input.fixedCost / margin, 2));
}

export interface PaybackInputs {
  capitalCost: number;
  casesPerYear: number;
  marginPerCase: number;
}

/** Years to recover the capital: capital / (cases per year × margin per case), to 2 decimals. */
export function paybackYears(input: PaybackInputs): Outcome<number> {
  const failure = checkNonNegative("capital_cost", input.capitalCost);
  if (failure) return failure;
  if (input.casesPerYear <= 0)
    return invalidNumber("economics.error.notPositive", {
      name: "cases_per_year",
      value: input.casesPerYear,
    });
  if (input.marginPerCase <= 0)
    return invalidNumber("economics.error.noPayback", { margin: input.marginPerCase });
  return ok(roundHalfUp(input.capitalCost / (input.casesPerYear * input.marginPerCase), 2));
}
