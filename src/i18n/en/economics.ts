/** English messages for the `economics.*` area (failures of the payment and margin formulas). */
export const ECONOMICS: Readonly<Record<string, string>> = {
  "economics.error.negative":
    "{name} cannot be negative (got {value}); enter an amount of 0 or more.",
  "economics.error.notFinite": "{name} must be a finite number.",
  "economics.error.notPositive": "{name} must be greater than 0 (got {value}).",
  "economics.error.fraction":
    "{name} must be a fraction between 0 and 1, e.g. 0.2 for 20% (got {value}).",
  "economics.error.ccr": "{name} must be a ratio above 0 and at most 1, e.g. 0.25 (got {value}).",
  "economics.error.rate":
    "{name} must be above 0 and at most 1, e.g. 0.65 or 0.75 for QIDP (got {value}).",
  "economics.error.noMargin":
    "Never breaks even: payment per case ({payment}) must be greater than variable cost per case ({variable}).",
  "economics.error.noPayback":
    "Never pays back: margin_per_case must be greater than 0 (got {margin}).",
  "economics.error.emptyMix":
    "The payer mix is empty: give at least one share and its multiple of Medicare.",
  "economics.error.share":
    "Payer share {position} must be a fraction between 0 and 1 (got {value}).",
  "economics.error.multiple":
    "Payer multiple {position} cannot be negative (got {value}); 1 means 100% of Medicare.",
  "economics.error.sharesTotal": "Payer shares must add up to 1 (100%); they add up to {total}.",
  "economics.error.unknownParameter": 'Unknown parameter "{name}". Use one of: {allowed}.',
  "economics.error.unknownYear":
    "{name} is not in the parameter table for {year}. Years available: {allowed}.",
};
