/**
 * Recomputing a REIMB cell from the values in the file, to tell a current value from a stale one.
 * The evaluators are the add-in's own custom functions (src/functions), so "stale" means exactly
 * "the add-in would now show something else". Host-neutral: no Office, Node or DOM.
 */
import * as functions from "../functions/functions";
import * as lookups from "../functions/lookups";
import { normaliseFunctionName } from "./formula";
import type { CellScalar } from "./values";

export { describeValue, isErrorValue, sameValue, type CellScalar } from "./values";

/** Custom functions take Excel values (scalars or 2-D arrays) and may answer asynchronously. */
export type Evaluator = (...args: unknown[]) => unknown;
/** Evaluators by normalised function name ("PFS_RVU" → "pfsrvu"). */
export type EvaluatorRegistry = ReadonlyMap<string, Evaluator>;

/**
 * Excel ids (`@customfunction ID` in src/functions) whose export name is not the id in camel case.
 * test/shareCopy/recompute.test.ts reads the functions' source and fails when an id resolves to no
 * export, so this table cannot silently fall behind.
 */
export const EVALUATOR_ALIASES: Readonly<Record<string, string>> = {
  WAGE_ADJUST: "wageAdjustRate",
  BLENDED_RATE: "blendedRateOfMix",
};

/**
 * Index every exported function of the custom-function modules by its normalised name: Excel ids
 * follow the export names (`pfsRvu` ↔ `PFS_RVU`, `rvuFn` ↔ `RVU`), with EVALUATOR_ALIASES for the
 * exceptions.
 */
export function defaultEvaluators(): EvaluatorRegistry {
  const registry = new Map<string, Evaluator>();
  const modules = [functions, lookups] as ReadonlyArray<Record<string, unknown>>;
  for (const mod of modules) {
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== "function") continue;
      const key = normaliseFunctionName(name);
      registry.set(key, value as Evaluator);
      // `rvuFn` implements RVU where the plain name is taken by an import.
      if (key.endsWith("fn") && key.length > 2 && !registry.has(key.slice(0, -2)))
        registry.set(key.slice(0, -2), value as Evaluator);
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
