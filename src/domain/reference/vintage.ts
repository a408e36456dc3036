/**
 * Data vintage: which CMS dataset, year and release each number comes from. Shown in the pane, by
 * REIMB.DATA_VINTAGE(), and stamped into workbooks so a workbook opened with other data warns.
 */
import type { DatasetKind, Provenance } from "../../data/types";
import { DATASETS, years, type ReferenceData } from "./model";
import { provenanceOf } from "./bundle";

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
  asp: "ASP drug pricing",
};

function entry(p: Provenance, dataset: string = NAMES[p.kind]): VintageEntry {
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

/** Every dataset and year loaded, newest year first within a dataset. */
export function vintageOf(r: ReferenceData): Vintage {
  const entries: VintageEntry[] = [];
  for (const d of DATASETS) {
    const map = r[d];
    for (const y of years(map).reverse()) {
      // Read without decoding a bundle's table: the vintage is shown before any lookup runs.
      const p = provenanceOf(map, String(y));
      if (p) entries.push(entry(p, d === "pen" ? "DMEPOS PEN" : undefined));
    }
  }
  const label = entries.map(describe).join("; ");
  const id = entries.map((e) => `${e.kind}:${e.year}:${e.release}:${e.releasedOn ?? ""}`).join("|");
  return { entries, label, id };
}

/**
 * One short line for a run's log: the datasets and the years loaded of each, e.g.
 * "CMS data: PFS RVU 2025–2026, GPCI 2025–2026, ASC 2025, CLFS 2025–2026 (12 files)".
 */
export function vintageSummary(v: Vintage): string {
  if (v.entries.length === 0) return "";
  const byDataset = new Map<string, number[]>();
  for (const e of v.entries)
    byDataset.set(e.dataset, [...(byDataset.get(e.dataset) ?? []), e.year]);
  const parts = [...byDataset].map(([name, ys]) => {
    const sorted = [...new Set(ys)].sort((a, b) => a - b);
    return `${name} ${sorted.length > 1 ? sorted.join("+") : sorted[0]}`;
  });
  return parts.join(", ");
}
