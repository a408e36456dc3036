/** English messages for the `codes.*` area. */
export const CODES: Readonly<Record<string, string>> = {};
