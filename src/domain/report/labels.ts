/**
 * Display text for the engine's ids (gates, owners, routes, audiences, actors) through the
 * catalogue. Each area names its ids under its own prefix; an id with no entry is shown as the id
 * itself so a missing translation is visible rather than a blank cell.
 */
import { hasMessage, LOCALES, t, type Locale } from "../../i18n/catalogue";
import { PATHWAYS, type PathwayId } from "../pathway/types";

/**
 * The label of `id` under the first of `prefixes` that has a message for it, else the id itself.
 * No cache here: the catalogue's `t` keeps each template split once, and a report's few hundred
 * distinct labels cost one key join and two object probes each.
 */
export function labelOf(prefixes: readonly string[], id: string, locale: Locale): string {
  for (const prefix of prefixes) {
    const key = `${prefix}.${id}`;
    if (hasMessage(key)) return t(key, undefined, locale);
  }
  return id;
}

/** The text of a message without parameters. */
export function text(id: string, locale: Locale): string {
  return t(id, undefined, locale);
}

export const GATE_PREFIXES = ["pathway.gate"] as const;
export const OWNER_PREFIXES = ["pathway.owner", "pathway.gateOwner"] as const;
/** Route cells carry their meaning ("Payment: decides how much is paid…"), not the bare word. */
export const ROUTE_PREFIXES = ["report.route", "evidence.route"] as const;
export const AUDIENCE_PREFIXES = ["evidence.audience"] as const;
export const SITE_PREFIXES = ["report.site"] as const;
export const ACTOR_PREFIXES = ["strategy.actor", "pathway.owner", "evidence.audience"] as const;

export function joinList(items: readonly string[], locale: Locale): string {
  return items.join(t("report.list.separator", undefined, locale));
}

/** The Pathway cell's text in a locale (English: PATHWAY_LABELS, what JSON and REIMB.PATHWAY return). */
export function pathwayLabel(id: PathwayId, locale: Locale): string {
  return text(`report.pathway.${id}`, locale);
}

/**
 * The pathway a Pathway cell names, in any locale: the cell begins with its label (how the fill is
 * chosen, so a sorted sheet or a cell the user annotated keeps its colour). Longest label first, so
 * no label is taken for another that it begins.
 */
export function recognisePathwayLabel(cellText: string): PathwayId | undefined {
  const trimmed = cellText.trimStart();
  let best: { id: PathwayId; length: number } | undefined;
  for (const locale of LOCALES)
    for (const id of PATHWAYS) {
      const label = pathwayLabel(id, locale);
      if (trimmed.startsWith(label) && (!best || label.length > best.length))
        best = { id, length: label.length };
    }
  return best?.id;
}
