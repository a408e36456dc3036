/**
 * Text → search tokens, the same way for descriptors and for what a user types: case and accents
 * folded, punctuation a separator (so a biosimilar's "trastuzumab-anns" is "trastuzumab" + "anns"),
 * a plural "s" dropped, filler words and numbers-with-units left out.
 */
const STOP: ReadonlySet<string> = new Set([
  "a",
  "an",
  "and",
  "or",
  "of",
  "the",
  "for",
  "with",
  "without",
  "to",
  "in",
  "on",
  "per",
  "by",
  "each",
  "any",
  "all",
  "use",
  "used",
  "type",
  "includes",
  "including",
  "mg",
  "mcg",
  "ml",
  "g",
  "unit",
  "units",
  "dose",
  "injection",
  "injectable",
  "other",
  "than",
]);

/** Drop a plural "s" from words long enough that it is one ("sensors" → "sensor", not "gas" → "ga"). */
function stem(w: string): string {
  if (w.length > 4 && w.endsWith("ies")) return w.slice(0, -3) + "y";
  if (
    w.length > 4 &&
    w.endsWith("s") &&
    !w.endsWith("ss") &&
    !w.endsWith("us") &&
    !w.endsWith("is")
  )
    return w.slice(0, -1);
  return w;
}

/**
 * Abbreviations users write and CMS's descriptors spell out (or the reverse), expanded on both sides
 * so "CGM" finds "continuous glucose monitor" and "(cpap)" is found by the spelled-out words.
 */
const EXPAND: Readonly<Record<string, readonly string[]>> = {
  cgm: ["continuous", "glucose", "monitor"],
  cpap: ["continuous", "positive", "airway", "pressure"],
  bipap: ["bi", "level", "respiratory", "assist"],
  bilevel: ["bi", "level"],
  icd: ["implantable", "cardioverter", "defibrillator"],
  tens: ["transcutaneous", "electrical", "nerve", "stimulator"],
  baha: ["auditory", "osseointegrated"],
  wheelchair: ["wheelchair"],
};

export function tokens(text: string): string[] {
  const folded = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();
  const out: string[] = [];
  for (const raw of folded.split(/[^a-z0-9]+/)) {
    if (raw.length < 2 || STOP.has(raw) || /^\d+$/.test(raw)) continue;
    const w = stem(raw);
    if (!out.includes(w)) out.push(w);
    for (const x of EXPAND[w] ?? []) if (!out.includes(x)) out.push(x);
  }
  return out;
}
