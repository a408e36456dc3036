/**
 * OPPS transitional device pass-through (docs/reimbursement.md §4.1, 42 CFR 419.66(d)). Cost significance
 * needs all three tests:
 *   1. device cost > 25% of the APC payment;
 *   2. device cost exceeds the device offset by at least 25% (cost ≥ 1.25 × offset: "at least"
 *      in the regulation's wording, so a cost of exactly 125% passes);
 *   3. device cost − offset > 10% of the APC payment.
 * Payment = charge × hospital cost-to-charge ratio − offset, never below zero (an offset larger
 * than the cost leaves no pass-through amount to pay).
 */
import { dec, max, mul, round, sub, ZERO } from "./decimal";
import { checkNonNegative, invalidNumber, ok, type Outcome } from "./outcome";

export interface PassThroughTestInputs {
  deviceCost: number;
  apcPayment: number;
  deviceOffset: number;
}

export interface PassThroughTests {
  costOverApcShare: boolean;
  costOverOffset: boolean;
  netCostOverApcShare: boolean;
  allPass: boolean;
}

export function passThroughTests(input: PassThroughTestInputs): Outcome<PassThroughTests> {
  const failure =
    checkNonNegative("device_cost", input.deviceCost) ??
    checkNonNegative("apc_payment", input.apcPayment) ??
    checkNonNegative("device_offset", input.deviceOffset);
  if (failure) return failure;
  const { deviceCost: cost, apcPayment: apc, deviceOffset: offset } = input;
  const costOverApcShare = exceeds(cost, 0.25 * apc);
  const costOverOffset = !exceeds(1.25 * offset, cost);
  const netCostOverApcShare = exceeds(cost - offset, 0.1 * apc);
  return ok({
    costOverApcShare,
    costOverOffset,
    netCostOverApcShare,
    allPass: costOverApcShare && costOverOffset && netCostOverApcShare,
  });
}

/**
 * a > b as the decimals a user typed compare: 0.1 × 1000 and 1.25 × 80 carry float tails, so a
 * difference within 1e-12 of the amounts counts as equal (far below a cent on any device cost).
 */
function exceeds(a: number, b: number): boolean {
  return a - b > 1e-12 * Math.max(1, Math.abs(a), Math.abs(b));
}

export interface PassThroughPaymentInputs {
  charge: number;
  costToChargeRatio: number;
  deviceOffset: number;
}

export function passThroughPayment(input: PassThroughPaymentInputs): Outcome<number> {
  const failure =
    checkNonNegative("charge", input.charge) ??
    checkNonNegative("device_offset", input.deviceOffset) ??
    (input.costToChargeRatio <= 0 || input.costToChargeRatio > 1
      ? invalidNumber("economics.error.ccr", {
          name: "cost_to_charge_ratio",
          value: input.costToChargeRatio,
        })
      : undefined);
  if (failure) return failure;
  const net = sub(mul(dec(input.charge), dec(input.costToChargeRatio)), dec(input.deviceOffset));
  return ok(round(max(ZERO, net)));
}
