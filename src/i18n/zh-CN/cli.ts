/** Simplified Chinese messages for the `cli.*` area (missing ids fall back to English). */
export const CLI_ZH: Readonly<Record<string, string>> = {};
