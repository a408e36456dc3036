/**
 * "No user-visible string in zh-CN mode is English except code names and the user's own text": the
 * English words a Chinese cell still shows, once what may stay English is set aside.
 *
 * May stay English:
 * - the user's own text (product names, the values they typed, quoted back in a sentence);
 * - code names: acronyms and codes (CPT, HCPCS, MAC, OPPS, 0691T, E0601, CY2026, 21 CFR…), single
 *   letters (the "C" of "C 编码"), and the proper names below, which Chinese reimbursement writing
 *   keeps in English: the programme Medicare, the MolDX programme, the billing term "incident-to"
 *   (always with its Chinese gloss), and CMS's own file titles (OPPS "Addendum B", "January" release).
 */
const PROPER_NAMES: ReadonlySet<string> = new Set([
  "Medicare",
  "Medicaid",
  "MolDX",
  "incident-to",
  "Addendum",
  "January",
  "April",
  "July",
  "October",
]);

/** Latin-script words of `text` that are not code names, after removing every `userText` from it. */
export function englishWords(text: string, userText: readonly string[] = []): string[] {
  // The repository's own documents, cited by file name and section (docs/reimbursement.md §2.5): names.
  let rest = text.replace(/(?:docs\/)?[\w-]+\.md\b/g, " ");
  // Longest first, so a product name is removed before a shorter value it contains.
  for (const u of [...userText].sort((a, b) => b.length - a.length))
    if (u.trim().length > 1) rest = rest.split(u).join(" ");
  const out: string[] = [];
  for (const m of rest.matchAll(/[A-Za-z][A-Za-z'’-]*/g)) {
    const word = m[0].replace(/[-'’]+$/, "");
    if (word.length <= 1) continue;
    if (/^[A-Z0-9-]+s?$/.test(word)) continue; // an acronym, or its plural ("RVUs")
    if (/^[A-Z][A-Za-z]*[A-Z][A-Za-z]*$/.test(word) && !/^[A-Z][a-z]+$/.test(word)) continue; // MolDX-like
    if (PROPER_NAMES.has(word)) continue;
    out.push(word);
  }
  return out;
}
