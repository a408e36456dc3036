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
  "report.chain.step": "{n}. {actor}: {role}",
  "report.chain.separator": "\n",

  // Command line.
  "cli.main.usage": [
    "usage: reimb <command> [options]",
    "",
    "commands:",
    "  classify <in.xlsx> [-o out.xlsx] [--json] [--summary]   classify the Products table (see docs/cli.md)",
    "  share <in.xlsx> -o <out.xlsx>                           copy with REIMB.* formulas turned into values",
    "",
    "run `reimb <command> --help` for a command's options; `reimb --version` prints the version",
  ].join("\n"),
  "cli.main.unknownCommand": 'reimb: unknown command "{command}" (commands: {commands})',
  "cli.main.unknownOption":
    'reimb: unknown option "{command}" before the command (commands: {commands}; options: --help, --version)',
  "cli.main.version": "reimb {version}",
  "cli.main.unexpected": "reimb: unexpected error: {message}",

  // Options, for every command (src/cli/options.ts).
  "cli.option.unknown": "reimb {command}: unknown option {option}. Options: {allowed}.",
  "cli.option.missingValue": "reimb {command}: option {option} needs a value. Options: {allowed}.",
  "cli.option.unexpectedValue":
    "reimb {command}: option {option} takes no value (write it alone). Options: {allowed}.",
  "cli.option.repeated": "reimb {command}: option {option} is given twice; give it once.",
  "cli.option.badLang": 'reimb {command}: --lang must be one of {allowed} (got "{value}").',

  // Files, the same for every command (src/cli/files.ts).
  "cli.file.missing": "reimb {command}: input file not found: {file}",
  "cli.file.folder": "reimb {command}: {file} is a folder, not a workbook file.",
  "cli.file.notRegular": "reimb {command}: {file} is not a regular file (a device or a pipe).",
  "cli.file.unreadable": "reimb {command}: cannot read {file}: {reason}",
  "cli.file.permissionDenied": "permission denied",
  "cli.file.xls":
    "reimb {command}: {file} is an Excel 97-2003 workbook (.xls): open it in Excel and save it as .xlsx (Excel Workbook), then run again.",
  "cli.file.csv":
    "reimb {command}: {file} is a text file (CSV), not a workbook: open it in Excel and save it as .xlsx (Excel Workbook), then run again.",
  "cli.file.otherSpreadsheet":
    "reimb {command}: {file} is not an .xlsx workbook: save it as .xlsx (Excel Workbook), then run again.",
  "cli.file.outputExtension":
    "reimb {command}: the output {file} must be named {allowed}: the command writes an Excel workbook, and another extension would make a file that opens as something else.",
  "cli.file.sameFile":
    "reimb {command}: the output would overwrite the input file {input}; choose another path with -o.",
  "cli.file.outputFolderMissing":
    "reimb {command}: cannot write {file}: the folder {folder} does not exist.",
  "cli.file.outputIsFolder": "reimb {command}: the output {file} is a folder; name a file.",
  "cli.file.outputExists":
    "reimb {command}: {file} already exists and may hold what you typed since it was written (Evidence Status, Owner, Notes, your own sheets). Nothing was written. Write to another file with -o, or re-run with --force to replace it. To keep working in that file, run the command on it: its own Evidence and Strategy entries are carried over.",

  // Which CMS data a run uses (src/cli/reference.ts): one line on stderr.
  "cli.data.line": "CMS data: {datasets} (from {path}, {origin}).",
  "cli.data.lineNone":
    "CMS data: none ({reason}); CMS-based checks (deleted codes, PFS status, NOC) are left out.",
  "cli.data.rejected": "{count} file(s) could not be read, e.g. {first} (see --json).",
  "cli.data.origin.option": "--data",
  "cli.data.origin.env": "REIMB_DATA_DIR",
  "cli.data.origin.bundle": "the built bundle",
  "cli.data.origin.default": "the default folder",
  "cli.data.off": "REIMB_NO_REFERENCE=1",
  "cli.data.notFound":
    "no REIMB_DATA_DIR or --data, no built bundle at {bundle}, no folder at {folder}",
  "cli.data.empty": "no CMS file could be read in {path}",
  "cli.data.failedFallback": "{path} could not be read: {detail}",
  "cli.data.vintageGiven": "not read: --vintage states the data vintage",
  "cli.data.noFolder":
    "reimb: the CMS data folder {folder} (from {from}) does not exist or is not a folder. Correct the path, or unset it to use the built bundle or the default folder.",
  "cli.data.emptyFolder":
    "reimb: no CMS file could be read in {folder} (from {from}; {rejected} file(s) rejected). Put CMS's files there (npm run data:download), or correct the path.",
  "cli.data.failed": "reimb: cannot read the CMS data in {path}: {detail}",

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
    "  --force                  replace an existing output file, and overwrite cells the tool did not",
    "                           write (pathway columns, Evidence, Strategy)",
    "  --data <folder>          CMS data folder (default: REIMB_DATA_DIR, else the built bundle,",
    "                           else ../shared/data/cms)",
    "  --lang <en|zh-CN>        language of messages and written text (default: en)",
    "  --writer <package|exceljs>  how the workbook is written: package (default) keeps every part",
    "                           the tool does not own; exceljs is the earlier writer",
    "  -h, --help               show this help",
    "",
    "exit codes: 0 ok; 1 some rows had problems (the others were classified and written);",
    "2 usage error; 3 input file or CMS data folder missing or unreadable; 4 no recognisable",
    "Products table; 5 nothing written: it would replace an existing output or cells the tool",
    "did not write (use --force)",
  ].join("\n"),
  "cli.share.usage": [
    "usage: reimb share <in.xlsx> -o <out.xlsx> [options]",
    "",
    "Makes a copy to send to people who do not have the add-in: REIMB formulas become their values,",
    'other formulas stay live, and an "About this model" sheet states the data vintage, assumptions',
    "and caveats. The input file is never changed.",
    "",
    "options:",
    "  -o, --output <out.xlsx>  the shared copy to write (must differ from the input; --out also works)",
    '  --sheets "A,B"           sheets to include, separated by commas (default: every visible sheet)',
    "  -y, --yes                share even if some REIMB values are out of date or errors",
    "  --force                  replace the output file if it exists",
    "  --vintage <text>         CMS data vintage to state on the About sheet (default: the data loaded)",
    "  --year <yyyy>            payment year of the assumptions (default: latest in the parameter table)",
    "  --locality <text>        locality the figures use (default: national)",
    "  --json                   print the report as JSON",
    "  --data <folder>          CMS data folder (default: REIMB_DATA_DIR, else the built bundle,",
    "                           else ../shared/data/cms)",
    "  --lang <en|zh-CN>        language of messages and of the About sheet (default: en)",
    "  -h, --help               show this help",
    "",
    "exit codes: 0 written; 2 usage error; 3 input file or CMS data folder missing or unreadable;",
    "4 a sheet named in --sheets is not there; 5 nothing written: values need checking (use --yes)",
    "or the output exists (use --force); 6 the output could not be written",
  ].join("\n"),
  "cli.classify.error.noInput": "reimb classify: no input workbook given.",
  "cli.classify.error.tooManyInputs":
    "reimb classify: one input workbook expected, got {count}: {files}",
  "cli.classify.error.badAsOf":
    'reimb classify: --as-of must be a date written yyyy-mm-dd (got "{value}").',
  "cli.classify.error.notXlsx":
    "reimb classify: cannot read {file}: it is not an .xlsx workbook. Save it from Excel as .xlsx (Excel Workbook) and try again.",
  "cli.classify.error.unreadable":
    "reimb classify: cannot read {file} as an .xlsx workbook: {reason}",
  "cli.classify.error.noSheet":
    'reimb classify: {file} has no sheet named "{sheet}". Sheets: {sheets}',
  "cli.classify.error.products":
    "reimb classify: no recognisable Products table in {file}. {detail}",
  "cli.classify.error.cannotWrite": "reimb classify: cannot write {file}: {reason}",
  "cli.classify.error.conflicts":
    "reimb classify: {count} cell(s) where the pathway columns go hold values this tool did not write, e.g. {examples}. Nothing was written. Move them, or re-run with --force to overwrite them.",
  "cli.classify.error.tableConflicts":
    "reimb classify: {count} cell(s) in the Evidence or Strategy table hold values this tool did not write, outside Status, Owner, Notes and the columns you added, e.g. {examples}. Nothing was written. Copy what you want to keep into Notes or a column you add, or re-run with --force to overwrite them.",
  "cli.classify.conflict.cell": '{cell} ("{current}")',
  "cli.classify.forced":
    "reimb classify: --force: overwrote {count} cell(s) this tool did not write.",
  "cli.classify.problemsHeader": "Input problems ({count}):",
  "cli.classify.wrote":
    "Wrote {file}: {classified} of {rows} product row(s) classified, {problems} with problems.",
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
  // npm run data:download (scripts/data-download.ts).
  "cli.download.badUrl": "data:download: {url} is not a URL; give https:// addresses of CMS files.",
  "cli.download.notHttps":
    "data:download: {url} refused: only https:// addresses are fetched (a file fetched over plain http can be altered on the way).",
  "cli.download.redirectedToHttp": "redirected to {url}, which is not https; not saved",
};
