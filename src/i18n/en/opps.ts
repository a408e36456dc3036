/** OPPS status indicators of the procedure or product on a hospital-outpatient row (docs/reimbursement.md §8.4). */
export const OPPS: Readonly<Record<string, string>> = {
  "pathway.warn.oppsInpatientOnly":
    "{code} is on the OPPS inpatient-only list (status indicator C, {vintage}): a hospital outpatient department cannot be paid for it; Medicare pays the hospital only when it is performed on an inpatient (IPPS)",
  "pathway.warn.oppsNotPaid":
    "{code}: OPPS status indicator {si} ({vintage}): not paid under OPPS (E1 not covered by any outpatient benefit category, E2 no pricing or claims data)",
  "pathway.why.oppsComprehensive":
    "{code} is a comprehensive APC procedure (status indicator {si}, {vintage}): the device, supplies and other services on the claim are packaged into its one payment.",
  "pathway.why.oppsMultipleProcedure":
    "{code} has OPPS status indicator T ({vintage}): paid at 50% when billed with another T procedure of higher payment on the same day.",
  "pathway.warn.oppsPackagedProduct":
    "{code} is packaged under OPPS (status indicator N, {vintage}): no separate hospital payment for the product; the hospital's economics come from the procedure's APC",
};
