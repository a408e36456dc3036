/** Simplified Chinese messages for the `xlsx.*` area: opening workbook files. */
export const XLSX_ZH: Readonly<Record<string, string>> = {
  "xlsx.error.missing": "{file} 不存在。",
  "xlsx.error.folder": "{file} 是文件夹，不是工作簿文件。",
  "xlsx.error.unreadable": "无法读取 {file}：{detail}",
  "xlsx.error.empty": "文件为空：不是工作簿。",
  "xlsx.error.encrypted":
    "工作簿受密码保护（已加密）：请在 Excel 中打开，删除密码（文件 › 信息 › 保护工作簿），另存一份未加密的副本。",
  "xlsx.error.xls":
    "这是旧版 Excel 97–2003 工作簿（.xls）：请在 Excel 中打开并另存为 Excel 工作簿（.xlsx）。",
  "xlsx.error.ole": "这是旧版 Office 文档，不是 .xlsx 工作簿：请在 Excel 中打开并另存为 .xlsx。",
  "xlsx.error.csv":
    "这是 CSV（文本）文件，不是 .xlsx 工作簿：请在 Excel 中打开并另存为 Excel 工作簿（.xlsx）。",
  "xlsx.error.text":
    "这是文本文件，不是 .xlsx 工作簿：请在 Excel 中打开并另存为 Excel 工作簿（.xlsx）。",
  "xlsx.error.ods": "这是 OpenDocument 电子表格（.ods）：请打开并另存为 Excel 工作簿（.xlsx）。",
  "xlsx.error.otherOffice": "这是 Word 或 PowerPoint 文档，不是 Excel 工作簿。",
  "xlsx.error.notZip": "此文件不是 Excel 工作簿（.xlsx）。",
  "xlsx.error.noWorkbook":
    "这是 zip 压缩包，但不是 Excel 工作簿（没有工作簿部件 xl/workbook.xml）。",
  "xlsx.error.corrupt": "工作簿文件已损坏：{detail}。请在 Excel 中打开并重新保存。",
  "xlsx.error.xml": "工作簿部件 {part} 不是格式正确的 XML（{detail}）。",
  "xlsx.limit.entries": "工作簿有 {count} 个部件，上限为 {limit}。本工具不会打开它。",
  "xlsx.limit.entrySize": "部件 {part} 解压后为 {size}，每个部件的上限为 {limit}。",
  "xlsx.limit.totalSize": "工作簿解压后超过 {limit}，即单个文件的上限。",
  "xlsx.limit.ratio":
    "部件 {part} 解压后是存储大小的 {ratio} 倍，上限为 {limit}（这是压缩炸弹，不是工作簿）。",
  "xlsx.limit.cells": "工作簿中含值或公式的单元格超过 {limit} 个，超出上限。",
  "xlsx.limit.grid":
    "{part} 中的单元格 {cell} 超出 Excel 网格（1,048,576 行 × 16,384 列）：该文件不是 Excel 写出的，已拒绝。",
};
