/**
 * The reference bundle (format 5): every table comes back as it went in (NaN as "no amount",
 * mostly-zero number columns, text columns of one-character, few or many distinct values,
 * whatever separator characters they hold), tables are read only when first used (the vintage and
 * the list of years are known before), the PFS table's facility-setting columns and its
 * descriptions and surgery indicators only when one of their group is read, a bundle a web server
 * already inflated or a gzip tool recompressed reads the same, and bundles built by earlier
 * versions (formats 4, 3 and 2) still load.
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

const asJson = (r: ReferenceData | ReferenceData["pfs"]) => JSON.parse(JSON.stringify(r)) as unknown;

/** Why a call threw, as the user reads it (a catalogue message rendered in English). */
function reason(f: () => unknown): string {
  try {
    f();
  } catch (err) {
    return err instanceof ReimbError ? errorText(err, "en") : String(err);
  }
  return "no error";
}

describe("reference bundle format 5", () => {
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

  it("reads the PFS table's facility-setting columns only when one of them is first read, and each later group apart", () => {
    const back = decodeBundle(encodeBundle(sample()));
    const t = back.pfs["2026"];
    const kind = (c: string) => (Object.getOwnPropertyDescriptor(t, c)?.get ? "later" : "read");
    const facility = ["peFacility", "facilityNa", "oppsPeFacility", "pctc"];
    expect(["key", "status", "work", "peNonFacility", "mp", "nonFacilityNa", "oppsMp"].map(kind)).toEqual(Array(7).fill("read"));
    expect(facility.map(kind)).toEqual(Array(4).fill("later"));
    // =REIMB.PFS("99213") national, office reads none of them.
    const office = pfsAmount(back, { code: "99213" });
    expect(office.ok && office.value.amount).toBe(95.19);
    expect(facility.map(kind)).toEqual(Array(4).fill("later"));
    // Facility: (1.30 + 0.43 + 0.09) × 33.4009 = 60.79.
    const facilityAmount = pfsAmount(back, { code: "99213" }, { setting: "facility" });
    expect(facilityAmount.ok && facilityAmount.value.amount).toBe(60.79);
    expect(facility.map(kind)).toEqual(Array(4).fill("read"));
    expect(t.pctc).toEqual(["0", "0"]);
    expect(kind("description")).toBe("later"); // the descriptions' group is still unread
  });

  it("round-trips one-character and short text columns (status letters, PC/TC digits, NA flags, any UTF-16 unit)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom("A", "R", "T", "C", "é", "|", "\u001f", '"'), fc.constantFrom("", "NA"), fc.constantFrom("0", "1", "9")), {
          minLength: 1,
          maxLength: 80,
        }),
        (rows) => {
          const r = emptyReference();
          const t = pprrvu();
          const pick = <T>(xs: T[]) => rows.map((_x, i) => xs[i % xs.length]);
          Object.assign(t, {
            key: rows.map((_x, i) => `K${i}`),
            status: rows.map((x) => x[0]),
            nonFacilityNa: rows.map((x) => x[1]),
            facilityNa: rows.map((x) => x[1]),
            pctc: rows.map((x) => x[2]),
            work: pick(t.work),
            peNonFacility: pick(t.peNonFacility),
            peFacility: pick(t.peFacility),
            mp: pick(t.mp),
          });
          r.pfs["2026"] = t;
          const back = decodeBundle(encodeBundle(r)).pfs["2026"];
          return (
            JSON.stringify([back.status, back.nonFacilityNa, back.facilityNa, back.pctc]) ===
            JSON.stringify([t.status, t.nonFacilityNa, t.facilityNa, t.pctc])
          );
        }
      ),
      { numRuns: 100 }
    );
  });

  it("reads its outer gzip in place or inflated: a file name in the header, a recompressed file, members across 64 KB blocks", () => {
    // Enough rows that members and the directory's body span the outer gzip's 64 KB stored blocks.
    const r = emptyReference();
    const n = 30_000;
    const keys = Array.from({ length: n }, (_x, i) => `${String(i).padStart(5, "0")}`);
    r.clfs["2025"] = clfs(2025, keys, keys.map((_k, i) => (i * 7919) % 1000 / 100), keys.map((_k, i) => "NLX"[i % 3]), keys.map((k) => `Test ${k} ${k.split("").reverse().join("")}`));
    const bytes = encodeBundle(r);
    expect(bytes.length).toBeGreaterThan(2 * 65_535);
    const content = gunzipSync(bytes);
    const named = gzipSync(content, { level: 0, filename: "reference.json" });
    const recompressed = gzipSync(content, { level: 6 });
    for (const b of [bytes, named, recompressed, content]) {
      const back = decodeBundle(b).clfs["2025"];
      expect(back.key).toEqual(keys);
      expect(back.rate[12_345]).toBe(r.clfs["2025"].rate[12_345]);
      expect(back.shortDescription[29_999]).toBe("Test 29999 99992");
    }
    expect(reason(() => decodeBundle(bytes.subarray(0, bytes.length - 70_000)).clfs["2025"].key)).not.toBe("no error");
  });

  it("still reads a format-4 bundle (dict-coded status, one deferred member)", () => {
    const head = { ...pprrvu() } as Record<string, unknown>;
    const deferredColumns = ["description", "globalDays", "multipleProcedure", "bilateral", "assistant", "coSurgeon", "team", "endoBase"];
    const tail: Record<string, unknown> = {};
    for (const c of deferredColumns) {
      tail[c] = head[c];
      delete head[c];
    }
    head.key = "99213|0691T";
    head.status = { values: ["A", "C"], codes: "01" };
    head.oppsMp = head.oppsPeFacility = head.oppsPeNonFacility = [null, null];
    tail.globalDays = { values: ["XXX"], codes: "00" };
    const first = gzipSync(strToU8(JSON.stringify(head)));
    const second = gzipSync(strToU8(JSON.stringify(tail)));
    const dir = {
      format: 4,
      tables: [
        {
          dataset: "pfs",
          year: "2026",
          provenance: head.provenance,
          at: [0, first.length],
          codecs: { nan: ["oppsMp", "oppsPeFacility", "oppsPeNonFacility"], dict: ["status"], joined: ["key"], sparse: [], separators: { key: "|" } },
          deferred: { columns: deferredColumns, at: [first.length, second.length], codecs: { nan: [], dict: ["globalDays"], joined: [], sparse: [], separators: {} } },
        },
      ],
    };
    const line = strToU8(JSON.stringify(dir) + "\n");
    const bytes = new Uint8Array(line.length + first.length + second.length);
    bytes.set(line, 0);
    bytes.set(first, line.length);
    bytes.set(second, line.length + first.length);
    const back = decodeBundle(gzipSync(bytes, { level: 0 }));
    expect(asJson(back.pfs)).toEqual(asJson(sample().pfs));
    const amount = pfsAmount(back, { code: "99213" });
    expect(amount.ok && amount.value.amount).toBe(95.19);
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
