/** 简体中文：引擎与宿主抛出的错误（`error.*`）。 */
export const ERRORS_ZH: Readonly<Record<string, string>> = {
  "error.bundleTruncated": "参考数据包不完整。请重新生成（npm run data:bundle）或重新下载。",
  "error.bundleFormat":
    "参考数据包的格式为 {found}；此版本读取格式 {expected}。请用此版本重新生成数据包。",
  "error.pane.noHeaderRow": "没有可采用的标题行。",
  "error.excel.noProductsTableWhy": "{lead}{reason}",
  "error.excel.noFileApi": "此版本的 Excel 无法把工作簿文件交给加载项。",
  "error.excel.fileReadFailed": "Excel 未返回工作簿文件。",
  "error.excel.sliceReadFailed": "Excel 未返回工作簿文件的第 {index} 部分。",
  "error.cli.conflicts": "{list}",
  "error.patch.formulaWithoutAddress": "有一个没有地址的公式单元格",
  "error.patch.sharedFormula": "共享公式 {ref} 没有公式文本",
  "error.patch.stylesList": "样式部件中没有 <{tag}> 列表",
  "error.patch.sharedString": "共享字符串 {index} 超出范围",
  "error.patch.noSheets": "workbook.xml 中没有工作表",
  "error.patch.noStyles": "工作簿没有样式部件",
  "error.patch.formulaSurvived": "{cell} 中仍有 REIMB 公式",
  "error.patch.readBack": "副本无法读回：{detail}",
};
