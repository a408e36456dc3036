/** English messages for the `rows.*` area (reading and validating the Products sheet). */
const ACCEPTED_CODES =
  "Accepted formats: CPT 99213, Category III 0691T, PLA 0242U, HCPCS Level II E2103.";

export const ROWS: Readonly<Record<string, string>> = {
  "rows.problem.atCell": 'Row {row}, column "{column}": {message}',
  "rows.problem.atRow": "Row {row}: {message}",
  "rows.problem.allowed": "Allowed: {values}.",
  "rows.problem.nearest": 'Did you mean "{nearest}"?',

  "rows.sheet.noHeader":
    "No header row found in the first {scanned} rows. A Products table needs the columns {required}.",
  "rows.sheet.missingColumns":
    "Required column(s) missing: {missing}. Recognised columns: {recognised}.",
  "rows.sheet.duplicateColumn":
    'Column {letter} "{header}" is a second {column} column; only column {first} is read.',
  "rows.sheet.noRows": "The table has a header row but no product rows.",

  "rows.value.required": '"{column}" is empty; every product needs one.',
  "rows.value.excelError":
    "The cell shows the Excel error {value}; fix its formula or type the value.",
  "rows.value.unknown.productType": '"{value}" is not a recognised product type.',
  "rows.value.unknown.siteOfCare": '"{value}" is not a recognised site of care.',
  "rows.value.unknown.performedBy": '"{value}" is not a recognised "performed by" value.',
  "rows.value.unknown.fdaStatus": '"{value}" is not a recognised FDA status.',
  "rows.value.unknown.codeFit": '"{value}" is not a recognised code fit.',
  "rows.value.unknown.benefitCategory": '"{value}" is not a recognised Medicare benefit category.',
  "rows.value.unknown.yesNo": '"{value}" is not yes or no.',

  "rows.code.invalid": `"{value}" is not a CPT or HCPCS Level II code. ${ACCEPTED_CODES}`,
  "rows.code.dental": `"{value}" is a CDT dental code, not CPT or HCPCS Level II. ${ACCEPTED_CODES}`,
  "rows.code.categoryII":
    '"{value}" is a CPT Category II code (performance measurement): it is reported for quality, never paid.',
  "rows.code.maaa":
    '"{value}" is a CPT administrative MAAA code: it identifies a test, it is not a payable service code.',
  "rows.code.leadingZeros":
    "{value} was read as {code}: Excel drops leading zeros from numbers. Format the column as Text to keep them.",

  "rows.number.money":
    '"{value}" is not an amount in US dollars. Write digits with a point for decimals, for example 1200.50.',
  "rows.number.count": '"{value}" is not a number. Write digits, for example 1200.',
  "rows.number.negative": '{value} is negative; "{column}" cannot be below zero.',
  "rows.number.notWhole": "{value} is not a whole number; it is used as written.",

  "rows.date.format":
    '"{value}" is not a date. Write yyyy-mm-dd (2024-03-15) or m/d/yyyy (3/15/2024).',
  "rows.date.impossible": '"{value}" is not a real calendar date.',
  "rows.date.serialRange":
    "{value} is outside the dates Excel can show (1 = 1900-01-01 to 2958465 = 9999-12-31).",
  "rows.date.serial1900":
    "Excel date {value} is 29 February 1900, a day that never existed (Excel's 1900 leap-year error). Type the real date.",

  "rows.id.duplicate":
    'Product ID "{value}" is already used in row {firstRow}; each product needs its own ID.',
};
