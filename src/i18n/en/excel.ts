/** English messages for the `excel.*` area (the Excel adapter: starter tables, errors it raises). */
export const EXCEL: Readonly<Record<string, string>> = {
  "excel.error.noProductsTable":
    "No Products table found. Insert the starter tables, or adopt your header row as the Products table, then classify again.",
  "excel.error.productsExists": "This workbook already has a table named Products.",
  "excel.error.noHeaderRow":
    'No recognised header row on sheet "{sheet}". The first 20 rows need headers such as Product ID, Product, Product type and Site of care.',

  "excel.validation.title": "Value not in the list",
  "excel.validation.message":
    '"{column}" expects one of: {values}. Other spellings are checked when you classify.',

  "excel.example.rpm.product": "Example: wearable ECG patch with remote monitoring",
  "excel.example.rpm.description":
    "Remote physiologic monitoring of heart rhythm; device supply and data transmission",
  "excel.example.novel.product": "Example: single-use ablation catheter (new technology)",
  "excel.example.novel.description":
    "Ablation of a target lesion in the hospital outpatient department; no existing code describes it",

  "excel.assumptions.col.assumption": "Assumption",
  "excel.assumptions.col.value": "Value",
  "excel.assumptions.col.unit": "Unit",
  "excel.assumptions.col.note": "Note",
  "excel.assumptions.unit.year": "calendar year",
  "excel.assumptions.unit.share": "share of allowed amount",
  "excel.assumptions.note.year": "Medicare payment year the economics use.",
  "excel.assumptions.note.locality":
    "Medicare locality for GPCIs; National means no geographic adjustment.",
  "excel.assumptions.note.coinsurance": "Part B patient coinsurance after the deductible.",
};
