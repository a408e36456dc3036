/** Sharing a workbook with people who do not have the add-in (docs/features.md#share). Host-neutral. */
export * from "./workbook";
export {
  defaultEvaluators,
  describeValue,
  type CellScalar,
  type Evaluator,
  type EvaluatorRegistry,
} from "./recompute";
export { containsReimbCall, reimbFunctionKey } from "./formula";
