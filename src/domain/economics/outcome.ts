/**
 * What an economics formula returns: a value, or a failure the host can show. The domain decides
 * what is impossible (a negative cost, coinsurance above 100%); hosts only translate the failure
 * kind into their own vocabulary (Excel: #NUM!, #N/A).
 */
import { msg, type Msg, type MessageParams } from "../../i18n/catalogue";

/**
 * `invalid-number`: a number outside what the formula allows. `not-available`: an unknown name or
 * year, or no amount in CMS's file. `invalid-value`: text that names nothing one way (an ambiguous
 * locality, an unsupported setting) — Excel's #VALUE!, which shows its message where #NUM! does not.
 */
export type FailureKind = "invalid-number" | "not-available" | "invalid-value";

export interface Failure {
  ok: false;
  kind: FailureKind;
  message: Msg;
}

export type Outcome<T> = { ok: true; value: T } | Failure;

export function ok<T>(value: T): Outcome<T> {
  return { ok: true, value };
}

export function invalidNumber(id: string, params?: MessageParams): Failure {
  return { ok: false, kind: "invalid-number", message: msg(id, params) };
}

export function invalidValue(id: string, params?: MessageParams): Failure {
  return { ok: false, kind: "invalid-value", message: msg(id, params) };
}

export function notAvailable(id: string, params?: MessageParams): Failure {
  return { ok: false, kind: "not-available", message: msg(id, params) };
}

/**
 * A failure for NaN or ±Infinity. Hosts already refuse them, but the domain states what is
 * impossible itself: NaN slips through every `<` comparison below and would reach a cell.
 */
export function checkFinite(name: string, value: number): Failure | undefined {
  if (!Number.isFinite(value)) return invalidNumber("economics.error.notFinite", { name });
  // Beyond 1e15 a double no longer holds cents (2^53 ≈ 9e15), and products of such inputs
  // overflow to Infinity: no Medicare amount, RVU or count comes near it.
  if (Math.abs(value) > MAX_MAGNITUDE)
    return invalidNumber("economics.error.tooLarge", { name, value, max: "1E15" });
  return undefined;
}

/** Largest magnitude an economics input may have (see checkFinite). */
export const MAX_MAGNITUDE = 1e15;

/** A failure if `value` is negative; `name` is the argument as the user wrote it. */
export function checkNonNegative(name: string, value: number): Failure | undefined {
  return (
    checkFinite(name, value) ??
    (value < 0 ? invalidNumber("economics.error.negative", { name, value }) : undefined)
  );
}

export function checkPositive(name: string, value: number): Failure | undefined {
  return (
    checkFinite(name, value) ??
    (value <= 0 ? invalidNumber("economics.error.notPositive", { name, value }) : undefined)
  );
}

/** A failure if `value` is not a fraction in [0, 1] (rates are fractions: 20% is 0.2). */
export function checkFraction(name: string, value: number): Failure | undefined {
  return (
    checkFinite(name, value) ??
    (value < 0 || value > 1
      ? invalidNumber("economics.error.fraction", { name, value })
      : undefined)
  );
}
