/**
 * The reference data in use by this runtime (shared by the custom functions, the pane and the
 * pathway engine). Hosts load it (bundle, data folder, user's files) and set it here.
 */
import { msg, render, type Msg } from "../../i18n/catalogue";
import { CmsCodeReference } from "./codeReference";
import { emptyReference, isEmpty, type ReferenceData } from "./model";
import { vintageOf, type Vintage } from "./vintage";

interface Current {
  reference: ReferenceData;
  vintage: Vintage;
  codes: CmsCodeReference;
  /** Why nothing is loaded, when nothing is (shown with every #N/A); rendered when read, so in the display language. */
  reason?: Msg;
}

/**
 * Why a host left the data empty: a catalogue message (`reference.reason.*`), or a host's own
 * detail text (an exception message), shown inside `reference.reason.detail`.
 */
export type EmptyReason = Msg | string;

function make(reference: ReferenceData, reason?: EmptyReason): Current {
  const vintage = vintageOf(reference);
  const why =
    typeof reason === "string" ? msg("reference.reason.detail", { detail: reason }) : reason;
  return { reference, vintage, codes: new CmsCodeReference(reference, vintage), reason: why };
}

let current: Current = make(emptyReference(), msg("reference.reason.notLoadedYet"));
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

/** Why no data is loaded, as a catalogue message (undefined when data is loaded). */
export function noDataMessage(): Msg | undefined {
  if (!isEmpty(current.reference)) return undefined;
  return current.reason ?? msg("reference.reason.noFiles");
}

/** Why no data is loaded, in the display language ("" when data is loaded). */
export function noDataReason(): string {
  const why = noDataMessage();
  return why ? render(why) : "";
}

export function setReference(reference: ReferenceData, reasonIfEmpty?: EmptyReason): Vintage {
  current = make(reference, reasonIfEmpty);
  for (const l of listeners) l(current.vintage);
  return current.vintage;
}

/** Called with the new vintage whenever the data changes (the pane's vintage line). */
export function onReferenceChange(listener: (v: Vintage) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
