/**
 * The product plan and economics cards as rendered markup (react-dom/server, no browser): the plan
 * is a labelled ordered list of dated gates with estimates and missed deadlines said in words, the
 * economics card lists every REIMB function from the catalogue with one-click examples whose names
 * contain their visible text, and the site comparison shows REIMB.SITES's own figures, or says why
 * there are none (never zeros).
 */
import * as React from "react";
import { renderToStaticMarkup } from "react-dom/server";
import * as F from "../../src/functions/functions";
import { isExcelError } from "../../src/functions/errors";
import { CATALOGUE, setLocale, t } from "../../src/i18n/catalogue";
import { planSelectedRow, type SelectedProduct } from "../../src/domain/plan/selectedProduct";
import { ymd } from "../../src/domain/roadmap";
import { PATHWAY_FILLS } from "../../src/domain/writeback/formats";
import { getReference, noDataMessage, setReference } from "../../src/domain/reference/current";
import { emptyReference } from "../../src/domain/reference/model";
import { PlanCard } from "../../src/taskpane/components/PlanCard";
import {
  EconomicsCard,
  MAIN_FUNCTIONS,
  exampleFormula,
  functionNames,
} from "../../src/taskpane/components/EconomicsCard";
import { SiteChart } from "../../src/taskpane/components/SiteChart";
import { siteFigures, usd } from "../../src/taskpane/components/siteFigures";
import { evaluate } from "../../scripts/economicsFormulas";
import { describeWithData, loadAll } from "../data/helpers";

const HEADERS = [
  "Product ID",
  "Product",
  "Product type",
  "Site of care",
  "FDA status",
  "Candidate code(s)",
  "Code fit",
];
const AS_OF = ymd(2026, 12, 4);

function selected(values: (string | null)[]): SelectedProduct {
  return planSelectedRow(
    { headers: HEADERS, values, rowNumber: 4 },
    {
      asOf: AS_OF,
      evidence: {
        headers: ["Product ID", "Status"],
        rows: [
          ["P-3", "done"],
          ["P-3", ""],
          ["P-3", "in progress"],
        ],
      },
    }
  );
}

const LDT = selected([
  "P-3",
  "Sepsis panel",
  "lab test",
  "independent lab",
  "LDT",
  null,
  "does not",
]);
const LENS = selected([
  "P-1",
  "Lens system",
  "procedure device",
  "ASC",
  "510(k) cleared",
  "66984",
  "describes",
]);

/** Text as react-dom/server escapes it. */
function esc(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;");
}

function count(html: string, needle: string): number {
  return html.split(needle).length - 1;
}

afterEach(() => setLocale("en"));

describe("PlanCard", () => {
  it("shows the gates as a labelled ordered list, one item per milestone, estimates and missed deadlines in words", () => {
    if (LDT.kind !== "plan") throw new Error(LDT.kind);
    const html = renderToStaticMarkup(
      <PlanCard status={{ kind: "selected", selected: LDT }} dark={false} busy={false} />
    );
    expect(html).toMatch(/<ol[^>]*aria-labelledby="plan-timeline-label"/);
    expect(html).toContain(`id="plan-timeline-label"`);
    expect(count(html, 'data-testid="plan-milestone"')).toBe(LDT.plan.milestones.length);
    const estimates = LDT.plan.milestones.filter((m) => m.estimate && m.date !== undefined).length;
    expect(estimates).toBeGreaterThan(0);
    expect(count(html, 'data-testid="plan-estimate"')).toBe(estimates);
    // The PLA deadline of 2026-12-01 was missed on 2026-12-04: the plan says so, with the date.
    expect(html).toContain(t("pane.plan.missed"));
    expect(html).toContain("Deadline 2026-12-01 missed");
    // Every estimate carries its basis.
    expect(count(html, "Estimate. Basis: ")).toBe(
      LDT.plan.milestones.filter((m) => m.estimate && m.ruleIds.length > 0).length
    );
    expect(html).toContain(t("pane.plan.evidence", { done: 1, total: 3 }));
    expect(html).toContain(`background-color:${PATHWAY_FILLS[LDT.classification.pathway]}`);
    expect(html).toContain(t("pane.plan.codedFrom"));
    expect(html).toContain(t("pane.plan.paidFrom"));
  });

  it("names a dated headline an estimate in its text, as the Products sheet does", () => {
    if (LDT.kind !== "plan") throw new Error(LDT.kind);
    const html = renderToStaticMarkup(
      <PlanCard status={{ kind: "selected", selected: LDT }} dark={false} busy={false} />
    );
    expect(html).toMatch(/≈ \d{4}-\d{2}-\d{2} \(estimate\)/);
  });

  it("is Chinese in a Chinese Excel", () => {
    setLocale("zh-CN");
    const html = renderToStaticMarkup(
      <PlanCard status={{ kind: "selected", selected: LDT }} dark={true} busy={false} />
    );
    expect(html).toContain("产品计划");
    expect(html).toContain("关口与日期");
    expect(html).toContain("可支付日期");
  });

  it("says why there is no plan: not on a row, a row with problems", () => {
    const off = renderToStaticMarkup(
      <PlanCard
        status={{ kind: "offRow", table: "Products" }}
        dark={false}
        busy={false}
        onShowSelected={() => undefined}
      />
    );
    expect(off).toContain(t("pane.plan.notOnRow", { table: "Products" }));
    expect(off).toContain(t("pane.plan.showSelected"));
    const bad = selected(["P-9", "Pump", "procedure device", "ofice", null, null, null]);
    const html = renderToStaticMarkup(
      <PlanCard status={{ kind: "selected", selected: bad }} dark={false} busy={false} />
    );
    expect(html).toContain(t("pane.plan.invalid", { row: 4 }));
    expect(html).toContain("Did you mean \u0026quot;office\u0026quot;");
  });
});

describe("EconomicsCard", () => {
  const insert = async (): Promise<never> => {
    throw new Error("not in this test");
  };

  it("lists every REIMB function the catalogue describes, main ones first", () => {
    const described = Object.keys(CATALOGUE.en).filter((id) =>
      /^fn\.[A-Z_]+\.description$/.test(id)
    );
    const names = functionNames();
    expect(names).toHaveLength(described.length);
    expect(names.slice(0, MAIN_FUNCTIONS.length)).toEqual([...MAIN_FUNCTIONS]);
  });

  it("offers Insert example for each main function, its name containing the visible text, with the catalogue's description", () => {
    const html = renderToStaticMarkup(
      <EconomicsCard
        selected={undefined}
        figures={undefined}

        busy={false}
        insertFormula={insert}
      />
    );
    for (const fn of MAIN_FUNCTIONS) {
      expect(html).toContain(`aria-label="Insert example REIMB.${fn}"`);
      expect(html).toContain(esc(t(`fn.${fn}.description`)));
    }
    expect(count(html, ">Insert example</button>")).toBe(MAIN_FUNCTIONS.length);
    expect(html).toContain(t("pane.econ.selectRow"));
  });

  it.each(MAIN_FUNCTIONS.map((fn) => [fn]))(
    "the %s example is a call the function accepts (no #VALUE!)",
    (fn) => {
      for (const code of [undefined, "36902"]) {
        const formula = exampleFormula(fn, code);
        expect(formula.startsWith(`=REIMB.${fn}(`)).toBe(true);
        const result = evaluate(formula.slice(1), () => null);
        const first = Array.isArray(result) ? (result as unknown[][])[0][0] : result;
        if (isExcelError(first)) expect(first.code).not.toBe("#VALUE!");
      }
    }
  );

  it("uses the selected product's code in the examples, never text that could break the formula", () => {
    expect(exampleFormula("SITES", "36902")).toBe('=REIMB.SITES("36902")');
    expect(exampleFormula("PFS", '1") & X("')).toBe('=REIMB.PFS("99213")');
  });

  it("says the figures are missing, and why, when no CMS data is loaded (no zeros)", () => {
    setReference(emptyReference());
    if (LENS.kind !== "plan") throw new Error(LENS.kind);
    const figures = siteFigures(getReference(), LENS.code!, noDataMessage());
    expect(figures.kind).toBe("noData");
    const html = renderToStaticMarkup(
      <EconomicsCard
        selected={LENS}
        figures={figures}

        busy={false}
        insertFormula={insert}
      />
    );
    expect(html).toContain('data-testid="econ-no-figures"');
    expect(html).not.toContain("$0.00");
    expect(html).not.toContain('data-testid="site-chart"');
  });
});

describeWithData("site comparison on CMS files", () => {
  beforeAll(async () => {
    setReference((await loadAll()).reference);
  }, 120_000);
  afterAll(() => setReference(emptyReference()));

  it.each([["66984"], ["36902"], ["93306"]])(
    "%s: the pane's figures are REIMB.SITES's, in its table and as bars",
    (code) => {
      const figures = siteFigures(getReference(), code, undefined);
      if (figures.kind !== "rows") throw new Error(figures.kind);
      const cells = F.sites(code) as unknown[][];
      expect(figures.rows).toHaveLength(cells.length);
      figures.rows.forEach((r, i) => {
        const [, professional, facility, total] = cells[i];
        const same = (o: (typeof r)["professional"], cell: unknown): void => {
          if (o.ok) expect(o.value).toBe(cell);
          else expect(isExcelError(cell)).toBe(true);
        };
        same(r.professional, professional);
        same(r.facility, facility);
        same(r.total, total);
      });
      const html = renderToStaticMarkup(<SiteChart code={code} rows={figures.rows} />);
      expect(count(html, 'data-testid="site-bar"')).toBe(cells.length);
      expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="site-chart-/);
      for (const row of cells)
        if (typeof row[3] === "number") expect(html).toContain(`<td>${usd(row[3])}</td>`);
    }
  );
});
