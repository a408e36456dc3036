/**
 * PFS status indicators (CMS PPRRVU file, "Status Code" column; docs/reimbursement.md §8.1) with a national
 * payment amount: A active, R restricted coverage, T paid only when no other service is billed.
 * C is carrier (contractor) priced; N, B, I, X and the rest are not separately paid under the PFS.
 * One set for the whole engine: the pathway rules and the reference look-ups both read it.
 */
export const PFS_NATIONALLY_PRICED: ReadonlySet<string> = new Set(["A", "R", "T"]);
export const PFS_CONTRACTOR_PRICED = "C";
