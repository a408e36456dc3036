/**
 * The write-back policy, one for both hosts: what the add-in writes, which cells are the user's,
 * what needs consent, which user formulas come back, how the output looks and how long a cell may
 * be. Hosts read a snapshot of the workbook, call `planWriteBack` (plan.ts), and apply the plan;
 * they decide nothing themselves.
 */
export * from "./blocks";
export * from "./cells";
export * from "./formats";
export * from "./locateProducts";
export * from "./plan";
export * from "./output";
