/** English messages for the `cli.*` area. */
export const CLI: Readonly<Record<string, string>> = {};
