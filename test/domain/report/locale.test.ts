/**
 * The sheets the add-in writes, in the user's language and readable like a report: sheet and table
 * names per locale (and recognised in either), pathway labels, the Route legend, the short rationale
 * with the full one on the Strategy sheet, the decision chain as numbered lines; and a Chinese report
 * that shows no English but code names and the user's own text.
 */
import fc from "fast-check";
import { LOCALES, t, type Locale } from "../../../src/i18n/catalogue";
import type { CellValue } from "../../../src/domain/product";
import {
  EVIDENCE_COLUMNS,
  PATHWAY_COLUMNS,
  RATIONALE_BUDGET,
  REPORT_SHEET_IDS,
  REPORT_TABLE_IDS,
  REPORT_TABLES,
  STRATEGY_COLUMNS,
  buildReport,
  existingReportName,
  headersIn,
  isValidSheetName,
  isValidTableName,
  pathwayLabel,
  recognisePathwayLabel,
  recogniseReportName,
  reportNamesOf,
  reportSheetName,
  reportTableName,
  reportTableTarget,
  sentencesOf,
  shortRationale,
  type TableGrid,
} from "../../../src/domain/report";
import { fingerprintBlock, type BlockRecord } from "../../../src/domain/report/record";
import { PATHWAYS, PATHWAY_LABELS } from "../../../src/domain/pathway/types";
import { renderClassification } from "../../../src/domain/pathway";
import {
  BLOCK_SPECS,
  PATHWAY_FILLS,
  findProducts,
  pathwayFill,
  planBlock,
} from "../../../src/domain/writeback";
import {
  CODE_FITS,
  FDA_STATUSES,
  PRODUCT_TYPES,
  SITES_OF_CARE,
} from "../../../src/domain/vocab/vocabularies";
import { englishWords } from "../../support/english";

const HEADER: CellValue[] = [
  "Product ID",
  "Product",
  "Product type",
  "Site of care",
  "FDA status",
  "Breakthrough device",
  "Implanted or inserted",
  "Candidate code(s)",
  "Code fit",
  "Description of service",
];

// Real codes of every family the engine handles: CPT I 64624 (genicular nerve RFA), CPT III 0691T,
// PLA 0242U, HCPCS II E0601 (CPAP), L1832 (knee orthosis), A9291 (digital therapy), C1889 (NOC device).
const CODES = ["64624", "0691T", "0242U", "E0601", "L1832", "A9291", "C1889", "93656", null];

function col(grid: TableGrid, id: string, cols: readonly { id: string }[]): number {
  return cols.findIndex((c) => c.id === id);
}

describe("sheet and table names", () => {
  it("are valid Excel table and sheet names in every locale, and distinct", () => {
    for (const locale of LOCALES) {
      const names = REPORT_TABLE_IDS.map((id) => reportTableName(id, locale));
      for (const n of names)
        expect([n, isValidTableName(n), isValidSheetName(n)]).toEqual([n, true, true]);
      expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
      expect(isValidSheetName(reportSheetName("about", locale))).toBe(true);
    }
    expect(reportTableName("evidence", "zh-CN")).toBe("证据清单");
    expect(reportTableName("strategy", "zh-CN")).toBe("策略");
  });

  it("in English are the names earlier versions wrote", () => {
    for (const [id, name] of Object.entries(REPORT_TABLES))
      expect(reportTableName(id as (typeof REPORT_TABLE_IDS)[number], "en")).toBe(name);
  });

  it("are recognised in either language, whatever the case or width, and nothing else is", () => {
    for (const id of REPORT_SHEET_IDS) {
      for (const name of reportNamesOf(id)) {
        expect(recogniseReportName(name)).toBe(id);
        expect(recogniseReportName(` ${name.toUpperCase()} `)).toBe(id);
      }
    }
    expect(recogniseReportName("Ｅｖｉｄｅｎｃｅ")).toBe("evidence"); // typed with a Chinese IME
    expect(recogniseReportName("Evidence (2)")).toBeUndefined();
    expect(recogniseReportName("Sheet1")).toBeUndefined();
    expect(recogniseReportName(undefined)).toBeUndefined();
  });

  it("keep the name a previous run gave a table, in any language; a new one gets the locale's", () => {
    expect(reportTableTarget("evidence", ["Products", "Evidence"], "zh-CN")).toEqual({
      name: "Evidence",
      exists: true,
    });
    expect(reportTableTarget("strategy", ["产品", "策略"], "en")).toEqual({
      name: "策略",
      exists: true,
    });
    expect(reportTableTarget("strategy", ["Products"], "zh-CN")).toEqual({
      name: "策略",
      exists: false,
    });
    expect(reportTableTarget("about", ["关于本模型"], "en")).toEqual({
      name: "关于本模型",
      exists: true,
    });
  });

  it("are never taken for the user's Products data, in either language", () => {
    // A copy of the Products header on the add-in's own sheets (a user pasted it there) is not it.
    const own = ["证据清单", "策略", "Evidence"].map((name) => ({
      name,
      sheet: name,
      header: HEADER,
    }));
    const found = findProducts({
      tables: [...own, { name: "Portfolio", sheet: "Plan", header: HEADER }],
      sheets: [],
    });
    expect(found.ok && found.source.kind === "table" && found.source.name).toBe("Portfolio");
    expect(existingReportName("strategy", ["Products", "策略"])).toBe("策略");
    expect(existingReportName("strategy", ["Products"])).toBeUndefined();
  });

  it.each([
    ["Evidence", true],
    ["证据清单", true],
    ["_Evidence.2026", true],
    ["\\Evidence", true],
    ["Evidence 2", false], // no spaces
    ["Evidence-2", false], // no punctuation but _ and .
    ["证据（2）", false], // full-width brackets are punctuation too
    ["2026Evidence", false], // a letter first
    ["A1", false], // a cell reference
    ["XFD1048576", false],
    ["R1C1", false],
    ["RC", false],
    ["c", false],
    ["", false],
    ["E".repeat(255), true],
    ["E".repeat(256), false],
  ])("table name %j valid: %s", (name, valid) => {
    expect(isValidTableName(name)).toBe(valid);
  });

  it.each([
    ["关于本模型", true],
    ["About this model", true],
    ["Q1/Q2", false],
    ["Plan[1]", false],
    ["'quoted'", false],
    ["History", false],
    ["x".repeat(32), false],
  ])("sheet name %j valid: %s", (name, valid) => {
    expect(isValidSheetName(name)).toBe(valid);
  });
});

describe("pathway labels", () => {
  it("in English are PATHWAY_LABELS (what JSON and REIMB.PATHWAY return)", () => {
    for (const p of PATHWAYS) expect(pathwayLabel(p, "en")).toBe(PATHWAY_LABELS[p]);
  });

  it("are recognised in either language, so a Chinese sheet gets the same fills as an English one", () => {
    for (const p of PATHWAYS) {
      for (const locale of LOCALES) {
        expect(recognisePathwayLabel(pathwayLabel(p, locale))).toBe(p);
        expect(pathwayFill(`${pathwayLabel(p, locale)} (checked by Dana)`)).toBe(PATHWAY_FILLS[p]);
      }
    }
    expect(pathwayLabel("new-code", "zh-CN")).toBe("新编码策略");
    expect(recognisePathwayLabel("Existing")).toBeUndefined();
    expect(pathwayFill("pending")).toBeUndefined();
  });
});

/** A product row built from the sheet contract's vocabularies (fast-check picks the values). */
const productRow = fc.record({
  type: fc.constantFrom(...PRODUCT_TYPES),
  site: fc.constantFrom(...SITES_OF_CARE),
  fda: fc.constantFrom(...FDA_STATUSES),
  breakthrough: fc.constantFrom("yes", "no", null),
  implanted: fc.constantFrom("yes", "no", null),
  code: fc.constantFrom(...CODES),
  fit: fc.constantFrom(...CODE_FITS, null),
  description: fc.constantFrom(
    null,
    "Cloud app that reads a wireless sensor",
    "Knee injection under ultrasound"
  ),
});

type Row = Record<
  "type" | "site" | "fda" | "breakthrough" | "implanted" | "code" | "fit" | "description",
  CellValue
>;

function gridOf(rows: readonly Row[]): CellValue[][] {
  return [
    HEADER,
    ...(rows.map((r, i) => [
      `P-${i + 1}`,
      `Product ${i + 1}`,
      r.type,
      r.site,
      r.fda,
      r.breakthrough,
      r.implanted,
      r.code,
      r.fit,
      r.description,
    ]) as CellValue[][]),
  ];
}

/** Every string the report would write, with where it goes (headers included). */
function writtenCells(report: ReturnType<typeof buildReport>): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const add = (block: string, grid: TableGrid, skip: ReadonlySet<number>) => {
    grid.headers.forEach((h, c) => out.push({ where: `${block} header ${c}`, text: h }));
    grid.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === "string" && !skip.has(c))
          out.push({ where: `${block} ${r},${c}`, text: v });
      })
    );
  };
  add("pathway", report.pathwayColumns, new Set());
  // The Item ID column is the key Status/Owner/Notes are carried by: a code name, like a CPT code.
  add("evidence", report.evidence, new Set([col(report.evidence, "itemId", EVIDENCE_COLUMNS)]));
  add("strategy", report.strategy, new Set());
  return out;
}

describe("a zh-CN report", () => {
  it("shows no English but code names and the user's own text, in any row the sheet contract allows", () => {
    fc.assert(
      fc.property(fc.array(productRow, { minLength: 1, maxLength: 4 }), (rows) => {
        const grid = gridOf(rows);
        const user = grid.flat().filter((v): v is string => typeof v === "string");
        const report = buildReport({ grid, locale: "zh-CN", asOf: "2026-11-01" });
        const english = writtenCells(report)
          .map((c) => ({ ...c, words: englishWords(c.text, user) }))
          .filter((c) => c.words.length > 0);
        expect(english).toEqual([]);
      }),
      { numRuns: 150 }
    );
  });

  it("the checker does flag English (a test that can fail)", () => {
    expect(englishWords("Medicare 福利类别推断为“hospital service”")).toEqual([
      "hospital",
      "service",
    ]);
    expect(englishWords("FDA 状态为“IDE”；OPPS Addendum B CY2025 January；0691T")).toEqual([]);
    expect(englishWords("产品 SomnaAir CPAP 已分类", ["SomnaAir CPAP"])).toEqual([]);
  });
});

describe("the report reads like a report", () => {
  const rows = [
    // An implant needing a new code with pass-through, NTAP and TCET: the longest rationale.
    {
      type: "implant",
      site: "hospital outpatient",
      fda: "IDE",
      breakthrough: "yes",
      implanted: "yes",
      code: null,
      fit: null,
      description: null,
    },
    {
      type: "home-use durable equipment",
      site: "home",
      fda: "510(k) cleared",
      breakthrough: "no",
      implanted: "no",
      code: "E0601",
      fit: "describes",
      description: null,
    },
    {
      type: "procedure device",
      site: "hospital outpatient",
      fda: "510(k) cleared",
      breakthrough: "no",
      implanted: "no",
      code: "64624",
      fit: "describes",
      description: null,
    },
  ];
  const grid = gridOf(rows);
  const reports = Object.fromEntries(
    LOCALES.map((l) => [l, buildReport({ grid, locale: l, asOf: "2026-11-01" })])
  ) as Record<Locale, ReturnType<typeof buildReport>>;
  const RAT = col(reports.en.pathwayColumns, "rationale", PATHWAY_COLUMNS);
  const FULL = col(reports.en.strategy, "fullRationale", STRATEGY_COLUMNS);

  it.each(LOCALES)(
    "%s: Evidence rows name the item, and the Route cell says what the route means",
    (locale) => {
      const ev = reports[locale].evidence;
      const item = col(ev, "item", EVIDENCE_COLUMNS);
      const route = col(ev, "route", EVIDENCE_COLUMNS);
      const itemId = col(ev, "itemId", EVIDENCE_COLUMNS);
      expect(ev.headers.slice(0, 3)).toEqual(headersIn(EVIDENCE_COLUMNS, locale).slice(0, 3));
      expect(item).toBeLessThan(itemId);
      for (const row of ev.rows) {
        expect(row[item]).toBe(t(`evidence.${String(row[itemId])}.title`, undefined, locale));
        expect(row[item]).not.toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
        const legend = String(row[route]);
        expect(legend.length).toBeGreaterThan(12);
        expect(
          ["permission", "payment", "trust"].some(
            (r) => legend === t(`report.route.${r}`, undefined, locale)
          )
        ).toBe(true);
      }
      expect(t("report.route.payment", undefined, "en")).toMatch(/^Payment: /);
    }
  );

  it.each(LOCALES)(
    "%s: the Rationale cell is a few whole sentences within budget; the full one is on the Strategy sheet",
    (locale) => {
      const r = reports[locale];
      const more = t(
        "report.rationale.more",
        { sheet: reportTableName("strategy", locale) },
        locale
      );
      let shortened = 0;
      r.results.forEach((_res, i) => {
        const short = String(r.pathwayColumns.rows[i][RAT]);
        const full = String(r.strategy.rows[i][FULL]);
        expect(short.length).toBeLessThanOrEqual(RATIONALE_BUDGET[locale]);
        if (short === full) return;
        shortened++;
        expect(short.endsWith(more)).toBe(true);
        const body = short.slice(0, short.length - more.length).trim();
        // Whole sentences: the body is the full text's first sentences, word for word.
        const sentences = sentencesOf(full);
        const taken = sentencesOf(body);
        expect(taken.length).toBeGreaterThan(0);
        expect(taken).toEqual(sentences.slice(0, taken.length));
      });
      expect(shortened).toBeGreaterThan(0); // the implant's rationale is long in both languages
    }
  );

  it("keeps the full rationale the engine gives (the same sentences the pane's product card shows)", () => {
    reports.en.results.forEach((res, i) => {
      expect(reports.en.strategy.rows[i][FULL]).toBe(
        renderClassification(res.classification, "en").rationale
      );
    });
  });

  it.each(LOCALES)(
    "%s: the decision chain is numbered steps, one per line, each naming who acts",
    (locale) => {
      const r = reports[locale];
      const chain = col(r.strategy, "decisionChain", STRATEGY_COLUMNS);
      r.results.forEach((res, i) => {
        const lines = String(r.strategy.rows[i][chain]).split("\n");
        expect(lines.length).toBe(res.strategy.decisionChain.length);
        lines.forEach((line, k) => expect(line.startsWith(`${k + 1}. `)).toBe(true));
        expect(String(r.strategy.rows[i][chain])).not.toContain("→");
      });
    }
  );

  it("names the Strategy sheet as the workbook already calls it", () => {
    const r = buildReport({
      grid,
      locale: "zh-CN",
      asOf: "2026-11-01",
      sheetNames: { strategy: "Strategy" },
    });
    expect(String(r.pathwayColumns.rows[0][RAT])).toContain("“Strategy”");
  });
});

describe("short rationale", () => {
  const word = fc.stringMatching(/^[a-z]{1,12}$/);
  const sentence = fc
    .array(word, { minLength: 1, maxLength: 40 })
    .map((w) => `${w.join(" ")}.`.replace(/^./, (c) => c.toUpperCase()));

  it("never cuts inside a word, and stays within budget", () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 12 }), (reasons) => {
        const short = shortRationale(reasons, "en", "(More.)");
        const full = reasons.join(" ");
        if (full.length <= RATIONALE_BUDGET.en) expect(short).toBe(full);
        else expect(short.length).toBeLessThanOrEqual(RATIONALE_BUDGET.en);
        const words = new Set(
          full
            .replace(/[.]/g, "")
            .split(/\s+/)
            .map((w) => w.toLowerCase())
        );
        for (const w of short
          .replace(/\(More\.\)|…|[.]/g, "")
          .split(/\s+/)
          .filter(Boolean))
          expect(words.has(w.toLowerCase())).toBe(true);
      })
    );
  });

  it("splits English and Chinese sentences, not abbreviations or decimals", () => {
    expect(sentencesOf("Paid at 95.19 e.g. in 2026. Then the MAC decides.")).toEqual([
      "Paid at 95.19 e.g. in 2026.",
      "Then the MAC decides.",
    ]);
    expect(sentencesOf("先申请编码。再申请支付（OPPS）。")).toEqual([
      "先申请编码。",
      "再申请支付（OPPS）。",
    ]);
  });

  it("cuts a single overlong sentence at a clause, marked with an ellipsis", () => {
    const long = `An implanted device may qualify for pass-through, if its cost passes the three tests: ${"above the threshold, ".repeat(20)}and more.`;
    const short = shortRationale([long], "en", "(More.)");
    expect(short.length).toBeLessThanOrEqual(RATIONALE_BUDGET.en);
    expect(short).toMatch(/[a-z]… \(More\.\)$/);
  });
});

describe("re-running", () => {
  const grid = gridOf([
    {
      type: "procedure device",
      site: "hospital outpatient",
      fda: "510(k) cleared",
      breakthrough: "no",
      implanted: "no",
      code: "64624",
      fit: "describes",
      description: null,
    },
    {
      type: "implant",
      site: "hospital outpatient",
      fda: "IDE",
      breakthrough: "yes",
      implanted: "yes",
      code: null,
      fit: null,
      description: null,
    },
  ]);

  /** Write a report the way a host does and keep the record; then plan the next run over it. */
  function conflictsOnRerun(first: Locale, second: Locale, edit?: (ev: TableGrid) => void) {
    const one = buildReport({ grid, locale: first, asOf: "2026-11-01" });
    const blocks = {
      evidence: [one.evidence.headers as CellValue[], ...one.evidence.rows],
      strategy: [one.strategy.headers as CellValue[], ...one.strategy.rows],
      pathway: [one.pathwayColumns.headers as CellValue[], ...one.pathwayColumns.rows],
    };
    const records: Record<string, BlockRecord> = Object.fromEntries(
      Object.entries(blocks).map(([k, g]) => [
        k,
        { key: k, origin: `${k}!A1`, rows: fingerprintBlock(g) } as BlockRecord,
      ])
    );
    const previousEvidence: TableGrid = {
      headers: one.evidence.headers,
      rows: one.evidence.rows.map((r) => r.slice()),
    };
    edit?.(previousEvidence);
    blocks.evidence = [previousEvidence.headers, ...previousEvidence.rows];
    const two = buildReport({
      grid,
      locale: second,
      asOf: "2026-11-01",
      previousEvidence,
      previousStrategy: one.strategy,
    });
    const nextOf = {
      evidence: [two.evidence.headers as CellValue[], ...two.evidence.rows],
      strategy: [two.strategy.headers as CellValue[], ...two.strategy.rows],
      pathway: [two.pathwayColumns.headers as CellValue[], ...two.pathwayColumns.rows],
    };
    const conflicts = (["pathway", "evidence", "strategy"] as const).flatMap((key) => {
      const next = nextOf[key];
      const current = next.map((row, r) => row.map((_v, c) => blocks[key][r]?.[c] ?? null));
      return planBlock({
        spec: BLOCK_SPECS[key],
        sheet: key,
        origin: { r: 0, c: 0 },
        current,
        next,
        record: records[key],
      }).conflicts;
    });
    return { two, conflicts };
  }

  it.each(LOCALES)("in %s with nothing changed asks nothing", (locale) => {
    expect(conflictsOnRerun(locale, locale).conflicts).toEqual([]);
  });

  it.each([
    ["en", "zh-CN", "Done"],
    ["zh-CN", "en", "已完成"],
  ] as const)(
    "from %s to %s asks nothing and keeps the Status %j the user typed",
    (first, second, status) => {
      const { two, conflicts } = conflictsOnRerun(first, second, (ev) => {
        ev.rows[0][col(ev, "status", EVIDENCE_COLUMNS)] = status;
      });
      expect(conflicts).toEqual([]);
      const st = col(two.evidence, "status", EVIDENCE_COLUMNS);
      expect(two.evidence.rows[0][st]).toBe(status);
      expect(two.evidence.headers[st]).toBe(headersIn(EVIDENCE_COLUMNS, second)[st]);
    }
  );
});
