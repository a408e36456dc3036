/**
 * A small evaluator for the formulas in examples/economics.xlsx, so the workbook can carry the
 * values the add-in computes as cached results (readers without the add-in still see numbers),
 * and a test can check each cached value against the functions. It understands exactly what the
 * example uses: REIMB.* calls (optionally inside INDEX(…, row, col)), literals, cell references,
 * ranges, `+` and `*` between them, and IF(a op b, x, y) with a comparison (>=, <=, <>, >, <, =).
 * Anything else is an error, never a guess. Date cells (read back as JS dates) are Excel serials.
 */
import * as F from "../src/functions/functions";
import { isExcelError } from "../src/functions/errors";
import { normaliseFunctionName } from "../src/shareCopy/formula";
import { defaultEvaluators } from "../src/shareCopy/recompute";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- cell functions take untyped Excel values
type AnyFn = (...args: any[]) => unknown;

export const REIMB_FUNCTIONS: Readonly<Record<string, AnyFn>> = {
  PFS_RVU: F.pfsRvu,
  PROGRAM_PAYMENT: F.programPayment,
  PATIENT_SHARE: F.patientShare,
  WAGE_ADJUST: F.wageAdjustRate,
  PASSTHROUGH_TESTS: F.passthroughTests,
  PASSTHROUGH_PAYMENT: F.passthroughPayment,
  NTAP: F.ntap,
  MARGIN: F.margin,
  BREAKEVEN: F.breakeven,
  PAYBACK: F.payback,
  BLENDED_RATE: F.blendedRateOfMix,
  PARAM: F.param,
  PATHWAY: F.pathway,
  NEXT_GATE: F.nextGate,
  CODED_FROM: F.codedFrom,
  PAID_FROM: F.paidFrom,
};

export type Scalar = string | number | boolean | null;
export type Lookup = (address: string) => Scalar;

function splitArgs(text: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === "(") depth++;
    if (!quoted && ch === ")") depth--;
    if (!quoted && depth === 0 && ch === ",") {
      args.push(current.trim());
      current = "";
    } else current += ch;
  }
  if (current.trim() !== "" || args.length > 0) args.push(current.trim());
  return args;
}

const REF = /^\$?([A-Z]{1,2})\$?(\d+)$/;
const RANGE = /^\$?([A-Z]{1,2})\$?(\d+):\$?([A-Z]{1,2})\$?(\d+)$/;

function column(letters: string): number {
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}
function letters(n: number): string {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** A date cell as Excel stores it: days since 1899-12-30 (the 1900 system). */
function serial(value: unknown): unknown {
  return value instanceof Date ? value.getTime() / 86_400_000 + 25_569 : value;
}

/** The operator of a comparison outside quotes and parentheses, longest first. */
function comparison(text: string): { left: string; op: string; right: string } | undefined {
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    if (quoted) continue;
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (depth !== 0) continue;
    const op = [">=", "<=", "<>", ">", "<", "="].find((o) => text.startsWith(o, i));
    if (op) return { left: text.slice(0, i).trim(), op, right: text.slice(i + op.length).trim() };
  }
  return undefined;
}

function compare(a: unknown, op: string, b: unknown): boolean {
  if (typeof a !== typeof b)
    throw new Error(`example evaluator cannot compare ${typeof a} with ${typeof b}`);
  const x = a as number | string;
  const y = b as number | string;
  switch (op) {
    case ">=":
      return x >= y;
    case "<=":
      return x <= y;
    case "<>":
      return x !== y;
    case ">":
      return x > y;
    case "<":
      return x < y;
    default:
      return x === y;
  }
}

function term(text: string, lookup: Lookup): unknown {
  if (text === "") return null;
  if (text.startsWith("IF(")) return evaluate(text, lookup);
  if (text.startsWith("REIMB.")) return evaluate(text, lookup);
  if (/^"[^"]*"$/.test(text)) return text.slice(1, -1);
  if (text === "TRUE" || text === "FALSE") return text === "TRUE";
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  const range = RANGE.exec(text);
  if (range) {
    const rows: Scalar[][] = [];
    for (let r = Number(range[2]); r <= Number(range[4]); r++) {
      const row: Scalar[] = [];
      for (let c = column(range[1]); c <= column(range[3]); c++)
        row.push(lookup(`${letters(c)}${r}`));
      rows.push(row);
    }
    return rows;
  }
  const ref = REF.exec(text);
  if (ref) return serial(lookup(`${ref[1]}${ref[2]}`));
  if (text.includes("+")) {
    const parts = text.split("+").map((p) => term(p.trim(), lookup));
    if (parts.every((p) => typeof p === "number"))
      return (parts as number[]).reduce((a, b) => a + b, 0);
  }
  if (text.includes("*")) {
    const parts = text.split("*").map((p) => term(p.trim(), lookup));
    if (parts.every((p) => typeof p === "number"))
      return (parts as number[]).reduce((a, b) => a * b, 1);
    // An error in a factor is the product's error, as in Excel.
    const error = parts.find((p) => isExcelError(p));
    if (error) return error;
  }
  throw new Error(`example evaluator cannot read "${text}"`);
}

/** Evaluate one formula (without the leading "="). */
export function evaluate(formula: string, lookup: Lookup): unknown {
  const when = /^IF\((.*)\)$/.exec(formula);
  if (when) {
    const [cond, then, otherwise] = splitArgs(when[1]);
    const c = comparison(cond);
    if (!c || then === undefined || otherwise === undefined)
      throw new Error(`example evaluator cannot read IF(${when[1]})`);
    const left = term(c.left, lookup);
    const right = term(c.right, lookup);
    // An error in the condition is the IF's result, as in Excel (a #N/A Paid from stays #N/A).
    if (isExcelError(left)) return left;
    if (isExcelError(right)) return right;
    return term(compare(left, c.op, right) ? then : otherwise, lookup);
  }
  const index = /^INDEX\((REIMB\..*),\s*(\d+),\s*(\d+)\)$/.exec(formula);
  if (index) {
    const spilled = evaluate(index[1], lookup) as unknown[][];
    return spilled[Number(index[2]) - 1][Number(index[3]) - 1];
  }
  const call = /^REIMB\.([A-Z_]+)\((.*)\)$/.exec(formula);
  if (call) {
    // The economics functions first; reference lookups (REIMB.PFS, …) through the same registry
    // the Share check uses, so documented examples of every function can be evaluated.
    const fn =
      REIMB_FUNCTIONS[call[1]] ??
      (defaultEvaluators().get(normaliseFunctionName(call[1])) as AnyFn | undefined);
    if (!fn) throw new Error(`unknown function REIMB.${call[1]}`);
    return fn(...splitArgs(call[2]).map((a) => term(a, lookup)));
  }
  return term(formula, lookup);
}

/** The cached value Excel stores for a result: errors as their code ("#NUM!"). */
export function cached(value: unknown): Scalar | { error: string } {
  if (isExcelError(value)) return { error: value.code };
  if (value === null || ["string", "number", "boolean"].includes(typeof value))
    return value as Scalar;
  throw new Error(`not a cell value: ${String(value)}`);
}
