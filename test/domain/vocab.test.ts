import {
  FDA_STATUS,
  PRODUCT_TYPE,
  SITE_OF_CARE,
  matchKey,
  matchVocabulary,
} from "../../src/domain/vocab";

describe("vocabulary matching (docs/features.md#sheet-contract)", () => {
  it.each([
    [SITE_OF_CARE, "POS 22", "hospital outpatient"],
    [SITE_OF_CARE, "pos-19", "hospital outpatient"],
    [SITE_OF_CARE, "Ambulatory Surgical Center", "ASC"],
    [SITE_OF_CARE, "asc", "ASC"],
    [SITE_OF_CARE, "POS 11", "office"],
    [SITE_OF_CARE, "21", "inpatient"],
    [FDA_STATUS, "510K Cleared", "510(k) cleared"],
    [FDA_STATUS, "de novo", "De Novo granted"],
    [PRODUCT_TYPE, "Home-Use Durable Equipment", "home-use durable equipment"],
    [PRODUCT_TYPE, "SaMD", "software analysis"],
  ] as const)("%#: %s", (vocab, text, expected) => {
    const m = matchVocabulary(vocab as typeof SITE_OF_CARE, text);
    expect(m).toMatchObject({ ok: true, value: expected });
  });

  it("suggests the nearest value instead of guessing", () => {
    expect(matchVocabulary(SITE_OF_CARE, "ofice")).toEqual({ ok: false, nearest: "office" });
    expect(matchVocabulary(PRODUCT_TYPE, "implnt")).toEqual({ ok: false, nearest: "implant" });
    expect(matchVocabulary(SITE_OF_CARE, "zzzzzzzzzzzzzzzzzz")).toEqual({ ok: false });
  });

  it("ignores case, spaces and punctuation", () => {
    expect(matchKey("  Product-ID ")).toBe(matchKey("product id"));
  });
});
