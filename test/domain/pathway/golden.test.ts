/**
 * Golden pin of the classifier: a broad, generated set of rows (product type × site × code fit ×
 * candidate-code sets, with FDA status, dates, breakthrough and implant flags varied by a seeded
 * generator), each classified without reference data and against a synthetic CodeReference whose
 * facts exercise every signal the engine reads (PFS status, HCPCS coverage, OPPS status indicator,
 * deletion, NOC, fee schedules, benefit hint, codes missing from the files).
 *
 * It exists so that the rule register can be restructured without changing any answer: the whole
 * output (pathway, codes, gates, mechanisms, benefit, rationale and warning ids with parameters,
 * confidence, rule ids) is hashed per row and compared with the stored digests. When a behaviour
 * change is intended, regenerate with `UPDATE_GOLDEN=1 npx jest test/domain/pathway/golden` and say
 * why in the commit.
 */
import * as crypto from "crypto";
import * as fs from "fs";
import * as path from "path";
import { classify } from "../../../src/domain/pathway";
import type { ProductFacts } from "../../../src/domain/product";
import type { CodeFacts, CodeReference } from "../../../src/domain/reference/port";
import { CODE_FITS, FDA_STATUSES, PRODUCT_TYPES, SITES_OF_CARE } from "../../../src/domain/vocab";

const GOLDEN = path.join(__dirname, "__golden__", "classify.json");
const AS_OF = "2026-03-15";

/** Code sets a user lists, chosen to touch every code family the rules name. */
const CODE_SETS: string[][] = [
  [],
  ["99213"],
  ["0691T"],
  ["0446T"],
  ["0242U"],
  ["81479"],
  ["37226", "C1874"],
  ["C1889"],
  ["C1734"],
  ["E0601"],
  ["E1399"],
  ["K0554", "A9276"],
  ["L1832"],
  ["J9271"],
  ["J3490"],
  ["C9399"],
  ["Q4100"],
  ["Q4101", "15271"],
  ["G0552"],
  ["A9291"],
  ["99454", "99457"],
  ["98978"],
  ["17999"],
  ["3008F", "99213"],
  ["D0120"],
  ["V5261"],
  ["A9999"],
  ["0999T"],
  ["27447", "C1776"],
  ["XYZ"],
];

/** Synthetic facts: every value the engine branches on appears somewhere. */
const FACTS: Record<string, Omit<CodeFacts, "code" | "vintage">> = {
  "99213": {
    inCurrentFiles: true,
    pfsStatus: "A",
    feeSchedules: ["PFS"],
    benefitCategoryHint: "physician service",
  },
  "0691T": { inCurrentFiles: true, pfsStatus: "C", feeSchedules: ["PFS"] },
  "0446T": {
    inCurrentFiles: true,
    pfsStatus: "A",
    feeSchedules: ["PFS"],
    benefitCategoryHint: "physician service",
  },
  "0242U": {
    inCurrentFiles: true,
    pfsStatus: "X",
    feeSchedules: ["CLFS"],
    benefitCategoryHint: "clinical lab",
  },
  "81479": {
    inCurrentFiles: true,
    pfsStatus: "X",
    feeSchedules: ["PFS"],
    isNotOtherwiseClassified: true,
  },
  "37226": {
    inCurrentFiles: true,
    pfsStatus: "A",
    feeSchedules: ["PFS", "OPPS", "ASC"],
    oppsStatusIndicator: "J1",
  },
  C1874: {
    inCurrentFiles: true,
    feeSchedules: ["OPPS"],
    oppsStatusIndicator: "N",
    hcpcsCoverage: "C",
  },
  C1889: {
    inCurrentFiles: true,
    feeSchedules: ["OPPS"],
    oppsStatusIndicator: "N",
    isNotOtherwiseClassified: true,
  },
  C1734: { inCurrentFiles: true, feeSchedules: ["OPPS"], oppsStatusIndicator: "H" },
  E0601: { inCurrentFiles: true, feeSchedules: ["DMEPOS"], benefitCategoryHint: "DME" },
  E1399: { inCurrentFiles: true, feeSchedules: ["DMEPOS"], isNotOtherwiseClassified: true },
  K0554: { inCurrentFiles: true, feeSchedules: ["DMEPOS"], benefitCategoryHint: "DME" },
  A9276: { inCurrentFiles: true, feeSchedules: ["DMEPOS"], deleted: true },
  L1832: {
    inCurrentFiles: true,
    feeSchedules: ["DMEPOS"],
    benefitCategoryHint: "prosthetic or orthotic",
  },
  J9271: {
    inCurrentFiles: true,
    feeSchedules: ["ASP"],
    benefitCategoryHint: "drug",
    oppsStatusIndicator: "K",
  },
  J3490: {
    inCurrentFiles: true,
    feeSchedules: [],
    isNotOtherwiseClassified: true,
    oppsStatusIndicator: "N",
  },
  C9399: {
    inCurrentFiles: true,
    feeSchedules: ["OPPS"],
    isNotOtherwiseClassified: true,
    oppsStatusIndicator: "A",
  },
  Q4100: { inCurrentFiles: true, feeSchedules: [], isNotOtherwiseClassified: true },
  Q4101: { inCurrentFiles: true, feeSchedules: ["ASP"], hcpcsCoverage: "D" },
  "15271": {
    inCurrentFiles: true,
    pfsStatus: "A",
    feeSchedules: ["PFS", "OPPS"],
    oppsStatusIndicator: "T",
  },
  G0552: { inCurrentFiles: true, pfsStatus: "A", feeSchedules: ["PFS"] },
  A9291: { inCurrentFiles: true, feeSchedules: [], hcpcsCoverage: "M" },
  "99454": { inCurrentFiles: true, pfsStatus: "A", feeSchedules: ["PFS"] },
  "99457": { inCurrentFiles: true, pfsStatus: "A", feeSchedules: ["PFS"] },
  "98978": { inCurrentFiles: true, pfsStatus: "C", feeSchedules: ["PFS"] },
  "17999": {
    inCurrentFiles: true,
    pfsStatus: "C",
    feeSchedules: ["PFS"],
    isNotOtherwiseClassified: true,
  },
  V5261: { inCurrentFiles: true, feeSchedules: [], hcpcsCoverage: "S" },
  A9999: {
    inCurrentFiles: true,
    pfsStatus: "X",
    feeSchedules: ["DMEPOS"],
    isNotOtherwiseClassified: true,
  },
  "27447": {
    inCurrentFiles: true,
    pfsStatus: "A",
    feeSchedules: ["PFS"],
    oppsStatusIndicator: "C",
  },
  C1776: { inCurrentFiles: true, feeSchedules: ["OPPS"], oppsStatusIndicator: "N" },
  // 0999T is absent: a Cat III code missing from a file set that includes the PFS (archived).
};

function syntheticReference(vintage: string): CodeReference {
  return {
    vintage,
    lookup(code: string): CodeFacts | undefined {
      const f = FACTS[code];
      return f ? { code, vintage: "OPPS Addendum B CY2026 January; PFS CY2026", ...f } : undefined;
    },
  };
}
const REFS: Array<[string, CodeReference | undefined]> = [
  ["none", undefined],
  ["pfs", syntheticReference("PFS CY2026 RVU26A; OPPS Addendum B CY2026 January")],
  ["no-pfs", syntheticReference("HCPCS 2025 Oct")],
];

/** Deterministic PRNG (mulberry32) so the generated variations are the same on every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)];
}

const DATES = [
  undefined,
  "2010-06-01",
  "2023-02-01",
  "2024-04-30",
  "2025-07-01",
  "2026-01-05",
  "2027-01-01",
];
const DESCRIPTIONS = [
  undefined,
  "",
  "ADHD digital therapy",
  "21 CFR 882.5801 computerised behavioural therapy",
  "wound matrix",
];

function* rows(): Generator<[string, ProductFacts]> {
  const r = rng(20261204);
  const types = [...PRODUCT_TYPES, "nonsense"];
  const sites = [...SITES_OF_CARE, undefined];
  const fits = [...CODE_FITS, undefined];
  for (const productType of types)
    for (const site of sites)
      for (const fit of fits)
        for (let k = 0; k < CODE_SETS.length; k++) {
          const facts = {
            productType,
            siteOfCare: site,
            codeFit: fit,
            candidateCodes: CODE_SETS[k],
            fdaStatus: pick(r, [...FDA_STATUSES, undefined]),
            fdaDecisionDate: pick(r, DATES),
            breakthrough: pick(r, [true, false, undefined]),
            implanted: pick(r, [true, false, undefined]),
            durableHomeUse: pick(r, [true, false, undefined]),
            deviceCost: pick(r, [undefined, 12000, 0]),
            description: pick(r, DESCRIPTIONS),
            benefitCategory: pick(r, [
              undefined,
              undefined,
              undefined,
              "DME",
              "none",
              "hospital service",
              "unknown",
            ]),
          } as unknown as ProductFacts; // "nonsense" product types are deliberate: rows come from cells
          yield [`${productType}|${site ?? "-"}|${fit ?? "-"}|${CODE_SETS[k].join("+")}`, facts];
        }
}

function digest(x: unknown): string {
  return crypto.createHash("sha1").update(JSON.stringify(x)).digest("hex").slice(0, 10);
}

describe("classifier golden output", () => {
  it("matches the stored digests for every generated row, with and without reference data", () => {
    const digests: string[] = [];
    const inputs: Array<[string, ProductFacts, string]> = [];
    for (const [key, facts] of rows())
      for (const [refName, ref] of REFS) {
        digests.push(digest(classify(facts, ref, { asOf: AS_OF })));
        inputs.push([key, facts, refName]);
      }
    if (process.env.UPDATE_GOLDEN === "1") {
      fs.writeFileSync(
        GOLDEN,
        JSON.stringify({ asOf: AS_OF, count: digests.length, digests: digests.join("") }) + "\n"
      );
      return;
    }
    const stored = JSON.parse(fs.readFileSync(GOLDEN, "utf8")) as {
      count: number;
      digests: string;
    };
    expect(digests.length).toBe(stored.count);
    const diffs: string[] = [];
    for (let i = 0; i < digests.length; i++)
      if (stored.digests.slice(i * 10, i * 10 + 10) !== digests[i]) {
        const [key, facts, refName] = inputs[i];
        const ref = REFS.find((x) => x[0] === refName)?.[1];
        if (diffs.length < 5)
          diffs.push(
            `${key} [ref ${refName}]\n${JSON.stringify(classify(facts, ref, { asOf: AS_OF }))}`
          );
        else diffs.push(key);
      }
    expect(diffs.slice(0, 20)).toEqual([]);
  });
});
