/**
 * Every worked example in docs/functions.md (`=REIMB.…(literal arguments)` → **result**) returns
 * the number or text the reference promises, so the documentation cannot drift from the code.
 */
import * as fs from "fs";
import * as path from "path";
import { evaluate } from "../../scripts/economicsFormulas";

const DOC = fs.readFileSync(path.resolve(__dirname, "../../docs/functions.md"), "utf8");
const EXAMPLES = [...DOC.matchAll(/`=(REIMB\.[A-Z_]+\(.*?\))` → \*\*(.+?)\*\*/g)]
  .map((m) => [m[1], m[2]] as const)
  .filter(([formula]) => !/\b[A-Z]{1,2}\d+\b/.test(formula.replace(/"[^"]*"/g, ""))); // literal arguments only

describe("docs/functions.md worked examples", () => {
  it("has an example for every function", () => {
    const names = new Set(EXAMPLES.map(([f]) => /^REIMB\.([A-Z_]+)/.exec(f)![1]));
    for (const name of ["PFS_RVU", "PROGRAM_PAYMENT", "PATIENT_SHARE", "WAGE_ADJUST", "PASSTHROUGH_PAYMENT", "NTAP", "MARGIN", "BREAKEVEN", "PAYBACK", "PARAM", "PATHWAY", "NEXT_GATE"]) {
      expect(names).toContain(name);
    }
  });

  it.each(EXAMPLES)("%s → %s", (formula, shown) => {
    const result = evaluate(formula, () => null);
    if (typeof result === "number") expect(result).toBe(Number(shown.replace(/,/g, "")));
    else expect(result).toBe(shown);
  });
});
