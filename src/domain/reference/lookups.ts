/**
 * Fee-schedule lookups by code, year, locality and site of care. Each returns an Outcome: the
 * amount, or a reason a user can act on (not in this year's file, deleted, carrier-priced, not
 * payable under this fee schedule, no data loaded). PFS amounts use the economics module's
 * pfsPayment (one formula, one CMS rounding: the final product, half-up to cents).
 */
import { notAvailable, ok, invalidNumber, type Outcome } from "../economics/outcome";
import { pfsPayment } from "../economics/pfs";
import { parseCode } from "../codes/shape";
import { terminated } from "./codeReference";
import { indexOf, latestYear, years, type ReferenceData } from "./model";
import type { GpciTable, PprrvuTable } from "../../data/types";
import { PFS_NATIONALLY_PRICED } from "../codes/pfsStatus";

export type PfsSetting = "nonfacility" | "facility";
export type Site = "office" | "hospital outpatient" | "ASC";

const SETTINGS: Record<string, PfsSetting> = {
  "": "nonfacility",
  nonfacility: "nonfacility",
  "non-facility": "nonfacility",
  nf: "nonfacility",
  office: "nonfacility",
  "11": "nonfacility",
  pos11: "nonfacility",
  facility: "facility",
  f: "facility",
  hopd: "facility",
  "hospital outpatient": "facility",
  asc: "facility",
  inpatient: "facility",
  "19": "facility",
  "21": "facility",
  "22": "facility",
  "24": "facility",
  pos19: "facility",
  pos21: "facility",
  pos22: "facility",
  pos24: "facility",
};

const SITES: Record<string, Site> = {
  office: "office",
  "11": "office",
  pos11: "office",
  "non-facility": "office",
  nonfacility: "office",
  "hospital outpatient": "hospital outpatient",
  hopd: "hospital outpatient",
  opps: "hospital outpatient",
  "19": "hospital outpatient",
  "22": "hospital outpatient",
  pos19: "hospital outpatient",
  pos22: "hospital outpatient",
  outpatient: "hospital outpatient",
  asc: "ASC",
  "24": "ASC",
  pos24: "ASC",
  "ambulatory surgical center": "ASC",
  "ambulatory surgery center": "ASC",
};

function key(text: string): string {
  if (/^[a-z0-9_]*$/.test(text)) return text;
  return text.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ").replace(/^pos /, "pos");
}

export function parseSetting(text: string | undefined): Outcome<PfsSetting> {
  const s = SETTINGS[key(text ?? "")];
  return s
    ? ok(s)
    : invalidNumber("reference.error.setting", {
        value: text ?? "",
        allowed: "office (non-facility), facility, hospital outpatient, ASC, POS 11/19/22/24",
      });
}

export function parseSite(text: string): Outcome<Site> {
  const s = SITES[key(text)];
  return s
    ? ok(s)
    : invalidNumber("reference.error.site", {
        value: text,
        allowed: "office, hospital outpatient, ASC",
      });
}

export interface CodeArg {
  code: string;
  modifier?: string;
}

export function parseCodeArg(code: string, modifier?: string): Outcome<CodeArg> {
  const shape = parseCode(code ?? "");
  if (shape.kind === "invalid") return invalidNumber("reference.error.code", { value: code });
  const mod = (modifier ?? "").trim().toUpperCase() || shape.modifier;
  if (mod !== undefined && !/^[A-Z0-9]{2}$/.test(mod))
    return invalidNumber("reference.error.modifier", { value: modifier ?? "" });
  return ok(mod ? { code: shape.code, modifier: mod } : { code: shape.code });
}

function noData(what: string): Outcome<never> {
  return notAvailable("reference.na.noData", { dataset: what });
}

export function pfsYear(ref: ReferenceData, year?: number): Outcome<PprrvuTable> {
  const y = year ?? latestYear(ref.pfs);
  if (y === undefined) return noData("PFS RVU (PPRRVU)");
  const t = ref.pfs[String(y)];
  return t
    ? ok(t)
    : notAvailable("reference.na.year", {
        dataset: "PFS",
        year: y,
        years: years(ref.pfs).join(", "),
      });
}

/** Why a code without a PFS row is not there: deleted per HCPCS, or simply not in this year's file. */
function missingReason(
  ref: ReferenceData,
  code: string,
  year: number,
  dataset: string
): Outcome<never> {
  const h = ref.hcpcs ? indexOf(ref.hcpcs).get(code) : undefined;
  if (
    h !== undefined &&
    ref.hcpcs &&
    terminated(ref.hcpcs.termDate[h], ref.hcpcs.provenance.year, ref.hcpcs.provenance.release)
  ) {
    return notAvailable("reference.na.deleted", { code, date: ref.hcpcs.termDate[h] });
  }
  return notAvailable("reference.na.notInFile", { code, dataset, year });
}

/** PFS status codes with a national payment amount: one set for the engine (codes/pfsStatus.ts). */
const PRICED = PFS_NATIONALLY_PRICED;

export function statusFailure(
  code: string,
  status: string,
  year: number
): Outcome<never> | undefined {
  if (PRICED.has(status)) return undefined;
  if (status === "C") return notAvailable("reference.na.carrierPriced", { code, year });
  if (status === "D" || status === "H")
    return notAvailable("reference.na.deletedStatus", { code, status, year });
  if (status === "J") return notAvailable("reference.na.anesthesia", { code, year });
  return notAvailable("reference.na.notPayable", {
    code,
    status,
    meaning: `reference.status.${status}`,
    year,
  });
}

export interface PfsRow {
  table: PprrvuTable;
  row: number;
  year: number;
}

export function pfsRow(ref: ReferenceData, arg: CodeArg, year?: number): Outcome<PfsRow> {
  const t = pfsYear(ref, year);
  if (!t.ok) return t;
  const y = t.value.provenance.year;
  const k = arg.modifier ? `${arg.code}-${arg.modifier}` : arg.code;
  const row = indexOf(t.value).get(k);
  if (row === undefined) {
    if (arg.modifier && indexOf(t.value).has(arg.code))
      return notAvailable("reference.na.modifier", {
        code: arg.code,
        modifier: arg.modifier,
        year: y,
      });
    return missingReason(ref, arg.code, y, "PFS RVU");
  }
  return ok({ table: t.value, row, year: y });
}

export interface Gpci {
  work: number;
  pe: number;
  mp: number;
  key: string;
  name: string;
}

export const NATIONAL: Gpci = {
  work: 1,
  pe: 1,
  mp: 1,
  key: "national",
  name: "National (GPCI 1.000)",
};

/** Accepts "01112-05", "0111205", "01112 05", "1112/5", a unique locality name, or blank/"national". */
export function gpciFor(
  ref: ReferenceData,
  locality: string | undefined,
  year: number
): Outcome<Gpci> {
  const text = (locality ?? "").trim();
  if (text === "" || /^(national|us|00000)$/i.test(text)) return ok(NATIONAL);
  const t = ref.gpci[String(year)];
  if (!t)
    return notAvailable("reference.na.year", {
      dataset: "GPCI",
      year,
      years: years(ref.gpci).join(", "),
    });
  let cache = RESOLVED.get(t);
  if (!cache) RESOLVED.set(t, (cache = new Map()));
  const hit = cache.get(text);
  if (hit) return hit;
  const resolved = resolveLocality(t, text, year);
  if (cache.size < 10000) cache.set(text, resolved);
  return resolved;
}

/** Locality text → GPCIs, per GPCI table (cells repeat the same few localities thousands of times). */
const RESOLVED = new WeakMap<GpciTable, Map<string, Outcome<Gpci>>>();

function resolveLocality(t: GpciTable, text: string, year: number): Outcome<Gpci> {
  let k: string | undefined;
  const m = /^(\d{4,5})\s*[-/ ]?\s*(\d{1,2})$/.exec(text);
  if (m) {
    const exact = /^(\d{5})(\d{2})$/.exec(text);
    k = exact ? `${exact[1]}-${exact[2]}` : `${m[1].padStart(5, "0")}-${m[2].padStart(2, "0")}`;
  } else {
    const wanted = text.toUpperCase().replace(/\*/g, "").trim();
    const hits = t.name
      .map((n, i) => [n.replace(/\*/g, "").trim(), i] as const)
      .filter(([n]) => n === wanted || n.includes(wanted));
    const exactHit = hits.find(([n]) => n === wanted);
    if (exactHit) k = t.key[exactHit[1]];
    else if (hits.length === 1) k = t.key[hits[0][1]];
    else if (hits.length > 1)
      return invalidNumber("reference.error.localityAmbiguous", {
        value: text,
        matches: hits
          .slice(0, 5)
          .map(([, i]) => `${t.key[i]} ${t.name[i]}`)
          .join("; "),
      });
  }
  const i = k === undefined ? undefined : indexOf(t).get(k);
  if (i === undefined)
    return invalidNumber("reference.error.locality", {
      value: text,
      year,
      example: "01112-05 or MANHATTAN",
    });
  return ok({ work: t.work[i], pe: t.pe[i], mp: t.mp[i], key: t.key[i], name: t.name[i] });
}

export interface PfsAmount {
  amount: number;
  year: number;
  setting: PfsSetting;
  locality: string;
  status: string;
  /** True when the OPPS cap (imaging) was lower and applied. */
  oppsCapped: boolean;
}

export interface PfsQuery {
  setting?: PfsSetting;
  locality?: string;
  year?: number;
}

export function pfsAmount(ref: ReferenceData, arg: CodeArg, q: PfsQuery = {}): Outcome<PfsAmount> {
  const r = pfsRow(ref, arg, q.year);
  if (!r.ok) return r;
  const { table: t, row, year } = r.value;
  const status = t.status[row];
  const bad = statusFailure(arg.code, status, year);
  if (bad) return bad;
  const setting = q.setting ?? "nonfacility";
  // "NA" (no PE RVU for that setting): CMS's payment files then carry the other setting's amount
  // for both (checked against PFREV25C/PFREV26B), so we do the same.
  const useFacilityPe =
    setting === "facility" ? t.facilityNa[row] !== "NA" : t.nonFacilityNa[row] === "NA";
  const g = gpciFor(ref, q.locality, year);
  if (!g.ok) return g;
  const pay = pfsPayment({
    workRvu: t.work[row],
    peRvu: useFacilityPe ? t.peFacility[row] : t.peNonFacility[row],
    mpRvu: t.mp[row],
    conversionFactor: t.conversionFactor,
    gpciWork: g.value.work,
    gpciPe: g.value.pe,
    gpciMp: g.value.mp,
  });
  if (!pay.ok) return pay;
  let amount = pay.value;
  let oppsCapped = false;
  const cap = ref.oppsCap[String(year)];
  if (cap && g.value !== NATIONAL) {
    const k = `${arg.modifier ? `${arg.code}-${arg.modifier}` : arg.code}|${g.value.key}`;
    const i = indexOf(cap).get(k);
    if (i !== undefined) {
      const capped = setting === "facility" ? cap.facility[i] : cap.nonFacility[i];
      if (capped < amount) {
        amount = capped;
        oppsCapped = true;
      }
    }
  }
  return ok({ amount, year, setting, locality: g.value.key, status, oppsCapped });
}

export type RvuComponent = "work" | "pe" | "pe_facility" | "mp" | "total" | "total_facility";
const COMPONENTS: Record<string, RvuComponent> = {
  "": "total",
  total: "total",
  total_nonfacility: "total",
  "total nonfacility": "total",
  nonfacility: "total",
  total_facility: "total_facility",
  "total facility": "total_facility",
  facility: "total_facility",
  work: "work",
  w: "work",
  pe: "pe",
  pe_nonfacility: "pe",
  "pe nonfacility": "pe",
  pe_facility: "pe_facility",
  "pe facility": "pe_facility",
  mp: "mp",
  malpractice: "mp",
  pli: "mp",
};

export function rvu(
  ref: ReferenceData,
  arg: CodeArg,
  component: string | undefined,
  year?: number
): Outcome<number> {
  const c =
    COMPONENTS[component ?? ""] ??
    COMPONENTS[key(component ?? "").replace(/-/g, "_")] ??
    COMPONENTS[key(component ?? "")];
  if (!c)
    return invalidNumber("reference.error.component", {
      value: component ?? "",
      allowed: "work, pe, pe_facility, mp, total, total_facility",
    });
  const r = pfsRow(ref, arg, year);
  if (!r.ok) return r;
  const { table: t, row } = r.value;
  const v = {
    work: t.work[row],
    pe: t.peNonFacility[row],
    pe_facility: t.peFacility[row],
    mp: t.mp[row],
    total: t.work[row] + t.peNonFacility[row] + t.mp[row],
    total_facility: t.work[row] + t.peFacility[row] + t.mp[row],
  }[c];
  return ok(Math.round(v * 100) / 100);
}

export function gpciValue(
  ref: ReferenceData,
  locality: string,
  component: string | undefined,
  year?: number
): Outcome<number> {
  const y = year ?? latestYear(ref.gpci);
  if (y === undefined) return noData("GPCI");
  const comp = key(component ?? "work");
  if (!["work", "pe", "mp"].includes(comp))
    return invalidNumber("reference.error.component", {
      value: component ?? "",
      allowed: "work, pe, mp",
    });
  if ((locality ?? "").trim() === "")
    return invalidNumber("reference.error.locality", {
      value: "",
      year: y,
      example: "01112-05 or MANHATTAN",
    });
  const g = gpciFor(ref, locality, y);
  if (!g.ok) return g;
  return ok(comp === "work" ? g.value.work : comp === "pe" ? g.value.pe : g.value.mp);
}

export interface FacilityRate {
  amount: number;
  year: number;
  release: string;
  indicator: string;
}

/** Packaged or otherwise unpriced ASC payment indicators, with why. */
export function ascRate(ref: ReferenceData, code: string): Outcome<FacilityRate> {
  const t = ref.asc;
  if (!t) return noData("ASC Addenda AA/BB");
  const i = indexOf(t).get(code);
  if (i === undefined)
    return notAvailable("reference.na.notOnAscList", {
      code,
      year: t.provenance.year,
      release: t.provenance.release,
    });
  if (Number.isNaN(t.rate[i]))
    return notAvailable("reference.na.ascIndicator", {
      code,
      indicator: t.indicator[i],
      meaning: `reference.asc.${t.indicator[i]}`,
    });
  return ok({
    amount: t.rate[i],
    year: t.provenance.year,
    release: t.provenance.release,
    indicator: t.indicator[i],
  });
}

export function oppsRate(ref: ReferenceData, code: string): Outcome<FacilityRate> {
  const t = ref.oppsB;
  if (!t) return noData("OPPS Addendum B");
  const i = indexOf(t).get(code);
  if (i === undefined)
    return notAvailable("reference.na.notInFile", {
      code,
      dataset: "OPPS Addendum B",
      year: t.provenance.year,
    });
  if (Number.isNaN(t.rate[i]))
    return notAvailable("reference.na.oppsIndicator", {
      code,
      indicator: t.statusIndicator[i],
      meaning: `reference.opps.${t.statusIndicator[i]}`,
    });
  return ok({
    amount: t.rate[i],
    year: t.provenance.year,
    release: t.provenance.release,
    indicator: t.statusIndicator[i],
  });
}

export interface SiteTotal {
  total: number;
  professional: PfsAmount;
  facility?: FacilityRate & { schedule: "OPPS" | "ASC" };
}

/** domain.md §8.8: office = PFS non-facility; HOPD = OPPS APC + PFS facility; ASC = ASC rate + PFS facility. */
export function siteTotal(
  ref: ReferenceData,
  arg: CodeArg,
  site: Site,
  locality?: string,
  year?: number
): Outcome<SiteTotal> {
  if (site === "office") {
    const p = pfsAmount(ref, arg, { setting: "nonfacility", locality, year });
    return p.ok ? ok({ total: p.value.amount, professional: p.value }) : p;
  }
  const facility = site === "ASC" ? ascRate(ref, arg.code) : oppsRate(ref, arg.code);
  if (!facility.ok) return facility;
  const p = pfsAmount(ref, arg, { setting: "facility", locality, year });
  if (!p.ok) return p;
  const total = Math.round((facility.value.amount + p.value.amount) * 100) / 100;
  return ok({
    total,
    professional: p.value,
    facility: { ...facility.value, schedule: site === "ASC" ? "ASC" : "OPPS" },
  });
}

export function dmeposAmount(
  ref: ReferenceData,
  arg: CodeArg,
  state: string,
  rural: boolean
): Outcome<{ amount: number; year: number; release: string }> {
  const tables = [ref.dmepos, ref.pen].filter((t): t is NonNullable<typeof t> => t !== undefined);
  if (tables.length === 0) return noData("DMEPOS");
  const st = (state ?? "").trim().toUpperCase();
  const k = arg.modifier ? `${arg.code}-${arg.modifier}` : arg.code;
  for (const t of tables) {
    const idx = indexOf(t);
    let i = idx.get(k);
    if (i === undefined && !arg.modifier) {
      // Codes priced only with a modifier (NU, RR, UE…): the user must say which.
      const mods = t.key.filter((x) => x.startsWith(`${arg.code}-`)).map((x) => x.slice(6));
      if (mods.length > 0)
        return notAvailable("reference.error.dmeposModifier", {
          code: arg.code,
          allowed: mods.join(", "),
        });
    }
    if (i === undefined) continue;
    const s = t.states.indexOf(st);
    if (s < 0)
      return invalidNumber("reference.error.state", { value: state, allowed: t.states.join(", ") });
    const base = i * t.states.length * 2 + s * 2;
    const nonRural = t.amounts[base];
    const ruralAmount = t.amounts[base + 1];
    const amount = rural && ruralAmount > 0 ? ruralAmount : nonRural;
    if (Number.isNaN(amount) || amount === 0)
      return notAvailable("reference.na.dmeposNoFee", { code: k, state: st });
    return ok({ amount, year: t.provenance.year, release: t.provenance.release });
  }
  return notAvailable("reference.na.notInFile", {
    code: k,
    dataset: "DMEPOS",
    year: tables[0].provenance.year,
  });
}

export function clfsRate(
  ref: ReferenceData,
  arg: CodeArg
): Outcome<{ amount: number; year: number; release: string }> {
  const t = ref.clfs;
  if (!t) return noData("CLFS");
  const i = indexOf(t).get(arg.modifier ? `${arg.code}-${arg.modifier}` : arg.code);
  if (i === undefined)
    return notAvailable("reference.na.notInFile", {
      code: arg.code,
      dataset: "CLFS",
      year: t.provenance.year,
    });
  return ok({ amount: t.rate[i], year: t.provenance.year, release: t.provenance.release });
}

export function hcpcsDescription(ref: ReferenceData, code: string): Outcome<string> {
  if (!/^[A-CE-V]\d{4}$/.test(code)) return notAvailable("reference.na.cptDescriptor", { code });
  const t = ref.hcpcs;
  if (!t) return noData("HCPCS Level II");
  const i = indexOf(t).get(code);
  if (i === undefined)
    return notAvailable("reference.na.notInFile", {
      code,
      dataset: "HCPCS Level II",
      year: t.provenance.year,
    });
  return ok(t.longDescription[i] || t.shortDescription[i]);
}

export function pfsStatus(
  ref: ReferenceData,
  arg: CodeArg,
  year?: number
): Outcome<{ status: string; year: number }> {
  const r = pfsRow(ref, arg, year);
  if (!r.ok) return r;
  return ok({ status: r.value.table.status[r.value.row], year: r.value.year });
}
