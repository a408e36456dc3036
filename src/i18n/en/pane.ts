/** English messages for the `pane.*` area. */
export const PANE: Readonly<Record<string, string>> = {};
