/** Simplified Chinese messages for the `functions.*` area (missing ids fall back to English). */
export const FUNCTIONS_ZH: Readonly<Record<string, string>> = {};
