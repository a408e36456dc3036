/** Small grid builders shared by the rows tests. */
import type { CellValue } from "../../../src/domain/product";

export const HEADER: CellValue[] = [
  "Product ID",
  "Product",
  "Product type",
  "Site of care",
  "Description of service",
  "Performed by",
  "FDA status",
  "FDA decision date",
  "Breakthrough device",
  "Candidate code(s)",
  "Code fit",
  "Medicare benefit category",
  "Implanted or inserted",
  "Durable home use",
  "Device cost",
  "Annual volume",
];

/** A complete, valid row: a drug-eluting peripheral stent placed in the hospital outpatient department. */
export const GOOD: CellValue[] = [
  "P-001",
  "Peripheral stent",
  "implant",
  "hospital outpatient",
  "Endovascular stent placement, femoral/popliteal",
  "physician",
  "PMA approved",
  "2024-03-15",
  "no",
  "37226, C1874",
  "describes",
  "hospital service",
  "yes",
  "no",
  1850,
  1200,
];

/** GOOD with some columns replaced (by canonical header) and a fresh Product ID. */
export function row(id: string, changes: Partial<Record<string, CellValue>> = {}): CellValue[] {
  return HEADER.map((h, i) => (i === 0 ? id : h && Object.prototype.hasOwnProperty.call(changes, h as string) ? (changes[h as string] as CellValue) : GOOD[i]));
}
