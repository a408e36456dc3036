/** Simplified Chinese messages for the `excel.*` area (missing ids fall back to English). */
export const EXCEL_ZH: Readonly<Record<string, string>> = {};
