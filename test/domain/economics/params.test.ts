import {
  findParameter,
  LATEST_YEAR,
  PARAMETER_NAMES,
  PARAMETER_YEARS,
  PARAMETERS,
  parameterValue,
} from "../../../src/domain/economics";

describe("parameter table (docs/reimbursement.md §8)", () => {
  it.each([
    ["PFS_CF", 2026, 33.4009],
    ["PFS_CF_QP", 2026, 33.5675],
    ["PFS_CF", 2025, 32.3465],
    ["OPPS_CF", 2025, 89.169],
    ["OPPS_CF", 2026, 91.415],
    ["ASC_CF", 2025, 54.895],
    ["ASC_CF", 2026, 56.322],
    ["PART_B_DEDUCTIBLE", 2025, 257],
    ["PART_B_DEDUCTIBLE", 2026, 283],
    ["PART_A_DEDUCTIBLE", 2026, 1736],
    ["COINSURANCE", 2026, 0.2],
    ["SEQUESTRATION", 2026, 0.02],
    ["OPPS_LABOR_SHARE", 2026, 0.6],
    ["ASC_LABOR_SHARE", 2026, 0.5],
    ["NTAP_RATE", 2026, 0.65],
    ["NTAP_RATE_QIDP", 2026, 0.75],
  ])("%s %i = %p", (name, year, value) => {
    expect(parameterValue(name as (typeof PARAMETER_NAMES)[number], year)).toBe(value);
  });

  it("defaults to the latest year, 2026, and the non-QP conversion factor", () => {
    expect(LATEST_YEAR).toBe(2026);
    expect(PARAMETER_YEARS).toEqual([2025, 2026]);
    expect(findParameter("PFS_CF")).toMatchObject({
      ok: true,
      value: { year: 2026, value: 33.4009 },
    });
  });

  it("has every name for every year, once, each with a docs/reimbursement.md source", () => {
    for (const year of PARAMETER_YEARS) {
      for (const name of PARAMETER_NAMES) {
        const rows = PARAMETERS.filter((p) => p.name === name && p.year === year);
        expect(rows).toHaveLength(1);
        expect(rows[0].source).toMatch(/^docs\/reimbursement\.md §\d/);
      }
    }
  });

  it.each([
    ["cf", "PFS_CF"],
    ["pfs cf", "PFS_CF"],
    ["Deductible", "PART_B_DEDUCTIBLE"],
    ["opps-cf", "OPPS_CF"],
  ])("matches %p to %s", (text, name) => {
    expect(findParameter(text)).toMatchObject({ ok: true, value: { name } });
  });

  it("answers an unknown name with the allowed names", () => {
    const out = findParameter("PFS_FACTOR");
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.kind).toBe("not-available");
      expect(out.message.params?.allowed).toContain("PFS_CF_QP");
    }
  });

  it("answers a year the table lacks with the years it has", () => {
    const out = findParameter("PFS_CF", 2024);
    expect(!out.ok && [out.kind, out.message.params?.allowed]).toEqual([
      "not-available",
      "2025, 2026",
    ]);
  });
});
