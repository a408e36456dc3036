/** Cell values as the .xlsx stores them, and how two of them compare. Pure. */

/** A cell value as the file stores it: number, text, boolean, empty, or an Excel error. */
export type CellScalar = number | string | boolean | null | { error: string };

export function isErrorValue(v: CellScalar | undefined): v is { error: string } {
  return typeof v === "object" && v !== null && "error" in v;
}

/** Same value as Excel would show it: numbers within float noise, errors by code, text exactly. */
export function sameValue(a: CellScalar, b: CellScalar): boolean {
  if (typeof a === "number" && typeof b === "number") {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  }
  if (isErrorValue(a) || isErrorValue(b))
    return isErrorValue(a) && isErrorValue(b) && a.error === b.error;
  return a === b;
}

export function describeValue(v: CellScalar): string {
  if (v === null) return "";
  if (isErrorValue(v)) return v.error;
  if (typeof v === "number") return String(Number(v.toPrecision(15)));
  return String(v);
}
