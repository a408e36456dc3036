/**
 * Simplified Chinese parts. Translations arrive area by area; any id missing here falls back to
 * English in `t()`, so a partial translation never shows an empty string.
 */
import { COMMON_ZH } from "./common";
import { ROWS_ZH } from "./rows";
import { CODES_ZH } from "./codes";
import { PATHWAY_ZH } from "./pathway";
import { EVIDENCE_ZH } from "./evidence";
import { STRATEGY_ZH } from "./strategy";
import { ECONOMICS_ZH } from "./economics";
import { FUNCTIONS_ZH } from "./functions";
import { DATA_ZH } from "./data";
import { REFERENCE_ZH } from "./reference";
import { EXCEL_ZH } from "./excel";
import { PANE_ZH } from "./pane";
import { CLI_ZH } from "./cli";
import { SHARE_ZH } from "./share";
import { PAYMENTS_ZH } from "./payments";
import { ROADMAP_ZH } from "./roadmap";
import { SEARCH_ZH } from "./search";
import { OPPS_ZH } from "./opps";
import { XLSX_ZH } from "./xlsx";
import { ADJUSTMENTS_ZH } from "./adjustments";
import { SITE_COMPARISON_ZH } from "./siteComparison";
import { WRITEBACK_ZH } from "./writeback";
import { PAYER_ROUTES_ZH } from "./payerRoutes";
import { PLAN_ZH } from "./plan";
import { ERRORS_ZH } from "./errors";
import { CLI_WRITER_ZH } from "./cliWriter";
import { SHEETS_ZH } from "./sheets";
import { REPORT_ZH } from "./report";
import { ASSUMPTIONS_ZH } from "./assumptions";

export const ZH_CN_PARTS: ReadonlyArray<Readonly<Record<string, string>>> = [
  COMMON_ZH,
  ROWS_ZH,
  CODES_ZH,
  PATHWAY_ZH,
  EVIDENCE_ZH,
  STRATEGY_ZH,
  ECONOMICS_ZH,
  FUNCTIONS_ZH,
  DATA_ZH,
  REFERENCE_ZH,
  EXCEL_ZH,
  PANE_ZH,
  CLI_ZH,
  SHARE_ZH,
  PAYMENTS_ZH,
  ROADMAP_ZH,
  SEARCH_ZH,
  OPPS_ZH,
  XLSX_ZH,
  ADJUSTMENTS_ZH,
  SITE_COMPARISON_ZH,
  WRITEBACK_ZH,
  PAYER_ROUTES_ZH,
  PLAN_ZH,
  ERRORS_ZH,
  CLI_WRITER_ZH,
  SHEETS_ZH,
  REPORT_ZH,
  ASSUMPTIONS_ZH,
];
