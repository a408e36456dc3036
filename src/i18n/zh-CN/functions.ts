/** Simplified Chinese messages for the `functions.*` area (missing ids fall back to English). */
export const FUNCTIONS_ZH: Readonly<Record<string, string>> = {
  "fn.PASSTHROUGH_TESTS.label.costOverApcShare": "成本 > APC 的 25%",
  "fn.PASSTHROUGH_TESTS.label.costOverOffset": "成本 ≥ 抵扣额的 125%",
  "fn.PASSTHROUGH_TESTS.label.netCostOverApcShare": "成本 − 抵扣额 > APC 的 10%",
  "fn.PASSTHROUGH_TESTS.label.allPass": "成本显著",

  "fn.error.prefix": "REIMB.{fn}：{message}",
  "fn.error.expectedNumber": "{arg} 必须是数字；收到的是 {got}。",
  "fn.error.notFinite": "{arg} 必须是有限的数字；收到的是 {got}。",
  "fn.error.required": "{arg} 为必填项；收到的是 {got}。",
  "fn.error.expectedText": "{arg} 必须是文本，例如 {example}；收到的是 {got}。",
  "fn.error.expectedFlag": "{arg} 必须是 TRUE、FALSE、yes 或 no；收到的是 {got}。",
  "fn.error.unknownValue": "无法识别 {arg}“{value}”。可用值：{allowed}。",
  "fn.error.unknownValueNearest":
    "无法识别 {arg}“{value}”；您是否想输入“{nearest}”？可用值：{allowed}。",
  "fn.error.cell": "{arg}：{message}",
  "fn.error.rangeShape":
    "{arg} 与 {other} 必须是相同大小的区域（{rows}×{cols} 与 {otherRows}×{otherCols}）。",
  "fn.error.rangeCell": "{arg}：第 {position} 个单元格必须是数字；收到的是 {got}。",
  "fn.error.rangeGap": "{arg}：第 {position} 个位置只有占比没有倍数（或只有倍数没有占比）。",
  "fn.error.internal": "意外错误（{detail}）；请连同所用参数一起报告。",
  "fn.got.empty": "空值",
  "fn.got.range": "一个单元格区域",
  "fn.got.text": "文本“{text}”",
  "fn.got.other": "{type} 类型的值",
};
