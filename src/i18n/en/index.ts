/**
 * English catalogue parts, one file per area. Ids are namespaced by area (`rows.*`, `pathway.*`,
 * `evidence.*`, `fn.*`, `pane.*`, `cli.*`, `data.*`, `share.*`, `common.*`).
 */
import { COMMON } from "./common";
import { ROWS } from "./rows";
import { CODES } from "./codes";
import { PATHWAY } from "./pathway";
import { EVIDENCE } from "./evidence";
import { STRATEGY } from "./strategy";
import { ECONOMICS } from "./economics";
import { FUNCTIONS } from "./functions";
import { DATA } from "./data";
import { REFERENCE } from "./reference";
import { EXCEL } from "./excel";
import { PANE } from "./pane";
import { CLI } from "./cli";
import { SHARE } from "./share";
import { PAYMENTS } from "./payments";
import { ROADMAP } from "./roadmap";
import { SEARCH } from "./search";
import { OPPS } from "./opps";
import { XLSX } from "./xlsx";
import { ADJUSTMENTS } from "./adjustments";
import { SITE_COMPARISON } from "./siteComparison";
import { WRITEBACK } from "./writeback";
import { PAYER_ROUTES } from "./payerRoutes";
import { PLAN } from "./plan";
import { ERRORS } from "./errors";
import { CLI_WRITER } from "./cliWriter";
import { SHEETS } from "./sheets";
import { REPORT } from "./report";
import { ASSUMPTIONS } from "./assumptions";

export const EN_PARTS: ReadonlyArray<Readonly<Record<string, string>>> = [
  COMMON,
  ROWS,
  CODES,
  PATHWAY,
  EVIDENCE,
  STRATEGY,
  ECONOMICS,
  FUNCTIONS,
  DATA,
  REFERENCE,
  EXCEL,
  PANE,
  CLI,
  SHARE,
  PAYMENTS,
  ROADMAP,
  SEARCH,
  OPPS,
  XLSX,
  ADJUSTMENTS,
  SITE_COMPARISON,
  WRITEBACK,
  PAYER_ROUTES,
  PLAN,
  ERRORS,
  CLI_WRITER,
  SHEETS,
  REPORT,
  ASSUMPTIONS,
];
