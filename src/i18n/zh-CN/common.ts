export const COMMON_ZH: Readonly<Record<string, string>> = {
  "common.appName": "美国医保报销建模工具",
  "common.caveat.codeNotCoverage":
    "有编码不等于有覆盖，有覆盖不等于有支付：编码可能存在，但 Medicare 没有可支付的福利类别。",
  "common.caveat.medicareNotCommercial": "数字为 Medicare 全国或地区金额，并非商业保险支付标准。",
  "common.yes": "是",
  "common.no": "否",
};
