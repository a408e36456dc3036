/** English messages for the `reference.*` area. */
export const REFERENCE: Readonly<Record<string, string>> = {};
