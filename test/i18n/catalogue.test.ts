import { CATALOGUE, DUPLICATE_IDS, resolveLocale, t } from "../../src/i18n/catalogue";

describe("message catalogue", () => {
  it("has no id claimed by two area files", () => {
    expect(DUPLICATE_IDS).toEqual([]);
  });
  it("has no zh-CN id that English lacks (a translation of nothing)", () => {
    const orphan = Object.keys(CATALOGUE["zh-CN"]).filter((id) => !(id in CATALOGUE.en));
    expect(orphan).toEqual([]);
  });
  it("keeps the same placeholders in every translation", () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [id, zh] of Object.entries(CATALOGUE["zh-CN"])) {
      expect([id, names(zh)]).toEqual([id, names(CATALOGUE.en[id])]);
    }
  });
  it("fills placeholders, falls back to English, and shows the id for an unknown message", () => {
    expect(t("common.yes", undefined, "zh-CN")).toBe("是");
    expect(t("no.such.id")).toBe("no.such.id");
  });
  it("maps Office display languages to a supported locale", () => {
    expect(resolveLocale("zh-CN")).toBe("zh-CN");
    expect(resolveLocale("zh-Hans-CN")).toBe("zh-CN");
    expect(resolveLocale("en-GB")).toBe("en");
    expect(resolveLocale(undefined)).toBe("en");
  });
});
