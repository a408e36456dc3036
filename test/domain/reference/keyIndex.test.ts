/**
 * A table's key index (model.indexOf): answered by binary search over keys CMS lists in ascending
 * order until the table has been asked often enough for a Map, which answers from then on. Both
 * must give the row a Map of the first occurrence of each key gives, whatever the order of the
 * keys (ascending, shuffled, repeated) and however many times the table is asked.
 */
import fc from "fast-check";
import { indexOf } from "../../../src/domain/reference/model";

function firstRow(keys: string[], k: string): number | undefined {
  const i = keys.indexOf(k);
  return i < 0 ? undefined : i;
}

describe("key index of a reference table", () => {
  it("gives each key's first row, and undefined for a key not in the table, before and after its Map is built", () => {
    const code = fc.oneof(
      fc.stringMatching(/^[0-9A-Z]{5}(-(26|TC|53))?$/),
      fc.constantFrom("99213", "99213-26", "0001F", "G0008", "", "99213 ")
    );
    fc.assert(
      fc.property(
        fc.array(code, { maxLength: 60 }),
        fc.boolean(),
        fc.array(code, { minLength: 1, maxLength: 200 }),
        (raw, sort, probes) => {
          const keys = sort ? [...new Set(raw)].sort() : raw;
          const table = { key: keys };
          const idx = indexOf(table);
          // More probes than the binary-search phase lasts: both phases answer.
          for (let round = 0; round < 3; round++)
            for (const k of [...probes, ...keys]) {
              if (idx.get(k) !== firstRow(keys, k)) return false;
              if (idx.has(k) !== keys.includes(k)) return false;
            }
          return true;
        }
      ),
      { numRuns: 200 }
    );
  });

  it("finds real codes in CMS order: E/M, Category II/III, Level II, modifiers", () => {
    // Ascending as RVU26C's PPRRVU file lists them ("0012F" before "00140", "70450-26" before "70451").
    const key = [
      "0001F",
      "00100",
      "0012F",
      "00140",
      "0691T",
      "70450",
      "70450-26",
      "70450-TC",
      "70451",
      "99213",
      "G0008",
    ];
    const idx = indexOf({ key });
    expect(key.map((k) => idx.get(k))).toEqual(key.map((_k, i) => i));
    expect(idx.get("70450-53")).toBeUndefined();
    expect(idx.has("99214")).toBe(false);
  });
});
