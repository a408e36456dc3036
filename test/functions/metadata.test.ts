/**
 * The functions.json Excel reads, as webpack generates it with the repo's own configuration
 * (custom-functions-metadata-plugin over functions.ts and lookups.ts). Read from the shared
 * production build (test/support/addin-build.ts); a metadata error fails the webpack build, hence
 * this test.
 */
import * as fs from "fs";
import * as path from "path";
import { CATALOGUE } from "../../src/i18n/catalogue";
import { FUNCTION_REFERENCE_URL } from "../../src/functions/help";
import { productionBuild } from "../support/addin-build";

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: {
    name: string;
    description?: string;
    optional?: boolean;
    type?: string;
    dimensionality?: string;
  }[];
  result: { dimensionality?: string; type?: string };
}

const OURS: Record<string, { required: string[]; optional: string[] }> = {
  VERSION: { required: [], optional: [] },
  PFS_RVU: {
    required: ["work_rvu", "pe_rvu", "mp_rvu"],
    optional: ["conversion_factor", "gpci_work", "gpci_pe", "gpci_mp"],
  },
  PROGRAM_PAYMENT: {
    required: ["allowed"],
    optional: ["unmet_deductible", "coinsurance", "sequestration"],
  },
  PATIENT_SHARE: { required: ["allowed"], optional: ["unmet_deductible", "coinsurance"] },
  WAGE_ADJUST: { required: ["national_rate", "wage_index"], optional: ["labor_share"] },
  PASSTHROUGH_TESTS: { required: ["device_cost", "apc_payment", "device_offset"], optional: [] },
  PASSTHROUGH_PAYMENT: {
    required: ["charge", "cost_to_charge_ratio", "device_offset"],
    optional: [],
  },
  NTAP: { required: ["technology_cost", "case_cost", "drg_payment"], optional: ["rate"] },
  MARGIN: {
    required: ["payment_per_case", "device_cost"],
    optional: ["other_variable_cost", "overhead_per_case"],
  },
  BREAKEVEN: {
    required: ["fixed_cost", "payment_per_case", "variable_cost_per_case"],
    optional: [],
  },
  PAYBACK: { required: ["capital_cost", "cases_per_year", "margin_per_case"], optional: [] },
  BLENDED_RATE: { required: ["medicare_rate", "shares", "multiples"], optional: [] },
  PARAM: { required: ["name"], optional: ["year"] },
  PATHWAY: {
    required: ["product_type", "site_of_care"],
    optional: ["candidate_codes", "code_fit", "fda_status", "breakthrough", "implanted"],
  },
  NEXT_GATE: {
    required: ["product_type", "site_of_care"],
    optional: ["candidate_codes", "code_fit", "fda_status", "breakthrough", "implanted"],
  },
  CODED_FROM: {
    required: ["product_type", "site_of_care"],
    optional: [
      "candidate_codes",
      "code_fit",
      "fda_status",
      "breakthrough",
      "implanted",
      "as_of",
      "fda_date",
    ],
  },
  PAID_FROM: {
    required: ["product_type", "site_of_care"],
    optional: [
      "candidate_codes",
      "code_fit",
      "fda_status",
      "breakthrough",
      "implanted",
      "as_of",
      "fda_date",
    ],
  },
  FIND_CODE: { required: ["text"], optional: ["n"] },
  // Reference-data lookups (src/functions/lookups.ts).
  PFS: { required: ["code"], optional: ["setting", "locality", "modifier", "year", "qp"] },
  ASC_DETAIL: { required: ["code"], optional: ["field", "year"] },
  ASC_DISCOUNTED: { required: ["code"], optional: ["rank", "year"] },
  ANESTHESIA: { required: ["base_units", "minutes"], optional: ["locality", "year", "qp"] },
  PFS_ADJUSTED: {
    required: ["code", "adjustment"],
    optional: ["rank", "setting", "locality", "year"],
  },
  RVU: { required: ["code"], optional: ["component", "modifier", "year"] },
  GPCI: { required: ["locality"], optional: ["component", "year"] },
  ASC: { required: ["code"], optional: ["year"] },
  OPPS: { required: ["code"], optional: ["year"] },
  DMEPOS: { required: ["code", "state"], optional: ["modifier", "rural", "year"] },
  CLFS: { required: ["code"], optional: ["year"] },
  SITE_TOTAL: { required: ["code", "site"], optional: ["locality", "year"] },
  STATUS: { required: ["code"], optional: ["year"] },
  HCPCS_DESC: { required: ["code"], optional: ["year"] },
  LOCALITIES: { required: ["state"], optional: ["county", "year"] },
  OPPS_DETAIL: { required: ["code"], optional: ["field", "year"] },
  APC: { required: ["apc"], optional: ["year"] },
  ASP: { required: ["code"], optional: ["field", "year"] },
  DATA_VINTAGE: { required: [], optional: [] },
  // Codes as data types and site comparison (src/functions/economics.ts).
  CODE: { required: ["code"], optional: ["year", "locality"] },
  SITES: { required: ["code"], optional: ["locality", "year", "device_cost", "headers"] },
};

let functions: FunctionMetadata[] = [];
let bundleBytes = 0;

beforeAll(async () => {
  // The shared production build (test/support/addin-build.ts): the repo's own webpack
  // configuration, built once per change of its inputs for every test that needs its output.
  const build = await productionBuild();
  if (build.errors.length > 0) throw new Error(build.errors.join("\n"));
  functions = (
    JSON.parse(fs.readFileSync(path.join(build.dir, "functions.json"), "utf8")) as {
      functions: FunctionMetadata[];
    }
  ).functions;
  bundleBytes = fs.statSync(path.join(build.dir, "functions.js")).size;
}, 600_000);

describe("generated functions.json", () => {
  it("has every REIMB function once", () => {
    const ids = functions.map((f) => f.id);
    for (const id of Object.keys(OURS)) expect(ids.filter((x) => x === id)).toHaveLength(1);
  });

  it.each(Object.entries(OURS))(
    "%s: arguments in order, optional ones marked, every one described",
    (id, { required, optional }) => {
      const f = functions.find((x) => x.id === id)!;
      expect(f.parameters.map((p) => p.name)).toEqual([...required, ...optional]);
      for (const p of f.parameters) {
        expect(p.description?.trim()).toBeTruthy();
        expect(Boolean(p.optional)).toBe(optional.includes(p.name));
      }
      expect(f.description?.trim()).toBeTruthy();
      expect(f.helpUrl).toBe(FUNCTION_REFERENCE_URL);
    }
  );

  it.each(Object.keys(OURS))("%s: descriptions are the English catalogue's words", (id) => {
    const f = functions.find((x) => x.id === id)!;
    const en = CATALOGUE.en;
    expect(f.description).toBe(en[`fn.${id}.description`]);
    for (const p of f.parameters)
      expect([p.name, p.description]).toEqual([p.name, en[`fn.${id}.arg.${p.name}`]]);
  });

  it("spills PASSTHROUGH_TESTS and takes BLENDED_RATE's mix as ranges", () => {
    expect(functions.find((f) => f.id === "PASSTHROUGH_TESTS")!.result.dimensionality).toBe(
      "matrix"
    );
    const blended = functions.find((f) => f.id === "BLENDED_RATE")!;
    expect(
      blended.parameters.filter((p) => p.dimensionality === "matrix").map((p) => p.name)
    ).toEqual(["shares", "multiples"]);
  });

  it("builds a functions bundle (size printed for the report)", () => {
    console.log(`functions.js: ${(bundleBytes / 1024).toFixed(1)} KiB`);
    // Pure computation and the message catalogue only: no UI framework or spreadsheet library
    // (React + Fluent alone are ~950 KiB, in the pane's own chunk). The engine, payments by year,
    // roadmap calendar, code search, site comparison and both catalogues (en + zh-CN) come to
    // ~420 KiB minified.
    expect(bundleBytes).toBeGreaterThan(0);
    expect(bundleBytes).toBeLessThan(512 * 1024);
  });
});
