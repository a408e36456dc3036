/** English messages for the `strategy.*` area. */
export const STRATEGY: Readonly<Record<string, string>> = {};
