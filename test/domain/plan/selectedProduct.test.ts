/**
 * planSelectedRow: the pane's plan of one selected Products row is the plan a classification run
 * and REIMB.CODED_FROM / PAID_FROM compute for the same inputs (docs/roadmap.md), and evidence
 * progress counts the team's Status cells for that product only.
 */
import fc from "fast-check";
import * as F from "../../../src/functions/functions";
import {
  evidenceColumns,
  evidenceProgress,
  isDoneStatus,
  planSelectedRow,
} from "../../../src/domain/plan/selectedProduct";
import { isoDate, toExcelSerial, ymd } from "../../../src/domain/roadmap";
import { buildReport } from "../../../src/domain/report";
import type { CellValue } from "../../../src/domain/product";

const HEADERS = [
  "Product ID",
  "Product",
  "Product type",
  "Site of care",
  "FDA status",
  "FDA decision date",
  "Candidate code(s)",
  "Code fit",
  "Breakthrough device",
  "Implanted or inserted",
];
const AS_OF = ymd(2026, 12, 4);

type Row = [string, string, string, string, string, string, string, string, string, string];

// Rows chosen to cover each headline kind: an existing code (as-of), a new code paid by
// pass-through on an expected FDA date (estimate), a PLA lab test whose deadline was just missed.
const ROWS: Array<[string, Row]> = [
  [
    "existing CPT 66984 at the ASC",
    [
      "P-1",
      "Lens system",
      "procedure device",
      "ASC",
      "510(k) cleared",
      "2024-05-01",
      "66984",
      "describes",
      "no",
      "no",
    ],
  ],
  [
    "new implant, FDA expected 2027-03-01",
    [
      "P-2",
      "Novel implant",
      "implant",
      "hospital outpatient",
      "submitted",
      "2027-03-01",
      "",
      "does not",
      "yes",
      "yes",
    ],
  ],
  [
    "LDT without a code",
    ["P-3", "Lab test", "lab test", "independent lab", "LDT", "", "", "does not", "no", "no"],
  ],
];

function serialOrError(v: number | { code?: string }): number | string {
  return typeof v === "number" ? v : `error:${(v as { code?: string }).code ?? "?"}`;
}

describe("planSelectedRow", () => {
  it.each(ROWS)("%s: Coded from / Paid from equal REIMB.CODED_FROM / PAID_FROM", (_name, row) => {
    const s = planSelectedRow({ headers: HEADERS, values: row, rowNumber: 5 }, { asOf: AS_OF });
    expect(s.kind).toBe("plan");
    if (s.kind !== "plan") return;
    expect(s.rowNumber).toBe(5);
    const [, , type, site, fda, fdaDate, codes, fit, bt, implanted] = row;
    const args = [
      type,
      site,
      codes,
      fit,
      fda,
      bt === "yes",
      implanted === "yes",
      "2026-12-04",
      fdaDate,
    ] as const;
    const coded = serialOrError(F.codedFrom(...args) as number);
    const paid = serialOrError(F.paidFrom(...args) as number);
    expect(
      s.plan.codedFrom.date === undefined ? "error:#N/A" : toExcelSerial(s.plan.codedFrom.date)
    ).toEqual(typeof coded === "number" ? coded : "error:#N/A");
    expect(
      s.plan.paidFrom.date === undefined ? "error:#N/A" : toExcelSerial(s.plan.paidFrom.date)
    ).toEqual(typeof paid === "number" ? paid : "error:#N/A");
  });

  it("plans on the Assumptions table's dates exactly as a classification run does for that row", () => {
    // P-2 with its own date emptied: the table's Expected FDA date applies; as of 2026-12-02 (the
    // table's, not "today") the PLA row P-3 misses the Dec 1 2026 deadline (docs/roadmap.md).
    const pending: Row = [...ROWS[1][1]];
    pending[5] = "";
    const assumptions = {
      sheet: "Assumptions",
      table: "Assumptions",
      grid: [
        ["Assumption", "Value"],
        ["As-of date", "2026-12-02"],
        ["Expected FDA date", "2027-03-01"],
      ] as CellValue[][],
      top: 1,
      left: 1,
    };
    for (const [i, values] of [pending, ROWS[2][1]].entries()) {
      const s = planSelectedRow(
        { headers: HEADERS, values, rowNumber: 2 + i, assumptions },
        { asOf: AS_OF }
      );
      if (s.kind !== "plan") throw new Error(s.kind);
      expect([isoDate(s.plan.asOf), s.asOfFrom]).toEqual(["2026-12-02", "assumptions"]);
      const report = buildReport({
        grid: [HEADERS, values],
        firstRowNumber: 1 + i,
        locale: "en",
        assumptions,
      });
      expect(s.plan).toEqual(report.results[0].roadmap);
    }
  });

  it("gives the code the site comparison is made for, and none for a product without one", () => {
    const withCode = planSelectedRow(
      { headers: HEADERS, values: ROWS[0][1], rowNumber: 2 },
      { asOf: AS_OF }
    );
    const without = planSelectedRow(
      { headers: HEADERS, values: ROWS[2][1], rowNumber: 4 },
      { asOf: AS_OF }
    );
    expect(withCode.kind === "plan" && withCode.code).toBe("66984");
    expect(without.kind === "plan" && without.code).toBeUndefined();
  });

  it("marks an estimate and a missed deadline as the plan does (PLA deadline 2026-12-01 passed on 2026-12-04)", () => {
    const s = planSelectedRow(
      { headers: HEADERS, values: ROWS[2][1], rowNumber: 4 },
      { asOf: AS_OF }
    );
    if (s.kind !== "plan") throw new Error(s.kind);
    const deadline = s.plan.milestones.find((m) => m.id === "pla-deadline")!;
    expect(deadline.notes.map((n) => n.id)).toContain("roadmap.note.missedDeadline");
    expect(s.plan.paidFrom.date !== undefined && s.plan.paidFrom.estimate).toBe(true);
  });

  it("says a blank row is blank and lists the problems of a row that cannot be classified", () => {
    const blank = planSelectedRow(
      { headers: HEADERS, values: HEADERS.map(() => null), rowNumber: 9 },
      { asOf: AS_OF }
    );
    expect(blank).toEqual({ kind: "blank", rowNumber: 9 });
    const bad = [...ROWS[0][1]] as CellValue[];
    bad[3] = "ofice";
    const invalid = planSelectedRow(
      { headers: HEADERS, values: bad, rowNumber: 7 },
      { asOf: AS_OF }
    );
    expect(invalid.kind).toBe("invalid");
    if (invalid.kind !== "invalid") return;
    expect(invalid.productId).toBe("P-1");
    expect(invalid.problems[0]).toMatchObject({
      rowNumber: 7,
      column: "siteOfCare",
      nearest: "office",
    });
  });

  it("counts evidence items done of total for the selected product only", () => {
    const evidence = {
      headers: ["Product ID", "Status"],
      rows: [
        ["P-1", "Done"],
        ["P-1", "in progress"],
        ["P-1", null],
        ["p-1 ", "completed"],
        ["P-2", "done"],
      ] as CellValue[][],
    };
    const s = planSelectedRow(
      { headers: HEADERS, values: ROWS[0][1], rowNumber: 2 },
      { asOf: AS_OF, evidence }
    );
    expect(s.kind === "plan" && s.evidence).toEqual({ done: 2, total: 4 });
    const none = planSelectedRow(
      { headers: HEADERS, values: ROWS[2][1], rowNumber: 4 },
      { asOf: AS_OF, evidence }
    );
    expect(none.kind === "plan" && none.evidence).toBeUndefined();
  });
});

describe("evidence status", () => {
  it.each([
    ["done", true],
    ["Done", true],
    [" COMPLETE ", true],
    ["completed.", true],
    ["✓", true],
    ["已完成", true],
    ["完成", true],
    [true, true],
    ["in progress", false],
    ["not done", false],
    ["", false],
    [null, false],
    [1, false],
    [false, false],
  ])("%p counts as done: %p", (status, done) => {
    expect(isDoneStatus(status as CellValue)).toBe(done);
  });

  it("finds Product ID and Status in English or Chinese headers, and nothing without them", () => {
    expect(evidenceColumns(["Item", "产品编号", "Owner", "状态"])).toEqual(
      evidenceColumns(["Item", "Product ID", "Owner", "Status"])
    );
    expect(
      evidenceProgress({ headers: ["Item", "Owner"], rows: [["a", "b"]] }, "P-1")
    ).toBeUndefined();
  });

  it("never counts more done than total, whatever the statuses (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom("P-1", "P-2"),
            fc.oneof(fc.string(), fc.constantFrom("done", "已完成"))
          ),
          {
            maxLength: 30,
          }
        ),
        (rows) => {
          const p = evidenceProgress({ headers: ["Product ID", "Status"], rows }, "P-1");
          const mine = rows.filter((r) => r[0] === "P-1").length;
          if (mine === 0) return p === undefined;
          return p !== undefined && p.total === mine && p.done >= 0 && p.done <= p.total;
        }
      )
    );
  });
});
