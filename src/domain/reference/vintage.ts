/**
 * Data vintage: which CMS dataset, year and release each number comes from. Shown in the pane, by
 * REIMB.DATA_VINTAGE(), and stamped into workbooks so a workbook opened with other data warns.
 */
import type { DatasetKind, Provenance } from "../../data/types";
import { years, type ReferenceData } from "./model";

export interface VintageEntry {
  kind: DatasetKind;
  /** Short dataset name as users know it ("PFS RVU", "GPCI", "ASC", "OPPS Addendum B", …). */
  dataset: string;
  year: number;
  release: string;
  releasedOn?: string;
  file: string;
}

export interface Vintage {
  entries: VintageEntry[];
  /** One line, e.g. "PFS RVU CY2026 July (released 2026-06-30); GPCI CY2026; ASC CY2025 January; …". */
  label: string;
  /** Stable identity of the data (dataset|year|release…), for comparing a workbook's stamp. */
  id: string;
}

const NAMES: Record<DatasetKind, string> = {
  pprrvu: "PFS RVU",
  gpci: "GPCI",
  locco: "Localities",
  anes: "Anesthesia CF",
  oppscap: "OPPS cap",
  asc: "ASC",
  ascOffsets: "ASC device offsets",
  dmepos: "DMEPOS",
  clfs: "CLFS",
  hcpcs: "HCPCS Level II",
  pfsPayment: "PFS payment amounts",
  oppsB: "OPPS Addendum B",
  oppsA: "OPPS Addendum A",
};

function entry(p: Provenance, dataset = NAMES[p.kind]): VintageEntry {
  return {
    kind: p.kind,
    dataset,
    year: p.year,
    release: p.release,
    releasedOn: p.releasedOn,
    file: p.file,
  };
}

export function describe(e: VintageEntry): string {
  const when = [`CY${e.year}`, e.release].filter((x) => x !== "").join(" ");
  return `${e.dataset} ${when}${e.releasedOn ? ` (released ${e.releasedOn})` : ""}`;
}

export function vintageOf(r: ReferenceData): Vintage {
  const entries: VintageEntry[] = [];
  for (const y of years(r.pfs).reverse()) entries.push(entry(r.pfs[y].provenance));
  for (const y of years(r.gpci).reverse()) entries.push(entry(r.gpci[y].provenance));
  for (const y of years(r.anes).reverse()) entries.push(entry(r.anes[y].provenance));
  for (const y of years(r.oppsCap).reverse()) entries.push(entry(r.oppsCap[y].provenance));
  for (const y of years(r.locco).reverse()) entries.push(entry(r.locco[y].provenance));
  for (const t of [r.asc, r.ascOffsets, r.oppsB, r.oppsA, r.dmepos, r.clfs, r.hcpcs])
    if (t) entries.push(entry(t.provenance));
  if (r.pen) entries.push(entry(r.pen.provenance, "DMEPOS PEN"));
  const label = entries.map(describe).join("; ");
  const id = entries.map((e) => `${e.kind}:${e.year}:${e.release}:${e.releasedOn ?? ""}`).join("|");
  return { entries, label, id };
}
