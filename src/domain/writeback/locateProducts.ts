/**
 * Where the Products data is, one rule for both hosts. The pane and the CLI each read the same
 * facts from their workbook (the tables with their header rows, the first rows of each sheet) and
 * this picks, in order:
 *
 * 1. an Excel table named Products (the user said so; if it lacks a required column the hosts say
 *    which, rather than looking elsewhere);
 * 2. else a table whose header row names every required column (the first one in workbook order);
 * 3. else the first sheet (or the user's chosen one) with a row among its first rows that names every
 *    required column (a title or notes above it are allowed).
 *
 * The add-in's own tables and sheets (Evidence, Strategy, Assumptions, the record sheet) are never
 * Products. When nothing fits, the result says what came closest, so both hosts can show the same
 * message: the required headers and the headers seen, on which sheet and row.
 */
import type { CellValue } from "../product";
import { COLUMN_BY_ID, REQUIRED_COLUMNS } from "../rows/columns";
import { bestHeaderCandidate, matchHeaderRow, type HeaderMatch } from "../rows/header";
import { reportNamesOf } from "../report/names";
import { REPORT_TABLES } from "../report/types";
import { RECORD_SHEET } from "../report/record";
import { matchKey } from "../vocab/normalize";

/** Rows from the top of a sheet that may hold a title, notes and then the header row. */
export const HEADER_SCAN_ROWS = 20;

/** An Excel table as the host reads it: where it is and its header row's values. */
export interface TableFacts {
  name: string;
  sheet: string;
  /** The header row's values, left to right from the table's first column. */
  header: readonly CellValue[];
}

/** A sheet as the host reads it: its first rows from A1 (grid row i is sheet row i + 1). */
export interface SheetFacts {
  name: string;
  top: readonly (readonly CellValue[])[];
}

export interface ProductsSearchInput {
  /** Every table, in workbook order. */
  tables: readonly TableFacts[];
  /** Every visible sheet, in workbook order (only the chosen one need be read when there is one). */
  sheets: readonly SheetFacts[];
  /** The sheet the user chose (`--sheet`, or the pane's "use this header row"). */
  chosenSheet?: string;
}

export type ProductsSource =
  | {
      kind: "table";
      name: string;
      sheet: string;
      /** Column indexes relative to the table's first column; `headerRowIndex` is 0. */
      header: HeaderMatch;
      /** Whether the header names every required column. */
      complete: boolean;
    }
  | {
      kind: "sheet";
      sheet: string;
      /** `headerRowIndex` is the sheet row (0-based); columns are sheet columns (0 = A). */
      header: HeaderMatch;
    };

/** What came closest when nothing fits: shown in the message. */
export interface ProductsNearMiss {
  sheet: string;
  /** 1-based sheet row (for a table: relative to nothing, the header row's position in the table is 1). */
  row: number;
  seen: string[];
}

export type ProductsSearch =
  | { ok: true; source: ProductsSource }
  | {
      ok: false;
      /** The chosen sheet does not exist. */
      noSheet?: boolean;
      /** The best partial header, if any row or table names at least one Products column. */
      near?: ProductsNearMiss;
      /** Without a near miss: the first non-empty row of the first sheet looked at. */
      seen: string[];
    };

// The add-in's own sheets under their name in any language (a workbook classified in Chinese has
// "证据清单" and "策略" sheets): never taken for the user's Products data.
const OWN: ReadonlySet<string> = new Set(
  [
    ...(["evidence", "strategy", "assumptions"] as const).flatMap((id) => reportNamesOf(id)),
    RECORD_SHEET,
  ].map(matchKey)
);

function isOwn(name: string): boolean {
  return OWN.has(matchKey(name));
}

function texts(row: readonly CellValue[] | undefined): string[] {
  return (row ?? [])
    .filter((c) => c !== null && String(c).trim() !== "")
    .map((c) => String(c).trim());
}

function score(h: HeaderMatch): number {
  return (REQUIRED_COLUMNS.length - h.missingRequired.length) * 1000 + h.recognised.length;
}

/** The required headers, in their canonical English spelling, for messages. */
export function requiredHeaders(): string {
  return REQUIRED_COLUMNS.map((id) => COLUMN_BY_ID[id].header).join(", ");
}

/** Pick the Products data (see the module comment). Pure: the host has read everything it needs. */
export function findProducts(input: ProductsSearchInput): ProductsSearch {
  const chosen =
    input.chosenSheet === undefined
      ? undefined
      : (input.sheets.find((s) => s.name === input.chosenSheet) ??
        input.sheets.find((s) => matchKey(s.name) === matchKey(input.chosenSheet ?? "")));
  if (input.chosenSheet !== undefined && !chosen) return { ok: false, noSheet: true, seen: [] };
  const onCandidate = (sheet: string): boolean => !chosen || sheet === chosen.name;
  const tables = input.tables.filter((t) => onCandidate(t.sheet));
  const sheets = (chosen ? [chosen] : input.sheets).filter((s) => !isOwn(s.name));

  const tableHeader = (t: TableFacts): HeaderMatch => matchHeaderRow([[...t.header]], 0);

  // 1. The table named Products.
  const named = tables.find((t) => matchKey(t.name) === matchKey(REPORT_TABLES.products));
  if (named) {
    const header = tableHeader(named);
    return {
      ok: true,
      source: {
        kind: "table",
        name: named.name,
        sheet: named.sheet,
        header,
        complete: header.missingRequired.length === 0,
      },
    };
  }

  // 2. A table whose header row names every required column.
  let near: { facts: ProductsNearMiss; score: number } | undefined;
  const consider = (facts: ProductsNearMiss, header: HeaderMatch): void => {
    if (header.recognised.length === 0) return;
    if (!near || score(header) > near.score) near = { facts, score: score(header) };
  };
  for (const t of tables) {
    if (isOwn(t.name) || isOwn(t.sheet)) continue;
    const header = tableHeader(t);
    if (header.missingRequired.length === 0) {
      return {
        ok: true,
        source: { kind: "table", name: t.name, sheet: t.sheet, header, complete: true },
      };
    }
    consider({ sheet: t.sheet, row: 1, seen: texts(t.header) }, header);
  }

  // 3. The first sheet with a complete header row among its first rows.
  for (const s of sheets) {
    const grid = s.top.slice(0, HEADER_SCAN_ROWS).map((r) => [...r]);
    const header = bestHeaderCandidate(grid, HEADER_SCAN_ROWS);
    if (!header) continue;
    if (header.missingRequired.length === 0)
      return { ok: true, source: { kind: "sheet", sheet: s.name, header } };
    consider(
      { sheet: s.name, row: header.headerRowIndex + 1, seen: texts(grid[header.headerRowIndex]) },
      header
    );
  }
  if (near) return { ok: false, near: near.facts, seen: near.facts.seen };
  const first = sheets.map((s) => s.top.find((r) => texts(r).length > 0)).find((r) => r);
  return { ok: false, seen: texts(first) };
}

/**
 * The message both hosts show when no Products data fits (or the Products table lacks a required
 * column): an id and its parameters, rendered by the host's catalogue.
 */
export function productsNotFound(search: ProductsSearch): {
  id: string;
  params: Record<string, string | number>;
} {
  const required = requiredHeaders();
  if (search.ok) {
    const s = search.source;
    const seen = s.header.recognised.length > 0 ? s.header.recognised.map((r) => r.header) : [];
    return {
      id: "writeback.locate.incomplete",
      params: {
        required,
        sheet: s.sheet,
        missing: s.header.missingRequired.map((id) => COLUMN_BY_ID[id].header).join(", "),
        seen: seen.join(", ") || "-",
      },
    };
  }
  if (search.near) {
    return {
      id: "writeback.locate.near",
      params: {
        required,
        sheet: search.near.sheet,
        row: search.near.row,
        seen: search.near.seen.join(", ") || "-",
      },
    };
  }
  return { id: "writeback.locate.none", params: { required, seen: search.seen.join(", ") || "-" } };
}
