/**
 * Code search over HCPCS Level II descriptors (CMS's HCPCS file, long descriptions): what a user
 * writes about a product (a drug name with its biosimilar suffix, a brand, device terms, typos) →
 * ranked codes. Pure: the index is built from descriptor rows by whoever holds them (the reference
 * data builds it lazily, once) and queried here.
 *
 * CPT descriptors are the AMA's licensed text and are not in CMS's public files, so only Level II
 * codes can be found; callers say so where a CPT code would be the answer (`CPT_NOT_SEARCHABLE`).
 *
 * Ranking: every query word is matched against the descriptor vocabulary exactly, as a prefix
 * (≥4 letters), or within one edit (≥5 letters; SymSpell-style deletion index, so a typo costs a
 * few map look-ups, not a scan). A code's score is the share of the query's information (inverse
 * document frequency) its descriptor matches, exact matches counting fully, prefixes 0.8, typos 0.7.
 */
import { tokens } from "./normalize";

export interface CodeDescriptor {
  code: string;
  description: string;
  /** yyyymmdd the code was added, when the file says (HCPCS ADD DT). */
  addDate?: string;
  /** yyyymmdd the code ends, when the file says (HCPCS TERM DT); "" or undefined when active. */
  termDate?: string;
}

export interface CodeMatch {
  code: string;
  description: string;
  addDate?: string;
  /** 0–1: share of the query's information the descriptor matches. */
  score: number;
  /**
   * 0–1: share of the information of the query words CMS's descriptors use at all that this
   * descriptor matches (brand names and indications CMS does not print do not count against it).
   */
  coverage: number;
  /** Query words and the descriptor words they matched ("pembrolizamab→pembrolizumab"). */
  matched: string[];
  /** strong: the query's distinctive words all match; weak: a partial or typo-only match. */
  strength: "strong" | "weak";
}

export interface CodeSearchIndex {
  readonly size: number;
  /** Internal: descriptor rows, token postings, deletion neighbourhoods, sorted vocabulary. */
  readonly rows: readonly CodeDescriptor[];
  readonly postings: ReadonlyMap<string, readonly number[]>;
  readonly deletions: ReadonlyMap<string, readonly string[]>;
  readonly vocabulary: readonly string[];
  /** Each row's information (sum of its words' IDF): a descriptor mostly matched wins ties. */
  readonly weights: readonly number[];
  readonly rowTokens: readonly (readonly string[])[];
}

/** Descriptor words CMS uses for catch-all codes: never a "specific code" answer. */
export const NOC_DESCRIPTOR =
  /\b(not otherwise (classified|specified)|unlisted|unclassified|miscellaneous|noc|nos)\b/i;

/** Catalogue id of the sentence saying CPT descriptors cannot be searched (AMA licence). */
export const CPT_NOT_SEARCHABLE = "search.cptNotSearchable";

function deletes(w: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < w.length; i++) out.push(w.slice(0, i) + w.slice(i + 1));
  return out;
}

/**
 * Build the index from descriptor rows. Rows whose term date is before `activeOn` (yyyymmdd) and
 * catch-all (NOC) rows are left out: a search answers with a code that can be billed and is specific.
 */
export function buildCodeSearchIndex(
  rows: readonly CodeDescriptor[],
  activeOn?: string
): CodeSearchIndex {
  const kept: CodeDescriptor[] = [];
  const postings = new Map<string, number[]>();
  const rowTokens: string[][] = [];
  for (const r of rows) {
    if (activeOn && r.termDate && r.termDate < activeOn) continue;
    if (NOC_DESCRIPTOR.test(r.description)) continue;
    const i = kept.length;
    kept.push(r);
    const ts = tokens(r.description);
    rowTokens.push(ts);
    for (const t of ts) {
      const p = postings.get(t);
      if (p) p.push(i);
      else postings.set(t, [i]);
    }
  }
  const deletions = new Map<string, string[]>();
  for (const t of postings.keys()) {
    if (t.length < 5) continue;
    for (const d of deletes(t)) {
      const list = deletions.get(d);
      if (list) {
        if (!list.includes(t)) list.push(t);
      } else deletions.set(d, [t]);
    }
  }
  const vocabulary = [...postings.keys()].sort();
  const n = kept.length;
  const weights = rowTokens.map((ts) =>
    ts.reduce((sum, t) => sum + Math.log(1 + n / (postings.get(t)?.length ?? n)), 0)
  );
  return { size: n, rows: kept, postings, deletions, vocabulary, weights, rowTokens };
}

/** Vocabulary words a query word may mean, with the weight of each kind of match. */
function candidates(ix: CodeSearchIndex, q: string): Array<[string, number]> {
  const out = new Map<string, number>();
  if (ix.postings.has(q)) out.set(q, 1);
  if (q.length >= 4) {
    // Prefix: binary search the sorted vocabulary for the first word ≥ q.
    let lo = 0;
    let hi = ix.vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ix.vocabulary[mid] < q) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo, n = 0; i < ix.vocabulary.length && n < 50; i++, n++) {
      const w = ix.vocabulary[i];
      if (!w.startsWith(q)) break;
      if (!out.has(w)) out.set(w, 0.8);
    }
  }
  if (q.length >= 5 && !out.has(q)) {
    // One edit: a vocabulary word and the query share a deletion (or one is the other's deletion).
    const keys = [q, ...deletes(q)];
    for (const k of keys) {
      if (ix.postings.has(k) && k.length >= 4 && !out.has(k)) out.set(k, 0.7);
      for (const w of ix.deletions.get(k) ?? []) if (!out.has(w)) out.set(w, 0.7);
    }
  }
  return [...out];
}

/** Ranked matches for `text` (best first), at most `limit`. Empty for an empty or stop-word query. */
export function searchCodes(ix: CodeSearchIndex, text: string, limit = 5): CodeMatch[] {
  const qs = tokens(text);
  if (qs.length === 0 || ix.size === 0 || limit <= 0) return [];
  const n = ix.size;
  const idfOf = (w: string) => Math.log(1 + n / (ix.postings.get(w)?.length ?? n));
  const hits = new Map<number, { s: number; got: number; matched: string[]; typo: boolean }>();
  let total = 0;
  /** Information of the query words some descriptor has (brand names CMS does not print are not). */
  let known = 0;
  for (const q of qs) {
    const cands = candidates(ix, q);
    // A word no descriptor has still counts in the total, at the rarest word's information:
    // a query of unknown words must not score a code highly on its one common word.
    const qIdf = cands.length ? Math.max(...cands.map(([w]) => idfOf(w))) : Math.log(1 + n);
    total += qIdf;
    if (cands.length) known += qIdf;
    const best = new Map<number, [number, string, number]>();
    for (const [w, weight] of cands) {
      const gain = weight * idfOf(w);
      for (const i of ix.postings.get(w) ?? []) {
        const prev = best.get(i);
        if (!prev || prev[0] < gain) best.set(i, [gain, w, idfOf(w)]);
      }
    }
    for (const [i, [gain, w, wIdf]] of best) {
      let e = hits.get(i);
      if (!e) hits.set(i, (e = { s: 0, got: 0, matched: [], typo: false }));
      e.s += gain;
      e.got += wIdf;
      e.matched.push(w === q ? q : `${q}→${w}`);
      if (w !== q && !w.startsWith(q)) e.typo = true;
    }
  }
  const ranked = [...hits.entries()]
    .map(([i, e]) => ({
      i,
      e,
      score: e.s / total,
      // Ties: the descriptor whose own information the query covers most ("Injection, nivolumab"
      // over "nivolumab and relatlimab-rmbw").
      cover: ix.weights[i] > 0 ? Math.min(1, e.got / ix.weights[i]) : 0,
    }))
    .sort(
      (a, b) =>
        b.score - a.score || b.cover - a.cover || (ix.rows[a.i].code < ix.rows[b.i].code ? -1 : 1)
    )
    .slice(0, limit + 1);
  return ranked.slice(0, limit).map(({ i, e, score }, k) => {
    const r = ix.rows[i];
    const next = ranked[k + 1];
    // Strong: the known words are (almost) all matched without typos, and the next code scores less.
    const strong =
      known > 0 &&
      e.s / known >= 0.8 &&
      !e.typo &&
      k === 0 &&
      (next === undefined || next.score < score - 0.05);
    const m: CodeMatch = {
      code: r.code,
      description: r.description,
      score: Math.round(score * 1000) / 1000,
      coverage: Math.round(Math.min(1, e.s / known) * 1000) / 1000,
      matched: e.matched,
      strength: strong ? "strong" : "weak",
    };
    if (r.addDate) m.addDate = r.addDate;
    return m;
  });
}
