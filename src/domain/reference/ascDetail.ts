/**
 * ASC details beyond the rate (docs/reference-data.md, "ASC details"): device offset and
 * device-intensive status (Addendum FF; payment indicator J8 in Addendum AA), and the multiple
 * procedure discount (42 CFR 416.172(d): the second and later procedures subject to discounting, per
 * Addendum AA's "Subject to Multiple Procedure Discounting" column, are paid at 50%).
 */
import { dec, mul, round } from "../economics/decimal";
import { invalidValue, notAvailable, ok, type Outcome } from "../economics/outcome";
import { ascRate, yearFor } from "./lookups";
import { indexOf, type ReferenceData } from "./model";

export type AscField =
  | "device_offset"
  | "device_offset_percent"
  | "device_intensive"
  | "discounted"
  | "indicator"
  | "weight";

const FIELDS: readonly AscField[] = [
  "device_offset",
  "device_offset_percent",
  "device_intensive",
  "discounted",
  "indicator",
  "weight",
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

function ascRow(ref: ReferenceData, code: string, year?: number) {
  const y = yearFor(ref, ["asc"], year);
  if (!y.ok) return y;
  const t = ref.asc[String(y.value)];
  const i = indexOf(t).get(code);
  if (i === undefined)
    return notAvailable("reference.na.notOnAscList", {
      code,
      year: t.provenance.year,
      release: t.provenance.release,
    });
  return ok({ t, i, year: y.value });
}

export function ascDetail(
  ref: ReferenceData,
  code: string,
  field: AscField,
  year?: number
): Outcome<string | number | boolean> {
  const r = ascRow(ref, code, year);
  if (!r.ok) return r;
  const { t, i, year: y } = r.value;
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
  }
  const ff = ref.ascOffsets[String(y)];
  if (!ff) return notAvailable("ascDetail.na.noFf", { year: y });
  const j = indexOf(ff).get(code);
  if (j === undefined) return notAvailable("ascDetail.na.notInFf", { code, year: y });
  return ok(field === "device_offset" ? ff.offsetAmount[j] : ff.offsetPercent[j]);
}

/**
 * The ASC payment of a procedure ranked `rank` by payment among the day's procedures: 50% from
 * the second on when Addendum AA marks it subject to discounting, the full rate otherwise.
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
  const { t, i } = r.value;
  if (rank === 1 || t.multipleProcedureDiscount[i] !== "Y") return ok(rate.value.amount);
  // The device portion of a device-intensive procedure is not simply halved; not modelled.
  if (t.indicator[i] === DEVICE_INTENSIVE)
    return notAvailable("ascDetail.na.deviceDiscount", { code, year: rate.value.year });
  return ok(round(mul(dec(rate.value.amount), dec(0.5))));
}
