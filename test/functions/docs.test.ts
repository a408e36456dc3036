/**
 * Every worked example in the README's function reference (`=REIMB.…(literal arguments)` →
 * **result**) returns the number or text the reference promises, so the documentation cannot drift
 * from the code. Lookup examples (REIMB.PFS, …) need the CMS files: they are checked when the data
 * folder is present and skipped with a printed reason otherwise.
 */
import * as fs from "fs";
import * as path from "path";
import { evaluate } from "../../scripts/economicsFormulas";
import { loadCodeReference } from "../../scripts/data-load";

const README = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
const DOC = README.slice(README.indexOf("## Function reference"), README.indexOf("## Sharing a workbook"));
const LOOKUPS = new Set(["PFS", "RVU", "GPCI", "ASC", "OPPS", "DMEPOS", "CLFS", "SITE_TOTAL", "STATUS", "HCPCS_DESC", "LOCALITIES", "OPPS_DETAIL", "APC", "PFS_ADJUSTED", "ANESTHESIA", "ASC_DETAIL", "ASC_DISCOUNTED", "ASP", "DATA_VINTAGE"]);
const nameOf = (formula: string) => /^REIMB\.([A-Z_]+)/.exec(formula)![1];
let referenceLoaded = false;

beforeAll(async () => {
  referenceLoaded = (await loadCodeReference()) !== undefined;
  if (!referenceLoaded) console.log("README lookup examples skipped: no CMS data folder (set REIMB_DATA_DIR)");
}, 120000);
const EXAMPLES = [...DOC.matchAll(/`=(REIMB\.[A-Z_]+\(.*?\))` → \*\*(.+?)\*\*/g)]
  .map((m) => [m[1], m[2]] as const)
  .filter(([formula]) => !/\b[A-Z]{1,2}\d+\b/.test(formula.replace(/"[^"]*"/g, ""))); // literal arguments only

describe("README function reference: worked examples", () => {
  it("has an example for every function", () => {
    const names = new Set(EXAMPLES.map(([f]) => nameOf(f)));
    for (const name of ["PFS_RVU", "PROGRAM_PAYMENT", "PATIENT_SHARE", "WAGE_ADJUST", "PASSTHROUGH_PAYMENT", "NTAP", "MARGIN", "BREAKEVEN", "PAYBACK", "PARAM", "PATHWAY", "NEXT_GATE", ...LOOKUPS].filter((n) => n !== "DATA_VINTAGE")) {
      expect(names).toContain(name);
    }
  });

  it.each(EXAMPLES)("%s → %s", (formula, shown) => {
    if (LOOKUPS.has(nameOf(formula)) && !referenceLoaded) return;
    const result = evaluate(formula, () => null);
    if (typeof result === "number") expect(result).toBe(Number(shown.replace(/,/g, "")));
    else expect(result).toBe(shown);
  });
});
