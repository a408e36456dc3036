/** Simplified Chinese messages for the `functions.*` area (missing ids fall back to English). */
export const FUNCTIONS_ZH: Readonly<Record<string, string>> = {
  // Descriptions Excel shows in the formula UI (functions.zh-CN.json). Code names, parameter
  // names, REIMB.PARAM names and quoted input values stay English: they are what users type.
  "fn.VERSION.description": "本工作簿中加载的报销引擎版本。",

  "fn.PFS_RVU.description":
    "按相对价值单位（RVU）计算的 Medicare 医师费用表（PFS）支付额：(工作 RVU × 工作 GPCI + PE RVU × PE GPCI + MP RVU × MP GPCI) × 转换系数，按 CMS 的舍入规则精确到美分。",
  "fn.PFS_RVU.arg.work_rvu":
    "该编码的工作 RVU（RVU 文件中的 WORK RVU 列），例如 CY2026 年 99213 为 1.30。",
  "fn.PFS_RVU.arg.pe_rvu":
    "执业费用（PE）RVU：诊所用非机构（non-facility）PE RVU；医院、日间手术中心（ASC）或住院用机构（facility）PE RVU。",
  "fn.PFS_RVU.arg.mp_rvu": "该编码的医疗事故责任险（MP）RVU。",
  "fn.PFS_RVU.arg.conversion_factor":
    '每 RVU 的美元金额。省略时：最新年度的非 QP 转换系数（CY2026 为 33.4009）；另见 REIMB.PARAM("PFS_CF_QP")。',
  "fn.PFS_RVU.arg.gpci_work":
    "费用地区（locality）的工作地理执业成本指数（GPCI），使用含 1.0 下限的那一列。省略时：1（全国）。",
  "fn.PFS_RVU.arg.gpci_pe": "费用地区的执业费用（PE）GPCI。省略时：1（全国）。",
  "fn.PFS_RVU.arg.gpci_mp": "费用地区的医疗事故责任险（MP）GPCI。省略时：1（全国）。",

  "fn.PROGRAM_PAYMENT.description":
    "Medicare 对允许金额实际支付的部分：(允许金额 − 未满足的免赔额) × (1 − 共保比例)，再扣除自动减支（sequestration）。",
  "fn.PROGRAM_PAYMENT.arg.allowed": "该服务的 Medicare 允许金额（allowed amount），单位为美元。",
  "fn.PROGRAM_PAYMENT.arg.unmet_deductible":
    "患者本年度尚未满足的 Part B 免赔额（deductible）。省略时：0。",
  "fn.PROGRAM_PAYMENT.arg.coinsurance":
    "患者共保比例（coinsurance），以小数表示。省略时：0.2（20%）。",
  "fn.PROGRAM_PAYMENT.arg.sequestration":
    "自动减支（sequestration）扣减比例，以小数表示。省略时：0.02（2%）；填 0 表示不扣减。",

  "fn.PATIENT_SHARE.description":
    "患者对 Medicare 允许金额应自付的部分：未满足的免赔额，加上其余金额的共保额。",
  "fn.PATIENT_SHARE.arg.allowed": "该服务的 Medicare 允许金额（allowed amount），单位为美元。",
  "fn.PATIENT_SHARE.arg.unmet_deductible":
    "患者本年度尚未满足的 Part B 免赔额（deductible）。省略时：0。",
  "fn.PATIENT_SHARE.arg.coinsurance":
    "患者共保比例（coinsurance），以小数表示。省略时：0.2（20%）。",

  "fn.WAGE_ADJUST.description":
    "经工资指数调整的机构费率：全国费率 × (劳动相关占比 × 工资指数 + 1 − 劳动相关占比)。门诊预付系统（OPPS）劳动相关占比为 60%，日间手术中心（ASC）为 50%。",
  "fn.WAGE_ADJUST.arg.national_rate": "全国未调整的 OPPS 或 ASC 支付费率，单位为美元。",
  "fn.WAGE_ADJUST.arg.wage_index": "机构所在地区的医院工资指数，例如 1.0234。",
  "fn.WAGE_ADJUST.arg.labor_share":
    '劳动相关占比，以小数表示，或填 "OPPS"（0.6）或 "ASC"（0.5）。省略时：0.6（OPPS）。',

  "fn.PASSTHROUGH_TESTS.description":
    "OPPS 器械过渡性直通支付（pass-through）的三项成本显著性测试（42 CFR 419.66(d)），溢出为标签及其下方的 TRUE/FALSE 结果。",
  "fn.PASSTHROUGH_TESTS.arg.device_cost": "器械的平均合理成本，单位为美元。",
  "fn.PASSTHROUGH_TESTS.arg.apc_payment":
    "该操作所归入的门诊支付分类（APC）的支付费率，单位为美元。",
  "fn.PASSTHROUGH_TESTS.arg.device_offset":
    "APC 支付中已包含的器械相关部分（抵扣额，offset），单位为美元。",

  "fn.PASSTHROUGH_PAYMENT.description":
    "OPPS 器械过渡性直通支付（pass-through）金额：器械收费 × 医院成本收费比 − 器械抵扣额，最低为 0。",
  "fn.PASSTHROUGH_PAYMENT.arg.charge": "医院对该器械的收费，单位为美元。",
  "fn.PASSTHROUGH_PAYMENT.arg.cost_to_charge_ratio":
    "医院特定的成本收费比（cost-to-charge ratio），例如 0.25。",
  "fn.PASSTHROUGH_PAYMENT.arg.device_offset":
    "APC 支付中与器械相关的部分（抵扣额，offset），单位为美元。",

  "fn.NTAP.description":
    "住院预付系统（IPPS）新技术附加支付（NTAP）：取 比例 × 新技术成本 与 比例 × (病例成本 − MS-DRG 支付额) 中的较小者。",
  "fn.NTAP.arg.technology_cost": "每个病例的新技术成本，单位为美元。",
  "fn.NTAP.arg.case_cost": "该病例的总成本，单位为美元。",
  "fn.NTAP.arg.drg_payment": "该病例的完整 MS-DRG 支付额，单位为美元。",
  "fn.NTAP.arg.rate":
    "附加支付比例，以小数表示。省略时：0.65；合格传染病产品（QIDP）抗菌药为 0.75。",

  "fn.MARGIN.description": "每例利润：支付额 − 器械成本 − 其他变动成本 − 间接费用。",
  "fn.MARGIN.arg.payment_per_case": "该就诊场所每例总支付额，单位为美元。",
  "fn.MARGIN.arg.device_cost": "每例器械成本，单位为美元。",
  "fn.MARGIN.arg.other_variable_cost":
    "每例其他变动成本（耗材、人员工时），单位为美元。省略时：0。",
  "fn.MARGIN.arg.overhead_per_case": "每例分摊的间接费用，单位为美元。省略时：0。",

  "fn.BREAKEVEN.description": "收回固定成本所需的病例数：固定成本 ÷ (每例支付额 − 每例变动成本)。",
  "fn.BREAKEVEN.arg.fixed_cost": "需收回的固定成本（例如资本设备），单位为美元。",
  "fn.BREAKEVEN.arg.payment_per_case": "每例支付额，单位为美元。",
  "fn.BREAKEVEN.arg.variable_cost_per_case": "每例变动成本，单位为美元。",

  "fn.PAYBACK.description": "收回资本成本所需的年数：资本成本 ÷ (每年病例数 × 每例利润)。",
  "fn.PAYBACK.arg.capital_cost": "需收回的资本成本，单位为美元。",
  "fn.PAYBACK.arg.cases_per_year": "每年开展的病例数。",
  "fn.PAYBACK.arg.margin_per_case": "每例利润，单位为美元（见 REIMB.MARGIN）。",

  "fn.BLENDED_RATE.description":
    "按支付方结构（各支付方以 Medicare 的倍数表示）计算的每例平均支付额：Medicare 费率 × Σ(占比 × 倍数)。",
  "fn.BLENDED_RATE.arg.medicare_rate": "每例 Medicare 支付额，单位为美元。",
  "fn.BLENDED_RATE.arg.shares":
    "各支付方占比所在的区域，以小数表示且合计为 1，例如 0.5、0.4、0.1。",
  "fn.BLENDED_RATE.arg.multiples":
    "大小相同的区域：各支付方的支付额相当于 Medicare 的倍数，例如 1、1.8、0.7。",

  "fn.PARAM.description":
    "从本加载项注明出处的参数表中取某年度已公布的 Medicare 数值（转换系数、免赔额、共保比例、自动减支）。",
  "fn.PARAM.arg.name":
    "参数名称：PFS_CF、PFS_CF_QP、OPPS_CF、ASC_CF、PART_B_DEDUCTIBLE、PART_A_DEDUCTIBLE、COINSURANCE、SEQUESTRATION、OPPS_LABOR_SHARE、ASC_LABOR_SHARE、NTAP_RATE 或 NTAP_RATE_QIDP。",
  "fn.PARAM.arg.year": "日历年（NTAP 为联邦财政年度）。省略时：表中最新的年度。",

  "fn.PATHWAY.description":
    "引擎为产品判定的编码路径（现有 CPT、现有 HCPCS II、未列明 / NOC、新编码策略），与任务窗格和 CLI 写出的一致。",
  "fn.PATHWAY.arg.product_type":
    '产品类型，例如 "implant"（植入物）、"lab test"（检验项目）、"procedure device"（操作用器械）。',
  "fn.PATHWAY.arg.site_of_care":
    '就诊场所，例如 "office"（诊所）、"hospital outpatient"（医院门诊）、"ASC"（日间手术中心）、"inpatient"（住院）、"home"（居家）。',
  "fn.PATHWAY.arg.candidate_codes": '候选编码，用英文逗号分隔，例如 "0100T, C1889"。省略时：无。',
  "fn.PATHWAY.arg.code_fit":
    "候选编码对产品的描述程度：describes（完全描述）、partially（部分描述）、does not（不描述）、unknown（未知）。",
  "fn.PATHWAY.arg.fda_status":
    'FDA 状态，例如 "510(k) cleared"（510(k) 已获准）、"PMA approved"（PMA 已批准）、"De Novo granted"（De Novo 已获批）、"submitted"（已提交）。',
  "fn.PATHWAY.arg.breakthrough":
    "器械已获 FDA 突破性器械认定（Breakthrough designation）时为 TRUE。",
  "fn.PATHWAY.arg.implanted": "器械植入或置入体内时为 TRUE。",

  "fn.NEXT_GATE.description":
    "产品在获得支付前必须通过的下一道关口（例如 FDA 上市许可、CPT 编码申请），与任务窗格和 CLI 写出的一致。",
  "fn.NEXT_GATE.arg.product_type":
    '产品类型，例如 "implant"（植入物）、"lab test"（检验项目）、"procedure device"（操作用器械）。',
  "fn.NEXT_GATE.arg.site_of_care":
    '就诊场所，例如 "office"（诊所）、"hospital outpatient"（医院门诊）、"ASC"（日间手术中心）、"inpatient"（住院）、"home"（居家）。',
  "fn.NEXT_GATE.arg.candidate_codes": '候选编码，用英文逗号分隔，例如 "0100T, C1889"。省略时：无。',
  "fn.NEXT_GATE.arg.code_fit":
    "候选编码对产品的描述程度：describes（完全描述）、partially（部分描述）、does not（不描述）、unknown（未知）。",
  "fn.NEXT_GATE.arg.fda_status":
    'FDA 状态，例如 "510(k) cleared"（510(k) 已获准）、"PMA approved"（PMA 已批准）、"De Novo granted"（De Novo 已获批）、"submitted"（已提交）。',
  "fn.NEXT_GATE.arg.breakthrough":
    "器械已获 FDA 突破性器械认定（Breakthrough designation）时为 TRUE。",
  "fn.NEXT_GATE.arg.implanted": "器械植入或置入体内时为 TRUE。",

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
  "fn.got.blankOrZero": "0 或空白单元格（Excel 桌面版将空白单元格读作 0）",
  "fn.got.empty": "空值",
  "fn.got.range": "一个单元格区域",
  "fn.got.text": "文本“{text}”",
  "fn.got.other": "{type} 类型的值",
};
