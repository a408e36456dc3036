export const COMMON: Readonly<Record<string, string>> = {
  "common.appName": "US Reimbursement Modeler",
  "common.caveat.codeNotCoverage":
    "A code is not coverage, and coverage is not payment: a code can exist while Medicare has no benefit category to pay for it.",
  "common.caveat.medicareNotCommercial":
    "Figures are Medicare national or locality amounts, not commercial payer rates.",
  "common.yes": "yes",
  "common.no": "no",
};
