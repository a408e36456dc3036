export * from "./normalize";
export * from "./vocabularies";
