/** 代码检索（HCPCS Level II 描述）。 */
export const SEARCH_ZH: Readonly<Record<string, string>> = {
  "search.cptNotSearchable":
    "CPT 描述是 AMA 的授权文本，不在 CMS 的公开文件中，因此未检索 CPT 代码：请填写该操作的 CPT 代码",
  "search.why.found": "通过检索 CMS 的 HCPCS 描述找到 {code}：“{description}”（匹配 {matched}）。",
  "search.warn.weakMatch": "{code} 由检索找到，但匹配较弱：请核实“{description}”是否描述该产品",
  "search.warn.alternatives": "其他可能描述该产品的代码：{list}",
  "search.warn.nocSpecificExists": "填写了 {noc}；{code} 自 {date} 起描述 {description}",
  "search.warn.noMatch": "没有 HCPCS Level II 描述与产品名称或描述匹配",
  "fn.findCode.noData": "FIND_CODE 需要已加载 CMS 的 HCPCS 文件（请先加载参考数据）",
  "fn.findCode.noMatch": "没有 HCPCS Level II 描述与“{text}”匹配",
  "fn.findCode.badCount": "n 必须是 1 到 {max} 的整数；实际为 {got}。",
  "fn.FIND_CODE.description":
    "按 CMS 描述查找与产品名称或描述最匹配的 HCPCS Level II 代码（容错拼写），按行列出代码、描述和匹配分数。CPT 描述受 AMA 授权，无法检索。",
  "fn.FIND_CODE.arg.text": '产品名称或描述，例如 "Keytruda pembrolizumab" 或 "CPAP machine"。',
  "fn.FIND_CODE.arg.n": "列出的代码数，1 到 20。省略时为 3。",
};
