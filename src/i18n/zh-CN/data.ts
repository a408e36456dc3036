/** Simplified Chinese messages for the `data.*` area (missing ids fall back to English). */
export const DATA_ZH: Readonly<Record<string, string>> = {};
