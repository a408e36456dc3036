/**
 * Facility-side fee schedules: ASC Addenda AA/BB (payment indicator, weight, rate), ASC Addendum FF
 * (device offsets), OPPS Addendum B (HCPCS → SI, APC, rate) and Addendum A (APC rates). Column
 * names carry the quarter ("January 2025 Payment Rate"); it is read off and kept as the release.
 */
import { missingHeader, tooFewRows } from "../errors";
import {
  CODE5,
  MONTH_RE,
  cents,
  findRow,
  monthName,
  num,
  optionalColumnOf,
  preamble,
  requireWidth,
  yearFromName,
  type Grid,
} from "../grid";
import { clean, headerKey, kept } from "../text";
import type { AscOffsetTable, AscTable, OppsATable, OppsBTable } from "../types";

/** "JANUARY 2025 PAYMENT RATE" → "PAYMENT RATE" (and the quarter it names). */
function stripQuarter(h: string): string {
  return h.replace(
    /^(JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\s+\d{4}\s+/,
    ""
  );
}

function quarterOf(headers: string[]): { month: string; year: number } | undefined {
  for (const h of headers) {
    const m = /^([A-Z]+)\s+(\d{4})\s+PAYMENT/.exec(h);
    if (m && MONTH_RE.test(m[1])) return { month: monthName(m[1]), year: Number(m[2]) };
  }
  return undefined;
}

function ascHeader(rows: string[][]): number {
  return findRow(
    rows,
    (k) => k[0] === "HCPCS CODE" && k.some((x) => /PAYMENT INDICATOR/.test(x)),
    10
  );
}

export function isAsc(grid: Grid): boolean {
  return /^Addendum (AA|BB)\b/i.test(preamble(grid.rows, 1)) && ascHeader(grid.rows) >= 0;
}

export function parseAsc(grid: Grid): AscTable {
  const { rows, file } = grid;
  const h = ascHeader(rows);
  if (h < 0)
    throw missingHeader(
      file,
      "ASC addendum header HCPCS Code, …, Payment Indicator, Payment Weight, Payment Rate"
    );
  const addendum = /^Addendum (AA|BB)/i.exec(preamble(rows, 1))?.[1]?.toUpperCase() ?? "AA";
  const raw = rows[h].map(headerKey);
  const hk = raw.map(stripQuarter);
  const pi = hk.indexOf("PAYMENT INDICATOR");
  const weight = hk.indexOf("PAYMENT WEIGHT");
  const rate = hk.indexOf("PAYMENT RATE");
  if (pi < 0 || weight < 0 || rate < 0)
    throw missingHeader(file, "Payment Indicator, Payment Weight and Payment Rate columns");
  const mpd = optionalColumnOf(hk, /MULTIPLE PROCEDURE/);
  const q = quarterOf(raw);
  const t: AscTable = {
    provenance: {
      kind: "asc",
      year: q?.year ?? yearFromName(file) ?? 0,
      release: q?.month ?? "",
      file,
    },
    addendum: [],
    key: [],
    indicator: [],
    weight: [],
    rate: [],
    multipleProcedureDiscount: [],
  };
  appendAsc(grid, t, h, addendum, pi, weight, rate, mpd);
  if (t.key.length < 1000) throw tooFewRows(file, `ASC Addendum ${addendum}`, t.key.length, 1000);
  return t;
}

function appendAsc(
  grid: Grid,
  t: AscTable,
  h: number,
  addendum: string,
  pi: number,
  weight: number,
  rate: number,
  mpd: number
): void {
  const rows = grid.rows;
  const need = Math.max(pi, weight, rate) + 1;
  for (let i = h + 1; i < rows.length; i++) {
    const row = rows[i];
    const code = clean(row[0]).toUpperCase();
    if (!CODE5.test(code)) continue;
    requireWidth(grid, row, i, need, "ASC addendum row");
    t.addendum.push(addendum);
    t.key.push(code);
    t.indicator.push(clean(row[pi]).toUpperCase());
    t.weight.push(num(grid, row, i, weight, "Payment Weight"));
    t.rate.push(cents(num(grid, row, i, rate, "Payment Rate")));
    t.multipleProcedureDiscount.push(mpd >= 0 ? clean(row[mpd]) : "");
  }
}

function ffHeader(rows: string[][]): number {
  return findRow(rows, (k) => k[0] === "HCPCS CODE" && k.some((x) => /DEVICE OFFSET/.test(x)), 10);
}

export function isAscOffsets(grid: Grid): boolean {
  return /^Addendum FF\b/i.test(preamble(grid.rows, 1)) && ffHeader(grid.rows) >= 0;
}

export function parseAscOffsets(grid: Grid): AscOffsetTable {
  const { rows, file } = grid;
  const h = ffHeader(rows);
  if (h < 0) throw missingHeader(file, "Addendum FF header with Device Offset columns");
  const raw = rows[h].map(headerKey);
  const hk = raw.map(stripQuarter);
  const apc = hk.indexOf("APC");
  const pct = hk.indexOf("DEVICE OFFSET PERCENTAGE");
  const amount = optionalColumnOf(hk, /^DEVICE OFFSET AMOUNT/);
  if (apc < 0 || pct < 0 || amount < 0)
    throw missingHeader(file, "APC, Device Offset Percentage and Device Offset Amount columns");
  const q = quarterOf(raw);
  const t: AscOffsetTable = {
    provenance: {
      kind: "ascOffsets",
      year: q?.year ?? yearFromName(file) ?? 0,
      release: q?.month ?? "",
      file,
    },
    key: [],
    apc: [],
    offsetPercent: [],
    offsetAmount: [],
  };
  for (let i = h + 1; i < rows.length; i++) {
    const row = rows[i];
    const code = clean(row[0]).toUpperCase();
    if (!CODE5.test(code)) continue;
    requireWidth(grid, row, i, Math.max(apc, pct, amount) + 1, "Addendum FF row");
    t.key.push(code);
    t.apc.push(clean(row[apc]));
    t.offsetPercent.push(num(grid, row, i, pct, "Device Offset Percentage"));
    t.offsetAmount.push(cents(num(grid, row, i, amount, "Device Offset Amount")));
  }
  if (t.key.length < 1000) throw tooFewRows(file, "ASC Addendum FF", t.key.length, 1000);
  return t;
}

function oppsBHeader(rows: string[][]): number {
  return findRow(
    rows,
    (k) =>
      k[0] === "HCPCS CODE" && k.includes("SI") && k.includes("APC") && k.includes("PAYMENT RATE"),
    10
  );
}

export function isOppsB(grid: Grid): boolean {
  return oppsBHeader(grid.rows) >= 0;
}

function cyOf(text: string): number | undefined {
  const m = /for CY (\d{4})/i.exec(text);
  return m ? Number(m[1]) : undefined;
}

function monthOf(text: string): string {
  const m = MONTH_RE.exec(text);
  return m ? monthName(m[1].toUpperCase()) : "";
}

export function parseOppsB(grid: Grid): OppsBTable {
  const { rows, file } = grid;
  const h = oppsBHeader(rows);
  if (h < 0)
    throw missingHeader(
      file,
      "Addendum B header HCPCS Code, Short Descriptor, SI, APC, Relative Weight, Payment Rate"
    );
  const hk = rows[h].map(headerKey);
  const col = (n: string) => hk.indexOf(n);
  const [si, apc, weight, rate, natCopay, minCopay, desc] = [
    col("SI"),
    col("APC"),
    col("RELATIVE WEIGHT"),
    col("PAYMENT RATE"),
    col("NATIONAL UNADJUSTED COPAYMENT"),
    col("MINIMUM UNADJUSTED COPAYMENT"),
    col("SHORT DESCRIPTOR"),
  ];
  if (weight < 0) throw missingHeader(file, "Relative Weight column");
  const expiry = hk.findIndex((k) => k.startsWith("DRUG AND DEVICE PASS-THROUGH EXPIRATION"));
  const intro = preamble(rows, h);
  const t: OppsBTable = {
    provenance: {
      kind: "oppsB",
      year: cyOf(intro) ?? yearFromName(file) ?? 0,
      release: monthOf(grid.sheet ?? "") || monthOf(file.split("/").pop() ?? ""),
      file,
    },
    key: [],
    statusIndicator: [],
    apc: [],
    weight: [],
    rate: [],
    nationalCopay: [],
    minimumCopay: [],
    shortDescription: [],
    ...(expiry >= 0 ? { passThroughExpiration: [] } : {}),
  };
  for (let i = h + 1; i < rows.length; i++) {
    const row = rows[i];
    const code = clean(row[0]).toUpperCase();
    if (!CODE5.test(code)) continue;
    requireWidth(grid, row, i, si + 1, "Addendum B row");
    t.passThroughExpiration?.push(clean(row[expiry]));
    t.key.push(code);
    t.statusIndicator.push(clean(row[si]).toUpperCase());
    t.apc.push(clean(row[apc]));
    t.weight.push(num(grid, row, i, weight, "Relative Weight"));
    t.rate.push(cents(num(grid, row, i, rate, "Payment Rate")));
    t.nationalCopay.push(
      natCopay >= 0
        ? cents(num(grid, row, i, natCopay, "National Unadjusted Copayment"))
        : Number.NaN
    );
    t.minimumCopay.push(
      minCopay >= 0
        ? cents(num(grid, row, i, minCopay, "Minimum Unadjusted Copayment"))
        : Number.NaN
    );
    // CPT descriptors are AMA-licensed (blank in CMS's redistributable copies): keep Level II only.
    t.shortDescription.push(
      desc >= 0 && /^[A-CE-V]\d{4}$/.test(code) ? kept(clean(row[desc])) : ""
    );
  }
  if (t.key.length < 1000) throw tooFewRows(file, "OPPS Addendum B", t.key.length, 1000);
  return t;
}

function oppsAHeader(rows: string[][]): number {
  return findRow(
    rows,
    (k) => k[0] === "APC" && k[1] === "GROUP TITLE" && k.includes("PAYMENT RATE"),
    10
  );
}

export function isOppsA(grid: Grid): boolean {
  return oppsAHeader(grid.rows) >= 0;
}

export function parseOppsA(grid: Grid): OppsATable {
  const { rows, file } = grid;
  const h = oppsAHeader(rows);
  if (h < 0)
    throw missingHeader(
      file,
      "Addendum A header APC, Group Title, SI, Relative Weight, Payment Rate"
    );
  const hk = rows[h].map(headerKey);
  const [si, weight, rate] = [
    hk.indexOf("SI"),
    hk.indexOf("RELATIVE WEIGHT"),
    hk.indexOf("PAYMENT RATE"),
  ];
  const intro = preamble(rows, h);
  const t: OppsATable = {
    provenance: {
      kind: "oppsA",
      year: cyOf(intro) ?? yearFromName(file) ?? 0,
      release: monthOf(file.split("/").pop() ?? ""),
      file,
    },
    key: [],
    title: [],
    statusIndicator: [],
    weight: [],
    rate: [],
  };
  for (let i = h + 1; i < rows.length; i++) {
    const row = rows[i];
    const apc = clean(row[0]);
    if (!/^\d{4}$/.test(apc)) continue;
    requireWidth(grid, row, i, rate + 1, "Addendum A row");
    t.key.push(apc);
    t.title.push(clean(row[1]));
    t.statusIndicator.push(clean(row[si]).toUpperCase());
    t.weight.push(num(grid, row, i, weight, "Relative Weight"));
    t.rate.push(num(grid, row, i, rate, "Payment Rate"));
  }
  if (t.key.length < 100) throw tooFewRows(file, "OPPS Addendum A", t.key.length, 100);
  return t;
}
