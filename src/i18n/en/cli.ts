/**
 * English messages for the `cli.*` area and for the write-back report (`report.*`: the headers and
 * markers of the pathway columns, Evidence and Strategy tables shared by the pane and the CLI).
 */
export const CLI: Readonly<Record<string, string>> = {
  // Pathway columns written beside the input columns of the Products table. None of these may
  // match an input column's header or alias (a test checks), or a re-run would read them as input.
  "report.col.pathway": "Pathway",
  "report.col.targetCodeSystem": "Target code system",
  "report.col.productCode": "Code for the product",
  "report.col.serviceCode": "Code for the service",
  "report.col.bridgeCode": "Temporary code",
  "report.col.nextGate": "Next gate",
  "report.col.gateOwner": "Gate owner",
  "report.col.laterGates": "Later gates",
  "report.col.confidence": "Confidence",
  "report.col.benefitCategory": "Assessed benefit category",
  "report.col.paymentMechanisms": "Payment mechanisms",
  "report.col.rationale": "Rationale",
  "report.col.warnings": "Warnings",
  "report.col.inputProblems": "Input problems",

  // Evidence table.
  "report.evidence.productId": "Product ID",
  "report.evidence.product": "Product",
  "report.evidence.itemId": "Item ID",
  "report.evidence.item": "Evidence item",
  "report.evidence.route": "Route",
  "report.evidence.audience": "Prepared for",
  "report.evidence.gates": "Needed for gates",
  "report.evidence.why": "Why it matters",
  "report.evidence.failure": "If skipped",
  "report.evidence.status": "Status",
  "report.evidence.owner": "Owner",
  "report.evidence.notes": "Notes",
  "report.evidence.stale.notNeeded":
    "No longer needed for this product's pathway (kept because it holds your status, owner or notes)",
  "report.evidence.stale.notClassified":
    "Product not classified in this run (no longer in the Products table, or it has input problems); kept because it holds what you typed",

  // Strategy table.
  "report.strategy.productId": "Product ID",
  "report.strategy.product": "Product",
  "report.strategy.siteOfCare": "Site of care",
  "report.strategy.pathway": "Pathway",
  "report.strategy.nextGate": "Next gate",
  "report.strategy.gateOwner": "Gate owner",
  "report.strategy.laterGates": "Later gates",
  "report.strategy.decisionChain": "Decision chain",
  "report.strategy.regulatoryPathway": "Regulatory pathway",
  "report.strategy.reimbursementWorkplan": "Reimbursement workplan",
  "report.strategy.channelModel": "Channel model",
  "report.strategy.staffingLevel": "Staffing level",
  "report.strategy.evidenceInvestment": "Evidence investment",
  "report.strategy.firstCustomerSegment": "First customer segment",

  "report.list.separator": "; ",
  "report.chain.step": "{actor}: {role}",
  "report.chain.separator": " → ",

  // Command line.
  "cli.main.usage": [
    "usage: reimb <command> [options]",
    "",
    "commands:",
    "  classify <in.xlsx> [-o out.xlsx] [--json] [--summary]   classify the Products table (see docs/cli.md)",
    "  share <in.xlsx> -o <out.xlsx>                           copy with REIMB.* formulas turned into values",
    "",
    "run `reimb <command> --help` for a command's options",
  ].join("\n"),
  "cli.main.unknownCommand": 'reimb: unknown command "{command}"',
  "cli.main.unexpected": "reimb: unexpected error: {message}",
  "cli.classify.usage": [
    "usage: reimb classify <in.xlsx> [options]",
    "",
    "Classifies every row of the Products table and writes a copy of the workbook with the pathway",
    "columns beside the input columns, an Evidence table and a Strategy table.",
    "",
    "options:",
    "  -o, --output <out.xlsx>  where to write (default: <in>.classified.xlsx; never the input file)",
    "  --json                   print each row's result (or problems) as JSON on stdout",
    "  --summary                print a readable summary table",
    "  --sheet <name>           read the Products table from this sheet",
    "  --as-of <yyyy-mm-dd>     classify as of this date (default: today)",
    "  --force                  overwrite cells the tool did not write (pathway columns, Evidence, Strategy)",
    "  --lang <en|zh-CN>        language of messages and written text (default: en)",
    "  -h, --help               show this help",
    "",
    "exit codes: 0 ok; 1 some rows had problems (the others were classified and written);",
    "2 usage error; 3 input file missing or unreadable; 4 no recognisable Products table;",
    "5 cells the tool did not write are in the way (use --force)",
  ].join("\n"),
  "cli.classify.error.noInput": "reimb classify: no input workbook given.",
  "cli.classify.error.tooManyInputs":
    "reimb classify: one input workbook expected, got {count}: {files}",
  "cli.classify.error.badOption": "reimb classify: {message}",
  "cli.classify.error.badAsOf":
    'reimb classify: --as-of must be a date written yyyy-mm-dd (got "{value}").',
  "cli.classify.error.badLang": 'reimb classify: --lang must be one of {allowed} (got "{value}").',
  "cli.classify.error.sameFile":
    "reimb classify: the output would overwrite the input file {file}; choose another path with -o.",
  "cli.classify.error.notXlsx":
    "reimb classify: cannot read {file}: it is not an .xlsx workbook. Save it from Excel as .xlsx (Excel Workbook) and try again.",
  "cli.classify.error.notAFile": "reimb classify: {file} is a folder, not a workbook file.",
  "cli.classify.error.missing": "reimb classify: input file not found: {file}",
  "cli.classify.error.unreadable":
    "reimb classify: cannot read {file} as an .xlsx workbook: {reason}",
  "cli.classify.error.noSheet":
    'reimb classify: {file} has no sheet named "{sheet}". Sheets: {sheets}',
  "cli.classify.error.noTable":
    'reimb classify: no recognisable Products table in {file}. Required headers: {required}. Headers seen (sheet "{sheet}", row {row}): {seen}',
  "cli.classify.error.noTableNoHeaders":
    "reimb classify: no recognisable Products table in {file}: no sheet has a row naming any Products column. Required headers: {required}. Headers seen: {seen}",
  "cli.classify.error.cannotWrite": "reimb classify: cannot write {file}: {reason}",
  "cli.classify.error.conflicts":
    "reimb classify: {count} cell(s) where the pathway columns go hold values this tool did not write, e.g. {examples}. Nothing was written. Move them, or re-run with --force to overwrite them.",
  "cli.classify.error.tableConflicts":
    "reimb classify: {count} cell(s) in the Evidence or Strategy table hold values this tool did not write, outside Status, Owner, Notes and the columns you added, e.g. {examples}. Nothing was written. Copy what you want to keep into Notes or a column you add, or re-run with --force to overwrite them.",
  "cli.classify.error.strayCells":
    "reimb classify: {count} cell(s) on the Evidence or Strategy sheet lie outside its table and would be lost when the sheet is rewritten, e.g. {examples}. Nothing was written. Move them into the table (a column you add is kept), or re-run with --force to drop them.",
  "cli.classify.conflict.cell": '{cell} ("{current}")',
  "cli.classify.forced":
    "reimb classify: --force: overwrote {count} cell(s) this tool did not write.",
  "cli.classify.problemsHeader": "Input problems ({count}):",
  "cli.classify.wrote":
    "Wrote {file}: {classified} of {rows} product row(s) classified, {problems} with problems.",
  "cli.classify.referenceLoaded": "Reference data: {vintage}",
  "cli.summary.title":
    "{file}: {rows} product row(s), {classified} classified, {problems} with problems",
  "cli.summary.col.id": "ID",
  "cli.summary.col.product": "Product",
  "cli.summary.col.site": "Site of care",
  "cli.summary.col.pathway": "Pathway",
  "cli.summary.col.nextGate": "Next gate",
  "cli.summary.col.owner": "Gate owner",
  "cli.summary.byPathway": "By pathway:",
  "cli.summary.pathwayCount": "  {pathway}: {count}",
  "cli.summary.rowProblem": "  {problem}",
  "cli.summary.output": "Output: {file}",
};
