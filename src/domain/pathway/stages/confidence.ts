/** Stage "confidence": every missing or uncertain input counted on the way lowers it. */
import type { Ctx } from "../context";
import { allOf, type Rule } from "../register";
import type { Confidence } from "../types";

export const CONFIDENCE_RULES = allOf<Ctx>("confidence", [
  {
    id: "confidence.fit-unknown-off-existing",
    says: "Codes listed, the pathway is not an existing code, and the fit is not stated: −1.",
    when: (c) =>
      c.anyCode &&
      c.pathway !== "existing-cpt" &&
      c.pathway !== "existing-hcpcs-ii" &&
      (c.fit === undefined || c.fit === "unknown"),
    then: (c) => {
      c.deficits += 1;
    },
    source: "docs/features.md#sheet-contract (Code fit), docs/reimbursement.md §2.1, §3.2",
  },
] satisfies Rule<Ctx>[]);

/** high with no deficit, medium with one, low with more. */
export function confidenceOf(deficits: number): Confidence {
  return deficits === 0 ? "high" : deficits === 1 ? "medium" : "low";
}
