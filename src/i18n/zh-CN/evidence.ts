/** Simplified Chinese messages for the `evidence.*` area (missing ids fall back to English). */
export const EVIDENCE_ZH: Readonly<Record<string, string>> = {};
