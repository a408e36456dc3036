/** Date arithmetic the newness windows need (docs/reimbursement.md §4.1, §5). UTC throughout. */
export const MS_PER_YEAR = 365.25 * 24 * 3600 * 1000;

const ZERO = 48;
/** The number written by the ASCII digits text[from, to), or -1 when one is not a digit. */
function digits(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = text.charCodeAt(i) - ZERO;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Epoch ms of a text starting yyyy-mm-dd (what /^(\d{4})-(\d{2})-(\d{2})/ accepts), read
 * character by character: every row parses its as-of and FDA dates, and a regular expression's
 * match array and substrings were most of that cost. Date.UTC keeps its own reading (years 0–99
 * are 1900–1999, months and days roll over).
 */
export function parseIsoMs(text: unknown): number | undefined {
  if (typeof text !== "string" || text.length < 10) return undefined;
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined; // "-"
  const y = digits(text, 0, 4);
  const m = digits(text, 5, 7);
  const d = digits(text, 8, 10);
  if (y < 0 || m < 0 || d < 0) return undefined;
  const ms = Date.UTC(y, m - 1, d);
  return Number.isFinite(ms) ? ms : undefined;
}

/** ISO date `years` after `ms` (the pass-through newness window's end, docs/reimbursement.md §4.1). */
export function isoPlusYears(ms: number, years: number): string {
  const d = new Date(ms);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
}

export function plusYearsMs(ms: number, years: number): number {
  const d = new Date(ms);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.getTime();
}

/**
 * First fiscal year an NTAP can start for a technology authorised on `ms`, judged on `asOfMs`
 * (docs/reimbursement.md §5): the FDA authorisation must be in hand by May 1 before the fiscal year (which
 * starts October 1), and the application is due in early October about one year before it
 * (FY2026: Oct 7 2024, i.e. October of FY−2). The exact day moves each year, so the deadline is
 * taken as October 1 of FY−2: an as-of date in October already counts as past it (conservative).
 */
export function ntapFirstFiscalYear(ms: number, asOfMs: number): number {
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
export function fiscalYearStartMs(fy: number): number {
  return Date.UTC(fy - 1, 9, 1);
}
