/** English messages for the `excel.*` area. */
export const EXCEL: Readonly<Record<string, string>> = {};
