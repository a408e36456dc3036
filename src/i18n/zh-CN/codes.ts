/** Simplified Chinese messages for the `codes.*` area (missing ids fall back to English). */
export const CODES_ZH: Readonly<Record<string, string>> = {};
