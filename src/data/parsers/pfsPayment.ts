/**
 * CMS's PFS payment-amount files (PFREVxx revisions and PFALLxx; docs/reference-data.md): headerless,
 * every field quoted, "TRL-" copyright trailer lines. Fields: year, carrier (MAC), locality,
 * HCPCS, modifier, non-facility amount, facility amount, filler, PCTC, status, multiple-surgery,
 * therapy reductions (2), OPPS indicator, OPPS non-facility, OPPS facility amounts.
 */
import { badRow, tooFewRows } from "../errors";
import { CODE5, num, yearFromName, type Grid } from "../grid";
import { clean } from "../text";
import type { PfsPaymentTable } from "../types";

const WIDTH = 16;

function isDataRow(row: string[]): boolean {
  return (
    row.length >= WIDTH &&
    /^\d{4}$/.test(clean(row[0])) &&
    /^\d{5}$/.test(clean(row[1])) &&
    /^\d{2}$/.test(clean(row[2]))
  );
}

export function isPfsPayment(grid: Grid): boolean {
  const first = grid.rows.find((r) => r.some((c) => clean(c) !== ""));
  return first !== undefined && isDataRow(first);
}

export function parsePfsPayment(grid: Grid): PfsPaymentTable {
  const { rows, file } = grid;
  const t: PfsPaymentTable = {
    provenance: {
      kind: "pfsPayment",
      year: 0,
      release: /PF(?:REV|ALL)\d\d(\w?)/i.exec(file)?.[0] ?? "",
      file,
    },
    year: [],
    mac: [],
    locality: [],
    code: [],
    modifier: [],
    nonFacility: [],
    facility: [],
    status: [],
    oppsIndicator: [],
    oppsNonFacility: [],
    oppsFacility: [],
    line: [],
  };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.every((c) => clean(c) === "") || /^TRL-/.test(clean(row[0]))) continue;
    if (!isDataRow(row))
      throw badRow(
        file,
        i + 1,
        `${WIDTH} quoted fields: year, carrier, locality, HCPCS, modifier, amounts…`,
        row.join(",")
      );
    const code = clean(row[3]).toUpperCase();
    if (!CODE5.test(code)) throw badRow(file, i + 1, "a 5-character HCPCS code in field 4", row[3]);
    const nf = num(grid, row, i, 5, "non-facility fee amount");
    const f = num(grid, row, i, 6, "facility fee amount");
    if (Number.isNaN(nf) || Number.isNaN(f))
      throw badRow(file, i + 1, "fee amounts in fields 6 and 7", row.join(","));
    t.year.push(Number(row[0]));
    t.mac.push(clean(row[1]));
    t.locality.push(clean(row[2]));
    t.code.push(code);
    t.modifier.push(clean(row[4]).toUpperCase());
    t.nonFacility.push(nf);
    t.facility.push(f);
    t.status.push(clean(row[9]));
    t.oppsIndicator.push(clean(row[13]));
    t.oppsNonFacility.push(num(grid, row, i, 14, "OPPS non-facility amount", 0));
    t.oppsFacility.push(num(grid, row, i, 15, "OPPS facility amount", 0));
    t.line.push(i + 1);
  }
  if (t.code.length === 0) throw tooFewRows(file, "PFS payment amounts", 0, 1);
  t.provenance.year = t.year[0] ?? yearFromName(file) ?? 0;
  return t;
}
