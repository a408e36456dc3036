/** 简体中文：法定除外及可支付的其他付款方（docs/reimbursement.md §7.1）、过渡性附加支付到期（§4.3）、资本与机器人设备及部分契合（§4.4）。 */
export const PAYER_ROUTES_ZH: Readonly<Record<string, string>> = {
  "pathway.why.procedureCodeNotListed":
    "在有自身 CPT 编码的手术中使用的设备，通过该手术的支付回收成本，因此手术的 CPT 编码就是路径；该行未列出此编码，而 CPT 描述受许可保护，无法在此检索：请补充。",
  "pathway.warn.procedureCodeMissing": "未列出手术 CPT 编码：请补充使用该设备的手术编码",
  "pathway.warn.partialFitExisting":
    "{code} 只部分契合，但对设备或打包耗材而言，手术编码仍是路径；只有当服务本身未被描述时才申请新编码（请将契合度标为“不描述”）",
  "pathway.warn.roboticAssistNotMedicare":
    "{code}（机器人手术系统，附加编码）对 Medicare 无效（HCPCS 覆盖代码 I，PFS 状态 I）：Medicare 通过手术自身的 CPT 编码支付机器人成本；只有部分商业保险接受 {code}",
  "pathway.warn.notValidForMedicare":
    "{code} 对 Medicare 无效（S 编码，或 PFS 状态 I / HCPCS 覆盖代码 I）：已搁置；由手术自身的编码承载支付",

  "pathway.why.passThroughAlreadyDrug":
    "{code} 已作为过渡性附加支付药品或生物制品获得支付（CMS 的 {vintage} 中状态指示符为 G）：不再为同一产品申请器械过渡性附加支付；其到期时间见下文。",
  "pathway.why.passThroughEndsInYear":
    "CMS 的 {vintage} 标明 {code}（状态指示符 {si}）的过渡性附加支付在 CY{year} 期间到期（“Drug and Device Pass-Through Expiration during Calendar Year”列）：单独的附加支付最迟于 {year} 年 12 月 31 日结束。",
  "pathway.warn.passThroughEnded":
    "{code}：过渡性附加支付已结束：CMS 的 CY{year} Addendum B 标明其在 CY{year} 期间到期，早于本服务日期；此后器械打包进手术的 APC，药品按其新的状态指示符支付；请核对当前的 Addendum B",
  "pathway.why.passThroughContinues":
    "CMS 的 {vintage} 未标明 {code}（状态指示符 {si}）在 CY{year} 期间到期，因此其过渡性附加支付延续到 CY{next}；文件未给出结束日期，过渡性附加支付状态通常持续 2–3 年（估计）。",
  "pathway.why.passThroughUntilEstimate":
    "CMS 的 {vintage} 未标明 {code}（状态指示符 {si}）在 CY{year} 期间到期，因此其过渡性附加支付延续到 CY{next}。估计：该类别于 {addDate} 加入（HCPCS 文件），过渡性附加支付最长 3 年并在季度末结束，因此最迟于 {end} 结束。",
  "pathway.warn.passThroughEndedEstimate":
    "{code}：过渡性附加支付很可能已结束（估计：类别于 {addDate} 加入，最长 3 年，即至 {end}）；已加载的 Addendum B（CY{year}）早于本服务日期；请核对当前版本",
  "pathway.why.deviceCategoryPassThroughEnded":
    "{code} 在 CMS 的 {vintage} 中状态指示符为 H，并标明其过渡性附加支付在 CY{year} 期间到期：此后该器械类别打包进手术的 APC（不单独支付），与任何附加支付已结束的类别相同。",

  "strategy.plan.statutoryExclusion":
    "Medicare 依法排除此项（SSA §1862(a)）：新编码不会带来 Medicare 支付，因此理赔沿用现有编码，并依靠商业保险、将其作为补充福利的 Medicare Advantage 计划以及自费定价获取收入。若不予覆盖的依据是国家覆盖决定而非法律，则 NCD 复议是唯一的 Medicare 途径。",
  "strategy.channel.otherPayers":
    "通过能够支付的付款方销售：商业保险、Medicare Advantage 计划的补充福利、雇主以及自费（现金）渠道；Medicare 按服务付费不会支付。",
  "strategy.staff.marketAccess":
    "配备市场准入与付款方签约人员（定价、价值档案、与计划谈判），而非 Medicare 编码申请人员。",
  "strategy.evidence.payerValueDossier":
    "面向商业保险和 Medicare Advantage 计划的付款方价值档案（临床价值、预算影响、价格）；Medicare 覆盖证据无法改变法定除外。",
  "strategy.segment.otherPayers":
    "将其作为补充福利提供的 Medicare Advantage 计划、商业保险和雇主，以及自费患者。",

  "evidence.audience.medicare-advantage-plan": "Medicare Advantage 计划",
  "evidence.payer-value-dossier.title": "付款方价值档案：面向可支付计划的临床价值、预算影响和价格",
  "evidence.payer-value-dossier.why":
    "Medicare 依法排除该服务，因此支付来自商业保险、Medicare Advantage 补充福利和自费；各计划依据价值、预算影响和价格采购，而非 Medicare 覆盖证据。",
  "evidence.payer-value-dossier.failure":
    "精力投入到无法带来支付的 Medicare 编码和覆盖工作上，而能够支付的计划缺乏增加该福利或签订费率的依据。",
};
