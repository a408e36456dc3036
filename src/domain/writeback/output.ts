/**
 * The report's tables as write-back blocks: which grid goes into which `BLOCK_SPECS` entry, and
 * where a block beside the user's table starts. A table the report gains is one more line here.
 */
import type { Report } from "../report";
import type { WriteOutput } from "./plan";

export function reportOutput(report: Report): WriteOutput {
  return {
    ...(report.headerRowIndex !== undefined
      ? {
          pathway: {
            grid: report.pathwayColumns,
            offset: { r: report.headerRowIndex, c: report.pathwayStartColumn },
          },
        }
      : {}),
    evidence: { grid: report.evidence },
    strategy: { grid: report.strategy },
  };
}
