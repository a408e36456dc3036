/** Simplified Chinese messages for the `rows.*` area (missing ids fall back to English). */
export const ROWS_ZH: Readonly<Record<string, string>> = {};
