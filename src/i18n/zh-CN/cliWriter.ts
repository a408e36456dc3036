/** Simplified Chinese messages for `reimb classify --writer` (missing ids fall back to English). */
export const CLI_WRITER_ZH: Readonly<Record<string, string>> = {
  "cli.classify.error.badWriter":
    "reimb classify：--writer 只能是 “exceljs” 或 “package”，而不是 “{value}”。",
};
