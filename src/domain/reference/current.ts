/**
 * The reference data in use by this runtime (shared by the custom functions, the pane and the
 * pathway engine). Hosts load it (bundle, data folder, user's files) and set it here.
 */
import { CmsCodeReference } from "./codeReference";
import { emptyReference, isEmpty, type ReferenceData } from "./model";
import { vintageOf, type Vintage } from "./vintage";

interface Current {
  reference: ReferenceData;
  vintage: Vintage;
  codes: CmsCodeReference;
  /** Why nothing is loaded, when nothing is (shown with every #N/A). */
  reason?: string;
}

function make(reference: ReferenceData, reason?: string): Current {
  const vintage = vintageOf(reference);
  return { reference, vintage, codes: new CmsCodeReference(reference, vintage), reason };
}

let current: Current = make(emptyReference(), "the reference bundle has not been loaded yet");
const listeners = new Set<(v: Vintage) => void>();

export function getReference(): ReferenceData {
  return current.reference;
}

export function getVintage(): Vintage {
  return current.vintage;
}

/** The CodeReference port over the current data (undefined when nothing is loaded). */
export function getCodeReference(): CmsCodeReference | undefined {
  return isEmpty(current.reference) ? undefined : current.codes;
}

/** Why no data is loaded ("" when data is loaded). */
export function noDataReason(): string {
  return isEmpty(current.reference) ? (current.reason ?? "no CMS files were loaded") : "";
}

export function setReference(reference: ReferenceData, reasonIfEmpty?: string): Vintage {
  current = make(reference, reasonIfEmpty);
  for (const l of listeners) l(current.vintage);
  return current.vintage;
}

/** Called with the new vintage whenever the data changes (the pane's vintage line). */
export function onReferenceChange(listener: (v: Vintage) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
