/** English messages for the `data.*` area. */
export const DATA: Readonly<Record<string, string>> = {};
