/** English messages for the `share.*` area (sharing a workbook with people without the add-in). */
export const SHARE: Readonly<Record<string, string>> = {
  // About this model sheet
  "share.about.title": "About this model",
  "share.about.intro":
    "This copy was prepared for sharing on {date}. Cells that used the US Reimbursement Modeler add-in (REIMB functions) hold the values they had on that date; every other formula still calculates.",
  "share.about.intro.named":
    'This copy of "{name}" was prepared for sharing on {date}. Cells that used the US Reimbursement Modeler add-in (REIMB functions) hold the values they had on that date; every other formula still calculates.',
  "share.about.section.data": "Data",
  "share.about.vintage": "CMS data vintage",
  "share.about.vintageUnknown": "not recorded in this workbook",
  "share.about.sharedOn": "Values as of",
  "share.about.values": "Fixed values",
  "share.about.valuesText": "Cells calculated by the add-in that now hold fixed values: {count}",
  "share.about.sheets": "Sheets included",
  "share.about.check": "Check before use",
  "share.about.checkText":
    "When this copy was made, values out of date: {stale}; values in error: {errors}. Ask the sender for an updated copy.",
  "share.about.assumption.nationalValue": "National",
  "share.about.section.assumptions": "Assumptions",
  "share.about.column.value": "Value",
  "share.about.column.source": "Source",
  "share.about.assumption.year": "Payment year",
  "share.about.assumption.yearUnknown": "not in the add-in's parameter table (years: {allowed})",
  "share.about.assumption.locality": "Locality",
  "share.about.assumption.national":
    "National amounts (no locality adjustment) unless a cell says otherwise",
  "share.about.param.PFS_CF": "PFS conversion factor",
  "share.about.param.PFS_CF_QP": "PFS conversion factor, qualifying APM participants",
  "share.about.param.OPPS_CF": "OPPS conversion factor",
  "share.about.param.ASC_CF": "ASC conversion factor",
  "share.about.param.PART_B_DEDUCTIBLE": "Part B deductible",
  "share.about.param.COINSURANCE": "Part B coinsurance",
  "share.about.param.SEQUESTRATION": "Sequestration reduction",
  "share.about.param.OPPS_LABOR_SHARE": "OPPS labor-related share",
  "share.about.model.year": "Payment year used by the cells",
  "share.about.model.yearCells": "REIMB cells that name this year: {count}",
  "share.about.model.defaultYear":
    "no REIMB cell names a year; omitted years mean the latest year of the add-in's data",
  "share.about.model.cf": "Conversion factor used by the cells",
  "share.about.model.cfKnown": "CMS {name} for {year}; REIMB cells: {count}",
  "share.about.model.cfUnknown": "not a published CMS conversion factor; REIMB cells: {count}",
  "share.about.model.localities": "Localities used by the cells",
  "share.about.model.fromCells": "Read from the REIMB cells' arguments",
  "share.about.section.sources": "Sources (official CMS pages)",
  "share.about.column.link": "Link",
  "share.about.column.use": "Use in this model",
  "share.about.dataset.pfs": "Physician Fee Schedule (PFS)",
  "share.about.dataset.opps": "Hospital outpatient (OPPS) addenda",
  "share.about.dataset.asc": "Ambulatory surgical center (ASC) payment",
  "share.about.dataset.dmepos": "DMEPOS fee schedule",
  "share.about.dataset.clfs": "Clinical Laboratory Fee Schedule (CLFS)",
  "share.about.dataset.hcpcs": "HCPCS codes and descriptors",
  "share.about.dataset.used": "Read by this model's cells",
  "share.about.dataset.other": "Reference data of the add-in; not read by this model's cells",
  "share.about.section.legend": "Pathway legend",
  "share.about.legend.existing-cpt":
    "A current CPT code describes the service. Coverage and payment still have to be confirmed.",
  "share.about.legend.existing-hcpcs-ii":
    "A current HCPCS Level II code describes the product or supply. Coverage and payment still have to be confirmed.",
  "share.about.legend.unlisted-noc":
    "Only an unlisted or not-otherwise-classified code fits: a temporary route, with claims reviewed and priced one by one.",
  "share.about.legend.new-code":
    "No code fits: a new code (CPT Category I or III, PLA, or HCPCS Level II) has to be applied for, often together with a payment mechanism.",
  "share.about.section.caveats": "Read before use",
  "share.about.caveat.fixedValues":
    "Values calculated by the add-in do not update in this copy: CMS publishes new files every quarter and every year.",
  "share.about.caveat.notAdvice":
    "This model is a planning estimate, not a coding, coverage or billing determination.",

  // Errors
  "share.error.notWorkbook":
    "This file is not an Excel workbook (.xlsx) that can be read: {detail}",
  "share.error.unknownSheet": 'There is no sheet named "{sheet}". Sheets you can share: {allowed}',
  "share.error.addinSheet": '"{sheet}" is the add-in\'s own hidden sheet and is never shared.',
  "share.error.needsRewrite":
    "The workbook cannot be edited in place ({detail}). A full rewrite would lose: {lost}. Share again and allow the rewrite to go ahead anyway.",
  "share.done.macros": "Macros (the VBA project) were left out: recipients never get macros.",
  "share.error.noSheets": "Choose at least one sheet to share.",

  // Pre-share report (pane and CLI)
  "share.check.summary":
    "{cells} cells use REIMB functions; {checked} were re-checked against the add-in's current data.",
  "share.check.none":
    "No cell in this workbook uses REIMB functions: the copy will be the same workbook plus the About this model sheet.",
  "share.check.stale":
    "{sheet}!{address} is out of date: it shows {cached}, the add-in now gives {recomputed}.",
  "share.check.error": "{sheet}!{address} shows the error {value}.",
  "share.check.empty": "{sheet}!{address} has never been calculated (no value in the file).",
  "share.check.staleTitle": "Out of date: {count}",
  "share.check.errorTitle": "REIMB cells showing errors: {count}",
  "share.check.staleHint":
    "Recalculate the workbook (Formulas > Calculate Now) and save before sharing, or share anyway: the About sheet will say so.",
  "share.check.lost.charts": "Charts are not carried into the shared copy.",
  "share.check.lost.pivotTables": "Pivot tables are not carried into the shared copy.",
  "share.check.lost.slicers": "Slicers are not carried into the shared copy.",
  "share.check.lost.macros": "Macros are not carried into the shared copy.",
  "share.check.lost.externalLinks":
    "Links to other workbooks are not carried into the shared copy.",
  "share.check.more": "… and {count} more.",

  // Result
  "share.done.summary":
    "Shared copy written: {replaced} REIMB cells turned into values, sheets: {sheets}.",
  "share.done.leftOut": "Left out: {sheets}.",
  "share.done.frozen":
    "Other formulas that read a left-out sheet and now hold their values: {count}.",
  "share.done.addinParts":
    "Add-in settings and custom XML data parts left out (document properties and labels are kept): {count}.",
  "share.done.names": "Names removed because they pointed to a left-out sheet: {names}.",

  // CLI
  "share.cli.usage":
    'usage: reimb share <in.xlsx> -o <out.xlsx> [--sheets "Sheet A,Sheet B"] [--yes] [--vintage TEXT] [--year YYYY] [--locality TEXT] [--json]\n\nMakes a copy to send to people who do not have the add-in: REIMB formulas become their values,\nother formulas stay live, and an "About this model" sheet states the data vintage, assumptions and caveats.\nThe input file is never changed.\n\n  -o, --out       the shared copy to write (must differ from the input)\n  --sheets        sheets to include, separated by commas (default: every visible sheet)\n  --yes           share even if some REIMB values are out of date or errors\n  --vintage       CMS data vintage to state on the About sheet\n  --year          payment year of the assumptions (default: latest in the parameter table)\n  --locality      locality the figures use (default: national)\n  --json          print the report as JSON\n  --allow-rewrite rewrite the whole file when it cannot be edited in place (charts, pivot tables, slicers and external links are then lost)',
  "share.cli.missingInput":
    'reimb share: name the workbook to share, e.g. reimb share model.xlsx -o "model (shared).xlsx"',
  "share.cli.missingOut":
    "reimb share: name the copy to write with -o <out.xlsx>\n  --allow-rewrite rewrite the whole file when it cannot be edited in place (charts, pivot tables, slicers and external links are then lost)",
  "share.cli.sameFile":
    "reimb share: the shared copy must be a different file from {file}; the original is never overwritten.",
  "share.cli.notXlsx": "reimb share: {file} should end in .xlsx",
  "share.cli.unknownOption": "reimb share: unknown option {option}",
  "share.cli.missingValue": "reimb share: option {option} needs a value",
  "share.cli.badLang": 'reimb share: --lang must be one of {allowed}, got "{value}"',
  "share.cli.badYear": 'reimb share: --year must be one of {allowed}, got "{value}"',
  "share.cli.readFailed": "reimb share: cannot read {file}: {detail}",
  "share.cli.writeFailed": "reimb share: cannot write {file}: {detail}",
  "share.cli.needYes":
    "reimb share: not written. Recalculate and save the workbook, or run again with --yes to share anyway (the About sheet will say the values need checking).",
  "share.cli.written": "wrote {file}",

  // Pane
  "share.pane.title": "4. Share without the add-in",
  "share.pane.hint":
    "Makes a copy for people who do not have the add-in: REIMB formulas become values, other formulas keep working, and an About this model sheet states the data vintage, assumptions and caveats. This workbook is not changed.",
  "share.pane.sheets": "Sheets to include",
  "share.pane.hiddenSheet": "{sheet} (hidden)",
  "share.pane.reimbCount": "REIMB cells: {count}",
  "share.pane.checking": "Checking the workbook…",
  "share.pane.recheck": "Check again",
  "share.pane.create": "Create shareable copy",
  "share.pane.creating": "Creating the copy…",
  "share.pane.shareAnyway": "I understand; share anyway",
  "share.pane.downloadedLost":
    'Downloaded "{file}": {replaced} REIMB cells turned into values. {lost}',
  "share.pane.downloaded": 'Downloaded "{file}": {replaced} REIMB cells turned into values.',
  "share.pane.fileName": "{name} (shared).xlsx",
  "share.pane.defaultName": "Workbook",
  "share.pane.readFailed": "Could not read this workbook from Excel: {detail}",
  "share.pane.noSheets": "Choose at least one sheet.",
};
