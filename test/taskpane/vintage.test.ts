/**
 * The mismatch warning names the datasets that differ, not the first dataset of each vintage
 * (which is usually the same and read "classified with X, but X is loaded now").
 */
import { render } from "../../src/i18n/catalogue";
import {
  initialState,
  vintageDifference,
  type PaneState,
  type VintageView,
} from "../../src/taskpane/state";

const vintage = (entries: string[]): VintageView => ({
  id: entries.join("; "),
  short: entries[0],
  entries,
});
const withVintages = (recorded: string[], loaded: string[]): PaneState => ({
  ...initialState,
  recordedVintage: vintage(recorded),
  loadedVintage: vintage(loaded),
});

describe("vintage mismatch message", () => {
  it("is silent when the workbook's data is the loaded data", () => {
    expect(
      vintageDifference(
        withVintages(["PFS RVU CY2026 July", "GPCI CY2026"], ["PFS RVU CY2026 July", "GPCI CY2026"])
      )
    ).toBeUndefined();
  });

  it("names the replaced dataset on both sides", () => {
    const m = vintageDifference(
      withVintages(
        ["PFS RVU CY2026 July", "CLFS CY2026 Q1V1"],
        ["PFS RVU CY2026 July", "CLFS CY2026 Q2V1"]
      )
    )!;
    const text = render(m, "en");
    expect(text).toContain("CLFS CY2026 Q1V1");
    expect(text).toContain("CLFS CY2026 Q2V1");
    expect(text).not.toContain("PFS RVU");
  });

  it("says data was added, or is missing, when only one side has extra datasets", () => {
    expect(
      render(
        vintageDifference(
          withVintages(["PFS RVU CY2026 July"], ["PFS RVU CY2026 July", "GPCI CY2026"])
        )!,
        "en"
      )
    ).toMatch(/added or updated.*GPCI CY2026/);
    expect(
      render(
        vintageDifference(
          withVintages(["PFS RVU CY2026 July", "GPCI CY2026"], ["PFS RVU CY2026 July"])
        )!,
        "en"
      )
    ).toMatch(/GPCI CY2026, which is not loaded now/);
  });
});
