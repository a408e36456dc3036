/**
 * The package writer edits XML text. Whatever it is given, every part it writes must be
 * well-formed XML, every remaining relationship must point at a part that exists, every part must
 * have a content type, and no REIMB formula may remain.
 */
import * as fs from "fs";
import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { strFromU8, unzipSync, zipSync } from "fflate";
import { shareWorkbook } from "../../src/shareCopy";
import { containsReimbCall } from "../../src/shareCopy/formula";
import { buildModelWorkbook, withAddinParts } from "./modelFixture";

const NOW = new Date("2026-11-26T00:00:00Z");

function checkPackage(bytes: Uint8Array): void {
  const files = unzipSync(bytes);
  const ct = strFromU8(files["[Content_Types].xml"]);
  const defaults = [...ct.matchAll(/<Default Extension="([^"]+)"/g)].map((m) => m[1].toLowerCase());
  for (const [name, data] of Object.entries(files)) {
    if (/\.(xml|rels)$/i.test(name)) {
      const result = XMLValidator.validate(strFromU8(data));
      expect([name, result]).toEqual([name, true]);
    }
    const ext = name.split(".").pop()?.toLowerCase() ?? "";
    if (name !== "[Content_Types].xml") expect([name, ct.includes(`PartName="/${name}"`) || defaults.includes(ext)]).toEqual([name, true]);
    if (name.endsWith(".rels")) {
      // "xl/_rels/workbook.xml.rels" belongs to "xl/workbook.xml": targets resolve from "xl/".
      const base = name === "_rels/.rels" ? "" : name.slice(0, name.indexOf("_rels/"));
      for (const m of strFromU8(data).matchAll(/<Relationship\b[^>]*Target="([^"]+)"([^>]*)/g)) {
        if (/TargetMode="External"/.test(m[0])) continue;
        const target = m[1].startsWith("/") ? m[1].slice(1) : normalise(base + m[1]);
        expect([name, target, target in files]).toEqual([name, target, true]);
      }
    }
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) {
      for (const f of strFromU8(data).matchAll(/<f\b[^>]*>([\s\S]*?)<\/f>/g)) expect(containsReimbCall(f[1])).toBe(false);
    }
  }
}

function normalise(path: string): string {
  const out: string[] = [];
  for (const seg of path.split("/")) {
    if (seg === "..") out.pop();
    else if (seg !== ".") out.push(seg);
  }
  return out.join("/");
}

describe("package writer", () => {
  it("writes a consistent package for the model", async () => {
    const { bytes, report } = await shareWorkbook(withAddinParts(await buildModelWorkbook({ stale: true, withError: true })), { now: NOW });
    expect(report.writer).toBe("package");
    checkPackage(bytes);
  });

  it("writes a consistent package for any choice of sheets and any About text", async () => {
    const sheets = ["Model", "Assumptions", "Scratch"];
    const base = await buildModelWorkbook({ withAddinParts: true });
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(sheets, { minLength: 1 }),
        fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 20 }), fc.constant("PFS \u0001 <RVU26C> & \"July\" 'x'")),
        fc.string({ maxLength: 40 }),
        async (chosen, vintage, locality) => {
          const { bytes, report } = await shareWorkbook(base, { now: NOW, includeSheets: chosen, vintage, locality });
          expect(report.writer).toBe("package");
          checkPackage(bytes);
        },
      ),
      { numRuns: 20 },
    );
  });
});

/** Every cell's shown value, sheet by sheet, as ExcelJS reads it. */
async function cellTexts(bytes: Uint8Array, sheet: string): Promise<Map<string, string>> {
  const ExcelJS = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const out = new Map<string, string>();
  wb.getWorksheet(sheet)?.eachRow((row) =>
    row.eachCell((cell) => {
      if (cell.type !== ExcelJS.ValueType.Formula) out.set(cell.address, String(cell.text));
    }),
  );
  return out;
}

describe("shared strings after the rebuild", () => {
  it("keeps every text cell's text, with empty styled cells (<c r=.. s=../>) between them", async () => {
    const files = unzipSync(await buildModelWorkbook());
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]);
    // Excel writes styled empty cells as self-closing elements; put some before text cells.
    files["xl/worksheets/sheet1.xml"] = new TextEncoder().encode(sheet.replace(/<c r="B1" t="s">/, '<c r="AA1" s="1"/><c r="B1" t="s">').replace(/<c r="A3" t="s">/, '<c r="AB3"/><c r="A3" t="s">'));
    const input = zipSync(files);
    const { bytes, report } = await shareWorkbook(input, { now: NOW });
    expect(report.writer).toBe("package");
    const before = await cellTexts(input, "Model");
    const after = await cellTexts(bytes, "Model");
    expect(before.get("B1")).toBe("Work RVU");
    for (const [address, text] of before) expect([address, after.get(address)]).toEqual([address, text]);
    checkPackage(bytes);
  });

  const real = "/work/shared/data/cms/dmepos/2026_jan/DMEPEN26_JAN.xlsx";
  (fs.existsSync(real) ? it : it.skip)("keeps every cell of a workbook saved by Excel (CMS DMEPEN26_JAN.xlsx)", async () => {
    const input = new Uint8Array(fs.readFileSync(real));
    const { bytes, report } = await shareWorkbook(input, { now: NOW });
    expect(report.writer).toBe("package");
    const before = await cellTexts(input, "DMEPEN26_JAN");
    const after = await cellTexts(bytes, "DMEPEN26_JAN");
    expect(after.size).toBe(before.size);
    for (const [address, text] of before) expect([address, after.get(address)]).toEqual([address, text]);
    checkPackage(bytes);
  });
});
