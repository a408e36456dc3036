/**
 * Blended rate across a payer mix expressed as multiples of Medicare: commercial at 1.8× Medicare
 * for 40% of cases, Medicare 1.0× for 50%, Medicaid 0.7× for 10% → Medicare rate × 1.29.
 */
import { roundCents } from "./money";
import { checkNonNegative, invalidNumber, ok, type Outcome } from "./outcome";

export interface PayerShare {
  /** Fraction of cases, 0–1. */
  share: number;
  /** Payment as a multiple of Medicare (1 = Medicare, 1.8 = 180% of Medicare). */
  multiple: number;
}

/** Shares must add up to 100% within half a basis point (rounding in a user's sheet). */
const SHARE_TOLERANCE = 0.00005;

export function blendedRate(medicareRate: number, mix: readonly PayerShare[]): Outcome<number> {
  const failure = checkNonNegative("medicare_rate", medicareRate);
  if (failure) return failure;
  if (mix.length === 0) return invalidNumber("economics.error.emptyMix");
  let total = 0;
  let weighted = 0;
  for (const [i, { share, multiple }] of mix.entries()) {
    if (share < 0 || share > 1)
      return invalidNumber("economics.error.share", { position: i + 1, value: share });
    if (multiple < 0)
      return invalidNumber("economics.error.multiple", { position: i + 1, value: multiple });
    total += share;
    weighted += share * multiple;
  }
  if (Math.abs(total - 1) > SHARE_TOLERANCE) {
    return invalidNumber("economics.error.sharesTotal", { total: Number(total.toFixed(6)) });
  }
  return ok(roundCents(medicareRate * weighted));
}
