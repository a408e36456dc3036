/**
 * An OOXML package opened from bytes: the file is recognised first (an encrypted workbook, a
 * legacy .xls, a CSV are refused saying what they are), the archive checked against the limits,
 * and parts inflated only when read.
 */
import { strFromU8 } from "fflate";
import { DEFAULT_LIMITS, PackageError, type PackageLimits } from "./limits";
import { refuseNonZip, sniff } from "./sniff";
import { child, elements, getAttr, parseXml, type XmlElement } from "./xml";
import {
  inflateEntry,
  inflateEntryChunks,
  readCentralDirectory,
  type RawInflate,
  type ZipEntry,
} from "./zip";

/** What a host brings to reading a package: a faster inflater than fflate's, where it has one. */
export interface PackageEngines {
  inflate?: RawInflate;
}

export interface Relationship {
  id: string;
  type: string;
  /** Target as written. */
  target: string;
  /** Part path the target resolves to (for internal targets). */
  part: string;
  external: boolean;
}

export const REL_TYPE = {
  officeDocument: /\/officeDocument$/,
  worksheet: /\/worksheet$/,
  chartsheet: /\/chartsheet$/,
  sharedStrings: /\/sharedStrings$/,
  styles: /\/styles$/,
  table: /\/table$/,
  vbaProject: /\/vbaProject$/,
  calcChain: /\/calcChain$/,
} as const;

/** Resolve a relationship target against the part that owns the relationships. */
export function resolveTarget(ownerPart: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = ownerPart.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

export function relsPathOf(part: string): string {
  if (part === "") return "_rels/.rels";
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** Bytes of inflated text decoded at a time by `streamText` (at most 32 Ki characters). */
const TEXT_PIECE = 1 << 15;

export class Package {
  private readonly entries = new Map<string, ZipEntry>();
  private readonly lower = new Map<string, string>();
  private readonly cache = new Map<string, Uint8Array>();

  constructor(
    readonly bytes: Uint8Array,
    readonly limits: PackageLimits,
    list: readonly ZipEntry[],
    private readonly engines: PackageEngines = {}
  ) {
    for (const e of list) {
      if (e.name.endsWith("/")) continue; // directory entries some zippers add
      this.entries.set(e.name, e);
      this.lower.set(e.name.toLowerCase(), e.name);
    }
  }

  /** Part names as stored (no leading slash). */
  get names(): string[] {
    return [...this.entries.keys()];
  }

  /** The stored name of a part (part names are case-insensitive in OPC). */
  find(part: string): string | undefined {
    const p = part.replace(/^\//, "");
    return this.entries.has(p) ? p : this.lower.get(p.toLowerCase());
  }

  has(part: string): boolean {
    return this.find(part) !== undefined;
  }

  entry(part: string): ZipEntry | undefined {
    const name = this.find(part);
    return name === undefined ? undefined : this.entries.get(name);
  }

  read(part: string): Uint8Array {
    const name = this.find(part);
    if (name === undefined)
      throw new PackageError("xlsx.error.corrupt", { detail: `part ${part} is missing` });
    const hit = this.cache.get(name);
    if (hit) return hit;
    const data = inflateEntry(this.bytes, this.entries.get(name) as ZipEntry, this.engines.inflate);
    if (data.length < 1 << 20) this.cache.set(name, data); // small parts are read more than once
    return data;
  }

  /**
   * A part's text piece by piece, decoded as it is inflated (for sheets too large to be one
   * string). `onText` returning false stops reading.
   */
  streamText(part: string, onText: (text: string) => boolean | void): void {
    const name = this.find(part);
    if (name === undefined)
      throw new PackageError("xlsx.error.corrupt", { detail: `part ${part} is missing` });
    const decoder = new TextDecoder("utf-8");
    let stopped = false;
    inflateEntryChunks(
      this.bytes,
      this.entries.get(name) as ZipEntry,
      (chunk) => {
        // Decoded a slice at a time: each piece of text is small enough to be born in the young
        // generation and die there. A whole inflated chunk (~0.5 MB of text) would be a large
        // object, which only a full collection frees, so reading a 200 MB sheet let the old
        // generation grow by several times the sheet's size before it was collected.
        for (let i = 0; i < chunk.length && !stopped; i += TEXT_PIECE) {
          const text = decoder.decode(chunk.subarray(i, i + TEXT_PIECE), { stream: true });
          if (text !== "" && onText(text) === false) stopped = true;
        }
        return !stopped;
      },
      this.engines.inflate
    );
    if (!stopped) {
      const rest = decoder.decode();
      if (rest !== "") onText(rest);
    }
  }

  text(part: string): string {
    return strFromU8(this.read(part));
  }

  xml(part: string): XmlElement {
    return parseXml(this.text(part), part).root;
  }

  /** Relationships of a part ("" for the package itself); none when the part has no .rels. */
  rels(owner: string): Relationship[] {
    const path = relsPathOf(owner);
    if (!this.has(path)) return [];
    return elements(this.xml(path), "Relationship").map((r) => {
      const target = getAttr(r, "Target") ?? "";
      const external = getAttr(r, "TargetMode") === "External";
      return {
        id: getAttr(r, "Id") ?? "",
        type: getAttr(r, "Type") ?? "",
        target,
        external,
        part: external ? "" : resolveTarget(owner, target),
      };
    });
  }

  /** The workbook part (usually xl/workbook.xml), from the package relationships. */
  workbookPart(): string {
    const main = this.rels("").find((r) => REL_TYPE.officeDocument.test(r.type));
    if (main && this.has(main.part)) return this.find(main.part) as string;
    if (this.has("xl/workbook.xml")) return this.find("xl/workbook.xml") as string;
    throw new PackageError("xlsx.error.noWorkbook");
  }

  /** Content type of a part, from [Content_Types].xml. */
  contentType(part: string): string | undefined {
    if (!this.has("[Content_Types].xml")) return undefined;
    const types = this.xml("[Content_Types].xml");
    const name = `/${part.replace(/^\//, "")}`.toLowerCase();
    for (const o of elements(types, "Override"))
      if ((getAttr(o, "PartName") ?? "").toLowerCase() === name) return getAttr(o, "ContentType");
    const ext = name.slice(name.lastIndexOf(".") + 1);
    for (const d of elements(types, "Default"))
      if ((getAttr(d, "Extension") ?? "").toLowerCase() === ext) return getAttr(d, "ContentType");
    return undefined;
  }
}

/**
 * Open a workbook package. Throws PackageError naming what the file is, or the limit it passes.
 */
export function openPackage(
  bytes: Uint8Array,
  limits: Partial<PackageLimits> = {},
  engines: PackageEngines = {}
): Package {
  refuseNonZip(sniff(bytes));
  const lim = { ...DEFAULT_LIMITS, ...limits };
  const pkg = new Package(bytes, lim, readCentralDirectory(bytes, lim), engines);
  if (
    !pkg.has("xl/workbook.xml") &&
    !pkg
      .rels("")
      .some(
        (r) =>
          REL_TYPE.officeDocument.test(r.type) &&
          /workbook|spreadsheet/i.test(r.part) &&
          pkg.has(r.part)
      )
  ) {
    if (pkg.has("mimetype") && /spreadsheet/.test(pkg.text("mimetype")))
      throw new PackageError("xlsx.error.ods");
    if (pkg.has("word/document.xml") || pkg.has("ppt/presentation.xml"))
      throw new PackageError("xlsx.error.otherOffice");
    throw new PackageError("xlsx.error.noWorkbook");
  }
  pkg.workbookPart();
  const wb = pkg.xml(pkg.workbookPart());
  if (!child(wb, "sheets")) throw new PackageError("xlsx.error.noWorkbook");
  return pkg;
}
