/**
 * Generated Products grids for the benchmarks: the example portfolio's products repeated with
 * unique IDs, so every rule family (DME, O&P, labs, Cat III, DTx, NOC bridges, NTAP…) is exercised
 * in realistic proportions.
 */
import type { CellValue } from "../src/domain/product";
import { PRODUCT_COLUMNS } from "../src/domain/rows";
import { PORTFOLIO } from "../scripts/make-portfolio";

export function productsGrid(rows: number): CellValue[][] {
  const grid: CellValue[][] = [PRODUCT_COLUMNS.map((c) => c.header)];
  for (let i = 0; i < rows; i++) {
    const p = PORTFOLIO[i % PORTFOLIO.length];
    grid.push(
      PRODUCT_COLUMNS.map((c) =>
        c.id === "productId" ? `${String(p.productId)}-${i}` : (p[c.id] ?? null)
      )
    );
  }
  return grid;
}

/** Distinct Products rows, more than the classification memo holds: every call classifies afresh. */
export function distinctRows(): unknown[][] {
  const types = [
    "implant",
    "procedure device",
    "lab test",
    "software analysis",
    "home-use durable equipment",
    "supply",
  ];
  const sites = ["office", "hospital outpatient", "ASC", "inpatient", "home", "independent lab"];
  const codes = [
    "99213",
    "C1889",
    "0691T",
    "81479",
    "E0601",
    "",
    "64483, C1761",
    "0100T",
    "L8699",
    "36902",
  ];
  const fits = ["describes", "partially", "does not", "unknown"];
  const fdas = ["510(k) cleared", "PMA approved", "De Novo granted", "submitted", "IDE"];
  const rows: unknown[][] = [];
  for (const t of types)
    for (const s of sites)
      for (const c of codes)
        for (const f of fits)
          for (const d of fdas)
            rows.push([t, s, c, f, d, rows.length % 2 === 0, rows.length % 3 === 0]);
  return rows;
}
