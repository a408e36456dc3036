/**
 * Opens a workbook file as a new workbook window through Excel's own API (`Excel.createWorkbook`,
 * ExcelApi 1.8). Unlike a browser download, this works in every Excel: Windows, Mac (whose web view
 * ignores blob downloads) and the web. See docs/share.md.
 */
export type OpenOutcome = "opened" | "unsupported";

/** True when this Excel can open a file as a new workbook (ExcelApi 1.8). */
export function canOpenAsNewWorkbook(): boolean {
  return (
    typeof Office !== "undefined" &&
    Office.context?.requirements?.isSetSupported?.("ExcelApi", "1.8") === true &&
    typeof Excel !== "undefined" &&
    typeof Excel.createWorkbook === "function"
  );
}

/** Base64 of bytes in slices, so a large file does not overflow the argument list of fromCharCode. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const SLICE = 0x8000;
  for (let i = 0; i < bytes.length; i += SLICE)
    binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  return btoa(binary);
}

/** Resolves "opened" only once Excel has accepted the file; rejects with Excel's error. */
export async function openAsNewWorkbook(bytes: Uint8Array): Promise<OpenOutcome> {
  if (!canOpenAsNewWorkbook()) return "unsupported";
  await Excel.createWorkbook(toBase64(bytes));
  return "opened";
}
