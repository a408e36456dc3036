/** `adjustments` 区域的中文消息（PFS 支付调整：多项手术、双侧、助手、共同主刀、团队手术、限额收费；QP 换算系数）。 */
export const ADJUSTMENTS_ZH: Readonly<Record<string, string>> = {
  "fn.PFS_ADJUSTED.description":
    "按 RVU 文件指示符进行一项支付调整后的 PFS 金额：多项手术（按排序）、双侧、手术助手（16%）、共同主刀（62.5%）、团队手术，或非参与医生的限额收费（109.25%）。",
  "fn.PFS_ADJUSTED.arg.code": 'HCPCS/CPT 编码，例如 "27447" 或 "70450-TC"。',
  "fn.PFS_ADJUSTED.arg.adjustment":
    '"multiple"、"bilateral"、"assistant"、"cosurgeon"、"team" 或 "limiting"（或修饰符：51、50、80、62、66）。',
  "fn.PFS_ADJUSTED.arg.rank":
    "用于 multiple：该手术在当日手术中按收费表金额的排序（1 = 最高，全额支付）。省略时：1。",
  "fn.PFS_ADJUSTED.arg.setting": '"office"（非机构，默认）或 "facility"。',
  "fn.PFS_ADJUSTED.arg.locality": "Medicare 地区。省略时：全国。",
  "fn.PFS_ADJUSTED.arg.year": "日历年。省略时：已加载的最新年份。",
  "fn.PFS.arg.qp":
    "TRUE：合格 APM 参与者，按当年 QP 换算系数支付（CY2026 为 33.5675）。省略时：FALSE。",
  "adjustments.error.unknown": '"{value}" 不是 PFS 调整：请使用 {allowed} 之一。',
  "adjustments.error.rank": "rank 为 {value}：请使用从 1 开始的整数（当日金额最高的手术）。",
  "adjustments.na.rebuild":
    "已加载的 {year} 年 PFS 数据早于手术指示符：请重新生成数据包（npm run data:bundle）或重新加载 RVU 文件。",
  "adjustments.na.concept":
    "{code} 在 {year} 年的 {adjustment} 指示符为 9：按 CMS 的 RVU 说明，该概念不适用于此编码。",
  "adjustments.na.unknownIndicator":
    "{code} 在 {year} 年的 {adjustment} 指示符为 {indicator}，CMS 的 RVU 说明未定义该值。",
  "adjustments.na.assistantBarred":
    "{code} 在 {year} 年的手术助手指示符为 1：适用法定限制，手术助手不予支付。",
  "adjustments.na.assistantDocumented":
    "{code} 在 {year} 年的手术助手指示符为 0：仅当文档证明医疗必要性时才支付助手（16%）。",
  "adjustments.na.cosurgeonBarred":
    "{code} 在 {year} 年的共同主刀指示符为 0：此手术不允许共同主刀。",
  "adjustments.na.teamByReport":
    "{code} 在 {year} 年的团队手术指示符为 {indicator}：团队外科医生按报告支付（由 Medicare 承包商定价），没有全国金额。",
  "adjustments.na.teamBarred": "{code} 在 {year} 年的团队手术指示符为 0：此手术不允许团队手术。",
  "adjustments.na.byReport":
    "{code}（多项手术指示符 {indicator}，{year} 年）：排序超过 {max} 的按报告支付（由 Medicare 承包商定价）；排序 {rank} 没有全国金额。",
  "adjustments.na.endoscopyBase":
    "{code} 在 {year} 年按多项内镜规则定价：其费用表金额减去其家族基础编码 {base} 的金额；该基础编码在此没有费用表金额，因此无法计算。",
  "fn.ANESTHESIA.description":
    "PFS 下的麻醉支付：（基础单位 + 时间单位）× 该地区的麻醉换算系数（CMS 的 ANES 文件）；时间单位 = 分钟 / 15，保留一位小数。",
  "fn.ANESTHESIA.arg.base_units":
    "麻醉编码的基础单位（ASA 相对价值指南；不在 CMS 文件中），例如 7。",
  "fn.ANESTHESIA.arg.minutes": "麻醉时间（分钟），例如 90。",
  "fn.ANESTHESIA.arg.locality": "Medicare 地区（MAC-地区编号或名称）。省略时：全国麻醉换算系数。",
  "fn.ANESTHESIA.arg.year": "日历年。省略时：已加载的最新年份。",
  "fn.ANESTHESIA.arg.qp": "TRUE：合格 APM 参与者（2026 年起 ANES 文件的 QP 列）。省略时：FALSE。",
  "anesthesia.error.baseUnits":
    "base_units 为 {value}：请使用 0 到 {max} 之间的数（ASA 基础单位最多约 30）。",
  "anesthesia.error.minutes": "minutes 为 {value}：请使用 0 到 {max} 之间的分钟数。",
  "anesthesia.na.noNational": "{year} 年 ANES 文件未给出全国麻醉换算系数：请提供地区。",
  "anesthesia.na.locality": "地区 {locality} 在 {year} 年 ANES 文件中没有麻醉换算系数。",
  "fn.ASC_DETAIL.description":
    "来自附录 AA 和 FF 的 ASC 明细：器械抵扣金额或百分比、器械密集状态（支付指示符 J8）、是否适用多项手术折扣、支付指示符、支付权重、服务部分（费率减去器械部分）、麻醉前中止时的支付（修饰符 73）。",
  "fn.ASC_DETAIL.arg.code": 'HCPCS/CPT 编码，例如 "63685"。',
  "fn.ASC_DETAIL.arg.field":
    '"device_offset"（默认）、"device_offset_percent"、"device_intensive"、"discounted"、"indicator"、"weight"、"service_portion" 或 "discontinued"。',
  "fn.ASC_DETAIL.arg.year": "日历年。省略时：已加载的最新年份。",
  "fn.ASC_DISCOUNTED.description":
    "多项手术折扣后的 ASC 支付：附录 AA 标明适用折扣时，从排序第二的手术起按 50% 支付。",
  "fn.ASC_DISCOUNTED.arg.code": 'HCPCS/CPT 编码，例如 "66984"。',
  "fn.ASC_DISCOUNTED.arg.rank":
    "该手术在同次手术中按支付额的排序（1 = 最高，全额支付）。省略时：2。",
  "fn.ASC_DISCOUNTED.arg.year": "日历年。省略时：已加载的最新年份。",
  "ascDetail.error.field": '"{value}" 不是 ASC 字段：请使用 {allowed} 之一。',
  "ascDetail.na.noWeight": "{code} 在 {year} 年没有 ASC 支付权重（支付指示符 {indicator}）。",
  "ascDetail.na.noFf": "未加载 {year} 年的 ASC 附录 FF（器械抵扣）。",
  "ascDetail.na.notInFf": "{code} 不在 {year} 年 ASC 附录 FF 中（未列出器械抵扣）。",
  "fn.ASP.description":
    "CMS 季度 ASP 定价文件中的 Medicare B 部分药品支付限额：每个 HCPCS 剂量单位的限额（按 CMS 公布的 3 位小数）、该单位对应的剂量，或共同保险百分比。",
  "fn.ASP.arg.code": 'HCPCS 药品编码，例如 "J9035"。',
  "fn.ASP.arg.field": '"limit"（默认）、"dosage" 或 "coinsurance"。',
  "fn.ASP.arg.year": "日历年。省略时：已加载的最新年份。",
  "asp.error.field": '"{value}" 不是 ASP 字段：请使用 {allowed} 之一。',
  "asp.na.notInFile":
    "{code} 不在 {year} 年 {release} ASP 定价文件中：CMS 未列出其 B 部分支付限额（由 MAC 定价，或不是单独支付的药品）。",
  "asp.na.noLimit":
    "{year} 年 ASP 定价文件未列出 {code} 的支付限额（N/A）：由 Medicare 承包商定价；见文件的备注列。",
};
