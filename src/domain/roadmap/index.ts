/** Dated gates to a code and to payment (docs/roadmap.md): calendar rules, per-row plans, grids. */
export * from "./days";
export * from "./calendar";
export * from "./plan";
export * from "./table";
