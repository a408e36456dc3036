/**
 * English messages for the `assumptions.*` area: the Assumptions table's plan inputs (as-of date,
 * expected FDA date), their rows in the inserted table, and what a bad cell there says.
 */
export const ASSUMPTIONS: Readonly<Record<string, string>> = {
  // Key names: what the inserted table writes and what messages call the row. Matched in any locale.
  "assumptions.key.asOf": "As-of date",
  "assumptions.key.expectedFdaDate": "Expected FDA date",
  "assumptions.unit.date": "date",
  "assumptions.note.asOf":
    "The plan's “today”: deadlines before it are missed and the roadmap takes the next cycle. Empty: the day of the run.",
  "assumptions.note.expectedFdaDate":
    "Expected FDA decision for products whose FDA status is submitted, IDE or not submitted and whose FDA decision date cell is empty; a row's own date wins. Empty: such products stay undated.",

  "assumptions.problem.at": '{table}, row {row}, "{key}": {message}',
  "assumptions.problem.notDate": '"{value}" is not a date.',
  "assumptions.problem.accepted":
    "Accepted: a date cell (an Excel date serial), yyyy-mm-dd (2026-12-31), yyyy/m/d (2026/12/31) or m/d/yyyy (12/31/2026).",
  "assumptions.problem.repeated": '"{key}" is already given in row {first}; this row is not used.',
  "assumptions.problem.expectedPassed":
    "The expected FDA date {date} is before the as-of date {asOf}: pending products without their own date count from the as-of date, and the roadmap notes the missed date.",
  "assumptions.fallback.asOf": "The plan uses the run date, {date}.",
  "assumptions.fallback.expectedFdaDate":
    "Pending products without their own FDA decision date stay undated.",
  "assumptions.note.fdaFromAssumptions":
    "Expected FDA date from the Assumptions table (row {row}); the row's FDA decision date is empty.",
  "assumptions.pane.asOf":
    "Dates as of {date} (the Assumptions table's As-of date); deadlines before it count as missed.",
};
