/**
 * Calendar days as whole numbers (UTC days since 1970-01-01), so every date in a roadmap is an
 * integer: no time zone, no daylight saving, no time of day to drift. Excel's 1900 date system is
 * the same count shifted by 25,569 days (serial 25569 = 1970-01-01), valid from 1900-03-01 on.
 */
export type Day = number;

/** Excel serial of 1970-01-01 in the 1900 date system. */
export const EXCEL_EPOCH_OFFSET = 25_569;
/** Excel serial 61 = 1900-03-01: before it the 1900 system counts a 29 February that never was. */
const FIRST_SAFE_SERIAL = 61;

/**
 * Days from civil date and back, in integer arithmetic (H. Hinnant, "chrono-Compatible Low-Level
 * Date Algorithms"): a plan computes dozens of dates per call and a Date object per date cost more
 * than the whole plan otherwise does. `month` may run past 12 or below 1 (Date.UTC's overflow).
 */
export function ymd(year: number, month: number, day: number): Day {
  const m0 = month - 1;
  const y0 = year + Math.floor(m0 / 12);
  const m = (((m0 % 12) + 12) % 12) + 1;
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function parts(day: Day): { year: number; month: number; day: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d };
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
export function weekday(day: Day): number {
  return (((day + 4) % 7) + 7) % 7;
}

const pad = (n: number, w: number): string => String(n).padStart(w, "0");

export function isoDate(day: Day): string {
  const p = parts(day);
  return `${pad(p.year, 4)}-${pad(p.month, 2)}-${pad(p.day, 2)}`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar date written yyyy-mm-dd, or undefined (2027-02-29 is not a date). */
export function parseIsoDay(text: string): Day | undefined {
  const m = ISO.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = ymd(y, mo, d);
  const p = parts(day);
  return p.year === y && p.month === mo && p.day === d ? day : undefined;
}

export function toExcelSerial(day: Day): number {
  return day + EXCEL_EPOCH_OFFSET;
}

/** A whole Excel serial (1900 system) from 1900-03-01 on, or undefined. Fractions (a time) are dropped. */
export function fromExcelSerial(serial: number): Day | undefined {
  if (!Number.isFinite(serial) || serial < FIRST_SAFE_SERIAL || serial > 2_958_465)
    return undefined;
  return Math.floor(serial) - EXCEL_EPOCH_OFFSET;
}

/** The first day of the month `months` after the month of `day` (negative: before). */
export function addMonthsToFirst(day: Day, months: number): Day {
  const p = parts(day);
  return ymd(p.year, p.month + months, 1);
}

/** The same day of the month `months` later, clamped to the month's end (Aug 31 + 6 → Feb 28/29). */
export function addMonths(day: Day, months: number): Day {
  const p = parts(day);
  const last = parts(ymd(p.year, p.month + months + 1, 0)).day;
  return ymd(p.year, p.month + months, Math.min(p.day, last));
}

/** First day (Jan 1, Apr 1, Jul 1, Oct 1) of the quarter holding `day`. */
export function quarterStart(day: Day): Day {
  const p = parts(day);
  return ymd(p.year, p.month - ((p.month - 1) % 3), 1);
}

/** The first quarter start strictly after `day`. */
export function nextQuarterStart(day: Day): Day {
  return addMonthsToFirst(quarterStart(day), 3);
}

/** "2027 Q1": the same in every locale (sheet text a filter and a print both read). */
export function quarterLabel(day: Day): string {
  const p = parts(day);
  return `${p.year} Q${Math.floor((p.month - 1) / 3) + 1}`;
}

/**
 * The first business day of a month, as CMS uses it for HCPCS and OPPS deadlines (docs/reimbursement.md §3.1,
 * docs/reimbursement.md §4.1): weekends and the federal holidays that can fall early in a month are skipped — New Year's
 * Day (January 1, or Monday January 2 when January 1 is a Sunday: 5 U.S.C. 6103) and Labor Day
 * (the first Monday of September). No other federal holiday falls in a month's first week.
 */
export function firstBusinessDay(year: number, month: number): Day {
  let day = ymd(year, month, 1);
  let mondaysSeen = 0;
  for (;;) {
    const wd = weekday(day);
    const dom = parts(day).day;
    if (wd === 1) mondaysSeen += 1;
    const newYear = month === 1 && (dom === 1 || (dom === 2 && wd === 1));
    const laborDay = month === 9 && wd === 1 && mondaysSeen === 1;
    if (wd !== 0 && wd !== 6 && !newYear && !laborDay) return day;
    day += 1;
  }
}
