/** English messages for the `rows.*` area. */
export const ROWS: Readonly<Record<string, string>> = {};
