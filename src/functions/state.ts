/**
 * State the task pane shares with the functions (one JavaScript runtime: the shared runtime).
 * When the pane loads CMS reference data it hands it here, so REIMB.PATHWAY and REIMB.NEXT_GATE
 * classify with the same data as the pane and give the same answer for the same inputs. The
 * display language is shared through the catalogue's setLocale().
 */
import type { CodeReference } from "../domain/reference/port";

let reference: CodeReference | undefined;

/** Called by the pane (or tests) when reference data is loaded or unloaded. */
export function setFunctionReference(next: CodeReference | undefined): void {
  reference = next;
}

export function functionReference(): CodeReference | undefined {
  return reference;
}
