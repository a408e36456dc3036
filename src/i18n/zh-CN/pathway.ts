/** Simplified Chinese messages for the `pathway.*` area (missing ids fall back to English). */
export const PATHWAY_ZH: Readonly<Record<string, string>> = {};
