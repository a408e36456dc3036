/**
 * The one message catalogue: every user-facing string (pane, CLI, problems, rationale, checklist
 * items, function descriptions) is looked up here by id. Areas keep their entries in their own
 * file under `en/` (and `zh-CN/` as translations arrive) so they can grow independently; this module
 * merges them and fails loudly at test time if two areas claim the same id.
 *
 * Pure: no DOM, no Node. Placeholders are `{name}`.
 */
import { EN_PARTS } from "./en";
import { ZH_CN_PARTS } from "./zh-CN";

export type Locale = "en" | "zh-CN";
export const LOCALES: readonly Locale[] = ["en", "zh-CN"];
export type MessageParams = Readonly<Record<string, string | number>>;

/** A message reference: what the domain returns so each host renders it in the user's locale. */
export interface Msg {
  id: string;
  params?: MessageParams;
}

function merge(parts: ReadonlyArray<Readonly<Record<string, string>>>): {
  messages: Record<string, string>;
  duplicates: string[];
} {
  const messages: Record<string, string> = {};
  const duplicates: string[] = [];
  for (const part of parts) {
    for (const [id, text] of Object.entries(part)) {
      if (id in messages) duplicates.push(id);
      messages[id] = text;
    }
  }
  return { messages, duplicates };
}

const EN = merge(EN_PARTS);
const ZH = merge(ZH_CN_PARTS);

export const CATALOGUE: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en: EN.messages,
  "zh-CN": ZH.messages,
};

/** Ids claimed by more than one area file (a test asserts this is empty). */
export const DUPLICATE_IDS: readonly string[] = [...EN.duplicates, ...ZH.duplicates];

/**
 * The display language of this runtime: host state (the pane and the functions share one runtime,
 * the CLI takes `--lang`), set by the host and read by host code that renders without naming a
 * locale. The domain never reads it: every domain function takes its locale as a parameter
 * (test/architecture checks that).
 */
let currentLocale: Locale = "en";
export function setLocale(locale: Locale): void {
  currentLocale = locale;
}
export function getLocale(): Locale {
  return currentLocale;
}

/** Map an Office/BCP-47 display language ("zh-CN", "zh-Hans-CN", "en-US") to a supported locale. */
export function resolveLocale(tag: string | undefined | null): Locale {
  if (!tag) return "en";
  return /^zh(-hans|-cn|-sg)?/i.test(tag) ? "zh-CN" : "en";
}

/** A locale named exactly (any case), as a `--lang` option gives it; undefined if it is not one we ship. */
export function parseLocale(text: string): Locale | undefined {
  return LOCALES.find((l) => l.toLowerCase() === text.toLowerCase());
}

export function hasMessage(id: string): boolean {
  return id in EN.messages;
}

/** A template split once into literal parts and placeholder names (even index: text, odd: name). */
type Compiled = readonly string[];
/**
 * Templates are split on first use, not when the catalogue loads: splitting all of them up front
 * added tens of milliseconds to every add-in start. A memo of a pure function of the constant
 * catalogue: what it holds never changes what any call returns.
 */
const compiled: Readonly<Record<Locale, Map<string, Compiled>>> = {
  en: new Map(),
  "zh-CN": new Map(),
};

function compile(locale: Locale, id: string): Compiled | undefined {
  const byId = compiled[locale] ?? compiled.en;
  let parts = byId.get(id);
  if (parts) return parts;
  const template = CATALOGUE[locale]?.[id] ?? EN.messages[id];
  if (template === undefined) return undefined;
  parts = template.includes("{") ? template.split(/\{(\w+)\}/g) : [template];
  byId.set(id, parts);
  return parts;
}

/**
 * Render a message. Falls back to English where a translation is missing, and to the id itself
 * (never an empty cell) if the id is unknown, so a missing entry is visible rather than silent.
 * Templates are split once and kept: reports render hundreds of thousands of messages.
 */
export function t(id: string, params?: MessageParams, locale: Locale = currentLocale): string {
  const parts = compile(locale, id);
  if (parts === undefined) return id;
  if (parts.length === 1) return parts[0];
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    out +=
      params !== undefined && Object.prototype.hasOwnProperty.call(params, name)
        ? String(params[name])
        : `{${name}}`;
    out += parts[i + 1];
  }
  return out;
}

export function render(msg: Msg, locale: Locale = currentLocale): string {
  return t(msg.id, msg.params, locale);
}

export function msg(id: string, params?: MessageParams): Msg {
  return params ? { id, params } : { id };
}
