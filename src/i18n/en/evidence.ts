/** English messages for the `evidence.*` area. */
export const EVIDENCE: Readonly<Record<string, string>> = {};
