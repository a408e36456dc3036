/** 医院门诊行的 OPPS 状态指示符（docs/reimbursement.md §8.4）。 */
export const OPPS_ZH: Readonly<Record<string, string>> = {
  "pathway.warn.oppsInpatientOnly":
    "{code} 在 OPPS 仅限住院名单上（状态指示符 C，{vintage}）：医院门诊部不能就此获得支付；仅在住院患者身上实施时由 IPPS 向医院支付",
  "pathway.warn.oppsNotPaid":
    "{code}：OPPS 状态指示符 {si}（{vintage}）：OPPS 不支付（E1 不属于任何门诊福利类别，E2 无定价或理赔数据）",
  "pathway.why.oppsComprehensive":
    "{code} 属于综合 APC 操作（状态指示符 {si}，{vintage}）：索赔中的器械、耗材和其他服务打包进其单一支付。",
  "pathway.why.oppsMultipleProcedure":
    "{code} 的 OPPS 状态指示符为 T（{vintage}）：与同日另一更高支付的 T 操作一起计费时按 50% 支付。",
  "pathway.warn.oppsPackagedProduct":
    "{code} 在 OPPS 下打包（状态指示符 N，{vintage}）：产品无单独的医院支付；医院的经济性来自操作的 APC",
};
