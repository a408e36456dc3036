/** Medicare payment and provider-economics formulas (docs/reimbursement.md §4.1, §5, §8). Pure. */
export * from "./money";
export * from "./outcome";
export * from "./params";
export * from "./pfs";
export * from "./costSharing";
export * from "./wage";
export * from "./passThrough";
export * from "./ntap";
export * from "./margin";
export * from "./payerMix";
