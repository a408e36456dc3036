import { CATALOGUE, render } from "../../src/i18n/catalogue";
import { PATHWAY_LABELS } from "../../src/domain/pathway/types";
import {
  buildAbout,
  parameterAssumptions,
  publicSource,
  type AboutCell,
} from "../../src/domain/about/about";

const BASE = {
  sharedOn: new Date("2026-03-01T23:30:00Z"),
  sheetsIncluded: ["Model"],
  replaced: 3,
  staleCount: 0,
  errorCount: 0,
};

function text(cells: AboutCell[]): string[] {
  return cells.map((c) => (typeof c === "object" ? render(c, "en") : String(c)));
}

describe("About this model content", () => {
  it("states the pathway labels exactly as docs/features.md#sheet-contract spells them, each with a plain explanation", () => {
    const rows = buildAbout(BASE).map((r) => text(r.cells));
    for (const label of Object.values(PATHWAY_LABELS)) {
      const row = rows.find((r) => r[0] === label);
      expect(row?.[1]).toMatch(/code/);
    }
  });

  it("carries both plain caveats", () => {
    const all = buildAbout(BASE).flatMap((r) => text(r.cells));
    expect(all).toContain(CATALOGUE.en["common.caveat.codeNotCoverage"]);
    expect(all).toContain(CATALOGUE.en["common.caveat.medicareNotCommercial"]);
  });

  it("writes the date as an ISO date in UTC, whatever the recipient's locale", () => {
    expect(buildAbout(BASE).flatMap((r) => text(r.cells))).toContain("2026-03-01");
  });

  it("says when the vintage was not recorded rather than leaving it blank", () => {
    const rows = buildAbout(BASE).map((r) => text(r.cells));
    expect(rows.find((r) => r[0] === "CMS data vintage")?.[1]).toBe(
      "not recorded in this workbook"
    );
  });

  it("mentions stale values and errors only when there were some", () => {
    const has = (n: number, e: number) =>
      buildAbout({ ...BASE, staleCount: n, errorCount: e }).some(
        (r) => text(r.cells)[0] === "Check before use"
      );
    expect(has(0, 0)).toBe(false);
    expect(has(2, 0)).toBe(true);
    expect(has(0, 1)).toBe(true);
  });

  it.each([
    [2025, 32.3465, 54.895, 257],
    [2026, 33.4009, 56.322, 283],
  ])(
    "lists CY%i's figures from the parameter table (PFS CF %d, ASC CF %d, deductible %d)",
    (year, pfs, asc, deductible) => {
      const rows = parameterAssumptions(year).map((a) => [
        typeof a.label === "object" ? render(a.label, "en") : a.label,
        a.value,
      ]);
      expect(rows).toContainEqual(["Payment year", year]);
      expect(rows).toContainEqual(["PFS conversion factor", pfs]);
      expect(rows).toContainEqual(["ASC conversion factor", asc]);
      expect(rows).toContainEqual(["Part B deductible", deductible]);
    }
  );

  it("does not invent figures for a year the table lacks, and says which years it has", () => {
    const lines = parameterAssumptions(2031);
    expect(lines).toHaveLength(2);
    expect(render(lines[0].source as { id: string }, "en")).toContain("2025, 2026");
  });

  it("names a locality when given and national amounts otherwise", () => {
    const value = (loc?: string) => {
      const v = parameterAssumptions(2026, loc)[1].value;
      return typeof v === "object" ? render(v, "en") : v;
    };
    expect(value()).toBe("National");
    expect(value("Manhattan, NY (01112/01)")).toBe("Manhattan, NY (01112/01)");
  });

  it("cites public sources, not our internal notes", () => {
    expect(publicSource("docs/reimbursement.md §8.1: CY2026 PFS final rule")).toBe(
      "CY2026 PFS final rule"
    );
    for (const a of parameterAssumptions(2026))
      if (typeof a.source === "string") expect(a.source).not.toMatch(/reimbursement\.md/);
  });

  it("has every message it uses in the catalogue, in English and Chinese", () => {
    const ids = buildAbout({ ...BASE, staleCount: 1, vintage: "x", sourceName: "m.xlsx" })
      .flatMap((r) => r.cells)
      .filter((c): c is { id: string } => typeof c === "object")
      .map((c) => c.id);
    for (const id of ids) {
      expect([id, id in CATALOGUE.en]).toEqual([id, true]);
      expect([id, id in CATALOGUE["zh-CN"]]).toEqual([id, true]);
    }
  });
});
