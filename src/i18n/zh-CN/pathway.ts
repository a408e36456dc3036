/** Simplified Chinese messages for the `pathway.*` area (missing ids fall back to English). */
export const PATHWAY_ZH: Readonly<Record<string, string>> = {
  "pathway.gate.fda-authorisation": "FDA 上市许可",
  "pathway.gate.benefit-category": "Medicare 福利类别",
  "pathway.gate.cpt-cat-i-application": "CPT 第 I 类编码申请",
  "pathway.gate.cpt-cat-iii-application": "CPT 第 III 类编码申请",
  "pathway.gate.pla-application": "PLA 编码申请",
  "pathway.gate.hcpcs-ii-application": "HCPCS 二级编码申请",
  "pathway.gate.pdac-code-verification": "PDAC 编码核验",
  "pathway.gate.opps-pass-through-application": "OPPS 器械过渡性附加支付申请",
  "pathway.gate.new-technology-apc-application": "新技术 APC 申请",
  "pathway.gate.ntap-application": "IPPS 新技术附加支付（NTAP）申请",
  "pathway.gate.tcet-nomination": "TCET 提名",
  "pathway.gate.mac-coverage-lcd": "MAC 覆盖（LCD／理赔审核）",
  "pathway.gate.clfs-pricing": "CLFS 定价（比照或补缺定价）",
  "pathway.gate.payer-coverage-and-contracting": "商业保险覆盖与签约",
  "pathway.gate.hospital-value-analysis": "医院价值分析委员会",
  "pathway.owner.fda": "FDA",
  "pathway.owner.ama-cpt-panel": "AMA CPT 编辑委员会",
  "pathway.owner.cms-hcpcs-workgroup": "CMS HCPCS 工作组",
  "pathway.owner.cms-opps": "CMS（OPPS）",
  "pathway.owner.cms-ipps": "CMS（IPPS）",
  "pathway.owner.cms-coverage": "CMS（覆盖）",
  "pathway.owner.pdac": "PDAC",
  "pathway.owner.mac": "MAC",
  "pathway.owner.commercial-payer": "商业保险方",
  "pathway.owner.hospital-vac": "医院价值分析委员会",
  "pathway.owner.congress": "国会（立法）",
  "pathway.owner.cms-clfs": "CMS（CLFS）",
  "pathway.separator.sentence": "",
  "pathway.separator.list": "；",
  "pathway.confidence.high": "高",
  "pathway.confidence.medium": "中",
  "pathway.confidence.low": "低",
  "pathway.benefit.inferred": "{category}（推断）",
  "pathway.why.unreadable": "无法读取该行，因此无法判断路径；请检查其单元格。",
  "pathway.why.missingProductCode":
    "{service} 是使用该产品所执行服务的编码，但产品本身需要自己的 HCPCS 二级编码，而表中未列出。",
  "pathway.why.noUsableCode":
    "所列编码均不可用（无效、牙科、第 II 类或已删除），需要查找或申请编码。",
  "pathway.why.noCodeListed": "未列出候选编码：在编码检索证明有现成编码之前，按需要新编码处理。",
  "pathway.why.rpmRtmFamily":
    "未列出编码，但远程监测可使用现有 CPT 远程生理监测编码（99453、99454、99457、99458；2026 年起 99445 和 99470）或远程治疗监测编码（98975–98981；2026 年起 98984–98986）。",
  "pathway.why.dtxDmhtFamily":
    "未列出编码；按 21 CFR 882.5801 获批的器械使用数字心理健康治疗编码 G0552–G0554。",
  "pathway.why.dtxA9291Family":
    "未列出编码；处方数字行为疗法由 A9291 描述，但没有福利类别，Medicare 无法支付。",
  "pathway.why.unlistedBridge":
    "{code} 是未列明／未另分类（NOC）编码：可作为临时过渡，同时申请专用的 {target} 编码。",
  "pathway.why.deletedCode": "{code} 在已加载的 CMS 文件中已删除，不能再用于计费；需要现行编码。",
  "pathway.why.partialFit": "{code} 只部分描述该产品，其不同之处需要新编码。",
  "pathway.why.noFit": "{code} 不能描述该产品，需要新编码。",
  "pathway.why.existingCpt": "{code} 是能描述该服务的现有 CPT 编码。",
  "pathway.why.existingLevelII": "{code} 是能描述该产品的现有 HCPCS 二级编码。",
  "pathway.why.bridgeSuggestion": "在新编码生效前，理赔可使用未列明／NOC 编码 {code}。",
  "pathway.why.productVsService":
    "产品自身的编码是 {product}（HCPCS 二级）；{service} 是使用它所做的手术或服务。",
  "pathway.why.deviceSupplyVsService":
    "器械供应编码 {product} 支付产品本身；{service} 是与之一起报告的服务（均为 CPT 编码）。",
  "pathway.why.dtxDmhtAdhd":
    "未列出编码；自 CY2026 起，数字心理健康治疗编码 G0552–G0554 也适用于 ADHD 数字治疗器械，须作为附属服务（incident-to）按治疗计划提供。",
  "pathway.why.dtxAdhdA9291ToDmht":
    "自 CY2026 起，ADHD 数字治疗器械通过数字心理健康治疗编码 G0552–G0554 支付（在行为健康诊疗计划下作为附属服务（incident-to）提供），而不是通过没有 Medicare 福利类别的 A9291。",
  "pathway.why.catIIIArchived":
    "{code} 是第 III 类编码，但不在已加载的 PFS 文件中：第 III 类编码在设立 5 年后若未转换或延期即被归档，因此它很可能已失效（或尚未生效）；请核实是否已有第 I 类编码替代，否则需要新编码。",
  "pathway.why.benefitNotInferred":
    "未推断 Medicare 福利类别：该行未给出，产品类型和编码也无法确定。",
  "pathway.why.deviceCategoryMaybePassThrough":
    "{code} 是现有的 OPPS 器械类别：若其状态指示符为 H，该器械目前处于过渡性附加支付期（按收费 × 成本收费比减去 APC 中的器械抵扣额支付，无需新申请）；若为 N，则打包在手术的 APC 中。请核对当期 OPPS 附录 B。",
  "pathway.why.deviceCategoryPassThroughSiH":
    "在 CMS 的 {vintage} 中，{code} 的状态指示符为 H：该器械类别在该季度处于过渡性附加支付期，其所描述的器械在医院门诊部单独支付（医院收费 × 成本收费比减去 APC 中的器械抵扣额），无需新申请；附加支付期为 2–3 年，依赖前请核对当期季度文件。",
  "pathway.why.deviceCategoryPackagedSiN":
    "在 CMS 的 {vintage} 中，{code} 的状态指示符为 N：它打包在手术的 APC 中，不单独支付（与未另分类的 C1889 以及附加支付已结束的器械类别相同）。",
  "pathway.why.passThroughCategoryActive":
    "{code} 已是有效的附加支付器械类别（CMS 的 {vintage} 中状态指示符为 H）：对现有类别已描述的器械，CMS 不会新设类别，因此不建议提交附加支付申请；其所描述的器械按 {code} 支付。",
  "pathway.why.deviceCategoryPassThroughOver":
    "{code} 是现有的 OPPS 器械类别，且 FDA 决定已超过 {years} 年（须在 3 年内申请，附加支付最长 3 年），因此该类别下的附加支付已结束：器械打包在手术的 APC 中。",
  "pathway.why.devicePackagedUntilPassThrough":
    "未列出器械的二级编码：目前器械费用包含在 {service} 的支付中（打包支付）；新的过渡性附加支付器械类别可在最长 3 年内对其单独支付。",
  "pathway.why.devicePackaged":
    "未列出器械的二级编码：器械费用包含在 {service} 的支付中（打包支付），因此医疗机构在该支付上的利润决定是否采用。",
  "pathway.why.capitalViaService": "资本设备从不单独支付：医疗机构通过 {service} 的支付回收成本。",
  "pathway.why.benefitInferred":
    "Medicare 福利类别根据产品类型和诊疗场所推断为\u201c{category}\u201d（该行未填写）。",
  "pathway.why.passThroughWindowClosed":
    "FDA 许可已超过 {years} 年，器械已不在 OPPS 过渡性附加支付的新颖期内。",
  "pathway.why.passThrough":
    "在 FDA 许可后 3 年内于医院门诊部或 ASC 使用的植入或插入器械，可申请 OPPS 过渡性附加支付（新的 C 编码器械类别），前提是通过三项成本测试：成本高于 APC 支付的 25%；比 APC 中的器械抵扣额至少高 25%；成本减抵扣额高于 APC 支付的 10%。",
  "pathway.why.passThroughCost":
    "在 FDA 许可后 3 年内于医院门诊部或 ASC 使用的植入或插入器械，可申请 OPPS 过渡性附加支付（新的 C 编码器械类别），前提是其成本（${cost}）通过三项测试：高于 APC 支付的 25%；比 APC 中的器械抵扣额至少高 25%；成本减抵扣额高于 APC 支付的 10%。",
  "pathway.why.passThroughDeadline": "过渡性附加支付申请的 3 年新颖期于 {date} 截止。",
  "pathway.why.ntapFirstYear":
    "最早可获 NTAP 的年度：FY{fy}（须在该财年之前的 5 月 1 日前获得 FDA 许可；申请截止于 {deadlineYear} 年 10 月上旬）。",
  "pathway.why.ntapWindowClosedByDeadline":
    "下一个仍可申请的 NTAP 周期对应 FY{fy}，而该财年开始于 3 年新颖期结束（{date}）之后：该产品很可能已不再被视为 NTAP 意义上的新技术。",
  "pathway.why.catIIINationallyPriced":
    "{code} 在 {vintage} 中的 PFS 状态为 {status}：按医师收费表（RVU）在全国定价，而非由承包商定价。",
  "pathway.why.contractorPhysicianOnlyHopd":
    "{code} 的承包商定价仅适用于医师的理赔；医院门诊部按 OPPS 支付，CMS 可能将第 III 类编码归入临床 APC 或新技术 APC。",
  "pathway.why.contractorPhysicianOnlyAsc":
    "{code} 的承包商定价仅适用于医师的理赔；ASC 的设施费用按 ASC 支付系统支付。",
  "pathway.why.contractorPhysicianOnlyInpatient":
    "{code} 的承包商定价仅适用于医师的理赔；住院费用通过 MS-DRG 支付。",
  "pathway.why.newTechApc":
    "医院门诊部中没有临床 APC 编码的新服务，可通过新技术 APC（按成本区间中点）支付，直到理赔数据足以归入临床 APC。",
  "pathway.why.ntapWindowClosed":
    "FDA 许可已超过 3 年，该产品很可能已不再被视为 NTAP 意义上的新技术。",
  "pathway.why.ntap":
    "住院使用：IPPS 新技术附加支付（超出 MS-DRG 支付部分的 65%，上限为技术成本的 65%）要求新颖性、成本超过 MS-DRG 阈值、实质性临床改善，并在 5 月 1 日前获得 FDA 许可。",
  "pathway.why.tcet":
    "尚未获批的突破性器械可被提名进入新兴技术过渡覆盖（TCET）（每年最多 5 个，约在 FDA 决定前 12 个月提名）。",
  "pathway.why.tcetClosedAuthorised":
    "该突破性器械已获批，TCET（仅在 FDA 许可前开放）不再适用；覆盖需通过 MAC 或 NCD。",
  "pathway.why.pdac": "{code} 是矫形器编码，DME MAC 只为经 PDAC 核验并列名的产品付款。",
  "pathway.why.fdaFirst":
    "FDA 状态为\u201c{status}\u201d：在获得 FDA 上市许可之前，美国的编码、支付和覆盖关口都不会开启。",

  "pathway.warn.unreadableRow": "无法读取该行",
  "pathway.warn.unknownProductType": "产品类型缺失或无法识别：按服务处理",
  "pathway.warn.unknownSite": "诊疗场所缺失或无法识别：未检查与场所相关的支付机制",
  "pathway.warn.invalidCode": "\u201c{code}\u201d不是 CPT 或 HCPCS 编码",
  "pathway.warn.dentalCode": "{code} 是 CDT 牙科编码，不是医疗编码",
  "pathway.warn.catIINotPaid": "{code} 是 CPT 第 II 类编码：仅用于绩效追踪，从不支付",
  "pathway.warn.codeNotInFiles": "{code} 不在已加载的 CMS 文件中（{vintage}）",
  "pathway.warn.codeDeletedForYear":
    "{code} 对 {year} 年的服务日期已删除：CY{lastListed} PFS RVU 文件列有该编码，CY{year} 文件没有",
  "pathway.warn.codeTerminated":
    "{code} 在 HCPCS 文件中已终止（最后有效日期 {date}）：该服务日期不能再用它计费",
  "pathway.warn.codeReplacedXref":
    "{code} 已删除；CMS 的 HCPCS 文件将其交叉引用到 {replacement}（XREF1），已改用该编码",
  "pathway.warn.codeReplacedSame":
    "{code} 已删除；HCPCS 文件中现行的 {replacement} 描述完全相同，已改用该编码",
  "pathway.warn.statutoryExclusion":
    "{code}：Medicare 不承保此服务（{basis}；SSA §1862(a) 法定排除）：编码已存在，新编码也不会带来 Medicare 支付；请转向其他支付方",
  "pathway.warn.codeDeleted": "{code} 在已加载的 CMS 文件中已删除（{vintage}）",
  "pathway.warn.pfsStatusN": "{code}：PFS 状态 N：不予覆盖",
  "pathway.warn.hcpcsCoverageS": "{code}：HCPCS 覆盖代码 S：依法律规定 Medicare 不予覆盖",
  "pathway.warn.hcpcsCoverageM": "{code}：HCPCS 覆盖代码 M：Medicare 不予覆盖",
  "pathway.warn.hcpcsCoverageI": "{code}：HCPCS 覆盖代码 I：Medicare 不予支付（需使用其他编码）",
  "pathway.warn.pfsStatusX": "{code}：PFS 状态 X：法定排除（不属于医师服务），且没有其他收费表支付",
  "pathway.warn.pfsStatusB": "{code}：PFS 状态 B：打包，从不单独支付",
  "pathway.warn.pfsStatusI": "{code}：PFS 状态 I：对 Medicare 无效",
  "pathway.warn.pfsStatusC": "{code}：PFS 状态 C：由承包商定价",
  "pathway.warn.codeFitUnknown": "编码匹配度未知：请确认 {code} 能描述该产品",
  "pathway.warn.noCandidateCode": "未列出候选编码：请进行编码检索",
  "pathway.warn.packagedSupply": "耗材打包在 {code} 中：不单独支付",
  "pathway.warn.catIIIInvestigational": "第 III 类（{code}）：许多商业保险视其为试验性而拒付",
  "pathway.warn.fdaDateFuture": "FDA 决定日期 {date} 晚于评估日期：请核实（新颖期据此计算）",
  "pathway.warn.catIIIContractorPriced":
    "第 III 类：由承包商定价（{code}）；许多商业保险视其为试验性而拒付",
  "pathway.warn.catIIISunset":
    "第 III 类编码 {code} 自创建起 5 年后失效，除非转为第 I 类：请规划第 I 类申请",
  "pathway.warn.c1889Packaged": "C1889 为打包编码（状态指示符 N）：满足器械编辑要求但不单独支付",
  "pathway.warn.rpmNeedsDevice": "远程生理监测需要自动传输数据的 FDA 定义医疗器械",
  "pathway.warn.rtmNoNationalPayment": "{code}：CMS 未为该 RTM 器械编码设定全国支付额",
  "pathway.warn.dmhtRequires8825801":
    "{code} 要求器械按 21 CFR 882.5801（或 2026 年 ADHD 扩展）获批，并在行为健康诊疗计划下作为附属服务（incident-to）提供",
  "pathway.warn.dmhtAdhdInsteadOfA9291":
    "{code}：自 CY2026 起，ADHD 数字治疗器械使用 DMHT 编码 G0552–G0554 计费（G0552 为每疗程器械供应，G0553/G0554 为治疗管理），须在行为健康诊疗计划下作为附属服务（incident-to）提供，不能作为远程医疗（POS 02/10）计费",
  "pathway.warn.codeButNoBenefitCategory": "编码存在但没有 Medicare 福利类别（{code}）",
  "pathway.warn.dmeNotDurable":
    "非耐用：Medicare 的 DME 福利要求设备可反复使用（例如只在患者手机上读取、没有专用接收器的 CGM 不符合）；不推断为 DME 福利类别",
  "pathway.warn.benefitNotInferred":
    "{code} 不属于此类产品通常获付的编码系列：不推断福利类别；在测算 Medicare 收入前，请先核实 Medicare 是否覆盖该编码系列",
  "pathway.warn.snfNotModelled":
    "SNF：未建模 SNF 支付规则；请确认在 SNF 住院期间该产品如何支付、由谁计费",
  "pathway.warn.noBenefitCategory": "没有 Medicare 福利类别：无论编码如何，Medicare 都无法支付",
  "pathway.warn.newnessUnknown": "缺少 FDA 决定日期：未检查过渡性附加支付的新颖期（3 年）",
  "pathway.warn.breakthroughAltRepeal":
    "CMS 已提议废除 NTAP（FY2028 起）及过渡性附加支付的突破性器械替代路径",
  "pathway.warn.tcetPaused":
    "TCET 已暂停接受新提名（2026 年 4 月）；RAPID 路径已宣布但尚未最终确定",
  "pathway.warn.skinSubstituteFlatRate":
    "CY2026：多数皮肤替代物在诊所和医院门诊部按每平方厘米统一费率作为附属耗材（incident-to）支付",
  "pathway.warn.fdaNotAuthorised": "FDA 状态\u201c{status}\u201d：尚未获得上市许可",
  "pathway.warn.catINeedsFda": "CPT 第 I 类要求所涉及的每个器械都已获得 FDA 批准或许可",
  "pathway.warn.fdaStatusMissing": "缺少 FDA 状态",

  "pathway.mechanism.opps-device-pass-through": "OPPS 器械过渡性附加支付",
  "pathway.mechanism.new-technology-apc": "新技术 APC",
  "pathway.mechanism.ipps-ntap": "IPPS NTAP",
  "pathway.mechanism.tcet": "TCET 覆盖",
  "pathway.mechanism.cat-iii-contractor-pricing": "承包商定价",
  "pathway.mechanism.clfs-crosswalk-gapfill": "CLFS 比照定价或补缺定价",
  "pathway.mechanism.dmepos-fee-schedule": "DMEPOS 收费表",
  "pathway.mechanism.asp-drug-payment": "B 部分药品支付（ASP）",
  "pathway.mechanism.skin-substitute-incident-to-rate":
    "皮肤替代物附属（incident-to）统一费率（CY2026）",

  "pathway.benefit.DME": "耐用医疗设备（DME）",
  "pathway.benefit.prosthetic or orthotic": "假肢或矫形器",
  "pathway.benefit.physician service": "医师服务",
  "pathway.benefit.diagnostic test": "诊断检查",
  "pathway.benefit.clinical lab": "临床检验",
  "pathway.benefit.drug": "药品",
  "pathway.benefit.hospital service": "医院服务",
  "pathway.benefit.none": "无",
  "pathway.benefit.unknown": "未知",
  "pathway.benefit.ASC service": "ASC 服务",
};
