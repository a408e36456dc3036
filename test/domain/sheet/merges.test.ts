/**
 * The one merge rule both hosts read through (src/domain/sheet/merges.ts): a merged area's value is
 * its top-left cell's, every other cell it covers is blank, as Excel shows it and Office.js reads it.
 */
import fc from "fast-check";
import { blankCoveredCells, coveringMerge, mergesWithin } from "../../../src/domain/sheet/merges";
import { matchHeaderRow } from "../../../src/domain/rows/header";
import type { Rect } from "../../../src/domain/sheet/address";

describe("blankCoveredCells", () => {
  it.each<[string, (string | null)[][], Rect[], { row: number; col: number }, (string | null)[][]]>(
    [
      [
        "a header merged across two columns (ExcelJS repeats 'Product' in C1)",
        [["Product ID", "Product", "Product", "Site of care"]],
        [{ r0: 0, c0: 1, r1: 0, c1: 2 }],
        { row: 0, col: 0 },
        [["Product ID", "Product", null, "Site of care"]],
      ],
      [
        "a value merged down three rows",
        [["home"], ["home"], ["home"], ["office"]],
        [{ r0: 0, c0: 0, r1: 2, c1: 0 }],
        { row: 0, col: 0 },
        [["home"], [null], [null], ["office"]],
      ],
      [
        "a grid read from C3: the area B2:C3 starts outside it, its covered cell C3 inside is blank",
        [
          ["x", "y"],
          ["z", "w"],
        ],
        [{ r0: 1, c0: 1, r1: 2, c1: 2 }],
        { row: 2, col: 2 },
        [
          [null, "y"],
          ["z", "w"],
        ],
      ],
      ["no merges", [["a", "b"]], [], { row: 0, col: 0 }, [["a", "b"]]],
    ]
  )("%s", (_what, grid, merges, origin, expected) => {
    expect(blankCoveredCells(grid, merges, null, origin)).toEqual(expected);
  });

  it("a header merged across two columns is one column: no repeated Product column", () => {
    const raw = [["Product ID", "Product", "Product", "Product type", "Site of care"]];
    expect(matchHeaderRow(raw, 0).repeated).toHaveLength(1);
    const read = blankCoveredCells(raw, [{ r0: 0, c0: 1, r1: 0, c1: 2 }], null);
    expect(matchHeaderRow(read, 0).repeated).toEqual([]);
    expect(matchHeaderRow(read, 0).unrecognised).toEqual([]);
  });

  const area = fc
    .tuple(fc.nat(6), fc.nat(6), fc.nat(3), fc.nat(3))
    .map(([r0, c0, h, w]): Rect => ({ r0, c0, r1: r0 + h, c1: c0 + w }));
  // Excel's merged areas never overlap one another.
  const disjoint = fc
    .array(area, { maxLength: 4 })
    .map((areas) =>
      areas.filter(
        (a, i) =>
          !areas
            .slice(0, i)
            .some((b) => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1)
      )
    );

  it("property: top-left and uncovered cells keep their value, covered cells are blank, input untouched, idempotent", () => {
    fc.assert(
      fc.property(disjoint, fc.nat(3), fc.nat(3), (merges, row, col) => {
        const grid = Array.from({ length: 8 }, (_r, r) =>
          Array.from({ length: 8 }, (_c, c) => `${r + row},${c + col}`)
        );
        const copy = grid.map((r) => [...r]);
        const out = blankCoveredCells(grid, merges, null, { row, col });
        expect(grid).toEqual(copy);
        out.forEach((line, r) =>
          line.forEach((v, c) => {
            const covered = coveringMerge(merges, r + row, c + col) !== undefined;
            expect(v).toBe(covered ? null : grid[r][c]);
          })
        );
        expect(blankCoveredCells(out, merges, null, { row, col })).toEqual(out);
      })
    );
  });

  it("mergesWithin keeps the areas that touch a rectangle", () => {
    const merges: Rect[] = [
      { r0: 0, c0: 0, r1: 0, c1: 1 },
      { r0: 5, c0: 5, r1: 6, c1: 6 },
    ];
    expect(mergesWithin(merges, { r0: 0, c0: 1, r1: 3, c1: 3 })).toEqual([merges[0]]);
    expect(mergesWithin(merges, { r0: 6, c0: 6, r1: 9, c1: 9 })).toEqual([merges[1]]);
    expect(mergesWithin(merges, { r0: 2, c0: 2, r1: 4, c1: 4 })).toEqual([]);
  });
});
