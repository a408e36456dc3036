/** English messages for the `pathway.*` area. */
export const PATHWAY: Readonly<Record<string, string>> = {};
