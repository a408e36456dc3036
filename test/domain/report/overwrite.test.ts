import fc from "fast-check";
import type { CellValue } from "../../../src/domain/product";
import { planOverwrite, sameCell, type TableGrid } from "../../../src/domain/report";

const NEXT: TableGrid = {
  headers: ["Pathway", "Next gate"],
  rows: [
    ["Existing CPT", "MAC coverage"],
    ["Existing HCPCS II", "PDAC code verification"],
  ],
};

describe("planOverwrite", () => {
  const cases: { name: string; current?: TableGrid; last?: TableGrid; conflicts: [number, string, CellValue][] }[] = [
    { name: "an empty region (first run)", current: { headers: [], rows: [] }, conflicts: [] },
    { name: "no region read at all", current: undefined, conflicts: [] },
    {
      name: "what the add-in wrote last time, now changing",
      current: { headers: ["Pathway", "Next gate"], rows: [["New code strategy", "CPT Category I application"], [null, null]] },
      last: { headers: ["Pathway", "Next gate"], rows: [["New code strategy", "CPT Category I application"], [null, null]] },
      conflicts: [],
    },
    {
      name: "a user's edit of a cell the add-in wrote",
      current: { headers: ["Pathway", "Next gate"], rows: [["Existing CPT", "ask Dana first"], [null, null]] },
      last: { headers: ["Pathway", "Next gate"], rows: [["Existing CPT", "MAC coverage"], [null, null]] },
      conflicts: [[0, "Next gate", "ask Dana first"]],
    },
    {
      name: "a user's own column where the block goes (no memory of writing it)",
      current: { headers: ["Budget", ""], rows: [[1200, null], [null, null]] },
      conflicts: [
        [-1, "Pathway", "Budget"],
        [0, "Pathway", 1200],
      ],
    },
    {
      name: "a cell that already holds exactly what will be written",
      current: { headers: ["Pathway", "Next gate"], rows: [["Existing CPT", "MAC coverage"], [null, null]] },
      conflicts: [],
    },
    {
      name: "a number Excel made of text the add-in wrote",
      current: { headers: ["Pathway", "Next gate"], rows: [[99454, null], [null, null]] },
      last: { headers: ["Pathway", "Next gate"], rows: [["99454", null], [null, null]] },
      conflicts: [],
    },
    {
      name: "whitespace-only cells count as empty",
      current: { headers: ["  ", ""], rows: [["   ", null], [null, ""]] },
      conflicts: [],
    },
  ];
  it.each(cases)("$name", ({ current, last, conflicts }) => {
    const plan = planOverwrite(current, last, NEXT);
    expect(plan.conflicts.map((c) => [c.row, c.column, c.current])).toEqual(conflicts);
  });

  it("never reports an empty cell, and always reports a non-empty cell nobody wrote that would change (property)", () => {
    const cell = fc.oneof(fc.constant(null), fc.constantFrom("a", "b", "Existing CPT"), fc.integer({ min: 0, max: 3 }));
    const grid = fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { minLength: 2, maxLength: 2 });
    fc.assert(
      fc.property(grid, grid, (cur, last) => {
        const current: TableGrid = { headers: ["", ""], rows: cur };
        const lastWritten: TableGrid = { headers: ["", ""], rows: last };
        const { conflicts } = planOverwrite(current, lastWritten, NEXT);
        const flagged = new Set(conflicts.map((c) => `${c.row},${c.columnIndex}`));
        for (let r = 0; r < 2; r++) {
          for (let c = 0; c < 2; c++) {
            const now = cur[r][c];
            const expected = now !== null && !sameCell(now, NEXT.rows[r][c]) && !sameCell(now, last[r][c]);
            if (flagged.has(`${r},${c}`) !== expected) return false;
          }
        }
        return true;
      }),
    );
  });
});
