/**
 * The Assumptions table's plan inputs (docs/features.md#assumptions): which labels name the As-of
 * date and the Expected FDA date (English and Chinese), how a bad cell is reported, and what the
 * Products `Coded from` / `Paid from` columns become when the dates come from the table.
 *
 * Dates on both sides of real deadlines, from the calendar rules of docs/roadmap.md:
 *  - hcpcs-nondrug-cycle: January deadline on the first business day of January. Jan 1 2027 is a
 *    Friday holiday, so the deadline is Monday Jan 4 2027 and the code is effective Oct 1 2027;
 *    a day later the July cycle gives Apr 1 2028.
 *  - cpt-iii-cycle: the Feb 1 2027 application → published Jul 1 2027, effective Jan 1 2028; a
 *    day later the next panel → Jul 1 2028.
 *  - opps-quarterly: pass-through deadline Dec 1 2026 → paid from Apr 1 2027; a day later the
 *    March 2027 deadline → Jul 1 2027.
 *  - pla-deadline: Dec 1 2026 → released four months later, effective Jul 1 2027; a day later
 *    the March 2027 deadline → Oct 1 2027.
 *  - ntap-cycle: FDA by May 1 of FY−1: an expected FDA date of Mar 1 2027 makes FY2028 (paid
 *    from Oct 1 2027), Jun 1 2027 only FY2029 (Oct 1 2028).
 * Codes are real: C1889 (HCPCS device category, the README's pass-through example), 81479
 * (unlisted molecular pathology), E1399 (DME miscellaneous).
 */
import type { CellValue } from "../../../src/domain/product";
import {
  ASSUMPTION_KEYS,
  keySpellings,
  assumptionKeyOf,
  formatAssumptionProblem,
  readPlanAssumptions,
  type AssumptionsSource,
} from "../../../src/domain/assumptions";
import { buildReport, type Report } from "../../../src/domain/report";
import { buildRoadmapTable, isoDate } from "../../../src/domain/roadmap";
import { render } from "../../../src/i18n/catalogue";

const HEADER: CellValue[] = [
  "Product ID",
  "Product",
  "Product type",
  "Site of care",
  "FDA status",
  "FDA decision date",
  "Breakthrough",
  "Implanted",
  "Candidate code(s)",
  "Code fit",
];

const ROWS: Record<string, CellValue[]> = {
  // Pending products (no date of their own): the table's Expected FDA date applies.
  ntap: ["N-1", "Valve", "implant", "inpatient", "submitted", null, "yes", "yes", null, null],
  dme: [
    "D-1",
    "Walker",
    "home-use durable equipment",
    "home",
    "submitted",
    null,
    "no",
    "no",
    "E1399",
    "does not",
  ],
  catIII: [
    "C-1",
    "Probe",
    "procedure device",
    "physician office",
    "IDE",
    null,
    "no",
    "no",
    null,
    "does not",
  ],
  // Authorised or not FDA-regulated: the expected FDA date never applies.
  passThrough: [
    "I-1",
    "Spacer",
    "implant",
    "hospital outpatient",
    "PMA approved",
    "2026-03-01",
    "yes",
    "yes",
    "C1889",
    "partially",
  ],
  pla: [
    "L-1",
    "Assay",
    "lab test",
    "independent lab",
    "LDT",
    null,
    "no",
    "no",
    "81479",
    "does not",
  ],
};

/** The inserted table's layout: Assumption | Value | Unit | Note, from A1 of its sheet. */
function table(rows: CellValue[][], extra: Partial<AssumptionsSource> = {}): AssumptionsSource {
  return {
    sheet: "Assumptions",
    table: "Assumptions",
    grid: [
      ["Assumption", "Value", "Unit", "Note"],
      ["Payment year", 2026, "calendar year", ""],
      ...rows,
    ],
    top: 1,
    left: 1,
    ...extra,
  };
}

function run(keys: (keyof typeof ROWS)[], assumptions?: AssumptionsSource, asOf?: string): Report {
  return buildReport({
    grid: [HEADER, ...keys.map((k) => ROWS[k])],
    locale: "en",
    assumptions,
    ...(asOf !== undefined ? { asOf } : {}),
  });
}

/** Coded from / Paid from of each row, digits only ("≈ 2027-10-01 (estimate)" → "2027-10-01"). */
function headlines(report: Report): string[][] {
  const h = report.pathwayColumns.headers;
  const at = [h.indexOf("Coded from"), h.indexOf("Paid from")];
  return report.pathwayColumns.rows.map((r) =>
    at.map((i) => /\d{4}-\d{2}-\d{2}/.exec(String(r[i]))?.[0] ?? String(r[i]))
  );
}

describe("Assumptions keys", () => {
  it("every spelling of a key, in every locale, finds that key and no other", () => {
    for (const key of ASSUMPTION_KEYS)
      for (const spelling of keySpellings(key))
        expect([spelling, assumptionKeyOf(spelling)]).toEqual([spelling, key]);
  });

  it.each([
    ["As-of date", "asOf"],
    ["as of date", "asOf"],
    ["AS-OF", "asOf"],
    ["Roadmap as-of", "asOf"],
    ["截至日期", "asOf"],
    ["基准日期", "asOf"],
    ["Expected FDA date", "expectedFdaDate"],
    ["expected fda decision date", "expectedFdaDate"],
    ["预计 FDA 日期", "expectedFdaDate"],
    ["预计FDA日期", "expectedFdaDate"],
    ["预计 FDA 决定日期", "expectedFdaDate"],
    ["Date", undefined],
    ["FDA decision date", undefined],
    ["Payment year", undefined],
  ])("%s → %s", (label, key) => {
    expect(assumptionKeyOf(label)).toBe(key);
  });
});

describe("reading the table", () => {
  it.each<[string, CellValue, string]>([
    ["an Excel date serial (the pane's date cell)", 46387, "2026-12-31"],
    ["ISO text", "2026-12-31", "2026-12-31"],
    ["ISO with a time (ExcelJS's date)", "2026-12-31T00:00:00.000Z", "2026-12-31"],
    ["yyyy/m/d", "2026/12/31", "2026-12-31"],
    ["US m/d/yyyy", "12/31/2026", "2026-12-31"],
  ])("takes %s", (_what, cell, iso) => {
    const read = readPlanAssumptions(table([["As-of date", cell, "date", ""]]), "2026-06-01");
    expect(read.problems).toEqual([]);
    expect(read.asOf).toEqual({ iso, rowNumber: 3 });
  });

  it("reads a sheet without the inserted header: label in A, value in B, Chinese labels", () => {
    const read = readPlanAssumptions(
      {
        sheet: "假设",
        grid: [
          ["截至日期", "2027-01-04"],
          ["预计 FDA 日期", "2027-03-01"],
        ],
        top: 1,
        left: 1,
      },
      "2026-06-01"
    );
    expect(read).toEqual({
      asOf: { iso: "2027-01-04", rowNumber: 1 },
      expectedFdaDate: { iso: "2027-03-01", rowNumber: 2 },
      problems: [],
    });
  });

  it("leaves an empty value to the default, as the inserted table starts", () => {
    const read = readPlanAssumptions(
      table([
        ["As-of date", null, "date", ""],
        ["Expected FDA date", "  ", "date", ""],
      ]),
      "2026-06-01"
    );
    expect(read).toEqual({ problems: [] });
  });

  it("says which table, row and key hold a non-date, the accepted forms and the default used", () => {
    const source = table([["As-of date", "31.12.2026", "date", ""]], { top: 4, left: 2 });
    const read = readPlanAssumptions(source, "2026-06-01");
    expect(read.asOf).toBeUndefined();
    expect(read.problems).toHaveLength(1);
    const p = read.problems[0];
    expect(p).toMatchObject({ sheet: "Assumptions", rowNumber: 6, columnNumber: 3, key: "asOf" });
    expect(formatAssumptionProblem(p, "en")).toBe(
      'Assumptions, row 6, "As-of date": "31.12.2026" is not a date. Accepted: a date cell (an Excel date serial), yyyy-mm-dd (2026-12-31), yyyy/m/d (2026/12/31) or m/d/yyyy (12/31/2026). The plan uses the run date, 2026-06-01.'
    );
    expect(formatAssumptionProblem(p, "zh-CN")).toBe(
      "Assumptions，第 6 行，“As-of date”：“31.12.2026”不是日期。可接受：日期单元格（Excel 日期序列号）、yyyy-mm-dd（2026-12-31）、yyyy/m/d（2026/12/31）或 m/d/yyyy（12/31/2026）。计划改用运行日期 2026-06-01。"
    );
  });

  it("reports an impossible date, an Excel error and a repeated key, and keeps the first", () => {
    const read = readPlanAssumptions(
      table([
        ["Expected FDA date", "2027-02-30", "date", ""],
        ["As-of date", "#N/A", "date", ""],
        ["As-of date", "2027-01-04", "date", ""],
        ["截至日期", "2027-01-05", "", ""],
      ]),
      "2026-06-01"
    );
    expect(read.expectedFdaDate).toBeUndefined();
    expect(read.asOf).toBeUndefined();
    expect(read.problems.map((p) => [p.rowNumber, p.id, p.severity])).toEqual([
      [3, "rows.date.impossible", "error"],
      [4, "rows.value.excelError", "error"],
      [5, "assumptions.problem.repeated", "warning"],
      [6, "assumptions.problem.repeated", "warning"],
    ]);
    expect(formatAssumptionProblem(read.problems[0], "en")).toContain(
      "Pending products without their own FDA decision date stay undated."
    );
    expect(formatAssumptionProblem(read.problems[3], "en")).toBe(
      'Assumptions, row 6, "截至日期": "截至日期" is already given in row 4; this row is not used.'
    );
  });
});

describe("the plan's as-of date from the Assumptions table", () => {
  it.each<[string, keyof typeof ROWS, string, string, string]>([
    [
      "HCPCS: Jan 1 2027 is a holiday, the deadline Jan 4",
      "dme",
      "2026-12-31",
      "2027-10-01",
      "2027-10-01",
    ],
    [
      "HCPCS: Jan 1 2027 is a holiday, the deadline Jan 4",
      "dme",
      "2027-01-01",
      "2027-10-01",
      "2027-10-01",
    ],
    ["HCPCS: on the deadline", "dme", "2027-01-04", "2027-10-01", "2027-10-01"],
    ["HCPCS: a day after it, the July cycle", "dme", "2027-01-05", "2028-04-01", "2028-04-01"],
    ["CPT III: on the Feb 1 2027 deadline", "catIII", "2027-02-01", "2028-01-01", "2028-01-01"],
    ["CPT III: a day after it", "catIII", "2027-02-02", "2028-07-01", "2028-07-01"],
    [
      "pass-through: on the Dec 1 2026 deadline",
      "passThrough",
      "2026-12-01",
      "2027-04-01",
      "2027-04-01",
    ],
    ["pass-through: a day after it", "passThrough", "2026-12-02", "2027-07-01", "2027-07-01"],
    ["PLA: on the Dec 1 2026 deadline", "pla", "2026-12-01", "2027-07-01", "2027-07-01"],
    ["PLA: a day after it", "pla", "2026-12-02", "2027-10-01", "2027-10-01"],
  ])("%s (%s row, as of %s)", (_what, key, asOf, coded, paid) => {
    // Expected FDA date before the as-of date: the pending rows count from the as-of date.
    const report = run(
      [key],
      table([
        ["As-of date", asOf, "date", ""],
        ["Expected FDA date", "2026-10-01", "date", ""],
      ])
    );
    expect(isoDate(report.asOfDay)).toBe(asOf);
    expect(report.planInputs.asOfFrom).toBe("assumptions");
    expect(headlines(report)).toEqual([[coded, paid]]);
  });

  it("the CLI's --as-of (the host's explicit date) wins over the table; the run date is the last default", () => {
    const source = table([["As-of date", "2026-12-01", "date", ""]]);
    const host = run(["pla"], source, "2026-12-02");
    expect([isoDate(host.asOfDay), host.planInputs.asOfFrom]).toEqual(["2026-12-02", "host"]);
    expect(headlines(host)).toEqual([["2027-10-01", "2027-10-01"]]);
    const none = run(["pla"], undefined);
    expect(none.planInputs.asOfFrom).toBe("run");
    // The day of the run (UTC), not the first day of its quarter: a deadline passed this quarter is missed.
    expect(isoDate(none.asOfDay)).toBe(new Date().toISOString().slice(0, 10));
  });

  it("a bad as-of cell is reported and the run goes on with the run date", () => {
    const report = run(["pla"], table([["As-of date", "next Monday", "date", ""]]));
    expect(report.planInputs.asOfFrom).toBe("run");
    expect(report.assumptionProblems.map((p) => [p.rowNumber, p.id])).toEqual([
      [3, "assumptions.problem.notDate"],
    ]);
    expect(report.summary.classified).toBe(1);
  });
});

describe("the expected FDA date from the Assumptions table", () => {
  const asOf: CellValue[] = ["As-of date", "2026-09-01", "date", ""];

  it.each<[string, string, string]>([
    ["FDA by May 1 2027: NTAP from FY2028", "2027-03-01", "2027-10-01"],
    ["FDA after May 1 2027: NTAP from FY2029", "2027-06-01", "2028-10-01"],
  ])("%s", (_what, expected, paid) => {
    const report = run(["ntap"], table([asOf, ["Expected FDA date", expected, "date", ""]]));
    expect(report.planInputs.expectedFdaDate).toBe(expected);
    expect(headlines(report)[0][1]).toBe(paid);
    const fda = report.results[0].roadmap.milestones.find((m) => m.id === "fda-decision")!;
    expect([fda.date === undefined ? undefined : isoDate(fda.date), fda.estimate]).toEqual([
      expected,
      true,
    ]);
    expect(fda.notes.map((n) => render(n, "en"))).toEqual([
      "Expected FDA date from the Assumptions table (row 4); the row's FDA decision date is empty.",
    ]);
  });

  it("a row's own date wins over the table's default", () => {
    const own = [...ROWS.ntap];
    own[5] = "2027-06-01";
    const report = buildReport({
      grid: [HEADER, own],
      locale: "en",
      assumptions: table([asOf, ["Expected FDA date", "2027-03-01", "date", ""]]),
    });
    expect(headlines(report)[0][1]).toBe("2028-10-01");
    const fda = report.results[0].roadmap.milestones.find((m) => m.id === "fda-decision")!;
    expect(fda.notes).toEqual([]);
  });

  it("applies to pending statuses only: submitted, IDE, not submitted", () => {
    const rows = (["submitted", "IDE", "not submitted", "PMA approved", null] as CellValue[]).map(
      (status, i) => {
        const r = [...ROWS.ntap];
        r[0] = `N-${i}`;
        r[4] = status;
        return r;
      }
    );
    const report = buildReport({
      grid: [HEADER, ...rows],
      locale: "en",
      assumptions: table([asOf, ["Expected FDA date", "2027-03-01", "date", ""]]),
    });
    const dated = report.results.map((r) =>
      r.roadmap.milestones.some((m) =>
        m.notes.some((n) => n.id === "assumptions.note.fdaFromAssumptions")
      )
    );
    expect(dated).toEqual([true, true, true, false, false]);
  });

  it("a default already past is said in the problems and on the roadmap, never used silently", () => {
    const report = run(
      ["ntap"],
      table([
        ["As-of date", "2026-12-04", "date", ""],
        ["Expected FDA date", "2026-10-01", "date", ""],
      ])
    );
    expect(report.assumptionProblems.map((p) => formatAssumptionProblem(p, "en"))).toEqual([
      'Assumptions, row 4, "Expected FDA date": The expected FDA date 2026-10-01 is before the as-of date 2026-12-04: pending products without their own date count from the as-of date, and the roadmap notes the missed date.',
    ]);
    const entries = report.results.map((r) => ({
      productId: r.row.productId,
      product: r.row.product,
      pathway: r.classification.pathway,
      plan: r.roadmap,
    }));
    const grid = buildRoadmapTable(entries, undefined, "en");
    // The milestone's basis column carries its notes (the Notes column is the user's).
    const fdaRow = grid.rows.find((r) => r.includes("fda-decision"))!.join(" | ");
    expect(fdaRow).toContain("The expected FDA date 2026-10-01 has passed without authorisation");
    expect(fdaRow).toContain("Expected FDA date from the Assumptions table (row 4)");
  });
});
