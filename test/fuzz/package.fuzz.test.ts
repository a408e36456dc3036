/**
 * Fuzz: damaged workbook files. A real workbook (made here with ExcelJS: a Products table, a second
 * sheet, shared strings) is cut, overwritten and spliced at random; the package reader must either
 * read it or refuse it with a PackageError (a message id the hosts render), never throw anything
 * else (a TypeError, a RangeError, an inflate failure passed through raw) and never hang.
 *
 * Runs in CI with a fixed seed (test/setup/fast-check.ts); a local run explores new inputs and prints
 * the seed of any counterexample (replay with FC_SEED).
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { openPackage } from "../../src/xlsx/package";
import { readSharedStrings, readSheet, readSheetTables, readWorkbook } from "../../src/xlsx/read";
import { PackageError } from "../../src/xlsx/limits";
import type { PackageEngines } from "../../src/xlsx/package";
import { cliInflate } from "../../src/cli/package/compression";

let original: Uint8Array;

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Products");
  ws.addTable({
    name: "Products",
    ref: "A1",
    columns: ["Product ID", "Product", "Site of care", "Candidate code(s)"].map((name) => ({
      name,
    })),
    rows: [
      ["P-1", "SomnaAir CPAP", "home", "E0601"],
      ["P-2", "=SUM(1,2)", "hospital outpatient", "93656"],
      ["P-3", "Brace", "POS 12", "L1833"],
    ],
  });
  wb.addWorksheet("Notes").getCell("B2").value = { formula: 'Products!A2&"x"', result: "P-1x" };
  original = new Uint8Array(await wb.xlsx.writeBuffer());
});

/** Read everything the hosts read; returns normally or throws what the reader throws. */
function readAll(bytes: Uint8Array, engines: PackageEngines = {}): void {
  const pkg = openPackage(bytes, {}, engines);
  const info = readWorkbook(pkg);
  const sst = readSharedStrings(pkg, info);
  for (const sheet of info.sheets) {
    if (!sheet.part || !pkg.has(sheet.part)) continue;
    readSheet(pkg, sheet.part, sst, () => undefined);
    readSheetTables(pkg, sheet.part);
  }
}

const seen = { read: 0, refused: 0 };

function expectReadOrRefused(bytes: Uint8Array, engines: PackageEngines = {}): void {
  try {
    readAll(bytes, engines);
    seen.read++;
  } catch (err) {
    if (!(err instanceof PackageError)) throw err;
    expect(err.msgId).toMatch(/^xlsx\./);
    seen.refused++;
  }
}

const mutation = fc.oneof(
  // Cut at any length: a download that stopped.
  fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }),
  // A few bytes overwritten anywhere: a bad disk, a bad transfer.
  fc.record({
    kind: fc.constant("overwrite" as const),
    edits: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
      minLength: 1,
      maxLength: 8,
    }),
  }),
  // A run of bytes inserted: two files concatenated, an editor that added text.
  fc.record({
    kind: fc.constant("splice" as const),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
  })
);

function pick(m: {
  kind: "truncate" | "overwrite" | "splice";
  at?: number;
  edits?: [number, number][];
  bytes?: Uint8Array;
}): (b: Uint8Array) => Uint8Array {
  return (b) => {
    if (m.kind === "truncate") return b.slice(0, (m.at ?? 0) % (b.length + 1));
    if (m.kind === "overwrite") {
      const out = b.slice();
      for (const [i, v] of m.edits ?? []) out[i % out.length] = v;
      return out;
    }
    const at = (m.at ?? 0) % (b.length + 1);
    const add = m.bytes ?? new Uint8Array();
    const out = new Uint8Array(b.length + add.length);
    out.set(b.subarray(0, at));
    out.set(add, at);
    out.set(b.subarray(at), at + add.length);
    return out;
  };
}

describe("fuzz: damaged workbook packages are read or refused with a message, never crash", () => {
  it("the undamaged workbook reads", () => {
    expect(() => readAll(original)).not.toThrow();
  });

  it("truncated, overwritten and spliced packages", () => {
    fc.assert(
      fc.property(mutation, (m) => {
        expectReadOrRefused(pick(m)(original));
      }),
      { numRuns: 1000 }
    );
    // Both outcomes occurred: the mutations reach the compressed parts, not only harmless bytes.
    expect(seen.read).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  });

  it("the same through the command line's inflater (Node's zlib), with the same outcome", () => {
    // The CLI reads with zlib, not fflate: a damaged entry must be refused the same way, and an
    // entry one inflater reads the other reads too.
    fc.assert(
      fc.property(mutation, (m) => {
        const bytes = pick(m)(original);
        const outcome = (engines: PackageEngines): string => {
          try {
            readAll(bytes, engines);
            return "read";
          } catch (err) {
            if (!(err instanceof PackageError)) throw err;
            return err.msgId;
          }
        };
        expect(outcome({ inflate: cliInflate })).toBe(outcome({}));
      }),
      { numRuns: 400 }
    );
  });
});
