import { readFileSync } from "fs";
import { join } from "path";
import * as functions from "../../src/functions/functions";
import * as lookups from "../../src/functions/lookups";
import { normaliseFunctionName } from "../../src/shareCopy/formula";
import { defaultEvaluators, sameValue, toCellScalar } from "../../src/shareCopy/recompute";

/** `@customfunction ID` followed by `export function name` in a functions source file. */
function declaredFunctions(file: string): Array<{ id: string; exportName: string }> {
  const src = readFileSync(join(__dirname, "../../src/functions", file), "utf8");
  return [...src.matchAll(/@customfunction\s+([A-Z0-9_.]+)[\s\S]*?export (?:async )?function (\w+)/g)].map((m) => ({ id: m[1], exportName: m[2] }));
}

describe("the staleness check evaluates with the add-in's own functions", () => {
  const registry = defaultEvaluators();
  const modules: Record<string, Record<string, unknown>> = { "functions.ts": functions, "lookups.ts": lookups };
  for (const file of Object.keys(modules)) {
    it(`resolves every custom function declared in ${file} to its export`, () => {
      for (const { id, exportName } of declaredFunctions(file)) {
        expect([id, registry.get(normaliseFunctionName(id))]).toEqual([id, modules[file][exportName]]);
      }
    });
  }
  it("recomputes 99213 in the office from CY2026 RVUs (1.30 + 1.46 + 0.09) × 33.4009 = $95.19", () => {
    expect(toCellScalar(registry.get("pfsrvu")?.(1.3, 1.46, 0.09))).toBe(95.19);
  });
  it("turns an error the functions return into its Excel code", () => {
    expect(toCellScalar(registry.get("pfsrvu")?.("n/a", 1, 1))).toEqual({ error: "#VALUE!" });
  });
});

describe("comparing values", () => {
  it.each([
    [95.19, 95.19 + 1e-12, true],
    [95.19, 95.2, false],
    [{ error: "#N/A" }, { error: "#N/A" }, true],
    [{ error: "#N/A" }, { error: "#VALUE!" }, false],
    [0, { error: "#NUM!" }, false],
    ["Existing CPT", "Existing CPT", true],
  ] as const)("%j vs %j → %s", (a, b, same) => {
    expect(sameValue(a, b)).toBe(same);
  });
});
