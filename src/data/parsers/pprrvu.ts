/**
 * PPRRVU: the PFS relative value file. Columns are found by their stacked multi-row header
 * ("WORK"/"RVU", "CONV"/"FACTOR"…), so both the 2025 layout and the 2026 one (extra PRIC IND column
 * before ENDO BASE, CONV FACTOR moved from index 24 to 25) read the same way.
 */
import { badRow, missingHeader, tooFewRows } from "../errors";
import {
  CODE5,
  MONTH_RE,
  findRow,
  monthName,
  numIn,
  preamble,
  requireWidth,
  yearFromName,
  type Grid,
} from "../grid";
import { clean, headerKey, kept } from "../text";
import type { PprrvuTable } from "../types";

const COLUMNS = {
  status: "STATUS CODE",
  work: "WORK RVU",
  peNonFacility: "NON-FAC PE RVU",
  nonFacilityNa: "NON-FAC NA INDICATOR",
  peFacility: "FACILITY PE RVU",
  facilityNa: "FACILITY NA INDICATOR",
  mp: "MP RVU",
  pctc: "PCTC IND",
  globalDays: "GLOB DAYS",
  multipleProcedure: "MULT PROC",
  bilateral: "BILAT SURG",
  assistant: "ASST SURG",
  coSurgeon: "CO- SURG",
  team: "TEAM SURG",
  endoBase: "ENDO BASE",
  conversionFactor: "CONV FACTOR",
  oppsPeNonFacility: "NON-FACILITY PE USED FOR OPPS PAYMENT AMOUNT",
  oppsPeFacility: "FACILITY PE USED FOR OPPS PAYMENT AMOUNT",
  oppsMp: "MP USED FOR OPPS PAYMENT AMOUNT",
} as const;

/** Data rows expected in a full file (CMS's have ~19,000); fewer means a cut or sample file. */
/**
 * A national PPRRVU lists every CPT/HCPCS code (18,865 rows in RVU25A, 19,356 in RVU26C): a file
 * with far fewer was cut, even at a line boundary where every row still looks whole.
 */
const MIN_ROWS = 15000;
/** RVUs are never negative; the largest in any year is a few hundred. */
const RVU_RANGE = [0, 5000] as const;
/** The PFS conversion factor has been $32–$39 since 2010. */
const CF_RANGE = [10, 100] as const;

function headerRow(rows: string[][]): number {
  return findRow(rows, (k) => k[0] === "HCPCS" && k[1] === "MOD" && k.includes("RVU"), 20);
}

export function isPprrvu(grid: Grid): boolean {
  return headerRow(grid.rows) >= 0 && /RELATIVE VALUE FILE|CONV/i.test(preamble(grid.rows, 12));
}

export function parsePprrvu(grid: Grid): PprrvuTable {
  const { rows, file } = grid;
  const h = headerRow(rows);
  if (h < 0) throw missingHeader(file, "PPRRVU header row starting HCPCS, MOD, DESCRIPTION, CODE");
  const width = rows[h].length;
  const names: string[] = [];
  for (let c = 0; c < width; c++) {
    const parts: string[] = [];
    for (let r = Math.max(0, h - 4); r <= h; r++) {
      const k = headerKey(rows[r][c]);
      if (k) parts.push(k);
    }
    names.push(parts.join(" "));
  }
  const col = {} as Record<keyof typeof COLUMNS, number>;
  for (const [field, name] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string][]) {
    const i = names.indexOf(name);
    if (i < 0) throw missingHeader(file, `PPRRVU column "${name}"`);
    col[field] = i;
  }
  const intro = preamble(rows, h);
  const title = /(\d{4}) National Physician Fee Schedule Relative Value File\s+(\w+)/i.exec(intro);
  const released = /RELEASED\s+(\d{1,2})\/(\d{1,2})\/(\d{4})/i.exec(intro);
  const month =
    title && MONTH_RE.test(title[2]) ? monthName(title[2].toUpperCase()) : (title?.[2] ?? "");

  const t: PprrvuTable = {
    provenance: {
      kind: "pprrvu",
      year: title ? Number(title[1]) : (yearFromName(file) ?? 0),
      release: month,
      releasedOn: released
        ? `${released[3]}-${released[1].padStart(2, "0")}-${released[2].padStart(2, "0")}`
        : undefined,
      file,
    },
    conversionFactor: Number.NaN,
    variant: /nonQPP/i.test(file) ? "nonQP" : /QPP/i.test(file) ? "QP" : "single",
    key: [],
    status: [],
    work: [],
    peNonFacility: [],
    peFacility: [],
    mp: [],
    nonFacilityNa: [],
    facilityNa: [],
    pctc: [],
    globalDays: [],
    multipleProcedure: [],
    bilateral: [],
    assistant: [],
    coSurgeon: [],
    team: [],
    endoBase: [],
    oppsPeNonFacility: [],
    oppsPeFacility: [],
    oppsMp: [],
    description: [],
  };
  if (!t.provenance.year) throw missingHeader(file, "PPRRVU title line with the calendar year");
  const need = Math.max(...Object.values(col)) + 1;
  for (let i = h + 1; i < rows.length; i++) {
    const row = rows[i];
    const code = clean(row[0]).toUpperCase();
    if (!CODE5.test(code)) {
      if (row.some((c) => clean(c) !== "") && row.length >= need)
        throw badRow(file, i + 1, "a 5-character HCPCS code in column 1", row.join(","));
      continue;
    }
    requireWidth(grid, row, i, need, "PPRRVU data row");
    const mod = clean(row[1]).toUpperCase();
    const cf = numIn(grid, row, i, col.conversionFactor, "CONV FACTOR", CF_RANGE);
    if (Number.isNaN(t.conversionFactor)) t.conversionFactor = cf;
    else if (!Number.isNaN(cf) && cf !== t.conversionFactor)
      throw badRow(
        file,
        i + 1,
        `CONV FACTOR ${t.conversionFactor} (as on earlier rows)`,
        String(cf)
      );
    t.key.push(mod ? `${code}-${mod}` : code);
    t.status.push(clean(row[col.status]).toUpperCase());
    t.work.push(numIn(grid, row, i, col.work, COLUMNS.work, RVU_RANGE, 0));
    t.peNonFacility.push(
      numIn(grid, row, i, col.peNonFacility, COLUMNS.peNonFacility, RVU_RANGE, 0)
    );
    t.peFacility.push(numIn(grid, row, i, col.peFacility, COLUMNS.peFacility, RVU_RANGE, 0));
    t.mp.push(numIn(grid, row, i, col.mp, COLUMNS.mp, RVU_RANGE, 0));
    t.nonFacilityNa.push(clean(row[col.nonFacilityNa]).toUpperCase());
    t.facilityNa.push(clean(row[col.facilityNa]).toUpperCase());
    t.pctc.push(clean(row[col.pctc]));
    t.globalDays.push(clean(row[col.globalDays]));
    t.multipleProcedure.push(clean(row[col.multipleProcedure]));
    t.bilateral?.push(clean(row[col.bilateral]));
    t.assistant?.push(clean(row[col.assistant]));
    t.coSurgeon?.push(clean(row[col.coSurgeon]));
    t.team?.push(clean(row[col.team]));
    t.endoBase?.push(clean(row[col.endoBase]).toUpperCase());
    t.oppsPeNonFacility.push(
      numIn(grid, row, i, col.oppsPeNonFacility, COLUMNS.oppsPeNonFacility, RVU_RANGE, 0)
    );
    t.oppsPeFacility.push(
      numIn(grid, row, i, col.oppsPeFacility, COLUMNS.oppsPeFacility, RVU_RANGE, 0)
    );
    t.oppsMp.push(numIn(grid, row, i, col.oppsMp, COLUMNS.oppsMp, RVU_RANGE, 0));
    // CPT descriptors are AMA-licensed: keep Level II text only.
    t.description.push(/^[A-CE-V]\d{4}$/.test(code) ? kept(clean(row[2])) : "");
  }
  if (t.key.length < MIN_ROWS) throw tooFewRows(file, "PPRRVU", t.key.length, MIN_ROWS);
  return t;
}
