import {
  planRoadmap,
  buildRoadmapTable,
  buildQuarterGrid,
  headlineCells,
  type RoadmapEntry,
} from "../../../src/domain/roadmap";
import { cls, day, facts } from "./support";

const asOf = day("2027-01-05");
const dme: RoadmapEntry = {
  productId: "P-7",
  product: "Home stimulator",
  pathway: "unlisted-noc",
  plan: planRoadmap(
    facts({
      productType: "home-use durable equipment",
      siteOfCare: "home",
      fdaStatus: "510(k) cleared",
    }),
    cls("unlisted-noc", ["mac-coverage-lcd", "hcpcs-ii-application"]),
    { asOf }
  ),
};
const dtx: RoadmapEntry = {
  productId: "P-9",
  product: "App",
  pathway: "existing-hcpcs-ii",
  plan: planRoadmap(
    facts({ productType: "digital therapeutic", siteOfCare: "home", fdaStatus: "De Novo granted" }),
    cls("existing-hcpcs-ii", ["payer-coverage-and-contracting", "benefit-category"], {
      benefitCategory: { value: "none", inferred: false },
    }),
    { asOf }
  ),
};

describe("Roadmap table", () => {
  it("writes one row per milestone with ISO dates, estimate flag, basis and source", () => {
    const grid = buildRoadmapTable([dme], undefined, "en");
    expect(grid.headers.slice(0, 4)).toEqual(["Product ID", "Product", "Pathway", "Milestone ID"]);
    const effective = grid.rows.find((r) => r[3] === "hcpcs-effective");
    expect(effective?.[6]).toBe("2028-04-01"); // Jan 4 2027 deadline missed: July cycle → April 1
    expect(effective?.[8]).toBe("Estimate");
    expect(String(effective?.[12])).toContain("docs/reimbursement.md §3.1");
    const deadline = grid.rows.find((r) => r[3] === "hcpcs-deadline");
    expect(String(deadline?.[11])).toContain("2027-01-04");
    // The missed deadline is its own column, in words (the date moved a cycle on).
    expect(grid.headers[9]).toBe("Missed deadline");
    expect(grid.rows.some((r) => String(r[9]).startsWith("Deadline "))).toBe(true);
    expect(grid.rows.filter((r) => r[6] !== null).every((r) => r[9] !== null)).toBe(true);
  });

  it("keeps the user's notes and columns by Product ID + Milestone ID, and rows they wrote in", () => {
    const first = buildRoadmapTable([dme], undefined, "en");
    const previous = {
      headers: [...first.headers, "Decision"],
      rows: first.rows.map((r) =>
        r[3] === "hcpcs-effective" ? [...r.slice(0, 13), "ask the DME MAC", "go"] : [...r, null]
      ),
    };
    previous.rows.push([
      "P-1",
      "Gone",
      "Existing CPT",
      "cpt-i-effective",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      "keep me",
      null,
    ]);
    const again = buildRoadmapTable([dme], previous, "zh-CN");
    expect(again.headers[13]).toBe("备注");
    expect(again.headers[14]).toBe("Decision");
    const kept = again.rows.find((r) => r[3] === "hcpcs-effective");
    expect([kept?.[13], kept?.[14]]).toEqual(["ask the DME MAC", "go"]);
    const stale = again.rows.find((r) => r[0] === "P-1");
    expect(stale?.[13]).toBe("keep me");
    expect(stale?.[10]).toBe("（已不在计划中）");
  });

  it("headline cells: a date, an estimate marked as one, or the reason", () => {
    expect(headlineCells(dme.plan, "en")).toEqual([
      "≈ 2028-04-01 (estimate)",
      "≈ 2028-04-01 (estimate)",
    ]);
    expect(headlineCells(dtx.plan, "en")).toEqual([
      "No specific code on this pathway",
      "Not separately paid: no Medicare benefit category",
    ]);
  });
});

describe("quarter grid", () => {
  it("runs from the as-of quarter to the latest Paid from quarter, marking each quarter", () => {
    const g = buildQuarterGrid([dme, dtx], asOf, "en");
    expect(g.headers.slice(3)).toEqual([
      "2027 Q1",
      "2027 Q2",
      "2027 Q3",
      "2027 Q4",
      "2028 Q1",
      "2028 Q2",
    ]);
    expect(g.pathways).toEqual(["unlisted-noc", "existing-hcpcs-ii"]);
    expect(g.marks[0]).toEqual(["waiting", "waiting", "milestone", "milestone", "waiting", "paid"]);
    expect(String(g.rows[0]?.[8])).toMatch(/^Paid; Coded/);
    expect(g.marks[1]?.every((m) => m === "empty" || m === "milestone")).toBe(true);
  });
});
