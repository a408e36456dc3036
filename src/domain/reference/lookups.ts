/**
 * Fee-schedule lookups by code, year, locality and site of care. Each returns an Outcome: the
 * amount, or a reason a user can act on (not in this year's file, deleted, carrier-priced, not
 * payable under this fee schedule, no data loaded). PFS amounts use the economics module's
 * pfsPayment (one formula, one CMS rounding: the final product, half-up to cents).
 */
import { invalidValue, notAvailable, ok, type Outcome } from "../economics/outcome";
import { pfsPayment } from "../economics/pfs";
import { parseCode } from "../codes/shape";
import { terminated } from "./codeReference";
import { baseIndexOf, hasYear, indexOf, tableOf, years, type ReferenceData } from "./model";
import { MAX_CODE_ENTRIES, memoOf, ReferenceMemo } from "./memo";
import type { DatasetName } from "./model";
import type { AscTable, GpciTable, PprrvuTable } from "../../data/types";
import { stateCode } from "./states";
import { findParameter, parameterValue } from "../economics/params";
import { roundCents } from "../economics/money";
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
  // Home (POS 12) is paid at the non-facility rate; a SNF (POS 31) at the facility rate: the
  // PFS's facility/non-facility place-of-service lists (docs/reference-data.md, "Settings").
  home: "nonfacility",
  "12": "nonfacility",
  pos12: "nonfacility",
  snf: "facility",
  "skilled nursing facility": "facility",
  "31": "facility",
  pos31: "facility",
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
    : invalidValue("reference.error.setting", {
        value: text ?? "",
        allowed:
          "office (non-facility), facility, hospital outpatient, ASC, home, SNF, POS 11/12/19/21/22/24/31",
      });
}

/** Sites with a Medicare payment that is not the sum of a facility rate and the PFS. */
const OTHER_SITES: Record<string, string> = {
  home: "12",
  "12": "12",
  pos12: "12",
  snf: "31",
  "skilled nursing facility": "31",
  "31": "31",
  pos31: "31",
};

export function parseSite(text: string): Outcome<Site> {
  const k = key(text);
  const s = SITES[k];
  if (s) return ok(s);
  // Answered deliberately: at home the PFS non-facility amount is the whole payment; in a SNF stay
  // the facility part is the SNF PPS (consolidated billing), which SITE_TOTAL does not model.
  if (OTHER_SITES[k]) return invalidValue(`reference.error.site${OTHER_SITES[k]}`, { value: text });
  return invalidValue("reference.error.site", {
    value: text,
    allowed: "office, hospital outpatient, ASC",
  });
}

export interface CodeArg {
  code: string;
  modifier?: string;
}

/** One modifier ("26") or two ("NU-KF", "NU KF", "NU,KF": DMEPOS rows priced with Mod and Mod2). */
const MODIFIERS = /^([A-Z0-9]{2})(?:\s*[-\s,]\s*([A-Z0-9]{2}))?$/;

export function parseCodeArg(code: string, modifier?: string): Outcome<CodeArg> {
  if ((code ?? "").length > 40 || (modifier ?? "").length > 40)
    return invalidValue("reference.error.code", { value: (code ?? "").slice(0, 40) });
  const shape = parseCode(code ?? "");
  if (shape.kind === "invalid") return invalidValue("reference.error.code", { value: code });
  const text = (modifier ?? "").trim().toUpperCase() || shape.modifier;
  if (text === undefined) return ok({ code: shape.code });
  const m = MODIFIERS.exec(text);
  if (!m) return invalidValue("reference.error.modifier", { value: modifier ?? "" });
  return ok({ code: shape.code, modifier: m[2] ? `${m[1]}-${m[2]}` : m[1] });
}

function noData(what: string): Outcome<never> {
  return notAvailable("reference.na.noData", { dataset: what });
}

/** Dataset names as users know them, in messages. */
export const DATASET_LABELS: Readonly<Record<DatasetName, string>> = {
  pfs: "PFS RVU (PPRRVU)",
  gpci: "GPCI",
  locco: "PFS localities (LOCCO)",
  anes: "Anesthesia CF (ANES)",
  oppsCap: "OPPS cap (OPPSCAP)",
  asc: "ASC Addenda AA/BB",
  ascOffsets: "ASC Addendum FF",
  oppsB: "OPPS Addendum B",
  oppsA: "OPPS Addendum A",
  dmepos: "DMEPOS",
  pen: "DMEPOS PEN",
  clfs: "CLFS",
  hcpcs: "HCPCS Level II",
  asp: "ASP pricing file",
};

/**
 * The one default-year rule (docs/reference-data.md, "Years"): a figure is computed for the year
 * asked; with no year, for the latest calendar year in which EVERY dataset the figure needs is
 * loaded. A single-dataset lookup thus answers its dataset's latest year; a combined figure
 * (SITE_TOTAL: facility rate + PFS) never mixes years. An asked year missing for any part is
 * #N/A naming that part and the years it has.
 */
export function yearFor(
  ref: ReferenceData,
  needs: readonly DatasetName[],
  year?: number
): Outcome<number> {
  const memo = memoOf(ref);
  let byYear = memo.yearsByList.get(needs);
  if (!byYear) {
    const needsKey = needs.length === 1 ? needs[0] : needs.join("+");
    byYear = memo.years.get(needsKey);
    if (!byYear) memo.years.set(needsKey, (byYear = new Map()));
    if (memo.yearsByList.size < 64) memo.yearsByList.set(needs, byYear);
  }
  const asked = year ?? -1;
  let hit = byYear.get(asked);
  if (!hit) {
    hit = resolveYear(ref, needs, year);
    if (byYear.size < 10_000) byYear.set(asked, hit);
  }
  return hit;
}

function resolveYear(
  ref: ReferenceData,
  needs: readonly DatasetName[],
  year?: number
): Outcome<number> {
  for (const d of needs) if (years(ref[d]).length === 0) return noData(DATASET_LABELS[d]);
  if (year !== undefined) {
    const missing = needs.find((d) => !hasYear(ref[d], year));
    return missing ? missingYear(ref, missing, year) : ok(year);
  }
  const [first, ...rest] = needs;
  const common = years(ref[first]).filter((y) => rest.every((d) => hasYear(ref[d], y)));
  if (common.length > 0) return ok(common[common.length - 1]);
  const latest = years(ref[first]).pop() as number;
  return missingYear(ref, rest.find((d) => !hasYear(ref[d], latest)) ?? first, latest);
}

function missingYear(ref: ReferenceData, d: DatasetName, year: number): Outcome<never> {
  return notAvailable("reference.na.year", {
    dataset: DATASET_LABELS[d],
    year,
    years: years(ref[d]).join(", "),
  });
}

export function pfsYear(ref: ReferenceData, year?: number): Outcome<PprrvuTable> {
  const y = yearFor(ref, ["pfs"], year);
  return y.ok ? ok(ref.pfs[String(y.value)]) : y;
}

/** Why a code without a PFS row is not there: deleted per HCPCS, or simply not in this year's file. */
function missingReason(
  ref: ReferenceData,
  code: string,
  year: number,
  dataset: string
): Outcome<never> {
  const hcpcs = ref.hcpcs[String(year)] ?? tableOf(ref.hcpcs);
  const h = hcpcs ? indexOf(hcpcs).get(code) : undefined;
  if (
    h !== undefined &&
    hcpcs &&
    terminated(hcpcs.termDate[h], hcpcs.provenance.year, hcpcs.provenance.release)
  ) {
    return notAvailable("reference.na.deleted", { code, date: hcpcs.termDate[h] });
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

/**
 * A priced status (A, R, T) whose RVUs are all zero has no national amount: the RVU file's documentation (docs/reimbursement.md §8.10)
 * says such codes (e.g. status R 97545, 15824, 41820, D0120) are priced by the Medicare
 * contractor. Answering $0 would put a wrong number in a model without a warning.
 */
export function zeroRvuFailure(t: PprrvuTable, row: number, code: string, year: number) {
  if (t.work[row] !== 0 || t.peNonFacility[row] !== 0 || t.peFacility[row] !== 0 || t.mp[row] !== 0)
    return undefined;
  if (!PRICED.has(t.status[row])) return undefined;
  return notAvailable("reference.na.contractorPricedZero", { code, status: t.status[row], year });
}

export interface PfsRow {
  table: PprrvuTable;
  row: number;
  year: number;
}

export function pfsRow(ref: ReferenceData, arg: CodeArg, year?: number): Outcome<PfsRow> {
  const t = pfsYear(ref, year);
  return t.ok ? rowIn(ref, t.value, arg) : t;
}

/** The code's row in a year's PFS table, or why it has none. */
function rowIn(ref: ReferenceData, t: PprrvuTable, arg: CodeArg): Outcome<PfsRow> {
  const y = t.provenance.year;
  const k = arg.modifier ? `${arg.code}-${arg.modifier}` : arg.code;
  const row = indexOf(t).get(k);
  if (row === undefined) {
    if (arg.modifier && indexOf(t).has(arg.code))
      return notAvailable("reference.na.modifier", {
        code: arg.code,
        modifier: arg.modifier,
        year: y,
      });
    return missingReason(ref, arg.code, y, "PFS RVU");
  }
  return ok({ table: t, row, year: y });
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

/**
 * Accepts "01112-05", "0111205", "01112 05", "1112/5", a unique locality name, a state ("CA",
 * "California": the state's only locality, or an error listing its localities), or
 * blank/"national".
 */
export function gpciFor(
  ref: ReferenceData,
  locality: string | undefined,
  year: number
): Outcome<Gpci> {
  if (locality === undefined) return NATIONAL_OUTCOME;
  const memo = memoOf(ref);
  let byText = memo.localities.get(year) as Map<string, Outcome<Gpci>> | undefined;
  if (!byText) memo.localities.set(year, (byText = new Map()));
  const hit = byText.get(locality);
  return hit ?? ReferenceMemo.remember(byText, locality, resolveGpci(ref, locality, year));
}

const NATIONAL_OUTCOME: Outcome<Gpci> = ok(NATIONAL);

function resolveGpci(ref: ReferenceData, locality: string, year: number): Outcome<Gpci> {
  const text = locality.trim();
  if (isNational(text)) return NATIONAL_OUTCOME;
  if (text.length > 80)
    return invalidValue("reference.error.locality", {
      value: text.slice(0, 80),
      year,
      example: "01112-05 or MANHATTAN",
    });
  const t = ref.gpci[String(year)];
  if (!t) return missingYear(ref, "gpci", year);
  return resolveLocality(t, text, year);
}

function gpciRow(t: GpciTable, i: number): Gpci {
  return { work: t.work[i], pe: t.pe[i], mp: t.mp[i], key: t.key[i], name: t.name[i] };
}

function resolveLocality(t: GpciTable, text: string, year: number): Outcome<Gpci> {
  let k: string | undefined;
  const m = /^(\d{4,5})\s*[-/ ]?\s*(\d{1,2})$/.exec(text);
  if (m) {
    const exact = /^(\d{5})(\d{2})$/.exec(text);
    k = exact ? `${exact[1]}-${exact[2]}` : `${m[1].padStart(5, "0")}-${m[2].padStart(2, "0")}`;
  } else {
    const wanted = text.toUpperCase().replace(/\*/g, "").replace(/\s+/g, " ").trim();
    const names = t.name.map((n) => n.replace(/\*/g, "").trim());
    const exactHit = names.findIndex((n) => n === wanted);
    if (exactHit >= 0) k = t.key[exactHit];
    else {
      // A state (two-letter code or name) before a substring: "CA" is California, not "CHICAGO".
      const st = stateCode(wanted);
      const inState = st ? t.state.flatMap((s, i) => (s.trim() === st ? [i] : [])) : [];
      if (inState.length === 1) return ok(gpciRow(t, inState[0]));
      if (inState.length > 1)
        return invalidValue("reference.error.localityState", {
          value: text,
          state: st ?? "",
          count: inState.length,
          // Excel shows 255 characters of a message: the first few, and where to see them all.
          matches: inState
            .slice(0, 4)
            .map((i) => `${t.key[i]} ${names[i]}`)
            .join("; "),
        });
      const hits =
        wanted.length < 3 ? [] : names.flatMap((n, i) => (n.includes(wanted) ? [i] : []));
      if (hits.length === 1) k = t.key[hits[0]];
      else if (hits.length > 1)
        return invalidValue("reference.error.localityAmbiguous", {
          value: text,
          matches: hits.map((i) => `${t.key[i]} ${names[i]}`).join("; "),
        });
    }
  }
  const i = k === undefined ? undefined : indexOf(t).get(k);
  if (i === undefined)
    return notAvailable("reference.error.locality", {
      value: text,
      year,
      example: "01112-05, MANHATTAN or a state such as AL",
    });
  return ok(gpciRow(t, i));
}

/** Localities of a state in a year's GPCI file ("MAC-LL name" each), for LOCALITIES(). */
export function localitiesOf(
  ref: ReferenceData,
  state: string,
  year?: number
): Outcome<{ year: number; localities: string[] }> {
  const y = yearFor(ref, ["gpci"], year);
  if (!y.ok) return y;
  const t = ref.gpci[String(y.value)];
  const st = stateCode(state.trim().toUpperCase());
  if (!st) return invalidValue("reference.error.stateName", { value: state });
  const rows = t.state.flatMap((s, i) => (s.trim() === st ? [i] : []));
  if (rows.length === 0)
    return notAvailable("reference.na.noLocality", { state: st, year: y.value });
  return ok({
    year: y.value,
    localities: rows.map((i) => `${t.key[i]} ${t.name[i].replace(/\*/g, "").trim()}`),
  });
}

/** The PFS locality of a county (LOCCO file): "MAC-LL name". */
export function localityOfCounty(
  ref: ReferenceData,
  state: string,
  county: string,
  year?: number
): Outcome<{ year: number; key: string; name: string }> {
  const y = yearFor(ref, ["locco"], year);
  if (!y.ok) return y;
  const t = ref.locco[String(y.value)];
  const st = stateCode(state.trim().toUpperCase());
  if (!st) return invalidValue("reference.error.stateName", { value: state });
  const wanted = county
    .trim()
    .toUpperCase()
    .replace(/\s+COUNTY$/, "")
    .replace(/\s+/g, " ");
  if (wanted === "" || wanted.length > 60)
    return invalidValue("reference.error.county", { value: county.slice(0, 60), state: st });
  let rest: number | undefined;
  for (let i = 0; i < t.key.length; i++) {
    if (stateCode(t.state[i].trim().toUpperCase()) !== st) continue;
    const counties = t.counties[i].toUpperCase();
    if (
      /ALL OTHER COUNTIES|REST OF STATE|ALL COUNTIES/.test(counties) ||
      /^REST OF /.test(t.area[i].toUpperCase())
    )
      rest = rest ?? i;
    const list = counties.split(/[,/]|\bAND\b/).map((c) =>
      c
        .replace(/\b(COUNTIES|COUNTY|CNTY|CITY)\b/g, "")
        .replace(/\s+/g, " ")
        .trim()
    );
    if (list.includes(wanted)) return ok({ year: y.value, key: t.key[i], name: t.area[i].trim() });
  }
  if (rest !== undefined) return ok({ year: y.value, key: t.key[rest], name: t.area[rest].trim() });
  return notAvailable("reference.na.county", { county, state: st, year: y.value });
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
  /** Qualifying APM participant: the year's QP conversion factor (REIMB.PARAM "PFS_CF_QP"). */
  qp?: boolean;
  /** Share of the PE RVU paid (therapy multiple-procedure reduction, docs/reference-data.md). */
  peFactor?: number;
}

function isNational(locality: string | undefined): boolean {
  if (locality === undefined || locality === "") return true;
  const text = locality.trim();
  return text === "" || /^(national|us|00000)$/i.test(text);
}

const PFS_ONLY: readonly DatasetName[] = ["pfs"];
const PFS_GPCI: readonly DatasetName[] = ["pfs", "gpci"];

/** Datasets a PFS amount needs: the RVUs, and GPCIs unless national. */
export function pfsNeeds(locality: string | undefined): readonly DatasetName[] {
  return isNational(locality) ? PFS_ONLY : PFS_GPCI;
}

export function pfsAmount(ref: ReferenceData, arg: CodeArg, q: PfsQuery = {}): Outcome<PfsAmount> {
  const y = yearFor(ref, pfsNeeds(q.locality), q.year);
  if (!y.ok) return y;
  const r = pricedRow(ref, ref.pfs[String(y.value)], arg);
  if (!r.ok) return r;
  const g = gpciFor(ref, q.locality, r.value.year);
  if (!g.ok) return g;
  return amountAt(r.value, q.setting ?? "nonfacility", g.value, q);
}

/**
 * The amounts in both settings at one locality, each equal to pfsAmount's: the year, row and
 * GPCIs are found once (a code card shows both settings), and a failure before the setting
 * matters is the same for both.
 */
export function pfsAmountsBySetting(
  ref: ReferenceData,
  arg: CodeArg,
  q: Omit<PfsQuery, "setting"> = {}
): { nonfacility: Outcome<PfsAmount>; facility: Outcome<PfsAmount> } {
  const y = yearFor(ref, pfsNeeds(q.locality), q.year);
  if (!y.ok) return { nonfacility: y, facility: y };
  const r = pricedRow(ref, ref.pfs[String(y.value)], arg);
  if (!r.ok) return { nonfacility: r, facility: r };
  const g = gpciFor(ref, q.locality, r.value.year);
  if (!g.ok) return { nonfacility: g, facility: g };
  return {
    nonfacility: amountAt(r.value, "nonfacility", g.value, q),
    facility: amountAt(r.value, "facility", g.value, q),
  };
}

/** The code's row in a year's PFS table when CMS gives it a national amount, or why it has none. */
function pricedRow(ref: ReferenceData, t: PprrvuTable, arg: CodeArg): Outcome<PfsRow> {
  const r = rowIn(ref, t, arg);
  if (!r.ok) return r;
  const { row, year } = r.value;
  return (
    statusFailure(arg.code, t.status[row], year) ?? zeroRvuFailure(t, row, arg.code, year) ?? r
  );
}

/** docs/reimbursement.md §8.1: the amount of a priced row in a setting at a locality's GPCIs. */
function amountAt(
  r: PfsRow,
  setting: PfsSetting,
  g: Gpci,
  q: Pick<PfsQuery, "qp" | "peFactor">
): Outcome<PfsAmount> {
  const { table: t, row, year } = r;
  // "NA" (no PE RVU for that setting): CMS's payment files then carry the other setting's amount
  // for both (checked against PFREV25C/PFREV26B), so we do the same.
  const useFacilityPe =
    setting === "facility" ? t.facilityNa[row] !== "NA" : t.nonFacilityNa[row] === "NA";
  let conversionFactor = t.conversionFactor;
  if (q.qp && t.variant !== "QP") {
    const cf = findParameter("PFS_CF_QP", year);
    if (!cf.ok) return cf;
    conversionFactor = cf.value.value;
  }
  const peFactor = q.peFactor ?? 1;
  const pay = pfsPayment({
    workRvu: t.work[row],
    peRvu: (useFacilityPe ? t.peFacility[row] : t.peNonFacility[row]) * peFactor,
    mpRvu: t.mp[row],
    conversionFactor,
    gpciWork: g.work,
    gpciPe: g.pe,
    gpciMp: g.mp,
  });
  if (!pay.ok) return pay;
  let amount = pay.value;
  let oppsCapped = false;
  // The OPPS cap (imaging, SSA §1848(b)(4)): the PFS amount is limited to the same formula with
  // the OPPS PE and MP RVUs the RVU file carries for capped codes. CMS's OPPSCAP file is this
  // product per locality (checked to the cent in test/conformance); computing it covers every
  // year and national amounts too.
  const oppsPe = useFacilityPe ? t.oppsPeFacility[row] : t.oppsPeNonFacility[row];
  if (oppsPe > 0 || t.oppsMp[row] > 0) {
    const cap = pfsPayment({
      workRvu: t.work[row],
      peRvu: oppsPe * peFactor,
      mpRvu: t.oppsMp[row],
      conversionFactor,
      gpciWork: g.work,
      gpciPe: g.pe,
      gpciMp: g.mp,
    });
    if (cap.ok && cap.value < amount) {
      amount = cap.value;
      oppsCapped = true;
    }
  }
  return ok({ amount, year, setting, locality: g.key, status: t.status[row], oppsCapped });
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
    return invalidValue("reference.error.component", {
      value: component ?? "",
      allowed: "work, pe, pe_facility, mp, total, total_facility",
    });
  return rvuOfRow(pfsRow(ref, arg, year), arg.code, c);
}

/**
 * A component's RVU in a row already found (REIMB.RVU's figure): a code card reads six
 * components of one row, so it finds the row once rather than per component.
 */
export function rvuOfRow(r: Outcome<PfsRow>, code: string, c: RvuComponent): Outcome<number> {
  if (!r.ok) return r;
  const { table: t, row } = r.value;
  const zero = zeroRvuFailure(t, row, code, r.value.year);
  if (zero) return zero;
  let v: number;
  switch (c) {
    case "work":
      v = t.work[row];
      break;
    case "pe":
      v = t.peNonFacility[row];
      break;
    case "pe_facility":
      v = t.peFacility[row];
      break;
    case "mp":
      v = t.mp[row];
      break;
    case "total":
      v = t.work[row] + t.peNonFacility[row] + t.mp[row];
      break;
    case "total_facility":
      v = t.work[row] + t.peFacility[row] + t.mp[row];
      break;
  }
  return ok(Math.round(v * 100) / 100);
}

export function gpciValue(
  ref: ReferenceData,
  locality: string,
  component: string | undefined,
  year?: number
): Outcome<number> {
  const y = yearFor(ref, ["gpci"], year);
  if (!y.ok) return y;
  const comp = key(component ?? "work");
  if (!["work", "pe", "mp"].includes(comp))
    return invalidValue("reference.error.component", {
      value: component ?? "",
      allowed: "work, pe, mp",
    });
  if ((locality ?? "").trim() === "")
    return invalidValue("reference.error.locality", {
      value: "",
      year: y.value,
      example: "01112-05 or MANHATTAN",
    });
  const g = gpciFor(ref, locality, y.value);
  if (!g.ok) return g;
  return ok(comp === "work" ? g.value.work : comp === "pe" ? g.value.pe : g.value.mp);
}

export interface FacilityRate {
  amount: number;
  year: number;
  release: string;
  indicator: string;
}

export interface AscRow {
  table: AscTable;
  row: number;
  year: number;
}

/** A code's row in the year's ASC addenda AA/BB, or why it has none. */
export function ascRow(ref: ReferenceData, code: string, year?: number): Outcome<AscRow> {
  const y = yearFor(ref, ASC_ONLY, year);
  if (!y.ok) return y;
  const t = ref.asc[String(y.value)];
  const i = indexOf(t).get(code);
  if (i === undefined)
    return notAvailable("reference.na.notOnAscList", {
      code,
      year: t.provenance.year,
      release: t.provenance.release,
    });
  return ok({ table: t, row: i, year: y.value });
}

const ASC_ONLY: readonly DatasetName[] = ["asc"];

/** Packaged or otherwise unpriced ASC payment indicators, with why. */
export function ascRate(ref: ReferenceData, code: string, year?: number): Outcome<FacilityRate> {
  const r = ascRow(ref, code, year);
  if (!r.ok) return r;
  const { table: t, row: i } = r.value;
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

export function oppsRate(ref: ReferenceData, code: string, year?: number): Outcome<FacilityRate> {
  const y = yearFor(ref, ["oppsB"], year);
  if (!y.ok) return y;
  const t = ref.oppsB[String(y.value)];
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
  /** The PFS row the professional part was priced on ("93306-26" at a facility). */
  professionalCode: string;
  facility?: FacilityRate & { schedule: "OPPS" | "ASC" };
}

/**
 * Which PFS row the physician bills at a facility site, by the RVU file's PC/TC indicator (RVU
 * docs/reimbursement.md §8.10, "PCTC IND"): 1 (diagnostic test with professional and technical components) and 6
 * (lab physician interpretation) → the −26 professional component, since the hospital or ASC
 * is paid the technical part; 3 (technical component only) → nothing for the physician;
 * 4 (global test only: the professional part has its own code) → not billed by the physician
 * under this code. Others → the code as given.
 */
function facilityProfessional(
  ref: ReferenceData,
  arg: CodeArg,
  year: number
): Outcome<CodeArg | "none"> {
  if (arg.modifier) return ok(arg);
  const t = ref.pfs[String(year)];
  const i = indexOf(t).get(arg.code);
  if (i === undefined) return ok(arg);
  switch (t.pctc[i]) {
    case "1":
    case "6":
      return ok({ code: arg.code, modifier: "26" });
    case "3":
      return ok("none");
    case "4":
      return notAvailable("reference.na.globalOnly", { code: arg.code, year });
    default:
      return ok(arg);
  }
}

const ASC_PFS: readonly DatasetName[] = ["asc", "pfs"];
const ASC_PFS_GPCI: readonly DatasetName[] = ["asc", "pfs", "gpci"];
const OPPS_PFS: readonly DatasetName[] = ["oppsB", "pfs"];
const OPPS_PFS_GPCI: readonly DatasetName[] = ["oppsB", "pfs", "gpci"];

/** docs/reimbursement.md §8.8: office = PFS non-facility; HOPD = OPPS APC + PFS facility; ASC = ASC rate + PFS facility; one year for every part. */
export function siteTotal(
  ref: ReferenceData,
  arg: CodeArg,
  site: Site,
  locality?: string,
  year?: number
): Outcome<SiteTotal> {
  if (site === "office") {
    const p = pfsAmount(ref, arg, { setting: "nonfacility", locality, year });
    return p.ok
      ? ok({ total: p.value.amount, professional: p.value, professionalCode: display(arg) })
      : p;
  }
  const national = isNational(locality);
  const needs =
    site === "ASC" ? (national ? ASC_PFS : ASC_PFS_GPCI) : national ? OPPS_PFS : OPPS_PFS_GPCI;
  const y = yearFor(ref, needs, year);
  if (!y.ok) return y;
  const f = siteFacts(ref, arg, site, y.value);
  if (!f.ok) return f;
  const { facility, professional, professionalCode } = f.value;
  const g = gpciFor(ref, locality, y.value);
  if (!g.ok) return g;
  if (professional === undefined) {
    const none: PfsAmount = {
      amount: 0,
      year: y.value,
      setting: "facility",
      locality: g.value.key,
      status: f.value.status,
      oppsCapped: false,
    };
    return ok({ total: facility.amount, professional: none, professionalCode: "", facility });
  }
  const p = amountAt(professional, "facility", g.value, NO_ADJUSTMENT);
  if (!p.ok) return p;
  const total = Math.round(facility.amount * 100 + p.value.amount * 100) / 100;
  return ok({ total, professional: p.value, professionalCode, facility });
}

function display(a: CodeArg): string {
  return a.modifier ? `${a.code}-${a.modifier}` : a.code;
}

const NO_ADJUSTMENT: Pick<PfsQuery, "qp" | "peFactor"> = {};

/** What a facility site's total takes from the code alone, whatever the locality. */
interface SiteFacts {
  /** Shared by every cell of the code: frozen. */
  facility: Readonly<FacilityRate & { schedule: "OPPS" | "ASC" }>;
  /** The priced PFS row the physician bills; undefined: nothing (a technical component only). */
  professional: PfsRow | undefined;
  professionalCode: string;
  /** The code's PFS status, shown when the physician bills nothing. */
  status: string;
}

/** A code's SiteFacts at a facility site, kept on the reference's memo (memo.ts). */
function siteFacts(
  ref: ReferenceData,
  arg: CodeArg,
  site: Exclude<Site, "office">,
  year: number
): Outcome<SiteFacts> {
  const memo = memoOf(ref);
  let byYear = memo.siteFacts.get(site);
  if (!byYear) memo.siteFacts.set(site, (byYear = new Map()));
  let byCode = byYear.get(year) as Map<string, Outcome<SiteFacts> | typeof ASKED_ONCE> | undefined;
  if (!byCode) byYear.set(year, (byCode = new Map()));
  const k = display(arg);
  const hit = byCode.get(k);
  if (hit !== undefined && hit !== ASKED_ONCE) return hit;
  const facts = readSiteFacts(ref, arg, site, year);
  // Kept from the second ask: a recalculating column asks again and then reads the memo, while
  // a list of codes asked once (REIMB.SITES down thousands of codes) keeps only a mark per code.
  // Measured (bench/economics.bench.ts): keeping every first answer made each such REIMB.SITES
  // call ~3 µs dearer, in collecting the kept facts.
  ReferenceMemo.remember(byCode, k, hit === ASKED_ONCE ? facts : ASKED_ONCE, MAX_CODE_ENTRIES);
  return facts;
}

/** A code's facts asked for once so far (siteFacts keeps them from the second ask). */
const ASKED_ONCE: unique symbol = Symbol("asked once");

/** The facility rate, then the physician's row (facilityProfessional), then whether it is priced. */
function readSiteFacts(
  ref: ReferenceData,
  arg: CodeArg,
  site: Exclude<Site, "office">,
  year: number
): Outcome<SiteFacts> {
  const rate = site === "ASC" ? ascRate(ref, arg.code, year) : oppsRate(ref, arg.code, year);
  if (!rate.ok) return rate;
  const facility = Object.freeze({
    ...rate.value,
    schedule: site === "ASC" ? "ASC" : "OPPS",
  } as const);
  const pro = facilityProfessional(ref, arg, year);
  if (!pro.ok) return pro;
  const t = ref.pfs[String(year)];
  if (pro.value === "none") {
    const status = t.status[indexOf(t).get(arg.code) ?? 0];
    return ok({ facility, professional: undefined, professionalCode: "", status });
  }
  const row = pricedRow(ref, t, pro.value);
  if (!row.ok) return row;
  return ok({
    facility,
    professional: row.value,
    professionalCode: display(pro.value),
    status: t.status[row.value.row],
  });
}

/** DMEPOS state argument: a two-letter code or a state name. */
function dmeposState(state: string): string {
  const st = (state ?? "").trim().toUpperCase();
  return stateCode(st) ?? st;
}

export function dmeposAmount(
  ref: ReferenceData,
  arg: CodeArg,
  state: string,
  rural: boolean,
  year?: number
): Outcome<{ amount: number; year: number; release: string }> {
  const loaded = years(ref.dmepos).length > 0 ? "dmepos" : "pen";
  const y = yearFor(ref, [loaded], year);
  if (!y.ok) return y;
  const tables = [ref.dmepos[String(y.value)], ref.pen[String(y.value)]].filter(
    (t): t is NonNullable<typeof t> => t !== undefined
  );
  const st = dmeposState(state);
  const k = arg.modifier ? `${arg.code}-${arg.modifier}` : arg.code;
  for (const t of tables) {
    const idx = indexOf(t);
    const i = idx.get(k);
    if (i === undefined) {
      if (!baseIndexOf(t).has(arg.code)) continue;
      // Codes priced only with modifiers (NU, RR, UE, NU-KF…): the user must say which.
      const mods = t.key
        .filter((x) => x.startsWith(`${arg.code}-`))
        .map((x) => x.slice(arg.code.length + 1));
      return notAvailable("reference.error.dmeposModifier", {
        code: arg.code,
        modifier: arg.modifier ?? "",
        allowed: mods.join(", "),
      });
    }
    const s = t.states.indexOf(st);
    if (s < 0)
      return invalidValue("reference.error.state", { value: state, allowed: t.states.join(", ") });
    const base = i * t.states.length * 2 + s * 2;
    const nonRural = t.amounts[base];
    const ruralAmount = t.amounts[base + 1];
    const amount = rural && ruralAmount > 0 ? ruralAmount : nonRural;
    if (Number.isNaN(amount) || amount === 0)
      return notAvailable("reference.na.dmeposNoFee", { code: k, state: st });
    return ok({ amount, year: t.provenance.year, release: t.provenance.release });
  }
  return notAvailable("reference.na.notInFile", { code: k, dataset: "DMEPOS", year: y.value });
}

export function clfsRate(
  ref: ReferenceData,
  arg: CodeArg,
  year?: number
): Outcome<{ amount: number; year: number; release: string }> {
  const y = yearFor(ref, ["clfs"], year);
  if (!y.ok) return y;
  const t = ref.clfs[String(y.value)];
  const i = indexOf(t).get(arg.modifier ? `${arg.code}-${arg.modifier}` : arg.code);
  if (i === undefined)
    return notAvailable("reference.na.notInFile", {
      code: arg.code,
      dataset: "CLFS",
      year: t.provenance.year,
    });
  // Indicator L with a 0.00 rate: the CLFS documentation says (docs/reimbursement.md §8.10) the MAC prices it locally; no national
  // limit exists, so $0 would be wrong.
  if (!(t.rate[i] > 0))
    return notAvailable(
      t.indicator[i] === "L" ? "reference.na.clfsLocal" : "reference.na.clfsNoRate",
      { code: arg.code, year: t.provenance.year }
    );
  return ok({ amount: t.rate[i], year: t.provenance.year, release: t.provenance.release });
}

export function hcpcsDescription(ref: ReferenceData, code: string, year?: number): Outcome<string> {
  if (!/^[A-CE-V]\d{4}$/.test(code)) return notAvailable("reference.na.cptDescriptor", { code });
  const y = yearFor(ref, ["hcpcs"], year);
  if (!y.ok) return y;
  const t = ref.hcpcs[String(y.value)];
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

export type OppsField = "apc" | "si" | "weight" | "rate" | "copay" | "minimum_copay";
const OPPS_FIELDS: Record<string, OppsField> = {
  apc: "apc",
  si: "si",
  "status indicator": "si",
  status_indicator: "si",
  weight: "weight",
  "relative weight": "weight",
  relative_weight: "weight",
  rate: "rate",
  payment: "rate",
  copay: "copay",
  copayment: "copay",
  "national copay": "copay",
  national_copay: "copay",
  minimum_copay: "minimum_copay",
  "minimum copay": "minimum_copay",
};

/**
 * One field of a code's OPPS Addendum B row. The national unadjusted copayment is capped at the
 * year's inpatient (Part A) deductible: SSA §1833(t)(8)(C)(i) limits a single service's copayment
 * to that amount (docs/reference-data.md, "OPPS").
 */
export function oppsDetail(
  ref: ReferenceData,
  code: string,
  field: string | undefined,
  year?: number
): Outcome<number | string> {
  const f = OPPS_FIELDS[key(field ?? "apc")];
  if (!f)
    return invalidValue("reference.error.component", {
      value: field ?? "",
      allowed: "apc, si, weight, rate, copay, minimum_copay",
    });
  const y = yearFor(ref, ["oppsB"], year);
  if (!y.ok) return y;
  const t = ref.oppsB[String(y.value)];
  const i = indexOf(t).get(code);
  if (i === undefined)
    return notAvailable("reference.na.notInFile", {
      code,
      dataset: "OPPS Addendum B",
      year: y.value,
    });
  if (f === "si") return ok(t.statusIndicator[i]);
  if (f === "apc") {
    const apc = t.apc[i].trim();
    return apc
      ? ok(apc)
      : notAvailable("reference.na.oppsNoField", {
          code,
          field: "APC",
          indicator: t.statusIndicator[i],
          year: y.value,
        });
  }
  // Addendum B writes "." for the national unadjusted copayment where it is no more than the
  // minimum (20% of the rate): the beneficiary then owes the minimum.
  const national = Number.isFinite(t.nationalCopay[i]) ? t.nationalCopay[i] : t.minimumCopay[i];
  const value = {
    weight: t.weight[i],
    rate: t.rate[i],
    copay: national,
    minimum_copay: t.minimumCopay[i],
  }[f];
  if (!Number.isFinite(value))
    return notAvailable("reference.na.oppsNoField", {
      code,
      field: f,
      indicator: t.statusIndicator[i],
      year: y.value,
    });
  if (f === "copay" || f === "minimum_copay") {
    let cap: number;
    try {
      cap = parameterValue("PART_A_DEDUCTIBLE", y.value);
    } catch {
      return notAvailable("reference.na.year", {
        dataset: "PARAM PART_A_DEDUCTIBLE",
        year: y.value,
        years: "2025, 2026",
      });
    }
    return ok(roundCents(Math.min(value, cap)));
  }
  return ok(value);
}

/** OPPS payment rate of an APC (Addendum A). */
export function apcRate(ref: ReferenceData, apc: string, year?: number): Outcome<FacilityRate> {
  const y = yearFor(ref, ["oppsA"], year);
  if (!y.ok) return y;
  const t = ref.oppsA[String(y.value)];
  const k = apc.trim().padStart(4, "0");
  const i = indexOf(t).get(k);
  if (i === undefined)
    return notAvailable("reference.na.notInFile", {
      code: apc,
      dataset: "OPPS Addendum A",
      year: y.value,
    });
  if (!Number.isFinite(t.rate[i]))
    return notAvailable("reference.na.oppsNoField", {
      code: k,
      field: "rate",
      indicator: t.statusIndicator[i],
      year: y.value,
    });
  return ok({
    amount: t.rate[i],
    year: y.value,
    release: t.provenance.release,
    indicator: t.statusIndicator[i],
  });
}
