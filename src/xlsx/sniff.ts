/**
 * What a file is, from its first bytes, so a file that is not an .xlsx gets a message that says
 * what it is and what to do ("password-protected: save an unprotected copy", "this is a CSV: open
 * it in Excel and save as .xlsx") instead of a ZIP library's error.
 *
 * An encrypted .xlsx is not a ZIP at all: Excel wraps it in an OLE compound file (the same
 * container as a legacy .xls) holding `EncryptionInfo` and `EncryptedPackage` streams
 * ([MS-OFFCRYPTO] 2.3.4.x); a legacy .xls holds a `Workbook` (or `Book`) stream ([MS-XLS] 2.1.2).
 * Directory entry names are UTF-16LE, so a byte search for them is enough to tell the two apart.
 */
import { PackageError } from "./limits";

export type FileKind = "zip" | "encrypted" | "xls" | "ole" | "csv" | "text" | "empty" | "unknown";

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function utf16(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) out[i * 2] = s.charCodeAt(i);
  return out;
}

function contains(hay: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export function sniff(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return "empty";
  if (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 3 || bytes[2] === 5)
  )
    return "zip";
  if (CFB.every((b, i) => bytes[i] === b)) {
    if (contains(bytes, utf16("EncryptedPackage")) || contains(bytes, utf16("EncryptionInfo")))
      return "encrypted";
    if (contains(bytes, utf16("Workbook")) || contains(bytes, utf16("Book"))) return "xls";
    return "ole";
  }
  const head = bytes.subarray(0, 4096);
  let control = 0;
  for (const b of head) {
    if (b === 0) return "unknown";
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control > head.length / 100) return "unknown";
  const text = new TextDecoder("utf-8", { fatal: false }).decode(head);
  const lines = text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "")
    .slice(0, 5);
  if (!/^\s*</.test(text) && lines.length > 0 && lines.every((l) => /[,;\t|]/.test(l)))
    return "csv";
  return "text";
}

/** Refuse anything that is not a ZIP package, saying what it is. */
export function refuseNonZip(kind: FileKind): void {
  switch (kind) {
    case "zip":
      return;
    case "encrypted":
      throw new PackageError("xlsx.error.encrypted");
    case "xls":
      throw new PackageError("xlsx.error.xls");
    case "ole":
      throw new PackageError("xlsx.error.ole");
    case "csv":
      throw new PackageError("xlsx.error.csv");
    case "text":
      throw new PackageError("xlsx.error.text");
    case "empty":
      throw new PackageError("xlsx.error.empty");
    default:
      throw new PackageError("xlsx.error.notZip");
  }
}
