/**
 * The write plan on its own (src/domain/writeback/plan.ts): a snapshot in, a plan out, with no host.
 * A tiny in-memory applier here writes each plan into plain grids, so every case runs the way a
 * host would: first run, then the user's edits, then a re-plan from what the sheets now hold.
 *
 * Codes are real: E0601 CPAP (HCPCS Level II DME), 93656 AF ablation (CPT Category I), L1833 knee
 * orthosis (HCPCS Level II orthotic), 0691T AI CT analysis (CPT Category III).
 */
import {
  buildReport,
  recogniseColumn,
  EVIDENCE_COLUMNS,
  PATHWAY_COLUMNS,
} from "../../src/domain/report";
import { decodeRecord, encodeRecord, type BlockKey } from "../../src/domain/report/record";
import {
  BLOCK_SPECS,
  PATHWAY_FILLS,
  applyAnswers,
  planWriteBack,
  noEconomicsData,
  reportOutput,
  currentTable,
  type BlockSite,
  type WritePlan,
  type WriteSnapshot,
} from "../../src/domain/writeback";
import type { CellValue } from "../../src/domain/product";
import type { Rect } from "../../src/domain/sheet/address";

const AS_OF = "2026-06-01";
const HEADERS = [
  "Product ID",
  "Product",
  "Product type",
  "Site of care",
  "FDA status",
  "Candidate code(s)",
  "Code fit",
];
const ROWS: string[][] = [
  [
    "P-1",
    "SomnaAir CPAP",
    "home-use durable equipment",
    "home",
    "510(k) cleared",
    "E0601",
    "describes",
  ],
  [
    "P-2",
    "AF ablation catheter",
    "procedure device",
    "hospital outpatient",
    "510(k) cleared",
    "93656",
    "describes",
  ],
  ["P-3", "Knee brace", "orthotic or prosthetic", "home", "exempt", "L1833", "describes"],
  [
    "P-4",
    "AI CT analysis",
    "software analysis",
    "hospital outpatient",
    "510(k) cleared",
    "0691T",
    "describes",
  ],
];
const LINK = '=HYPERLINK("https://www.cms.gov/medicare/payment/fee-schedules","spec")';

/** A workbook as plain grids: sheets from A1, Excel tables, formulas ("sheet!r,c"). */
class Book {
  sheets = new Map<string, CellValue[][]>();
  tables = new Map<string, { sheet: string; rect: Rect }>();
  formulas = new Map<string, string>();
  record: CellValue[][] = [];

  constructor(rows: string[][] = ROWS) {
    this.sheets.set("Products", [HEADERS, ...rows]);
    this.tables.set("Products", {
      sheet: "Products",
      rect: { r0: 0, c0: 0, r1: rows.length, c1: HEADERS.length - 1 },
    });
  }

  grid(sheet: string): CellValue[][] {
    return this.sheets.get(sheet) ?? [];
  }

  set(sheet: string, r: number, c: number, v: CellValue): void {
    const grid = this.sheets.get(sheet) ?? [];
    while (grid.length <= r) grid.push([]);
    while (grid[r].length <= c) grid[r].push(null);
    grid[r][c] = v;
    this.sheets.set(sheet, grid);
  }

  /** Column index of the header naming `id` in a table's header row. */
  col(sheet: string, ids: Parameters<typeof recogniseColumn>[0], id: string): number {
    return this.grid(sheet)[0].findIndex((h) => recogniseColumn(ids, h) === id);
  }

  snapshot(): WriteSnapshot {
    const products = this.tables.get("Products")!;
    const sites: BlockSite[] = [
      {
        key: "pathway",
        sheet: "Products",
        sheetExists: true,
        tableName: "Products",
        table: products.rect,
        isExcelTable: true,
        anchor: { r: products.rect.r0, c: products.rect.c0 },
        read: { from: { r: 0, c: 0 }, grid: this.grid("Products") },
      },
    ];
    for (const spec of Object.values(BLOCK_SPECS).filter((s) => s.ownSheet)) {
      const table = this.tables.get(spec.table);
      const formulas = new Map<string, string>();
      for (const [at, f] of this.formulas)
        if (at.startsWith(`${spec.table}!`)) formulas.set(at.slice(spec.table.length + 1), f);
      sites.push({
        key: spec.key,
        sheet: spec.table,
        sheetExists: this.sheets.has(spec.table),
        tableName: spec.table,
        ...(table ? { table: table.rect, isExcelTable: true } : {}),
        anchor: { r: 0, c: 0 },
        ...(this.sheets.has(spec.table)
          ? { read: { from: { r: 0, c: 0 }, grid: this.grid(spec.table), formulas } }
          : {}),
      });
    }
    return { sites, records: decodeRecord(this.record) };
  }

  plan(): WritePlan {
    const snapshot = this.snapshot();
    const previous = (key: BlockKey) => {
      const site = snapshot.sites.find((s) => s.key === key);
      return site ? currentTable(site) : undefined;
    };
    const report = buildReport({
      grid: this.grid("Products").map((r) => r.slice(0, HEADERS.length)),
      firstRowNumber: 1,
      headerRowIndex: 0,
      previousEvidence: previous("evidence"),
      previousStrategy: previous("strategy"),
      asOf: AS_OF,
      locale: "en",
    });
    return planWriteBack(snapshot, reportOutput(report, undefined, noEconomicsData()));
  }

  /** What a host does with a plan, minus formats: values, formulas, tables, clears, the record. */
  apply(plan: WritePlan): void {
    for (const b of plan.blocks) {
      b.grid.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== undefined) this.set(b.sheet, b.origin.r + r, b.origin.c + c, v);
        })
      );
      for (const f of b.formulas) {
        this.formulas.set(`${b.sheet}!${b.origin.r + f.row},${b.origin.c + f.col}`, f.formula);
      }
      for (const x of b.clear) this.set(b.sheet, b.origin.r + x.row, b.origin.c + x.col, null);
      this.tables.set(b.tableName, { sheet: b.sheet, rect: b.tableAfter });
    }
    this.record = encodeRecord(plan.records);
  }

  run(): WritePlan {
    const plan = this.plan();
    this.apply(plan);
    return plan;
  }
}

const block = (plan: WritePlan, key: BlockKey) => plan.blocks.find((b) => b.key === key)!;

describe("planWriteBack", () => {
  it("first run: every block planned, nothing asked, widths set, pathway colours as #RRGGBB", () => {
    const book = new Book();
    const plan = book.plan();
    expect(plan.blocks.map((b) => b.key)).toEqual([
      "pathway",
      "evidence",
      "strategy",
      "roadmap",
      "quarters",
      "economics",
    ]);
    expect(plan.conflicts).toEqual([]);
    const pathway = block(plan, "pathway");
    expect(pathway.placement).toBe("beside");
    expect(pathway.origin).toEqual({ r: 0, c: HEADERS.length });
    expect(pathway.tableAfter).toEqual({
      r0: 0,
      c0: 0,
      r1: ROWS.length,
      c1: HEADERS.length + PATHWAY_COLUMNS.length - 1,
    });
    const evidence = block(plan, "evidence");
    expect(evidence.placement).toBe("ownSheet");
    expect(evidence.sheetExists).toBe(false);
    expect(evidence.tableBefore).toBeUndefined();
    for (const b of plan.blocks) {
      expect(b.formats.setWidths).toBe(true);
      expect(b.formats.freezeRows).toBe(1);
    }
    // E0601 (HCPCS Level II DME) is an existing HCPCS Level II code: its Strategy row is blue.
    const strategy = block(plan, "strategy");
    const fill = strategy.formats.fills.find((f) => strategy.grid[f.row][0] === "P-1");
    expect(fill?.color).toBe(PATHWAY_FILLS["existing-hcpcs-ii"]);
    expect(block(plan, "evidence").formats.fills).toEqual([]);
    expect(plan.records.map((r) => r.origin)).toEqual([
      "Products!H1",
      "Evidence!A1",
      "Strategy!A1",
      "Roadmap!A1",
      "RoadmapQuarters!A1",
      "Economics!A1",
    ]);
  });

  it("a re-run of an untouched workbook asks nothing and leaves the widths alone", () => {
    const book = new Book();
    book.run();
    const plan = book.plan();
    expect(plan.conflicts).toEqual([]);
    for (const b of plan.blocks) expect(b.formats.setWidths).toBe(false);
  });

  it("a re-run after edits: the user's columns and formula carried, the typed-over pathway cell asked, kept on 'no'", () => {
    const book = new Book();
    book.run();
    const status = book.col("Evidence", EVIDENCE_COLUMNS, "status");
    const notes = book.col("Evidence", EVIDENCE_COLUMNS, "notes");
    const gate = book.col("Products", PATHWAY_COLUMNS, "nextGate");
    book.set("Evidence", 1, status, "in progress");
    book.set("Evidence", 2, notes, "spec");
    book.formulas.set(`Evidence!2,${notes}`, LINK);
    book.set("Products", 2, gate, "ask the distributor first");
    const plan = book.plan();
    expect(plan.conflicts.map((c) => `${c.sheet}!${c.address}=${c.current}`)).toEqual([
      `Products!${String.fromCharCode(65 + gate)}3=ask the distributor first`,
    ]);
    const evidence = block(plan, "evidence");
    expect(evidence.grid[1][status]).toBe("in progress");
    expect(evidence.formulas).toEqual([{ row: 2, col: notes, formula: LINK }]);
    const kept = applyAnswers(plan, () => false);
    const pathway = block(kept, "pathway");
    const at = plan.conflicts[0].col;
    expect(pathway.origin.c + at).toBe(gate);
    expect(pathway.grid[2][at]).toBeUndefined();
    expect(kept.records[0].rows[2][at]).toBe("");
    book.apply(kept);
    // Kept, and not the add-in's next time either: asked again, never silently overwritten.
    expect(book.grid("Products")[2][gate]).toBe("ask the distributor first");
    expect(book.plan().conflicts).toHaveLength(1);
  });

  it("sorted Evidence rows: nothing asked, Status carried by Product ID and item", () => {
    const book = new Book();
    book.run();
    const status = book.col("Evidence", EVIDENCE_COLUMNS, "status");
    const grid = book.grid("Evidence");
    const sorted = [
      grid[0],
      ...grid
        .slice(1)
        .reverse()
        .map((r) => [...r]),
    ];
    sorted[1][status] = "done";
    book.sheets.set("Evidence", sorted);
    const plan = book.plan();
    expect(plan.conflicts).toEqual([]);
    const evidence = block(plan, "evidence");
    const done = evidence.grid.find((r) => r[status] === "done");
    expect(done?.[0]).toBe("P-4");
  });

  it("another row's text typed over an Evidence cell is the user's: asked", () => {
    const book = new Book();
    book.run();
    const why = book.col("Evidence", EVIDENCE_COLUMNS, "why");
    const grid = book.grid("Evidence");
    const other = grid.findIndex((r, i) => i > 1 && r[why] !== grid[1][why] && r[why] !== null);
    expect(other).toBeGreaterThan(1);
    book.set("Evidence", 1, why, grid[other][why]);
    const plan = book.plan();
    expect(plan.conflicts.map((c) => `${c.sheet}!${c.address}`)).toEqual([
      `Evidence!${String.fromCharCode(65 + why)}2`,
    ]);
  });

  it("a deleted product: the Strategy table shrinks, its old last row written empty, nothing asked", () => {
    const book = new Book();
    book.run();
    const before = book.tables.get("Strategy")!.rect;
    const products = book.grid("Products");
    products.pop();
    book.tables.set("Products", {
      sheet: "Products",
      rect: { r0: 0, c0: 0, r1: ROWS.length - 1, c1: HEADERS.length - 1 },
    });
    const plan = book.plan();
    expect(plan.conflicts).toEqual([]);
    const strategy = block(plan, "strategy");
    expect(strategy.tableBefore).toEqual(before);
    expect(strategy.tableAfter.r1).toBe(before.r1 - 1);
    expect(strategy.grid).toHaveLength(before.r1 + 1);
    expect(strategy.grid.at(-1)!.every((v) => v === null)).toBe(true);
    book.apply(plan);
    expect(book.grid("Strategy").map((r) => r[0])).not.toContain("P-4");
  });

  it("a Strategy table grown by a user's column: carried, never asked; shrunk back: its stale header cleared", () => {
    const book = new Book();
    book.run();
    const rect = book.tables.get("Strategy")!.rect;
    const extra = rect.c1 + 1;
    book.set("Strategy", 0, extra, "Board decision");
    book.set("Strategy", 2, extra, "approved 2027-01");
    book.tables.set("Strategy", { sheet: "Strategy", rect: { ...rect, c1: extra } });
    const grown = book.plan();
    expect(grown.conflicts).toEqual([]);
    const strategy = block(grown, "strategy");
    expect(strategy.grid[0][extra]).toBe("Board decision");
    expect(strategy.grid[2][extra]).toBe("approved 2027-01");
    expect(strategy.clear).toEqual([]);

    // The user deletes the column's cells but the table stays wide: the header cell is stale.
    book.set("Strategy", 0, extra, null);
    book.set("Strategy", 2, extra, null);
    const shrunk = block(book.plan(), "strategy");
    expect(shrunk.headers).toBe(extra);
    expect(shrunk.grid[0][extra]).toBeUndefined();
    expect(shrunk.clear).toEqual([{ row: 0, col: extra }]);
    expect(shrunk.tableAfter.c1).toBe(extra - 1);
  });

  it("without a record: the add-in's own headers mark its columns; anything else in the way is asked", () => {
    const book = new Book();
    book.run();
    book.record = [];
    const gate = book.col("Products", PATHWAY_COLUMNS, "nextGate");
    expect(book.plan().conflicts).toEqual([]);
    // A user's own column where the pathway block goes, under a header that is not the add-in's.
    book.set("Products", 0, gate, "My notes");
    book.set("Products", 1, gate, "call Dana");
    const plan = book.plan();
    expect(plan.conflicts.map((c) => c.address)).toEqual(
      expect.arrayContaining([
        `${String.fromCharCode(65 + gate)}1`,
        `${String.fromCharCode(65 + gate)}2`,
      ])
    );
    for (const b of plan.blocks) expect(b.formats.setWidths).toBe(true);
  });
});
