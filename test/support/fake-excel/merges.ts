/**
 * Merged cells as Excel keeps them: a merged area shows one value, its top-left cell's; every other
 * cell it covers is blank (Excel discards their content when merging, Office.js reads them blank).
 * Written independently of src/domain/sheet/merges.ts, so one misreading cannot hide in both.
 *
 * Modelled: `Range.merge(across)` (ExcelApi 1.2), `Range.unmerge()`, `getMergedAreasOrNullObject`
 * (ExcelApi 1.13); merging inside a table fails (Excel allows no merged cells in a table), and so
 * does a table over merged cells; a write to a covered cell is dropped (Excel shows the area as one
 * cell; what it does with such a write is not documented, and the add-in never makes one); a merge
 * partly overlapping another fails (Excel would ask the user).
 */
import { type Rect, contains, intersects, rectAddress } from "./address";
import { type SheetState, type WorkbookState, officeError } from "./state";

/** The merged area covering (row, col) when that cell is not the area's top-left cell. */
export function coveringMerge(sheet: SheetState, row: number, col: number): Rect | undefined {
  return sheet.merges.find((m) => contains(m, row, col) && (row !== m.r0 || col !== m.c0));
}

/** The cell a user typing at (row, col) really types into: a merged area's top-left cell. */
export function typingTarget(
  sheet: SheetState,
  row: number,
  col: number
): { r: number; c: number } {
  const area = sheet.merges.find((m) => contains(m, row, col));
  return area ? { r: area.r0, c: area.c0 } : { r: row, c: col };
}

export function assertNoMerges(sheet: SheetState, rect: Rect): void {
  const merged = sheet.merges.find((m) => intersects(m, rect));
  if (merged) {
    throw officeError(
      "InvalidOperation",
      `A table cannot hold merged cells (${rectAddress(merged)} is merged).`
    );
  }
}

/** Merge `rect` (each row of it on its own with `across`), keeping only top-left values. */
export function mergeArea(
  state: WorkbookState,
  sheet: SheetState,
  rect: Rect,
  across: boolean
): void {
  const table = state.tables.find((t) => t.sheetId === sheet.id && intersects(t.rect, rect));
  if (table) {
    throw officeError("InvalidOperation", `Cells in table "${table.name}" cannot be merged.`);
  }
  const areas: Rect[] = across
    ? Array.from({ length: rect.r1 - rect.r0 + 1 }, (_x, i) => ({
        ...rect,
        r0: rect.r0 + i,
        r1: rect.r0 + i,
      }))
    : [rect];
  for (const area of areas) {
    if (area.r0 === area.r1 && area.c0 === area.c1) continue;
    const overlapping = sheet.merges.filter((m) => intersects(m, area));
    if (overlapping.some((m) => !inside(m, area))) {
      throw officeError(
        "InvalidOperation",
        `${rectAddress(area)} partly overlaps a merged area; unmerge it first.`
      );
    }
    sheet.merges = sheet.merges.filter((m) => !overlapping.includes(m));
    for (let r = area.r0; r <= area.r1; r++)
      for (let c = area.c0; c <= area.c1; c++)
        if (r !== area.r0 || c !== area.c0) sheet.setCell(r, c, undefined);
    sheet.merges.push(area);
  }
}

/** Unmerge every merged area `rect` touches (the values stay in the top-left cells). */
export function unmergeArea(sheet: SheetState, rect: Rect): void {
  sheet.merges = sheet.merges.filter((m) => !intersects(m, rect));
}

function inside(inner: Rect, outer: Rect): boolean {
  return (
    inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1
  );
}
