/** Simplified Chinese messages for the `strategy.*` area (missing ids fall back to English). */
export const STRATEGY_ZH: Readonly<Record<string, string>> = {
  "strategy.implication.regulatoryPathway": "注册路径",
  "strategy.implication.reimbursementWorkplan": "医保支付工作计划",
  "strategy.implication.channelModel": "渠道模式",
  "strategy.implication.staffingLevel": "人员配置",
  "strategy.implication.evidenceInvestment": "证据投入",
  "strategy.implication.firstCustomerSegment": "首批客户群",

  "strategy.role.gate.fda-authorisation": "FDA 决定上市许可；在此之前美国的其他关口都不会开启。",
  "strategy.role.gate.benefit-category":
    "只有法定的 Medicare 福利类别才能让 Medicare 付款；没有类别，无论编码如何都无法支付。",
  "strategy.role.gate.cpt-cat-i-application":
    "AMA CPT 编辑委员会决定是否设立第 I 类编码（随后由 RUC 估值）。",
  "strategy.role.gate.cpt-cat-iii-application": "AMA CPT 编辑委员会决定是否设立第 III 类追踪编码。",
  "strategy.role.gate.pla-application":
    "AMA CPT 编辑委员会（PLA 技术咨询组）发放该检测的 PLA 编码。",
  "strategy.role.gate.hcpcs-ii-application":
    "CMS HCPCS 工作组决定是否设立新的二级编码，并提示福利类别。",
  "strategy.role.gate.pdac-code-verification":
    "PDAC 决定产品可用哪个编码计费；DME MAC 只为列名产品付款。",
  "strategy.role.gate.opps-pass-through-application":
    "CMS（OPPS）决定过渡性附加支付资格和新的器械类别。",
  "strategy.role.gate.new-technology-apc-application": "CMS（OPPS）将服务归入新技术 APC 成本区间。",
  "strategy.role.gate.ntap-application": "CMS（IPPS）在年度规则中决定新技术附加支付。",
  "strategy.role.gate.tcet-nomination": "CMS 覆盖部门决定是否接纳该器械进入 TCET。",
  "strategy.role.gate.mac-coverage-lcd":
    "MAC 决定覆盖（LCD），对未列明或承包商定价编码还决定每笔理赔的支付额。",
  "strategy.role.gate.clfs-pricing": "CMS 通过比照定价或 MAC 补缺定价设定 CLFS 价格。",
  "strategy.role.gate.payer-coverage-and-contracting": "商业保险方决定自己的覆盖政策和合同价格。",
  "strategy.role.gate.hospital-value-analysis": "医院价值分析委员会决定医院是否采购该产品。",
  "strategy.role.actor.physician-champion":
    "医师倡导者决定是否使用、开单或处方，并向同行和学会推动。",
  "strategy.role.actor.distributor": "美国经销商决定是否代理该产品以及投入多少销售力度。",
  "strategy.role.actor.privacy-officer": "医疗机构的隐私官可以否决任何处理患者数据的产品。",
  "strategy.role.actor.risk-manager": "医疗机构的风险经理可在责任保险和赔偿条款落实前暂停使用。",

  "strategy.reg.breakthroughPending":
    "与 FDA 突破性器械团队完成上市许可；同步规划覆盖路径（TCET 暂停，RAPID 已宣布），关键性研究须纳入 Medicare 受益人。",
  "strategy.reg.notSubmitted": "先提交 FDA 申请：编码、支付和覆盖申请都需要上市许可。",
  "strategy.reg.pending": "先完成 FDA 许可；按预计决定日期安排编码和支付申请。",
  "strategy.reg.ldt": "作为实验室自建检测（LDT）开展；为 PLA 申请和 MolDX 保留 FDA 状态记录。",
  "strategy.reg.notDevice": "无需 FDA 器械申报；确认服务中使用的器械均已获许可。",
  "strategy.reg.unknown": "先明确 FDA 状态：美国每个关口都会询问。",
  "strategy.reg.authorised": "已获许可：备好 FDA 函件和日期；新颖期从决定日期起算。",

  "strategy.plan.benefitUnsettled":
    "首先确定 Medicare 福利类别：有编码不等于可以获付，请先确认 Medicare 是否覆盖该产品，同时规划商业保险和自费收入。",
  "strategy.plan.dmhtAdhd":
    "自 CY2026 起通过 DMHT 编码为 ADHD 治疗计费：G0552 为每疗程器械供应，G0553/G0554 为治疗管理，须在行为健康诊疗计划下作为附属服务（incident-to）提供，不能作为远程医疗（POS 02/10）计费；A9291 没有 Medicare 福利类别，仅用于商业保险。",
  "strategy.plan.noBenefit":
    "没有福利类别 Medicare 无法支付：规划商业保险和雇主合同，并支持立法改变。",
  "strategy.plan.passThrough":
    "在 3 年新颖期内申请 OPPS 过渡性附加支付（器械类别 C 编码）；先测算三项成本测试。",
  "strategy.plan.ntap":
    "准备 NTAP 申请（10 月初截止；5 月 1 日前获 FDA 许可），附与 MS-DRG 阈值对比的成本分析。",
  "strategy.plan.unlistedBridge":
    "以 {code} 作为临时过渡计费并附完整理赔材料，同时在下一周期申请 {target} 编码。",
  "strategy.plan.newPla":
    "申请 PLA 编码（按季度），随后提出 CLFS 比照或补缺定价建议，并争取 MolDX／MAC 覆盖。",
  "strategy.plan.newCptI":
    "与专科学会一起准备第 I 类申请（从委员会会议到生效约 18 个月），并为 RUC 估值做准备。",
  "strategy.plan.newCptIII":
    "申请第 III 类编码（公布后 6 个月生效），在 5 年失效期内积累数据以转为第 I 类。",
  "strategy.plan.newLevelII":
    "在下一 CMS 周期申请 HCPCS 二级编码（药品按季度，其他项目每半年），并附福利类别论证。",
  "strategy.plan.catIII": "与 MAC 逐笔理赔（承包商定价），并在失效前将第 III 类转为第 I 类。",
  "strategy.plan.pla": "为 PLA 编码争取 CLFS 定价和 MolDX／MAC 覆盖。",
  "strategy.plan.pdac": "上市前取得 PDAC 核验，再满足 DME MAC 的覆盖标准。",
  "strategy.plan.existingLevelII": "使用现有二级编码；按 MAC 政策和支付方合同争取覆盖。",
  "strategy.plan.existingCpt":
    "使用现有 CPT 编码；工作重点是覆盖（LCD／支付方政策）和医疗机构经济性，而非编码。",

  "strategy.channel.commercialDirect":
    "直接面向商业保险、雇主和医疗系统销售；Medicare 渠道无法支付。",
  "strategy.channel.lab": "通过自有 CLIA 实验室或以 PLA 编码计费的美国合作实验室开展。",
  "strategy.channel.dmeSupplier": "通过向 DME MAC 计费的认证 DMEPOS 供应商销售。",
  "strategy.channel.practicePrograms": "向以监测或治疗管理编码计费的诊所销售，并提供上线支持。",
  "strategy.channel.specialtyDistribution":
    "采用专科分销，并为诊所和医院提供\u201c先买后报\u201d支持。",
  "strategy.channel.hospitalDistributor":
    "通过美国经销商和 GPO 合同向医院和 ASC 销售，并提供价值分析资料。",
  "strategy.channel.physicianPractice": "直接或通过经销商向医师诊所销售。",

  "strategy.staff.regulatoryFirst": "当前以注册负责人为主；临近 FDA 决定时再招聘医保支付人员。",
  "strategy.staff.cptProgramme":
    "医保支付负责人加编码顾问、医学事务和专科学会联络人，开展多年期 CPT 项目。",
  "strategy.staff.codingApplication": "医保支付负责人加编码顾问，完成一个申请周期。",
  "strategy.staff.claimsSupport": "现场医保支付支持和理赔热线，支持每一笔未列明／NOC 理赔。",
  "strategy.staff.paymentApplication": "医保支付负责人加卫生经济学支持，完成 CMS 支付申请。",
  "strategy.staff.lean": "精简配置：一名市场准入负责人加现场医保支付支持。",

  "strategy.evidence.commercialValue": "商业保险和雇主据以采购的经济学和结局证据。",
  "strategy.evidence.tcet": "纳入 Medicare 受益人、结局指标经 CMS 和 FDA 认可的关键性研究。",
  "strategy.evidence.catI": "多项不同人群、不同作者的同行评审全文研究。",
  "strategy.evidence.catIII": "早期临床数据，以及为转第 I 类准备的美国研究或登记。",
  "strategy.evidence.pla": "分析有效性和临床有效性，随后为 MolDX／MAC 覆盖准备临床效用证据。",
  "strategy.evidence.sci": "实质性临床改善证据和器械成本数据。",
  "strategy.evidence.levelII": "产品文件以及与现有二级编码区别的证据。",
  "strategy.evidence.coverage": "用于覆盖政策的美国 Medicare 年龄段证据。",

  "strategy.segment.commercialPayers": "商业保险方和自保雇主。",
  "strategy.segment.trialSites": "将纳入 Medicare 年龄段患者的美国临床试验中心。",
  "strategy.segment.passThroughHospitals":
    "开展该手术的医院门诊部和 ASC，趁过渡性附加支付覆盖器械费用之时。",
  "strategy.segment.ntapHospitals": "大手术量的住院中心，NTAP 可抵消成本。",
  "strategy.segment.academicCentres": "愿意以未列明或第 III 类编码计费并积累数据的学术医疗中心。",
  "strategy.segment.orderingSpecialists": "所在地区 MAC 覆盖该检测的开单专科医师。",
  "strategy.segment.dmeSuppliers": "已在为该编码族计费的 DMEPOS 供应商。",
  "strategy.segment.hospitals": "已按现有编码开展该手术的医院。",
  "strategy.segment.practices": "已在使用该编码计费的诊所。",
};
