/** Simplified Chinese messages for the `writeback.*` area (missing ids fall back to English). */
export const WRITEBACK_ZH: Readonly<Record<string, string>> = {
  "writeback.locate.near":
    "必需的表头：{required}。所见表头（工作表“{sheet}”，第 {row} 行）：{seen}",
  "writeback.locate.none":
    "没有任何工作表的某一行包含 Products 列名。必需的表头：{required}。所见表头：{seen}",
  "writeback.locate.incomplete":
    "工作表“{sheet}”上的 Products 表缺少必需的表头：{missing}。必需的表头：{required}。所见表头：{seen}",
};
