/**
 * A code's economics at every site that can bill it, and the fields of its reference card, built
 * only from the reference lookups (src/domain/reference/lookups) and the cost-sharing and margin
 * arithmetic of this folder, so each figure equals the REIMB.* lookup of the same name.
 *
 * Which sites (docs/reimbursement.md §8.8): the office when the PFS prices the code in the non-facility
 * setting (no "NA" in the RVU file's non-facility PE column); the hospital outpatient department
 * when the code is on OPPS Addendum B; the ASC when it is on ASC Addendum AA/BB. A site whose file
 * lists the code without a rate (packaged, carrier-priced) keeps its row, with the reason in the
 * cells that rate feeds. Inpatient stays are paid per MS-DRG, not per code, so no row is listed
 * for them.
 */
import { codeKind, type CodeKind } from "../codes/shape";
import { indexOf, type ReferenceData } from "../reference/model";
import {
  ascRate,
  clfsRate,
  hcpcsDescription,
  oppsDetail,
  oppsRate,
  pfsAmountsBySetting,
  pfsRow,
  rvuOfRow,
  zeroRvuFailure,
  siteTotal,
  yearFor,
  type CodeArg,
  type PfsRow,
  type RvuComponent,
  type Site,
} from "../reference/lookups";
import { costSharing } from "./costSharing";
import { caseMargin } from "./margin";
import { notAvailable, ok, type Outcome } from "./outcome";

export const COMPARISON_SITES: readonly Site[] = ["office", "hospital outpatient", "ASC"];

export interface SiteComparisonRow {
  site: Site;
  professional: Outcome<number>;
  facility: Outcome<number>;
  total: Outcome<number>;
  programPayment: Outcome<number>;
  patientShare: Outcome<number>;
  margin: Outcome<number>;
}

export interface SiteQuery {
  locality?: string;
  year?: number;
  /** Device cost per case, taken off the total for the margin; 0 when omitted. */
  deviceCost?: number;
}

function listed(
  ref: ReferenceData,
  dataset: "asc" | "oppsB",
  code: string,
  year?: number
): boolean {
  const y = yearFor(ref, [dataset], year);
  return y.ok && indexOf(ref[dataset][String(y.value)]).has(code);
}

function officeBillable(ref: ReferenceData, arg: CodeArg, year?: number): boolean {
  const y = yearFor(ref, ["pfs"], year);
  if (!y.ok) return false;
  const t = ref.pfs[String(y.value)];
  const i = indexOf(t).get(arg.modifier ? `${arg.code}-${arg.modifier}` : arg.code);
  return i !== undefined && t.nonFacilityNa[i] !== "NA";
}

/** The sites that can bill the code, in the order office, hospital outpatient, ASC. */
export function billableSites(ref: ReferenceData, arg: CodeArg, year?: number): Site[] {
  return COMPARISON_SITES.filter((site) =>
    site === "office"
      ? officeBillable(ref, arg, year)
      : listed(ref, site === "ASC" ? "asc" : "oppsB", arg.code, year)
  );
}

function chain<T, U>(o: Outcome<T>, f: (v: T) => Outcome<U>): Outcome<U> {
  return o.ok ? f(o.value) : o;
}

/** One site's row: every figure is the lookup or the arithmetic REIMB.* does on it. */
export function siteRow(
  ref: ReferenceData,
  arg: CodeArg,
  site: Site,
  q: SiteQuery = {}
): SiteComparisonRow {
  const total = siteTotal(ref, arg, site, q.locality, q.year);
  const totalAmount = chain(total, (v) => ok(v.total));
  let professional: Outcome<number>;
  let facility: Outcome<number>;
  if (total.ok) {
    professional = ok(total.value.professional.amount);
    facility = ok(total.value.facility?.amount ?? 0);
  } else if (site === "office") {
    professional = total;
    facility = ok(0);
  } else {
    // The facility rate is what is missing (or the year): say so in the facility cell; the
    // physician's part at a facility cannot be separated from the same failure, so it carries it.
    const rate = site === "ASC" ? ascRate(ref, arg.code, q.year) : oppsRate(ref, arg.code, q.year);
    facility = chain(rate, (r) => ok(r.amount));
    professional = total;
  }
  const sharing = chain(totalAmount, (allowed) => costSharing({ allowed }));
  return {
    site,
    professional,
    facility,
    total: totalAmount,
    programPayment: chain(sharing, (s) => ok(s.programPayment)),
    patientShare: chain(sharing, (s) => ok(s.patientShare)),
    margin: chain(totalAmount, (paymentPerCase) =>
      caseMargin({ paymentPerCase, deviceCost: q.deviceCost ?? 0 })
    ),
  };
}

/**
 * Every billable site's row. No site at all is one failure: the year asked for is not loaded, or
 * no loaded file prices the code per site.
 */
export function siteComparison(
  ref: ReferenceData,
  arg: CodeArg,
  q: SiteQuery = {}
): Outcome<SiteComparisonRow[]> {
  const sites = billableSites(ref, arg, q.year);
  if (sites.length > 0) return ok(sites.map((site) => siteRow(ref, arg, site, q)));
  const year = yearFor(ref, ["pfs"], q.year);
  return year.ok ? notAvailable("econ.sites.noSite", { code: arg.code }) : year;
}

/** The fields of a code's card, in display order; the host names and types them. */
export interface CodeCard {
  code: string;
  kind: CodeKind;
  descriptor: Outcome<string>;
  pfsStatus: Outcome<string>;
  pcTc: Outcome<string>;
  globalDays: Outcome<string>;
  multipleProcedure: Outcome<string>;
  workRvu: Outcome<number>;
  peRvuNonFacility: Outcome<number>;
  peRvuFacility: Outcome<number>;
  mpRvu: Outcome<number>;
  totalRvuNonFacility: Outcome<number>;
  totalRvuFacility: Outcome<number>;
  pfsNonFacility: Outcome<number>;
  pfsFacility: Outcome<number>;
  pfsLocality: string;
  pfsYear?: number;
  oppsStatusIndicator: Outcome<string>;
  oppsApc: Outcome<string>;
  oppsPayment: Outcome<number>;
  ascIndicator: Outcome<string>;
  ascPayment: Outcome<number>;
  /** Only where the code is on the CLFS. */
  clfsRate?: Outcome<number>;
}

/** The ASC payment indicator, also where the rate is packaged (N1) or otherwise unpriced. */
function ascIndicator(ref: ReferenceData, code: string, year?: number): Outcome<string> {
  return chain(yearFor(ref, ["asc"], year), (y) => {
    const t = ref.asc[String(y)];
    const i = indexOf(t).get(code);
    return i === undefined
      ? chain(ascRate(ref, code, y), (r) => ok(r.indicator))
      : ok(t.indicator[i]);
  });
}

/** A year no schedule of the card has loaded is one failure naming the loaded years. */
export function codeCard(
  ref: ReferenceData,
  arg: CodeArg,
  q: { locality?: string; year?: number } = {}
): Outcome<CodeCard> {
  if (q.year !== undefined) {
    const loaded = (["pfs", "oppsB", "asc", "clfs", "hcpcs"] as const).some(
      (d) => yearFor(ref, [d], q.year).ok
    );
    const pfsYear = yearFor(ref, ["pfs"], q.year);
    if (!loaded && !pfsYear.ok) return pfsYear;
  }
  return ok(cardFields(ref, arg, q));
}

function cardFields(
  ref: ReferenceData,
  arg: CodeArg,
  q: { locality?: string; year?: number }
): CodeCard {
  const row = pfsRow(ref, arg, q.year);
  const field = (pick: (t: (typeof ref.pfs)[string], i: number) => string): Outcome<string> =>
    chain(row, (r) => ok(pick(r.table, r.row).trim()));
  const amounts = pfsAmountsBySetting(ref, arg, { locality: q.locality, year: q.year });
  const nonFacility = amounts.nonfacility;
  // A row whose RVUs are all zero fails every RVU field for one reason: found once.
  const rvuRow: Outcome<PfsRow> = row.ok
    ? (zeroRvuFailure(row.value.table, row.value.row, arg.code, row.value.year) ?? row)
    : row;
  const rvuOf = (component: RvuComponent) => rvuOfRow(rvuRow, arg.code, component);
  const clfsYear = yearFor(ref, ["clfs"], q.year);
  const onClfs =
    clfsYear.ok &&
    indexOf(ref.clfs[String(clfsYear.value)]).has(
      arg.modifier ? `${arg.code}-${arg.modifier}` : arg.code
    );
  const oppsField = (f: string) =>
    chain(oppsDetail(ref, arg.code, f, q.year), (v) => ok(String(v)));
  return {
    code: arg.modifier ? `${arg.code}-${arg.modifier}` : arg.code,
    kind: codeKind(arg.code),
    descriptor: hcpcsDescription(ref, arg.code, q.year),
    pfsStatus: chain(row, (r) => ok(r.table.status[r.row])),
    pcTc: field((t, i) => t.pctc[i]),
    globalDays: field((t, i) => t.globalDays[i]),
    multipleProcedure: field((t, i) => t.multipleProcedure[i]),
    workRvu: rvuOf("work"),
    peRvuNonFacility: rvuOf("pe"),
    peRvuFacility: rvuOf("pe_facility"),
    mpRvu: rvuOf("mp"),
    totalRvuNonFacility: rvuOf("total"),
    totalRvuFacility: rvuOf("total_facility"),
    pfsNonFacility: chain(nonFacility, (p) => ok(p.amount)),
    pfsFacility: chain(amounts.facility, (p) => ok(p.amount)),
    pfsLocality: nonFacility.ok ? nonFacility.value.locality : (q.locality ?? "national"),
    pfsYear: row.ok ? row.value.year : undefined,
    oppsStatusIndicator: oppsField("si"),
    oppsApc: oppsField("apc"),
    oppsPayment: chain(oppsRate(ref, arg.code, q.year), (r) => ok(r.amount)),
    ascIndicator: ascIndicator(ref, arg.code, q.year),
    ascPayment: chain(ascRate(ref, arg.code, q.year), (r) => ok(r.amount)),
    clfsRate: onClfs ? chain(clfsRate(ref, arg, q.year), (r) => ok(r.amount)) : undefined,
  };
}
