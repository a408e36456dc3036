/**
 * The once-per-run parse of the CMS folder (test/setup/reference-cache.ts) must be the very data a
 * fresh parse gives, or every data-dependent suite would be testing something else.
 */
import { describeWithData, loadAll, parseAll } from "./helpers";

function canonical(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (typeof v === "number" && !Number.isFinite(v)) return `#${String(v)}`;
    if (typeof v === "number" && Object.is(v, -0)) return "#-0";
    if (v instanceof Map) return { "#map": [...(v as Map<unknown, unknown>)] };
    if (v instanceof Set) return { "#set": [...(v as Set<unknown>)] };
    return v;
  });
}

describeWithData("the test run's cached parse of the CMS folder", () => {
  it("equals a fresh parse, value for value (NaN included)", async () => {
    const [cached, fresh] = await Promise.all([loadAll(), parseAll()]);
    expect(process.env.REIMB_TEST_REFERENCE_CACHE).toBeTruthy();
    // One canonical text per side (NaN and -0 spelled out) compares ~100× faster than a deep toEqual.
    expect(canonical(cached)).toBe(canonical(fresh));
    // And it holds data: a real PFS year, not an empty reference.
    expect(Object.keys(cached.reference.pfs).length).toBeGreaterThan(0);
  });
});
