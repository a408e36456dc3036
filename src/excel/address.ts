/**
 * A1 addresses for the Office.js adapter: the shared module (src/domain/sheet/address.ts), which
 * the CLI uses too, so both hosts name cells the same way.
 */
export * from "../domain/sheet/address";
