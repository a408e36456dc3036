/**
 * The pathway classifier: one product row → one of the four pathways, with target code system,
 * gates, payment mechanisms, benefit category, rationale, warnings and confidence.
 *
 * It walks the tables in rules.ts; the order of the steps below mirrors how a reimbursement
 * adviser reasons: which code is the product's, does it describe the product, what temporary
 * code bridges the gap, which payment mechanism the site of care offers, and which gate opens first.
 * Never throws: input comes from spreadsheets and from REIMB.PATHWAY cells, so anything can arrive.
 */
import { msg, type Msg } from "../../i18n/catalogue";
import { parseCode, splitCodeList, type CodeKind, type CodeShape } from "../codes/shape";
import { unlistedForSection, unlistedInfo, type UnlistedCode } from "../codes/unlisted";
import type { ProductFacts } from "../product";
import type { CodeFacts, CodeReference } from "../reference/port";
import {
  BENEFIT_CATEGORIES,
  CODE_FITS,
  FDA_AUTHORISED,
  FDA_STATUSES,
  PRODUCT_TYPES,
  SITES_OF_CARE,
  type BenefitCategory,
  type CodeFit,
  type FdaStatus,
  type ProductType,
  type SiteOfCare,
} from "../vocab";
import {
  ADHD_WORDS,
  BENEFIT_INFERENCE,
  CAT_I_ESTABLISHED_YEARS,
  DMHT_ADHD_FROM,
  DMHT_CODES,
  DTX_UNPAID_CODES,
  FACILITY_SITES,
  FDA_NOT_AUTHORISED,
  GATE_RULES,
  MECHANISM_GATE,
  NTAP_NEWNESS_YEARS,
  OPPS_SI_PACKAGED,
  OPPS_SI_PASS_THROUGH,
  PASS_THROUGH_MAX_YEARS,
  PASS_THROUGH_NEWNESS_YEARS,
  PDAC_L_RANGE,
  HCPCS_COVERAGE_WARNINGS,
  PFS_STATUS_WARNINGS,
  PRODUCT_TYPE_RULES,
  RPM_CODES,
  RTM_CODES,
  RTM_NO_NATIONAL_PAYMENT,
  RPM_RTM_DEVICE_SUPPLY,
  SKIN_SUB_APPLICATION,
  TARGET_GATE,
  UNKNOWN_TYPE_RULE,
  type ProductTypeRule,
  type RuleId,
} from "./rules";
import {
  PATHWAY_LABELS,
  type Classification,
  type Confidence,
  type GateId,
  type PathwayId,
  type PaymentMechanism,
  type TargetCodeSystem,
  type Warning,
} from "./types";

export interface ClassifyOptions {
  /** ISO date (yyyy-mm-dd) used for newness windows; default: today. */
  asOf?: string;
}

interface CodeView {
  code: string;
  kind: CodeKind;
  noc?: UnlistedCode;
  facts?: CodeFacts;
  deleted: boolean;
  /** A Category III code the loaded PFS file no longer lists (domain.md §2.3 sunset). */
  archived?: boolean;
}

const PRODUCT_TYPE_SET: ReadonlySet<string> = new Set(PRODUCT_TYPES);
const SITE_SET: ReadonlySet<string> = new Set(SITES_OF_CARE);
const FIT_SET: ReadonlySet<string> = new Set(CODE_FITS);
const FDA_SET: ReadonlySet<string> = new Set(FDA_STATUSES);
const BENEFIT_SET: ReadonlySet<string> = new Set(BENEFIT_CATEGORIES);
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
const MS_PER_YEAR = 365.25 * 24 * 3600 * 1000;
const CPT_KINDS: ReadonlySet<CodeKind> = new Set<CodeKind>([
  "cpt-cat-i",
  "cpt-cat-iii",
  "pla",
  "maaa",
]);

/** Synthesised rows for codes the reference data calls NOC but the curated list does not know. */
function refNoc(code: string, kind: CodeKind): UnlistedCode {
  const cpt = CPT_KINDS.has(kind);
  return {
    code,
    system: cpt ? "CPT" : "HCPCS II",
    family: cpt ? "cptSection" : "levelII",
    bridgeTo: cpt ? "CPT III" : "HCPCS II",
    claimNeeds: cpt ? "codes.claim.unlistedCpt" : "codes.claim.dmeNoc",
    source: "src/domain/reference/port.ts isNotOtherwiseClassified; domain.md §2.6, §3.3",
  };
}

function parseIsoMs(text: unknown): number | undefined {
  if (typeof text !== "string") return undefined;
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return Number.isFinite(ms) ? ms : undefined;
}

const DMHT_ADHD_FROM_MS = parseIsoMs(DMHT_ADHD_FROM) ?? 0;

/**
 * Whether the loaded reference includes a PFS RVU file: only then does a Category III code's
 * absence say something (every active Cat III code is listed there, status C). Cached per port.
 */
let lastRef: CodeReference | undefined;
let lastRefHasPfs = false;
function refHasPfs(ref: CodeReference): boolean {
  if (ref !== lastRef) {
    lastRef = ref;
    const v: unknown = ref.vintage;
    lastRefHasPfs = typeof v === "string" && v.includes("PFS");
  }
  return lastRefHasPfs;
}

/**
 * Parsed-code cache: a workbook repeats the same few hundred codes, and parseCode normalises
 * Unicode on every call. Bounded so hostile input cannot grow it without limit.
 */
const SHAPES = new Map<string, CodeShape>();
function shapeOf(text: string): CodeShape {
  let s = SHAPES.get(text);
  if (s === undefined) {
    s = parseCode(text);
    if (SHAPES.size > 5000) SHAPES.clear();
    SHAPES.set(text, s);
  }
  return s;
}

const DATES = new Map<string, number | undefined>();
function dateMs(text: string): number | undefined {
  if (DATES.has(text)) return DATES.get(text);
  const ms = parseIsoMs(text);
  if (DATES.size > 5000) DATES.clear();
  DATES.set(text, ms);
  return ms;
}

let lastAsOfText: string | undefined;
let lastAsOfMs: number | undefined;
function asOfMs(text: string | undefined): number {
  if (text === undefined) return Date.now();
  if (text !== lastAsOfText) {
    lastAsOfText = text;
    lastAsOfMs = parseIsoMs(text);
  }
  return lastAsOfMs ?? Date.now();
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

function pickLevelII(codes: CodeView[], prefixes: string): CodeView | undefined {
  for (let i = 0; i < prefixes.length; i++) {
    for (const c of codes)
      if (c.code.charCodeAt(0) === prefixes.charCodeAt(i) && !c.deleted) return c;
  }
  for (const c of codes) if (!c.deleted) return c;
  return codes[0];
}

function firstUsable(codes: CodeView[], kind?: CodeKind): CodeView | undefined {
  for (const c of codes) if ((kind === undefined || c.kind === kind) && !c.deleted) return c;
  return kind === undefined ? codes[0] : undefined;
}

/** "12,000": locale-independent so the same text appears in every host and test. */
function wholeDollars(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** ISO date `years` after `ms` (the pass-through newness window's end, domain.md §4.1). */
function isoPlusYears(ms: number, years: number): string {
  const d = new Date(ms);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

/**
 * First fiscal year an NTAP can start for a technology authorised on `ms`, judged on `asOfMs`
 * (domain.md §5): the FDA authorisation must be in hand by May 1 before the fiscal year (which
 * starts October 1), and the application is due in early October about one year before it
 * (FY2026: Oct 7 2024, i.e. October of FY−2). The exact day moves each year, so the deadline is
 * taken as October 1 of FY−2: an as-of date in October already counts as past it (conservative).
 */
function ntapFirstFiscalYear(ms: number, asOfMs: number): number {
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  const byMayFirst = d.getUTCMonth() < 4 || (d.getUTCMonth() === 4 && d.getUTCDate() === 1);
  const fdaFy = byMayFirst ? y + 1 : y + 2;
  const a = new Date(asOfMs);
  // Deadline of FY = October 1 of FY−2; still ahead when as-of is before October of that year.
  const deadlineFy = a.getUTCFullYear() + (a.getUTCMonth() < 9 ? 2 : 3);
  return Math.max(fdaFy, deadlineFy);
}

/** October 1 of FY−1: the first day of federal fiscal year `fy`. */
function fiscalYearStartMs(fy: number): number {
  return Date.UTC(fy - 1, 9, 1);
}

function plusYearsMs(ms: number, years: number): number {
  const d = new Date(ms);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.getTime();
}

/**
 * How CMS prices an existing Category III code (domain.md §2.3, §8.1): `generic` without a PFS
 * status (no reference data, or a file without the code's PFS row): §2.3's contractor pricing;
 * otherwise the loaded PFS status decides: C contractor, A/R/T national RVUs, anything else
 * (N, B, I, X…) no separate PFS payment, which its own status warning already says.
 */
type CatIIIPricing = "generic" | "contractor" | "national" | "not-paid";
const PFS_NATIONALLY_PRICED: ReadonlySet<string> = new Set(["A", "R", "T"]);
function catIIIPricingOf(view: CodeView): CatIIIPricing {
  const raw: unknown = view.facts?.pfsStatus;
  if (typeof raw !== "string" || raw.trim() === "") return "generic";
  const s = raw.trim().toUpperCase();
  if (s === "C") return "contractor";
  return PFS_NATIONALLY_PRICED.has(s) ? "national" : "not-paid";
}

type FacilitySite = "hospital outpatient" | "ASC" | "inpatient";
const FACILITY_CONTRACTOR_NOTE: Readonly<Record<FacilitySite, string>> = {
  "hospital outpatient": "pathway.why.contractorPhysicianOnlyHopd",
  ASC: "pathway.why.contractorPhysicianOnlyAsc",
  inpatient: "pathway.why.contractorPhysicianOnlyInpatient",
};

/** The code's OPPS status indicator from Addendum B, normalised; undefined without reference data. */
function oppsSi(view: CodeView | undefined): string | undefined {
  const si: unknown = view?.facts?.oppsStatusIndicator;
  return typeof si === "string" && si.length > 0 ? si.trim().toUpperCase() : undefined;
}

/**
 * The Addendum B part of a vintage ("OPPS Addendum B CY2025 January"), so the rationale names the
 * quarter the status indicator comes from rather than every loaded file. Cached: one string per port.
 */
let lastVintage: string | undefined;
let lastOppsVintage = "";
function oppsVintage(vintage: unknown): string {
  if (typeof vintage !== "string") return "";
  if (vintage !== lastVintage) {
    lastVintage = vintage;
    const part = vintage.split("; ").find((p) => p.includes("Addendum B"));
    lastOppsVintage = part ?? vintage;
  }
  return lastOppsVintage;
}

function levelIINumber(code: string): number {
  return Number(code.slice(1));
}

/** Classify one product row. Never throws. */
export function classify(
  facts: ProductFacts,
  ref?: CodeReference,
  options?: ClassifyOptions
): Classification {
  try {
    return classifyRow(facts, ref, options);
  } catch {
    // Only reachable through a defect or a hostile object (getters that throw); say so, do not crash a batch.
    return {
      pathway: "new-code",
      pathwayLabel: PATHWAY_LABELS["new-code"],
      targetCodeSystem: "none",
      nextGate: "payer-coverage-and-contracting",
      gateOwner: GATE_RULES["payer-coverage-and-contracting"].owner,
      laterGates: [],
      paymentMechanisms: [],
      benefitCategory: { value: "unknown", inferred: true },
      rationale: [msg("pathway.why.unreadable")],
      warnings: [{ code: "unreadable-row", id: "pathway.warn.unreadableRow" }],
      confidence: "low",
      ruleIds: [],
    };
  }
}

function classifyRow(
  facts: ProductFacts,
  ref: CodeReference | undefined,
  options: ClassifyOptions | undefined
): Classification {
  const f = (facts ?? {}) as Partial<Record<keyof ProductFacts, unknown>>;
  const rationale: Msg[] = [];
  const warnings: Warning[] = [];
  const ruleIds: RuleId[] = [];
  let deficits = 0;
  const warn = (code: string, id: string, params?: Msg["params"]) => {
    for (const w of warnings)
      if (w.code === code && (w.params?.code ?? "") === (params?.code ?? "")) return;
    warnings.push(params ? { code, id, params } : { code, id });
  };
  const rule = (id: RuleId) => {
    if (!ruleIds.includes(id)) ruleIds.push(id);
  };

  // --- Read the facts defensively (typed input may still carry arbitrary cell text). ---
  const productType =
    typeof f.productType === "string" && PRODUCT_TYPE_SET.has(f.productType)
      ? (f.productType as ProductType)
      : undefined;
  const site =
    typeof f.siteOfCare === "string" && SITE_SET.has(f.siteOfCare)
      ? (f.siteOfCare as SiteOfCare)
      : undefined;
  const fit: CodeFit | undefined =
    typeof f.codeFit === "string" && FIT_SET.has(f.codeFit) ? (f.codeFit as CodeFit) : undefined;
  const fda =
    typeof f.fdaStatus === "string" && FDA_SET.has(f.fdaStatus)
      ? (f.fdaStatus as FdaStatus)
      : undefined;
  const givenBenefit =
    typeof f.benefitCategory === "string" &&
    BENEFIT_SET.has(f.benefitCategory) &&
    f.benefitCategory !== "unknown"
      ? (f.benefitCategory as BenefitCategory)
      : undefined;
  const breakthrough = f.breakthrough === true;
  const description = typeof f.description === "string" ? f.description : "";
  const typeRule: ProductTypeRule = productType
    ? PRODUCT_TYPE_RULES[productType]
    : UNKNOWN_TYPE_RULE;
  const role = typeRule.role;
  const implanted = f.implanted === true || (productType === "implant" && f.implanted !== false);
  // §7 DME: equipment must withstand repeated use; the row says it does not (phone-only CGM display).
  const nonDurable = productType === "home-use durable equipment" && f.durableHomeUse === false;
  if (!productType) {
    warn("unknown-product-type", "pathway.warn.unknownProductType");
    deficits += 2;
  }
  if (!site) {
    warn("unknown-site", "pathway.warn.unknownSite");
    deficits += 2;
  }
  const asOf = asOfMs(typeof options?.asOf === "string" ? options.asOf : undefined);
  // CY2026 extends DMHT to ADHD digital therapy devices (§7); the description is what names ADHD.
  const adhdDmht =
    productType === "digital therapeutic" &&
    asOf >= DMHT_ADHD_FROM_MS &&
    description.length > 0 &&
    ADHD_WORDS.test(description);
  const fdaMs = typeof f.fdaDecisionDate === "string" ? dateMs(f.fdaDecisionDate) : undefined;
  const yearsSinceFda = fdaMs === undefined ? undefined : (asOf - fdaMs) / MS_PER_YEAR;
  const authorised = fda !== undefined && FDA_AUTHORISED.has(fda);
  const notAuthorised = fda !== undefined && FDA_NOT_AUTHORISED.has(fda);
  // An authorisation dated after the as-of date is a typo or a forecast: newness windows and the
  // NTAP year computed from it are then guesses, so say so.
  if (authorised && fdaMs !== undefined && fdaMs > asOf) {
    rule("fda-date-future");
    warn("fda-date-future", "pathway.warn.fdaDateFuture", {
      date: String(f.fdaDecisionDate).slice(0, 10),
    });
    deficits += 1;
  }

  // --- Candidate codes: shape, curated NOC list, reference data. ---
  const cpts: CodeView[] = [];
  const level2: CodeView[] = [];
  const codeTexts = readCodes(f.candidateCodes);
  for (const text of codeTexts) {
    const shape = shapeOf(text);
    const code = shape.code;
    switch (shape.kind) {
      case "invalid":
        warn("invalid-code", "pathway.warn.invalidCode", { code: code.slice(0, 40) });
        continue;
      case "cdt":
        warn("dental-code", "pathway.warn.dentalCode", { code });
        continue;
      case "cpt-cat-ii":
        warn("cat-ii-not-paid", "pathway.warn.catIINotPaid", { code });
        rule("cat-ii-not-paid");
        continue;
    }
    const cf = ref?.lookup(code);
    let noc = unlistedInfo(code);
    if (!noc && cf?.isNotOtherwiseClassified) noc = refNoc(code, shape.kind);
    const view: CodeView = {
      code,
      kind: shape.kind,
      noc,
      facts: cf,
      deleted: cf?.deleted === true,
    };
    if (ref) {
      rule("ref-status");
      if (!cf) {
        warn("code-not-in-files", "pathway.warn.codeNotInFiles", { code, vintage: ref.vintage });
        deficits += 1;
        // Cat III codes are archived 5 years after creation unless converted or extended (§2.3):
        // one the PFS file no longer lists cannot be billed, so it is treated like a deleted code.
        if (shape.kind === "cpt-cat-iii" && refHasPfs(ref)) {
          view.deleted = true;
          view.archived = true;
          rule("cat-iii-archived");
        }
      } else if (view.deleted) {
        warn("code-deleted", "pathway.warn.codeDeleted", { code, vintage: cf.vintage });
      } else if (cf.pfsStatus) {
        const s = PFS_STATUS_WARNINGS[cf.pfsStatus.trim().toUpperCase()];
        // Category III and unlisted/NOC codes carry their own pricing warning; status X only means
        // "not a physician service", so it matters only when no other schedule (CLFS, DMEPOS…) pays
        // and the code is not a NOC code the MAC prices by hand (81479, A9999 are X in PPRRVU 2026).
        const pricedElsewhere = cf.feeSchedules.some((x) => x !== "PFS");
        if (
          s &&
          !(s.code === "pfs-status-c" && (shape.kind === "cpt-cat-iii" || noc)) &&
          !(s.code === "pfs-status-x" && (pricedElsewhere || noc))
        )
          warn(s.code, s.id, { code });
      }
      const coverage =
        cf && !view.deleted && cf.hcpcsCoverage
          ? HCPCS_COVERAGE_WARNINGS[cf.hcpcsCoverage]
          : undefined;
      if (coverage) warn(coverage.code, coverage.id, { code });
    }
    if (shape.kind === "hcpcs-ii") level2.push(view);
    else cpts.push(view);
  }
  const anyCode = cpts.length + level2.length > 0;

  // --- Which code is the product's, which is the service's (domain.md §1). ---
  let productCode: CodeView | undefined;
  let serviceCode: CodeView | undefined;
  let deciding: CodeView | undefined;
  let missingProductCode = false;
  switch (role) {
    case "device-in-procedure":
      productCode = level2.length ? pickLevelII(level2, typeRule.productPrefixes) : undefined;
      serviceCode = firstUsable(cpts);
      deciding = productCode ?? serviceCode;
      if (productCode && serviceCode) rule("product-code-level-ii");
      break;
    case "level-ii-product":
      productCode = level2.length ? pickLevelII(level2, typeRule.productPrefixes) : undefined;
      serviceCode = firstUsable(cpts);
      if (productCode) {
        deciding = productCode;
        if (serviceCode) rule("product-code-level-ii");
      } else if (serviceCode && typeRule.packagedWithoutOwnCode) {
        deciding = serviceCode;
      } else if (serviceCode) {
        missingProductCode = true;
      }
      break;
    case "capital":
      serviceCode = firstUsable(cpts) ?? (level2.length ? pickLevelII(level2, "GC") : undefined);
      deciding = serviceCode;
      break;
    case "lab":
      deciding =
        firstUsable(cpts, "pla") ??
        firstUsable(cpts) ??
        (level2.length ? pickLevelII(level2, typeRule.productPrefixes) : undefined);
      productCode = deciding;
      break;
    case "dtx": {
      const dmht = level2.find((c) => DMHT_CODES.has(c.code));
      const a9291 = level2.find((c) => DTX_UNPAID_CODES.has(c.code));
      deciding =
        dmht ??
        a9291 ??
        firstUsable(cpts) ??
        (level2.length ? pickLevelII(level2, typeRule.productPrefixes) : undefined);
      productCode = deciding;
      break;
    }
    default:
      deciding =
        firstUsable(cpts) ??
        (level2.length ? pickLevelII(level2, typeRule.productPrefixes) : undefined);
      serviceCode = deciding;
      if (productType === "remote monitoring")
        productCode = cpts.find((c) => RPM_RTM_DEVICE_SUPPLY.has(c.code)) ?? deciding;
      else if (productType && productType !== "professional service") productCode = deciding;
  }

  // --- Pathway. ---
  let pathway: PathwayId;
  let target: TargetCodeSystem = "none";
  let bridge: UnlistedCode | undefined;
  const cptTarget = (): TargetCodeSystem => {
    const fdaOk = !typeRule.fdaRegulated || authorised || fda === "not a device";
    const established =
      productType === "professional service" ||
      (yearsSinceFda !== undefined && yearsSinceFda >= CAT_I_ESTABLISHED_YEARS);
    if (fdaOk && established) {
      rule("target-cpt-i");
      return "CPT I";
    }
    rule("target-cpt-iii");
    return "CPT III";
  };
  const newCodeTarget = (): TargetCodeSystem => {
    if (role === "lab") {
      rule("target-pla");
      return "PLA";
    }
    if (
      role === "level-ii-product" ||
      role === "dtx" ||
      (role === "device-in-procedure" && deciding?.kind === "hcpcs-ii")
    ) {
      rule("target-hcpcs-ii");
      return "HCPCS II";
    }
    return cptTarget();
  };
  const defaultBridge = (): UnlistedCode | undefined => {
    const fromSection = deciding ? unlistedForSection(deciding.code) : undefined;
    if (fromSection) return fromSection;
    switch (productType) {
      case "home-use durable equipment":
        return unlistedInfo("E1399");
      case "drug or biologic":
        return unlistedInfo(site === "hospital outpatient" ? "C9399" : "J3490");
      case "skin substitute":
        return unlistedInfo("Q4100");
      case "implant":
      case "procedure device":
        return implanted && (site === "hospital outpatient" || site === "ASC")
          ? unlistedInfo("C1889")
          : undefined;
      default:
        return undefined;
    }
  };

  if (missingProductCode) {
    pathway = "new-code";
    rule("missing-product-code");
    rationale.push(msg("pathway.why.missingProductCode", { service: serviceCode!.code }));
    target = newCodeTarget();
    bridge = defaultBridge();
  } else if (!deciding) {
    rule("no-code-listed");
    if (anyCode || fit === "partially" || fit === "does not") {
      pathway = "new-code";
      rationale.push(
        msg(codeTexts.length > 0 ? "pathway.why.noUsableCode" : "pathway.why.noCodeListed")
      );
      target = newCodeTarget();
      bridge = defaultBridge();
    } else if (productType === "remote monitoring") {
      pathway = "existing-cpt";
      target = "CPT I";
      rule("rpm-rtm");
      rationale.push(msg("pathway.why.rpmRtmFamily"));
    } else if (productType === "digital therapeutic") {
      pathway = "existing-hcpcs-ii";
      target = "HCPCS II";
      if (description.includes("882.5801")) {
        rule("dtx-dmht");
        rationale.push(msg("pathway.why.dtxDmhtFamily"));
      } else if (adhdDmht) {
        rule("dtx-dmht-adhd");
        rationale.push(msg("pathway.why.dtxDmhtAdhd"));
      } else {
        rule("dtx-a9291");
        rationale.push(msg("pathway.why.dtxA9291Family"));
      }
    } else {
      pathway = "new-code";
      rationale.push(
        msg(codeTexts.length > 0 ? "pathway.why.noUsableCode" : "pathway.why.noCodeListed")
      );
      target = newCodeTarget();
      bridge = defaultBridge();
    }
    if (codeTexts.length === 0) {
      warn("no-candidate-code", "pathway.warn.noCandidateCode");
      deficits += 1;
    }
  } else if (deciding.noc) {
    pathway = "unlisted-noc";
    bridge = deciding.noc;
    rule("unlisted-bridge");
    target =
      bridge.bridgeTo === "CPT III" || bridge.bridgeTo === "CPT I" ? cptTarget() : bridge.bridgeTo;
    if (target === "PLA") rule("target-pla");
    else if (target === "HCPCS II") rule("target-hcpcs-ii");
    rationale.push(msg("pathway.why.unlistedBridge", { code: deciding.code, target }));
  } else if (deciding.deleted) {
    pathway = "new-code";
    rule("new-code");
    rationale.push(
      msg(deciding.archived ? "pathway.why.catIIIArchived" : "pathway.why.deletedCode", {
        code: deciding.code,
      })
    );
    target = newCodeTarget();
    bridge = defaultBridge();
  } else if (fit === "partially" || fit === "does not") {
    pathway = "new-code";
    rule("new-code");
    rationale.push(
      msg(fit === "partially" ? "pathway.why.partialFit" : "pathway.why.noFit", {
        code: deciding.code,
      })
    );
    target = newCodeTarget();
    bridge = defaultBridge();
  } else {
    const isCpt = CPT_KINDS.has(deciding.kind);
    pathway = isCpt ? "existing-cpt" : "existing-hcpcs-ii";
    rule(isCpt ? "existing-cpt" : "existing-hcpcs-ii");
    target =
      deciding.kind === "cpt-cat-iii"
        ? "CPT III"
        : deciding.kind === "pla"
          ? "PLA"
          : isCpt
            ? "CPT I"
            : "HCPCS II";
    rationale.push(
      msg(isCpt ? "pathway.why.existingCpt" : "pathway.why.existingLevelII", {
        code: deciding.code,
      })
    );
    if (fit === undefined || fit === "unknown") {
      warn("code-fit-unknown", "pathway.warn.codeFitUnknown", { code: deciding.code });
      deficits += 1;
    }
  }
  if (bridge && pathway === "new-code") {
    rule("unlisted-bridge");
    rationale.push(msg("pathway.why.bridgeSuggestion", { code: bridge.code }));
  }
  // C1889 as the deciding code gets its own packaged warning below; saying it twice helps nobody.
  if (bridge && !(bridge.code === "C1889" && deciding?.code === "C1889"))
    warn("unlisted-claim", bridge.claimNeeds, { code: bridge.code });

  // Product vs service explanation.
  if (productCode && serviceCode && productCode !== serviceCode) {
    // RPM/RTM device-supply codes are CPT codes, not Level II (§7).
    rationale.push(
      msg(
        productCode.kind === "hcpcs-ii"
          ? "pathway.why.productVsService"
          : "pathway.why.deviceSupplyVsService",
        { product: productCode.code, service: serviceCode.code }
      )
    );
  } else if (
    role === "device-in-procedure" &&
    !productCode &&
    serviceCode &&
    pathway === "existing-cpt"
  ) {
    rule("device-packaged");
    rationale.push(msg("pathway.why.devicePackaged", { service: serviceCode.code }));
  } else if (
    role === "level-ii-product" &&
    !productCode &&
    serviceCode &&
    typeRule.packagedWithoutOwnCode
  ) {
    rule("device-packaged");
    warn("packaged-supply", "pathway.warn.packagedSupply", { code: serviceCode.code });
  } else if (role === "capital" && serviceCode) {
    rule("device-packaged");
    rationale.push(msg("pathway.why.capitalViaService", { service: serviceCode.code }));
  }

  // Code-family specifics (domain.md §2.3, §2.5, §7, §3.3).
  const allCodes = cpts.concat(level2);
  // How CMS prices an existing Category III code: without the PFS file, domain.md §2.3's general
  // statement (contractor-priced); with it, the code's own status (0446T is A with RVUs in RVU26C).
  let catIIIPricing: CatIIIPricing | undefined;
  if (deciding?.kind === "cpt-cat-iii" && pathway === "existing-cpt") {
    rule("cat-iii-existing");
    catIIIPricing = catIIIPricingOf(deciding);
    if (catIIIPricing === "contractor" || catIIIPricing === "generic")
      warn("cat-iii-contractor-priced", "pathway.warn.catIIIContractorPriced", {
        code: deciding.code,
      });
    else {
      rule("cat-iii-pfs-status");
      // Medicare's own price (or its refusal) does not bind commercial payers (§2.3, §9).
      warn("cat-iii-investigational", "pathway.warn.catIIIInvestigational", {
        code: deciding.code,
      });
      if (catIIIPricing === "national")
        rationale.push(
          msg("pathway.why.catIIINationallyPriced", {
            code: deciding.code,
            status: deciding.facts?.pfsStatus?.trim().toUpperCase() ?? "",
            vintage: deciding.facts?.vintage ?? "",
          })
        );
    }
    warn("cat-iii-sunset", "pathway.warn.catIIISunset", { code: deciding.code });
  }
  if (deciding?.kind === "pla" && pathway === "existing-cpt") rule("pla-existing");
  if (deciding?.code === "C1889") warn("c1889-packaged", "pathway.warn.c1889Packaged");
  for (const c of allCodes) {
    if (RPM_CODES.has(c.code) || RTM_CODES.has(c.code)) {
      rule("rpm-rtm");
      if (RPM_CODES.has(c.code) && fda === "not a device")
        warn("rpm-needs-device", "pathway.warn.rpmNeedsDevice");
      if (RTM_NO_NATIONAL_PAYMENT.has(c.code))
        warn("rtm-no-national-payment", "pathway.warn.rtmNoNationalPayment", { code: c.code });
    }
    if (DMHT_CODES.has(c.code)) {
      rule("dtx-dmht");
      // One condition for the whole G0552–G0554 family: said once, on the first code listed.
      if (!warnings.some((w) => w.code === "dmht-882-5801"))
        warn("dmht-882-5801", "pathway.warn.dmhtRequires8825801", { code: c.code });
    }
    if (c.kind === "cpt-cat-i" && productType === "skin substitute") {
      const n = Number(c.code);
      if (n >= SKIN_SUB_APPLICATION.from && n <= SKIN_SUB_APPLICATION.to)
        rule("skin-substitute-2026");
    }
  }

  // --- Benefit category (domain.md §7). ---
  let benefit: BenefitCategory;
  let inferred = false;
  const hasDmht =
    allCodes.some((c) => DMHT_CODES.has(c.code)) ||
    adhdDmht ||
    (productType === "digital therapeutic" && description.includes("882.5801"));
  const hasA9291 = allCodes.some((c) => DTX_UNPAID_CODES.has(c.code));
  // CY2026: an ADHD digital therapy listed only on A9291 is billed through G0552–G0554 (§7);
  // A9291 itself still has no benefit category, so both are said.
  if (adhdDmht && hasA9291 && !allCodes.some((c) => DMHT_CODES.has(c.code))) {
    rule("dtx-dmht-adhd");
    rule("dmht-adhd-a9291");
    rationale.push(msg("pathway.why.dtxAdhdA9291ToDmht"));
    for (const c of allCodes)
      if (DTX_UNPAID_CODES.has(c.code)) {
        warn("dmht-adhd-a9291", "pathway.warn.dmhtAdhdInsteadOfA9291", { code: c.code });
        warn("no-benefit-category", "pathway.warn.codeButNoBenefitCategory", { code: c.code });
      }
  }
  if (givenBenefit) {
    benefit = givenBenefit;
  } else {
    inferred = true;
    rule("benefit-inferred");
    const hint = deciding?.facts?.benefitCategoryHint;
    const inf = productType ? BENEFIT_INFERENCE[productType] : undefined;
    const typeBenefit: BenefitCategory = inf
      ? (site && inf.site?.[site]) || inf.default
      : "unknown";
    // A PFS-priced code only says a physician bills it; at a facility (or IDTF) the product is paid
    // through the facility's or the diagnostic test's payment (§8.8), so the site decides.
    const siteOverHint =
      hint === "physician service" &&
      (typeBenefit === "hospital service" ||
        typeBenefit === "ASC service" ||
        typeBenefit === "diagnostic test");
    if (productType === "digital therapeutic") benefit = hasDmht ? "physician service" : "none";
    else if (hasA9291) benefit = "none";
    else if (hint && hint !== "unknown" && !siteOverHint) benefit = hint;
    else if (
      !hint &&
      role === "level-ii-product" &&
      deciding?.kind === "hcpcs-ii" &&
      !typeRule.productPrefixes.includes(deciding.code[0])
    ) {
      // Judgement (domain.md is silent, e.g. V5xxx hearing aids): a code outside the product
      // type's Level II families gives no basis for the type's usual benefit category.
      benefit = "unknown";
      rule("benefit-not-inferred");
      warn("benefit-not-inferred", "pathway.warn.benefitNotInferred", { code: deciding.code });
    } else benefit = typeBenefit;
    if (siteOverHint) rule("benefit-site-over-pfs-hint");
    if (nonDurable && benefit === "DME") benefit = "unknown";
    rationale.push(
      benefit === "unknown"
        ? msg("pathway.why.benefitNotInferred")
        : msg("pathway.why.benefitInferred", { category: benefit })
    );
    deficits += 1;
  }
  if (nonDurable) {
    rule("dme-not-durable");
    warn("dme-not-durable", "pathway.warn.dmeNotDurable");
  }
  if (site === "SNF") {
    rule("snf-not-modelled");
    warn("snf-not-modelled", "pathway.warn.snfNotModelled");
  }
  if (productType === "digital therapeutic") rule(hasDmht ? "dtx-dmht" : "dtx-a9291");
  if (benefit === "none") {
    rule("no-benefit-category");
    if (deciding && pathway !== "new-code")
      warn("no-benefit-category", "pathway.warn.codeButNoBenefitCategory", { code: deciding.code });
    else warn("no-benefit-category", "pathway.warn.noBenefitCategory");
  }

  // --- Payment mechanisms the site of care offers (domain.md §4–§8). ---
  const mechanisms: PaymentMechanism[] = [];
  const hopdOrAsc = site === "hospital outpatient" || site === "ASC";
  const existingDeviceCategory =
    pathway === "existing-hcpcs-ii" && deciding?.code.charCodeAt(0) === 67; /* "C" */
  const decidingSi =
    deciding &&
    deciding.kind === "hcpcs-ii" &&
    deciding.code.charCodeAt(0) === 67 &&
    !deciding.deleted
      ? oppsSi(deciding)
      : undefined;
  // The listed C-code is an active pass-through category in CMS's file and the user does not say it
  // fails to describe the device: no new category can be created for it (§4.1 "not described by any
  // current category"), so pass-through is not proposed as a new application.
  const activeCategory = decidingSi === OPPS_SI_PASS_THROUGH && fit !== "does not";
  if (
    typeRule.passThroughCandidate &&
    implanted &&
    hopdOrAsc &&
    !existingDeviceCategory &&
    benefit !== "none"
  ) {
    if (activeCategory && deciding) {
      rule("pass-through-category-active");
      rationale.push(
        msg("pathway.why.passThroughCategoryActive", {
          code: deciding.code,
          vintage: oppsVintage(deciding.facts?.vintage),
        })
      );
    } else if (
      yearsSinceFda !== undefined &&
      authorised &&
      yearsSinceFda > PASS_THROUGH_NEWNESS_YEARS
    ) {
      rule("pass-through-window-closed");
      rationale.push(
        msg("pathway.why.passThroughWindowClosed", { years: PASS_THROUGH_NEWNESS_YEARS })
      );
    } else {
      rule("pass-through");
      mechanisms.push("opps-device-pass-through");
      // "Packaged" is today's state, not the end of the story: say so beside the pass-through route.
      for (let i = 0; i < rationale.length; i++)
        if (rationale[i].id === "pathway.why.devicePackaged")
          rationale[i] = msg("pathway.why.devicePackagedUntilPassThrough", {
            service: serviceCode?.code ?? "",
          });
      const cost =
        typeof f.deviceCost === "number" && Number.isFinite(f.deviceCost) && f.deviceCost > 0
          ? f.deviceCost
          : undefined;
      rationale.push(
        cost === undefined
          ? msg("pathway.why.passThrough")
          : msg("pathway.why.passThroughCost", { cost: wholeDollars(cost) })
      );
      if (fdaMs !== undefined && authorised)
        rationale.push(
          msg("pathway.why.passThroughDeadline", {
            date: isoPlusYears(fdaMs, PASS_THROUGH_NEWNESS_YEARS),
          })
        );
      if (yearsSinceFda === undefined && authorised) {
        warn("newness-unknown", "pathway.warn.newnessUnknown");
        deficits += 1;
      }
      if (breakthrough) warn("breakthrough-alt-repeal", "pathway.warn.breakthroughAltRepeal");
      if (pathway === "existing-cpt" && !productCode) target = "HCPCS II";
    }
  }
  if (existingDeviceCategory && typeRule.passThroughCandidate && hopdOrAsc && deciding) {
    // The device already has its C-code category. Whether it is paid separately now is the
    // category's OPPS status (H = pass-through, N = packaged; §8.4): CMS's Addendum B says so when
    // loaded; otherwise the FDA date bounds it (application within 3 years, status at most 3; §4.1).
    rule("existing-device-category");
    const maxYears = PASS_THROUGH_NEWNESS_YEARS + PASS_THROUGH_MAX_YEARS;
    if (decidingSi === OPPS_SI_PASS_THROUGH) {
      rule("opps-si-pass-through");
      rationale.push(
        msg("pathway.why.deviceCategoryPassThroughSiH", {
          code: deciding.code,
          vintage: oppsVintage(deciding.facts?.vintage),
        })
      );
    } else if (decidingSi === OPPS_SI_PACKAGED) {
      rule("opps-si-packaged");
      rationale.push(
        msg("pathway.why.deviceCategoryPackagedSiN", {
          code: deciding.code,
          vintage: oppsVintage(deciding.facts?.vintage),
        })
      );
    } else
      rationale.push(
        yearsSinceFda !== undefined && authorised && yearsSinceFda > maxYears
          ? msg("pathway.why.deviceCategoryPassThroughOver", {
              code: deciding.code,
              years: maxYears,
            })
          : msg("pathway.why.deviceCategoryMaybePassThrough", { code: deciding.code })
      );
  } else if (
    pathway === "unlisted-noc" &&
    decidingSi === OPPS_SI_PACKAGED &&
    typeRule.passThroughCandidate &&
    hopdOrAsc &&
    deciding
  ) {
    // C1889 and kin: CMS's file confirms the NOC device code is packaged (§3.3, §8.4).
    rule("opps-si-packaged");
    rationale.push(
      msg("pathway.why.deviceCategoryPackagedSiN", {
        code: deciding.code,
        vintage: oppsVintage(deciding.facts?.vintage),
      })
    );
  }
  const newService =
    pathway === "new-code" || (pathway === "unlisted-noc" && bridge?.system === "CPT");
  if (
    site === "hospital outpatient" &&
    typeRule.newTechApcCandidate &&
    newService &&
    (target === "CPT I" || target === "CPT III") &&
    benefit !== "none"
  ) {
    rule("new-technology-apc");
    mechanisms.push("new-technology-apc");
    rationale.push(msg("pathway.why.newTechApc"));
  }
  if (site === "inpatient" && typeRule.ntapCandidate && benefit !== "none") {
    const ntapFy = fdaMs !== undefined && authorised ? ntapFirstFiscalYear(fdaMs, asOf) : undefined;
    if (yearsSinceFda !== undefined && authorised && yearsSinceFda > NTAP_NEWNESS_YEARS) {
      rationale.push(msg("pathway.why.ntapWindowClosed"));
    } else if (
      ntapFy !== undefined &&
      fdaMs !== undefined &&
      fiscalYearStartMs(ntapFy) > plusYearsMs(fdaMs, NTAP_NEWNESS_YEARS)
    ) {
      // The next application cycle still open lands after the newness window (§5: deadline early
      // October about a year ahead; 2–3 years' newness): same outcome as an old authorisation.
      rule("ntap-window-closed-by-deadline");
      rationale.push(
        msg("pathway.why.ntapWindowClosedByDeadline", {
          fy: ntapFy,
          date: isoPlusYears(fdaMs, NTAP_NEWNESS_YEARS),
        })
      );
    } else {
      rule("ntap");
      mechanisms.push("ipps-ntap");
      rationale.push(msg("pathway.why.ntap"));
      if (ntapFy !== undefined)
        rationale.push(msg("pathway.why.ntapFirstYear", { fy: ntapFy, deadlineYear: ntapFy - 2 }));
      if (breakthrough) warn("breakthrough-alt-repeal", "pathway.warn.breakthroughAltRepeal");
    }
  }
  if (breakthrough && role !== "lab") {
    if (notAuthorised && benefit !== "none") {
      rule("tcet");
      mechanisms.push("tcet");
      rationale.push(msg("pathway.why.tcet"));
      warn("tcet-paused", "pathway.warn.tcetPaused");
    } else if (authorised) {
      rationale.push(msg("pathway.why.tcetClosedAuthorised"));
    }
  }
  const contractorPriced =
    pathway !== "new-code" &&
    (catIIIPricing !== undefined
      ? catIIIPricing === "contractor" || catIIIPricing === "generic"
      : (pathway === "unlisted-noc" && bridge?.system === "CPT") || target === "CPT III");
  if (contractorPriced) {
    if (site !== undefined && FACILITY_SITES.has(site)) {
      // The MAC prices the physician's claim only; the facility is paid by its own system (OPPS
      // may put a Cat III code in a clinical or New Technology APC, §2.3 [P]; ASC §8.5; IPPS §5).
      rule("cat-iii-physician-part-only");
      rationale.push(
        msg(FACILITY_CONTRACTOR_NOTE[site as FacilitySite], {
          code: (deciding ?? bridge)?.code ?? "",
        })
      );
    } else mechanisms.push("cat-iii-contractor-pricing");
  }
  const plaPriced = deciding?.facts?.feeSchedules.includes("CLFS") === true;
  if (role === "lab" && (pathway !== "existing-cpt" || (deciding?.kind === "pla" && !plaPriced))) {
    rule("clfs-pricing");
    mechanisms.push("clfs-crosswalk-gapfill");
  }
  const dmeposLetter = deciding && deciding.kind === "hcpcs-ii" ? deciding.code[0] : "";
  if (
    (productType === "home-use durable equipment" ||
      productType === "orthotic or prosthetic" ||
      (productType === "supply" && site === "home")) &&
    (pathway === "existing-hcpcs-ii" || pathway === "unlisted-noc" || target === "HCPCS II") &&
    (dmeposLetter === "" || "EKLAB".includes(dmeposLetter)) &&
    benefit !== "unknown"
  ) {
    rule("dmepos-fee-schedule");
    mechanisms.push("dmepos-fee-schedule");
  }
  if (productType === "drug or biologic" && site !== "inpatient") {
    rule("asp-drug");
    mechanisms.push("asp-drug-payment");
  }
  if (
    productType === "skin substitute" &&
    (site === "office" || site === "hospital outpatient" || site === "home")
  ) {
    rule("skin-substitute-2026");
    mechanisms.push("skin-substitute-incident-to-rate");
    warn("skin-substitute-flat-rate", "pathway.warn.skinSubstituteFlatRate");
  }

  // --- FDA (domain.md §2.2, §4.1, §5). ---
  if (notAuthorised) {
    rule("fda-first");
    rationale.unshift(msg("pathway.why.fdaFirst", { status: fda! }));
    warn("fda-not-authorised", "pathway.warn.fdaNotAuthorised", { status: fda! });
    if (target === "CPT I") warn("cat-i-needs-fda", "pathway.warn.catINeedsFda");
  } else if (fda === undefined && typeRule.fdaRegulated) {
    warn("fda-status-missing", "pathway.warn.fdaStatusMissing");
    deficits += 1;
  }

  // --- Gates, in the order they open. ---
  const gates: GateId[] = [];
  const add = (g: GateId) => {
    if (!gates.includes(g)) gates.push(g);
  };
  if (notAuthorised) add("fda-authorisation");
  if (mechanisms.includes("tcet")) add("tcet-nomination");
  // Without a benefit category Medicare is closed until Congress acts (domain.md §7): revenue comes
  // from commercial payers first, and the statutory gate stays on the path after them.
  if (benefit === "none") {
    add("payer-coverage-and-contracting");
    add("benefit-category");
  }
  const viaPassThrough = mechanisms.includes("opps-device-pass-through");
  const macPricesBridge =
    bridge !== undefined &&
    bridge.claimNeeds !== "codes.claim.deviceNocOpps" &&
    pathway === "unlisted-noc";
  if (macPricesBridge) add("mac-coverage-lcd");
  if ((pathway === "new-code" || pathway === "unlisted-noc") && target !== "none") {
    const g = TARGET_GATE[target];
    // A new device category C-code is created by the pass-through application itself (§4.1).
    if (!(g === "hcpcs-ii-application" && viaPassThrough)) add(g);
  }
  for (const m of mechanisms) {
    const g = MECHANISM_GATE[m];
    // An existing code's pricing follows its coverage; a new code's pricing is part of getting it.
    if (g && g !== "tcet-nomination" && !(g === "clfs-pricing" && pathway === "existing-cpt"))
      add(g);
  }
  const pdacCode = allCodes.find(
    (c) =>
      c.code[0] === "L" &&
      levelIINumber(c.code) >= PDAC_L_RANGE.from &&
      levelIINumber(c.code) <= PDAC_L_RANGE.to
  );
  if (productType === "orthotic or prosthetic" && (pdacCode || pathway === "new-code")) {
    rule("pdac");
    add("pdac-code-verification");
    if (pdacCode) rationale.push(msg("pathway.why.pdac", { code: pdacCode.code }));
  }
  if (benefit !== "none") add("mac-coverage-lcd");
  if (pathway === "existing-cpt" && deciding?.kind === "cpt-cat-iii") add("cpt-cat-i-application");
  if (mechanisms.includes("clfs-crosswalk-gapfill")) add("clfs-pricing");
  if (typeRule.facilityPurchased && site !== undefined && FACILITY_SITES.has(site)) {
    rule("facility-purchase");
    add("hospital-value-analysis");
  }
  add("payer-coverage-and-contracting");
  const nextGate = gates[0];

  // --- Confidence. ---
  if (
    anyCode &&
    pathway !== "existing-cpt" &&
    pathway !== "existing-hcpcs-ii" &&
    (fit === undefined || fit === "unknown")
  )
    deficits += 1;
  const confidence: Confidence = deficits === 0 ? "high" : deficits === 1 ? "medium" : "low";

  const result: Classification = {
    pathway,
    pathwayLabel: PATHWAY_LABELS[pathway],
    targetCodeSystem: target,
    nextGate,
    gateOwner: GATE_RULES[nextGate].owner,
    laterGates: gates.slice(1),
    paymentMechanisms: mechanisms,
    benefitCategory: { value: benefit, inferred },
    rationale,
    warnings,
    confidence,
    ruleIds,
  };
  if (productCode) result.productCode = productCode.code;
  if (serviceCode) result.serviceCode = serviceCode.code;
  if (bridge) result.bridgeCode = bridge.code;
  return result;
}
