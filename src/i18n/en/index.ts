/**
 * English catalogue parts, one file per area. Ids are namespaced by area (`rows.*`, `pathway.*`,
 * `evidence.*`, `fn.*`, `pane.*`, `cli.*`, `data.*`, `share.*`, `common.*`).
 * Add a part by creating `./<area>.ts` exporting a `Record<string, string>` and listing it here.
 */
import { COMMON } from "./common";

export const EN_PARTS: ReadonlyArray<Readonly<Record<string, string>>> = [COMMON];
