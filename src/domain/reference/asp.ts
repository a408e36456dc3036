/**
 * Part B drug payment limits from CMS's quarterly ASP pricing file (docs/reference-data.md, "ASP
 * drug pricing"): the limit per HCPCS dosage unit exactly as CMS prints it (3 decimals; claims
 * multiply it by the units billed), the dosage that unit is, and the co-insurance percentage.
 */
import { invalidValue, notAvailable, ok, type Outcome } from "../economics/outcome";
import { yearFor } from "./lookups";
import { indexOf, type ReferenceData } from "./model";

export type AspField = "limit" | "dosage" | "coinsurance";
const FIELDS: readonly AspField[] = ["limit", "dosage", "coinsurance"];

export function parseAspField(text: string | undefined): Outcome<AspField> {
  const k = (text ?? "limit").trim().toLowerCase();
  const f = FIELDS.find((x) => x === k);
  return f
    ? ok(f)
    : invalidValue("asp.error.field", { value: text ?? "", allowed: FIELDS.join(", ") });
}

export function aspValue(
  ref: ReferenceData,
  code: string,
  field: AspField,
  year?: number
): Outcome<number | string> {
  const y = yearFor(ref, ["asp"], year);
  if (!y.ok) return y;
  const t = ref.asp[String(y.value)];
  const i = indexOf(t).get(code);
  if (i === undefined)
    return notAvailable("asp.na.notInFile", {
      code,
      year: t.provenance.year,
      release: t.provenance.release,
    });
  switch (field) {
    case "limit":
      // CMS prints "N/A" for a few codes (radium-223: priced on AWP/WAC, stated in the notes).
      return Number.isNaN(t.limit[i])
        ? notAvailable("asp.na.noLimit", { code, year: t.provenance.year })
        : ok(t.limit[i]);
    case "dosage":
      return ok(t.dosage[i]);
    case "coinsurance":
      return ok(t.coinsurance[i]);
  }
}
