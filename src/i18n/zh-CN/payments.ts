/** `payments` 区域的中文消息（承包商定价、本地定价、PC/TC、年份、按州和县查找地区、溢出）。 */
export const PAYMENTS_ZH: Readonly<Record<string, string>> = {
  "fn.error.tooLong": "{arg} 长 {length} 个字符；最多读取 {max} 个（取值或编码列表远短于此）。",
  "economics.error.tooLarge":
    "{name} 为 {value}：超过 {max}，大于本公式所涉及的任何金额、RVU 或数量（将丢失分位精度）。",
  "data.error.year":
    "{file}：标注的日历年为 {year}，任何 CMS 文件都不可能属于该年份（2010 至 {latest}）。文件已损坏或不是 CMS 的文件。",
  "reference.na.oppsNoField":
    "{code} 在 {year} 年 OPPS 附录中没有 {field}（状态指示符 {indicator}）。",
  "fn.OPPS_DETAIL.description":
    "某编码 OPPS Addendum B 行的一个字段：APC、状态指示符、相对权重、支付费率、全国未调整共付额（以当年住院免赔额为上限）或最低未调整共付额。",
  "fn.OPPS_DETAIL.arg.code": 'HCPCS/CPT 编码，例如 "93306"。',
  "fn.OPPS_DETAIL.arg.field": '"apc"（默认）、"si"、"weight"、"rate"、"copay" 或 "minimum_copay"。',
  "fn.OPPS_DETAIL.arg.year": "日历年。省略时：已加载的最新年份。",
  "fn.APC.description": "某 APC 的全国未调整 OPPS 支付费率（OPPS Addendum A）。",
  "fn.APC.arg.apc": 'APC 编号，例如 "5524" 或 5524。',
  "fn.APC.arg.year": "日历年。省略时：已加载的最新年份。",
  "fn.error.overflow": "参数过大：结果超出 Excel 可表示的最大数值（约 1.8E308）。",
  "reference.na.contractorPricedZero":
    "{code} 在 {year} 年的 PFS 状态为 {status} 且没有 RVU：按 CMS 的 RVU 说明，由 Medicare 承包商定价（无全国金额）。",
  "reference.na.clfsLocal":
    "{code} 在 {year} 年的 CLFS 指示符为 L 且费率为 0.00：由 MAC 本地定价（无全国限额）。",
  "reference.na.clfsNoRate": "{code} 在 {year} 年没有 CLFS 全国限额（费率 0.00）。",
  "reference.na.globalOnly":
    "{code} 是仅限整体检查的编码（PC/TC 指示符 4，{year} 年）：在医院或 ASC，医生使用单独的专业部分编码计费，而不是此编码。",
  "reference.error.site12":
    '“{value}”（居家，POS 12）：PFS 非机构金额即为该处的全部 Medicare 支付；请使用 REIMB.PFS，setting 为 "home"。',
  "reference.error.site31":
    '“{value}”（SNF，POS 31）：机构部分为 SNF PPS 日费率（合并计费），SITE_TOTAL 不对其建模；专业部分请使用 REIMB.PFS，setting 为 "SNF"。',
  "reference.error.localityState":
    '“{value}”是一个有 {count} 个 PFS 地区的州（{matches}…）：请使用 MAC-地区编号；REIMB.LOCALITIES("{state}") 列出全部地区。',
  "reference.error.stateName":
    "“{value}”不是美国的州：请使用两字母代码（CA）或州名（California）。",
  "reference.na.noLocality": "{year} 年 GPCI 文件中没有 {state} 的 PFS 地区。",
  "reference.error.county":
    '“{value}”不是 {state} 的县名：请按 CMS 的写法填写县名，例如 "LOS ANGELES"。',
  "reference.na.county":
    "{county}（{state}）不在 {year} 年的县-地区对照文件（LOCCO）中，且该州没有“州内其余地区”。",
  "fn.LOCALITIES.description":
    '某州的 PFS 费用地区（"MAC-地区 名称"，以 "; " 分隔），或某县所属的地区（CMS 县-地区对照文件 LOCCO）。',
  "fn.LOCALITIES.arg.state": '两字母州代码或州名，例如 "CA" 或 "California"。',
  "fn.LOCALITIES.arg.county": '按 CMS 写法的县名，例如 "LOS ANGELES"。省略时：该州的全部地区。',
  "fn.LOCALITIES.arg.year": "日历年。省略时：已加载的最新年份。",
};
