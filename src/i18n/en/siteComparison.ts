/**
 * REIMB.CODE (a code as an Excel entity value) and REIMB.SITES (site comparison that spills).
 * `econ.card.*` are the entity's property names: Excel formulas reach them by name
 * (`=A2.[ASC payment]`), so the cell always carries the English names, as function names stay
 * English; the Chinese entries label the same fields where the pane shows them.
 */
export const SITE_COMPARISON: Readonly<Record<string, string>> = {
  "econ.card.code": "Code",
  "econ.card.codeSystem": "Code system",
  "econ.card.descriptor": "Descriptor",
  "econ.card.pfsStatus": "PFS status",
  "econ.card.pcTc": "PC/TC indicator",
  "econ.card.globalDays": "Global days",
  "econ.card.multipleProcedure": "Multiple procedure indicator",
  "econ.card.workRvu": "Work RVU",
  "econ.card.peRvuNonFacility": "PE RVU non-facility",
  "econ.card.peRvuFacility": "PE RVU facility",
  "econ.card.mpRvu": "MP RVU",
  "econ.card.totalRvuNonFacility": "Total RVU non-facility",
  "econ.card.totalRvuFacility": "Total RVU facility",
  "econ.card.pfsNonFacility": "PFS non-facility payment",
  "econ.card.pfsFacility": "PFS facility payment",
  "econ.card.pfsLocality": "PFS locality",
  "econ.card.oppsStatusIndicator": "OPPS status indicator",
  "econ.card.oppsApc": "APC",
  "econ.card.oppsPayment": "OPPS payment",
  "econ.card.ascIndicator": "ASC payment indicator",
  "econ.card.ascPayment": "ASC payment",
  "econ.card.clfsRate": "CLFS rate",
  "econ.card.dataVintage": "Data vintage",
  "econ.card.section.pfs": "Physician Fee Schedule",
  "econ.card.section.facility": "Facility (OPPS, ASC)",
  "econ.card.section.other": "Other schedules and source",
  "econ.system.cpt-cat-i": "CPT Category I",
  "econ.system.cpt-cat-ii": "CPT Category II",
  "econ.system.cpt-cat-iii": "CPT Category III",
  "econ.system.pla": "CPT PLA",
  "econ.system.maaa": "CPT MAAA",
  "econ.system.hcpcs-ii": "HCPCS Level II",
  "econ.system.cdt": "CDT (dental)",
  "econ.system.invalid": "Not a HCPCS code shape",
  "econ.sites.noSite":
    "{code} is not paid per code at any site in the loaded files (not in the PFS non-facility setting, OPPS Addendum B or the ASC list)",
  "econ.sites.head.site": "Site",
  "econ.sites.head.professional": "Professional",
  "econ.sites.head.facility": "Facility",
  "econ.sites.head.total": "Total allowed",
  "econ.sites.head.program": "Program payment",
  "econ.sites.head.patient": "Patient share",
  "econ.sites.head.margin": "Margin after device",
  "econ.site.office": "Office",
  "econ.site.hospital outpatient": "Hospital outpatient",
  "econ.site.ASC": "ASC",
  "fn.CODE.description":
    "A code as an Excel data type: a card with its code system, HCPCS II descriptor, PFS status, indicators and RVUs, PFS, OPPS and ASC payments and the data vintage; =A2.[ASC payment] reads one field.",
  "fn.CODE.arg.code": 'HCPCS/CPT code, e.g. "66984" or "E0601".',
  "fn.CODE.arg.year": "Calendar year of every field. Omitted: the latest year loaded per schedule.",
  "fn.CODE.arg.locality":
    'Medicare locality for the PFS payments, as MAC-locality ("01112-05") or name. Omitted: national.',
  "fn.SITES.description":
    "Spills one row per site that can bill a code (office, hospital outpatient, ASC): professional, facility, total allowed, program payment, patient share and margin after the device cost.",
  "fn.SITES.arg.code": 'HCPCS/CPT code, e.g. "66984".',
  "fn.SITES.arg.locality":
    'Medicare locality for the PFS part ("01112-05" or name). Omitted: national. OPPS and ASC parts are national.',
  "fn.SITES.arg.year": "Calendar year of every part. Omitted: the latest year loaded.",
  "fn.SITES.arg.device_cost": "Device cost per case, in dollars, for the margin. Omitted: 0.",
  "fn.SITES.arg.headers": "TRUE to add a header row. Omitted: FALSE.",
};
