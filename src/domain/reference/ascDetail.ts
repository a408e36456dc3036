/**
 * ASC details beyond the rate (docs/reference-data.md, "ASC details"): device offset and
 * device-intensive status (Addendum FF; payment indicator J8 in Addendum AA), the service portion
 * (the rate less the device portion), the multiple procedure discount (42 CFR 416.172(d); Claims
 * Processing Manual ch. 14 §40.5: the second and later procedures subject to discounting, per
 * Addendum AA's "Subject to Multiple Procedure Discounting" column, are paid at 50% of their
 * rate), and a procedure discontinued before anesthesia (modifier 73: 50% of the rate,
 * Claims Processing Manual ch. 14 §40.4; for a device-intensive procedure the unused device
 * portion is removed first, Claims Processing Manual ch. 14 §40.10).
 */
import { dec, mul, round, sub } from "../economics/decimal";
import { invalidValue, notAvailable, ok, type Outcome } from "../economics/outcome";
import { ascRate, ascRow } from "./lookups";
import type { ReferenceData } from "./model";
import { indexOf } from "./model";

export type AscField =
  | "device_offset"
  | "device_offset_percent"
  | "device_intensive"
  | "discounted"
  | "indicator"
  | "weight"
  | "service_portion"
  | "discontinued";

const FIELDS: readonly AscField[] = [
  "device_offset",
  "device_offset_percent",
  "device_intensive",
  "discounted",
  "indicator",
  "weight",
  "service_portion",
  "discontinued",
];

export function parseAscField(text: string | undefined): Outcome<AscField> {
  const k = (text ?? "device_offset")
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
  const f = FIELDS.find((x) => x === k);
  return f
    ? ok(f)
    : invalidValue("ascDetail.error.field", { value: text ?? "", allowed: FIELDS.join(", ") });
}

/** Payment indicator J8: "Device-intensive procedure; paid at adjusted rate" (Addendum DD1). */
const DEVICE_INTENSIVE = "J8";

export function ascDetail(
  ref: ReferenceData,
  code: string,
  field: AscField,
  year?: number
): Outcome<string | number | boolean> {
  const r = ascRow(ref, code, year);
  if (!r.ok) return r;
  const { table: t, row: i, year: y } = r.value;
  switch (field) {
    case "indicator":
      return ok(t.indicator[i]);
    case "weight":
      return Number.isNaN(t.weight[i])
        ? notAvailable("ascDetail.na.noWeight", { code, indicator: t.indicator[i], year: y })
        : ok(t.weight[i]);
    case "discounted":
      return ok(t.multipleProcedureDiscount[i] === "Y");
    case "device_intensive":
      return ok(t.indicator[i] === DEVICE_INTENSIVE);
    case "service_portion":
      return servicePortion(ref, code, y);
    case "discontinued":
      return discontinued(ref, code, y);
  }
  const offset = deviceOffset(ref, code, y);
  if (!offset.ok) return offset;
  return ok(field === "device_offset" ? offset.value.amount : offset.value.percent);
}

/** A code's row in the year's Addendum FF: the device offset amount ("device portion") and percent. */
function deviceOffset(
  ref: ReferenceData,
  code: string,
  year: number
): Outcome<{ amount: number; percent: number }> {
  const ff = ref.ascOffsets[String(year)];
  if (!ff) return notAvailable("ascDetail.na.noFf", { year });
  const j = indexOf(ff).get(code);
  if (j === undefined) return notAvailable("ascDetail.na.notInFf", { code, year });
  return ok({ amount: ff.offsetAmount[j], percent: ff.offsetPercent[j] });
}

/** The rate less Addendum FF's device portion, in cents (both are published to the cent). */
function servicePortion(ref: ReferenceData, code: string, year: number): Outcome<number> {
  const rate = ascRate(ref, code, year);
  if (!rate.ok) return rate;
  const offset = deviceOffset(ref, code, year);
  if (!offset.ok) return offset;
  return ok(round(sub(dec(rate.value.amount), dec(offset.value.amount))));
}

/**
 * Modifier 73 (discontinued after the patient is prepared, before anesthesia): 50% of the rate;
 * for a device-intensive (J8) procedure 50% of the service portion, since the device was not
 * used (ch. 14 §40.10). Rounded half-up to the cent, in decimal.
 */
function discontinued(ref: ReferenceData, code: string, year: number): Outcome<number> {
  const rate = ascRate(ref, code, year);
  if (!rate.ok) return rate;
  if (rate.value.indicator !== DEVICE_INTENSIVE) return ok(half(dec(rate.value.amount)));
  const offset = deviceOffset(ref, code, year);
  if (!offset.ok) return offset;
  return ok(half(sub(dec(rate.value.amount), dec(offset.value.amount))));
}

function half(amount: ReturnType<typeof dec>): number {
  return round(mul(amount, dec(0.5)));
}

/**
 * The ASC payment of a procedure ranked `rank` by payment among the day's procedures: 50% of its
 * rate from the second on when Addendum AA marks it subject to discounting, the full rate
 * otherwise. A device-intensive procedure is discounted like any other: the regulation and the
 * manual halve "the applicable payment rate" and carve the device portion out only for a
 * procedure discontinued before anesthesia (field "discontinued").
 */
export function ascDiscounted(
  ref: ReferenceData,
  code: string,
  rank: number,
  year?: number
): Outcome<number> {
  if (!Number.isInteger(rank) || rank < 1)
    return invalidValue("adjustments.error.rank", { value: rank });
  const rate = ascRate(ref, code, year);
  if (!rate.ok) return rate;
  const r = ascRow(ref, code, rate.value.year);
  if (!r.ok) return r;
  const { table: t, row: i } = r.value;
  if (rank === 1 || t.multipleProcedureDiscount[i] !== "Y") return ok(rate.value.amount);
  return ok(half(dec(rate.value.amount)));
}
