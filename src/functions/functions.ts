/**
 * Custom functions (namespace REIMB, set in manifest.xml). The JSDoc here is the source of the
 * generated functions.json (custom-functions-metadata-plugin); each description repeats the
 * English catalogue entry `fn.<NAME>.description` / `fn.<NAME>.arg.<arg>` word for word (tested).
 *
 * Each function only reads its cell arguments (./args), calls the domain, and lets
 * `callFunction` turn failures into Excel errors. Nothing here decides a number.
 */
import {
  blendedRate,
  breakevenCases,
  caseMargin,
  costSharing,
  findParameter,
  ntapPayment,
  parameterValue,
  passThroughPayment,
  passThroughTests,
  paybackYears,
  pfsPayment,
  wageAdjust,
  type PayerShare,
} from "../domain/economics";
import { classify, gateLabel, type Classification } from "../domain/pathway";
import type { Vocabulary } from "../domain/vocab";
import { getLocale, t } from "../i18n/catalogue";
import {
  numberGrid,
  optionalNonZeroNumber,
  optionalNumber,
  optionalYear,
  requireNonZeroNumber,
  requireNumber,
  requireText,
  requireVocabulary,
} from "./args";
import { callFunction, fail, unwrap, type ExcelError } from "./errors";
import { productFacts, RowMemo, type PathwayArgs } from "./productArgs";
import { headlineSerial, roadmapHeadlines } from "./roadmap";
import { classifyMemo, functionReference } from "./state";
import { findCodeRows } from "./findCode";
import { codeValue, sitesRows } from "./economics";

/** A spilled cell: Excel shows strings, numbers, booleans and errors. */
export type SpillCell = string | number | boolean | ExcelError;

/**
 * Version of the reimbursement engine loaded in this workbook.
 * @customfunction VERSION
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @returns The add-in version.
 */
export function version(): string {
  return "0.1.0";
}

/**
 * Medicare physician fee schedule payment from RVUs: (work RVU × work GPCI + PE RVU × PE GPCI + MP RVU × MP GPCI) × conversion factor, rounded to the cent as CMS rounds.
 * @customfunction PFS_RVU
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param work_rvu Work RVU of the code (RVU file column WORK RVU), e.g. 1.30 for 99213 in CY2026.
 * @param pe_rvu Practice expense RVU: the non-facility PE RVU for the office, the facility PE RVU for hospital, ASC or inpatient.
 * @param mp_rvu Malpractice (MP) RVU of the code.
 * @param [conversion_factor] Dollars per RVU. Omitted: the latest year's non-QP conversion factor (33.4009 for CY2026); see REIMB.PARAM("PFS_CF_QP").
 * @param [gpci_work] Work GPCI of the locality (use the with-1.0-floor column). Omitted: 1 (national).
 * @param [gpci_pe] Practice expense GPCI of the locality. Omitted: 1 (national).
 * @param [gpci_mp] Malpractice GPCI of the locality. Omitted: 1 (national).
 * @returns Payment in dollars.
 */
export function pfsRvu(
  work_rvu: number,
  pe_rvu: number,
  mp_rvu: number,
  conversion_factor?: number,
  gpci_work?: number,
  gpci_pe?: number,
  gpci_mp?: number
): number | ExcelError {
  return callFunction("PFS_RVU", () =>
    unwrap(
      pfsPayment({
        workRvu: requireNumber(work_rvu, "work_rvu"),
        peRvu: requireNumber(pe_rvu, "pe_rvu"),
        mpRvu: requireNumber(mp_rvu, "mp_rvu"),
        conversionFactor: optionalNonZeroNumber(conversion_factor, "conversion_factor"),
        gpciWork: optionalNonZeroNumber(gpci_work, "gpci_work"),
        gpciPe: optionalNonZeroNumber(gpci_pe, "gpci_pe"),
        gpciMp: optionalNonZeroNumber(gpci_mp, "gpci_mp"),
      })
    )
  );
}

/**
 * What Medicare pays of an allowed amount: (allowed − unmet deductible) × (1 − coinsurance), less sequestration.
 * @customfunction PROGRAM_PAYMENT
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param allowed Medicare allowed amount for the service, in dollars.
 * @param [unmet_deductible] Part B deductible the patient still has to meet this year. Omitted: 0.
 * @param [coinsurance] Patient coinsurance as a fraction. Omitted: 0.2 (20%).
 * @param [sequestration] Sequestration reduction as a fraction. Omitted: 0.02 (2%); 0 for none.
 * @returns Medicare's payment in dollars.
 */
export function programPayment(
  allowed: number,
  unmet_deductible?: number,
  coinsurance?: number,
  sequestration?: number
): number | ExcelError {
  return callFunction(
    "PROGRAM_PAYMENT",
    () =>
      unwrap(
        costSharing({
          allowed: requireNumber(allowed, "allowed"),
          unmetDeductible: optionalNumber(unmet_deductible, "unmet_deductible"),
          coinsurance: optionalNumber(coinsurance, "coinsurance"),
          sequestration: optionalNumber(sequestration, "sequestration"),
        })
      ).programPayment
  );
}

/**
 * What the patient owes of a Medicare allowed amount: unmet deductible plus coinsurance on the rest.
 * @customfunction PATIENT_SHARE
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param allowed Medicare allowed amount for the service, in dollars.
 * @param [unmet_deductible] Part B deductible the patient still has to meet this year. Omitted: 0.
 * @param [coinsurance] Patient coinsurance as a fraction. Omitted: 0.2 (20%).
 * @returns The patient's share in dollars.
 */
export function patientShare(
  allowed: number,
  unmet_deductible?: number,
  coinsurance?: number
): number | ExcelError {
  return callFunction(
    "PATIENT_SHARE",
    () =>
      unwrap(
        costSharing({
          allowed: requireNumber(allowed, "allowed"),
          unmetDeductible: optionalNumber(unmet_deductible, "unmet_deductible"),
          coinsurance: optionalNumber(coinsurance, "coinsurance"),
        })
      ).patientShare
  );
}

type LaborSetting = "OPPS" | "ASC";
const LABOR_SETTING: Vocabulary<LaborSetting> = {
  id: "laborShareSetting",
  values: ["OPPS", "ASC"],
  aliases: { HOPD: "OPPS", "hospital outpatient": "OPPS", "ambulatory surgical center": "ASC" },
};

/**
 * Wage-adjusted facility rate: national rate × (labor share × wage index + 1 − labor share). OPPS labor share 60%, ASC 50%.
 * @customfunction WAGE_ADJUST
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param national_rate National unadjusted OPPS or ASC payment rate, in dollars.
 * @param wage_index Hospital wage index of the facility's area, e.g. 1.0234.
 * @param [labor_share] Labor-related share as a fraction, or "OPPS" (0.6) or "ASC" (0.5). Omitted: 0.6 (OPPS).
 * @returns The wage-adjusted rate in dollars.
 */
export function wageAdjustRate(
  national_rate: number,
  wage_index: number,
  labor_share?: number | string
): number | ExcelError {
  return callFunction("WAGE_ADJUST", () => {
    let share: number | undefined;
    if (typeof labor_share === "string" && labor_share.trim() !== "") {
      const setting = requireVocabulary(LABOR_SETTING, labor_share, "labor_share");
      share = parameterValue(setting === "ASC" ? "ASC_LABOR_SHARE" : "OPPS_LABOR_SHARE");
    } else {
      share = optionalNonZeroNumber(labor_share, "labor_share");
    }
    return unwrap(
      wageAdjust({
        nationalRate: requireNumber(national_rate, "national_rate"),
        wageIndex: requireNonZeroNumber(wage_index, "wage_index"),
        laborShare: share,
      })
    );
  });
}

const labelCache = new Map<string, readonly string[]>();

/** Spilled labels in the display language; cached per locale (a fresh copy each call, Excel owns it). */
function passThroughLabels(): string[] {
  const locale = getLocale();
  let labels = labelCache.get(locale);
  if (!labels) {
    labels = ["costOverApcShare", "costOverOffset", "netCostOverApcShare", "allPass"].map((k) =>
      t(`fn.PASSTHROUGH_TESTS.label.${k}`)
    );
    labelCache.set(locale, labels);
  }
  return labels.slice();
}

/**
 * The three OPPS device pass-through cost-significance tests (42 CFR 419.66(d)), spilled as labels over TRUE/FALSE results.
 * @customfunction PASSTHROUGH_TESTS
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param device_cost Average reasonable cost of the device, in dollars.
 * @param apc_payment Payment rate of the APC the procedure is assigned to, in dollars.
 * @param device_offset Device-related portion (offset) already in the APC payment, in dollars.
 * @returns Two rows: test labels, then TRUE/FALSE for each test and for all three.
 */
export function passthroughTests(
  device_cost: number,
  apc_payment: number,
  device_offset: number
): unknown[][] {
  const result = callFunction("PASSTHROUGH_TESTS", (): SpillCell[][] => {
    const tests = unwrap(
      passThroughTests({
        deviceCost: requireNumber(device_cost, "device_cost"),
        apcPayment: requireNumber(apc_payment, "apc_payment"),
        deviceOffset: requireNumber(device_offset, "device_offset"),
      })
    );
    return [
      passThroughLabels(),
      [tests.costOverApcShare, tests.costOverOffset, tests.netCostOverApcShare, tests.allPass],
    ];
  });
  // A matrix function reports an error as a 1×1 matrix holding it (Excel's documented pattern).
  return Array.isArray(result) ? result : [[result]];
}

/**
 * OPPS device pass-through payment: device charge × hospital cost-to-charge ratio − device offset, never below 0.
 * @customfunction PASSTHROUGH_PAYMENT
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param charge Hospital charge for the device, in dollars.
 * @param cost_to_charge_ratio Hospital-specific cost-to-charge ratio, e.g. 0.25.
 * @param device_offset Device-related portion (offset) of the APC payment, in dollars.
 * @returns The pass-through payment in dollars.
 */
export function passthroughPayment(
  charge: number,
  cost_to_charge_ratio: number,
  device_offset: number
): number | ExcelError {
  return callFunction("PASSTHROUGH_PAYMENT", () =>
    unwrap(
      passThroughPayment({
        charge: requireNumber(charge, "charge"),
        costToChargeRatio: requireNumber(cost_to_charge_ratio, "cost_to_charge_ratio"),
        deviceOffset: requireNumber(device_offset, "device_offset"),
      })
    )
  );
}

/**
 * IPPS new technology add-on payment: the lesser of rate × technology cost and rate × (case cost − MS-DRG payment).
 * @customfunction NTAP
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param technology_cost Cost of the new technology per case, in dollars.
 * @param case_cost Total cost of the case, in dollars.
 * @param drg_payment Full MS-DRG payment for the case, in dollars.
 * @param [rate] Add-on rate as a fraction. Omitted: 0.65; 0.75 for QIDP antimicrobials.
 * @returns The add-on payment in dollars.
 */
export function ntap(
  technology_cost: number,
  case_cost: number,
  drg_payment: number,
  rate?: number
): number | ExcelError {
  return callFunction("NTAP", () =>
    unwrap(
      ntapPayment({
        technologyCost: requireNumber(technology_cost, "technology_cost"),
        caseCost: requireNumber(case_cost, "case_cost"),
        drgPayment: requireNumber(drg_payment, "drg_payment"),
        rate: optionalNonZeroNumber(rate, "rate"),
      })
    )
  );
}

/**
 * Margin per case: payment − device cost − other variable cost − overhead.
 * @customfunction MARGIN
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param payment_per_case Total payment per case at the site of care, in dollars.
 * @param device_cost Device cost per case, in dollars.
 * @param [other_variable_cost] Other variable cost per case (supplies, staff time), in dollars. Omitted: 0.
 * @param [overhead_per_case] Overhead allocated per case, in dollars. Omitted: 0.
 * @returns Margin per case in dollars (negative for a loss).
 */
export function margin(
  payment_per_case: number,
  device_cost: number,
  other_variable_cost?: number,
  overhead_per_case?: number
): number | ExcelError {
  return callFunction("MARGIN", () =>
    unwrap(
      caseMargin({
        paymentPerCase: requireNumber(payment_per_case, "payment_per_case"),
        deviceCost: requireNumber(device_cost, "device_cost"),
        otherVariableCost: optionalNumber(other_variable_cost, "other_variable_cost"),
        overheadPerCase: optionalNumber(overhead_per_case, "overhead_per_case"),
      })
    )
  );
}

/**
 * Cases needed to cover a fixed cost: fixed cost ÷ (payment per case − variable cost per case).
 * @customfunction BREAKEVEN
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param fixed_cost Fixed cost to recover (e.g. capital equipment), in dollars.
 * @param payment_per_case Payment per case, in dollars.
 * @param variable_cost_per_case Variable cost per case, in dollars.
 * @returns Number of cases (2 decimals; wrap in ROUNDUP for whole cases).
 */
export function breakeven(
  fixed_cost: number,
  payment_per_case: number,
  variable_cost_per_case: number
): number | ExcelError {
  return callFunction("BREAKEVEN", () =>
    unwrap(
      breakevenCases({
        fixedCost: requireNumber(fixed_cost, "fixed_cost"),
        paymentPerCase: requireNumber(payment_per_case, "payment_per_case"),
        variableCostPerCase: requireNumber(variable_cost_per_case, "variable_cost_per_case"),
      })
    )
  );
}

/**
 * Years to pay back a capital cost: capital cost ÷ (cases per year × margin per case).
 * @customfunction PAYBACK
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param capital_cost Capital cost to recover, in dollars.
 * @param cases_per_year Cases performed per year.
 * @param margin_per_case Margin per case, in dollars (see REIMB.MARGIN).
 * @returns Years (2 decimals).
 */
export function payback(
  capital_cost: number,
  cases_per_year: number,
  margin_per_case: number
): number | ExcelError {
  return callFunction("PAYBACK", () =>
    unwrap(
      paybackYears({
        capitalCost: requireNumber(capital_cost, "capital_cost"),
        casesPerYear: requireNumber(cases_per_year, "cases_per_year"),
        marginPerCase: requireNumber(margin_per_case, "margin_per_case"),
      })
    )
  );
}

/**
 * Average payment per case across a payer mix given as multiples of Medicare: Medicare rate × Σ(share × multiple).
 * @customfunction BLENDED_RATE
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param medicare_rate Medicare payment per case, in dollars.
 * @param shares Range of payer shares as fractions adding up to 1, e.g. 0.5, 0.4, 0.1.
 * @param multiples Range of the same size: each payer's payment as a multiple of Medicare, e.g. 1, 1.8, 0.7.
 * @returns Blended payment per case in dollars.
 */
export function blendedRateOfMix(
  medicare_rate: number,
  shares: number[][],
  multiples: number[][]
): number | ExcelError {
  return callFunction("BLENDED_RATE", () => {
    const rate = requireNumber(medicare_rate, "medicare_rate");
    const flatShares = numberGrid(shares, "shares");
    const flatMultiples = numberGrid(multiples, "multiples");
    if (flatShares.values.length !== flatMultiples.values.length) {
      fail("value", "fn.error.rangeShape", {
        arg: "shares",
        other: "multiples",
        rows: flatShares.rows,
        cols: flatShares.cols,
        otherRows: flatMultiples.rows,
        otherCols: flatMultiples.cols,
      });
    }
    const mix: PayerShare[] = [];
    for (let i = 0; i < flatShares.values.length; i++) {
      const share = flatShares.values[i];
      const multiple = flatMultiples.values[i];
      if (share === null && multiple === null) continue;
      if (share === null || multiple === null)
        fail("value", "fn.error.rangeGap", { arg: "shares", position: i + 1 });
      mix.push({ share, multiple });
    }
    return unwrap(blendedRate(rate, mix));
  });
}

/**
 * A published Medicare figure for a year from the add-in's sourced parameter table (conversion factors, deductibles, coinsurance, sequestration).
 * @customfunction PARAM
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param name Parameter name: PFS_CF, PFS_CF_QP, OPPS_CF, ASC_CF, PART_B_DEDUCTIBLE, PART_A_DEDUCTIBLE, COINSURANCE, SEQUESTRATION, OPPS_LABOR_SHARE, ASC_LABOR_SHARE, NTAP_RATE or NTAP_RATE_QIDP.
 * @param [year] Calendar (or fiscal, for NTAP) year. Omitted: the latest year in the table.
 * @returns The figure (dollars or a fraction).
 */
export function param(name: string, year?: number): number | ExcelError {
  return callFunction("PARAM", () => {
    const text = requireText(name, "name", '"PFS_CF"');
    const y = optionalYear(year);
    return unwrap(y === undefined ? findParameter(text) : findParameter(text, y)).value;
  });
}

/**
 * Classifications by their facts. A workbook asks for the same row several times (PATHWAY and
 * NEXT_GATE side by side, recalculation of dependants), and the engine is the costly part of a
 * call. Valid while the reference data stays the same object and within one UTC day (the engine's
 * newness windows count from today). Bounded: cleared when full.
 */
/** Only what the cells show, so the memo stays small for the garbage collector. */
type CellClassification = Pick<Classification, "pathwayLabel" | "nextGate">;
const classificationMemo = new RowMemo<CellClassification>(2000);
let memoReference: object | undefined;
let memoDay = -1;
const MS_PER_DAY = 86_400_000;

function classification(args: PathwayArgs): CellClassification {
  const facts = productFacts(args);
  const reference = functionReference();
  const day = Math.floor(Date.now() / MS_PER_DAY);
  if (reference !== memoReference || day !== memoDay) {
    classificationMemo.clear();
    memoReference = reference;
    memoDay = day;
  }
  return classificationMemo.get(facts, "", () => {
    const full = classify(facts, reference, { memo: classifyMemo() });
    return { pathwayLabel: full.pathwayLabel, nextGate: full.nextGate };
  });
}

/**
 * Coding pathway the engine assigns to a product (Existing CPT, Existing HCPCS II, Unlisted / NOC, New code strategy), as the pane and CLI write it.
 * @customfunction PATHWAY
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param product_type Product type, e.g. "implant", "lab test", "procedure device".
 * @param site_of_care Site of care, e.g. "office", "hospital outpatient", "ASC", "inpatient", "home".
 * @param [candidate_codes] Candidate codes separated by commas, e.g. "0100T, C1889". Omitted: none.
 * @param [code_fit] How well the candidate code describes the product: describes, partially, does not, unknown.
 * @param [fda_status] FDA status, e.g. "510(k) cleared", "PMA approved", "De Novo granted", "submitted".
 * @param [breakthrough] TRUE if the device has FDA Breakthrough designation.
 * @param [implanted] TRUE if the device is implanted or inserted in the body.
 * @returns The pathway label.
 */
export function pathway(
  product_type: string,
  site_of_care: string,
  candidate_codes?: string | number,
  code_fit?: string,
  fda_status?: string,
  breakthrough?: boolean | string,
  implanted?: boolean | string
): string | ExcelError {
  return callFunction(
    "PATHWAY",
    () =>
      classification({
        product_type,
        site_of_care,
        candidate_codes,
        code_fit,
        fda_status,
        breakthrough,
        implanted,
      }).pathwayLabel
  );
}

/**
 * Next gate the product must pass on its way to payment (e.g. FDA authorisation, CPT application), as the pane and CLI write it.
 * @customfunction NEXT_GATE
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param product_type Product type, e.g. "implant", "lab test", "procedure device".
 * @param site_of_care Site of care, e.g. "office", "hospital outpatient", "ASC", "inpatient", "home".
 * @param [candidate_codes] Candidate codes separated by commas, e.g. "0100T, C1889". Omitted: none.
 * @param [code_fit] How well the candidate code describes the product: describes, partially, does not, unknown.
 * @param [fda_status] FDA status, e.g. "510(k) cleared", "PMA approved", "De Novo granted", "submitted".
 * @param [breakthrough] TRUE if the device has FDA Breakthrough designation.
 * @param [implanted] TRUE if the device is implanted or inserted in the body.
 * @returns The next gate.
 */
export function nextGate(
  product_type: string,
  site_of_care: string,
  candidate_codes?: string | number,
  code_fit?: string,
  fda_status?: string,
  breakthrough?: boolean | string,
  implanted?: boolean | string
): string | ExcelError {
  return callFunction(
    "NEXT_GATE",
    // renderClassification(c).nextGate is gateLabel(c.nextGate); rendering the rationale would only slow recalculation.
    () =>
      gateLabel(
        classification({
          product_type,
          site_of_care,
          candidate_codes,
          code_fit,
          fda_status,
          breakthrough,
          implanted,
        }).nextGate,
        getLocale()
      )
  );
}

// Roadmap dates (docs/roadmap.md); the logic lives in ./roadmap.ts, these carry Excel's metadata.

/**
 * First date a claim can carry a specific code for the product (an Excel date), from the pathway's calendar: FDA decision, CPT, PLA, HCPCS, pass-through or NTAP cycles. #N/A with the reason when there is none.
 * @customfunction CODED_FROM
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param product_type Product type, e.g. "implant", "lab test", "procedure device".
 * @param site_of_care Site of care, e.g. "office", "hospital outpatient", "ASC", "inpatient", "home".
 * @param [candidate_codes] Candidate codes separated by commas, e.g. "0100T, C1889". Omitted: none.
 * @param [code_fit] How well the candidate code describes the product: describes, partially, does not, unknown.
 * @param [fda_status] FDA status, e.g. "510(k) cleared", "PMA approved", "De Novo granted", "submitted".
 * @param [breakthrough] TRUE if the device has FDA Breakthrough designation.
 * @param [implanted] TRUE if the device is implanted or inserted in the body.
 * @param [as_of] Date the plan is made on (a date or "yyyy-mm-dd"); deadlines before it are missed. Omitted: today (UTC), as Classify takes it.
 * @param [fda_date] FDA decision date: the actual one if authorised, the expected one if not (a date or "yyyy-mm-dd").
 * @returns An Excel date.
 */
export function codedFrom(
  product_type: string,
  site_of_care: string,
  candidate_codes?: string | number,
  code_fit?: string,
  fda_status?: string,
  breakthrough?: boolean | string,
  implanted?: boolean | string,
  as_of?: number | string,
  fda_date?: number | string
): number | ExcelError {
  return callFunction("CODED_FROM", () =>
    headlineSerial(
      roadmapHeadlines({
        product_type,
        site_of_care,
        candidate_codes,
        code_fit,
        fda_status,
        breakthrough,
        implanted,
        as_of,
        fda_date,
      }).codedFrom
    )
  );
}

/**
 * First date of separate Medicare payment for the product (an Excel date): code effective and priced, pass-through, New Technology APC or NTAP start. #N/A with the reason when not separately paid.
 * @customfunction PAID_FROM
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param product_type Product type, e.g. "implant", "lab test", "procedure device".
 * @param site_of_care Site of care, e.g. "office", "hospital outpatient", "ASC", "inpatient", "home".
 * @param [candidate_codes] Candidate codes separated by commas, e.g. "0100T, C1889". Omitted: none.
 * @param [code_fit] How well the candidate code describes the product: describes, partially, does not, unknown.
 * @param [fda_status] FDA status, e.g. "510(k) cleared", "PMA approved", "De Novo granted", "submitted".
 * @param [breakthrough] TRUE if the device has FDA Breakthrough designation.
 * @param [implanted] TRUE if the device is implanted or inserted in the body.
 * @param [as_of] Date the plan is made on (a date or "yyyy-mm-dd"); deadlines before it are missed. Omitted: today (UTC), as Classify takes it.
 * @param [fda_date] FDA decision date: the actual one if authorised, the expected one if not (a date or "yyyy-mm-dd").
 * @returns An Excel date.
 */
export function paidFrom(
  product_type: string,
  site_of_care: string,
  candidate_codes?: string | number,
  code_fit?: string,
  fda_status?: string,
  breakthrough?: boolean | string,
  implanted?: boolean | string,
  as_of?: number | string,
  fda_date?: number | string
): number | ExcelError {
  return callFunction("PAID_FROM", () =>
    headlineSerial(
      roadmapHeadlines({
        product_type,
        site_of_care,
        candidate_codes,
        code_fit,
        fda_status,
        breakthrough,
        implanted,
        as_of,
        fda_date,
      }).paidFrom
    )
  );
}

// --- Code search (src/functions/findCode.ts) ---

/**
 * HCPCS Level II codes whose CMS descriptor best matches a product name or description (typo-tolerant), spilled as code, descriptor and match score. CPT descriptors are AMA-licensed and cannot be searched.
 * @customfunction FIND_CODE
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param text Product name or description, e.g. "Keytruda pembrolizumab" or "CPAP machine".
 * @param [n] How many codes to list, 1 to 20. Omitted: 3.
 * @returns Rows of code, descriptor and match score, best first.
 */
export function findCode(text: string, n?: number): unknown[][] {
  return findCodeRows(text, n);
}

// --- Codes as data types and site comparison (src/functions/economics.ts) ---

/**
 * A code as an Excel data type: a card with its code system, HCPCS II descriptor, PFS status, indicators and RVUs, PFS, OPPS and ASC payments and the data vintage; =A2.[ASC payment] reads one field.
 * @customfunction CODE
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param code HCPCS/CPT code, e.g. "66984" or "E0601".
 * @param [year] Calendar year of every field. Omitted: the latest year loaded per schedule.
 * @param [locality] Medicare locality for the PFS payments, as MAC-locality ("01112-05") or name. Omitted: national.
 * @returns {any} An entity value (the code's text where the host has no data types).
 */
// Returns `any` on purpose: custom-functions-metadata reads the TypeScript return type, and `any`
// is the one it maps to the result type an entity value needs.
export function code(code: unknown, year?: unknown, locality?: unknown): any {
  return codeValue(code, year, locality);
}

/**
 * Spills one row per site that can bill a code (office, hospital outpatient, ASC): professional, facility, total allowed, program payment, patient share and margin after the device cost.
 * @customfunction SITES
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param code HCPCS/CPT code, e.g. "66984".
 * @param [locality] Medicare locality for the PFS part ("01112-05" or name). Omitted: national. OPPS and ASC parts are national.
 * @param [year] Calendar year of every part. Omitted: the latest year loaded.
 * @param [device_cost] Device cost per case, in dollars, for the margin. Omitted: 0.
 * @param [headers] TRUE to add a header row. Omitted: FALSE.
 * @returns Rows of site, professional, facility, total allowed, program payment, patient share and margin.
 */
export function sites(
  code: unknown,
  locality?: unknown,
  year?: unknown,
  device_cost?: unknown,
  headers?: unknown
): unknown[][] {
  return sitesRows(code, locality, year, device_cost, headers);
}
