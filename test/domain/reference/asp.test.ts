/**
 * REIMB.ASP on CMS's Jan 2025 ASP pricing file (asp/2025_jan/section 508 version of Jan 2025 ASP
 * Pricing File updated 030725.csv; line numbers are the file's own, header on line 9).
 */
import * as fs from "fs";
import * as path from "path";
import { DATA_DIR, file } from "../../data/helpers";
import { parseGrid, readGrid } from "../../../src/data/detect";
import { loadReferenceFromFiles } from "../../../src/data/load";
import { emptyReference } from "../../../src/domain/reference/model";
import { setReference } from "../../../src/functions/state";
import { asp } from "../../../src/functions/lookups";

const ASP_FILE = "asp/2025_jan/section 508 version of Jan 2025 ASP Pricing File updated 030725.csv";
const HAVE_ASP = fs.existsSync(path.join(DATA_DIR, ASP_FILE));
const describeWithAsp: jest.Describe = HAVE_ASP
  ? describe
  : (((name: string, fn: () => void) => {
      console.log(`${name}: ${ASP_FILE} not found under ${DATA_DIR} (set REIMB_DATA_DIR): skipped`);
      describe.skip(name, fn);
    }) as jest.Describe);

describeWithAsp("ASP pricing file, January 2025", () => {
  beforeAll(async () => {
    const loaded = await loadReferenceFromFiles([file(ASP_FILE)]);
    setReference(loaded.reference);
  });
  afterAll(() => setReference(emptyReference()));

  it("is recognised by its content as CY2025 January, every priced row read", () => {
    const f = file(ASP_FILE);
    const p = parseGrid(readGrid("renamed.csv", f.bytes));
    expect(p.kind).toBe("asp");
    if (p.kind !== "asp") return;
    // The year comes from "Effective January 1, 2025 through March 31, 2025" (line 3), not the name.
    expect(p.table.provenance).toMatchObject({ year: 2025, release: "January" });
    // Lines 10-887, one record (A9606, lines 53-54) spanning two lines: 877 codes.
    expect(p.table.key).toHaveLength(877);
  });

  it.each([
    // [code, limit, dosage, coinsurance, line]
    ["J9035", 73.19, "10 MG", 20, 606], // bevacizumab
    ["J9271", 57.603, "1 MG", 20, 678], // pembrolizumab
    ["J1745", 30.525, "10 MG", 20, 296], // infliximab, not biosimilar
    ["J0897", 27.656, "1 MG", 18.237, 200], // denosumab: inflation-adjusted coinsurance
    ["90656", 22.35, "0.5 ML", 0, 16], // influenza vaccine: no coinsurance
  ])("%s: limit %s per %s, coinsurance %s%% (line %s)", (code, limit, dosage, coins) => {
    expect(asp(code)).toBe(limit);
    expect(asp(code, "limit", 2025)).toBe(limit);
    expect(asp(code, "dosage")).toBe(dosage);
    expect(asp(code, "COINSURANCE")).toBe(coins);
  });

  it("a numeric code is the 5-digit code it stands for", () => {
    expect(asp(90656)).toBe(22.35);
  });

  it("a code CMS does not list is #N/A saying so", () => {
    // 99213 is an office visit, not a drug: no row in the file.
    const r = asp("99213") as { code: string; message?: string };
    expect(r.code).toBe("#N/A");
    expect(r.message).toMatch(/99213 is not in the 2025 January ASP pricing file/);
  });

  it("a limit CMS prints as N/A is #N/A with the reason, never NaN or $0", () => {
    // Lines 53-54: A9606 (radium-223), Payment Limit "N/A", AWP/WAC in the notes.
    const r = asp("A9606") as { code: string; message?: string };
    expect(r.code).toBe("#N/A");
    expect(r.message).toMatch(/prints no payment limit for A9606/);
    expect(asp("A9606", "dosage")).toBe("1 microCurie");
  });

  it("a year not loaded is #N/A listing the years loaded", () => {
    const r = asp("J9035", "limit", 2024) as { code: string; message?: string };
    expect(r.code).toBe("#N/A");
    expect(r.message).toMatch(/2025/);
  });

  it("a malformed code or an unknown field is #VALUE!", () => {
    expect((asp("J90") as { code: string }).code).toBe("#VALUE!");
    expect((asp("bevacizumab") as { code: string }).code).toBe("#VALUE!");
    const f = asp("J9035", "price") as { code: string; message?: string };
    expect(f.code).toBe("#VALUE!");
    expect(f.message).toMatch(/limit, dosage, coinsurance/);
  });
});
