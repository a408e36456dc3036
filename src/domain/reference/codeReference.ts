/**
 * The CodeReference port (port.ts) over CMS's files: is the code in this year's files, deleted,
 * its PFS status, is it an unlisted/NOC code, which fee schedules price it, and the benefit
 * category those imply (an inference the engine marks as such).
 */
import type { BenefitCategory } from "../vocab";
import type { CodeFacts, CodeReference } from "./port";
import { baseIndexOf, indexOf, tableOf, years, type ReferenceData } from "./model";
import type { Vintage } from "./vintage";
import { zeroRvuFailure } from "./lookups";
import { buildCodeSearchIndex, searchCodes, type CodeMatch, type CodeSearchIndex } from "../search";

/** Descriptor words CMS uses for catch-all codes (HCPCS Level II long descriptions). */
const NOC =
  /\b(not otherwise (classified|specified)|unlisted|unclassified|miscellaneous|noc|nos)\b/i;

/** DMEPOS categories that are prosthetics/orthotics (PO) or ostomy/urological supplies (OS, prosthetic devices). */
const PROSTHETIC_CATEGORIES = new Set(["PO", "OS"]);

const LETTER_HINTS: Readonly<Record<string, BenefitCategory>> = {
  E: "DME",
  K: "DME",
  L: "prosthetic or orthotic",
  J: "drug",
};

/** Terminated as of the HCPCS file's release: a term date before the first day of its release month. */
export function terminated(termDate: string, year: number, release: string): boolean {
  if (termDate === "") return false;
  const month = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ].indexOf(release);
  const asOf = `${year}${String(month >= 0 ? month + 1 : 12).padStart(2, "0")}01`;
  return termDate < asOf;
}

/** The table of the latest year loaded at or before `year` (else the earliest); latest without a year. */
function tableAsOf<T>(map: Record<string, T>, year: number | undefined): T | undefined {
  if (year === undefined) return tableOf(map);
  const ys = years(map);
  if (ys.length === 0) return undefined;
  const y = [...ys].reverse().find((x) => x <= year) ?? ys[0];
  return map[String(y)];
}

/** Descriptor words compared for "the same descriptor": case, punctuation and spacing aside. */
function descriptorKey(d: string): string {
  return d
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

export class CmsCodeReference implements CodeReference {
  readonly vintage: string;
  constructor(
    private readonly ref: ReferenceData,
    vintage: Vintage
  ) {
    this.vintage = vintage.label;
  }

  /**
   * Facts per code and date of service, computed once: the engine asks about the same few codes
   * for every row. Bounded, because a long Excel session asks with every as-of date a sheet holds
   * (a revenue ramp of REIMB.PAID_FROM cells): cleared when full rather than growing for ever.
   */
  private readonly memo = new Map<string, CodeFacts | undefined>();
  private static readonly MEMO_LIMIT = 20_000;

  lookup(rawCode: string, asOf?: string): CodeFacts | undefined {
    const code = rawCode.trim().toUpperCase();
    const date = asOf && /^\d{4}-\d{2}-\d{2}/.test(asOf) ? asOf.slice(0, 10) : undefined;
    // A code still current has the same facts on every date of its class (dateClass); a deleted
    // one names its replacement, which depends on other codes' termination dates: keyed by date.
    const classKey = date ? `${code}@${this.dateClass(code, date)}` : code;
    const byClass = this.memo.get(classKey);
    if (byClass?.deleted !== true && this.memo.has(classKey)) return byClass;
    const dateKey = `${code}@${date ?? ""}`;
    if (byClass !== undefined && this.memo.has(dateKey)) return this.memo.get(dateKey);
    const computed = this.compute(code, date);
    // Shared between callers, so frozen: nobody can change another row's facts.
    const facts =
      computed &&
      (Object.freeze({
        ...computed,
        feeSchedules: Object.freeze([...computed.feeSchedules]),
        ...(computed.contractorPriced
          ? { contractorPriced: Object.freeze([...computed.contractorPriced]) }
          : {}),
      }) as CodeFacts);
    if (this.memo.size >= CmsCodeReference.MEMO_LIMIT) this.memo.clear();
    // The class entry says "deleted: ask by date" for the next date of the class.
    if (facts?.deleted === true && date !== undefined) {
      if (!this.memo.has(classKey)) this.memo.set(classKey, facts);
      this.memo.set(dateKey, facts);
    } else this.memo.set(classKey, facts);
    return facts;
  }

  /**
   * The facts depend on the date of service only through its year (which year's files answer) and
   * whether the code's HCPCS termination date has passed (compute below), unless the code is deleted
   * (lookup keys those by date): dates alike in both share one entry, so a column of REIMB.PAID_FROM cells with a different as-of date on each row computes
   * each code once per year, not once per date.
   */
  private dateClass(code: string, date: string): string {
    // Every year past the last one loaded reads the same (latest) files, and every year before the
    // first the same (earliest) ones (tableAsOf): a plan dated 2031 shares 2027's entry.
    const [first, last] = this.yearSpan();
    const read = Math.min(Math.max(Number(date.slice(0, 4)), first), last);
    let hcpcs = this.hcpcsByYear.get(read);
    if (hcpcs === undefined && !this.hcpcsByYear.has(read)) {
      hcpcs = tableAsOf(this.ref.hcpcs, read);
      this.hcpcsByYear.set(read, hcpcs);
    }
    const h = hcpcs ? indexOf(hcpcs).get(code) : undefined;
    const term = hcpcs && h !== undefined ? hcpcs.termDate[h] : "";
    return term !== "" && term < date.replace(/-/g, "") ? `${read}-ended` : String(read);
  }

  private span: [number, number] | undefined;
  /** The HCPCS table each clamped year reads (at most one entry per loaded year). */
  private readonly hcpcsByYear = new Map<number, ReferenceData["hcpcs"][string] | undefined>();

  /** The first and last years the datasets `compute` reads are loaded for. */
  private yearSpan(): [number, number] {
    if (this.span) return this.span;
    const r = this.ref;
    const all = [r.pfs, r.hcpcs, r.clfs, r.dmepos, r.pen, r.asc, r.oppsB].flatMap((m) =>
      m ? years(m) : []
    );
    this.span = all.length === 0 ? [0, 0] : [Math.min(...all), Math.max(...all)];
    return this.span;
  }

  private compute(code: string, date?: string): CodeFacts | undefined {
    const r = this.ref;
    const schedules: string[] = [];
    let pfsStatus: string | undefined;
    let deleted = false;
    let hint: BenefitCategory | undefined;
    let noc = false;
    let coverage: string | undefined;
    let oppsSi: string | undefined;
    let passThrough: CodeFacts["passThrough"];

    const contractorPriced: string[] = [];
    let deletion: CodeFacts["deletion"];
    // Each dataset at the year of the date of service (the latest loaded at or before it), or at
    // its latest loaded year without a date: "the current files".
    const year = date ? Number(date.slice(0, 4)) : undefined;
    const pfs = tableAsOf(r.pfs, year);
    const hcpcs = tableAsOf(r.hcpcs, year);
    const clfsT = tableAsOf(r.clfs, year);
    const dmepos = tableAsOf(r.dmepos, year);
    const pen = tableAsOf(r.pen, year);
    const asc = tableAsOf(r.asc, year);
    const oppsB = tableAsOf(r.oppsB, year);
    const pi = pfs ? indexOf(pfs).get(code) : undefined;
    if (pfs && pi !== undefined) {
      pfsStatus = pfs.status[pi];
      if (["A", "R", "T", "C"].includes(pfsStatus)) schedules.push("PFS");
      if (pfsStatus === "C" || zeroRvuFailure(pfs, pi, code, pfs.provenance.year))
        contractorPriced.push("PFS");
      if (pfsStatus === "D" || pfsStatus === "H") {
        deleted = true;
        deletion = { basis: "pfs-status" };
      }
      if (NOC.test(pfs.description[pi])) noc = true;
    }
    // Listed in an earlier year's PFS RVU file, gone from this year's: deleted for this year's
    // dates of service (the RVU file lists every CPT/HCPCS code of the year, with status D for
    // deletions CMS still carries; docs/reimbursement.md §8.10).
    const earlierPfs =
      pfs && pi === undefined
        ? years(r.pfs)
            .filter((y) => y < pfs.provenance.year)
            .reverse()
            .find((y) => indexOf(r.pfs[String(y)]).has(code))
        : undefined;
    if (pfs && earlierPfs !== undefined) {
      deleted = true;
      deletion = { basis: "pfs-dropped", lastListed: earlierPfs, year: pfs.provenance.year };
    }
    const h = hcpcs ? indexOf(hcpcs).get(code) : undefined;
    if (hcpcs && h !== undefined) {
      const term = hcpcs.termDate[h];
      const gone = date
        ? term !== "" && term < date.replace(/-/g, "")
        : terminated(term, hcpcs.provenance.year, hcpcs.provenance.release);
      if (gone) {
        deleted = true;
        deletion = { basis: "hcpcs-term", date: term };
      }
      if (NOC.test(hcpcs.longDescription[h]) || NOC.test(hcpcs.shortDescription[h])) noc = true;
      coverage = hcpcs.coverage[h]?.trim() || undefined;
    }
    const ci = clfsT ? baseIndexOf(clfsT).get(code) : undefined;
    const clfs = ci !== undefined;
    if (clfsT && ci !== undefined) {
      schedules.push("CLFS");
      hint = "clinical lab";
      if (!(clfsT.rate[ci] > 0)) contractorPriced.push("CLFS");
    }
    const dme = [dmepos, pen].find((t) => t !== undefined && baseIndexOf(t).has(code));
    if (dme) {
      schedules.push(dme === pen ? "DMEPOS (PEN)" : "DMEPOS");
      const i = indexOf(dme).get(code) ?? (baseIndexOf(dme).get(code) as number);
      hint =
        hint ??
        (PROSTHETIC_CATEGORIES.has(dme.category[i])
          ? "prosthetic or orthotic"
          : dme === pen
            ? "prosthetic or orthotic"
            : "DME");
    }
    const ai = asc ? indexOf(asc).get(code) : undefined;
    if (asc && ai !== undefined && !Number.isNaN(asc.rate[ai])) schedules.push("ASC");
    const oi = oppsB ? indexOf(oppsB).get(code) : undefined;
    if (oppsB && oi !== undefined) {
      const si = oppsB.statusIndicator[oi];
      oppsSi = si.trim() || undefined;
      if (!Number.isNaN(oppsB.rate[oi])) schedules.push("OPPS");
      if (!hint && (si === "K" || si === "G")) hint = "drug";
      const mark = oppsB.passThroughExpiration?.[oi]?.trim();
      if (mark !== undefined && (mark !== "" || si === "G" || si === "H"))
        passThrough = { year: oppsB.provenance.year, expiresInYear: mark !== "" };
    }
    // Level II codes CMS prices individually (E1399, L2999, J3490) sit in no fee schedule: their
    // letter says which benefit they belong to (docs/reimbursement.md §1, §3.3).
    if (!hint && h !== undefined) hint = LETTER_HINTS[code.charAt(0)];
    if (!hint && schedules.includes("PFS")) hint = "physician service";
    if (!hint && schedules.includes("OPPS")) hint = "hospital service";
    const inCurrentFiles =
      pi !== undefined ||
      h !== undefined ||
      clfs === true ||
      dme !== undefined ||
      ai !== undefined ||
      oi !== undefined;
    if (!inCurrentFiles && earlierPfs === undefined) return undefined;
    const facts: CodeFacts = {
      code,
      inCurrentFiles,
      feeSchedules: schedules,
      vintage: this.vintage,
    };
    if (deleted) facts.deleted = true;
    if (deletion) facts.deletion = deletion;
    const replacement = deleted ? this.replacementOf(code, date) : undefined;
    if (replacement) facts.replacedBy = replacement;
    if (pfsStatus !== undefined) facts.pfsStatus = pfsStatus;
    if (noc) facts.isNotOtherwiseClassified = true;
    if (coverage !== undefined) facts.hcpcsCoverage = coverage;
    if (oppsSi !== undefined) facts.oppsStatusIndicator = oppsSi;
    if (passThrough) facts.passThrough = passThrough;
    if (hint) facts.benefitCategoryHint = hint;
    if (contractorPriced.length > 0) facts.contractorPriced = contractorPriced;
    return facts;
  }

  /**
   * A deleted code's replacement as the files show it: XREF1 of the HCPCS file when that code is
   * itself current, else the one current HCPCS code whose long descriptor is the deleted code's,
   * word for word (several such codes: none is guessed).
   */
  private replacementOf(code: string, date?: string): CodeFacts["replacedBy"] {
    // Two deleted codes pointing at each other must not recurse.
    if (this.resolving.has(code)) return undefined;
    this.resolving.add(code);
    try {
      return this.findReplacement(code, date);
    } finally {
      this.resolving.delete(code);
    }
  }
  private readonly resolving = new Set<string>();

  private findReplacement(code: string, date?: string): CodeFacts["replacedBy"] {
    const year = date ? Number(date.slice(0, 4)) : undefined;
    const h = tableAsOf(this.ref.hcpcs, year);
    const i = h ? indexOf(h).get(code) : undefined;
    if (!h || i === undefined) return undefined;
    const current = (c: string): boolean => {
      const f = this.lookup(c, date);
      return f !== undefined && f.deleted !== true;
    };
    const x = h.xref?.[i];
    if (x && x !== code && current(x)) return { code: x, via: "xref" };
    const key = descriptorKey(h.longDescription[i] || "");
    if (key === "") return undefined;
    const same = h.key.filter(
      (k, j) => k !== code && descriptorKey(h.longDescription[j] || "") === key && current(k)
    );
    return same.length === 1 ? { code: same[0], via: "same-descriptor" } : undefined;
  }

  // --- Code search over HCPCS descriptors (pathway engine, REIMB.FIND_CODE, pane search box). ---
  /** Built on first use, once per loaded reference: most sessions never search. */
  private searchIndex: CodeSearchIndex | undefined;

  searchCodes(text: string, limit = 5): CodeMatch[] {
    const h = tableOf(this.ref.hcpcs);
    if (!h) return [];
    if (!this.searchIndex) {
      const rows = h.key.map((code, i) => ({
        code,
        description: h.longDescription[i] || h.shortDescription[i] || "",
        addDate: h.addDate[i] || undefined,
        termDate: h.termDate[i] || undefined,
      }));
      const y = h.provenance.year;
      this.searchIndex = buildCodeSearchIndex(
        rows.filter((r) => !terminated(r.termDate ?? "", y, h.provenance.release))
      );
    }
    return searchCodes(this.searchIndex, text, limit);
  }

  describe(rawCode: string): { description: string; addDate?: string } | undefined {
    const h = tableOf(this.ref.hcpcs);
    const i = h ? indexOf(h).get(rawCode.trim().toUpperCase()) : undefined;
    if (!h || i === undefined) return undefined;
    const description = h.longDescription[i] || h.shortDescription[i] || "";
    return h.addDate[i] ? { description, addDate: h.addDate[i] } : { description };
  }
}
