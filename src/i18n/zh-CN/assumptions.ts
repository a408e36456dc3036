/** `assumptions.*` 的中文消息：假设表中的计划输入（截至日期、预计 FDA 日期）。 */
export const ASSUMPTIONS_ZH: Readonly<Record<string, string>> = {
  "assumptions.key.asOf": "截至日期",
  "assumptions.key.expectedFdaDate": "预计 FDA 日期",
  "assumptions.unit.date": "日期",
  "assumptions.note.asOf":
    "计划的“今天”：早于该日期的截止期视为已错过，路线图改用下一周期。留空：运行当天。",
  "assumptions.note.expectedFdaDate":
    "FDA 状态为已提交、IDE 或未提交且 FDA 决定日期为空的产品所用的预计 FDA 决定日期；产品行自己的日期优先。留空：这些产品不排日期。",

  "assumptions.problem.at": "{table}，第 {row} 行，“{key}”：{message}",
  "assumptions.problem.notDate": "“{value}”不是日期。",
  "assumptions.problem.accepted":
    "可接受：日期单元格（Excel 日期序列号）、yyyy-mm-dd（2026-12-31）、yyyy/m/d（2026/12/31）或 m/d/yyyy（12/31/2026）。",
  "assumptions.problem.repeated": "“{key}”已在第 {first} 行给出；本行不使用。",
  "assumptions.problem.expectedPassed":
    "预计 FDA 日期 {date} 早于截至日期 {asOf}：没有自身日期的待批产品从截至日期起算，路线图会注明已错过的日期。",
  "assumptions.fallback.asOf": "计划改用运行日期 {date}。",
  "assumptions.fallback.expectedFdaDate": "没有自身 FDA 决定日期的待批产品不排日期。",
  "assumptions.note.fdaFromAssumptions":
    "预计 FDA 日期取自假设表（第 {row} 行）；该产品行的 FDA 决定日期为空。",
  "assumptions.pane.asOf":
    "日期以 {date}（假设表的截至日期）为准；早于此日期的截止日期视为已错过。",
};
