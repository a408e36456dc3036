/** The pathway engine: classify a product row, render it for cells and JSON. */
export * from "./types";
export { classify, type ClassifyOptions } from "./classify";
export { ClassifyMemo } from "./memo";
export {
  renderClassification,
  gateLabel,
  ownerLabel,
  mechanismLabel,
  type RenderedClassification,
} from "./render";
export { RULES, GATE_RULES, PRODUCT_TYPE_RULES, BENEFIT_INFERENCE, type RuleId } from "./rules";
