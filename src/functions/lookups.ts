/**
 * Reference-data lookup functions (REIMB.PFS, REIMB.RVU, …) over the CMS data currently loaded
 * (src/functions/state). Thin: read arguments, call the domain lookup, return the number
 * or an Excel error whose message says why (#N/A: not in this year's file, deleted, carrier-priced,
 * not payable under this fee schedule, no data loaded). This file is a second input of
 * custom-functions-metadata-plugin (see webpack.config.js).
 */
import { getLocale, msg, render, t } from "../i18n/catalogue";
import { errorText } from "../domain/errors";
import { notAvailable, type Outcome } from "../domain/economics/outcome";
import {
  ascRate,
  clfsRate,
  dmeposAmount,
  gpciValue,
  hcpcsDescription,
  localitiesOf,
  localityOfCounty,
  oppsRate,
  oppsDetail,
  apcRate,
  pfsAmount,
  pfsStatus,
  rvu,
  siteTotal,
  type SiteTotal,
} from "../domain/reference/lookups";
import { parseAdjustment, pfsAdjusted } from "../domain/reference/adjustments";
import { anesthesiaPayment } from "../domain/reference/anesthesia";
import { ascDetail, ascDiscounted, parseAscField } from "../domain/reference/ascDetail";
import { aspValue, parseAspField } from "../domain/reference/asp";
import { getReference, getVintage, noDataMessage, setReference } from "./state";
import { decodeBundle } from "../domain/reference/bundle";
import { callFunction, fail, failureError, unwrap, type ExcelError } from "./errors";
import {
  describe as describeArg,
  describeBlank,
  isBlankOrZero,
  optionalFlag,
  optionalYear,
  requireNumber,
} from "./args";
import {
  codeArg,
  localityArg,
  requiredTextArg,
  settingArg,
  siteArg,
  textArg,
} from "./referenceArgs";

/**
 * With nothing loaded, every lookup says so (and why) rather than "not in file". Nothing loaded
 * can only fail, so the question is asked when the lookup did not answer, never on the way to an
 * answer (it is the one check every cell would otherwise pay for).
 */
function withData<T>(outcome: () => Outcome<T>): T {
  let o: Outcome<T>;
  try {
    o = outcome();
  } catch (error) {
    failIfNoData();
    throw error;
  }
  if (o.ok) return o.value;
  failIfNoData();
  return unwrap(o);
}

/**
 * withData for the lookups a sheet fills whole columns with: a failure is returned as the
 * function's Excel error rather than raised (errors.failureError), which was most of a failed
 * cell's cost; `pick` takes the cell's figure from the answer.
 */
function answer<T, V>(
  fn: string,
  outcome: () => Outcome<T>,
  pick: (value: T) => V
): V | ExcelError {
  let o: Outcome<T>;
  try {
    o = outcome();
  } catch (error) {
    failIfNoData();
    throw error;
  }
  if (o.ok) return pick(o.value);
  failIfNoData();
  return failureError(fn, o);
}

function failIfNoData(): void {
  const why = noDataMessage();
  if (why) unwrap(notAvailable("reference.na.noneLoaded", { reason: render(why) }));
}

/**
 * Medicare Physician Fee Schedule payment for a code, from CMS's RVU and GPCI files, rounded to the cent as CMS rounds.
 * @customfunction PFS
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param code HCPCS/CPT code, e.g. "99213", "0691T", "27447-26" (a modifier may follow the code).
 * @param [setting] "office" (non-facility, default), "facility", "hospital outpatient", "ASC", or POS 11/19/22/24.
 * @param [locality] Medicare locality as MAC-locality ("01112-05") or locality name ("MANHATTAN"). Omitted: national (GPCI 1.000).
 * @param [modifier] Modifier with its own RVUs: 26 (professional), TC (technical), 53.
 * @param [year] Calendar year of the fee schedule. Omitted: the latest year loaded (see DATA_VINTAGE).
 * @param [qp] TRUE: a qualifying APM participant, paid at the year's QP conversion factor (33.5675 for CY2026). Omitted: FALSE.
 * @returns Payment in dollars.
 */
export function pfs(
  code: unknown,
  setting?: unknown,
  locality?: unknown,
  modifier?: unknown,
  year?: unknown,
  qp?: unknown
): number | ExcelError {
  return callFunction("PFS", () => {
    const arg = codeArg(code, modifier);
    const s = settingArg(setting);
    return withData(() =>
      pfsAmount(getReference(), arg, {
        setting: s,
        locality: localityArg(locality),
        year: optionalYear(year),
        qp: optionalFlag(qp, "qp") ?? false,
      })
    ).amount;
  });
}

/**
 * PFS amount of a code after one payment adjustment the RVU file's indicators drive: multiple procedure (by rank), bilateral, assistant at surgery (16%), co-surgeon (62.5%), team surgery, or the non-participating limiting charge (109.25%).
 * @customfunction PFS_ADJUSTED
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param code HCPCS/CPT code, e.g. "27447" or "70450-TC".
 * @param adjustment "multiple", "bilateral", "assistant", "cosurgeon", "team" or "limiting" (or the modifier: 51, 50, 80, 62, 66).
 * @param [rank] For multiple: the procedure's rank by fee schedule amount among the same day's procedures (1 = highest, paid in full). Omitted: 1.
 * @param [setting] "office" (non-facility, default) or "facility".
 * @param [locality] Medicare locality. Omitted: national.
 * @param [year] Calendar year. Omitted: the latest year loaded.
 * @returns Adjusted payment in dollars.
 */
export function pfsAdjustedFn(
  code: unknown,
  adjustment: unknown,
  rank?: unknown,
  setting?: unknown,
  locality?: unknown,
  year?: unknown
): number | ExcelError {
  return callFunction("PFS_ADJUSTED", () => {
    const arg = codeArg(code);
    const a = unwrap(parseAdjustment(requiredTextArg(adjustment, "adjustment", "bilateral")));
    const r = isBlankOrZero(rank) ? undefined : requireNumber(rank, "rank");
    const s = settingArg(setting);
    return withData(() =>
      pfsAdjusted(getReference(), arg, a, {
        rank: r,
        setting: s,
        locality: localityArg(locality),
        year: optionalYear(year),
      })
    );
  });
}

/**
 * Anesthesia payment under the PFS: (base units + time units) × the locality's anesthesia conversion factor (CMS's ANES file); time units = minutes / 15 to one decimal.
 * @customfunction ANESTHESIA
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param base_units Base units of the anesthesia code (ASA relative value guide; not in CMS's files), e.g. 7.
 * @param minutes Anesthesia time in minutes, e.g. 90.
 * @param [locality] Medicare locality (MAC-locality or name). Omitted: the national anesthesia CF.
 * @param [year] Calendar year. Omitted: the latest year loaded.
 * @param [qp] TRUE: a qualifying APM participant (the ANES file's QP column from 2026). Omitted: FALSE.
 * @returns Payment in dollars.
 */
export function anesthesia(
  base_units: unknown,
  minutes: unknown,
  locality?: unknown,
  year?: unknown,
  qp?: unknown
): number | ExcelError {
  return callFunction("ANESTHESIA", () => {
    const base = requireNumber(base_units, "base_units");
    const time = requireNumber(minutes, "minutes");
    return withData(() =>
      anesthesiaPayment(getReference(), base, time, {
        locality: localityArg(locality),
        year: optionalYear(year),
        qp: optionalFlag(qp, "qp") ?? false,
      })
    );
  });
}

/**
 * ASC details from Addenda AA and FF: device offset amount or percentage, device-intensive status (payment indicator J8), subject to multiple procedure discounting, payment indicator, payment weight, service portion (rate less device portion), payment when discontinued before anesthesia (modifier 73).
 * @customfunction ASC_DETAIL
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param code HCPCS/CPT code, e.g. "63685".
 * @param [field] "device_offset" (default), "device_offset_percent", "device_intensive", "discounted", "indicator", "weight", "service_portion" or "discontinued".
 * @param [year] Calendar year. Omitted: the latest year loaded.
 * @returns The field's value.
 */
export function ascDetailFn(
  code: unknown,
  field?: unknown,
  year?: unknown
): number | string | boolean | ExcelError {
  return callFunction("ASC_DETAIL", () => {
    const arg = codeArg(code);
    const f = unwrap(parseAscField(textArg(field, "field", "device_offset")));
    return withData(() => ascDetail(getReference(), arg.code, f, optionalYear(year)));
  });
}

/**
 * ASC payment of a procedure after the multiple procedure discount: 50% from the second-ranked procedure on when Addendum AA marks it subject to discounting.
 * @customfunction ASC_DISCOUNTED
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param code HCPCS/CPT code, e.g. "66984".
 * @param [rank] The procedure's rank by payment among the same session's procedures (1 = highest, paid in full). Omitted: 2.
 * @param [year] Calendar year. Omitted: the latest year loaded.
 * @returns Payment in dollars.
 */
export function ascDiscountedFn(
  code: unknown,
  rank?: unknown,
  year?: unknown
): number | ExcelError {
  return callFunction("ASC_DISCOUNTED", () => {
    const arg = codeArg(code);
    const r = isBlankOrZero(rank) ? 2 : requireNumber(rank, "rank");
    return withData(() => ascDiscounted(getReference(), arg.code, r, optionalYear(year)));
  });
}

/**
 * Relative value units of a code from CMS's PFS relative value file (PPRRVU).
 * @customfunction RVU
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param code HCPCS/CPT code, e.g. "99213".
 * @param [component] "work", "pe" (non-facility PE), "pe_facility", "mp", "total" (non-facility total, default) or "total_facility".
 * @param [modifier] Modifier with its own RVUs: 26, TC, 53.
 * @param [year] Calendar year. Omitted: the latest year loaded.
 * @returns RVUs.
 */
export function rvuFn(
  code: unknown,
  component?: unknown,
  modifier?: unknown,
  year?: unknown
): number | ExcelError {
  return callFunction("RVU", () => {
    const arg = codeArg(code, modifier);
    return withData(() =>
      rvu(getReference(), arg, textArg(component, "component", "work"), optionalYear(year))
    );
  });
}

/**
 * Geographic practice cost index of a Medicare locality (Addendum E; work GPCI with the 1.0 floor where CMS publishes both).
 * @customfunction GPCI
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param locality MAC-locality ("01112-05") or locality name ("MANHATTAN").
 * @param [component] "work" (default), "pe" or "mp".
 * @param [year] Calendar year. Omitted: the latest year loaded.
 * @returns The GPCI.
 */
export function gpci(locality: unknown, component?: unknown, year?: unknown): number | ExcelError {
  return callFunction("GPCI", () =>
    withData(() =>
      gpciValue(
        getReference(),
        localityArg(locality) ??
          fail("value", "fn.error.required", { arg: "locality", got: describeBlank(locality) }),
        textArg(component, "component", "work"),
        optionalYear(year)
      )
    )
  );
}

/**
 * National unadjusted ASC payment rate of a code (ASC Addendum AA/BB).
 * @customfunction ASC
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param code HCPCS/CPT code, e.g. "66984".
 * @param [year] Calendar year. Omitted: the latest year loaded.
 * @returns ASC payment in dollars.
 */
export function asc(code: unknown, year?: unknown): number | ExcelError {
  return callFunction("ASC", () => {
    const arg = codeArg(code);
    return withData(() => ascRate(getReference(), arg.code, optionalYear(year))).amount;
  });
}

/**
 * National unadjusted OPPS payment rate of a code (OPPS Addendum B).
 * @customfunction OPPS
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param code HCPCS/CPT code, e.g. "66984" or "G0463".
 * @param [year] Calendar year. Omitted: the latest year loaded.
 * @returns OPPS payment in dollars.
 */
export function opps(code: unknown, year?: unknown): number | ExcelError {
  return callFunction("OPPS", () => {
    const arg = codeArg(code);
    return withData(() => oppsRate(getReference(), arg.code, optionalYear(year))).amount;
  });
}

/**
 * DMEPOS fee schedule amount for a state (non-rural unless rural is TRUE).
 * @customfunction DMEPOS
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param code HCPCS Level II code, e.g. "E0601".
 * @param state Two-letter state or state name, e.g. "CA" or "California".
 * @param [modifier] Pricing modifier(s) where the item is priced per modifier: RR (rental), NU (new purchase), UE (used); two as "NU-KF" where the file has Mod2.
 * @param [rural] TRUE for the rural fee where CMS publishes one. Omitted: FALSE.
 * @param [year] Calendar year. Omitted: the latest year loaded.
 * @returns Fee in dollars.
 */
export function dmepos(
  code: unknown,
  state: unknown,
  modifier?: unknown,
  rural?: unknown,
  year?: unknown
): number | ExcelError {
  return callFunction("DMEPOS", () => {
    const arg = codeArg(code, modifier);
    const st = requiredTextArg(state, "state", "CA");
    return withData(() =>
      dmeposAmount(
        getReference(),
        arg,
        st,
        optionalFlag(rural, "rural") ?? false,
        optionalYear(year)
      )
    ).amount;
  });
}

/**
 * Clinical Laboratory Fee Schedule rate of a code.
 * @customfunction CLFS
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param code Lab code, e.g. "80053" or "0242U" (a modifier may follow: "87635-QW").
 * @param [year] Calendar year. Omitted: the latest year loaded.
 * @returns CLFS rate in dollars.
 */
export function clfs(code: unknown, year?: unknown): number | ExcelError {
  return callFunction("CLFS", () => {
    const arg = codeArg(code);
    return withData(() => clfsRate(getReference(), arg, optionalYear(year))).amount;
  });
}

/**
 * Medicare Part B drug payment limit from CMS's quarterly ASP pricing file: the limit per HCPCS dosage unit (3 decimals, as CMS prints it), the dosage that unit is, or the co-insurance percentage.
 * @customfunction ASP
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param code HCPCS drug code, e.g. "J9035".
 * @param [field] "limit" (default), "dosage" or "coinsurance".
 * @param [year] Calendar year. Omitted: the latest year loaded.
 * @returns The field's value.
 */
export function asp(code: unknown, field?: unknown, year?: unknown): number | string | ExcelError {
  return callFunction("ASP", () => {
    const arg = codeArg(code);
    const f = unwrap(parseAspField(textArg(field, "field", "limit")));
    return withData(() => aspValue(getReference(), arg.code, f, optionalYear(year)));
  });
}

/**
 * Medicare payment for a code at a site of care: office = PFS non-facility; hospital outpatient = OPPS rate + PFS facility; ASC = ASC rate + PFS facility (the professional component, -26, for diagnostic tests). Every part from one year.
 * @customfunction SITE_TOTAL
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param code HCPCS/CPT code, e.g. "66984".
 * @param site "office", "hospital outpatient" (HOPD, POS 22) or "ASC" (POS 24).
 * @param [locality] Locality for the PFS part (MAC-locality or name). Omitted: national. OPPS and ASC parts are national unadjusted rates.
 * @param [year] Calendar year of every part. Omitted: the latest year in which every part is loaded.
 * @returns Total payment in dollars.
 */
export function siteTotalFn(
  code: unknown,
  site: unknown,
  locality?: unknown,
  year?: unknown
): number | ExcelError {
  return callFunction("SITE_TOTAL", () => {
    const arg = codeArg(code);
    const s = siteArg(site);
    return answer(
      "SITE_TOTAL",
      () => siteTotal(getReference(), arg, s, localityArg(locality), optionalYear(year)),
      totalOf
    );
  });
}

function totalOf(t: SiteTotal): number {
  return t.total;
}

/**
 * PFS status indicator of a code and what it means (e.g. "A: Active code, paid under the PFS").
 * @customfunction STATUS
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param code HCPCS/CPT code.
 * @param [year] Calendar year. Omitted: the latest year loaded.
 * @returns The status and its meaning.
 */
export function status(code: unknown, year?: unknown): string | ExcelError {
  return callFunction("STATUS", () => {
    const arg = codeArg(code);
    const s = withData(() => pfsStatus(getReference(), arg, optionalYear(year))).status;
    const id = `reference.status.${s}`;
    const text = t(id);
    return text === id ? t("reference.status.unknown", { status: s }) : text;
  });
}

/**
 * HCPCS Level II long description (CMS). CPT descriptors are licensed by the AMA and are not shipped.
 * @customfunction HCPCS_DESC
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param code HCPCS Level II code, e.g. "E0601".
 * @param [year] Calendar year of the HCPCS file. Omitted: the latest year loaded.
 * @returns The description.
 */
export function hcpcsDesc(code: unknown, year?: unknown): string | ExcelError {
  return callFunction("HCPCS_DESC", () => {
    const arg = codeArg(code);
    return withData(() => hcpcsDescription(getReference(), arg.code, optionalYear(year)));
  });
}

/**
 * One field of a code's OPPS Addendum B row: APC, status indicator, relative weight, payment rate, national unadjusted copayment (capped at the year's inpatient deductible) or minimum unadjusted copayment.
 * @customfunction OPPS_DETAIL
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param code HCPCS/CPT code, e.g. "93306".
 * @param [field] "apc" (default), "si", "weight", "rate", "copay" or "minimum_copay".
 * @param [year] Calendar year. Omitted: the latest year loaded.
 * @returns The field's value.
 */
export function oppsDetailFn(
  code: unknown,
  field?: unknown,
  year?: unknown
): number | string | ExcelError {
  return callFunction("OPPS_DETAIL", () => {
    const arg = codeArg(code);
    const f = textArg(field, "field", "apc");
    return withData(() => oppsDetail(getReference(), arg.code, f, optionalYear(year)));
  });
}

/**
 * National unadjusted OPPS payment rate of an APC (OPPS Addendum A).
 * @customfunction APC
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param apc APC number, e.g. "5524" or 5524.
 * @param [year] Calendar year. Omitted: the latest year loaded.
 * @returns Payment in dollars.
 */
export function apc(apc: unknown, year?: unknown): number | ExcelError {
  return callFunction("APC", () => {
    const text = requiredTextArg(apc, "apc", "5524");
    if (!/^\d{1,4}$/.test(text.trim()))
      return fail("value", "fn.error.expectedText", {
        arg: "apc",
        example: "5524",
        got: describeArg(apc),
      });
    return withData(() => apcRate(getReference(), text, optionalYear(year))).amount;
  });
}

/**
 * PFS localities of a state ("MAC-locality name", separated by "; "), or the one locality of a county (CMS's county-to-locality file, LOCCO).
 * @customfunction LOCALITIES
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @param state Two-letter state or state name, e.g. "CA" or "California".
 * @param [county] County name as CMS writes it, e.g. "LOS ANGELES". Omitted: every locality of the state.
 * @param [year] Calendar year. Omitted: the latest year loaded.
 * @returns The localities.
 */
export function localities(state: unknown, county?: unknown, year?: unknown): string | ExcelError {
  return callFunction("LOCALITIES", () => {
    const st = requiredTextArg(state, "state", "CA");
    const c = textArg(county, "county", "LOS ANGELES");
    const y = optionalYear(year);
    if (c === undefined)
      return withData(() => localitiesOf(getReference(), st, y)).localities.join("; ");
    const hit = withData(() => localityOfCounty(getReference(), st, c, y));
    return `${hit.key} ${hit.name}`;
  });
}

/**
 * Which CMS files the reference numbers come from: dataset, year and release of each.
 * @customfunction DATA_VINTAGE
 * @helpurl https://github.com/reimb-addin/reimb#function-reference
 * @returns The data vintage.
 */
export function dataVintage(): string | ExcelError {
  return callFunction("DATA_VINTAGE", () => {
    const why = noDataMessage();
    if (why) return t("reference.vintage.noneWithReason", { reason: render(why) });
    return getVintage().label;
  });
}

/**
 * Load the reference bundle shipped beside the add-in (dist/reference.json.gz). Called once by the
 * page that hosts the functions; failures leave "no reference data loaded" with the reason.
 */
export async function loadBundledReference(url = "reference.json.gz"): Promise<void> {
  try {
    const response = await fetch(url);
    if (!response.ok) {
      setReference(
        getReference(),
        msg("reference.reason.fetchFailed", { status: response.status, url })
      );
      return;
    }
    setReference(
      decodeBundle(new Uint8Array(await response.arrayBuffer())),
      msg("reference.reason.bundleEmpty")
    );
  } catch (e) {
    setReference(
      getReference(),
      msg("reference.reason.loadFailed", { detail: errorText(e, getLocale()) })
    );
  }
}

// In the add-in page (not in Node/jest), load the shipped bundle as soon as the functions load.
if (
  typeof fetch === "function" &&
  typeof (globalThis as { location?: unknown }).location === "object" &&
  noDataMessage() !== undefined
) {
  void loadBundledReference();
}
