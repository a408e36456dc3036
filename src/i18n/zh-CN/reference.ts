/** Simplified Chinese messages for the `reference.*` area (missing ids fall back to English). */
import { REFERENCE } from "../en/reference";

/**
 * Descriptions of the reference lookup functions (REIMB.PFS, REIMB.RVU, …) that Excel shows in
 * its formula UI (functions.zh-CN.json), translated from their JSDoc. Only the ids the English
 * catalogue carries are merged below: a translation of an uncatalogued English text would be a
 * translation of nothing, and the metadata generator only trusts a translation whose English
 * catalogue entry still equals the JSDoc.
 */
export const LOOKUP_FUNCTIONS_ZH: Readonly<Record<string, string>> = {
  "fn.PFS.description":
    "某编码的 Medicare 医师费用表（PFS）支付额，依据 CMS 的 RVU 和 GPCI 文件计算，按 CMS 的舍入规则精确到美分。",
  "fn.PFS.arg.code": 'HCPCS/CPT 编码，例如 "99213"、"0691T"、"27447-26"（编码后可跟修饰符）。',
  "fn.PFS.arg.setting":
    '"office"（非机构，默认）、"facility"（机构）、"hospital outpatient"（医院门诊）、"ASC"（日间手术中心），或服务地点代码 POS 11/19/22/24。',
  "fn.PFS.arg.locality":
    'Medicare 费用地区，写作 MAC-地区代码（"01112-05"）或地区名称（"MANHATTAN"）。省略时：全国（GPCI 1.000）。',
  "fn.PFS.arg.modifier": "有单独 RVU 的修饰符：26（专业部分）、TC（技术部分）、53。",
  "fn.PFS.arg.year": "费用表的日历年。省略时：已加载的最新年度（见 DATA_VINTAGE）。",

  "fn.RVU.description": "某编码的相对价值单位（RVU），取自 CMS 的 PFS 相对价值文件（PPRRVU）。",
  "fn.RVU.arg.code": 'HCPCS/CPT 编码，例如 "99213"。',
  "fn.RVU.arg.component":
    '"work"（工作）、"pe"（非机构执业费用 PE）、"pe_facility"（机构 PE）、"mp"（医疗事故责任险）、"total"（非机构合计，默认）或 "total_facility"（机构合计）。',
  "fn.RVU.arg.modifier": "有单独 RVU 的修饰符：26、TC、53。",
  "fn.RVU.arg.year": "日历年。省略时：已加载的最新年度。",

  "fn.GPCI.description":
    "Medicare 费用地区的地理执业成本指数（GPCI）（Addendum E；CMS 同时公布两种工作 GPCI 时，取含 1.0 下限的值）。",
  "fn.GPCI.arg.locality": 'MAC-地区代码（"01112-05"）或地区名称（"MANHATTAN"）。',
  "fn.GPCI.arg.component": '"work"（工作，默认）、"pe"（执业费用）或 "mp"（医疗事故责任险）。',
  "fn.GPCI.arg.year": "日历年。省略时：已加载的最新年度。",

  "fn.ASC.description": "某编码在日间手术中心（ASC）的全国未调整支付费率（ASC Addendum AA/BB）。",
  "fn.ASC.arg.code": 'HCPCS/CPT 编码，例如 "66984"。',
  "fn.ASC.arg.year": "日历年。省略时：已加载的最新年份。",

  "fn.OPPS.description": "某编码在门诊预付系统（OPPS）下的全国未调整支付费率（OPPS Addendum B）。",
  "fn.OPPS.arg.code": 'HCPCS/CPT 编码，例如 "66984" 或 "G0463"。',
  "fn.OPPS.arg.year": "日历年。省略时：已加载的最新年份。",

  "fn.DMEPOS.description":
    "某州的耐用医疗设备、假肢、矫形器及用品（DMEPOS）费用表金额（rural 为 TRUE 时取农村费率，否则取非农村费率）。",
  "fn.DMEPOS.arg.code": 'HCPCS Level II 编码，例如 "E0601"。',
  "fn.DMEPOS.arg.state": '两字母州代码或州名，例如 "CA" 或 "California"。',
  "fn.DMEPOS.arg.modifier":
    '按修饰符分别定价的项目所用的定价修饰符：RR（租赁）、NU（新品购买）、UE（二手）；文件有 Mod2 时写两个，如 "NU-KF"。',
  "fn.DMEPOS.arg.rural": "为 TRUE 时取 CMS 公布的农村费率（如有）。省略时：FALSE。",
  "fn.DMEPOS.arg.year": "日历年。省略时：已加载的最新年份。",

  "fn.CLFS.description": "某编码的临床实验室费用表（CLFS）费率。",
  "fn.CLFS.arg.code": '检验编码，例如 "80053" 或 "0242U"（可跟修饰符："87635-QW"）。',
  "fn.CLFS.arg.year": "日历年。省略时：已加载的最新年份。",

  "fn.SITE_TOTAL.description":
    "某编码在某就诊场所的 Medicare 支付总额：诊所 = PFS 非机构费率；医院门诊 = OPPS 费率 + PFS 机构费率；ASC = ASC 费率 + PFS 机构费率（诊断检查取专业部分 -26）。所有部分取同一年份。",
  "fn.SITE_TOTAL.arg.code": 'HCPCS/CPT 编码，例如 "66984"。',
  "fn.SITE_TOTAL.arg.site":
    '"office"（诊所）、"hospital outpatient"（医院门诊，HOPD，POS 22）或 "ASC"（日间手术中心，POS 24）。',
  "fn.SITE_TOTAL.arg.locality":
    "PFS 部分所用的费用地区（MAC-地区代码或名称）。省略时：全国。OPPS 和 ASC 部分为全国未调整费率。",
  "fn.SITE_TOTAL.arg.year": "所有部分的日历年。省略时：所有部分均已加载的最新年份。",

  "fn.STATUS.description": '某编码的 PFS 状态指示符及其含义（例如 "A：有效编码，按 PFS 支付"）。',
  "fn.STATUS.arg.code": "HCPCS/CPT 编码。",
  "fn.STATUS.arg.year": "日历年。省略时：已加载的最新年度。",

  "fn.HCPCS_DESC.description":
    "HCPCS Level II 长描述（CMS）。CPT 描述由 AMA 授权，不随本加载项提供。",
  "fn.HCPCS_DESC.arg.code": 'HCPCS Level II 编码，例如 "E0601"。',
  "fn.HCPCS_DESC.arg.year": "HCPCS 文件的日历年。省略时：已加载的最新年份。",

  "fn.DATA_VINTAGE.description": "参考数值来自哪些 CMS 文件：各文件的数据集、年度和发布版本。",
};

export const REFERENCE_ZH: Readonly<Record<string, string>> = {
  "reference.na.noData":
    "未加载参考数据：已加载的 CMS 文件中没有 {dataset}。请在任务窗格（参考数据）中加载官方文件。",
  "reference.na.noneLoaded": "未加载参考数据：{reason}。",
  "reference.na.notInFile": "{code} 不在 {year} 年 {dataset} 文件中。",
  "reference.na.deleted": "{code} 已删除（HCPCS 终止日期 {date}）。",
  "reference.na.carrierPriced":
    "{code} 在 {year} 年由承保商定价（PFS 状态 C）：由 MAC 确定金额，无全国费率。",
  "reference.na.notPayable": "{code} 在 {year} 年不按 PFS 支付（状态 {status}）。",
  "reference.na.cptDescriptor":
    "{code} 是 CPT 编码：CPT 描述由 AMA 授权，不随附。HCPCS_DESC 仅提供 Level II 描述。",
  "reference.vintage.none": "未加载 CMS 参考数据",
  "reference.vintage.noneWithReason": "未加载 CMS 参考数据：{reason}",
  "reference.reason.notLoadedYet": "参考数据包尚未加载（加载完成后单元格会重新计算）",
  "reference.reason.noFiles": "未加载任何 CMS 文件",
  "reference.reason.fetchFailed": "无法加载随附的参考数据（{status} {url}）",
  "reference.reason.loadFailed": "无法加载随附的参考数据（{detail}）",
  "reference.reason.bundleEmpty": "随附的参考数据为空（构建时没有 CMS 数据文件夹）",
  "reference.reason.detail": "{detail}",
  "reference.error.year":
    "{arg} 必须是整数年份，例如 2026（不会从文本中读取数字）；收到的是 {value}。",
  "reference.na.year": "未加载 {year} 年的 {dataset} 数据；可用年份：{years}。",
  "reference.na.deletedStatus": "{code} 在 {year} 年的 PFS 状态为 {status}：已删除的编码。",
  "reference.na.anesthesia":
    "{code} 是麻醉编码（PFS 状态 J）：按基本单位 + 时间单位 × 麻醉转换系数支付，不按 RVU。",
  "reference.na.notOnAscList": "{code} 不在 ASC 承保手术或辅助服务清单中（ASC {year} {release}）。",
  "reference.na.ascIndicator": "{code} 在 ASC 无单独支付（支付指示符 {indicator}）。",
  "reference.na.oppsIndicator": "{code} 在 OPPS 无单独支付（状态指示符 {indicator}）。",
  "reference.error.site": "“{value}”不是 SITE_TOTAL 的就诊场所。可用值：{allowed}。",
  "reference.error.setting": "“{value}”不是有效的场所类型。可用值：{allowed}。",
  "reference.status.A": "A：有效编码，按 PFS 支付",
  "reference.status.C": "C：由承保商定价；由 MAC 确定支付（无全国 RVU）",
  "reference.status.N": "N：不承保的服务",
  "reference.status.X": "X：法定排除；不属于 PFS 服务（可能按其他收费表支付）",
  "reference.status.B": "B：捆绑编码；付款包含在其他服务中",
  "reference.status.I": "I：对 Medicare 无效；Medicare 使用其他编码",
  ...Object.fromEntries(Object.entries(LOOKUP_FUNCTIONS_ZH).filter(([id]) => id in REFERENCE)),
};
