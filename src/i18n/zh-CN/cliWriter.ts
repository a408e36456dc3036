/** Simplified Chinese messages for `reimb classify --writer` (missing ids fall back to English). */
export const CLI_WRITER_ZH: Readonly<Record<string, string>> = {
  "cli.classify.error.badWriter":
    "reimb classify：--writer 只能是 “exceljs” 或 “package”，而不是 “{value}”。",
  "cli.classify.error.tableNameClash":
    "reimb classify：工作表 “{sheet}” 中有一个名为 “{table}” 的表格，与加载项在其自有工作表 “{table}” 上写入的表格同名。Excel 表格名称在工作簿中必须唯一，因此未写入任何内容。请重命名该表格（表设计 > 表名称）后重新运行。",
  "cli.compression.silent":
    "负责压缩工作簿的线程已 {seconds} 秒没有响应（可能内存不足）；未写入任何内容。请关闭其他程序后重新运行，或使用 --writer exceljs 运行。",
};
