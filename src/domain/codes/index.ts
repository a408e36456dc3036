export * from "./shape";
export * from "./unlisted";
export * from "./pfsStatus";
