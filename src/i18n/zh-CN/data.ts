/** Simplified Chinese messages for the `data.*` area (missing ids fall back to English). */
export const DATA_ZH: Readonly<Record<string, string>> = {
  "data.error.row": "{file}，第 {line} 行：应为{expected}，实际为“{found}”。",
  "data.error.header": "{file}：不是预期的 CMS 文件；应包含 {expected}。",
  "data.error.truncated":
    "{file}：只有 {found} 行 {kind} 数据；完整的 CMS 文件至少有 {minimum} 行。文件似乎不完整。",
  "data.error.xlsx": "{file}：无法作为 Excel 工作簿打开（{detail}）。",
  "data.error.unrecognised": "{file}：不是本加载项可读取的 CMS 文件。",
  "data.error.notKind": "{file}：应为 {kind} 文件，但表头与该格式不符。",
  "data.problem.noYear":
    "{file}：文件未注明年份，且同一目录中未加载 PPRRVU；请与其 RVU 压缩包一起加载。",
};
