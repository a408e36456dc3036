/**
 * DMEPOS (and PEN) fee schedules, the Clinical Laboratory Fee Schedule, and the HCPCS Level II
 * annual file. DMEPOS amounts are per state, non-rural (NR) and rural (R); a rural amount of 0
 * means the item has no separate rural fee.
 */
import { badRow, missingHeader, tooFewRows } from "../errors";
import {
  CODE5,
  cents,
  findRow,
  fullMonth,
  MONTHS,
  monthName,
  num,
  preamble,
  requireWidth,
  yearFromName,
  type Grid,
} from "../grid";
import { clean, headerKey, kept } from "../text";
import type { ClfsTable, DmeposTable, HcpcsTable } from "../types";

const STATE_COL = /^([A-Z]{2}) ?\((NR|R)\)$/;

function dmeposHeader(rows: string[][]): number {
  return findRow(
    rows,
    (k) =>
      k[0] === "HCPCS" && k[1] === "MOD" && k[2] === "MOD2" && k.some((x) => STATE_COL.test(x)),
    12
  );
}

export function isDmepos(grid: Grid): boolean {
  return dmeposHeader(grid.rows) >= 0;
}

export function parseDmepos(grid: Grid): DmeposTable {
  const { rows, file } = grid;
  const h = dmeposHeader(rows);
  if (h < 0) throw missingHeader(file, "DMEPOS header HCPCS, Mod, Mod2, …, AL (NR), AL (R), …");
  const hk = rows[h].map(headerKey);
  const states: string[] = [];
  const stateCols: [number, number][] = [];
  for (let c = 0; c < hk.length; c++) {
    const m = STATE_COL.exec(hk[c]);
    if (!m || m[2] !== "NR") continue;
    const r = hk.indexOf(`${m[1]} (R)`) >= 0 ? hk.indexOf(`${m[1]} (R)`) : hk.indexOf(`${m[1]}(R)`);
    if (r < 0) throw missingHeader(file, `a rural column for ${m[1]}`);
    states.push(m[1]);
    stateCols.push([c, r]);
  }
  const catg = hk.indexOf("CATG");
  const ceiling = hk.indexOf("CEILING");
  const floor = hk.indexOf("FLOOR");
  const intro = preamble(rows, h);
  const when =
    /(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\s+Fee Schedule/i.exec(
      intro
    );
  const t: DmeposTable = {
    provenance: {
      kind: "dmepos",
      year: when ? Number(when[2]) : (yearFromName(file) ?? 0),
      release: when ? monthName(when[1].toUpperCase()) : "",
      file,
    },
    key: [],
    category: [],
    ceiling: [],
    floor: [],
    states,
    amounts: [],
  };
  const need = Math.max(...stateCols.map(([a, b]) => Math.max(a, b))) + 1;
  for (let i = h + 1; i < rows.length; i++) {
    const row = rows[i];
    const code = clean(row[0]).toUpperCase();
    if (!CODE5.test(code)) continue;
    requireWidth(grid, row, i, need, "DMEPOS row");
    const mods = [clean(row[1]).toUpperCase(), clean(row[2]).toUpperCase()].filter((m) => m !== "");
    t.key.push([code, ...mods].join("-"));
    t.category.push(catg >= 0 ? clean(row[catg]) : "PEN");
    t.ceiling.push(ceiling >= 0 ? cents(num(grid, row, i, ceiling, "Ceiling")) : Number.NaN);
    t.floor.push(floor >= 0 ? cents(num(grid, row, i, floor, "Floor")) : Number.NaN);
    for (let s = 0; s < stateCols.length; s++) {
      t.amounts.push(cents(num(grid, row, i, stateCols[s][0], `${states[s]} (NR)`)));
      t.amounts.push(cents(num(grid, row, i, stateCols[s][1], `${states[s]} (R)`)));
    }
  }
  if (t.key.length < 20) throw tooFewRows(file, "DMEPOS", t.key.length, 20);
  return t;
}

function clfsHeader(rows: string[][]): number {
  return findRow(
    rows,
    (k) => k[0] === "YEAR" && k[1] === "HCPCS" && k.includes("RATE") && k.includes("INDICATOR"),
    12
  );
}

export function isClfs(grid: Grid): boolean {
  return clfsHeader(grid.rows) >= 0;
}

export function parseClfs(grid: Grid): ClfsTable {
  const { rows, file } = grid;
  const h = clfsHeader(rows);
  if (h < 0)
    throw missingHeader(file, "CLFS header YEAR, HCPCS, MOD, EFF_DATE, INDICATOR, RATE, …");
  const hk = rows[h].map(headerKey);
  const [mod, eff, ind, rate, sd] = ["MOD", "EFF_DATE", "INDICATOR", "RATE", "SHORTDESC"].map((n) =>
    hk.indexOf(n)
  );
  const quarter = /Q(\d)\s*V(\d)/i.exec(file);
  const t: ClfsTable = {
    provenance: {
      kind: "clfs",
      year: 0,
      release: quarter ? `Q${quarter[1]}V${quarter[2]}` : "",
      file,
    },
    key: [],
    indicator: [],
    rate: [],
    effective: [],
    shortDescription: [],
  };
  for (let i = h + 1; i < rows.length; i++) {
    const row = rows[i];
    const code = clean(row[1]).toUpperCase();
    if (!CODE5.test(code)) continue;
    requireWidth(grid, row, i, rate + 1, "CLFS row");
    const year = Number(clean(row[0]));
    if (!/^\d{4}$/.test(clean(row[0]))) throw badRow(file, i + 1, "YEAR: a 4-digit year", row[0]);
    if (!t.provenance.year) t.provenance.year = year;
    const m = mod >= 0 ? clean(row[mod]).toUpperCase() : "";
    t.key.push(m ? `${code}-${m}` : code);
    t.indicator.push(ind >= 0 ? clean(row[ind]) : "");
    const r = num(grid, row, i, rate, "RATE");
    if (Number.isNaN(r)) throw badRow(file, i + 1, "RATE: an amount", clean(row[rate]));
    t.rate.push(cents(r));
    t.effective.push(eff >= 0 ? clean(row[eff]) : "");
    t.shortDescription.push(sd >= 0 && /^[A-CE-V]\d{4}$/.test(code) ? kept(clean(row[sd])) : "");
  }
  if (t.key.length < 500) throw tooFewRows(file, "CLFS", t.key.length, 500);
  return t;
}

function hcpcsHeader(rows: string[][]): number {
  return findRow(rows, (k) => k[0] === "HCPC" && k[1] === "SEQNUM" && k[2] === "RECID", 5);
}

export function isHcpcs(grid: Grid): boolean {
  return hcpcsHeader(grid.rows) >= 0;
}

export function parseHcpcs(grid: Grid): HcpcsTable {
  const { rows, file } = grid;
  const h = hcpcsHeader(rows);
  if (h < 0)
    throw missingHeader(
      file,
      "HCPCS header HCPC, SEQNUM, RECID, LONG DESCRIPTION, SHORT DESCRIPTION, …"
    );
  const hk = rows[h].map(headerKey);
  const c = (n: string) => hk.indexOf(n);
  const [lng, shrt, cov, betos, add, term, action, xref1] = [
    c("LONG DESCRIPTION"),
    c("SHORT DESCRIPTION"),
    c("COV"),
    c("BETOS"),
    c("ADD DT"),
    c("TERM DT"),
    c("ACTION CD"),
    c("XREF1"),
  ];
  if (lng < 0 || shrt < 0)
    throw missingHeader(file, "LONG DESCRIPTION and SHORT DESCRIPTION columns");
  const named = /HCPC(\d{4})_([A-Z]{3})/i.exec(file);
  const t: HcpcsTable = {
    provenance: {
      kind: "hcpcs",
      year: named ? Number(named[1]) : 0,
      release: named ? fullMonth(named[2]) : "",
      file,
    },
    key: [],
    longDescription: [],
    shortDescription: [],
    coverage: [],
    betos: [],
    termDate: [],
    actionCode: [],
    addDate: [],
    xref: [],
  };
  let maxEff = "";
  const effCol = c("ACT EFF DT");
  for (let i = h + 1; i < rows.length; i++) {
    const row = rows[i];
    const code = clean(row[0]).toUpperCase();
    if (code === "") continue;
    const recid = clean(row[2]);
    // Modifiers (RECID 7/8) are 2 characters; procedures (3) and their continuation lines (4) are 5.
    if (recid === "7" || recid === "8") continue;
    if (!CODE5.test(code))
      throw badRow(file, i + 1, "HCPC: a 5-character code or a 2-character modifier", code);
    if (recid === "4" && t.key[t.key.length - 1] === code) {
      t.longDescription[t.longDescription.length - 1] += ` ${clean(row[lng])}`;
      continue;
    }
    if (recid !== "3")
      throw badRow(file, i + 1, "RECID 3 (procedure), 4 (continuation), 7 or 8 (modifier)", recid);
    t.key.push(code);
    t.longDescription.push(kept(clean(row[lng])));
    t.shortDescription.push(kept(clean(row[shrt])));
    t.coverage.push(cov >= 0 ? clean(row[cov]) : "");
    t.betos.push(betos >= 0 ? clean(row[betos]) : "");
    t.termDate.push(term >= 0 ? clean(row[term]) : "");
    t.actionCode.push(action >= 0 ? clean(row[action]) : "");
    t.addDate.push(add >= 0 ? clean(row[add]) : "");
    t.xref!.push(xref1 >= 0 ? clean(row[xref1]).toUpperCase() : "");
    const eff = effCol >= 0 ? clean(row[effCol]) : "";
    if (eff > maxEff) maxEff = eff;
  }
  if (t.key.length < 1000) throw tooFewRows(file, "HCPCS Level II", t.key.length, 1000);
  if (!t.provenance.year && /^\d{8}$/.test(maxEff)) {
    t.provenance.year = Number(maxEff.slice(0, 4));
    t.provenance.release = monthName(MONTHS[Number(maxEff.slice(4, 6)) - 1] ?? "");
  }
  return t;
}
