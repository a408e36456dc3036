/** Workbooks for adapter tests: a fake Excel installed as the `Excel` global, and Products rows. */
import { FakeExcel, type FakeExcelOptions, type Scalar } from "../support/fake-excel";

export const HEADERS = [
  "Product ID",
  "Product",
  "Product type",
  "Site of care",
  "Candidate code(s)",
  "Code fit",
  "FDA status",
];

/** Real-world-shaped rows cycling through the four pathways' typical inputs. */
const TEMPLATES: Scalar[][] = [
  ["Wearable ECG patch", "remote monitoring", "home", "'99454", "describes", "510(k) cleared"],
  ["Knee orthosis", "orthotic or prosthetic", "home", "L1833", "describes", "exempt"],
  [
    "Novel ablation catheter",
    "procedure device",
    "hospital outpatient",
    "",
    "does not",
    "De Novo granted",
  ],
  ["Skin graft substitute", "skin substitute", "office", "Q4101", "partially", "510(k) cleared"],
];

export function productRows(n: number, start = 1): Scalar[][] {
  return Array.from({ length: n }, (_, i) => {
    const t = TEMPLATES[(start + i - 1) % TEMPLATES.length];
    return [`P-${String(start + i).padStart(5, "0")}`, `${t[0]} ${start + i}`, ...t.slice(1)];
  });
}

/** A workbook with a Products table of `n` rows at A1 of sheet "Products"; the fake is installed. */
export function workbookWithProducts(
  n: number,
  opts?: FakeExcelOptions
): { fake: FakeExcel; uninstall: () => void } {
  const fake = new FakeExcel(opts);
  fake.setValues("Products", "A1", [HEADERS, ...productRows(n)]);
  fake.addTable("Products", `A1:G${n + 1}`, "Products");
  fake.activate("Products");
  const uninstall = fake.install();
  return { fake, uninstall };
}
