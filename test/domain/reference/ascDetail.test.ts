/**
 * ASC device offsets, device-intensive status and the multiple procedure discount, on CMS's CY2025
 * January ASC addenda: 508-Version-Jan-2025-ASC-AA.csv lines 10 (0214T: N, N1), 3480 (63685: not
 * subject to discounting, J8, $26,281.67), 3772 (66984: subject, A2, $1,214.31); ASC-FF.csv lines
 * 3481 (63685: offset 84.10%, $23,860.04) and 3773 (66984: 10.44%, $126.77); the device-intensive
 * (J8) rows AA line 7 / FF line 8 (0200T: subject, $4,589.82, device portion $2,329.54) and AA 1388 /
 * FF 1389 (27279: subject, $15,176.56, device portion $12,125.90).
 */
import { describeWithData, loadAll } from "../../data/helpers";
import { ascDetail, ascDiscounted, parseAscField } from "../../../src/domain/reference/ascDetail";
import { render } from "../../../src/i18n/catalogue";
import type { Outcome } from "../../../src/domain/economics/outcome";
import type { ReferenceData } from "../../../src/domain/reference/model";

const value = <T>(o: Outcome<T>): T => {
  if (!o.ok) throw new Error(render(o.message));
  return o.value;
};
const why = <T>(o: Outcome<T>): string => (o.ok ? "ok" : render(o.message));

it("an unknown field is #VALUE! listing the fields", () => {
  const o = parseAscField("offset amount please");
  expect(!o.ok && o.kind).toBe("invalid-value");
  expect(why(o)).toMatch(/device_offset, device_offset_percent, device_intensive/);
});

let ref: ReferenceData;

describeWithData("ASC details (CY2025 January addenda)", () => {
  beforeAll(async () => {
    ref = (await loadAll()).reference;
  }, 120000);
  const d = (code: string, field: string) =>
    value(ascDetail(ref, code, value(parseAscField(field)), 2025));

  it("device offset and device-intensive status (Addendum FF, indicator J8)", () => {
    expect(d("63685", "device_offset")).toBe(23860.04);
    expect(d("63685", "device_intensive")).toBe(true);
    expect(d("66984", "device_offset")).toBe(126.77);
    expect(d("66984", "device_intensive")).toBe(false);
    expect(d("66984", "indicator")).toBe("A2");
    expect(d("66984", "weight")).toBe(22.1206);
    expect(d("66984", "discounted")).toBe(true);
    expect(d("63685", "discounted")).toBe(false);
  });

  it("device offset percentage in percent, as the file prints it (10.44%)", () => {
    expect(d("66984", "device_offset_percent")).toBe(10.44);
    expect(d("63685", "device_offset_percent")).toBe(84.1);
  });

  it("multiple procedure discount: 50% from rank 2 when subject to discounting", () => {
    expect(value(ascDiscounted(ref, "66984", 1, 2025))).toBe(1214.31);
    expect(value(ascDiscounted(ref, "66984", 2, 2025))).toBe(607.16); // 607.155 half-up
    expect(value(ascDiscounted(ref, "66984", 3, 2025))).toBe(607.16);
    // Not subject to discounting: full rate at any rank.
    expect(value(ascDiscounted(ref, "63685", 2, 2025))).toBe(26281.67);
    // Packaged (N1): no separate payment, the reason given.
    expect(why(ascDiscounted(ref, "0214T", 2, 2025))).toMatch(/0214T/);
    expect(ascDiscounted(ref, "66984", 0, 2025).ok).toBe(false);
  });

  it("device-intensive (J8) codes subject to discounting are discounted like any other", () => {
    expect(value(ascDiscounted(ref, "0200T", 1, 2025))).toBe(4589.82);
    expect(value(ascDiscounted(ref, "0200T", 2, 2025))).toBe(2294.91);
    expect(value(ascDiscounted(ref, "27279", 3, 2025))).toBe(7588.28);
  });

  it("service portion: the rate less Addendum FF's device portion, to the cent", () => {
    expect(d("0200T", "service_portion")).toBe(2260.28); // 4,589.82 − 2,329.54
    expect(d("27279", "service_portion")).toBe(3050.66); // 15,176.56 − 12,125.90
    expect(d("63685", "service_portion")).toBe(2421.63); // 26,281.67 − 23,860.04
    expect(d("66984", "service_portion")).toBe(1087.54); // 1,214.31 − 126.77
  });

  it("discontinued before anesthesia (modifier 73): 50% of the rate; for J8, of the rate less the unused device", () => {
    expect(d("0200T", "discontinued")).toBe(1130.14); // 2,260.28 × 50%
    expect(d("27279", "discontinued")).toBe(1525.33); // 3,050.66 × 50%
    expect(d("63685", "discontinued")).toBe(1210.82); // 2,421.63 × 50% = 1,210.815, half-up
    expect(d("66984", "discontinued")).toBe(607.16); // not J8: 1,214.31 × 50% = 607.155, half-up
    // Packaged (N1): no rate to discontinue.
    expect(why(ascDetail(ref, "0214T", "discontinued", 2025))).toMatch(/0214T/);
  });
});
