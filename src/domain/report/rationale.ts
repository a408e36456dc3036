/**
 * The rationale as a report reads it: the Products sheet's Rationale cell holds the first few whole
 * sentences (a cell a reader takes in at a glance, not up to a thousand characters), and points to
 * the full reasoning, which the Strategy sheet keeps in its "Full rationale" column, one sheet tab
 * away, in every host (a column is written by both the pane and the CLI; cell notes are not).
 */
import { hasMessage, t, type Locale, type Msg } from "../../i18n/catalogue";

/**
 * How long the short rationale may grow, in characters (the pointer to the full one included). A
 * Chinese character carries about two English characters' meaning, so its budget is half.
 */
export const RATIONALE_BUDGET: Readonly<Record<Locale, number>> = { en: 300, "zh-CN": 150 };

/**
 * Parameters the engine fills with one of its own enumerated values (the benefit category inferred,
 * "hospital service"): shown through the value's label, so a Chinese sentence does not quote English.
 */
const PARAM_LABELS: Readonly<Record<string, string>> = {
  category: "pathway.benefit",
};

/** A rationale or warning message in a locale, its enumerated parameters shown by their labels. */
export function renderReason(m: Msg, locale: Locale): string {
  if (!m.params) return t(m.id, undefined, locale);
  let params = m.params;
  for (const [name, prefix] of Object.entries(PARAM_LABELS)) {
    const value = params[name];
    if (typeof value !== "string") continue;
    const id = `${prefix}.${value}`;
    if (hasMessage(id)) params = { ...params, [name]: t(id, undefined, locale) };
  }
  return t(m.id, params, locale);
}

// Full stops that end an abbreviation, not a sentence.
const ABBREVIATION = /(?:\b(?:e\.g|i\.e|vs|etc|No|U\.S|approx)|\b[A-Z])\.$/;

/** A text's sentences, each keeping its closing punctuation (English ". " and Chinese "。"). */
export function sentencesOf(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    let end = -1;
    if (ch === "。" || ch === "！" || ch === "？") {
      end = i + 1;
      // A closing bracket or quote after the stop belongs to the sentence.
      while (end < text.length && /[）”」』)]/.test(text[end])) end++;
    } else if ((ch === "." || ch === "!" || ch === "?") && /\s/.test(text[i + 1] ?? "")) {
      const head = text.slice(start, i + 1);
      if (ABBREVIATION.test(head)) continue;
      end = i + 1;
    }
    if (end < 0) continue;
    const sentence = text.slice(start, end).trim();
    if (sentence) out.push(sentence);
    start = end;
    i = end - 1;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out;
}

/**
 * The longest head of one sentence that fits `room` characters, cut where a clause ends (after
 * ", ", "; ", ": " or their Chinese forms) or else between words, never inside a word or a number,
 * and marked "…". Undefined when no such cut leaves anything.
 */
function clip(sentence: string, room: number): string | undefined {
  const limit = Math.min(sentence.length, room - 1); // room for the "…"
  const han = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
  let clause = -1;
  let word = -1;
  for (let i = 1; i < limit; i++) {
    const before = sentence[i - 1];
    const here = sentence[i];
    if (/[，；：、]/.test(before) || (/[,;:]/.test(before) && /\s/.test(here))) clause = i;
    // Chinese is written without spaces: any point next to a Chinese character is between words.
    if (/\s/.test(here) || han.test(before) || han.test(here)) word = i;
  }
  const at = clause > 0 ? clause : word;
  if (at <= 0) return undefined;
  const head = sentence.slice(0, at).replace(/[\s,;:，；：、]+$/u, "");
  return head ? `${head}…` : undefined;
}

/**
 * The short rationale: as many of the leading sentences as fit the locale's budget, then `more`
 * (where the full one is). Everything when it all fits (no pointer then). When not even the first
 * sentence fits, its head up to a clause or word boundary.
 */
export function shortRationale(reasons: readonly string[], locale: Locale, more: string): string {
  const separator = t("pathway.separator.sentence", undefined, locale);
  const full = reasons.join(separator);
  const budget = RATIONALE_BUDGET[locale];
  if (full.length <= budget) return full;
  const room = budget - more.length - separator.length;
  const sentences = reasons.flatMap((r) => sentencesOf(r));
  let out = "";
  for (const s of sentences) {
    const next = out ? out + separator + s : s;
    if (next.length > room) break;
    out = next;
  }
  if (!out) out = clip(sentences[0] ?? full, room) ?? "";
  return out ? out + separator + more : more;
}
