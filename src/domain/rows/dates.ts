/**
 * Dates as they arrive from a sheet: Excel serial numbers (1900 date system) or text, ISO
 * `yyyy-mm-dd` or US `m/d/yyyy`. Everything becomes ISO `yyyy-mm-dd`; nothing is guessed.
 */

export type DateRead =
  | { ok: true; iso: string }
  /** `format`: not a date at all; `impossible`: a date that never existed; `serial-range`/`serial-1900-02-29`: a serial Excel cannot show. */
  | { ok: false; reason: "format" | "impossible" | "serial-range" | "serial-1900-02-29" };

/** Largest serial Excel shows as a date: 9999-12-31. */
export const MAX_EXCEL_SERIAL = 2958465;

const EPOCH_1899_12_31 = Date.UTC(1899, 11, 31);
const MS_PER_DAY = 86_400_000;

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeap(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${pad2(month)}-${pad2(day)}`;
}

/** A calendar date from parts, or undefined when the day never existed (2023-02-29, 4/31/2024). */
export function calendarDate(year: number, month: number, day: number): string | undefined {
  if (!(year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1)) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return iso(year, month, day);
}

/**
 * Excel 1900-system serial → ISO date. Excel counts 1900-01-01 as 1 and, copying Lotus 1-2-3,
 * believes 1900 was a leap year: serial 60 is the phantom 29 February 1900 and every serial after it
 * is one day ahead of a plain day count. A time of day (the fraction) is dropped.
 */
export function excelSerialToIso(serial: number): DateRead {
  if (!Number.isFinite(serial)) return { ok: false, reason: "serial-range" };
  const whole = Math.floor(serial);
  if (whole < 1 || whole > MAX_EXCEL_SERIAL) return { ok: false, reason: "serial-range" };
  if (whole === 60) return { ok: false, reason: "serial-1900-02-29" };
  // Days since 1899-12-31 on the real calendar.
  const days = whole < 60 ? whole : whole - 1;
  const date = new Date(EPOCH_1899_12_31 + days * MS_PER_DAY);
  return { ok: true, iso: iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()) };
}

const ISO_DATE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const SLASHED_YMD = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const SERIAL_TEXT = /^\d+(?:\.\d+)?$/;

/** Text → ISO date: ISO (optionally with a time), `yyyy/m/d`, US `m/d/yyyy`, or a serial typed as text. */
export function textToIsoDate(text: string): DateRead {
  const s = text.trim();
  let m = ISO_DATE.exec(s) ?? SLASHED_YMD.exec(s);
  if (m) {
    const date = calendarDate(Number(m[1]), Number(m[2]), Number(m[3]));
    return date ? { ok: true, iso: date } : { ok: false, reason: "impossible" };
  }
  m = US_DATE.exec(s);
  if (m) {
    const date = calendarDate(Number(m[3]), Number(m[1]), Number(m[2]));
    return date ? { ok: true, iso: date } : { ok: false, reason: "impossible" };
  }
  if (SERIAL_TEXT.test(s)) return excelSerialToIso(Number(s));
  return { ok: false, reason: "format" };
}
