/**
 * Stage "codes", continued: the product's own Level II code found by searching CMS's HCPCS
 * descriptors (src/domain/search) when the row names none, or names a NOC code while a specific
 * code exists. CPT descriptors are licensed and not searchable: a service row without a code is told so.
 */
import { msg } from "../../../i18n/catalogue";
import type { CodeMatch } from "../../search";
import { fired, warn, type Ctx } from "../context";
import { apply, firstOf, type Rule } from "../register";
import { SEARCH_MIN_SCORE } from "../rules";
import { codeFactsOf, ROLE_RULES } from "./codes";

/** yyyymmdd → yyyy-mm-dd. */
function isoDate(d: string | undefined): string {
  return d && /^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}` : (d ?? "");
}

function queryOf(c: Ctx): string {
  const parts = [c.raw.product, c.description].filter(
    (x): x is string => typeof x === "string" && x.trim() !== ""
  );
  return parts.join(" ");
}

/** Roles whose own code is a Level II code a descriptor can name. */
const searchableRole = (c: Ctx): boolean =>
  c.role === "level-ii-product" || c.role === "device-in-procedure";

/** Matches of the product type's own Level II letters, best first (kept on the row's context). */
function matches(c: Ctx): CodeMatch[] {
  let m = c.searchMatches;
  if (m) return m;
  const q = queryOf(c);
  const prefixes = c.typeRule.productPrefixes;
  const all = q && c.ref?.searchCodes ? c.ref.searchCodes(q, 10) : [];
  // Equal scores: the product type's own letters in their order (a drug's J code before its OPPS C code).
  const rank = (x: CodeMatch) => (prefixes === "" ? 0 : prefixes.indexOf(x.code[0]));
  m = all
    .filter((x) => rank(x) >= 0)
    .map((x, i) => ({ x, i }))
    .sort((a, b) => b.x.score - a.x.score || rank(a.x) - rank(b.x) || a.i - b.i)
    .map(({ x }) => x)
    .slice(0, 3);
  c.searchMatches = m;
  return m;
}
const usable = (c: Ctx): CodeMatch | undefined => {
  const top = matches(c)[0];
  return top && top.coverage >= SEARCH_MIN_SCORE ? top : undefined;
};

/** Put the found code first among the Level II codes and decide again which code is the product's. */
function adopt(c: Ctx, m: CodeMatch): void {
  const cf = codeFactsOf(c, m.code);
  c.level2.unshift({ code: m.code, kind: "hcpcs-ii", facts: cf, deleted: cf?.deleted === true });
  c.allCodes = c.cpts.concat(c.level2);
  c.anyCode = true;
  c.productCode = c.serviceCode = c.deciding = undefined;
  c.missingProductCode = false;
  apply(ROLE_RULES, c);
  fired(c, "code-search");
  c.rationale.push(
    msg("search.why.found", {
      code: m.code,
      description: m.description,
      matched: m.matched.join(", "),
    })
  );
  if (m.strength === "weak") {
    warn(c, "search-weak-match", "search.warn.weakMatch", {
      code: m.code,
      description: m.description,
    });
    c.deficits += 1;
  }
  const others = matches(c).filter((x) => x.code !== m.code && x.coverage >= SEARCH_MIN_SCORE);
  if (others.length > 0)
    warn(c, "search-alternatives", "search.warn.alternatives", {
      list: others.map((x) => `${x.code} (${x.description})`).join("; "),
    });
}

export const SEARCH_RULES = firstOf<Ctx>("codes: code search", [
  {
    id: "search.noc-specific-exists",
    says: "A Level II NOC code is given (J3490, J9999, C9399, E1399…) while a descriptor names the product: flag it and use the specific code.",
    when: (c) =>
      searchableRole(c) &&
      c.deciding?.noc !== undefined &&
      c.deciding.kind === "hcpcs-ii" &&
      usable(c) !== undefined,
    then: (c) => {
      const noc = c.deciding!.code;
      const m = usable(c)!;
      fired(c, "noc-specific-exists");
      warn(c, "noc-specific-exists", "search.warn.nocSpecificExists", {
        noc,
        code: m.code,
        description: m.description,
        date: isoDate(m.addDate),
      });
      adopt(c, m);
    },
    source:
      "docs/reimbursement.md §3.3 (NOC codes only while no specific code describes the item); CMS HCPCS file (ADD DT)",
  },
  {
    id: "search.blank-codes",
    says: "No candidate code: the best HCPCS descriptor match of the product's Level II letters is used (confidence −1 when weak; other plausible codes listed).",
    when: (c) => searchableRole(c) && c.codeTexts.length === 0 && usable(c) !== undefined,
    then: (c) => adopt(c, usable(c)!),
    source:
      "docs/reimbursement.md §3 (Level II codes identify products, supplies, DME, drugs); CMS HCPCS file descriptors",
  },
  {
    id: "search.cpt-not-searchable",
    says: "A service, capital equipment or lab row without a code needs a CPT code, whose descriptors are licensed: say so, never guess.",
    when: (c) =>
      c.codeTexts.length === 0 &&
      c.ref?.searchCodes !== undefined &&
      (c.role === "service" || c.role === "capital" || c.role === "lab"),
    then: (c) => {
      fired(c, "cpt-not-searchable");
      warn(c, "cpt-not-searchable", "search.cptNotSearchable");
    },
    source: "docs/reimbursement.md §2 (CPT is the AMA's; descriptors licensed)",
  },
] satisfies Rule<Ctx>[]);
