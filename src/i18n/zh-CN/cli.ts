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

  "cli.main.unknownCommand": "reimb：未知命令“{command}”（可用命令：{commands}）",
  "cli.main.unknownOption":
    "reimb：命令前的未知选项“{command}”（可用命令：{commands}；选项：--help、--version）",
  "cli.main.version": "reimb {version}",
  "cli.main.unexpected": "reimb：意外错误：{message}",

  "cli.option.unknown": "reimb {command}：未知选项 {option}。可用选项：{allowed}。",
  "cli.option.missingValue": "reimb {command}：选项 {option} 需要一个值。可用选项：{allowed}。",
  "cli.option.unexpectedValue":
    "reimb {command}：选项 {option} 不带值（请单独写出）。可用选项：{allowed}。",
  "cli.option.repeated": "reimb {command}：选项 {option} 出现了两次；请只写一次。",
  "cli.option.badLang": "reimb {command}：--lang 只能是 {allowed} 之一（收到“{value}”）。",

  "cli.file.missing": "reimb {command}：找不到输入文件：{file}",
  "cli.file.folder": "reimb {command}：{file} 是文件夹，不是工作簿文件。",
  "cli.file.notRegular": "reimb {command}：{file} 不是普通文件（设备或管道）。",
  "cli.file.unreadable": "reimb {command}：无法读取 {file}：{reason}",
  "cli.file.permissionDenied": "没有读取权限",
  "cli.file.xls":
    "reimb {command}：{file} 是 Excel 97-2003 工作簿（.xls）：请在 Excel 中打开并另存为 .xlsx（Excel 工作簿）后重试。",
  "cli.file.csv":
    "reimb {command}：{file} 是文本文件（CSV），不是工作簿：请在 Excel 中打开并另存为 .xlsx（Excel 工作簿）后重试。",
  "cli.file.otherSpreadsheet":
    "reimb {command}：{file} 不是 .xlsx 工作簿：请另存为 .xlsx（Excel 工作簿）后重试。",
  "cli.file.outputExtension":
    "reimb {command}：输出文件 {file} 的扩展名必须是 {allowed}：本命令写出的是 Excel 工作簿，其他扩展名会让文件被当作别的格式打开。",
  "cli.file.sameFile": "reimb {command}：输出将覆盖输入文件 {input}；请用 -o 指定其他路径。",
  "cli.file.outputFolderMissing": "reimb {command}：无法写入 {file}：文件夹 {folder} 不存在。",
  "cli.file.outputIsFolder": "reimb {command}：输出 {file} 是文件夹；请指定一个文件。",
  "cli.file.outputExists":
    "reimb {command}：{file} 已存在，其中可能有写出后您输入的内容（Evidence 的 Status、Owner、Notes，您自己的工作表）。未写入任何内容。请用 -o 写到另一个文件，或使用 --force 重新运行以替换它。若要继续在该文件中工作，请对它运行本命令：其中的 Evidence 和 Strategy 内容会被保留。",

  "cli.data.line": "CMS 数据：{datasets}（来自 {path}，{origin}）。",
  "cli.data.lineNone":
    "CMS 数据：无（{reason}）；基于 CMS 的检查（已删除代码、PFS 状态、NOC）未进行。",
  "cli.data.rejected": "{count} 个文件无法读取，例如 {first}（见 --json）。",
  "cli.data.origin.option": "--data",
  "cli.data.origin.env": "REIMB_DATA_DIR",
  "cli.data.origin.bundle": "构建好的数据包",
  "cli.data.origin.default": "默认文件夹",
  "cli.data.off": "REIMB_NO_REFERENCE=1",
  "cli.data.notFound":
    "没有 REIMB_DATA_DIR 或 --data，{bundle} 处没有构建好的数据包，{folder} 处没有文件夹",
  "cli.data.empty": "{path} 中没有可读取的 CMS 文件",
  "cli.data.failedFallback": "无法读取 {path}：{detail}",
  "cli.data.vintageGiven": "未读取：数据版本由 --vintage 给出",
  "cli.data.noFolder":
    "reimb：CMS 数据文件夹 {folder}（来自 {from}）不存在或不是文件夹。请更正路径，或取消设置以使用构建好的数据包或默认文件夹。",
  "cli.data.emptyFolder":
    "reimb：{folder}（来自 {from}）中没有可读取的 CMS 文件（{rejected} 个文件被拒绝）。请把 CMS 的文件放在那里（npm run data:download），或更正路径。",
  "cli.data.failed": "reimb：无法读取 {path} 中的 CMS 数据：{detail}",

  "cli.classify.usage": [
    "用法：reimb classify <in.xlsx> [选项]",
    "",
    "对 Products 表的每一行分类，并写出工作簿副本：输入列旁加上编码路径列，另有 Evidence 表和 Strategy 表。",
    "",
    "选项：",
    "  -o, --output <out.xlsx>  写到哪里（默认：<in>.classified.xlsx；绝不写入输入文件）",
    "  --json                   在 stdout 以 JSON 输出每行结果（或问题）",
    "  --summary                输出可读的汇总表",
    "  --sheet <name>           从该工作表读取 Products 表",
    "  --as-of <yyyy-mm-dd>     以该日期分类（默认：今天）",
    "  --force                  替换已存在的输出文件，并覆盖非本工具写入的单元格",
    "  --data <folder>          CMS 数据文件夹（默认：REIMB_DATA_DIR，其次构建好的数据包，再次 ../shared/data/cms）",
    "  --lang <en|zh-CN>        消息和写入文本的语言（默认：en）",
    "  -h, --help               显示本帮助",
    "",
    "退出码：0 成功；1 部分行有问题（其余行已分类并写出）；2 用法错误；3 输入文件或 CMS 数据文件夹缺失或不可读；",
    "4 没有可识别的 Products 表；5 未写入：会替换已存在的输出或非本工具写入的单元格（使用 --force）",
  ].join("\n"),
  "cli.share.usage": [
    "用法：reimb share <in.xlsx> -o <out.xlsx> [选项]",
    "",
    "生成发给没有加载项的人的副本：REIMB 公式变为其值，其他公式保持有效，并加一张“About this model”工作表，",
    "说明数据版本、假设和注意事项。输入文件不会被修改。",
    "",
    "选项：",
    "  -o, --output <out.xlsx>  要写出的共享副本（必须不同于输入；也可用 --out）",
    '  --sheets "A,B"           要包含的工作表，用逗号分隔（默认：所有可见工作表）',
    "  -y, --yes                即使部分 REIMB 值过期或出错也共享",
    "  --force                  输出文件已存在时替换它",
    "  --vintage <text>         About 工作表上写明的 CMS 数据版本（默认：已加载的数据）",
    "  --year <yyyy>            假设的支付年度（默认：参数表中最新的年度）",
    "  --locality <text>        数字所用的地区（默认：全国）",
    "  --json                   以 JSON 输出报告",
    "  --data <folder>          CMS 数据文件夹（默认：REIMB_DATA_DIR，其次构建好的数据包，再次 ../shared/data/cms）",
    "  --lang <en|zh-CN>        消息和 About 工作表的语言（默认：en）",
    "  -h, --help               显示本帮助",
    "",
    "退出码：0 已写出；2 用法错误；3 输入文件或 CMS 数据文件夹缺失或不可读；4 --sheets 中的工作表不存在；",
    "5 未写入：数值需要检查（使用 --yes）或输出已存在（使用 --force）；6 无法写出输出",
  ].join("\n"),
  "cli.classify.error.noInput": "reimb classify：未指定输入工作簿。",
  "cli.classify.error.unreadable": "reimb classify：无法将 {file} 作为 .xlsx 工作簿读取：{reason}",
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
  "cli.download.badUrl": "data:download：{url} 不是网址；请给出 CMS 文件的 https:// 地址。",
  "cli.download.notHttps":
    "data:download：已拒绝 {url}：只下载 https:// 地址（通过普通 http 获取的文件可能在传输中被篡改）。",
  "cli.download.redirectedToHttp": "被重定向到 {url}，它不是 https；未保存",
};
