/**
 * The Roadmap sheet's Source column is written in the reader's language: every calendar rule has
 * its citation in the catalogue, the English one the very `source` the rule carries.
 */
import { CALENDAR_RULES } from "../../../src/domain/roadmap/calendar";
import { t } from "../../../src/i18n/catalogue";

describe("calendar rule sources in the catalogue", () => {
  it.each(Object.entries(CALENDAR_RULES))("%s", (id, rule) => {
    expect(t(`roadmap.source.${id}`, undefined, "en")).toBe(rule.source);
    const zh = t(`roadmap.source.${id}`, undefined, "zh-CN");
    expect(zh).not.toBe(rule.source);
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
  });
});
