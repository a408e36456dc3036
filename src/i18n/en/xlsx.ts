/** English messages for the `xlsx.*` area: opening workbook files (refusals and limits). */
export const XLSX: Readonly<Record<string, string>> = {
  "xlsx.error.missing": "{file} does not exist.",
  "xlsx.error.folder": "{file} is a folder, not a workbook file.",
  "xlsx.error.unreadable": "{file} cannot be read: {detail}",
  "xlsx.error.empty": "The file is empty: it is not a workbook.",
  "xlsx.error.encrypted":
    "The workbook is password-protected (encrypted): open it in Excel, remove the password (File › Info › Protect Workbook) and save an unprotected copy.",
  "xlsx.error.xls":
    "This is a legacy Excel 97–2003 workbook (.xls): open it in Excel and save it as an Excel Workbook (.xlsx).",
  "xlsx.error.ole":
    "This is an older Office document, not an .xlsx workbook: open it in Excel and save it as .xlsx.",
  "xlsx.error.csv":
    "This is a CSV (text) file, not an .xlsx workbook: open it in Excel and save it as an Excel Workbook (.xlsx).",
  "xlsx.error.text":
    "This is a text file, not an .xlsx workbook: open it in Excel and save it as an Excel Workbook (.xlsx).",
  "xlsx.error.ods":
    "This is an OpenDocument spreadsheet (.ods): open it and save it as an Excel Workbook (.xlsx).",
  "xlsx.error.otherOffice": "This is a Word or PowerPoint document, not an Excel workbook.",
  "xlsx.error.notZip": "This file is not an Excel workbook (.xlsx).",
  "xlsx.error.noWorkbook":
    "This is a zip archive but not an Excel workbook (it has no workbook part, xl/workbook.xml).",
  "xlsx.error.corrupt":
    "The workbook file is damaged: {detail}. Open it in Excel and save it again.",
  "xlsx.error.xml": "The workbook part {part} is not well-formed XML ({detail}).",
  "xlsx.limit.entries":
    "The workbook has {count} parts; the limit is {limit}. It is not a workbook this tool will open.",
  "xlsx.limit.entrySize": "The part {part} expands to {size}; the limit is {limit} per part.",
  "xlsx.limit.totalSize": "The workbook expands to more than {limit}, the limit for one file.",
  "xlsx.limit.ratio":
    "The part {part} expands {ratio} times its stored size; the limit is {limit} (a compression bomb, not a workbook).",
  "xlsx.limit.cells":
    "The workbook holds more than {limit} cells with values or formulas, the limit.",
  "xlsx.limit.grid":
    "Cell {cell} in {part} is outside Excel's grid (1,048,576 rows × 16,384 columns): the file was not written by Excel and is refused.",
};
