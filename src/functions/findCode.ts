/**
 * REIMB.FIND_CODE: the HCPCS Level II codes whose CMS descriptor best matches a product's name or
 * description (src/domain/search, through the loaded reference). Thin: reads the arguments, asks
 * the reference, spills rows of code, descriptor and match score. CPT descriptors are licensed and
 * not in CMS's files, so only Level II codes are ever found.
 */
import { describeBlank, isBlankOrZero } from "./args";
import { callFunction, fail, type ExcelError } from "./errors";
import { functionReference } from "./state";

const MAX_ROWS = 20;

export function findCodeRows(
  text: unknown,
  n?: unknown
): Array<Array<string | number | ExcelError>> {
  const result = callFunction("FIND_CODE", (): Array<Array<string | number>> => {
    if (isBlankOrZero(text) || typeof text !== "string" || text.trim() === "")
      return fail("value", "fn.error.required", { arg: "text", got: describeBlank(text) });
    let limit = 3;
    if (!isBlankOrZero(n)) {
      const v = typeof n === "number" ? n : Number(n);
      if (!Number.isInteger(v) || v < 1 || v > MAX_ROWS)
        return fail("value", "fn.findCode.badCount", { max: MAX_ROWS, got: String(n) });
      limit = v;
    }
    const ref = functionReference();
    if (!ref?.searchCodes) return fail("na", "fn.findCode.noData");
    const found = ref.searchCodes(text, limit);
    if (found.length === 0)
      return fail("na", "fn.findCode.noMatch", { text: text.trim().slice(0, 80) });
    return found.map((m) => [m.code, m.description, m.score]);
  });
  // A matrix function reports an error as a 1×1 matrix holding it (Excel's documented pattern).
  return Array.isArray(result) ? result : [[result]];
}
