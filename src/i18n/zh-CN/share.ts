/** Simplified Chinese messages for the `share.*` area (missing ids fall back to English). */
export const SHARE_ZH: Readonly<Record<string, string>> = {};
