/**
 * The OOXML package module: open a workbook file from bytes with limits and clear refusals, read
 * it on a namespace-aware tokenizer, and patch it (the only writer). Host-neutral (Node and the
 * browser); `./file` adds the Node-only `openWorkbookFile`.
 */
export * from "./limits";
export * from "./sniff";
export * from "./package";
export * from "./read";
export * from "./patch";
export * from "./address";
export * from "./sheetScan";
export {
  DeflateSink,
  type DeflatedPart,
  type PieceDeflater,
  type RawDeflate,
  type RawInflate,
} from "./zip";
