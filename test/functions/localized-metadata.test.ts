/**
 * functions.zh-CN.json, the metadata Excel loads instead of functions.json when its UI language is
 * Simplified Chinese (manifest <bt:Override Locale="zh-CN">). Read from the shared production build of
 * the add-in (test/support/addin-build.ts: the repo's own webpack configuration). Proves: same functions, names, parameters, flags, types and help links as functions.json;
 * every text is the zh-CN catalogue's; code names, numbers and typed values survive translation.
 */
import * as fs from "fs";
import * as path from "path";
import { CATALOGUE } from "../../src/i18n/catalogue";
import { LOOKUP_FUNCTIONS_ZH } from "../../src/i18n/zh-CN/reference";
import {
  describedTexts,
  localizeFunctionsMetadata,
  LOCALIZED_METADATA,
  type FunctionMetadata,
  type FunctionsMetadata,
} from "../../scripts/functions-locale";
import { productionBuild } from "../support/addin-build";

const ZH_FILE = LOCALIZED_METADATA["zh-CN"]!;

let english: FunctionsMetadata;
let chinese: FunctionsMetadata;
let englishText = "";
let chineseText = "";
let warnings: string[] = [];
beforeAll(async () => {
  // The shared production build (test/support/addin-build.ts): the repo's own webpack
  // configuration, built once per change of its inputs for every test that needs its output.
  const build = await productionBuild();
  if (build.errors.length > 0) throw new Error(build.errors.join("\n"));
  warnings = build.warnings;
  englishText = fs.readFileSync(path.join(build.dir, "functions.json"), "utf8");
  chineseText = fs.readFileSync(path.join(build.dir, ZH_FILE), "utf8");
  english = JSON.parse(englishText) as FunctionsMetadata;
  chinese = JSON.parse(chineseText) as FunctionsMetadata;
}, 600_000);

/** Everything but the descriptions: what Excel binds formulas to must not depend on the language. */
function shape(metadata: FunctionsMetadata): unknown {
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => ({
      ...fn,
      description: fn.description === undefined ? "absent" : "present",
      parameters: fn.parameters.map((p) => ({
        ...p,
        description: p.description === undefined ? "absent" : "present",
      })),
    })),
  };
}

function textsOf(metadata: FunctionsMetadata): Map<string, string | undefined> {
  return new Map(metadata.functions.flatMap((fn) => describedTexts(fn)));
}

describe(`${ZH_FILE} built beside functions.json`, () => {
  it("has exactly the same function ids, names, parameters, optional flags, result types and help links", () => {
    expect(chinese.functions.map((f) => f.id)).toEqual(english.functions.map((f) => f.id));
    expect(chinese.functions.map((f) => f.name)).toEqual(english.functions.map((f) => f.name));
    for (const [zh, en] of chinese.functions.map((f, i): [FunctionMetadata, FunctionMetadata] => [
      f,
      english.functions[i],
    ])) {
      expect([
        zh.id,
        zh.parameters.map((p) => [p.name, Boolean(p.optional), p.type, p.dimensionality]),
      ]).toEqual([
        en.id,
        en.parameters.map((p) => [p.name, Boolean(p.optional), p.type, p.dimensionality]),
      ]);
      expect([zh.id, zh.result, zh.helpUrl]).toEqual([en.id, en.result, en.helpUrl]);
    }
    expect(shape(chinese)).toEqual(shape(english));
    expect(english.functions.length).toBeGreaterThanOrEqual(15);
  });

  it("keeps function names English, as Chinese Excel users type them (like SUM)", () => {
    for (const fn of chinese.functions) expect(fn.name).toMatch(/^[A-Z][A-Z0-9_.]{2,}$/);
  });

  it("uses the zh-CN catalogue's text for every description the English catalogue carries (no English fallback)", () => {
    const zh = textsOf(chinese);
    const untranslated = [...textsOf(english)]
      .filter(([id, text]) => CATALOGUE.en[id] === text)
      .filter(
        ([id]) => zh.get(id) !== CATALOGUE["zh-CN"][id] || CATALOGUE["zh-CN"][id] === undefined
      )
      .map(([id]) => id);
    expect(untranslated).toEqual([]);
  });

  it("has a reviewed translation ready for every text whose English is not catalogued yet", () => {
    // These keep their English in the file until en/ carries the JSDoc text (then the zh-CN entry
    // below merges into the catalogue by itself); a new function without either fails here.
    const uncatalogued = [...textsOf(english)]
      .filter(([id, text]) => CATALOGUE.en[id] !== text)
      .map(([id]) => id);
    expect(uncatalogued.filter((id) => !(id in LOOKUP_FUNCTIONS_ZH))).toEqual([]);
    const ours = new Set(english.functions.flatMap((fn) => describedTexts(fn).map(([id]) => id)));
    expect(Object.keys(LOOKUP_FUNCTIONS_ZH).filter((id) => !ours.has(id))).toEqual([]);
  });

  it("warns in the build about every text left in English, and about nothing else", () => {
    const kept = localizeFunctionsMetadata(english, "zh-CN");
    const named = warnings.filter((w) => w.includes(ZH_FILE));
    if (kept.missing.length + kept.uncatalogued.length === 0) expect(named).toEqual([]);
    else
      for (const id of [...kept.missing, ...kept.uncatalogued])
        expect(named.join("\n")).toContain(id);
  });

  it("is UTF-8 JSON laid out line for line like functions.json", () => {
    expect(chineseText.charCodeAt(0)).not.toBe(0xfeff);
    expect(chineseText.split("\n")).toHaveLength(englishText.split("\n").length);
    expect(Buffer.from(chineseText, "utf8").toString("utf8")).toBe(chineseText);
  });
});

describe("zh-CN description texts (in the file, or ready for uncatalogued English)", () => {
  /** [id, translation, the JSDoc English it translates] for every translated text. */
  const translated = (): Array<[string, string, string]> =>
    [...textsOf(english)].flatMap(([id, en]): Array<[string, string, string]> => {
      const zh = CATALOGUE["zh-CN"][id] ?? LOOKUP_FUNCTIONS_ZH[id];
      return zh === undefined ? [] : [[id, zh, en ?? ""]];
    });

  it("cover every description and argument of every function", () => {
    expect(translated()).toHaveLength(textsOf(english).size);
  });

  it("are single trimmed lines in Chinese with no unfilled {placeholder} or leaked message id", () => {
    const bad = translated().filter(
      ([, zh]) =>
        zh.trim() !== zh ||
        zh === "" ||
        /[\n\r\t]/.test(zh) ||
        /\{\w+\}/.test(zh) ||
        /\bfn\.\w/.test(zh) ||
        !/[\u4e00-\u9fff]/.test(zh)
    );
    expect(bad).toEqual([]);
  });

  it("keep code names, REIMB function and parameter names and numbers from the English", () => {
    const tokens = (en: string) =>
      en.match(/REIMB\.\w+|\b[A-Z][A-Z0-9_]{2,}\b|\d+(?:\.\d+)?/g) ?? [];
    const lost = translated().flatMap(([id, zh, en]) =>
      tokens(en)
        .filter((t) => !zh.includes(t))
        .map((t) => `${id}: ${t}`)
    );
    expect(lost).toEqual([]);
  });

  it('keep every quoted value a user types in an argument ("office", "99213", "PFS_CF_QP")', () => {
    const quoted = (en: string) => en.match(/"[^"]+"/g) ?? [];
    const lost = translated()
      .filter(([id]) => id.includes(".arg."))
      .flatMap(([id, zh, en]) =>
        quoted(en)
          .filter((q) => !zh.includes(q))
          .map((q) => `${id}: ${q}`)
      );
    expect(lost).toEqual([]);
  });
});

describe("localizeFunctionsMetadata", () => {
  const fn = (description: string, arg: string): FunctionsMetadata => ({
    functions: [
      {
        id: "NTAP",
        name: "NTAP",
        description,
        parameters: [{ name: "rate", description: arg, optional: true }],
      },
    ],
  });
  const catalogue = {
    en: { "fn.NTAP.description": "Add-on payment.", "fn.NTAP.arg.rate": "Add-on rate." },
    "zh-CN": { "fn.NTAP.description": "新技术附加支付。" },
  };

  it("translates a text whose English catalogue entry equals the JSDoc, and reports a missing translation", () => {
    const result = localizeFunctionsMetadata(
      fn("Add-on payment.", "Add-on rate."),
      "zh-CN",
      catalogue
    );
    expect(result.metadata.functions[0].description).toBe("新技术附加支付。");
    expect(result.metadata.functions[0].parameters[0]).toEqual({
      name: "rate",
      description: "Add-on rate.",
      optional: true,
    });
    expect(result.missing).toEqual(["fn.NTAP.arg.rate"]);
    expect(result.uncatalogued).toEqual([]);
  });

  it("never ships a translation of English the JSDoc no longer says", () => {
    const result = localizeFunctionsMetadata(
      fn("Add-on payment, capped.", "Add-on rate."),
      "zh-CN",
      catalogue
    );
    expect(result.metadata.functions[0].description).toBe("Add-on payment, capped.");
    expect(result.uncatalogued).toEqual(["fn.NTAP.description"]);
  });

  it("leaves the English metadata untouched", () => {
    const input = fn("Add-on payment.", "Add-on rate.");
    const before = JSON.stringify(input);
    localizeFunctionsMetadata(input, "zh-CN", catalogue);
    expect(JSON.stringify(input)).toBe(before);
  });
});
