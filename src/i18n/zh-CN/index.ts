/**
 * Simplified Chinese parts. Translations arrive area by area; any id missing here falls back to
 * English in `t()`, so a partial translation never shows an empty string.
 */
import { COMMON_ZH } from "./common";

export const ZH_CN_PARTS: ReadonlyArray<Readonly<Record<string, string>>> = [COMMON_ZH];
