/**
 * English messages for the `fn.*` area: every custom function's description and argument
 * descriptions (the JSDoc in src/functions/functions.ts must repeat them word for word; a test
 * compares the generated functions.json with these entries), spilled labels, and call errors.
 */
export const FUNCTIONS: Readonly<Record<string, string>> = {
  "fn.VERSION.description": "Version of the reimbursement engine loaded in this workbook.",

  "fn.PFS_RVU.description":
    "Medicare physician fee schedule payment from RVUs: (work RVU × work GPCI + PE RVU × PE GPCI + MP RVU × MP GPCI) × conversion factor, rounded to the cent as CMS rounds.",
  "fn.PFS_RVU.arg.work_rvu":
    "Work RVU of the code (RVU file column WORK RVU), e.g. 1.30 for 99213 in CY2026.",
  "fn.PFS_RVU.arg.pe_rvu":
    "Practice expense RVU: the non-facility PE RVU for the office, the facility PE RVU for hospital, ASC or inpatient.",
  "fn.PFS_RVU.arg.mp_rvu": "Malpractice (MP) RVU of the code.",
  "fn.PFS_RVU.arg.conversion_factor":
    'Dollars per RVU. Omitted: the latest year\'s non-QP conversion factor (33.4009 for CY2026); see REIMB.PARAM("PFS_CF_QP").',
  "fn.PFS_RVU.arg.gpci_work":
    "Work GPCI of the locality (use the with-1.0-floor column). Omitted: 1 (national).",
  "fn.PFS_RVU.arg.gpci_pe": "Practice expense GPCI of the locality. Omitted: 1 (national).",
  "fn.PFS_RVU.arg.gpci_mp": "Malpractice GPCI of the locality. Omitted: 1 (national).",

  "fn.PROGRAM_PAYMENT.description":
    "What Medicare pays of an allowed amount: (allowed − unmet deductible) × (1 − coinsurance), less sequestration.",
  "fn.PROGRAM_PAYMENT.arg.allowed": "Medicare allowed amount for the service, in dollars.",
  "fn.PROGRAM_PAYMENT.arg.unmet_deductible":
    "Part B deductible the patient still has to meet this year. Omitted: 0.",
  "fn.PROGRAM_PAYMENT.arg.coinsurance": "Patient coinsurance as a fraction. Omitted: 0.2 (20%).",
  "fn.PROGRAM_PAYMENT.arg.sequestration":
    "Sequestration reduction as a fraction. Omitted: 0.02 (2%); 0 for none.",

  "fn.PATIENT_SHARE.description":
    "What the patient owes of a Medicare allowed amount: unmet deductible plus coinsurance on the rest.",
  "fn.PATIENT_SHARE.arg.allowed": "Medicare allowed amount for the service, in dollars.",
  "fn.PATIENT_SHARE.arg.unmet_deductible":
    "Part B deductible the patient still has to meet this year. Omitted: 0.",
  "fn.PATIENT_SHARE.arg.coinsurance": "Patient coinsurance as a fraction. Omitted: 0.2 (20%).",

  "fn.WAGE_ADJUST.description":
    "Wage-adjusted facility rate: national rate × (labor share × wage index + 1 − labor share). OPPS labor share 60%, ASC 50%.",
  "fn.WAGE_ADJUST.arg.national_rate": "National unadjusted OPPS or ASC payment rate, in dollars.",
  "fn.WAGE_ADJUST.arg.wage_index": "Hospital wage index of the facility's area, e.g. 1.0234.",
  "fn.WAGE_ADJUST.arg.labor_share":
    'Labor-related share as a fraction, or "OPPS" (0.6) or "ASC" (0.5). Omitted: 0.6 (OPPS).',

  "fn.PASSTHROUGH_TESTS.description":
    "The three OPPS device pass-through cost-significance tests (42 CFR 419.66(d)), spilled as labels over TRUE/FALSE results.",
  "fn.PASSTHROUGH_TESTS.arg.device_cost": "Average reasonable cost of the device, in dollars.",
  "fn.PASSTHROUGH_TESTS.arg.apc_payment":
    "Payment rate of the APC the procedure is assigned to, in dollars.",
  "fn.PASSTHROUGH_TESTS.arg.device_offset":
    "Device-related portion (offset) already in the APC payment, in dollars.",
  "fn.PASSTHROUGH_TESTS.label.costOverApcShare": "Cost > 25% of APC",
  "fn.PASSTHROUGH_TESTS.label.costOverOffset": "Cost ≥ 125% of offset",
  "fn.PASSTHROUGH_TESTS.label.netCostOverApcShare": "Cost − offset > 10% of APC",
  "fn.PASSTHROUGH_TESTS.label.allPass": "Cost significant",

  "fn.PASSTHROUGH_PAYMENT.description":
    "OPPS device pass-through payment: device charge × hospital cost-to-charge ratio − device offset, never below 0.",
  "fn.PASSTHROUGH_PAYMENT.arg.charge": "Hospital charge for the device, in dollars.",
  "fn.PASSTHROUGH_PAYMENT.arg.cost_to_charge_ratio":
    "Hospital-specific cost-to-charge ratio, e.g. 0.25.",
  "fn.PASSTHROUGH_PAYMENT.arg.device_offset":
    "Device-related portion (offset) of the APC payment, in dollars.",

  "fn.NTAP.description":
    "IPPS new technology add-on payment: the lesser of rate × technology cost and rate × (case cost − MS-DRG payment).",
  "fn.NTAP.arg.technology_cost": "Cost of the new technology per case, in dollars.",
  "fn.NTAP.arg.case_cost": "Total cost of the case, in dollars.",
  "fn.NTAP.arg.drg_payment": "Full MS-DRG payment for the case, in dollars.",
  "fn.NTAP.arg.rate": "Add-on rate as a fraction. Omitted: 0.65; 0.75 for QIDP antimicrobials.",

  "fn.MARGIN.description":
    "Margin per case: payment − device cost − other variable cost − overhead.",
  "fn.MARGIN.arg.payment_per_case": "Total payment per case at the site of care, in dollars.",
  "fn.MARGIN.arg.device_cost": "Device cost per case, in dollars.",
  "fn.MARGIN.arg.other_variable_cost":
    "Other variable cost per case (supplies, staff time), in dollars. Omitted: 0.",
  "fn.MARGIN.arg.overhead_per_case": "Overhead allocated per case, in dollars. Omitted: 0.",

  "fn.BREAKEVEN.description":
    "Cases needed to cover a fixed cost: fixed cost ÷ (payment per case − variable cost per case).",
  "fn.BREAKEVEN.arg.fixed_cost": "Fixed cost to recover (e.g. capital equipment), in dollars.",
  "fn.BREAKEVEN.arg.payment_per_case": "Payment per case, in dollars.",
  "fn.BREAKEVEN.arg.variable_cost_per_case": "Variable cost per case, in dollars.",

  "fn.PAYBACK.description":
    "Years to pay back a capital cost: capital cost ÷ (cases per year × margin per case).",
  "fn.PAYBACK.arg.capital_cost": "Capital cost to recover, in dollars.",
  "fn.PAYBACK.arg.cases_per_year": "Cases performed per year.",
  "fn.PAYBACK.arg.margin_per_case": "Margin per case, in dollars (see REIMB.MARGIN).",

  "fn.BLENDED_RATE.description":
    "Average payment per case across a payer mix given as multiples of Medicare: Medicare rate × Σ(share × multiple).",
  "fn.BLENDED_RATE.arg.medicare_rate": "Medicare payment per case, in dollars.",
  "fn.BLENDED_RATE.arg.shares":
    "Range of payer shares as fractions adding up to 1, e.g. 0.5, 0.4, 0.1.",
  "fn.BLENDED_RATE.arg.multiples":
    "Range of the same size: each payer's payment as a multiple of Medicare, e.g. 1, 1.8, 0.7.",

  "fn.PARAM.description":
    "A published Medicare figure for a year from the add-in's sourced parameter table (conversion factors, deductibles, coinsurance, sequestration).",
  "fn.PARAM.arg.name":
    "Parameter name: PFS_CF, PFS_CF_QP, OPPS_CF, ASC_CF, PART_B_DEDUCTIBLE, PART_A_DEDUCTIBLE, COINSURANCE, SEQUESTRATION, OPPS_LABOR_SHARE, ASC_LABOR_SHARE, NTAP_RATE or NTAP_RATE_QIDP.",
  "fn.PARAM.arg.year":
    "Calendar (or fiscal, for NTAP) year. Omitted: the latest year in the table.",

  "fn.PATHWAY.description":
    "Coding pathway the engine assigns to a product (Existing CPT, Existing HCPCS II, Unlisted / NOC, New code strategy), as the pane and CLI write it.",
  "fn.PATHWAY.arg.product_type": 'Product type, e.g. "implant", "lab test", "procedure device".',
  "fn.PATHWAY.arg.site_of_care":
    'Site of care, e.g. "office", "hospital outpatient", "ASC", "inpatient", "home".',
  "fn.PATHWAY.arg.candidate_codes":
    'Candidate codes separated by commas, e.g. "0100T, C1889". Omitted: none.',
  "fn.PATHWAY.arg.code_fit":
    "How well the candidate code describes the product: describes, partially, does not, unknown.",
  "fn.PATHWAY.arg.fda_status":
    'FDA status, e.g. "510(k) cleared", "PMA approved", "De Novo granted", "submitted".',
  "fn.PATHWAY.arg.breakthrough": "TRUE if the device has FDA Breakthrough designation.",
  "fn.PATHWAY.arg.implanted": "TRUE if the device is implanted or inserted in the body.",

  "fn.NEXT_GATE.description":
    "Next gate the product must pass on its way to payment (e.g. FDA authorisation, CPT application), as the pane and CLI write it.",
  "fn.NEXT_GATE.arg.product_type": 'Product type, e.g. "implant", "lab test", "procedure device".',
  "fn.NEXT_GATE.arg.site_of_care":
    'Site of care, e.g. "office", "hospital outpatient", "ASC", "inpatient", "home".',
  "fn.NEXT_GATE.arg.candidate_codes":
    'Candidate codes separated by commas, e.g. "0100T, C1889". Omitted: none.',
  "fn.NEXT_GATE.arg.code_fit":
    "How well the candidate code describes the product: describes, partially, does not, unknown.",
  "fn.NEXT_GATE.arg.fda_status":
    'FDA status, e.g. "510(k) cleared", "PMA approved", "De Novo granted", "submitted".',
  "fn.NEXT_GATE.arg.breakthrough": "TRUE if the device has FDA Breakthrough designation.",
  "fn.NEXT_GATE.arg.implanted": "TRUE if the device is implanted or inserted in the body.",

  "fn.error.prefix": "REIMB.{fn}: {message}",
  "fn.error.expectedNumber": "{arg} must be a number; got {got}.",
  "fn.error.notFinite": "{arg} must be a finite number; got {got}.",
  "fn.error.required": "{arg} is required; got {got}.",
  "fn.error.expectedText": "{arg} must be text such as {example}; got {got}.",
  "fn.error.expectedFlag": "{arg} must be TRUE, FALSE, yes or no; got {got}.",
  "fn.error.unknownValue": '{arg} "{value}" is not recognised. Allowed: {allowed}.',
  "fn.error.unknownValueNearest":
    '{arg} "{value}" is not recognised; did you mean "{nearest}"? Allowed: {allowed}.',
  "fn.error.cell": "{arg}: {message}",
  "fn.error.rangeShape":
    "{arg} and {other} must be ranges of the same size ({rows}×{cols} vs {otherRows}×{otherCols}).",
  "fn.error.rangeCell": "{arg}: cell {position} must be a number; got {got}.",
  "fn.error.rangeGap":
    "{arg}: position {position} has a share but no multiple (or a multiple but no share).",
  "fn.error.internal": "Unexpected failure ({detail}); please report it with the arguments used.",
  "fn.got.blankOrZero": "0 or a blank cell (Excel desktop reads a blank cell as 0)",
  "fn.got.empty": "an empty value",
  "fn.got.range": "a range of cells",
  "fn.got.text": 'text "{text}"',
  "fn.got.other": "a value of type {type}",
};
