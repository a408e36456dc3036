/** English messages for `reimb classify --writer` (how the workbook is read and written). */
export const CLI_WRITER: Readonly<Record<string, string>> = {
  "cli.classify.error.badWriter":
    'reimb classify: --writer must be "exceljs" or "package", not "{value}".',
};
