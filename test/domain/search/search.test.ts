/**
 * Code search over HCPCS descriptors, on rows copied from CMS's HCPCS file (HCPC2025_OCT_ANWEB,
 * long descriptions, ADD DT and TERM DT as printed there).
 */
import fc from "fast-check";
import { buildCodeSearchIndex, searchCodes, type CodeDescriptor } from "../../../src/domain/search";
import { tokens } from "../../../src/domain/search/normalize";

const ROWS: CodeDescriptor[] = [
  { code: "J9271", description: "Injection, pembrolizumab, 1 mg", addDate: "20160101" },
  { code: "J9299", description: "Injection, nivolumab, 1 mg", addDate: "20160101" },
  {
    code: "J9289",
    description: "Injection, nivolumab, 4.8 mg, and relatlimab, 1.6 mg",
    addDate: "20230101",
  },
  {
    code: "J9355",
    description: "Injection, trastuzumab, excludes biosimilar, 10 mg",
    addDate: "20000101",
  },
  {
    code: "Q5117",
    description: "Injection, trastuzumab-anns, biosimilar, (kanjinti), 10 mg",
    addDate: "20191001",
  },
  {
    code: "Q5146",
    description: "Injection, trastuzumab-strf (hercessi), biosimilar, 10 mg",
    addDate: "20250101",
  },
  {
    code: "J1300",
    description: "Injection, eculizumab, 10 mg",
    addDate: "20080101",
    termDate: "20250331",
  },
  { code: "J1299", description: "Injection, eculizumab, 2 mg", addDate: "20250401" },
  {
    code: "E0601",
    description: "Continuous positive airway pressure (cpap) device",
    addDate: "19880101",
  },
  {
    code: "E0562",
    description: "Humidifier, heated, used with positive airway pressure device",
    addDate: "20040101",
  },
  {
    code: "A9277",
    description:
      "Transmitter; external, for use with non-durable medical equipment interstitial continuous glucose monitoring system",
    addDate: "20080101",
  },
  {
    code: "J9999",
    description: "Not otherwise classified, antineoplastic drugs",
    addDate: "19860101",
  },
  { code: "J3490", description: "Unclassified drugs", addDate: "19860101" },
];
const IX = buildCodeSearchIndex(ROWS, "20251001");
const top = (q: string) => searchCodes(IX, q, 3)[0]?.code;

describe("code search over HCPCS descriptors", () => {
  it.each([
    ["Keytruda (pembrolizumab)", "J9271", "brand name absent from the descriptor, generic present"],
    ["pembrolizamab", "J9271", "one substituted letter"],
    ["nivolumb", "J9299", "one missing letter; the single-drug code before the combination"],
    ["Kanjinti trastuzumab-anns", "Q5117", "biosimilar suffix"],
    ["trastuzumab anns", "Q5117", "suffix written as a word"],
    ["HERCESSI", "Q5146", "brand printed in the descriptor, case folded"],
    ["Herceptin trastuzumab", "J9355", "reference product, not a biosimilar"],
    ["Soliris eculizumab", "J1299", "J1300 ended 2025-03-31: only the current code is found"],
    ["CPAP machine", "E0601", "abbreviation spelled out in the descriptor"],
    ["CGM transmitter", "A9277", "CGM expands to continuous glucose monitor(ing)"],
  ])("%s → %s (%s)", (query, code) => {
    expect(top(query)).toBe(code);
  });

  it("never answers with a catch-all (NOC) code or a code terminated before the as-of date", () => {
    const all = searchCodes(IX, "unclassified antineoplastic drugs eculizumab 10 mg", 20).map(
      (m) => m.code
    );
    expect(all).not.toContain("J9999");
    expect(all).not.toContain("J3490");
    expect(all).not.toContain("J1300");
  });

  it("calls a unique exact match strong and a tie or a typo weak", () => {
    expect(searchCodes(IX, "Kanjinti trastuzumab-anns", 3)[0].strength).toBe("strong");
    expect(searchCodes(IX, "pembrolizamab", 3)[0].strength).toBe("weak");
    expect(searchCodes(IX, "pembrolizamab", 3)[0].matched).toEqual(["pembrolizamab→pembrolizumab"]);
    // nivolumab is in two descriptors: the answer lists both and is not sure.
    const niv = searchCodes(IX, "nivolumab", 3);
    expect(niv.map((m) => m.code)).toEqual(["J9299", "J9289"]);
    expect(niv[0].strength).toBe("weak");
  });

  it("returns the add date so a NOC warning can say since when the specific code exists", () => {
    expect(searchCodes(IX, "pembrolizumab", 1)[0]).toMatchObject({
      code: "J9271",
      addDate: "20160101",
    });
  });

  it("finds nothing for an empty, stop-word or unknown query", () => {
    expect(searchCodes(IX, "", 3)).toEqual([]);
    expect(searchCodes(IX, "injection of the mg", 3)).toEqual([]);
    expect(searchCodes(IX, "zzqxv", 3)).toEqual([]);
  });

  it("returns at most n matches, best first, scores in [0, 1], for any text", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.integer({ min: 0, max: 8 }), (text, n) => {
        const found = searchCodes(IX, text, n);
        expect(found.length).toBeLessThanOrEqual(n);
        for (let i = 0; i < found.length; i++) {
          expect(found[i].score).toBeGreaterThanOrEqual(0);
          expect(found[i].score).toBeLessThanOrEqual(1);
          if (i > 0) expect(found[i - 1].score).toBeGreaterThanOrEqual(found[i].score);
        }
      }),
      { seed: 12, numRuns: 300 }
    );
  });

  it("normalises case, accents, punctuation and plurals the same way on both sides", () => {
    expect(tokens("Sensors; INVASIVE (e.g., subcutaneous)")).toEqual([
      "sensor",
      "invasive",
      "subcutaneous",
    ]);
    expect(tokens("trastuzumab-anns")).toEqual(["trastuzumab", "anns"]);
    expect(tokens("Réceiver")).toEqual(["receiver"]);
  });
});
