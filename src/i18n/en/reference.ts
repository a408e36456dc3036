/** English messages for the `reference.*` area (fee-schedule lookups and their reasons). */
export const REFERENCE: Readonly<Record<string, string>> = {
  "reference.na.noData":
    "No reference data loaded: {dataset} is not in the loaded CMS files. Load the official files in the task pane (Reference data).",
  "reference.na.noneLoaded": "No reference data loaded: {reason}.",
  "reference.na.year": "{dataset} data for {year} is not loaded; years available: {years}.",
  "reference.na.notInFile": "{code} is not in the {year} {dataset} file.",
  "reference.na.deleted": "{code} was deleted (HCPCS termination date {date}).",
  "reference.na.deletedStatus": "{code} has PFS status {status} in {year}: deleted code.",
  "reference.na.carrierPriced":
    "{code} is carrier-priced in {year} (PFS status C): the MAC sets the amount; no national fee.",
  "reference.na.anesthesia":
    "{code} is an anesthesia code (PFS status J): paid by base + time units × anesthesia CF, not by RVUs.",
  "reference.na.notPayable": "{code} is not payable under the PFS in {year} (status {status}).",
  "reference.na.modifier": "{code} has no row with modifier {modifier} in the {year} PFS file.",
  "reference.na.notOnAscList":
    "{code} is not on the ASC covered procedures or ancillary services list (ASC {year} {release}).",
  "reference.na.ascIndicator":
    "{code} has no separate ASC payment (payment indicator {indicator}).",
  "reference.na.oppsIndicator":
    "{code} has no separate OPPS payment (status indicator {indicator}).",
  "reference.na.dmeposNoFee":
    "{code} has no DMEPOS fee for {state} (blank or zero in the file: individually priced).",
  "reference.na.cptDescriptor":
    "{code} is a CPT code: CPT descriptors are licensed by the AMA and are not shipped. HCPCS_DESC gives Level II descriptions only.",
  "reference.error.code":
    '"{value}" is not a HCPCS/CPT code: use 5 characters, e.g. 99213, 0691T or E0601 (a modifier may follow: 27447-26).',
  "reference.error.modifier":
    '"{value}" is not a modifier: use 2 letters or digits, e.g. 26, TC, RR, NU.',
  "reference.error.setting": '"{value}" is not a setting. Use one of: {allowed}.',
  "reference.error.site": '"{value}" is not a site of care for SITE_TOTAL. Use one of: {allowed}.',
  "reference.error.locality":
    '"{value}" is not a {year} PFS locality. Use MAC-locality, e.g. {example}, or a locality name; leave blank for national.',
  "reference.error.localityAmbiguous":
    '"{value}" matches several localities: {matches}. Use the MAC-locality number.',
  "reference.error.component": '"{value}" is not a component. Use one of: {allowed}.',
  "reference.error.state":
    '"{value}" is not a state in the DMEPOS file. Use a 2-letter code: {allowed}.',
  "reference.error.dmeposModifier": "{code} is priced per modifier: give one of {allowed}.",
  "reference.error.year":
    "{arg} must be a whole number such as 2026 (numbers are never read from text); got {value}.",
  "reference.vintage.none": "No CMS reference data loaded",
  "reference.vintage.noneWithReason": "No CMS reference data loaded: {reason}",
  // Why no reference data is loaded (the {reason} of reference.na.noneLoaded and DATA_VINTAGE).
  "reference.reason.notLoadedYet":
    "the reference bundle has not been loaded yet (cells recalculate when it arrives)",
  "reference.reason.noFiles": "no CMS files were loaded",
  "reference.reason.fetchFailed": "the bundled reference data could not be loaded ({status} {url})",
  "reference.reason.loadFailed": "the bundled reference data could not be loaded ({detail})",
  "reference.reason.bundleEmpty":
    "the bundled reference data is empty (built without a CMS data folder)",
  "reference.reason.detail": "{detail}",
  // PFS status indicators (docs/reimbursement.md §8.1, §8.10).
  "reference.status.A": "A: Active code, paid under the PFS",
  "reference.status.B":
    "B: Bundled code; payment is included in other services (not paid separately)",
  "reference.status.C": "C: Carrier-priced; the MAC sets payment (no national RVUs)",
  "reference.status.D": "D: Deleted code",
  "reference.status.E": "E: Excluded from the PFS by regulation",
  "reference.status.F": "F: Deleted/discontinued code, no grace period",
  "reference.status.G": "G: Not valid for Medicare; another code is used",
  "reference.status.H": "H: Deleted modifier for this code",
  "reference.status.I": "I: Not valid for Medicare purposes; Medicare uses another code",
  "reference.status.J": "J: Anesthesia service, paid through the anesthesia fee schedule",
  "reference.status.M": "M: Measurement code, used for reporting only (no payment)",
  "reference.status.N": "N: Non-covered service",
  "reference.status.P": "P: Bundled or excluded; no separate PFS payment",
  "reference.status.R": "R: Restricted coverage; paid only in special circumstances",
  "reference.status.T": "T: Injection/minor service paid only when no other PFS service is billed",
  "reference.status.X":
    "X: Statutory exclusion; not a PFS service (may be paid under another fee schedule)",
  "reference.status.unknown": "{status}: status not described in the RVU readme",
  // Function metadata help (the JSDoc in src/functions/lookups.ts repeats these in English).
  "reference.fn.vintage": "{label}",
  // Lookup functions' descriptions: the JSDoc in src/functions/lookups.ts repeats them word for word
  // (test/functions/metadata.test.ts checks), and functions.zh-CN.json is built from these ids.
  "fn.PFS.description":
    "Medicare Physician Fee Schedule payment for a code, from CMS's RVU and GPCI files, rounded to the cent as CMS rounds.",
  "fn.PFS.arg.code":
    'HCPCS/CPT code, e.g. "99213", "0691T", "27447-26" (a modifier may follow the code).',
  "fn.PFS.arg.setting":
    '"office" (non-facility, default), "facility", "hospital outpatient", "ASC", or POS 11/19/22/24.',
  "fn.PFS.arg.locality":
    'Medicare locality as MAC-locality ("01112-05") or locality name ("MANHATTAN"). Omitted: national (GPCI 1.000).',
  "fn.PFS.arg.modifier": "Modifier with its own RVUs: 26 (professional), TC (technical), 53.",
  "fn.PFS.arg.year":
    "Calendar year of the fee schedule. Omitted: the latest year loaded (see DATA_VINTAGE).",
  "fn.RVU.description":
    "Relative value units of a code from CMS's PFS relative value file (PPRRVU).",
  "fn.RVU.arg.code": 'HCPCS/CPT code, e.g. "99213".',
  "fn.RVU.arg.component":
    '"work", "pe" (non-facility PE), "pe_facility", "mp", "total" (non-facility total, default) or "total_facility".',
  "fn.RVU.arg.modifier": "Modifier with its own RVUs: 26, TC, 53.",
  "fn.RVU.arg.year": "Calendar year. Omitted: the latest year loaded.",
  "fn.GPCI.description":
    "Geographic practice cost index of a Medicare locality (Addendum E; work GPCI with the 1.0 floor where CMS publishes both).",
  "fn.GPCI.arg.locality": 'MAC-locality ("01112-05") or locality name ("MANHATTAN").',
  "fn.GPCI.arg.component": '"work" (default), "pe" or "mp".',
  "fn.GPCI.arg.year": "Calendar year. Omitted: the latest year loaded.",
  "fn.ASC.description": "National unadjusted ASC payment rate of a code (ASC Addendum AA/BB).",
  "fn.ASC.arg.code": 'HCPCS/CPT code, e.g. "66984".',
  "fn.ASC.arg.year": "Calendar year. Omitted: the latest year loaded.",
  "fn.OPPS.description": "National unadjusted OPPS payment rate of a code (OPPS Addendum B).",
  "fn.OPPS.arg.code": 'HCPCS/CPT code, e.g. "66984" or "G0463".',
  "fn.OPPS.arg.year": "Calendar year. Omitted: the latest year loaded.",
  "fn.DMEPOS.description":
    "DMEPOS fee schedule amount for a state (non-rural unless rural is TRUE).",
  "fn.DMEPOS.arg.code": 'HCPCS Level II code, e.g. "E0601".',
  "fn.DMEPOS.arg.state": 'Two-letter state or state name, e.g. "CA" or "California".',
  "fn.DMEPOS.arg.modifier":
    'Pricing modifier(s) where the item is priced per modifier: RR (rental), NU (new purchase), UE (used); two as "NU-KF" where the file has Mod2.',
  "fn.DMEPOS.arg.rural": "TRUE for the rural fee where CMS publishes one. Omitted: FALSE.",
  "fn.DMEPOS.arg.year": "Calendar year. Omitted: the latest year loaded.",
  "fn.CLFS.description": "Clinical Laboratory Fee Schedule rate of a code.",
  "fn.CLFS.arg.code": 'Lab code, e.g. "80053" or "0242U" (a modifier may follow: "87635-QW").',
  "fn.CLFS.arg.year": "Calendar year. Omitted: the latest year loaded.",
  "fn.SITE_TOTAL.description":
    "Medicare payment for a code at a site of care: office = PFS non-facility; hospital outpatient = OPPS rate + PFS facility; ASC = ASC rate + PFS facility (the professional component, -26, for diagnostic tests). Every part from one year.",
  "fn.SITE_TOTAL.arg.code": 'HCPCS/CPT code, e.g. "66984".',
  "fn.SITE_TOTAL.arg.site": '"office", "hospital outpatient" (HOPD, POS 22) or "ASC" (POS 24).',
  "fn.SITE_TOTAL.arg.locality":
    "Locality for the PFS part (MAC-locality or name). Omitted: national. OPPS and ASC parts are national unadjusted rates.",
  "fn.SITE_TOTAL.arg.year":
    "Calendar year of every part. Omitted: the latest year in which every part is loaded.",
  "fn.STATUS.description":
    'PFS status indicator of a code and what it means (e.g. "A: Active code, paid under the PFS").',
  "fn.STATUS.arg.code": "HCPCS/CPT code.",
  "fn.STATUS.arg.year": "Calendar year. Omitted: the latest year loaded.",
  "fn.HCPCS_DESC.description":
    "HCPCS Level II long description (CMS). CPT descriptors are licensed by the AMA and are not shipped.",
  "fn.HCPCS_DESC.arg.code": 'HCPCS Level II code, e.g. "E0601".',
  "fn.HCPCS_DESC.arg.year": "Calendar year of the HCPCS file. Omitted: the latest year loaded.",
  "fn.DATA_VINTAGE.description":
    "Which CMS files the reference numbers come from: dataset, year and release of each.",
};
