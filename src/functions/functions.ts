/**
 * Custom functions (namespace REIMB, set in manifest.xml). The JSDoc here is the source of the
 * generated functions.json (custom-functions-metadata-plugin). Filled in by the functions issue.
 */

/**
 * Version of the reimbursement engine loaded in this workbook.
 * @customfunction VERSION
 * @returns The add-in version.
 */
export function version(): string {
  return "0.1.0";
}
