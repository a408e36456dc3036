/** Simplified Chinese messages for the `economics.*` area (missing ids fall back to English). */
export const ECONOMICS_ZH: Readonly<Record<string, string>> = {};
