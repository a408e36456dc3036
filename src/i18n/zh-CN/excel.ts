/** Simplified Chinese messages for the `excel.*` area (missing ids fall back to English). */
export const EXCEL_ZH: Readonly<Record<string, string>> = {
  "excel.error.noProductsTable":
    "未找到 Products 表。请先插入起始表，或将现有标题行采用为 Products 表，然后再分类。",
  "excel.error.productsExists": "此工作簿已有名为 Products 的表。",
  "excel.error.noHeaderRow":
    "工作表“{sheet}”中没有可识别的标题行。前 20 行需要包含 Product ID、Product、Product type 和 Site of care 等标题。",

  "excel.validation.title": "值不在列表中",
  "excel.validation.message": "“{column}”应为以下之一：{values}。其他写法会在分类时检查。",

  "excel.example.rpm.product": "示例：带远程监测的可穿戴心电贴",
  "excel.example.rpm.description": "心律的远程生理监测；设备供应与数据传输",
  "excel.example.novel.product": "示例：一次性消融导管（新技术）",
  "excel.example.novel.description": "在医院门诊部消融目标病灶；现有编码均不能描述该服务",

  "excel.assumptions.col.assumption": "假设",
  "excel.assumptions.col.value": "数值",
  "excel.assumptions.col.unit": "单位",
  "excel.assumptions.col.note": "说明",
  "excel.assumptions.unit.year": "日历年",
  "excel.assumptions.unit.share": "占允许金额的比例",
  "excel.assumptions.note.year": "经济测算所用的 Medicare 支付年度。",
  "excel.assumptions.note.locality": "用于 GPCI 的 Medicare 地区；National 表示不做地区调整。",
  "excel.assumptions.note.coinsurance": "免赔额之后患者承担的 Part B 共付比例。",
};
