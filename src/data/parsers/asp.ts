/**
 * CMS's quarterly ASP pricing file: Medicare Part B drug payment allowance limits per HCPCS
 * dosage unit (ASP + 6%, or the AWP-based limit for vaccines and blood products), with the
 * co-insurance percentage. The preamble states the quarter ("Effective January 1, 2025 through
 * March 31, 2025"); the file name is the fallback.
 */
import { missingHeader, tooFewRows } from "../errors";
import {
  CODE5,
  findRow,
  MONTH_RE,
  monthName,
  numIn,
  preamble,
  requireWidth,
  yearFromName,
  type Grid,
} from "../grid";
import { clean, headerKey } from "../text";
import type { AspTable } from "../types";

function aspHeader(rows: string[][]): number {
  return findRow(
    rows,
    (k) =>
      k[0] === "HCPCS CODE" &&
      k.includes("HCPCS CODE DOSAGE") &&
      k.includes("PAYMENT LIMIT") &&
      k.includes("CO-INSURANCE PERCENTAGE"),
    15
  );
}

export function isAsp(grid: Grid): boolean {
  return aspHeader(grid.rows) >= 0;
}

/** A payment limit above this per dosage unit is a damaged cell (the largest are a few $100k). */
const MAX_LIMIT = 10_000_000;

export function parseAsp(grid: Grid): AspTable {
  const { rows, file } = grid;
  const h = aspHeader(rows);
  if (h < 0)
    throw missingHeader(
      file,
      "ASP header HCPCS Code, Short Description, HCPCS Code Dosage, Payment Limit, Co-insurance Percentage"
    );
  const hk = rows[h].map(headerKey);
  const [dose, limit, coins] = [
    "HCPCS CODE DOSAGE",
    "PAYMENT LIMIT",
    "CO-INSURANCE PERCENTAGE",
  ].map((n) => hk.indexOf(n));
  const intro = preamble(rows, h);
  const effective = /Effective\s+([A-Za-z]+)\s+\d{1,2},\s*(\d{4})/i.exec(intro);
  const month =
    effective && MONTH_RE.test(effective[1]) ? monthName(effective[1].toUpperCase()) : "";
  const t: AspTable = {
    provenance: {
      kind: "asp",
      year: effective ? Number(effective[2]) : (yearFromName(file) ?? 0),
      release: month,
      file,
    },
    key: [],
    dosage: [],
    limit: [],
    coinsurance: [],
  };
  const need = Math.max(dose, limit, coins) + 1;
  for (let i = h + 1; i < rows.length; i++) {
    const row = rows[i];
    const code = clean(row[0]).toUpperCase();
    if (!CODE5.test(code)) continue;
    requireWidth(grid, row, i, need, "ASP row");
    t.key.push(code);
    t.dosage.push(clean(row[dose]));
    // As CMS prints it (3 decimals): the limit is per billing unit, rounding it to cents would
    // shift every multi-unit claim.
    t.limit.push(numIn(grid, row, i, limit, "Payment Limit", [0, MAX_LIMIT]));
    t.coinsurance.push(numIn(grid, row, i, coins, "Co-insurance Percentage", [0, 100]));
  }
  if (t.key.length < 100) throw tooFewRows(file, "ASP", t.key.length, 100);
  return t;
}
