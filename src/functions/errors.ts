/**
 * Excel errors for custom functions, shared by functions.ts and lookups.ts.
 *
 * Functions never throw to Excel: each body runs inside `callFunction`, which turns a `CallError`
 * (raised by the argument readers in ./args or by `unwrap` on a domain failure) into a returned
 * `CustomFunctions.Error` with a message that says what was expected. Outside Excel (jest, the
 * bench, Node) there is no `CustomFunctions` global, so an `ExcelErrorShim` with the same `code`
 * and `message` shape stands in.
 */
import { getLocale, t, type Locale, type MessageParams, type Msg, render } from "../i18n/catalogue";
import type { Failure, Outcome } from "../domain/economics/outcome";

/** #VALUE! wrong type, #NUM! impossible number, #N/A unknown name/enumeration/year. */
export type ExcelErrorKind = "value" | "num" | "na";

/** What CustomFunctions.Error looks like to us (and what the shim provides). */
export interface ExcelError {
  readonly code: string;
  readonly message?: string;
}

const CODES: Readonly<Record<ExcelErrorKind, { runtimeKey: string; code: string }>> = {
  value: { runtimeKey: "invalidValue", code: "#VALUE!" },
  num: { runtimeKey: "invalidNumber", code: "#NUM!" },
  na: { runtimeKey: "notAvailable", code: "#N/A" },
};

/**
 * Which error codes carry their message to the cell. The real custom-functions-runtime sends a
 * message to Excel only for #VALUE! and #N/A (CustomFunctionError._getMessage in
 * custom-functions-runtime.js); a #NUM! keeps its message on the object (the Share check and
 * tests read it) but Excel shows none. The README documents #NUM! reasons per function instead.
 */
const SHOWN_CODES: ReadonlySet<string> = new Set(["#VALUE!", "#N/A"]);

/** What Excel shows when a user hovers the error cell: the message, or undefined (none shown). */
export function shownMessage(error: ExcelError): string | undefined {
  return SHOWN_CODES.has(error.code) && error.message ? error.message : undefined;
}

/** Stand-in for CustomFunctions.Error where the Office runtime is absent. */
export class ExcelErrorShim implements ExcelError {
  constructor(
    readonly code: string,
    readonly message: string
  ) {}

  /** As the runtime serialises it for Excel: #NUM! (and other codes) lose their message. */
  toJSON(): { code: string; message?: string } {
    const shown = shownMessage(this);
    return shown === undefined ? { code: this.code } : { code: this.code, message: shown };
  }
}

interface CustomFunctionsRuntime {
  Error: new (code: string, message?: string) => ExcelError;
  ErrorCode: Readonly<Record<string, string>>;
}

function runtime(): CustomFunctionsRuntime | undefined {
  return (globalThis as { CustomFunctions?: CustomFunctionsRuntime }).CustomFunctions;
}

/** Excel shows at most 255 characters of an error message. */
const MAX_MESSAGE = 255;

export function excelError(kind: ExcelErrorKind, message: string): ExcelError {
  const text = message.length > MAX_MESSAGE ? message.slice(0, MAX_MESSAGE - 1) + "…" : message;
  const rt = runtime();
  if (rt) return new rt.Error(rt.ErrorCode[CODES[kind].runtimeKey] ?? CODES[kind].code, text);
  return new ExcelErrorShim(CODES[kind].code, text);
}

/** The Excel error code a kind maps to ("#VALUE!", "#NUM!", "#N/A"). */
export function errorCode(kind: ExcelErrorKind): string {
  return CODES[kind].code;
}

export function isExcelError(value: unknown): value is ExcelError {
  if (value instanceof ExcelErrorShim) return true;
  const rt = runtime();
  return rt !== undefined && value instanceof rt.Error;
}

/**
 * A failed call, raised inside a function body and returned to Excel by `callFunction`. Not an
 * Error subclass on purpose: it never escapes to a user, and capturing a stack trace would make
 * every error cell cost microseconds when a sheet of bad inputs recalculates.
 */
export class CallError {
  constructor(
    readonly kind: ExcelErrorKind,
    readonly detail: Msg
  ) {}
}

/** Raise a call error with a catalogue message. */
export function fail(kind: ExcelErrorKind, id: string, params?: MessageParams): never {
  throw new CallError(kind, params ? { id, params } : { id });
}

const FAILURE_KINDS: Readonly<Record<Failure["kind"], ExcelErrorKind>> = {
  "invalid-number": "num",
  "not-available": "na",
  "invalid-value": "value",
};

/** Domain failure → call error: impossible numbers #NUM!, unknown names and years #N/A, unreadable text #VALUE!. */
export function fromFailure(failure: Failure): CallError {
  return new CallError(FAILURE_KINDS[failure.kind], failure.message);
}

/** The value of a domain outcome, or a call error carrying its message. */
export function unwrap<T>(outcome: Outcome<T>): T {
  if (outcome.ok) return outcome.value;
  throw fromFailure(outcome);
}

/**
 * Run a function body and hand Excel a value or an error, never an exception, NaN or Infinity.
 * `fn` is the function's name without the namespace ("PFS_RVU"), used in the message.
 */
export function callFunction<T>(fn: string, body: () => T): T | ExcelError {
  try {
    const result = body();
    // Finite inputs can still overflow a double (1e300 × 1e300): that is a number out of range,
    // not a defect, so #NUM! says so.
    if (typeof result === "number" && !Number.isFinite(result)) {
      return excelError("num", t("fn.error.prefix", { fn, message: t("fn.error.overflow") }));
    }
    return result;
  } catch (error) {
    if (error instanceof CallError) return shownError(fn, error);
    if (error instanceof RangeError) {
      return excelError("num", t("fn.error.prefix", { fn, message: t("fn.error.overflow") }));
    }
    const detail = error instanceof Error ? error.message : String(error);
    return excelError(
      "value",
      t("fn.error.prefix", { fn, message: t("fn.error.internal", { detail }) })
    );
  }
}

interface Shown {
  fn: string;
  locale: Locale;
  kind: ExcelErrorKind;
  error: ExcelError;
}

/**
 * Errors as shown, by the message they carry. The reference lookups keep a code's failure on the
 * loaded reference (a carrier-priced code in a column of SITE_TOTAL cells is one Msg object), so
 * its rendered text is built once per function and display language, not on every
 * recalculation. Weak: a message no longer held by any cache or call is dropped with it.
 */
const SHOWN = new WeakMap<Msg, Shown>();

function shownError(fn: string, error: CallError): ExcelError {
  return shown(fn, error.kind, error.detail);
}

/**
 * A domain failure as the Excel error `fn` returns, without raising it: for the lookups a sheet
 * fills whole columns with, where a raised error cost more than the lookup.
 */
export function failureError(fn: string, failure: Failure): ExcelError {
  return shown(fn, FAILURE_KINDS[failure.kind], failure.message);
}

function shown(fn: string, kind: ExcelErrorKind, detail: Msg): ExcelError {
  const locale = getLocale();
  const hit = SHOWN.get(detail);
  if (hit && hit.fn === fn && hit.locale === locale && hit.kind === kind) return hit.error;
  const error = excelError(kind, t("fn.error.prefix", { fn, message: render(detail) }));
  SHOWN.set(detail, { fn, locale, kind, error });
  return error;
}
