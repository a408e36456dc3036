/**
 * Exact decimal arithmetic for money formulas with a subtraction or product before the rounding.
 * A double cannot hold 142817.12 or 139505.66 exactly, so their float difference lands a few ulps
 * below 3311.46 and × 0.75 a hair below the half cent 2483.595: rounding then goes the wrong way.
 * CMS computes on the decimals it publishes, so we do too: each input is taken at the decimal
 * value it prints as (the shortest string that round-trips, which is what the user typed in a
 * cell), the arithmetic is done on BigInt integers, and only the final amount is rounded half-up.
 */

/** value = units / 10^scale (scale may be negative for 1e+300). */
export interface Dec {
  readonly units: bigint;
  readonly scale: number;
}

/** The decimal a finite double prints as. Callers check finiteness first (outcome.checkFinite). */
export function dec(x: number): Dec {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(x));
  if (!m) throw new RangeError(`not a finite number: ${x}`);
  const frac = m[3] ?? "";
  const exp = m[4] ? Number(m[4]) : 0;
  const units = BigInt(`${m[1]}${m[2]}${frac}`);
  return { units, scale: frac.length - exp };
}

function align(a: Dec, b: Dec): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [
    a.units * 10n ** BigInt(scale - a.scale),
    b.units * 10n ** BigInt(scale - b.scale),
    scale,
  ];
}

export function add(a: Dec, b: Dec): Dec {
  const [x, y, scale] = align(a, b);
  return { units: x + y, scale };
}

export function sub(a: Dec, b: Dec): Dec {
  const [x, y, scale] = align(a, b);
  return { units: x - y, scale };
}

export function mul(a: Dec, b: Dec): Dec {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

export function compare(a: Dec, b: Dec): number {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function min(a: Dec, b: Dec): Dec {
  return compare(a, b) <= 0 ? a : b;
}

export function max(a: Dec, b: Dec): Dec {
  return compare(a, b) >= 0 ? a : b;
}

export const ZERO: Dec = { units: 0n, scale: 0 };

/** Round half away from zero to `decimals` places (CMS's rounding), as a number. */
export function round(a: Dec, decimals = 2): number {
  if (a.scale <= decimals) return toNumber(a);
  const divisor = 10n ** BigInt(a.scale - decimals);
  const negative = a.units < 0n;
  const magnitude = negative ? -a.units : a.units;
  let q = magnitude / divisor;
  if ((magnitude % divisor) * 2n >= divisor) q += 1n;
  const value = Number(`${negative ? "-" : ""}${q}e-${decimals}`);
  return value === 0 ? 0 : value;
}

/** The nearest double (for a division, which has no exact decimal answer). */
export function toNumber(a: Dec): number {
  const value = Number(`${a.units}e${-a.scale}`);
  return value === 0 ? 0 : value;
}
