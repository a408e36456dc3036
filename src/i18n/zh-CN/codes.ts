/** Simplified Chinese messages for the `codes.*` area (missing ids fall back to English). */
export const CODES_ZH: Readonly<Record<string, string>> = {
  "codes.claim.unlistedCpt":
    "未列明编码 {code}：每笔理赔需附说明和病历（操作、必要性、时间、工作量、设备、比照编码）；MAC 人工定价，慢且难以预期",
  "codes.claim.dmeNoc":
    "NOC 编码 {code}：每笔理赔需附项目说明、生产商、型号和价目表或发票；人工审核，常需事先授权",
  "codes.claim.orthosisNos":
    "NOS 编码 {code}：每笔理赔需附说明（项目、生产商、零售价）；由 DME MAC 人工审核",
  "codes.claim.drugNoc":
    "未分类药品 {code}：每笔理赔需写明药名、11 位 NDC 和确切剂量，否则退回无法处理",
  "codes.claim.skinSubstituteNos": "NOS 编码 {code}：支付方会将皮肤替代物 NOS 理赔标记为人工审核",
  "codes.claim.deviceNocOpps":
    "{code} 在 OPPS 中为打包编码（状态 N）：满足器械编辑要求但不单独支付",
  "codes.claim.drugNocOpps": "{code}：OPPS 未分类药品；理赔需写明药名、NDC 和剂量",
};
