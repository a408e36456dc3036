/**
 * Stage "codes": each candidate code is read by shape, set aside when it can never carry the row
 * (malformed, dental, Category II), looked up in CMS's files, and sorted into CPT and Level II.
 * Then the product type's coding role says which code is the product's and which the service's
 * (docs/reimbursement.md §1: CPT identifies services; Level II products, supplies, DME and drugs).
 */
import { parseCode, splitCodeList, type CodeKind, type CodeShape } from "../../codes/shape";
import { unlistedInfo, type UnlistedCode } from "../../codes/unlisted";
import type { CodeFacts, CodeReference } from "../../reference/port";
import { fired, warn, type CodeView, type Ctx } from "../context";
import { isoDayOfMs, shapeOf, vintageFactsOf } from "../memo";
import { allOf, apply, firstOf, otherwise, type Rule } from "../register";
import {
  CAPITAL_SERVICE_PREFIXES,
  CPT_KINDS,
  DMHT_CODES,
  DTX_UNPAID_CODES,
  HCPCS_COVERAGE_WARNINGS,
  NON_MEDICARE_LETTER,
  PFS_STATUS_WARNINGS,
  RPM_RTM_DEVICE_SUPPLY,
  type CodingRole,
} from "../rules";

/** yyyymmdd → yyyy-mm-dd. */
function isoDate(d: string): string {
  return /^\d{8}$/.test(d) ? `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6)}` : d;
}

/**
 * The as-of date as yyyy-mm-dd: which year's files apply and when terminations take effect.
 * Worked out once per row: every candidate code is looked up on it.
 */
export function asOfDate(c: Ctx): string | undefined {
  if (c.asOfIso === null)
    c.asOfIso = Number.isFinite(c.asOf) ? isoDayOfMs(c.memo, c.asOf) : undefined;
  return c.asOfIso;
}

/** What the loaded files say about `code` on the row's as-of date (the batch's memo asks once per code). */
export function codeFactsOf(c: Ctx, code: string): CodeFacts | undefined {
  const ref = c.ref;
  if (!ref) return undefined;
  return c.memo ? c.memo.codeFacts(ref, code, asOfDate(c)) : ref.lookup(code, asOfDate(c));
}

/** One candidate code on its way through the stage. */
export interface CodeStep {
  c: Ctx;
  shape: CodeShape;
  cf: CodeFacts | undefined;
  view: CodeView;
}

/** Synthesised rows for codes the reference data calls NOC but the curated list does not know. */
function refNoc(code: string, kind: CodeKind): UnlistedCode {
  const cpt = CPT_KINDS.has(kind);
  return {
    code,
    system: cpt ? "CPT" : "HCPCS II",
    family: cpt ? "cptSection" : "levelII",
    bridgeTo: cpt ? "CPT III" : "HCPCS II",
    claimNeeds: cpt ? "codes.claim.unlistedCpt" : "codes.claim.dmeNoc",
    source:
      "docs/reimbursement.md §2.6, §3.3 (not-otherwise-classified codes, as the HCPCS descriptors mark them)",
  };
}

/**
 * Whether the loaded reference includes a PFS RVU file: only then does a Category III code's
 * absence say something (every active Cat III code is listed there, status C).
 */
function refHasPfs(c: Ctx, ref: CodeReference): boolean {
  const v: unknown = ref.vintage;
  return typeof v === "string" && vintageFactsOf(c.memo, v).hasPfs;
}

function readCodes(raw: unknown): string[] {
  if (Array.isArray(raw)) {
    const out: string[] = [];
    for (const x of raw) if (typeof x === "string" || typeof x === "number") out.push(String(x));
    return out;
  }
  if (typeof raw === "string") return splitCodeList(raw);
  return [];
}

/** The first usable code whose letter comes earliest in `prefixes`; else the first usable; else the first. */
export function pickLevelII(codes: CodeView[], prefixes: string): CodeView | undefined {
  for (let i = 0; i < prefixes.length; i++) {
    for (const c of codes) if (c.code[0] === prefixes[i] && !c.deleted) return c;
  }
  for (const c of codes) if (!c.deleted) return c;
  return codes[0];
}

function firstUsable(codes: CodeView[], kind?: CodeKind): CodeView | undefined {
  for (const c of codes) if ((kind === undefined || c.kind === kind) && !c.deleted) return c;
  return kind === undefined ? codes[0] : undefined;
}

function ownLevelII(c: Ctx, prefixes = c.typeRule.productPrefixes): CodeView | undefined {
  return c.level2.length ? pickLevelII(c.level2, prefixes) : undefined;
}

/**
 * A Level II code Medicare does not recognise: an S code (private payers' temporary codes), or one
 * the files mark not valid for Medicare (PFS status I, HCPCS COV I), docs/reimbursement.md §4.4.
 */
export function notValidForMedicare(v: CodeView): boolean {
  if (v.kind !== "hcpcs-ii") return false;
  if (v.code[0] === NON_MEDICARE_LETTER) return true;
  const pfs: unknown = v.facts?.pfsStatus;
  return (
    (typeof pfs === "string" && pfs.trim().toUpperCase() === "I") || v.facts?.hcpcsCoverage === "I"
  );
}

/** Set aside the Level II codes Medicare does not recognise (equipment and procedure devices). */
function medicareLevelII(c: Ctx): void {
  c.notForMedicare = c.level2.filter(notValidForMedicare);
  if (c.notForMedicare.length > 0) c.level2 = c.level2.filter((v) => !notValidForMedicare(v));
}

/** Codes that can never carry the row: warned and set aside (first match). */
export const SET_ASIDE_RULES = firstOf<CodeStep>("codes: set aside", [
  {
    id: "codes.invalid",
    says: "Not a code of any system by its shape: warn, ignore.",
    when: (s) => s.shape.kind === "invalid",
    then: (s) =>
      warn(s.c, "invalid-code", "pathway.warn.invalidCode", { code: s.shape.code.slice(0, 40) }),
    source: "docs/reimbursement.md §1, §2, §3 (code formats)",
  },
  {
    id: "codes.dental",
    says: "A CDT (dental, D-letter) code: warn, ignore; dental codes are the ADA's, not Medicare's medical claim.",
    when: (s) => s.shape.kind === "cdt",
    then: (s) => warn(s.c, "dental-code", "pathway.warn.dentalCode", { code: s.shape.code }),
    source: "docs/reimbursement.md §1 (HCPCS Level II letters; D codes are CDT)",
  },
  {
    id: "codes.cat-ii",
    says: "A CPT Category II code tracks performance and is never paid: warn, ignore.",
    when: (s) => s.shape.kind === "cpt-cat-ii",
    then: (s) => {
      warn(s.c, "cat-ii-not-paid", "pathway.warn.catIINotPaid", { code: s.shape.code });
      fired(s.c, "cat-ii-not-paid");
    },
    source: "docs/reimbursement.md §2 (Category II: performance measurement)",
  },
] satisfies Rule<CodeStep>[]);

/** What CMS's loaded files say about one candidate code (only with reference data). */
export const REFERENCE_RULES = allOf<CodeStep>("codes: reference data", [
  {
    id: "codes.ref-status",
    says: "Reference data is loaded: the code's status in CMS's files is read.",
    when: (s) => s.c.ref !== undefined,
    then: (s) => fired(s.c, "ref-status"),
    source: "docs/reimbursement.md §2.3, §2.6, §8.1 (PFS status indicators)",
  },
  {
    id: "codes.not-in-files",
    says: "The code is in none of the loaded files: warn, confidence −1.",
    when: (s) => s.c.ref !== undefined && !s.cf,
    then: (s) => {
      warn(s.c, "code-not-in-files", "pathway.warn.codeNotInFiles", {
        code: s.view.code,
        vintage: s.c.ref!.vintage,
      });
      s.c.deficits += 1;
    },
    source: "docs/reimbursement.md §1 (a code must exist to be billed)",
  },
  {
    id: "codes.cat-iii-archived",
    says: "A Category III code missing from a loaded PFS RVU file is archived: treated as deleted.",
    when: (s) =>
      s.c.ref !== undefined && !s.cf && s.shape.kind === "cpt-cat-iii" && refHasPfs(s.c, s.c.ref),
    then: (s) => {
      s.view.deleted = true;
      s.view.archived = true;
      fired(s.c, "cat-iii-archived");
    },
    source:
      "docs/reimbursement.md §2.3 (Category III archived 5 years after creation unless converted or extended); judgement: absence from the loaded PFS file is the evidence",
  },
  {
    id: "codes.deleted-for-year",
    says: "Listed in an earlier year's PFS RVU file but not in the file of the date of service's year: deleted for that year (never 'existing, contractor-priced'); warn naming both years.",
    when: (s) => s.cf?.deletion?.basis === "pfs-dropped",
    then: (s) => {
      const d = s.cf!.deletion!;
      warn(s.c, "code-deleted", "pathway.warn.codeDeletedForYear", {
        code: s.view.code,
        year: d.year ?? "",
        lastListed: d.lastListed ?? "",
      });
      fired(s.c, "code-deleted-for-year");
    },
    source:
      "docs/reimbursement.md §3.1, §8.1 (a code in an earlier year's PFS file and not in the current year's is deleted)",
  },
  {
    id: "codes.terminated",
    says: "The HCPCS file's TERM DT is before the date of service: the code is deleted; warn with the date.",
    when: (s) => s.cf?.deletion?.basis === "hcpcs-term",
    then: (s) =>
      warn(s.c, "code-deleted", "pathway.warn.codeTerminated", {
        code: s.view.code,
        date: isoDate(s.cf!.deletion!.date ?? ""),
      }),
    source:
      "docs/reimbursement.md §3.1 (the HCPCS termination date is the last date a code is valid)",
  },
  {
    id: "codes.deleted",
    says: "The files mark the code deleted (PFS status D or H): warn.",
    when: (s) =>
      s.cf !== undefined &&
      s.view.deleted &&
      s.cf.deletion?.basis !== "pfs-dropped" &&
      s.cf.deletion?.basis !== "hcpcs-term",
    then: (s) =>
      warn(s.c, "code-deleted", "pathway.warn.codeDeleted", {
        code: s.view.code,
        vintage: s.cf!.vintage,
      }),
    source: "docs/reimbursement.md §3.1 (HCPCS annual and quarterly updates), §8.1",
  },
  {
    id: "codes.replaced",
    says: "A deleted code whose replacement the files show (HCPCS XREF1, else the one current code with its descriptor word for word): name it; the replacement joins the candidates and can decide.",
    when: (s) => s.view.deleted && s.cf?.replacedBy !== undefined,
    then: (s) => {
      const r = s.cf!.replacedBy!;
      warn(
        s.c,
        "code-replaced",
        r.via === "xref" ? "pathway.warn.codeReplacedXref" : "pathway.warn.codeReplacedSame",
        {
          code: s.view.code,
          replacement: r.code,
        }
      );
      fired(s.c, "code-replaced");
    },
    source:
      "docs/reimbursement.md §3.1 (the HCPCS cross-reference names a terminated code's replacement)",
  },
  {
    id: "codes.pfs-status",
    says: "PFS status N, X, B, I or C changes what the code is worth: warn (C not for Cat III/NOC codes, which carry their own pricing warning; X only when no other schedule pays and the code is not NOC).",
    when: (s) => {
      const cf = s.cf;
      if (!cf || s.view.deleted || !cf.pfsStatus) return false;
      const w = PFS_STATUS_WARNINGS[cf.pfsStatus.trim().toUpperCase()];
      const pricedElsewhere = cf.feeSchedules.some((x) => x !== "PFS");
      return (
        w !== undefined &&
        !(w.code === "pfs-status-c" && (s.shape.kind === "cpt-cat-iii" || s.view.noc)) &&
        !(w.code === "pfs-status-x" && (pricedElsewhere || s.view.noc))
      );
    },
    then: (s) => {
      const w = PFS_STATUS_WARNINGS[s.cf!.pfsStatus!.trim().toUpperCase()];
      warn(s.c, w.code, w.id, { code: s.view.code });
    },
    source: "docs/reimbursement.md §8.1 (PFS status indicators), §2.3, §2.6",
  },
  {
    id: "codes.hcpcs-coverage",
    says: "HCPCS coverage code S, M or I: Medicare will not pay whatever the code's shape suggests; warn.",
    when: (s) =>
      s.cf !== undefined &&
      !s.view.deleted &&
      !!s.cf.hcpcsCoverage &&
      HCPCS_COVERAGE_WARNINGS[s.cf.hcpcsCoverage] !== undefined,
    then: (s) => {
      const w = HCPCS_COVERAGE_WARNINGS[s.cf!.hcpcsCoverage!];
      warn(s.c, w.code, w.id, { code: s.view.code });
    },
    source:
      "docs/reimbursement.md §1, §7.1 (a code is not coverage; the HCPCS coverage code marks statutory non-coverage)",
  },
] satisfies Rule<CodeStep>[]);

/** Read, check and sort every candidate code. */
export function readCandidateCodes(c: Ctx): void {
  c.codeTexts = readCodes(c.raw.candidateCodes);
  for (const text of c.codeTexts) {
    const shape = shapeOf(c.memo, text);
    const code = shape.code;
    const step: CodeStep = {
      c,
      shape,
      cf: undefined,
      view: { code, kind: shape.kind, deleted: false },
    };
    if (apply(SET_ASIDE_RULES, step)) continue;
    const cf = codeFactsOf(c, code);
    let noc = unlistedInfo(code);
    if (!noc && cf?.isNotOtherwiseClassified) noc = refNoc(code, shape.kind);
    step.cf = cf;
    step.view = { code, kind: shape.kind, noc, facts: cf, deleted: cf?.deleted === true };
    apply(REFERENCE_RULES, step);
    if (shape.kind === "hcpcs-ii") c.level2.push(step.view);
    else c.cpts.push(step.view);
    const r = step.view.deleted ? cf?.replacedBy : undefined;
    if (r && !c.codeTexts.includes(r.code)) {
      const rf = codeFactsOf(c, r.code);
      const rv: CodeView = {
        code: r.code,
        kind: parseCode(r.code).kind,
        facts: rf,
        deleted: rf?.deleted === true,
        replaces: code,
      };
      (rv.kind === "hcpcs-ii" ? c.level2 : c.cpts).push(rv);
    }
  }
  c.anyCode = c.cpts.length + c.level2.length > 0;
  c.allCodes = c.cpts.concat(c.level2);
}

/** Which code is the product's, which the service's, and which decides (by coding role). */
export const ROLE_RULES = firstOf<Ctx>("codes: product vs service", [
  {
    id: "codes.role-device-in-procedure",
    says: "Device used in a procedure: its own Level II code (C first for OPPS device categories) is the product's and decides; the CPT code is the service. A Level II code Medicare does not recognise (S codes such as S2900, PFS status I, HCPCS COV I) is set aside.",
    when: (c) => c.role === ("device-in-procedure" satisfies CodingRole),
    then: (c) => {
      medicareLevelII(c);
      c.productCode = ownLevelII(c);
      c.serviceCode = firstUsable(c.cpts);
      c.deciding = c.productCode ?? c.serviceCode;
      if (c.productCode && c.serviceCode) fired(c, "product-code-level-ii");
    },
    source: "docs/reimbursement.md §1, §3 format row (C, E, L, J, Q letters), §3.2, §4.4",
  },
  {
    id: "codes.role-level-ii-product",
    says: "Level II product (DME, O&P, drug, skin substitute, supply): its Level II code decides; with only a CPT code, a packaged supply rides on the CPT, anything else still needs its own code.",
    when: (c) => c.role === "level-ii-product",
    then: (c) => {
      c.productCode = ownLevelII(c);
      c.serviceCode = firstUsable(c.cpts);
      if (c.productCode) {
        c.deciding = c.productCode;
        if (c.serviceCode) fired(c, "product-code-level-ii");
      } else if (c.serviceCode && c.typeRule.packagedWithoutOwnCode) {
        c.deciding = c.serviceCode;
      } else if (c.serviceCode) {
        c.missingProductCode = true;
      }
    },
    source:
      "docs/reimbursement.md §1, §3.2 (packaged supplies; the product itself needs a Level II code)",
  },
  {
    id: "codes.role-capital",
    says: "Capital equipment is never paid on its own: the service's CPT (else a G/C service code) decides; a Level II code Medicare does not recognise (S2900 robotic assistance, PFS status I, HCPCS COV I) is set aside.",
    when: (c) => c.role === "capital",
    then: (c) => {
      medicareLevelII(c);
      c.serviceCode = firstUsable(c.cpts) ?? ownLevelII(c, CAPITAL_SERVICE_PREFIXES);
      c.deciding = c.serviceCode;
    },
    source: "docs/reimbursement.md §4.1 (depreciable equipment excluded), §4.2, §4.4",
  },
  {
    id: "codes.role-lab",
    says: "Lab test: a PLA code first, then any CPT, then its Level II code.",
    when: (c) => c.role === "lab",
    then: (c) => {
      c.deciding = firstUsable(c.cpts, "pla") ?? firstUsable(c.cpts) ?? ownLevelII(c);
      c.productCode = c.deciding;
    },
    source: "docs/reimbursement.md §2.5 (PLA precedence over 8xxxx), §8.7",
  },
  {
    id: "codes.role-dtx",
    says: "Digital therapeutic: a DMHT code (G0552–G0554) first, then A9291, then CPT, then Level II.",
    when: (c) => c.role === "dtx",
    then: (c) => {
      const dmht = c.level2.find((v) => DMHT_CODES.has(v.code));
      const unpaid = c.level2.find((v) => DTX_UNPAID_CODES.has(v.code));
      c.deciding = dmht ?? unpaid ?? firstUsable(c.cpts) ?? ownLevelII(c);
      c.productCode = c.deciding;
    },
    source: "docs/reimbursement.md §7 DMHT, software-only DTx",
  },
  {
    id: "codes.role-service",
    says: "Service (software analysis, monitoring, professional): the CPT code decides; for remote monitoring the device-supply code is the product's.",
    when: otherwise,
    then: (c) => {
      c.deciding = firstUsable(c.cpts) ?? ownLevelII(c);
      c.serviceCode = c.deciding;
      if (c.productType === "remote monitoring")
        c.productCode = c.cpts.find((v) => RPM_RTM_DEVICE_SUPPLY.has(v.code)) ?? c.deciding;
      else if (c.productType && c.productType !== "professional service")
        c.productCode = c.deciding;
    },
    source:
      "docs/reimbursement.md §1 (CPT identifies services), §7 RPM/RTM (device supply 99454, 98976–98978)",
  },
] satisfies Rule<Ctx>[]);
