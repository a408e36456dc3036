import fc from "fast-check";
import { LOCALES } from "../../../src/i18n/catalogue";
import type { CellValue } from "../../../src/domain/product";
import {
  EVIDENCE_COLUMNS,
  PATHWAY_COLUMNS,
  STRATEGY_COLUMNS,
  buildReport,
  headerKey,
  headersIn,
  locatePathwayColumns,
  pathwayBlockStart,
  recogniseColumn,
  type TableGrid,
} from "../../../src/domain/report";
import { columnForHeader } from "../../../src/domain/rows";

const HEADER: CellValue[] = [
  "Product ID",
  "Product",
  "Product type",
  "Site of care",
  "FDA status",
  "Candidate code(s)",
  "Code fit",
  "Medicare benefit category",
  "Durable home use",
];

// Real codes: E0601 (CPAP, DME), 93656 (AF ablation, CPT I), A9291 (Rx digital behavioural therapy).
const CPAP: CellValue[] = ["P-1", "SomnaAir CPAP", "home-use durable equipment", "home", "510(k) cleared", "E0601", "describes", "DME", "yes"];
const CATHETER: CellValue[] = ["P-2", "CryoLine catheter", "procedure device", "hospital outpatient", "510(k) cleared", "93656", "describes", null, null];
const BAD_SITE: CellValue[] = ["P-3", "Bad row", "implant", "ofice", "PMA approved", null, null, null, null];
const DTX: CellValue[] = ["P-4", "=HYPERLINK(\"x\")", "digital therapeutic", "home", "510(k) cleared", "A9291", "describes", "none", null];
const BLANK: CellValue[] = [null, null, null, null, null, null, null, null, null];

function col(grid: TableGrid, header: string): number {
  const i = grid.headers.indexOf(header);
  if (i < 0) throw new Error(`no column ${header} in ${grid.headers.join(", ")}`);
  return i;
}

describe("report columns", () => {
  it("no header the add-in writes is ever read as an input column, in any locale", () => {
    for (const locale of LOCALES) {
      for (const h of headersIn(PATHWAY_COLUMNS, locale)) expect([h, columnForHeader(h)]).toEqual([h, undefined]);
    }
  });

  it("has distinct headers within each table, in every locale", () => {
    for (const cols of [PATHWAY_COLUMNS, EVIDENCE_COLUMNS, STRATEGY_COLUMNS]) {
      for (const locale of LOCALES) {
        const keys = headersIn(cols, locale).map((h) => headerKey(h));
        expect(new Set(keys).size).toBe(keys.length);
      }
    }
  });

  it("recognises its own headers whatever the case, punctuation or locale", () => {
    for (const c of PATHWAY_COLUMNS) {
      expect(recogniseColumn(PATHWAY_COLUMNS, c.header.toUpperCase())).toBe(c.id);
      for (const locale of LOCALES) expect(recogniseColumn(PATHWAY_COLUMNS, headersIn([c], locale)[0])).toBe(c.id);
    }
    expect(recogniseColumn(PATHWAY_COLUMNS, "Product")).toBeUndefined();
    expect(recogniseColumn(EVIDENCE_COLUMNS, " status ")).toBe("status");
  });

  it("puts the pathway block after the last input header, or where a previous run put it", () => {
    expect(pathwayBlockStart(["Product ID", "Product", null, "Site of care"])).toBe(4);
    expect(pathwayBlockStart(["Product ID", "Product", "Pathway", "Next gate"])).toBe(2);
    expect(locatePathwayColumns(["Product ID", "Next gate", "Pathway"])).toEqual({ nextGate: 1, pathway: 2 });
  });
});

describe("buildReport", () => {
  const grid: CellValue[][] = [["Portfolio FY2027 (fictional)"], [], HEADER, CPAP, BLANK, BAD_SITE, CATHETER, DTX];
  const report = buildReport({ grid, locale: "en", asOf: "2026-11-01" });

  it("finds the header below a preamble and aligns one pathway row per grid row below it", () => {
    expect(report.headerRowIndex).toBe(2);
    expect(report.pathwayColumns.rows).toHaveLength(grid.length - 3);
    expect(report.pathwayColumns.headers).toEqual(PATHWAY_COLUMNS.map((c) => c.header));
    expect(report.pathwayStartColumn).toBe(HEADER.length);
  });

  it("classifies good rows in place, leaves blank rows blank and reports bad rows in Input problems", () => {
    const rows = report.pathwayColumns.rows;
    const pathway = col(report.pathwayColumns, "Pathway");
    const problems = col(report.pathwayColumns, "Input problems");
    expect(rows[0][pathway]).toBe("Existing HCPCS II"); // E0601 CPAP
    expect(rows[1].every((v) => v === null)).toBe(true); // blank row
    expect(rows[2][pathway]).toBeNull(); // bad row: not classified
    expect(String(rows[2][problems])).toMatch(/Row 6/);
    expect(String(rows[2][problems])).toMatch(/Site of care/);
    expect(String(rows[2][problems])).toMatch(/office/); // nearest allowed value
    expect(rows[3][pathway]).toBe("Existing CPT"); // 93656
    // A9291 exists, but a code is not coverage: no benefit category is a warning, not a new pathway.
    expect(rows[4][pathway]).toBe("Existing HCPCS II");
    expect(String(rows[4][col(report.pathwayColumns, "Warnings")])).toMatch(/benefit category/i);
    expect(rows[0][problems]).toBeNull();
    expect(report.summary).toEqual({
      rows: 4,
      classified: 3,
      withProblems: 1,
      byPathway: { "existing-cpt": 1, "existing-hcpcs-ii": 2, "unlisted-noc": 0, "new-code": 0 },
    });
  });

  it("writes one Evidence row per product and checklist item, in sheet order, with the user's columns empty", () => {
    const ev = report.evidence;
    expect(ev.headers.slice(0, EVIDENCE_COLUMNS.length)).toEqual(EVIDENCE_COLUMNS.map((c) => c.header));
    const expected = report.results.flatMap((r) => r.checklist.map((i) => [r.row.productId, i.id]));
    expect(ev.rows.map((r) => [r[col(ev, "Product ID")], r[col(ev, "Item ID")]])).toEqual(expected);
    expect(expected.length).toBeGreaterThan(report.results.length);
    for (const r of ev.rows) {
      expect([r[col(ev, "Status")], r[col(ev, "Owner")], r[col(ev, "Notes")]]).toEqual([null, null, null]);
      // Text comes from the catalogue: no raw ids left in the prose columns.
      expect(String(r[col(ev, "Evidence item")])).not.toMatch(/^evidence\./);
      expect(String(r[col(ev, "Why it matters")])).not.toMatch(/^evidence\./);
    }
  });

  it("writes one Strategy row per classified product with the decision chain and six implications", () => {
    const st = report.strategy;
    expect(st.headers).toEqual(STRATEGY_COLUMNS.map((c) => c.header));
    expect(st.rows.map((r) => r[0])).toEqual(["P-1", "P-2", "P-4"]);
    for (const r of st.rows) for (const v of r.slice(7)) expect(typeof v === "string" && v.length > 0).toBe(true);
  });

  it("keeps a formula-looking product name as the same text value", () => {
    const ev = report.evidence;
    const names = ev.rows.filter((r) => r[0] === "P-4").map((r) => r[col(ev, "Product")]);
    expect(new Set(names)).toEqual(new Set(['=HYPERLINK("x")']));
    expect(report.strategy.rows[2][1]).toBe('=HYPERLINK("x")');
  });

  it("reads its own output as no input: re-running on a grid with the pathway columns gives the same report", () => {
    const withOutput = grid.map((line, i) => {
      const padded = [...line, ...new Array<CellValue>(Math.max(0, HEADER.length - line.length)).fill(null)];
      if (i < 2) return padded;
      if (i === 2) return [...padded, ...report.pathwayColumns.headers];
      return [...padded, ...report.pathwayColumns.rows[i - 3]];
    });
    const again = buildReport({ grid: withOutput, locale: "en", asOf: "2026-11-01" });
    expect(again.pathwayColumns).toEqual(report.pathwayColumns);
    expect(again.summary).toEqual(report.summary);
    expect(again.pathwayStartColumn).toBe(HEADER.length);
    expect(again.evidence).toEqual(report.evidence);
  });

  it("reports a sheet with no recognisable header without throwing", () => {
    const none = buildReport({ grid: [["Name", "Price"], ["x", 1]], locale: "en" });
    expect(none.headerRowIndex).toBeUndefined();
    expect(none.results).toEqual([]);
    expect(none.pathwayColumns.rows).toEqual([]);
    expect(none.sheetProblems.length).toBeGreaterThan(0);
  });

  it("renders the written text in Chinese when asked, and still recognises it on an English re-run", () => {
    const zh = buildReport({ grid, locale: "zh-CN", asOf: "2026-11-01" });
    expect(zh.pathwayColumns.headers[0]).toBe("编码路径");
    zh.pathwayColumns.headers.forEach((h, i) => expect(recogniseColumn(PATHWAY_COLUMNS, h)).toBe(PATHWAY_COLUMNS[i].id));
    const withZh = [...grid.slice(0, 2), [...HEADER, ...zh.pathwayColumns.headers], ...grid.slice(3)];
    const en = buildReport({ grid: withZh, locale: "en", asOf: "2026-11-01" });
    expect(en.summary).toEqual(report.summary);
    expect(en.pathwayStartColumn).toBe(HEADER.length);
  });
});

describe("Evidence carry-over", () => {
  const grid: CellValue[][] = [HEADER, CPAP, CATHETER];
  const first = buildReport({ grid, locale: "en" });
  const ev = first.evidence;
  const [pid, iid, st, ow, no] = ["Product ID", "Item ID", "Status", "Owner", "Notes"].map((h) => col(ev, h));

  function typed(rows: CellValue[][], edits: Record<number, [CellValue, CellValue, CellValue]>): CellValue[][] {
    return rows.map((r, i) => {
      const e = edits[i];
      if (!e) return r.slice();
      const out = r.slice();
      [out[st], out[ow], out[no]] = e;
      return out;
    });
  }

  it("keeps Status, Owner and Notes by (Product ID, Item ID), whatever the row or column order", () => {
    const edited = typed(ev.rows, { 0: ["done", "Li Wei", "sent to MAC"], 3: ["in progress", null, "=not a formula"] });
    // Shuffle rows and columns as a user might (sort by status, move Notes first).
    const order = ev.headers.map((_h, i) => i).reverse();
    const previous: TableGrid = { headers: order.map((i) => ev.headers[i]), rows: edited.slice().reverse().map((r) => order.map((i) => r[i])) };
    const again = buildReport({ grid, previousEvidence: previous, locale: "en" });
    expect(again.evidence.rows).toHaveLength(ev.rows.length);
    const find = (p: CellValue, i: CellValue) => again.evidence.rows.find((r) => r[pid] === p && r[iid] === i) as CellValue[];
    expect(find(ev.rows[0][pid], ev.rows[0][iid]).slice(st)).toEqual(["done", "Li Wei", "sent to MAC"]);
    expect(find(ev.rows[3][pid], ev.rows[3][iid]).slice(st)).toEqual(["in progress", null, "=not a formula"]);
  });

  it("matches a Product ID Excel read back as a number", () => {
    const numeric: CellValue[][] = [HEADER, [1001, ...CPAP.slice(1)]];
    const r1 = buildReport({ grid: numeric, locale: "en" });
    const rows = typed(r1.evidence.rows, { 0: ["done", null, null] }).map((r) => {
      const out = r.slice();
      out[pid] = 1001;
      return out;
    });
    const r2 = buildReport({ grid: [HEADER, ["1001", ...CPAP.slice(1)]], previousEvidence: { headers: r1.evidence.headers, rows }, locale: "en" });
    expect(r2.evidence.rows[0][st]).toBe("done");
  });

  it("keeps, marked, rows no longer needed or whose product is gone when they hold user text; drops the rest", () => {
    const stale = ev.headers.map(() => null as CellValue);
    stale[pid] = "P-1";
    stale[iid] = "retired-item";
    stale[no] = "keep me";
    const gone = ev.headers.map(() => null as CellValue);
    gone[pid] = "P-9";
    gone[iid] = "service-description";
    gone[ow] = "Dana";
    const untouched = ev.headers.map(() => null as CellValue);
    untouched[pid] = "P-1";
    untouched[iid] = "another-retired-item";
    const previous: TableGrid = { headers: ev.headers, rows: [...ev.rows, stale, gone, untouched] };
    const again = buildReport({ grid, previousEvidence: previous, locale: "en" });
    expect(again.evidence.rows).toHaveLength(ev.rows.length + 2);
    const gates = col(again.evidence, "Needed for gates");
    const kept = again.evidence.rows.find((r) => r[iid] === "retired-item") as CellValue[];
    expect(kept[no]).toBe("keep me");
    expect(String(kept[gates])).toMatch(/No longer needed/);
    // Kept next to its product's rows, not at the end.
    const p1Last = again.evidence.rows.map((r) => r[pid]).lastIndexOf("P-1");
    expect(again.evidence.rows.indexOf(kept)).toBe(p1Last);
    const orphan = again.evidence.rows[again.evidence.rows.length - 1];
    expect([orphan[pid], orphan[ow]]).toEqual(["P-9", "Dana"]);
    expect(String(orphan[gates])).toMatch(/not classified/);
    expect(again.evidence.rows.some((r) => r[iid] === "another-retired-item")).toBe(false);
  });

  it("carries columns the user added to the Evidence table", () => {
    const previous: TableGrid = {
      headers: [...ev.headers, "Due date"],
      rows: ev.rows.map((r, i) => [...r, i === 1 ? "2027-03-01" : null]),
    };
    const again = buildReport({ grid, previousEvidence: previous, locale: "en" });
    expect(again.evidence.headers[again.evidence.headers.length - 1]).toBe("Due date");
    expect(again.evidence.rows[1][again.evidence.headers.length - 1]).toBe("2027-03-01");
  });

  it("never loses a cell a user typed (property)", () => {
    const text = fc.option(fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim().length > 0), { nil: null });
    const extraItem = fc.record({ product: fc.constantFrom("P-1", "P-2", "P-7"), item: fc.string({ minLength: 1, maxLength: 6 }) });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(text, text, text), { minLength: ev.rows.length, maxLength: ev.rows.length }),
        fc.array(fc.tuple(extraItem, text), { maxLength: 4 }),
        (edits, extras) => {
          const rows = ev.rows.map((r, i) => {
            const out = r.slice();
            [out[st], out[ow], out[no]] = edits[i];
            return out;
          });
          for (const [x, note] of extras) {
            const r = ev.headers.map(() => null as CellValue);
            r[pid] = x.product;
            r[iid] = `x-${x.item}`;
            r[no] = note;
            rows.push(r);
          }
          const again = buildReport({ grid, previousEvidence: { headers: ev.headers, rows }, locale: "en" });
          const key = (r: CellValue[]) => `${String(r[pid])}|${String(r[iid])}`;
          const out = new Map<string, CellValue[][]>();
          for (const r of again.evidence.rows) out.set(key(r), [...(out.get(key(r)) ?? []), r]);
          for (const r of rows) {
            for (const c of [st, ow, no]) {
              if (r[c] === null) continue;
              if (!(out.get(key(r)) ?? []).some((found) => found[c] === r[c])) return false;
            }
          }
          return true;
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("Strategy carry-over", () => {
  const grid: CellValue[][] = [HEADER, CPAP, CATHETER];
  const first = buildReport({ grid, locale: "en" });

  it("keeps columns the user added, by Product ID, and keeps a gone product's row when it holds user text", () => {
    const st = first.strategy;
    const previous: TableGrid = {
      headers: [...st.headers, "Decision"],
      rows: [
        [...st.rows[1], "go"],
        [...st.rows[0], null],
        ["P-9", "Retired product", ...new Array<CellValue>(st.headers.length - 2).fill(null), "dropped in 2026"],
        ["P-8", "Other", ...new Array<CellValue>(st.headers.length - 2).fill(null), null],
      ],
    };
    const again = buildReport({ grid, previousStrategy: previous, locale: "en" });
    const last = again.strategy.headers.length - 1;
    expect(again.strategy.headers[last]).toBe("Decision");
    expect(again.strategy.rows.map((r) => [r[0], r[last]])).toEqual([
      ["P-1", null],
      ["P-2", "go"],
      ["P-9", "dropped in 2026"],
    ]);
    expect(String(again.strategy.rows[2][col(again.strategy, "Next gate")])).toMatch(/not classified/);
  });

  it("regenerates the add-in's own columns", () => {
    const edited: TableGrid = { headers: first.strategy.headers, rows: first.strategy.rows.map((r) => [r[0], "renamed", ...r.slice(2)]) };
    expect(buildReport({ grid, previousStrategy: edited, locale: "en" }).strategy).toEqual(first.strategy);
  });
});
