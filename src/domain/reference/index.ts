/** CMS reference data: model, lookups, vintage, bundle, the CodeReference port and the current data. */
export * from "./port";
export * from "./model";
export * from "./vintage";
export * from "./lookups";
export * from "./bundle";
export * from "./codeReference";
export * from "./current";
export * from "./adjustments";
export * from "./anesthesia";
export * from "./ascDetail";
