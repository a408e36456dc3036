/**
 * GPCI (Addendum E), county→locality crosswalk (LOCCO), anesthesia conversion factors (ANES) and
 * the OPPS-cap file: all keyed by Medicare contractor (MAC, 5 digits) and locality (2 digits),
 * which CMS writes with or without leading zeros depending on the year.
 */
import { badRow, missingHeader, tooFewRows } from "../errors";
import {
  CODE5,
  fullMonth,
  columnOf,
  findRow,
  num,
  numIn,
  optionalColumnOf,
  preamble,
  requireWidth,
  yearFromName,
  cents,
  type Grid,
} from "../grid";
import { clean } from "../text";
import type { AnesTable, GpciTable, LoccoTable, OppsCapTable } from "../types";

/** "01112-05" from ("1112", "5"). */
export function localityKey(mac: string, locality: string): string {
  return `${clean(mac).padStart(5, "0")}-${clean(locality).padStart(2, "0")}`;
}

const MIN_LOCALITIES = 50;

function gpciHeader(rows: string[][]): number {
  return findRow(
    rows,
    (k) => k.includes("LOCALITY NUMBER") && k.some((x) => /PW GPCI/.test(x)),
    10
  );
}

export function isGpci(grid: Grid): boolean {
  return gpciHeader(grid.rows) >= 0;
}

export function parseGpci(grid: Grid): GpciTable {
  const { rows, file } = grid;
  const h = gpciHeader(rows);
  if (h < 0) throw missingHeader(file, "GPCI header with Locality Number and PW GPCI");
  const hk = rows[h].map((c) => clean(c).toUpperCase());
  const floored = optionalColumnOf(hk, /PW GPCI.*WITH 1\.0 FLOOR/);
  const work = floored >= 0 ? floored : columnOf(grid, hk, /PW GPCI/, "a PW GPCI column");
  const pe = columnOf(grid, hk, /PE GPCI/, "a PE GPCI column");
  const mp = columnOf(grid, hk, /MP GPCI/, "an MP GPCI column");
  const mac = columnOf(grid, hk, /CONTRACTOR|MAC/, "a Medicare Administrative Contractor column");
  const loc = columnOf(grid, hk, "LOCALITY NUMBER", "Locality Number");
  const state = columnOf(grid, hk, "STATE", "State");
  const name = columnOf(grid, hk, "LOCALITY NAME", "Locality Name");
  const year = Number(/(\d{4}) PW GPCI/.exec(hk[work])?.[1] ?? yearFromName(file) ?? 0);
  const t: GpciTable = {
    provenance: { kind: "gpci", year, release: "", file },
    key: [],
    state: [],
    name: [],
    work: [],
    pe: [],
    mp: [],
    workColumn: clean(rows[h][work]),
  };
  const need = Math.max(work, pe, mp, mac, loc, state, name) + 1;
  for (let i = h + 1; i < rows.length; i++) {
    const row = rows[i];
    const m = clean(row[mac]);
    if (!/^\d{4,5}$/.test(m)) continue; // footnotes and blank lines
    requireWidth(grid, row, i, need, "GPCI row");
    t.key.push(localityKey(m, row[loc]));
    t.state.push(clean(row[state]));
    t.name.push(clean(row[name]));
    for (const [arr, c, label] of [
      [t.work, work, "PW GPCI"],
      [t.pe, pe, "PE GPCI"],
      [t.mp, mp, "MP GPCI"],
    ] as const) {
      // GPCIs are indices around 1.0 (0.4–2.2 in every year's Addendum E).
      const v = numIn(grid, row, i, c, label, [0, 5]);
      if (Number.isNaN(v)) throw badRow(file, i + 1, `${label}: a number`, clean(row[c]));
      arr.push(v);
    }
  }
  if (t.key.length < MIN_LOCALITIES) throw tooFewRows(file, "GPCI", t.key.length, MIN_LOCALITIES);
  return t;
}

function loccoHeader(rows: string[][]): number {
  return findRow(rows, (k) => k.includes("LOCALITY NUMBER") && k.includes("COUNTIES"), 10);
}

export function isLocco(grid: Grid): boolean {
  return loccoHeader(grid.rows) >= 0;
}

export function parseLocco(grid: Grid): LoccoTable {
  const { rows, file } = grid;
  const h = loccoHeader(rows);
  if (h < 0) throw missingHeader(file, "LOCCO header with Locality Number and Counties");
  const year = Number(
    /(\d{4}) LOCALITIES/i.exec(preamble(rows, h))?.[1] ?? yearFromName(file) ?? 0
  );
  const t: LoccoTable = {
    provenance: { kind: "locco", year, release: "", file },
    key: [],
    state: [],
    area: [],
    counties: [],
  };
  for (let i = h + 1; i < rows.length; i++) {
    const row = rows[i];
    if (!/^\d{4,5}$/.test(clean(row[0]))) continue;
    requireWidth(grid, row, i, 5, "LOCCO row");
    t.key.push(localityKey(row[0], row[1]));
    t.state.push(clean(row[2]));
    t.area.push(clean(row[3]));
    t.counties.push(clean(row[4]));
  }
  if (t.key.length < MIN_LOCALITIES) throw tooFewRows(file, "LOCCO", t.key.length, MIN_LOCALITIES);
  return t;
}

function anesHeader(rows: string[][]): number {
  return findRow(
    rows,
    (k) => k[0] === "CONTRACTOR" && k[1] === "LOCALITY" && k.some((x) => /ANES CF/.test(x)),
    5
  );
}

export function isAnes(grid: Grid): boolean {
  return anesHeader(grid.rows) >= 0;
}

export function parseAnes(grid: Grid): AnesTable {
  const { rows, file } = grid;
  const h = anesHeader(rows);
  if (h < 0)
    throw missingHeader(file, "ANES header Contractor, Locality, Locality Name, … Anes CF");
  const hk = rows[h].map((c) => clean(c).toUpperCase());
  // From 2026 there are two CFs; the non-qualifying one is what most clinicians are paid.
  let cfCol = optionalColumnOf(hk, /NON-QUALIFYING.*ANES CF/);
  if (cfCol < 0) cfCol = columnOf(grid, hk, /ANES CF/, "an Anes CF column");
  const national = /OF\s+([\d.]+)\s*$/.exec(hk[cfCol]);
  const qpCol = optionalColumnOf(hk, /^QUALIFYING.*ANES CF/);
  const qpNational = qpCol >= 0 ? /OF\s+([\d.]+)\s*$/.exec(hk[qpCol]) : null;
  const t: AnesTable = {
    provenance: { kind: "anes", year: yearFromName(file) ?? 0, release: "", file },
    nationalCf: national ? Number(national[1]) : undefined,
    key: [],
    name: [],
    cf: [],
  };
  if (qpCol >= 0) {
    t.qpCf = [];
    t.qpNationalCf = qpNational ? Number(qpNational[1]) : undefined;
  }
  for (let i = h + 1; i < rows.length; i++) {
    const row = rows[i];
    if (!/^\d{4,5}$/.test(clean(row[0]))) continue;
    requireWidth(grid, row, i, cfCol + 1, "ANES row");
    t.key.push(localityKey(row[0], row[1]));
    t.name.push(clean(row[2]));
    const v = num(grid, row, i, cfCol, "Anes CF");
    if (Number.isNaN(v)) throw badRow(file, i + 1, "Anes CF: a number", clean(row[cfCol]));
    t.cf.push(v);
    if (t.qpCf) {
      const qp = num(grid, row, i, qpCol, "Qualifying APM Anes CF");
      if (Number.isNaN(qp))
        throw badRow(file, i + 1, "Qualifying APM Anes CF: a number", clean(row[qpCol]));
      t.qpCf.push(qp);
    }
  }
  if (t.key.length < MIN_LOCALITIES) throw tooFewRows(file, "ANES", t.key.length, MIN_LOCALITIES);
  return t;
}

export function isOppsCap(grid: Grid): boolean {
  return (
    findRow(grid.rows, (k) => k[0] === "HCPCS" && k[2] === "PROCSTAT" && k[3] === "CARRIER", 3) >= 0
  );
}

export function parseOppsCap(grid: Grid, fallbackYear?: number): OppsCapTable {
  const { rows, file } = grid;
  const h = findRow(rows, (k) => k[0] === "HCPCS" && k[2] === "PROCSTAT" && k[3] === "CARRIER", 3);
  if (h < 0)
    throw missingHeader(
      file,
      "OPPSCAP header HCPCS, MOD, PROCSTAT, CARRIER, LOCALITY, FACILITY PRICE, NON-FACILTY PRICE"
    );
  const t: OppsCapTable = {
    provenance: {
      kind: "oppscap",
      year: yearFromName(file) ?? fallbackYear ?? 0,
      release: fullMonth(/_([A-Za-z]{3})[A-Za-z]*\./.exec(file)?.[1] ?? ""),
      file,
    },
    key: [],
    facility: [],
    nonFacility: [],
  };
  for (let i = h + 1; i < rows.length; i++) {
    const row = rows[i];
    const code = clean(row[0]).toUpperCase();
    if (!CODE5.test(code)) continue;
    requireWidth(grid, row, i, 7, "OPPSCAP row");
    const mod = clean(row[1]).toUpperCase();
    t.key.push(`${mod ? `${code}-${mod}` : code}|${localityKey(row[3], row[4])}`);
    const f = num(grid, row, i, 5, "FACILITY PRICE");
    const nf = num(grid, row, i, 6, "NON-FACILTY PRICE");
    if (Number.isNaN(f) || Number.isNaN(nf))
      throw badRow(file, i + 1, "FACILITY PRICE and NON-FACILTY PRICE amounts", row.join(","));
    t.facility.push(cents(f));
    t.nonFacility.push(cents(nf));
  }
  if (t.key.length < 100) throw tooFewRows(file, "OPPSCAP", t.key.length, 100);
  return t;
}
