/**
 * English messages for how the write-back report reads (`report.*` ids not in cli.ts): the names of
 * the sheets and tables the add-in writes, the pathway labels in cells, the Route legend, sites of
 * care, the short rationale's pointer to the full one.
 */
export const REPORT: Readonly<Record<string, string>> = {
  // Sheet and table names (Excel table names: a letter first, then letters, digits, "_" or ".").
  "report.table.products": "Products",
  "report.table.evidence": "Evidence",
  "report.table.strategy": "Strategy",
  "report.table.roadmap": "Roadmap",
  "report.table.quarters": "RoadmapQuarters",
  "report.table.economics": "Economics",
  "report.table.assumptions": "Assumptions",
  "report.sheet.about": "About this model",

  // Pathway cells; the English text is also PATHWAY_LABELS (what JSON and REIMB.PATHWAY return).
  "report.pathway.existing-cpt": "Existing CPT",
  "report.pathway.existing-hcpcs-ii": "Existing HCPCS II",
  "report.pathway.unlisted-noc": "Unlisted / NOC (temporary)",
  "report.pathway.new-code": "New code strategy",

  // The Route column: what kind of decision the item serves, said where the reader sees it.
  "report.route.permission": "Permission: lets the product be coded, covered and used at all",
  "report.route.payment": "Payment: decides how much is paid, and to whom",
  "report.route.trust": "Trust: makes clinicians, buyers and payers willing to rely on it",

  "report.site.office": "office",
  "report.site.hospital outpatient": "hospital outpatient",
  "report.site.ASC": "ASC",
  "report.site.inpatient": "inpatient",
  "report.site.home": "home",
  "report.site.independent lab": "independent lab",
  "report.site.IDTF": "IDTF",
  "report.site.SNF": "SNF",

  "report.strategy.fullRationale": "Full rationale",
  "report.rationale.more": "(Full rationale: {sheet} sheet.)",
};
