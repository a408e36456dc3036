/** CMS reference data: model, lookups, vintage, bundle, the CodeReference port (the data in use is host state: src/functions/state.ts). */
export * from "./port";
export * from "./model";
export * from "./vintage";
export * from "./lookups";
export * from "./bundle";
export * from "./codeReference";
export * from "./adjustments";
export * from "./anesthesia";
export * from "./ascDetail";
