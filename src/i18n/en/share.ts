/** English messages for the `share.*` area. */
export const SHARE: Readonly<Record<string, string>> = {};
