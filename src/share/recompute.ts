/**
 * Recomputing a REIMB cell from the values in the file, to tell a current value from a stale one.
 * The evaluators are the add-in's own custom functions (src/functions), so "stale" means exactly
 * "the add-in would now show something else". Host-neutral: no Office, Node or DOM.
 */
import * as functions from "../functions/functions";
import * as lookups from "../functions/lookups";
import { normaliseFunctionName } from "./formula";

/** A cell value as the file stores it: number, text, boolean, empty, or an Excel error. */
export type CellScalar = number | string | boolean | null | { error: string };

/** Custom functions take Excel values (scalars or 2-D arrays) and may answer asynchronously. */
export type Evaluator = (...args: unknown[]) => unknown;
/** Evaluators by normalised function name ("PFS_RVU" → "pfsrvu"). */
export type EvaluatorRegistry = ReadonlyMap<string, Evaluator>;

/**
 * Excel ids (`@customfunction ID` in src/functions) whose export name is not the id in camel case.
 * test/share/recompute.test.ts reads the functions' source and fails when an id resolves to no
 * export, so this table cannot silently fall behind.
 */
export const EVALUATOR_ALIASES: Readonly<Record<string, string>> = {
  WAGE_ADJUST: "wageAdjustRate",
  BLENDED_RATE: "blendedRateOfMix",
};

/**
 * Index every exported function of the custom-function modules by its normalised name: Excel ids
 * follow the export names (`pfsRvu` ↔ `PFS_RVU`), with EVALUATOR_ALIASES for the exceptions.
 */
export function defaultEvaluators(): EvaluatorRegistry {
  const registry = new Map<string, Evaluator>();
  const modules = [functions, lookups] as ReadonlyArray<Record<string, unknown>>;
  for (const mod of modules) {
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value === "function") registry.set(normaliseFunctionName(name), value as Evaluator);
    }
  }
  for (const [excelId, exportName] of Object.entries(EVALUATOR_ALIASES)) {
    const fn = modules.map((m) => m[exportName]).find((f) => typeof f === "function");
    if (fn) registry.set(normaliseFunctionName(excelId), fn as Evaluator);
  }
  return registry;
}

/** Turn what a custom function returned into a cell value; undefined when it is not one cell's worth. */
export function toCellScalar(result: unknown): CellScalar | undefined {
  if (result === null || result === undefined) return null;
  if (typeof result === "number") return Number.isFinite(result) ? result : { error: "#NUM!" };
  if (typeof result === "string" || typeof result === "boolean") return result;
  if (Array.isArray(result)) return undefined; // a spilled matrix: not compared cell by cell here
  if (typeof result === "object") {
    // CustomFunctions.Error carries its Excel code ("#VALUE!", "#N/A", …) in `code`.
    const code = (result as { code?: unknown }).code;
    if (typeof code === "string" && code.startsWith("#")) return { error: code };
    const error = (result as { error?: unknown }).error;
    if (typeof error === "string") return { error };
  }
  return undefined;
}

export function isErrorValue(v: CellScalar | undefined): v is { error: string } {
  return typeof v === "object" && v !== null && "error" in v;
}

/** Same value as Excel would show it: numbers within float noise, errors by code, text exactly. */
export function sameValue(a: CellScalar, b: CellScalar): boolean {
  if (typeof a === "number" && typeof b === "number") {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  }
  if (isErrorValue(a) || isErrorValue(b)) return isErrorValue(a) && isErrorValue(b) && a.error === b.error;
  return a === b;
}

export function describeValue(v: CellScalar): string {
  if (v === null) return "";
  if (isErrorValue(v)) return v.error;
  if (typeof v === "number") return String(Number(v.toPrecision(15)));
  return String(v);
}
