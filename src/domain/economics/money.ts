/**
 * Money rounding, in one place. CMS publishes amounts in cents rounded half-up from the exact
 * product (checked against every line of PFREV26B: no intermediate rounding, one rounding at the
 * end). Binary floating point cannot hold most decimals exactly (2.675 is stored as
 * 2.67499999…), so we first drop the float tail by taking 15 significant digits (all a double
 * carries reliably) and then shift the decimal point through the string form, where 2.675 is
 * exactly 2.675 again.
 */

/** Round half away from zero to `decimals` places, the way CMS rounds published amounts. */
export function roundHalfUp(value: number, decimals = 2): number {
  if (!Number.isFinite(value) || value === 0) return value === 0 ? 0 : value;
  const sign = value < 0 ? -1 : 1;
  const magnitude = Math.abs(value);
  const scale = POWERS[decimals] ?? 10 ** decimals;
  const scaled = magnitude * scale;
  // Past 2^53 a double has no fractional cents left to round (and × scale may overflow).
  if (scaled >= 2 ** 53) return value;
  const fraction = scaled - Math.floor(scaled);
  // Fast path: away from a half, the float error (a few ulps) cannot change the rounding.
  if (Math.abs(fraction - 0.5) > scaled * 1e-13 + 1e-9) {
    const units = Math.round(scaled);
    return units === 0 ? 0 : (sign * units) / scale;
  }
  return sign * roundNearHalf(magnitude, decimals);
}

const POWERS = [1, 10, 100, 1000, 10000, 100000, 1000000];

/** Exact decimal rounding for values at (or a float tail away from) a half unit, e.g. 2.675. */
function roundNearHalf(magnitude: number, decimals: number): number {
  const cleaned = Number(magnitude.toPrecision(15));
  const text = String(cleaned);
  const units = text.includes("e")
    ? Math.round(cleaned * 10 ** decimals)
    : Math.round(Number(`${text}e${decimals}`));
  return units === 0 ? 0 : Number(`${units}e-${decimals}`);
}

/** Cents, half-up. */
export function roundCents(value: number): number {
  return roundHalfUp(value, 2);
}
