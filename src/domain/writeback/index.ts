/**
 * The write-back policy, one for both hosts: what the add-in writes, which cells are the user's,
 * what needs consent, which user formulas come back, how the output looks and how long a cell may
 * be. Hosts read the workbook, call these, and apply the result; they decide nothing themselves.
 */
export * from "./blocks";
export * from "./cells";
export * from "./formats";
export * from "./locateProducts";
