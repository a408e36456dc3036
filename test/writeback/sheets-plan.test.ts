/**
 * The new blocks as the write-back plan gives them to both hosts: the quarter view's fills (every
 * marked quarter cell carries the row's pathway colour and a text mark, so it reads printed in black
 * and white; unmarked cells are neither), and the Economics table's figures equal to REIMB.SITES
 * on CMS's files (CY2026 PPRRVU26; CY2025 OPPS Addendum B / ASC AA for facility sites, as
 * test/functions/sites.test.ts states), Notes carried by Product ID + Code + Site when rows move,
 * and "no data" said in words when no CMS file is loaded.
 */
import { buildReport } from "../../src/domain/report";
import {
  PATHWAY_FILLS,
  planWriteBack,
  noEconomicsData,
  reportOutput,
  type BlockSite,
  type EconomicsData,
  type WriteSnapshot,
} from "../../src/domain/writeback";
import { setReference } from "../../src/functions/state";
import { emptyReference } from "../../src/domain/reference/model";
import * as F from "../../src/functions/functions";
import { describeWithData, loadAll } from "../data/helpers";

const HEADERS = [
  "Product ID",
  "Product",
  "Product type",
  "Site of care",
  "FDA status",
  "Candidate code(s)",
  "Code fit",
  "Device cost",
];
const ROWS = [
  ["P-1", "Toric IOL", "procedure device", "ASC", "PMA approved", "66984", "describes", "1500"],
  [
    "P-2",
    "Fistula balloon",
    "procedure device",
    "office",
    "510(k) cleared",
    "36902",
    "describes",
    "2400",
  ],
  ["P-3", "New sensor", "remote monitoring", "home", "not submitted", "", "does not", ""],
];

function report(rows: string[][] = ROWS) {
  return buildReport({ grid: [HEADERS, ...rows], asOf: "2026-06-01", locale: "en" });
}

/** Snapshot of a workbook holding only the Products table (first run). */
const FIRST: WriteSnapshot = {
  records: new Map(),
  sites: (["roadmap", "quarters", "economics"] as const).map((key): BlockSite => ({
    key,
    sheet: key,
    sheetExists: false,
    tableName: key,
    anchor: { r: 0, c: 0 },
  })),
};

/** The CMS data the Economics table is priced with: none until a suite loads the files. */
let data: EconomicsData = noEconomicsData();

describe("the quarter view's fills", () => {
  afterAll(() => setReference(emptyReference()));
  it("fill exactly the marked quarter cells, in the row's pathway colour, each with text", () => {
    const r = report();
    const plan = planWriteBack(FIRST, reportOutput(r, FIRST, data));
    const quarters = plan.blocks.find((b) => b.key === "quarters")!;
    const lead = 3;
    const fills = quarters.formats.fills.filter((f) => f.col >= lead);
    expect(fills.length).toBeGreaterThan(0);
    const filled = new Set(fills.map((f) => `${f.row},${f.col}`));
    quarters.planned.slice(1).forEach((row, i) => {
      const pathway = r.results[i].classification.pathway;
      row.slice(lead).forEach((cell, q) => {
        const at = `${i + 1},${lead + q}`;
        // A filled cell always says something: the bar reads without its colour.
        if (filled.has(at)) {
          expect(typeof cell === "string" && cell.length > 0).toBe(true);
          expect(fills.find((f) => `${f.row},${f.col}` === at)!.color).toBe(PATHWAY_FILLS[pathway]);
        } else expect(cell).toBeNull();
      });
    });
  });
});

describe("the Economics table without CMS data", () => {
  it("says why in a row per product with a code, never a number", () => {
    const grid = reportOutput(report(), FIRST, noEconomicsData()).economics!.grid;
    expect(grid.rows.map((row) => row[0])).toEqual(["P-1", "P-2"]);
    for (const row of grid.rows) {
      expect(String(row[3])).toMatch(/^No CMS data loaded: /);
      expect(row.slice(4, 10).some((v) => typeof v === "number")).toBe(false);
    }
  });
});

describeWithData("the Economics table on CMS files", () => {
  beforeAll(async () => {
    const { reference } = await loadAll();
    // The functions read the host's loaded data; the write-back is handed the same data.
    setReference(reference);
    data = { reference };
  }, 300_000);
  afterAll(() => {
    setReference(emptyReference());
    data = noEconomicsData();
  });

  it("holds REIMB.SITES' rows for each product's code and device cost", () => {
    const grid = reportOutput(report(), FIRST, data).economics!.grid;
    for (const [id, code, device] of [
      ["P-1", "66984", 1500],
      ["P-2", "36902", 2400],
    ] as const) {
      const mine = grid.rows.filter((row) => row[0] === id).map((row) => row.slice(3, 10));
      expect(mine).toEqual(F.sites(code, undefined, undefined, device));
    }
  });

  it("carries Notes by Product ID, Code and Site when the user sorted the rows", () => {
    const first = reportOutput(report(), FIRST, data).economics!.grid;
    const notes = first.headers.indexOf("Notes");
    const sorted = [...first.rows].reverse().map((row) => [...row]);
    sorted[0][notes] = "negotiate ASC";
    const table = [first.headers, ...sorted];
    const snapshot: WriteSnapshot = {
      ...FIRST,
      sites: FIRST.sites.map((s) =>
        s.key === "economics"
          ? {
              ...s,
              sheetExists: true,
              table: { r0: 0, c0: 0, r1: table.length - 1, c1: first.headers.length - 1 },
              read: { from: { r: 0, c: 0 }, grid: table },
            }
          : s
      ),
    };
    const next = reportOutput(report(), snapshot, data).economics!.grid;
    const key = (row: readonly unknown[]) => `${row[0]}|${row[2]}|${row[3]}`;
    const noted = next.rows.find((row) => key(row) === key(sorted[0]))!;
    expect(noted[notes]).toBe("negotiate ASC");
    expect(next.rows.filter((row) => row[notes] === "negotiate ASC")).toHaveLength(1);
  });
});
