/**
 * The Evidence table: one row per product and checklist item. Status, Owner and Notes (and any
 * column the user added) are the user's: they are carried over by (Product ID, Item ID) on every
 * re-run, and a row the pathway no longer needs is kept, marked, if the user wrote anything in it.
 * Nothing a user typed is lost.
 */
import { t, type Locale } from "../../i18n/catalogue";
import type { CellValue } from "../product";
import type { EvidenceItem } from "../evidence";
import type { GateId } from "../pathway/types";
import {
  EVIDENCE_COLUMNS,
  EVIDENCE_USER_COLUMNS,
  headersIn,
  recogniseColumn,
  type EvidenceColumnId,
} from "./columns";
import {
  AUDIENCE_PREFIXES,
  GATE_PREFIXES,
  ROUTE_PREFIXES,
  joinList,
  labelOf,
  text,
} from "./labels";
import { isEmptyCell } from "./overwrite";
import type { TableGrid } from "./types";

export interface EvidenceEntry {
  productId: string;
  product: string;
  items: readonly EvidenceItem[];
  /** The product's gates (next gate, then later ones): "Needed for gates" names only these. */
  path?: readonly GateId[];
}

interface PreviousRow {
  key: string;
  productKey: string;
  /** The whole previous row, positioned by the new table's columns (add-in columns + user extras). */
  cells: CellValue[];
  hasUserText: boolean;
  used: boolean;
}

const COL = Object.fromEntries(EVIDENCE_COLUMNS.map((c, i) => [c.id, i])) as Record<
  EvidenceColumnId,
  number
>;

/** Product IDs compare as Excel shows them: a numeric ID read back as a number is the same ID. */
export function idKey(value: CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  return String(value).normalize("NFKC").trim().toUpperCase();
}

function rowKey(productId: CellValue | undefined, itemId: CellValue | undefined): string {
  return `${idKey(productId)}\u0000${String(itemId ?? "").trim()}`;
}

interface PreviousTable {
  extras: string[];
  rows: PreviousRow[];
}

function readPrevious(previous: TableGrid | undefined, width: number): PreviousTable {
  if (!previous) return { extras: [], rows: [] };
  const known: Partial<Record<EvidenceColumnId, number>> = {};
  const extras: { header: string; index: number }[] = [];
  previous.headers.forEach((h, index) => {
    const id = recogniseColumn(EVIDENCE_COLUMNS, h);
    if (id !== undefined && known[id] === undefined) known[id] = index;
    else if (!isEmptyCell(h)) extras.push({ header: String(h).trim(), index });
  });
  const userIndexes = [
    ...EVIDENCE_USER_COLUMNS.map((id) => known[id]).filter((i): i is number => i !== undefined),
    ...extras.map((e) => e.index),
  ];
  const rows: PreviousRow[] = [];
  for (const line of previous.rows) {
    // A row whose user cells are all blank carries nothing into the new table (its add-in cells
    // are written afresh) and is never kept as stale: not held, so a re-run on a 600,000-row
    // Evidence sheet does not copy every row of it. A cell holding "" is kept, as it was.
    let anyUserCell = false;
    for (const i of userIndexes)
      if (line[i] !== null && line[i] !== undefined) {
        anyUserCell = true;
        break;
      }
    if (!anyUserCell) continue;
    const cells: CellValue[] = new Array<CellValue>(width + extras.length).fill(null);
    for (const c of EVIDENCE_COLUMNS) {
      const at = known[c.id];
      if (at !== undefined) cells[COL[c.id]] = line[at] ?? null;
    }
    extras.forEach((e, i) => {
      cells[width + i] = line[e.index] ?? null;
    });
    const hasUserText = userIndexes.some((i) => !isEmptyCell(line[i]));
    const productId = known.productId !== undefined ? line[known.productId] : undefined;
    const itemId = known.itemId !== undefined ? line[known.itemId] : undefined;
    if (isEmptyCell(productId ?? null) && isEmptyCell(itemId ?? null) && !hasUserText) continue;
    rows.push({
      key: rowKey(productId, itemId),
      productKey: idKey(productId),
      cells,
      hasUserText,
      used: false,
    });
  }
  return { extras: extras.map((e) => e.header), rows };
}

/** The add-in's cells of an item row (product cells left empty): the same for every product on that path. */
function itemTemplate(
  entry: EvidenceEntry,
  item: EvidenceItem,
  locale: Locale,
  cache: Map<string, CellValue[]>
): CellValue[] {
  const hit = cache.get(item.id);
  if (hit) return hit;
  const row: CellValue[] = new Array<CellValue>(EVIDENCE_COLUMNS.length).fill(null);
  row[COL.itemId] = item.id;
  row[COL.item] = text(item.titleId, locale);
  row[COL.route] = labelOf(ROUTE_PREFIXES, item.route, locale);
  row[COL.audience] = joinList(
    item.audience.map((a) => labelOf(AUDIENCE_PREFIXES, a, locale)),
    locale
  );
  // An item serves many gates across products; this product needs it for those on its own path.
  const gates = entry.path ? item.gates.filter((g) => entry.path?.includes(g)) : item.gates;
  row[COL.gates] =
    gates.length > 0
      ? joinList(
          gates.map((g) => labelOf(GATE_PREFIXES, g, locale)),
          locale
        )
      : null;
  row[COL.why] = text(item.whyId, locale);
  row[COL.failure] = text(item.failureId, locale);
  cache.set(item.id, row);
  return row;
}

/** `cache`: the templates of one path (item id → cells). */
function itemRow(
  entry: EvidenceEntry,
  item: EvidenceItem,
  width: number,
  locale: Locale,
  cache: Map<string, CellValue[]>
): CellValue[] {
  const template = itemTemplate(entry, item, locale, cache);
  const row =
    width === template.length
      ? template.slice()
      : [...template, ...new Array<CellValue>(width - template.length).fill(null)];
  row[COL.productId] = entry.productId;
  row[COL.product] = entry.product;
  return row;
}

function staleRow(previous: PreviousRow, markerId: string, locale: Locale): CellValue[] {
  const row = previous.cells.slice();
  row[COL.gates] = t(markerId, undefined, locale);
  return row;
}

/**
 * Build the Evidence table. `entries` are the classified products in sheet order; `previous` is the
 * Evidence table as it is in the workbook now (any locale's headers, any column order).
 */
export function buildEvidenceTable(
  entries: readonly EvidenceEntry[],
  previous: TableGrid | undefined,
  locale: Locale
): TableGrid {
  const width = EVIDENCE_COLUMNS.length;
  const prev = readPrevious(previous, width);
  const byKey = new Map<string, PreviousRow>();
  const byProduct = new Map<string, PreviousRow[]>();
  for (const p of prev.rows) {
    if (!byKey.has(p.key)) byKey.set(p.key, p);
    const list = byProduct.get(p.productKey);
    if (list) list.push(p);
    else byProduct.set(p.productKey, [p]);
  }
  const extraWidth = prev.extras.length;
  const rows: CellValue[][] = [];
  const templates = new Map<string, Map<string, CellValue[]>>();
  for (const entry of entries) {
    const pathKey = entry.path ? entry.path.join(",") : "*";
    let forPath = templates.get(pathKey);
    if (!forPath) templates.set(pathKey, (forPath = new Map()));
    for (const item of entry.items) {
      const row = itemRow(entry, item, width + extraWidth, locale, forPath);
      const carried = byKey.size > 0 ? byKey.get(rowKey(entry.productId, item.id)) : undefined;
      if (carried && !carried.used) {
        carried.used = true;
        for (const id of EVIDENCE_USER_COLUMNS) row[COL[id]] = carried.cells[COL[id]];
        for (let i = 0; i < extraWidth; i++) row[width + i] = carried.cells[width + i];
      }
      rows.push(row);
    }
    if (byProduct.size === 0) continue;
    for (const p of byProduct.get(idKey(entry.productId)) ?? []) {
      if (p.used || !p.hasUserText) continue;
      p.used = true;
      rows.push(staleRow(p, "report.evidence.stale.notNeeded", locale));
    }
  }
  for (const p of prev.rows) {
    if (p.used || !p.hasUserText) continue;
    p.used = true;
    rows.push(staleRow(p, "report.evidence.stale.notClassified", locale));
  }
  return { headers: [...headersIn(EVIDENCE_COLUMNS, locale), ...prev.extras], rows };
}
