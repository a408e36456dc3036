/**
 * Reference data for REIMB.PATHWAY / REIMB.NEXT_GATE. Functions and pane run in one JavaScript
 * runtime (the shared runtime), so the cells classify with the CMS data the pane and the lookup
 * functions loaded (domain/reference/current) and give the same answer as the pane for the same
 * row. The display language is shared the same way, through the catalogue's setLocale().
 */
import type { CodeReference } from "../domain/reference/port";
import { getCodeReference } from "../domain/reference/current";

let override: CodeReference | undefined;

/** Pin a reference for the functions (tests, embedding); undefined follows the shared data again. */
export function setFunctionReference(next: CodeReference | undefined): void {
  override = next;
}

export function functionReference(): CodeReference | undefined {
  return override ?? getCodeReference();
}
