/** English messages for the `functions.*` area. */
export const FUNCTIONS: Readonly<Record<string, string>> = {};
