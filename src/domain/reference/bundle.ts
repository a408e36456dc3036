/**
 * The reference bundle: the reference tables as JSON, gzipped (fflate). Columnar arrays compress
 * well (repeated status codes, RVUs); NaN ("no amount") travels as null and is restored on load.
 */
import { gunzipSync, gzipSync, strFromU8, strToU8 } from "fflate";
import { ReimbError } from "../errors";
import { DATASETS, emptyReference, type ReferenceData } from "./model";

/** 2: every dataset by year (format 1 held one table for ASC, OPPS, DMEPOS, CLFS and HCPCS). */
export const BUNDLE_FORMAT = 2;

interface BundleFile {
  format: number;
  reference: ReferenceData;
}

export function encodeBundle(reference: ReferenceData): Uint8Array {
  const json = JSON.stringify({ format: BUNDLE_FORMAT, reference } satisfies BundleFile);
  return gzipSync(strToU8(json), { level: 9 });
}

function restoreNaN(value: unknown): void {
  if (Array.isArray(value)) {
    // Only numeric columns hold nulls (string columns never do), so an all-null column is all-NaN.
    if (value.length > 0 && value.every((v) => v === null || typeof v === "number")) {
      for (let i = 0; i < value.length; i++) if (value[i] === null) value[i] = Number.NaN;
    } else value.forEach(restoreNaN);
  } else if (value && typeof value === "object") {
    for (const v of Object.values(value)) restoreNaN(v);
  }
}

/** Throws on a damaged or foreign bundle (the caller reports it and keeps the previous data). */
export function decodeBundle(bytes: Uint8Array): ReferenceData {
  // A web server may have sent the .gz with Content-Encoding: gzip, so the browser already inflated it.
  const gzipped = bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
  const parsed = JSON.parse(strFromU8(gzipped ? gunzipSync(bytes) : bytes)) as BundleFile;
  if (parsed.format === 1 && parsed.reference) parsed.reference = fromFormat1(parsed.reference);
  else if (
    parsed.format !== BUNDLE_FORMAT ||
    !parsed.reference ||
    typeof parsed.reference.pfs !== "object"
  ) {
    throw new ReimbError("error.bundleFormat", {
      found: String(parsed.format),
      expected: BUNDLE_FORMAT,
    });
  }
  restoreNaN(parsed.reference);
  return { ...emptyReference(), ...parsed.reference };
}

/** A format-1 bundle (a .data/ bundle built before years were kept): its single tables by their year. */
function fromFormat1(old: ReferenceData): ReferenceData {
  const r = emptyReference();
  const loose = old as unknown as Record<string, unknown>;
  for (const d of DATASETS) {
    const v = loose[d] as { provenance?: { year: number } } | Record<string, unknown> | undefined;
    if (!v) continue;
    const single = (v as { provenance?: { year: number } }).provenance;
    (r[d] as Record<string, unknown>) = single ? { [String(single.year)]: v } : { ...v };
  }
  return r;
}
