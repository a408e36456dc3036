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
    grid.push(PRODUCT_COLUMNS.map((c) => (c.id === "productId" ? `${String(p.productId)}-${i}` : (p[c.id] ?? null))));
  }
  return grid;
}
