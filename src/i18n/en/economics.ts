/** English messages for the `economics.*` area. */
export const ECONOMICS: Readonly<Record<string, string>> = {};
