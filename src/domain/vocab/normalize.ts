/**
 * The sheet contract matches headers and values ignoring case, spaces and punctuation
 * (docs/features.md#sheet-contract). Every matcher in the engine goes through this one function so
 * that "510(k) Cleared", "510k-cleared" and "510K CLEARED" are the same key.
 */
export function matchKey(text: string): string {
  return (
    text
      .normalize("NFKC")
      .toLowerCase()
      // Letters of any script survive so Chinese headers and values can be aliases too.
      .replace(/[^\p{L}\p{N}]+/gu, "")
  );
}

/** Levenshtein distance on match keys: used only to suggest the nearest allowed value. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}
