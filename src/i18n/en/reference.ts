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
  "reference.error.year": '"{value}" is not a year: use a 4-digit calendar year, e.g. 2026.',
  "reference.vintage.none": "No CMS reference data loaded",
  // PFS status indicators (PPRRVU record layout, RVU readme).
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
};
