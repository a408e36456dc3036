/**
 * The reference bundle (format 4): every table comes back as it went in (NaN as "no amount",
 * mostly-zero number columns, text columns of few or many distinct values, whatever separator
 * characters they hold), tables are read only when first used (the vintage and the list of years
 * are known before), the PFS table's descriptions and surgery indicators only when one of them is
 * read, a bundle a web server already inflated reads the same, and bundles built by earlier
 * versions (formats 3 and 2) still load.
 */
import { errorText, ReimbError } from "../../../src/domain/errors";
import fc from "fast-check";
import { gunzipSync, gzipSync, strToU8 } from "fflate";
import {
  BUNDLE_FORMAT,
  bundledReference,
  decodeBundle,
  encodeBundle,
  provenanceOf,
} from "../../../src/domain/reference/bundle";
import { buildReference, emptyReference, type ReferenceData } from "../../../src/domain/reference/model";
import { vintageOf } from "../../../src/domain/reference/vintage";
import { pfsAmount } from "../../../src/domain/reference/lookups";
import type { ClfsTable, PprrvuTable } from "../../../src/data/types";

function clfs(year: number, keys: string[], rates: number[], indicator: string[], names: string[]): ClfsTable {
  return {
    provenance: { kind: "clfs", year, release: "Q1V1", file: `clfs${year}.csv` },
    key: keys,
    indicator,
    rate: rates,
    effective: keys.map(() => `${year}0101`),
    shortDescription: names,
  };
}

/** A two-code RVU table: 99213's CY2026 RVU26C row (work 1.30, PE 1.46/0.43, MP 0.09, CF 33.4009). */
function pprrvu(): PprrvuTable {
  const two = <T>(a: T, b: T) => [a, b];
  return {
    provenance: { kind: "pprrvu", year: 2026, release: "July", file: "PPRRVU2026_Jul_nonQPP.csv" },
    conversionFactor: 33.4009,
    variant: "nonQP",
    key: two("99213", "0691T"),
    status: two("A", "C"),
    work: two(1.3, 0),
    peNonFacility: two(1.46, 0),
    peFacility: two(0.43, 0),
    mp: two(0.09, 0),
    nonFacilityNa: two("", ""),
    facilityNa: two("", ""),
    pctc: two("0", "0"),
    globalDays: two("XXX", "XXX"),
    multipleProcedure: two("0", "0"),
    bilateral: two("0", "0"),
    assistant: two("0", "0"),
    coSurgeon: two("0", "0"),
    team: two("0", "0"),
    endoBase: two("", ""),
    oppsPeNonFacility: two(Number.NaN, Number.NaN),
    oppsPeFacility: two(Number.NaN, Number.NaN),
    oppsMp: two(Number.NaN, Number.NaN),
    description: two("Office o/p est low 20 min", "Anlys ct data coronary plaq"),
  } as PprrvuTable;
}

function sample(): ReferenceData {
  const r = emptyReference();
  r.pfs["2026"] = pprrvu();
  r.clfs["2025"] = clfs(2025, ["80053", "0526U"], [10.56, 0], ["N", "L"], ["Comprehen metabolic panel", "Ntrg ALS CSF"]);
  r.clfs["2026"] = clfs(2026, ["80053"], [Number.NaN], ["N"], [""]);
  return r;
}

const asJson = (r: ReferenceData) => JSON.parse(JSON.stringify(r)) as unknown;

describe("reference bundle format 4", () => {
  it("gives back every table as it went in", () => {
    const r = sample();
    const back = decodeBundle(encodeBundle(r));
    expect(asJson(back)).toEqual(asJson(r));
    expect(back.pfs["2026"].oppsMp.every(Number.isNaN)).toBe(true);
    expect(back.clfs["2026"].rate[0]).toBeNaN();
    expect(back.clfs["2026"].shortDescription).toEqual([""]);
  });

  it("round-trips text columns of few, many and separator-holding values, and numbers with NaN", () => {
    const text = fc.oneof(fc.constantFrom("A", "R", "T", "", "NA"), fc.string({ maxLength: 12 }));
    const number = fc.oneof(fc.constant(Number.NaN), fc.double({ noNaN: true, noDefaultInfinity: true }));
    fc.assert(
      fc.property(fc.array(fc.tuple(text, number, fc.string({ maxLength: 3 })), { minLength: 1, maxLength: 120 }), (rows) => {
        const r = emptyReference();
        r.clfs["2025"] = clfs(
          2025,
          rows.map((x, i) => `${x[2]}${i}`),
          rows.map((x) => x[1]),
          rows.map((x) => x[0]),
          rows.map((x) => x[2] + "\u001f" + x[0]),
        );
        const back = decodeBundle(encodeBundle(r)).clfs["2025"];
        const t = r.clfs["2025"];
        return (
          back.key.join("|") === t.key.join("|") &&
          back.indicator.every((v, i) => v === t.indicator[i]) &&
          back.shortDescription.every((v, i) => v === t.shortDescription[i]) &&
          back.rate.every((v, i) => Object.is(v, t.rate[i]) || (v === 0 && t.rate[i] === 0))
        );
      }),
      { numRuns: 100 },
    );
  });

  it("knows every year and provenance before reading a table, and reads a table on first use only", () => {
    const back = decodeBundle(encodeBundle(sample()));
    const slot = () => Object.getOwnPropertyDescriptor(back.pfs, "2026");
    expect(typeof slot()?.get).toBe("function"); // not read yet
    expect(Object.keys(back.clfs)).toEqual(["2025", "2026"]);
    expect(provenanceOf(back.pfs, "2026")?.file).toBe("PPRRVU2026_Jul_nonQPP.csv");
    expect(vintageOf(back).id).toBe(vintageOf(sample()).id);
    expect(typeof slot()?.get).toBe("function"); // the vintage read nothing
    // =REIMB.PFS("99213") national, office: (1.30 + 1.46 + 0.09) × 33.4009 = 95.19 (PFREV26B).
    const amount = pfsAmount(back, { code: "99213" });
    expect(amount.ok && amount.value.amount).toBe(95.19);
    expect(slot()?.value).toBeDefined(); // read once, now a plain table
    expect(typeof Object.getOwnPropertyDescriptor(back.clfs, "2025")?.get).toBe("function");
  });

  it("reads the PFS table's descriptions and surgery indicators only when one of them is first read", () => {
    const back = decodeBundle(encodeBundle(sample()));
    const t = back.pfs["2026"];
    const kind = (c: string) => (Object.getOwnPropertyDescriptor(t, c)?.get ? "deferred" : "read");
    expect(kind("work")).toBe("read");
    expect(["description", "globalDays", "bilateral", "endoBase"].map(kind)).toEqual([
      "deferred",
      "deferred",
      "deferred",
      "deferred",
    ]);
    const amount = pfsAmount(back, { code: "99213" });
    expect(amount.ok && amount.value.amount).toBe(95.19);
    expect(kind("description")).toBe("deferred"); // REIMB.PFS read none of them
    expect(t.globalDays).toEqual(["XXX", "XXX"]);
    expect(["description", "bilateral"].map(kind)).toEqual(["read", "read"]); // read together
    expect(t.description[1]).toBe("Anlys ct data coronary plaq");
  });

  it("round-trips mostly-zero number columns and text holding every separator", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.oneof(fc.constant(0), fc.constant(0), fc.double({ noNaN: true, noDefaultInfinity: true })), fc.constantFrom("|", "~", "^", "a|b~c^d", "x")), { minLength: 1, maxLength: 80 }),
        (rows) => {
          const r = emptyReference();
          const t = pprrvu();
          const n = rows.length;
          const pick = <T>(xs: T[]) => rows.map((_x, i) => xs[i % xs.length]);
          Object.assign(t, {
            key: rows.map((_x, i) => `K${i}`),
            status: pick(t.status),
            work: pick(t.work),
            peNonFacility: pick(t.peNonFacility),
            peFacility: pick(t.peFacility),
            mp: pick(t.mp),
            oppsMp: rows.map((x) => x[0]),
            oppsPeFacility: new Array<number>(n).fill(0),
            description: rows.map((x, i) => `${x[1]}${i}`),
          });
          r.pfs["2026"] = t;
          const back = decodeBundle(encodeBundle(r)).pfs["2026"];
          return (
            back.oppsMp.every((v, i) => v === t.oppsMp[i] || (v === 0 && Object.is(t.oppsMp[i], -0))) &&
            back.oppsPeFacility.every((v) => v === 0) &&
            back.oppsPeFacility.length === n &&
            back.description.every((v, i) => v === t.description[i])
          );
        }
      ),
      { numRuns: 100 }
    );
  });

  it("still reads a format-3 bundle (every joined column separated by U+001F, no deferred member)", () => {
    const table = { ...clfs(2025, ["80053", "0526U"], [10.56, 0], ["N", "L"], ["a", "b"]) } as Record<string, unknown>;
    table.key = "80053\u001f0526U";
    const member = gzipSync(strToU8(JSON.stringify(table)));
    const dir = {
      format: 3,
      tables: [
        {
          dataset: "clfs",
          year: "2025",
          provenance: table.provenance,
          at: [0, member.length],
          codecs: { nan: [], dict: [], joined: ["key"] },
        },
      ],
    };
    const line = strToU8(JSON.stringify(dir) + "\n");
    const bytes = new Uint8Array(line.length + member.length);
    bytes.set(line, 0);
    bytes.set(member, line.length);
    const back = decodeBundle(gzipSync(bytes, { level: 0 }));
    expect(back.clfs["2025"].key).toEqual(["80053", "0526U"]);
    expect(back.clfs["2025"].rate).toEqual([10.56, 0]);
  });

  it("keeps unread tables unread when merged with a user's files, and lets a newer file replace one", () => {
    const back = decodeBundle(encodeBundle(sample()));
    const merged = buildReference([], back);
    expect(typeof Object.getOwnPropertyDescriptor(merged.pfs, "2026")?.get).toBe("function");
    expect(merged.pfs["2026"].key).toEqual(["99213", "0691T"]);
    const newer = clfs(2026, ["80053"], [10.9], ["N"], ["Comprehen metabolic panel"]);
    newer.provenance.release = "Q2V1";
    const withFile = buildReference([{ kind: "clfs", table: newer } as never], back);
    expect(withFile.clfs["2026"].rate).toEqual([10.9]);
    expect(back.clfs["2026"].rate[0]).toBeNaN(); // the bundle's own reference is untouched
  });

  it("reads a bundle a web server already inflated (Content-Encoding: gzip)", () => {
    const r = sample();
    const inflated = gunzipSync(encodeBundle(r));
    expect(asJson(decodeBundle(inflated))).toEqual(asJson(r));
  });

  it("still loads a bundle built by the previous version (format 2, one JSON document)", () => {
    const r = sample();
    const v2 = gzipSync(strToU8(JSON.stringify({ format: 2, reference: r })));
    const back = decodeBundle(v2);
    expect(asJson(back)).toEqual(asJson(r));
    expect(back.clfs["2026"].rate[0]).toBeNaN();
  });

  it("refuses a foreign or damaged bundle with a reason", () => {
    // The reason is a catalogue message (rendered by the host in the user's language).
    const reason = (f: () => unknown): string => {
      try {
        f();
      } catch (err) {
        return errorText(err as ReimbError, "en");
      }
      return "no error";
    };
    expect(reason(() => decodeBundle(strToU8(`{"format":${BUNDLE_FORMAT},"tables":7}\n`)))).toMatch(
      /format/
    );
    const bytes = gunzipSync(encodeBundle(sample()));
    const cut = decodeBundle(bytes.subarray(0, bytes.length - 40));
    expect(reason(() => cut.clfs["2026"].rate)).toMatch(/cut short/);
  });

  it("ships without CMS's OPPSCAP check tables", () => {
    const r = sample();
    r.oppsCap["2025"] = { provenance: { kind: "oppscap", year: 2025, release: "January", file: "OPPSCAP_JAN.csv" } } as never;
    expect(Object.keys(bundledReference(r).oppsCap)).toEqual([]);
    expect(Object.keys(r.oppsCap)).toEqual(["2025"]);
  });
});
