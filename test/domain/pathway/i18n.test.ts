import { CATALOGUE } from "../../../src/i18n/catalogue";

describe("pathway, evidence and strategy texts in Simplified Chinese", () => {
  it("every English id of these areas (and every claim text) has a zh-CN translation", () => {
    const missing = Object.keys(CATALOGUE.en).filter((k) => /^(pathway|evidence|strategy|codes\.claim)\./.test(k) && !(k in CATALOGUE["zh-CN"]));
    expect(missing).toEqual([]);
  });
  it("zh-CN rationale sentences end with a full stop, since they are joined without spaces", () => {
    const open = Object.entries(CATALOGUE["zh-CN"]).filter(([k, v]) => k.startsWith("pathway.why.") && !v.endsWith("。"));
    expect(open).toEqual([]);
  });
});
