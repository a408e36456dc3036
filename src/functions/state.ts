/**
 * The state of this runtime, which the domain does not hold: the CMS reference data in use and
 * what REIMB.PATHWAY / REIMB.NEXT_GATE reuse between cells. Functions and pane run in one
 * JavaScript runtime (the shared runtime), so the cells classify and price with the CMS data the
 * pane loaded and give the same answer as the pane for the same row. Hosts load the data (bundle,
 * data folder, user's files) and set it here; the domain receives it as a parameter. The display
 * language is shared the same way, through the catalogue's setLocale().
 */
import { msg, render, type Msg } from "../i18n/catalogue";
import { ClassifyMemo } from "../domain/pathway";
import { RoadmapMemo } from "../domain/roadmap/plan";
import { CmsCodeReference } from "../domain/reference/codeReference";
import { emptyReference, isEmpty, type ReferenceData } from "../domain/reference/model";
import type { CodeReference } from "../domain/reference/port";
import { vintageOf, type Vintage } from "../domain/reference/vintage";

interface Current {
  reference: ReferenceData;
  vintage: Vintage;
  codes: CmsCodeReference;
  /** Why nothing is loaded, when nothing is (shown with every #N/A); rendered when read, so in the display language. */
  reason?: Msg;
  /** Parsed codes and dates the cells reuse; new with each reference, so nothing outlives its data. */
  memo: ClassifyMemo;
  /**
   * Whether the reference holds no table, asked once when it is set: every REIMB.PATHWAY cell asks,
   * and isEmpty walks year-keyed maps ("2026" is an array index to the engine, so each walk
   * collects the keys afresh: ~0.2 µs a cell). A reference is not modified once set
   * (src/domain/reference/memo.ts relies on the same).
   */
  empty: boolean;
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
  return {
    reference,
    vintage,
    codes: new CmsCodeReference(reference, vintage),
    reason: why,
    memo: new ClassifyMemo(),
    empty: isEmpty(reference),
  };
}

let current: Current = make(emptyReference(), msg("reference.reason.notLoadedYet"));
const listeners = new Set<(v: Vintage) => void>();
let override: CodeReference | undefined;

export function getReference(): ReferenceData {
  return current.reference;
}

export function getVintage(): Vintage {
  return current.vintage;
}

/** The CodeReference port over the current data (undefined when nothing is loaded). */
export function getCodeReference(): CmsCodeReference | undefined {
  return current.empty ? undefined : current.codes;
}

/** Why no data is loaded, as a catalogue message (undefined when data is loaded). */
export function noDataMessage(): Msg | undefined {
  if (!current.empty) return undefined;
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

/** Pin a reference for the functions (tests, embedding); undefined follows the shared data again. */
export function setFunctionReference(next: CodeReference | undefined): void {
  override = next;
}

export function functionReference(): CodeReference | undefined {
  return override ?? getCodeReference();
}

/** What classifying cells may reuse between rows (dropped whenever the data changes). */
export function classifyMemo(): ClassifyMemo {
  return current.memo;
}

/** Parsed dates and calendar cycles REIMB.CODED_FROM / PAID_FROM reuse (independent of the data). */
const roadmap = new RoadmapMemo();
export function roadmapMemo(): RoadmapMemo {
  return roadmap;
}
