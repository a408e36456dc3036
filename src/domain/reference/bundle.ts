/**
 * The reference bundle: the reference tables as JSON, gzipped (fflate). Columnar arrays compress
 * well (repeated status codes, RVUs); NaN ("no amount") travels as null and is restored on load.
 */
import { gunzipSync, gzipSync, strFromU8, strToU8 } from "fflate";
import type { ReferenceData } from "./model";

export const BUNDLE_FORMAT = 1;

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
  if (
    parsed.format !== BUNDLE_FORMAT ||
    !parsed.reference ||
    typeof parsed.reference.pfs !== "object"
  ) {
    throw new Error(`reference bundle format ${String(parsed.format)} (expected ${BUNDLE_FORMAT})`);
  }
  restoreNaN(parsed.reference);
  return parsed.reference;
}
