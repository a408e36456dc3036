/**
 * Anesthesia payment under the PFS (docs/reference-data.md, "Anesthesia"): (base units + time
 * units) × the locality's anesthesia conversion factor from CMS's ANES file. Time units are the
 * minutes of anesthesia time divided by 15, to one decimal place (Medicare Claims Processing Manual
 * ch. 12 §50). Base units are the ASA relative value guide's (licensed, not in CMS's files), so the
 * caller gives them.
 */
import { add, dec, mul, round } from "../economics/decimal";
import { roundHalfUp } from "../economics/money";
import { invalidNumber, notAvailable, ok, type Outcome } from "../economics/outcome";
import { gpciFor, pfsNeeds, yearFor } from "./lookups";
import type { ReferenceData } from "./model";

export interface AnesthesiaQuery {
  locality?: string;
  year?: number;
  /** Qualifying APM participant: the ANES file's QP column (2026 on; one CF before). */
  qp?: boolean;
}

/** Largest plausible inputs: a day of anesthesia, and base units far above any ASA value (≤ 30). */
const MAX_MINUTES = 24 * 60 * 7;
const MAX_BASE_UNITS = 1000;

export function anesthesiaTimeUnits(minutes: number): number {
  return roundHalfUp(minutes / 15, 1);
}

export function anesthesiaPayment(
  ref: ReferenceData,
  baseUnits: number,
  minutes: number,
  q: AnesthesiaQuery = {}
): Outcome<number> {
  if (!Number.isFinite(baseUnits) || baseUnits < 0 || baseUnits > MAX_BASE_UNITS)
    return invalidNumber("anesthesia.error.baseUnits", { value: baseUnits, max: MAX_BASE_UNITS });
  if (!Number.isFinite(minutes) || minutes < 0 || minutes > MAX_MINUTES)
    return invalidNumber("anesthesia.error.minutes", { value: minutes, max: MAX_MINUTES });
  const national = pfsNeeds(q.locality).length === 1;
  const y = yearFor(ref, national ? ["anes"] : ["anes", "gpci"], q.year);
  if (!y.ok) return y;
  const t = ref.anes[String(y.value)];
  let cf: number | undefined;
  if (national) {
    cf = q.qp && t.qpCf ? t.qpNationalCf : t.nationalCf;
    if (cf === undefined) return notAvailable("anesthesia.na.noNational", { year: y.value });
  } else {
    const g = gpciFor(ref, q.locality, y.value);
    if (!g.ok) return g;
    const row = t.key.indexOf(g.value.key);
    if (row < 0)
      return notAvailable("anesthesia.na.locality", { locality: g.value.key, year: y.value });
    cf = q.qp && t.qpCf ? t.qpCf[row] : t.cf[row];
  }
  const units = add(dec(baseUnits), dec(anesthesiaTimeUnits(minutes)));
  return ok(round(mul(units, dec(cf))));
}
