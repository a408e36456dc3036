/** Simplified Chinese messages for the `reference.*` area (missing ids fall back to English). */
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
};
