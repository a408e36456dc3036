/** Simplified Chinese messages for the `rows.*` area (missing ids fall back to English). */
const ACCEPTED_CODES = "可接受的格式：CPT 99213、III 类 0691T、PLA 0242U、HCPCS II 级 E2103。";

export const ROWS_ZH: Readonly<Record<string, string>> = {
  "rows.problem.atCell": "第 {row} 行，“{column}”列：{message}",
  "rows.problem.atRow": "第 {row} 行：{message}",
  "rows.problem.allowed": "允许的值：{values}。",
  "rows.problem.nearest": "您是否要填“{nearest}”？",

  "rows.sheet.noHeader": "前 {scanned} 行中没有找到表头。产品表需要以下列：{required}。",
  "rows.sheet.missingColumns": "缺少必需的列：{missing}。已识别的列：{recognised}。",
  "rows.sheet.duplicateColumn": "{letter} 列“{header}”是第二个{column}列；只读取 {first} 列。",
  "rows.sheet.noRows": "表格有表头，但没有产品行。",

  "rows.value.required": "“{column}”为空；每个产品都必须填写。",
  "rows.value.excelError": "单元格显示 Excel 错误 {value}；请修正公式或直接输入数值。",
  "rows.value.unknown.productType": "“{value}”不是可识别的产品类型。",
  "rows.value.unknown.siteOfCare": "“{value}”不是可识别的诊疗场所。",
  "rows.value.unknown.performedBy": "“{value}”不是可识别的操作者。",
  "rows.value.unknown.fdaStatus": "“{value}”不是可识别的 FDA 状态。",
  "rows.value.unknown.codeFit": "“{value}”不是可识别的编码匹配度。",
  "rows.value.unknown.benefitCategory": "“{value}”不是可识别的 Medicare 福利类别。",
  "rows.value.unknown.yesNo": "“{value}”不是 yes 或 no。",

  "rows.code.invalid": `“{value}”不是 CPT 或 HCPCS II 级编码。${ACCEPTED_CODES}`,
  "rows.code.dental": `“{value}”是 CDT 牙科编码，不是 CPT 或 HCPCS II 级编码。${ACCEPTED_CODES}`,
  "rows.code.categoryII": "“{value}”是 CPT II 类编码（绩效测量）：仅用于质量报告，从不支付。",
  "rows.code.maaa": "“{value}”是 CPT MAAA 管理编码：用于标识检测，不是可支付的服务编码。",
  "rows.code.leadingZeros":
    "{value} 被读作 {code}：Excel 会去掉数字的前导零。请将该列设为文本格式以保留前导零。",

  "rows.number.money": "“{value}”不是美元金额。请用数字并以小数点表示小数，例如 1200.50。",
  "rows.number.count": "“{value}”不是数字。请填写数字，例如 1200。",
  "rows.number.negative": "{value} 为负数；“{column}”不能小于零。",
  "rows.number.notWhole": "{value} 不是整数；按原值使用。",

  "rows.date.format":
    "“{value}”不是日期。请写作 yyyy-mm-dd（2024-03-15）或 m/d/yyyy（3/15/2024）。",
  "rows.date.impossible": "“{value}”不是真实存在的日期。",
  "rows.date.serialRange":
    "{value} 超出 Excel 可显示的日期范围（1 = 1900-01-01 至 2958465 = 9999-12-31）。",
  "rows.date.serial1900":
    "Excel 日期 {value} 是 1900 年 2 月 29 日，这一天并不存在（Excel 的 1900 年闰年错误）。请输入真实日期。",

  "rows.id.duplicate": "产品 ID“{value}”已在第 {firstRow} 行使用；每个产品需要唯一的 ID。",
};
