/**
 * The Strategy table: one row per classified product. The add-in's columns are regenerated on every
 * run; columns the user added (a decision, a date, a comment) are carried over by Product ID, and a
 * row whose product is gone is kept, marked, if the user wrote anything in it.
 */
import type { Locale } from "../../i18n/catalogue";
import type { CellValue } from "../product";
import { STRATEGY_COLUMNS, headersIn, recogniseColumn } from "./columns";
import { idKey } from "./evidence";
import { text } from "./labels";
import { isEmptyCell } from "./overwrite";
import type { TableGrid } from "./types";

const NEXT_GATE = STRATEGY_COLUMNS.findIndex((c) => c.id === "nextGate");

export function buildStrategyTable(
  rows: readonly CellValue[][],
  previous: TableGrid | undefined,
  locale: Locale
): TableGrid {
  const headers = headersIn(STRATEGY_COLUMNS, locale);
  if (!previous) return { headers, rows: rows.slice() };
  const own = new Map<number, number>(); // previous index → our column
  const extras: { header: string; index: number }[] = [];
  let idAt = -1;
  previous.headers.forEach((h, index) => {
    const id = recogniseColumn(STRATEGY_COLUMNS, h);
    if (id !== undefined) {
      const ours = STRATEGY_COLUMNS.findIndex((c) => c.id === id);
      if (![...own.values()].includes(ours)) own.set(index, ours);
      if (id === "productId" && idAt < 0) idAt = index;
    } else if (!isEmptyCell(h)) {
      extras.push({ header: String(h).trim(), index });
    }
  });
  if (extras.length === 0) return { headers, rows: rows.slice() };

  const byId = new Map<string, CellValue[]>();
  const leftovers: CellValue[][] = [];
  for (const line of previous.rows) {
    const userCells = extras.map((e) => line[e.index] ?? null);
    if (userCells.every((v) => isEmptyCell(v))) continue;
    const key = idAt >= 0 ? idKey(line[idAt]) : "";
    if (key && !byId.has(key)) byId.set(key, userCells);
    else leftovers.push(line);
  }
  const width = STRATEGY_COLUMNS.length;
  const out: CellValue[][] = rows.map((r) => {
    const key = idKey(r[0]);
    const carried = byId.get(key);
    if (carried) byId.delete(key);
    return [...r, ...(carried ?? extras.map(() => null))];
  });
  // Rows of products no longer classified, kept because they hold what the user typed.
  const stale = (line: readonly CellValue[]): CellValue[] => {
    const row = new Array<CellValue>(width).fill(null);
    for (const [from, to] of own) row[to] = line[from] ?? null;
    row[NEXT_GATE] = text("report.evidence.stale.notClassified", locale);
    return [...row, ...extras.map((e) => line[e.index] ?? null)];
  };
  for (const line of previous.rows) {
    const key = idAt >= 0 ? idKey(line[idAt]) : "";
    if (key && byId.has(key)) {
      byId.delete(key);
      out.push(stale(line));
    }
  }
  for (const line of leftovers) out.push(stale(line));
  return { headers: [...headers, ...extras.map((e) => e.header)], rows: out };
}
