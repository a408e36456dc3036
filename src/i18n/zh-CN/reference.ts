/** Simplified Chinese messages for the `reference.*` area (missing ids fall back to English). */
export const REFERENCE_ZH: Readonly<Record<string, string>> = {};
