/** Simplified Chinese messages for the `cli.*` and `report.*` ids (missing ids fall back to English). */
export const CLI_ZH: Readonly<Record<string, string>> = {
  "report.col.pathway": "编码路径",
  "report.col.targetCodeSystem": "目标编码体系",
  "report.col.productCode": "产品编码",
  "report.col.serviceCode": "服务编码",
  "report.col.bridgeCode": "临时编码",
  "report.col.nextGate": "下一道关口",
  "report.col.gateOwner": "关口负责方",
  "report.col.laterGates": "后续关口",
  "report.col.confidence": "置信度",
  "report.col.benefitCategory": "评估的福利类别",
  "report.col.paymentMechanisms": "支付机制",
  "report.col.rationale": "判定理由",
  "report.col.warnings": "警示",
  "report.col.inputProblems": "输入问题",

  "report.evidence.productId": "产品编号",
  "report.evidence.product": "产品",
  "report.evidence.itemId": "条目编号",
  "report.evidence.item": "证据条目",
  "report.evidence.route": "路径",
  "report.evidence.audience": "面向的决策方",
  "report.evidence.gates": "所需关口",
  "report.evidence.why": "为何重要",
  "report.evidence.failure": "若缺失",
  "report.evidence.status": "状态",
  "report.evidence.owner": "负责人",
  "report.evidence.notes": "备注",
  "report.evidence.stale.notNeeded":
    "此产品的路径已不再需要此条目（因含有您填写的状态、负责人或备注而保留）",
  "report.evidence.stale.notClassified":
    "本次未对该产品分类（已不在 Products 表中，或输入有问题）；因含有您填写的内容而保留",

  "report.strategy.productId": "产品编号",
  "report.strategy.product": "产品",
  "report.strategy.siteOfCare": "诊疗场所",
  "report.strategy.pathway": "编码路径",
  "report.strategy.nextGate": "下一道关口",
  "report.strategy.gateOwner": "关口负责方",
  "report.strategy.laterGates": "后续关口",
  "report.strategy.decisionChain": "决策链",
  "report.strategy.regulatoryPathway": "监管路径",
  "report.strategy.reimbursementWorkplan": "报销工作计划",
  "report.strategy.channelModel": "渠道模式",
  "report.strategy.staffingLevel": "人员配置",
  "report.strategy.evidenceInvestment": "证据投入",
  "report.strategy.firstCustomerSegment": "首批客户群",

  "report.list.separator": "；",
  "report.chain.step": "{actor}：{role}",

  "cli.classify.error.noInput": "reimb classify：未指定输入工作簿。",
  "cli.classify.error.missing": "reimb classify：找不到输入文件：{file}",
  "cli.classify.error.unreadable": "reimb classify：无法将 {file} 作为 .xlsx 工作簿读取：{reason}",
  "cli.classify.error.sameFile":
    "reimb classify：输出将覆盖输入文件 {file}；请用 -o 指定其他路径。",
  "cli.classify.error.noTable":
    "reimb classify：{file} 中没有可识别的 Products 表。必需的表头：{required}。所见表头（工作表“{sheet}”，第 {row} 行）：{seen}",
  "cli.classify.error.noTableNoHeaders":
    "reimb classify：{file} 中没有可识别的 Products 表：没有任何工作表的某一行包含 Products 列名。必需的表头：{required}。所见表头：{seen}",
  "cli.classify.error.conflicts":
    "reimb classify：编码路径列所在位置有 {count} 个单元格包含非本工具写入的值，例如 {examples}。未写入任何内容。请移走这些值，或使用 --force 重新运行以覆盖。",
  "cli.classify.error.tableConflicts":
    "reimb classify：Evidence 或 Strategy 表中有 {count} 个单元格包含非本工具写入的值（不在 Status、Owner、Notes 及您新增的列中），例如 {examples}。未写入任何内容。请把要保留的内容复制到 Notes 或您新增的列中，或使用 --force 重新运行以覆盖。",
  "cli.classify.error.strayCells":
    "reimb classify：Evidence 或 Strategy 工作表上有 {count} 个单元格位于表格之外，重写该工作表时会丢失，例如 {examples}。未写入任何内容。请把它们移入表格（您新增的列会被保留），或使用 --force 重新运行以舍弃它们。",
  "cli.classify.error.notXlsx":
    "reimb classify：无法读取 {file}：它不是 .xlsx 工作簿。请在 Excel 中另存为 .xlsx（Excel 工作簿）后重试。",
  "cli.classify.error.badLang": "reimb classify：--lang 只能是 {allowed} 之一（收到“{value}”）。",
  "cli.classify.error.badAsOf":
    "reimb classify：--as-of 必须是 yyyy-mm-dd 格式的日期（收到“{value}”）。",
  "cli.classify.error.noSheet":
    "reimb classify：{file} 中没有名为“{sheet}”的工作表。现有工作表：{sheets}",
  "cli.classify.problemsHeader": "输入问题（{count}）：",
  "cli.classify.wrote":
    "已写入 {file}：{rows} 行产品中 {classified} 行已分类，{problems} 行有问题。",
  "cli.summary.title": "{file}：{rows} 行产品，{classified} 行已分类，{problems} 行有问题",
  "cli.summary.col.id": "编号",
  "cli.summary.col.product": "产品",
  "cli.summary.col.site": "诊疗场所",
  "cli.summary.col.pathway": "编码路径",
  "cli.summary.col.nextGate": "下一道关口",
  "cli.summary.col.owner": "关口负责方",
  "cli.summary.byPathway": "按编码路径：",
  "cli.summary.output": "输出：{file}",
};
