/**
 * Done means (docs/features.md#share): a workbook modelled with the add-in and shared with `reimb share` opens
 * cleanly, with the same numbers and its caveats, in a spreadsheet program that has never seen the
 * add-in. LibreOffice Calc recalculates every formula on load here (see privateProfile).
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { CATALOGUE } from "../../src/i18n/catalogue";
import { PATHWAY_LABELS } from "../../src/domain/pathway/types";
import { buildModelWorkbook, EXPECTED } from "../shareCopy/modelFixture";
import { at, privateProfile, sheetsAsCsv, sofficePath } from "./libreoffice";

const soffice = sofficePath();
// Outside CI a machine without LibreOffice skips with a reason; in CI (.ci/run installs it) that is a failure.
const maybe = soffice || process.env.CI ? describe : describe.skip;
if (!soffice) console.warn("test/interop: soffice not found (install Debian's libreoffice-calc)");

const ROOT = path.join(__dirname, "..", "..");
const BAD = /#NAME\?|Err:\d+|#REF!/;

function reimbShare(args: string[]): string {
  return execFileSync(process.execPath, [path.join(ROOT, "bin", "reimb.js"), "share", ...args], { encoding: "utf8", cwd: ROOT });
}

function num(text: string): number {
  const n = Number(text);
  if (text.trim() === "" || !Number.isFinite(n)) throw new Error(`expected a number, LibreOffice shows "${text}"`);
  return n;
}

maybe("shared copy in LibreOffice Calc", () => {
  let dir: string;
  let profile: string;
  let original: string;
  let shared: string;
  let sheets: Record<string, string[][]>;

  beforeAll(async () => {
    if (!soffice) throw new Error("soffice not found: .ci/run installs Debian's libreoffice-calc for this suite");
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "reimb-interop-"));
    profile = privateProfile();
    original = path.join(dir, "model.xlsx");
    shared = path.join(dir, "model-shared.xlsx");
    fs.writeFileSync(original, await buildModelWorkbook({ withAddinParts: true }));
    reimbShare([original, "-o", shared, "--vintage", "PFS CY2026 RVU26C (July)"]);
    sheets = sheetsAsCsv(soffice as string, profile, shared);
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(profile, { recursive: true, force: true });
  });

  it("reproduces the problem first: the original shows #NAME? where the add-in is missing", () => {
    const before = sheetsAsCsv(soffice as string, profile, original);
    expect(at(before.Model, "E2")).toBe("#NAME?");
    expect(at(before.Model, "G2")).toBe("#NAME?");
  });

  it("has the About sheet and the chosen sheets, no add-in sheet", () => {
    expect(Object.keys(sheets).sort()).toEqual(["About this model", "Assumptions", "Model"]);
  });

  it("shows no #NAME?, Err: or #REF! in any cell of any sheet", () => {
    for (const [name, rows] of Object.entries(sheets)) {
      const bad = rows.flatMap((r, i) => r.map((v, j) => [v, `${name}!R${i + 1}C${j + 1}`] as const)).filter(([v]) => BAD.test(v));
      expect(bad).toEqual([]);
    }
  });

  it("shows the numbers the add-in calculated", () => {
    const m = sheets.Model;
    expect(num(at(m, "E2"))).toBe(EXPECTED.pay99213); // 99213 office, CY2026: $95.19
    expect(num(at(m, "E3"))).toBe(EXPECTED.pay93000); // 93000: $15.36
    expect(num(at(m, "B6"))).toBe(EXPECTED.program99213);
    expect(num(at(m, "B7"))).toBe(EXPECTED.patient99213);
  });

  it("computes the plain formulas that read them, in Calc", () => {
    const m = sheets.Model;
    expect(num(at(m, "G2"))).toBeCloseTo(EXPECTED.pay99213 * EXPECTED.cases99213, 6);
    expect(num(at(m, "G3"))).toBeCloseTo(EXPECTED.pay93000 * EXPECTED.cases93000, 6);
    expect(num(at(m, "G4"))).toBeCloseTo(EXPECTED.pay99213 * EXPECTED.cases99213 + EXPECTED.pay93000 * EXPECTED.cases93000, 6);
    expect(num(at(m, "F4"))).toBe(EXPECTED.cases99213 + EXPECTED.cases93000);
    expect(num(at(m, "C6"))).toBeCloseTo(Math.round((EXPECTED.program99213 / EXPECTED.pay99213) * 1e4) / 1e4, 10);
  });

  it("keeps them live: a changed input recomputes the dependent formulas", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(shared);
    wb.getWorksheet("Model")!.getCell("F2").value = 1500;
    const edited = path.join(dir, "edited.xlsx");
    await wb.xlsx.writeFile(edited);
    const m = sheetsAsCsv(soffice as string, profile, edited).Model;
    expect(num(at(m, "G2"))).toBeCloseTo(EXPECTED.pay99213 * 1500, 6); // cached value in the file was for 1200
    expect(num(at(m, "G4"))).toBeCloseTo(EXPECTED.pay99213 * 1500 + EXPECTED.pay93000 * EXPECTED.cases93000, 6);
    expect(num(at(m, "F4"))).toBe(1500 + EXPECTED.cases93000);
  });

  it("carries the data vintage, the pathway legend and the caveats", () => {
    const text = sheets["About this model"].flat();
    expect(text).toContain("PFS CY2026 RVU26C (July)");
    expect(text).toContain(CATALOGUE.en["common.caveat.codeNotCoverage"]);
    expect(text).toContain(CATALOGUE.en["common.caveat.medicareNotCommercial"]);
    for (const label of Object.values(PATHWAY_LABELS)) expect(text).toContain(label);
    expect(text).toContain("33.4009");
  });

  it("opens just as cleanly when the copy had to be rewritten by the fallback writer", async () => {
    const { shareWorkbook } = await import("../../src/shareCopy");
    const { bytes, report } = await shareWorkbook(fs.readFileSync(original), { now: new Date(), writer: "exceljs" });
    expect(report.writer).toBe("exceljs");
    const file = path.join(dir, "fallback.xlsx");
    fs.writeFileSync(file, bytes);
    const fallback = sheetsAsCsv(soffice as string, profile, file);
    expect(Object.keys(fallback).sort()).toEqual(["About this model", "Assumptions", "Model"]);
    for (const rows of Object.values(fallback)) expect(rows.flat().filter((v) => BAD.test(v))).toEqual([]);
    expect(num(at(fallback.Model, "E2"))).toBe(EXPECTED.pay99213);
    expect(num(at(fallback.Model, "G4"))).toBeCloseTo(EXPECTED.pay99213 * EXPECTED.cases99213 + EXPECTED.pay93000 * EXPECTED.cases93000, 6);
  });

  it("keeps formula-looking text as text", () => {
    expect(at(sheets.Model, "A8")).toBe("=REIMB.PFS_RVU(1,1,1) is text, not a formula");
  });
});
