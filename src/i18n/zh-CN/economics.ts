/** Simplified Chinese messages for the `economics.*` area (missing ids fall back to English). */
export const ECONOMICS_ZH: Readonly<Record<string, string>> = {
  "economics.error.negative": "{name} 不能为负数（当前为 {value}）；请输入 0 或更大的金额。",
  "economics.error.notFinite": "{name} 必须是有限数值。",
  "economics.error.notPositive": "{name} 必须大于 0（当前为 {value}）。",
  "economics.error.fraction":
    "{name} 必须是 0 到 1 之间的小数，例如 20% 写作 0.2（当前为 {value}）。",
  "economics.error.ccr": "{name} 必须大于 0 且不超过 1，例如 0.25（当前为 {value}）。",
  "economics.error.rate":
    "{name} 必须大于 0 且不超过 1，例如 0.65，QIDP 为 0.75（当前为 {value}）。",
  "economics.error.noMargin":
    "无法盈亏平衡：每例支付额（{payment}）必须大于每例变动成本（{variable}）。",
  "economics.error.noPayback": "无法收回投资：margin_per_case 必须大于 0（当前为 {margin}）。",
  "economics.error.emptyMix": "支付方组合为空：请至少提供一个占比及其相对 Medicare 的倍数。",
  "economics.error.share": "第 {position} 个支付方占比必须是 0 到 1 之间的小数（当前为 {value}）。",
  "economics.error.multiple":
    "第 {position} 个支付方倍数不能为负数（当前为 {value}）；1 表示 Medicare 的 100%。",
  "economics.error.sharesTotal": "支付方占比之和必须为 1（100%）；当前合计为 {total}。",
  "economics.error.unknownParameter": "未知参数“{name}”。可用参数：{allowed}。",
  "economics.error.unknownYear": "参数表中没有 {year} 年的 {name}。可用年份：{allowed}。",
};
