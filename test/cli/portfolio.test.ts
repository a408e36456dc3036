/**
 * The bundled example (examples/portfolio.xlsx): it is what scripts/make-portfolio.ts writes, the
 * demo classifies it without problems, and each product gets the pathway a reimbursement expert
 * would give (the comments in scripts/make-portfolio.ts say why).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { run } from "../../src/cli/classify";
import { PORTFOLIO, makePortfolio } from "../../scripts/make-portfolio";

const EXAMPLE = path.join(__dirname, "../../examples/portfolio.xlsx");

async function values(file: string): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet("Products") as ExcelJS.Worksheet;
  const out: unknown[][] = [];
  ws.eachRow((row) => out.push((row.values as unknown[]).slice(1)));
  return out;
}

describe("examples/portfolio.xlsx", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "reimb-portfolio-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("is what scripts/make-portfolio.ts writes, with at least 12 products across types and sites", async () => {
    const fresh = path.join(dir, "fresh.xlsx");
    await makePortfolio(fresh);
    expect(await values(EXAMPLE)).toEqual(await values(fresh));
    expect(PORTFOLIO.length).toBeGreaterThanOrEqual(12);
    expect(new Set(PORTFOLIO.map((p) => p.productType)).size).toBeGreaterThanOrEqual(10);
    expect(new Set(PORTFOLIO.map((p) => p.siteOfCare)).size).toBeGreaterThanOrEqual(5);
  });

  it("classifies without problems and gives each product the expert's pathway and next gate", async () => {
    const logs: string[] = [];
    jest.spyOn(console, "log").mockImplementation((...a: unknown[]) => void logs.push(a.join(" ")));
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const code = await run([
      EXAMPLE,
      "--json",
      "--as-of",
      "2026-11-01",
      "-o",
      path.join(dir, "out.xlsx"),
    ]);
    jest.restoreAllMocks();
    expect(code).toBe(0);
    const json = JSON.parse(logs.join("\n"));
    const got = Object.fromEntries(
      json.rows.map(
        (r: {
          productId: string;
          classification: { ids: { pathway: string; nextGate: string; targetCodeSystem: string } };
        }) => [
          r.productId,
          [
            r.classification.ids.pathway,
            r.classification.ids.targetCodeSystem,
            r.classification.ids.nextGate,
          ],
        ]
      )
    );
    expect(got).toEqual({
      "GNV-101": ["existing-cpt", "CPT I", "mac-coverage-lcd"],
      "TNS-202": ["new-code", "CPT III", "fda-authorisation"],
      "SLP-303": ["existing-hcpcs-ii", "HCPCS II", "mac-coverage-lcd"],
      "KNE-404": ["existing-hcpcs-ii", "HCPCS II", "pdac-code-verification"],
      "LAB-505": ["new-code", "PLA", "pla-application"],
      "AIV-606": ["existing-cpt", "CPT III", "mac-coverage-lcd"],
      // A code exists, but Medicare has no benefit category: commercial payers first, the statute later.
      "DTX-707": ["existing-hcpcs-ii", "HCPCS II", "payer-coverage-and-contracting"],
      "DMH-808": ["existing-hcpcs-ii", "HCPCS II", "mac-coverage-lcd"],
      "RPM-909": ["existing-cpt", "CPT I", "mac-coverage-lcd"],
      "SKN-110": ["unlisted-noc", "HCPCS II", "mac-coverage-lcd"],
      "CAP-111": ["existing-cpt", "CPT I", "mac-coverage-lcd"],
      "DRG-121": ["unlisted-noc", "HCPCS II", "mac-coverage-lcd"],
      "SIN-131": ["existing-cpt", "CPT I", "mac-coverage-lcd"],
      "TAV-141": ["existing-cpt", "CPT I", "ntap-application"],
    });
    const warnings = (id: string) =>
      json.rows.find((r: { productId: string }) => r.productId === id).classification.ids.warnings;
    expect(warnings("DTX-707")).toContain("no-benefit-category");
    expect(
      json.rows.find((r: { productId: string }) => r.productId === "DTX-707").classification.ids
        .laterGates
    ).toContain("benefit-category");
    expect(warnings("AIV-606")).toContain("cat-iii-contractor-priced");
    // SIN-131 is an ASC row: ASC facility services are their own Part B benefit (SSA §1832(a)(2)(F);
    // docs/reimbursement.md §8.5), not a "hospital service" as the engine inferred before.
    expect(
      json.rows.find((r: { productId: string }) => r.productId === "SIN-131").classification.ids
        .benefitCategory
    ).toBe("ASC service");
    // AIV-606 (0691T, HOPD): the contractor price is the physician's claim only, not the site's payment.
    expect(
      json.rows.find((r: { productId: string }) => r.productId === "AIV-606").classification.ids
        .paymentMechanisms
    ).not.toContain("cat-iii-contractor-pricing");
  });
});
