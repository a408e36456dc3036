/**
 * Calendar days as whole numbers (UTC days since 1970-01-01), so every date in a roadmap is an
 * integer: no time zone, no daylight saving, no time of day to drift. Excel's 1900 date system is
 * the same count shifted by 25,569 days (serial 25569 = 1970-01-01), valid from 1900-03-01 on.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;
/** Excel serial of 1970-01-01 in the 1900 date system. */
export const EXCEL_EPOCH_OFFSET = 25_569;
/** Excel serial 61 = 1900-03-01: before it the 1900 system counts a 29 February that never was. */
const FIRST_SAFE_SERIAL = 61;

export function ymd(year: number, month: number, day: number): Day {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function parts(day: Day): { year: number; month: number; day: number } {
  const d = new Date(day * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function isoDate(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
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
 * The first business day of a month, as CMS uses it for HCPCS and OPPS deadlines (domain.md §3.1,
 * §4.1): weekends and the federal holidays that can fall early in a month are skipped — New Year's
 * Day (January 1, or Monday January 2 when January 1 is a Sunday: 5 U.S.C. 6103) and Labor Day
 * (the first Monday of September). No other federal holiday falls in a month's first week.
 */
export function firstBusinessDay(year: number, month: number): Day {
  let day = ymd(year, month, 1);
  let mondaysSeen = 0;
  for (;;) {
    const weekday = new Date(day * MS_PER_DAY).getUTCDay();
    const dom = parts(day).day;
    if (weekday === 1) mondaysSeen += 1;
    const newYear = month === 1 && (dom === 1 || (dom === 2 && weekday === 1));
    const laborDay = month === 9 && weekday === 1 && mondaysSeen === 1;
    if (weekday !== 0 && weekday !== 6 && !newYear && !laborDay) return day;
    day += 1;
  }
}
