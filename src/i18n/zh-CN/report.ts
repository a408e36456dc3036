/** Simplified Chinese messages for src/i18n/en/report.ts (sheet and table names, labels in cells). */
export const REPORT_ZH: Readonly<Record<string, string>> = {
  "report.table.products": "产品",
  "report.table.evidence": "证据清单",
  "report.table.strategy": "策略",
  "report.table.roadmap": "路线图",
  "report.table.quarters": "季度路线图",
  "report.table.economics": "经济测算",
  "report.table.assumptions": "假设",
  "report.sheet.about": "关于本模型",

  "report.pathway.existing-cpt": "现有 CPT",
  "report.pathway.existing-hcpcs-ii": "现有 HCPCS II",
  "report.pathway.unlisted-noc": "未列明 / NOC（临时）",
  "report.pathway.new-code": "新编码策略",

  "report.route.permission": "准入：决定产品能否获得编码、覆盖并投入使用",
  "report.route.payment": "支付：决定支付多少、支付给谁",
  "report.route.trust": "信任：让医生、采购方和支付方愿意采用",

  "report.site.office": "诊所",
  "report.site.hospital outpatient": "医院门诊",
  "report.site.ASC": "ASC（门诊手术中心）",
  "report.site.inpatient": "住院",
  "report.site.home": "居家",
  "report.site.independent lab": "独立实验室",
  "report.site.IDTF": "IDTF（独立诊断检测机构）",
  "report.site.SNF": "SNF（专业护理机构）",

  "report.strategy.fullRationale": "完整判定理由",
  "report.rationale.more": "（完整理由见“{sheet}”表。）",
};
