/** Simplified Chinese messages for the `pane.*` area (missing ids fall back to English). */
export const PANE_ZH: Readonly<Record<string, string>> = {};
