/** English messages for errors raised by the engine and hosts that had English text in code before (`error.*`). */
export const ERRORS: Readonly<Record<string, string>> = {
  "error.bundleTruncated":
    "The reference bundle is cut short. Rebuild it (npm run data:bundle) or download it again.",
  "error.bundleFormat":
    "The reference bundle is format {found}; this version reads format {expected}. Rebuild the bundle with this version.",
  "error.pane.noHeaderRow": "There is no header row to adopt.",
  "error.excel.noProductsTableWhy": "{lead} {reason}",
  "error.excel.noFileApi": "This version of Excel cannot hand the workbook's file to add-ins.",
  "error.excel.fileReadFailed": "Excel did not return the workbook's file.",
  "error.excel.sliceReadFailed": "Excel did not return part {index} of the workbook's file.",
  "error.cli.conflicts": "{list}",
  "error.patch.formulaWithoutAddress": "a formula cell without an address",
  "error.patch.sharedFormula": "no formula text for shared formula {ref}",
  "error.patch.stylesList": "the styles part has no <{tag}> list",
  "error.patch.sharedString": "shared string {index} is out of range",
  "error.patch.noSheets": "workbook.xml lists no sheets",
  "error.patch.noStyles": "the workbook has no styles part",
  "error.patch.formulaSurvived": "a REIMB formula survived in {cell}",
  "error.patch.readBack": "the copy does not read back: {detail}",
};
