/** English messages for `reimb classify --writer` (how the workbook is read and written). */
export const CLI_WRITER: Readonly<Record<string, string>> = {
  "cli.classify.error.badWriter":
    'reimb classify: --writer must be "exceljs" or "package", not "{value}".',
  "cli.classify.error.tableNameClash":
    'reimb classify: sheet "{sheet}" has a table named "{table}", the name of the table the add-in writes on its own "{table}" sheet. Excel table names are unique in a workbook, so nothing was written. Rename that table (Table Design > Table Name) and run again.',
  "cli.compression.silent":
    "the thread compressing the workbook stopped answering for {seconds} s (the machine may be out of memory); nothing was written. Close other programs and run again, or run with --writer exceljs.",
};
