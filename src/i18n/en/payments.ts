/**
 * English messages for payments exactly as CMS pays them: contractor-priced and locally priced
 * rows, PC/TC at facility sites, years, localities by state and county, overflow.
 */
export const PAYMENTS: Readonly<Record<string, string>> = {
  "fn.error.tooLong":
    "{arg} is {length} characters long; at most {max} are read (a value or a list of codes is far shorter).",
  "economics.error.tooLarge":
    "{name} is {value}: beyond {max}, larger than any amount, RVU or count this formula models (cents would be lost).",
  "data.error.year":
    "{file}: labelled calendar year {year}, which no CMS file can be for (2010 to {latest}). The file is damaged or not CMS's.",
  "reference.na.oppsNoField":
    "{code} has no {field} in the {year} OPPS addendum (status indicator {indicator}).",
  "fn.OPPS_DETAIL.description":
    "One field of a code's OPPS Addendum B row: APC, status indicator, relative weight, payment rate, national unadjusted copayment (capped at the year's inpatient deductible) or minimum unadjusted copayment.",
  "fn.OPPS_DETAIL.arg.code": 'HCPCS/CPT code, e.g. "93306".',
  "fn.OPPS_DETAIL.arg.field":
    '"apc" (default), "si", "weight", "rate", "copay" or "minimum_copay".',
  "fn.OPPS_DETAIL.arg.year": "Calendar year. Omitted: the latest year loaded.",
  "fn.APC.description": "National unadjusted OPPS payment rate of an APC (OPPS Addendum A).",
  "fn.APC.arg.apc": 'APC number, e.g. "5524" or 5524.',
  "fn.APC.arg.year": "Calendar year. Omitted: the latest year loaded.",
  "fn.error.overflow":
    "the arguments are too large: the result is beyond the largest number Excel holds (about 1.8E308).",
  "reference.na.contractorPricedZero":
    "{code} has PFS status {status} and no RVUs in {year}: CMS's RVU readme says it is priced by the Medicare contractor (no national amount).",
  "reference.na.clfsLocal":
    "{code} has CLFS indicator L and a 0.00 rate in {year}: priced locally by the MAC (no national limit amount).",
  "reference.na.clfsNoRate": "{code} has no CLFS national limit amount in {year} (rate 0.00).",
  "reference.na.globalOnly":
    "{code} is a global-test-only code (PC/TC indicator 4, {year}): at a hospital or ASC the physician bills the separate professional-component code, not this one.",
  "reference.error.site12":
    '"{value}" (home, POS 12): the PFS non-facility amount is the whole Medicare payment there; use REIMB.PFS with setting "home".',
  "reference.error.site31":
    '"{value}" (SNF, POS 31): the facility part is the SNF PPS per diem (consolidated billing), which SITE_TOTAL does not model; use REIMB.PFS with setting "SNF" for the professional part.',
  "reference.error.localityState":
    '"{value}" is a state with {count} PFS localities ({matches}…): use the MAC-locality number; REIMB.LOCALITIES("{state}") lists them all.',
  "reference.error.stateName":
    '"{value}" is not a US state: use a two-letter code (CA) or a state name (California).',
  "reference.na.noLocality": "{state} has no PFS locality in the {year} GPCI file.",
  "reference.error.county":
    '"{value}" is not a county name for {state}: give the county as CMS writes it, e.g. "LOS ANGELES".',
  "reference.na.county":
    "{county} ({state}) is not in the {year} county-to-locality file (LOCCO) and the state has no rest-of-state locality.",
  "fn.LOCALITIES.description":
    'PFS localities of a state ("MAC-locality name", separated by "; "), or the one locality of a county (CMS\'s county-to-locality file, LOCCO).',
  "fn.LOCALITIES.arg.state": 'Two-letter state or state name, e.g. "CA" or "California".',
  "fn.LOCALITIES.arg.county":
    'County name as CMS writes it, e.g. "LOS ANGELES". Omitted: every locality of the state.',
  "fn.LOCALITIES.arg.year": "Calendar year. Omitted: the latest year loaded.",
};
