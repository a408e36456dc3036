/** Simplified Chinese messages for the `strategy.*` area (missing ids fall back to English). */
export const STRATEGY_ZH: Readonly<Record<string, string>> = {};
