export * from "./shape";
export * from "./unlisted";
