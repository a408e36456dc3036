/**
 * How the add-in's output looks, one table for every host and the pane's own summary: the fill of
 * each pathway (green where a code exists, blue for HCPCS Level II, amber for a temporary route,
 * orange for new-code work; Excel's own "Good"/"Neutral"/accent fills, readable with black text),
 * which columns wrap (prose) and how wide they start.
 */
import type { PathwayId } from "../pathway/types";
import { recognisePathwayLabel } from "../report/labels";
import { IMPLICATION_KEYS } from "../strategy";
import type { BlockKey } from "../report/record";

/** Pathway fills as #RRGGBB (Office.js colours); `argb` gives ExcelJS's form. */
export const PATHWAY_FILLS: Readonly<Record<PathwayId, string>> = {
  "existing-cpt": "#C6EFCE",
  "existing-hcpcs-ii": "#DDEBF7",
  "unlisted-noc": "#FFEB9C",
  "new-code": "#F8CBAD",
};

/**
 * The fill of a Pathway cell, by the label it begins with in any language (the pane sets the same
 * rule as a conditional format, so a sorted or filtered sheet keeps its colours); undefined for
 * other text.
 */
export function pathwayFill(cellText: string): string | undefined {
  const id = recognisePathwayLabel(cellText);
  return id === undefined ? undefined : PATHWAY_FILLS[id];
}

/** "#C6EFCE" → "FFC6EFCE" (opaque ARGB, as .xlsx files store colours). */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, "").toUpperCase()}`;
}

const WRAPPED: Readonly<Record<BlockKey, ReadonlySet<string>>> = {
  pathway: new Set(["rationale", "warnings", "inputProblems", "laterGates", "paymentMechanisms"]),
  evidence: new Set(["item", "why", "failure", "gates", "audience", "notes"]),
  strategy: new Set([
    "gateOwner",
    "nextGate",
    "laterGates",
    "decisionChain",
    ...IMPLICATION_KEYS,
    "fullRationale",
  ]),
  roadmap: new Set(["milestone", "basis", "source", "notes"]),
  quarters: new Set(),
  economics: new Set(["site", "notes"]),
};

/**
 * Blocks whose Pathway column is coloured by pathway. Evidence is not: its many rows per product
 * would repeat one colour down the sheet and drown the status colours a user adds.
 */
const COLOURED: Readonly<Record<BlockKey, boolean>> = {
  pathway: true,
  evidence: false,
  strategy: true,
  // Many rows per product, like Evidence.
  roadmap: false,
  // One row per product; its quarter cells carry the pathway colour too (buildQuarterGrid marks).
  quarters: true,
  economics: false,
};

/** Whether a block's Pathway column (if it has one) is filled with the pathway's colour. */
export function isColoured(block: BlockKey): boolean {
  return COLOURED[block];
}

/** Whether a column of a block holds prose: wrapped, and wide on the first write. */
export function isWrapped(block: BlockKey, columnId: string): boolean {
  return WRAPPED[block].has(columnId);
}

/** Starting column widths: in points (Office.js) and in characters (the .xlsx file). */
export const COLUMN_WIDTH = {
  wide: { points: 320, chars: 50 },
  narrow: { points: 120, chars: 18 },
} as const;

export function columnWidth(
  block: BlockKey,
  columnId: string
): { readonly points: number; readonly chars: number } {
  return isWrapped(block, columnId) ? COLUMN_WIDTH.wide : COLUMN_WIDTH.narrow;
}

/**
 * Freeze panes down to a block's header row, unless the header sits so far down (row 11 or lower)
 * that freezing would fill the screen with frozen rows.
 */
export function freezeRows(headerRow0: number): number | undefined {
  return headerRow0 < 10 ? headerRow0 + 1 : undefined;
}
