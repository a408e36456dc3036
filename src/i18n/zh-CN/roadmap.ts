/** 简体中文：`roadmap.*` 区域（通往编码与付款的日期节点，docs/roadmap.md）。 */
export const ROADMAP_ZH: Readonly<Record<string, string>> = {
  "roadmap.milestone.fda-decision": "FDA 决定",
  "roadmap.milestone.cpt-i-deadline": "CPT I 类申请截止日",
  "roadmap.milestone.cpt-i-panel": "CPT 编辑小组会议",
  "roadmap.milestone.cpt-i-effective": "CPT I 类编码生效",
  "roadmap.milestone.cpt-iii-deadline": "CPT III 类申请截止日",
  "roadmap.milestone.cpt-iii-published": "CPT III 类编码发布",
  "roadmap.milestone.cpt-iii-effective": "CPT III 类编码生效",
  "roadmap.milestone.pla-deadline": "PLA 申请截止日",
  "roadmap.milestone.pla-release": "PLA 编码发布",
  "roadmap.milestone.pla-effective": "PLA 编码生效",
  "roadmap.milestone.hcpcs-deadline": "HCPCS II 级申请截止日",
  "roadmap.milestone.hcpcs-meeting": "HCPCS 公开会议",
  "roadmap.milestone.hcpcs-effective": "HCPCS II 级编码生效",
  "roadmap.milestone.pdac-listing": "PDAC 编码核验列入",
  "roadmap.milestone.pass-through-deadline": "OPPS 过渡性付款申请截止日",
  "roadmap.milestone.pass-through-effective": "OPPS 过渡性付款开始",
  "roadmap.milestone.ntapc-deadline": "新技术 APC 申请截止日",
  "roadmap.milestone.ntapc-effective": "新技术 APC 付款开始",
  "roadmap.milestone.ntap-deadline": "IPPS NTAP 申请截止日",
  "roadmap.milestone.ntap-fda-cutoff": "NTAP 要求的 FDA 批准最迟日期",
  "roadmap.milestone.ntap-effective": "IPPS NTAP 付款开始（财年）",
  "roadmap.milestone.tcet-nomination": "TCET 提名",
  "roadmap.milestone.tcet-ncd": "TCET 国家覆盖决定（目标）",
  "roadmap.milestone.mac-coverage": "MAC 覆盖（LCD 或理赔审核）",
  "roadmap.milestone.clfs-rate": "CLFS 付款费率（对照定价或补缺定价）",
  "roadmap.milestone.payer-policy": "商业保险政策",
  "roadmap.milestone.hospital-vac": "医院价值分析委员会批准",
  "roadmap.milestone.benefit-category": "Medicare 福利类别",

  "roadmap.rule.fda-decision": "行中的 FDA 决定日期，或所给的预计日期",
  "roadmap.rule.cpt-i-cycle":
    "编辑小组每年开会三次（约 2 月、5 月、10 月）；一年的决定在其后第二年的 1 月 1 日生效",
  "roadmap.rule.cpt-i-deadline": "申请约在小组会议前 3 个月",
  "roadmap.rule.cpt-iii-cycle": "III 类编码在会议后的 1 月 1 日或 7 月 1 日发布，发布六个月后生效",
  "roadmap.rule.pla-cycle": "PLA 编码按季度发布，发布后一个季度生效",
  "roadmap.rule.pla-deadline": "PLA 申请约在发布前四个月（未核实）",
  "roadmap.rule.hcpcs-nondrug-cycle":
    "非药品项目：截止日为 1 月和 7 月的第一个工作日，并有公开会议",
  "roadmap.rule.hcpcs-nondrug-effective":
    "非药品编码约于 10 月 1 日（1 月周期）或 4 月 1 日（7 月周期）生效（未核实）",
  "roadmap.rule.hcpcs-drug-cycle": "药品和生物制品：按季度截止，编码约在提交后两个季度生效",
  "roadmap.rule.hcpcs-skin-substitute-2026": "自 2026 年起皮肤替代品采用每年两次的非药品周期",
  "roadmap.rule.hcpcs-fda-documents": "申请须附 FDA 批准函",
  "roadmap.rule.opps-quarterly":
    "按季度截止（3、6、9、12 月的第一个工作日），自下下个季度起付款（未核实）",
  "roadmap.rule.pass-through-newness": "过渡性付款须在 FDA 批准后 3 年内申请",
  "roadmap.rule.ntap-cycle":
    "NTAP：10 月初申请，5 月 1 日前获 FDA 批准，自 10 月 1 日（财年开始）付款",
  "roadmap.rule.ntap-deadline-day": "10 月截止的具体日期每年不同",
  "roadmap.rule.tcet-windows":
    "TCET：约在 FDA 决定前 12 个月提名，决定前 6 个月内不再接受；覆盖目标为批准后 6 个月",
  "roadmap.rule.tcet-paused": "自 2026 年 4 月 23 日起 TCET 暂停接受新候选",
  "roadmap.rule.mac-coverage-range": "通常在编码后 6–12 个月（未核实）",
  "roadmap.rule.clfs-rate-range": "起初由 MAC 定价；约 12 个月内出现全国费率（未核实）",
  "roadmap.rule.pdac-range": "通常在编码后 3–6 个月（未核实）",
  "roadmap.rule.payer-policy-range": "通常在编码后 12–24 个月（未核实）",
  "roadmap.rule.hospital-vac-range": "通常在 FDA 批准后 3–9 个月（未核实）",

  "roadmap.note.needsFdaDate": "需要 FDA 决定日期：请在行中填写“FDA 决定日期”或提供预计 FDA 日期。",
  "roadmap.note.fdaDatePast": "预计 FDA 日期 {date} 已过但尚未获批；日期自基准日起计算。",
  "roadmap.note.missedDeadline": "已错过截止日 {date}：安排在下一周期。",
  "roadmap.note.newnessClosed": "过渡性付款已关闭：3 年新颖性期限已于 {date} 结束。",
  "roadmap.note.tcetPaused": "TCET 暂停接受新候选（2026 年 4 月）；RAPID 已宣布但尚未定案。",
  "roadmap.note.tcetClosed": "TCET 提名已关闭：器械已获批或距 FDA 决定不足 6 个月。",
  "roadmap.note.benefitCategory": "没有 Medicare 福利类别：只有国会立法才能设立，无法预测日期。",
  "roadmap.reason.needsFdaDate": "无法确定日期：需要 FDA 决定日期",
  "roadmap.reason.noSpecificCode": "此路径没有专属编码",
  "roadmap.reason.noBenefitCategory": "不单独付款：没有 Medicare 福利类别",
  "roadmap.reason.drgOnly": "不单独付款：住院服务包含在 MS-DRG 中",
  "roadmap.reason.packaged": "不单独付款：打包进手术的 APC（过渡性付款期限已过）",

  "roadmap.value.estimate": "≈ {date}（估计）",
  "roadmap.status.done": "已完成",
  "roadmap.status.planned": "已计划",
  "roadmap.status.undated": "未定日期",
  "roadmap.status.closed": "已关闭",
  "roadmap.estimate.yes": "估计",
  "roadmap.estimate.no": "确定",
  "roadmap.stale.notPlanned": "（已不在计划中）",

  "report.roadmap.productId": "产品编号",
  "report.roadmap.product": "产品",
  "report.roadmap.pathway": "路径",
  "report.roadmap.milestoneId": "节点编号",
  "report.roadmap.milestone": "节点",
  "report.roadmap.owner": "负责方",
  "report.roadmap.earliest": "最早日期",
  "report.roadmap.latest": "最晚日期",
  "report.roadmap.estimate": "估计",
  "report.roadmap.status": "状态",
  "report.roadmap.basis": "依据",
  "report.roadmap.source": "来源",
  "report.roadmap.notes": "备注",
  "report.roadmap.codedFrom": "编码起始",
  "report.roadmap.paidFrom": "付款起始",

  "roadmap.quarter.coded": "有编码",
  "roadmap.quarter.paid": "付款",
  "roadmap.quarter.waiting": "…",

  "fn.CODED_FROM.description":
    "产品的理赔可使用专属编码的最早日期（Excel 日期），依据路径日历：FDA 决定、CPT、PLA、HCPCS、过渡性付款或 NTAP 周期。没有时返回 #N/A 并说明原因。",
  "fn.PAID_FROM.description":
    "Medicare 对产品单独付款的最早日期（Excel 日期）：编码生效并定价、过渡性付款、新技术 APC 或 NTAP 开始。不单独付款时返回 #N/A 并说明原因。",
  "fn.CODED_FROM.arg.product_type": '产品类型，例如 "implant"、"lab test"、"procedure device"。',
  "fn.CODED_FROM.arg.site_of_care":
    '服务场所，例如 "office"、"hospital outpatient"、"ASC"、"inpatient"、"home"。',
  "fn.CODED_FROM.arg.candidate_codes": '以逗号分隔的候选编码，例如 "0100T, C1889"。省略：无。',
  "fn.CODED_FROM.arg.code_fit":
    "候选编码与产品的契合程度：describes、partially、does not、unknown。",
  "fn.CODED_FROM.arg.fda_status":
    'FDA 状态，例如 "510(k) cleared"、"PMA approved"、"De Novo granted"、"submitted"。',
  "fn.CODED_FROM.arg.breakthrough": "器械获得 FDA 突破性认定时为 TRUE。",
  "fn.CODED_FROM.arg.implanted": "器械植入或插入体内时为 TRUE。",
  "fn.CODED_FROM.arg.as_of":
    '制定计划的日期（日期或 "yyyy-mm-dd"）；早于它的截止日视为已错过。省略：今天（UTC），与“分类”相同。',
  "fn.CODED_FROM.arg.fda_date":
    'FDA 决定日期：已获批时为实际日期，未获批时为预计日期（日期或 "yyyy-mm-dd"）。',
  "fn.PAID_FROM.arg.product_type": '产品类型，例如 "implant"、"lab test"、"procedure device"。',
  "fn.PAID_FROM.arg.site_of_care":
    '服务场所，例如 "office"、"hospital outpatient"、"ASC"、"inpatient"、"home"。',
  "fn.PAID_FROM.arg.candidate_codes": '以逗号分隔的候选编码，例如 "0100T, C1889"。省略：无。',
  "fn.PAID_FROM.arg.code_fit":
    "候选编码与产品的契合程度：describes、partially、does not、unknown。",
  "fn.PAID_FROM.arg.fda_status":
    'FDA 状态，例如 "510(k) cleared"、"PMA approved"、"De Novo granted"、"submitted"。',
  "fn.PAID_FROM.arg.breakthrough": "器械获得 FDA 突破性认定时为 TRUE。",
  "fn.PAID_FROM.arg.implanted": "器械植入或插入体内时为 TRUE。",
  "fn.PAID_FROM.arg.as_of":
    '制定计划的日期（日期或 "yyyy-mm-dd"）；早于它的截止日视为已错过。省略：今天（UTC），与“分类”相同。',
  "fn.PAID_FROM.arg.fda_date":
    'FDA 决定日期：已获批时为实际日期，未获批时为预计日期（日期或 "yyyy-mm-dd"）。',
  "fn.error.expectedDate": "{arg} 必须是日期（日期单元格或 yyyy-mm-dd 文本）；实际为 {got}。",
  // Where each calendar rule comes from (the Roadmap sheet's Source column).
  "roadmap.source.fda-decision":
    "产品表的“FDA 决定日期”列或预计 FDA 日期（docs/reimbursement.md §2.2、§4.1、§5）",
  "roadmap.source.cpt-i-cycle":
    "docs/reimbursement.md §1（每年三次会议）、§2.4（2017 年 2 月／5 月／10 月的决定于 2019 年 1 月 1 日生效）",
  "roadmap.source.cpt-i-deadline":
    "docs/reimbursement.md §2.4（申请约在会议前 3 个月截止；确切日期见 AMA 日程）",
  "roadmap.source.cpt-iii-cycle":
    "docs/reimbursement.md §2.3（每年 1 月和 7 月发布，六个月后生效）、§2.4",
  "roadmap.source.pla-cycle": "docs/reimbursement.md §2.5（按季度发布，发布后一个季度生效）",
  "roadmap.source.pla-deadline": "docs/reimbursement.md §2.5（申请截止约在发布前四个月：未核实）",
  "roadmap.source.hcpcs-nondrug-cycle":
    "docs/reimbursement.md §3.1（截止日为 1 月和 7 月的第一个工作日；公开会议）",
  "roadmap.source.hcpcs-nondrug-effective":
    "docs/reimbursement.md §3.1（约于 10 月 1 日／4 月 1 日生效）、§11",
  "roadmap.source.hcpcs-drug-cycle":
    "docs/reimbursement.md §3.1（按季度截止；提交后约两个季度生效）",
  "roadmap.source.hcpcs-skin-substitute-2026":
    "docs/reimbursement.md §3.1（自 2026 年 1 月 1 日起皮肤替代品纳入每年两次的非药品周期）",
  "roadmap.source.hcpcs-fda-documents": "docs/reimbursement.md §3.2（申请需附 FDA 批准函）",
  "roadmap.source.opps-quarterly":
    "docs/reimbursement.md §4.1（按季度截止：未核实）、§4.2（按季度的最早日期）、§11",
  "roadmap.source.pass-through-newness":
    "docs/reimbursement.md §4.1（42 CFR 419.66：FDA 批准后 3 年内）",
  "roadmap.source.ntap-cycle":
    "docs/reimbursement.md §5（10 月初申请；5 月 1 日前获 FDA 批准；财年自 10 月 1 日起）",
  "roadmap.source.ntap-deadline-day":
    "docs/reimbursement.md §5（FY2026 截止日为 2024 年 10 月 7 日；具体日期每年不同）",
  "roadmap.source.tcet-windows":
    "docs/reimbursement.md §6.1（约在 FDA 决定前 12 个月提名，按季度审查，决定后 6 个月内关闭；NCD 目标为批准后 6 个月）",
  "roadmap.source.tcet-paused":
    "docs/reimbursement.md §6.2（TCET 自 2026 年 4 月 23 日起暂停接受新申请）",
  "roadmap.source.mac-coverage-range": "docs/roadmap.md（通常 6–12 个月；未核实）",
  "roadmap.source.clfs-rate-range":
    "docs/reimbursement.md §2.5、§8.7（交叉对照或补缺定价；时间未核实）",
  "roadmap.source.pdac-range": "docs/reimbursement.md §3.4（无公布的审查时限；3–6 个月未核实）",
  "roadmap.source.payer-policy-range": "docs/roadmap.md（通常在获得编码后 12–24 个月；未核实）",
  "roadmap.source.hospital-vac-range": "docs/roadmap.md（通常 3–9 个月；未核实）",
};
