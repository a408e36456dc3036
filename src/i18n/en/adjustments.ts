/** English messages for PFS payment adjustments (multiple procedure, bilateral, assistant, co-surgeon, team, limiting charge) and the QP conversion factor. */
export const ADJUSTMENTS: Readonly<Record<string, string>> = {
  "fn.PFS_ADJUSTED.description":
    "PFS amount of a code after one payment adjustment the RVU file's indicators drive: multiple procedure (by rank), bilateral, assistant at surgery (16%), co-surgeon (62.5%), team surgery, or the non-participating limiting charge (109.25%).",
  "fn.PFS_ADJUSTED.arg.code": 'HCPCS/CPT code, e.g. "27447" or "70450-TC".',
  "fn.PFS_ADJUSTED.arg.adjustment":
    '"multiple", "bilateral", "assistant", "cosurgeon", "team" or "limiting" (or the modifier: 51, 50, 80, 62, 66).',
  "fn.PFS_ADJUSTED.arg.rank":
    "For multiple: the procedure's rank by fee schedule amount among the same day's procedures (1 = highest, paid in full). Omitted: 1.",
  "fn.PFS_ADJUSTED.arg.setting": '"office" (non-facility, default) or "facility".',
  "fn.PFS_ADJUSTED.arg.locality": "Medicare locality. Omitted: national.",
  "fn.PFS_ADJUSTED.arg.year": "Calendar year. Omitted: the latest year loaded.",
  "fn.PFS.arg.qp":
    "TRUE: a qualifying APM participant, paid at the year's QP conversion factor (33.5675 for CY2026). Omitted: FALSE.",
  "adjustments.error.unknown": '"{value}" is not a PFS adjustment: use one of {allowed}.',
  "adjustments.error.rank":
    "rank is {value}: use a whole number from 1 (the highest-priced procedure of the day).",
  "adjustments.na.rebuild":
    "the loaded {year} PFS data predates the surgery indicators: rebuild the data bundle (npm run data:bundle) or reload the RVU file.",
  "adjustments.na.concept":
    "{code} has {adjustment} indicator 9 in {year}: CMS's RVU readme says the concept does not apply to this code.",
  "adjustments.na.unknownIndicator":
    "{code} has {adjustment} indicator {indicator} in {year}, which CMS's RVU readme does not define.",
  "adjustments.na.assistantBarred":
    "{code} has assistant-at-surgery indicator 1 in {year}: the statutory restriction applies; an assistant at surgery may not be paid.",
  "adjustments.na.assistantDocumented":
    "{code} has assistant-at-surgery indicator 0 in {year}: an assistant is paid (16%) only when documentation establishes medical necessity.",
  "adjustments.na.cosurgeonBarred":
    "{code} has co-surgeon indicator 0 in {year}: co-surgeons are not permitted for this procedure.",
  "adjustments.na.teamByReport":
    "{code} has team-surgery indicator {indicator} in {year}: team surgeons are paid by report (priced by the Medicare contractor), so there is no national amount.",
  "adjustments.na.teamBarred":
    "{code} has team-surgery indicator 0 in {year}: team surgeons are not permitted for this procedure.",
  "adjustments.na.byReport":
    "{code} (multiple-procedure indicator {indicator}, {year}): ranks beyond {max} are paid by report (priced by the Medicare contractor); rank {rank} has no national amount.",
  "adjustments.na.endoscopyBase":
    "{code} is priced by the multiple-endoscopy rule in {year}: its fee schedule amount less that of its family's base code {base}, which has no fee schedule amount here, so no amount can be computed.",
  "fn.ANESTHESIA.description":
    "Anesthesia payment under the PFS: (base units + time units) × the locality's anesthesia conversion factor (CMS's ANES file); time units = minutes / 15 to one decimal.",
  "fn.ANESTHESIA.arg.base_units":
    "Base units of the anesthesia code (ASA relative value guide; not in CMS's files), e.g. 7.",
  "fn.ANESTHESIA.arg.minutes": "Anesthesia time in minutes, e.g. 90.",
  "fn.ANESTHESIA.arg.locality":
    "Medicare locality (MAC-locality or name). Omitted: the national anesthesia CF.",
  "fn.ANESTHESIA.arg.year": "Calendar year. Omitted: the latest year loaded.",
  "fn.ANESTHESIA.arg.qp":
    "TRUE: a qualifying APM participant (the ANES file's QP column from 2026). Omitted: FALSE.",
  "anesthesia.error.baseUnits":
    "base_units is {value}: use a number from 0 to {max} (ASA base units are at most about 30).",
  "anesthesia.error.minutes": "minutes is {value}: use a number of minutes from 0 to {max}.",
  "anesthesia.na.noNational":
    "the {year} ANES file states no national anesthesia conversion factor: give a locality.",
  "anesthesia.na.locality":
    "locality {locality} has no anesthesia conversion factor in the {year} ANES file.",
  "fn.ASC_DETAIL.description":
    "ASC details from Addenda AA and FF: device offset amount or percentage, device-intensive status (payment indicator J8), subject to multiple procedure discounting, payment indicator, payment weight, service portion (rate less device portion), payment when discontinued before anesthesia (modifier 73).",
  "fn.ASC_DETAIL.arg.code": 'HCPCS/CPT code, e.g. "63685".',
  "fn.ASC_DETAIL.arg.field":
    '"device_offset" (default), "device_offset_percent", "device_intensive", "discounted", "indicator", "weight", "service_portion" or "discontinued".',
  "fn.ASC_DETAIL.arg.year": "Calendar year. Omitted: the latest year loaded.",
  "fn.ASC_DISCOUNTED.description":
    "ASC payment of a procedure after the multiple procedure discount: 50% from the second-ranked procedure on when Addendum AA marks it subject to discounting.",
  "fn.ASC_DISCOUNTED.arg.code": 'HCPCS/CPT code, e.g. "66984".',
  "fn.ASC_DISCOUNTED.arg.rank":
    "The procedure's rank by payment among the same session's procedures (1 = highest, paid in full). Omitted: 2.",
  "fn.ASC_DISCOUNTED.arg.year": "Calendar year. Omitted: the latest year loaded.",
  "ascDetail.error.field": '"{value}" is not an ASC field: use one of {allowed}.',
  "ascDetail.na.noWeight":
    "{code} has no ASC payment weight in {year} (payment indicator {indicator}).",
  "ascDetail.na.noFf": "no ASC Addendum FF (device offsets) is loaded for {year}.",
  "ascDetail.na.notInFf": "{code} is not in the {year} ASC Addendum FF (no device offset listed).",
  "fn.ASP.description":
    "Medicare Part B drug payment limit from CMS's quarterly ASP pricing file: the limit per HCPCS dosage unit (3 decimals, as CMS prints it), the dosage that unit is, or the co-insurance percentage.",
  "fn.ASP.arg.code": 'HCPCS drug code, e.g. "J9035".',
  "fn.ASP.arg.field": '"limit" (default), "dosage" or "coinsurance".',
  "fn.ASP.arg.year": "Calendar year. Omitted: the latest year loaded.",
  "asp.error.field": '"{value}" is not an ASP field: use one of {allowed}.',
  "asp.na.notInFile":
    "{code} is not in the {year} {release} ASP pricing file: CMS lists no Part B payment limit for it (the MAC prices it, or it is not a separately paid drug).",
  "asp.na.noLimit":
    "the {year} ASP pricing file prints no payment limit for {code} (N/A): the Medicare contractor prices it; see the file's notes column.",
};
