/**
 * Workbooks the harness can start with (?seed=…), typed in as a user would have typed them.
 */
import type { FakeExcel } from "../../support/fake-excel";

export type Seed = (fake: FakeExcel) => void;

export const SEEDS: Readonly<Record<string, Seed>> = {
  /** A new workbook: one empty sheet. */
  empty: (fake) => {
    fake.addSheet("Sheet1");
    fake.activate("Sheet1");
  },
  /**
   * A distributor's own list: a title line, then a header row in their words (SKU, POS, …) that is
   * not an Excel table, one column the add-in does not know, and Product type missing.
   */
  headerRow: (fake) => {
    fake.setValues("Portfolio", "A1", [
      ["US launch portfolio (draft)", "", "", "", ""],
      ["SKU", "Name", "POS", "FDA status", "Launch wave"],
      ["HX-100", "Home INR monitor", "home", "510(k) cleared", "1"],
      ["HX-200", "Wound matrix", "hospital outpatient", "510(k) cleared", "2"],
    ]);
    fake.activate("Portfolio");
  },
  /** Same list with every required column: adopting it gives a classifiable table. */
  headerRowComplete: (fake) => {
    fake.setValues("Portfolio", "A1", [
      ["US launch portfolio (draft)", "", "", "", "", ""],
      ["SKU", "Name", "Type", "POS", "FDA status", "Candidate codes"],
      [
        "HX-100",
        "Home INR monitor",
        "home-use durable equipment",
        "home",
        "510(k) cleared",
        "G0249",
      ],
      [
        "HX-200",
        "Cardiac ablation catheter",
        "procedure device",
        "POS 22",
        "PMA approved",
        "93656",
      ],
    ]);
    fake.activate("Portfolio");
  },
};
