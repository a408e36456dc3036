/** English messages for the `pane.*` area. */
export const PANE: Readonly<Record<string, string>> = {
  "pane.header.subtitle": "Coding pathway, evidence and Medicare economics",
  "pane.header.noVintage": "No CMS data",
  "pane.header.vintageLabel": "CMS data: {vintage}",
  "pane.notice.dismiss": "Dismiss",
  "pane.error.generic": "Something went wrong: {detail}",
  "pane.error.noExcel":
    "This pane needs Excel. Open it from the Reimbursement button on the Home tab.",

  "pane.start.title": "1. Products table",
  "pane.start.checking": "Looking for a Products table…",
  "pane.start.none":
    "No Products table in this workbook yet. Insert a starter table with the canonical columns and two example rows, or type your own headers and check again.",
  "pane.start.table": "{table} table on sheet {sheet}. Products: {rows}.",
  "pane.start.headerRow": "Header row found on {sheet} ({address}), not yet an Excel table.",
  "pane.start.insert": "Insert starter tables",
  "pane.start.insertHint": "Adds a Products table with drop-down lists and an Assumptions table.",
  "pane.start.adopt": "Make it a Products table",
  "pane.start.recheck": "Check again",
  "pane.start.recognisedCount": "{count} of {total} columns recognised",
  "pane.start.recognisedFrom": "{header} ← {from}",
  "pane.start.showColumns": "Show",
  "pane.start.hideColumns": "Hide",
  "pane.start.missingRequired": "Missing required columns",
  "pane.start.missingOptional": "Optional columns not present",
  "pane.start.unrecognised": "Columns left as they are",
  "pane.start.inserted": "Inserted the {table} table and the Assumptions table.",
  "pane.start.adopted": "Your header row is now the {table} table.",
  "pane.start.cannotClassify": "Add the missing required columns before classifying.",

  "pane.classify.title": "2. Classify",
  "pane.classify.hint":
    "Writes pathway columns into the Products table and fills the Evidence and Strategy sheets. Your own inputs are never changed.",
  "pane.classify.run": "Classify products",
  "pane.classify.rerun": "Classify again",
  "pane.classify.cancel": "Cancel",
  "pane.classify.cancelling": "Cancelling…",
  "pane.classify.phase.reading": "Reading the Products table",
  "pane.classify.phase.classifying": "Classifying",
  "pane.classify.phase.writing": "Writing results",
  "pane.classify.phase.working": "Working",
  "pane.classify.phase.done": "Finishing",
  "pane.classify.progress": "{phase}… {percent}%",
  "pane.classify.progressUnknown": "{phase}…",
  "pane.classify.done": "Done. Products classified: {count}.",
  "pane.classify.doneWithProblems":
    "Done. Products classified: {count}. Problems to fix: {problems}.",
  "pane.classify.cancelled": "Cancelled before anything was written: the workbook is as it was.",

  "pane.summary.title": "Results",
  "pane.summary.rows": "Rows",
  "pane.summary.classified": "Classified",
  "pane.summary.withProblems": "With problems",
  "pane.summary.byPathway": "Products by pathway",
  "pane.summary.wrote": "Updated: {tables}",

  "pane.problems.title": "Problems ({count})",
  "pane.problems.none": "No problems: every row was read cleanly.",
  "pane.problems.hint": "Select a problem to go to its cell. Fix the cell, then classify again.",
  "pane.problems.row": "Row {row}",
  "pane.problems.itemLabel": "Row {row}, {column}: {text}. Select to go to cell {address}.",
  "pane.problems.severity.error": "Error",
  "pane.problems.severity.warning": "Warning",

  "pane.confirm.title": "Overwrite cells you edited?",
  "pane.confirm.body":
    "You changed cells that the add-in fills in ({count}). Overwrite them with the new results, or keep your values?",
  "pane.confirm.cell": "Cell",
  "pane.confirm.current": "Your value",
  "pane.confirm.proposed": "New value",
  "pane.confirm.more": "…and {count} more",
  "pane.confirm.overwrite": "Overwrite",
  "pane.confirm.keep": "Keep my values",

  "pane.data.title": "3. CMS reference data",
  "pane.data.loadedHeading": "Payment figures use these CMS files:",
  "pane.data.none": "No CMS data loaded. Pathways still work; payment figures need CMS files.",
  "pane.data.recorded": "This workbook's numbers came from: {vintage}",
  "pane.data.mismatchTitle": "Different CMS data",
  "pane.data.mismatch":
    "This workbook was classified with {recorded}, but {loaded} is loaded now. Classify again to update its numbers.",
  "pane.data.mismatchAdded":
    "CMS data was added or updated since this workbook was classified: {loaded}. Classify again to update its numbers.",
  "pane.data.mismatchMissing":
    "This workbook's numbers also came from {recorded}, which is not loaded now. Load those files again, or classify again.",
  "pane.data.load": "Load CMS files…",
  "pane.data.loadHint":
    "Official CMS files (.zip, .csv, .txt, .xlsx): PFS RVU, HCPCS, OPPS, ASC, CLFS, DMEPOS. They stay on this computer.",
  "pane.data.loading": "Reading files…",
  "pane.data.loaded": "Loaded CMS data: {vintage}.",
  "pane.data.problems": "Some files could not be used",
  "pane.data.pickerLabel": "Choose CMS data files",
  "pane.data.noDatasets":
    "None of these files is a CMS file the add-in can read, so the data in use is unchanged: {details}",

  "pane.data.nothingNew":
    "Nothing new in these files, so the data in use is unchanged. The list below says why for each file.",
  "pane.data.report.summary": "Last load: {loaded} used, {skipped} skipped, {rejected} rejected.",
  "pane.data.report.show": "Show files ({count})",
  "pane.data.report.hide": "Hide files",
  "pane.data.report.listLabel": "What happened to each file",
  "pane.data.file.heading": "{status}: {file}",
  "pane.data.status.loaded": "Used",
  "pane.data.status.skipped": "Skipped",
  "pane.data.status.rejected": "Rejected",
  "pane.data.file.loaded": "{dataset} {when}",
  "pane.data.file.read": "Read",
  "pane.data.file.notCms": "Not a CMS data file",
  "pane.data.file.superseded": "{dataset} {when}: a newer release is already loaded",
  "pane.data.file.paymentOnly": "Payment amounts {when}: used only for checking",
  "pane.data.file.failed": "Could not be read: {detail}",

  "pane.sections.label": "Add-in sections",
  "pane.footer.privacy": "Your product plans never leave this workbook.",

  // Round 2: results beside their actions, one-click fixes, links to what changed.
  "pane.data.mismatchClassify": "Classify again",
  "pane.summary.updated": "Updated:",
  "pane.data.loadedOnly": "Loaded {datasets}.",
  "pane.data.loadedRejected":
    "Loaded {datasets}. Rejected {rejected} file(s): {files}. The file list below says why.",
  "pane.problems.didYouMean": "Did you mean “{value}”?",
  "pane.problems.fix": "Use “{value}” in {address}",
  "pane.problems.allowed": "Allowed values for {address} ({count})",
  "pane.problems.fixTitle": "Change your cell?",
  "pane.problems.fixBody":
    "Row {row}, {column} (cell {address}): replace “{current}” with “{value}”? Nothing else changes.",
  "pane.problems.fixApply": "Replace",
  "pane.problems.fixCancel": "Keep as is",
  "pane.problems.fixed": "Wrote “{value}” into {address}. Classify again to update the results.",
  "pane.problems.fixChanged":
    "{address} changed since the check, so nothing was written. Classify again to see it as it is now.",
  "pane.confirm.where": "{column} of {product}",
  "pane.share.recalculate": "Recalculate now",
  "pane.share.recheck": "Check the workbook again",
  "pane.share.opened":
    "Opened “{file}” as a new workbook: {replaced} REIMB cells turned into values. Save it, then send it.",
  "pane.share.openedLost":
    "Opened “{file}” as a new workbook: {replaced} REIMB cells turned into values. {lost}",
  "pane.share.downloadStarted":
    "Download of “{file}” started ({replaced} REIMB cells turned into values). If no file appears, this Excel does not allow downloads from add-ins.",
  "pane.share.downloadStartedLost":
    "Download of “{file}” started ({replaced} REIMB cells turned into values). {lost}",
  "pane.share.download": "Download “{file}”",
  "pane.pathway.existing-cpt": "Existing CPT",
  "pane.pathway.existing-hcpcs-ii": "Existing HCPCS II",
  "pane.pathway.unlisted-noc": "Unlisted / NOC (temporary)",
  "pane.pathway.new-code": "New code strategy",

  "pane.search.label": "Find a HCPCS code",
  "pane.search.placeholder": "Words from the device or service",
  "pane.search.cptNote":
    "Searches CMS's HCPCS Level II descriptors. CPT descriptors are licensed by the AMA and not searchable here.",
  "pane.search.results": "Matching HCPCS codes",
  "pane.search.score": "({score}% match)",
  "pane.search.none": "No HCPCS Level II descriptor matches “{text}”.",
  "pane.search.noData": "Load the CMS HCPCS Level II file to search codes.",
};
