/**
 * The snapshot reader (src/cli/package/snapshot.ts on src/xlsx/sheetScan.ts) reads what the
 * namespace-aware reader (src/xlsx/read.ts) reads, on sheets written the ways Excel and other
 * tools write them; and the applier's cells read back as they were written (text stays text).
 */
import fc from "fast-check";
import { strToU8, zipSync } from "fflate";
import { WorkbookSnapshot } from "../../../src/cli/package/snapshot";
import { applyPlan } from "../../../src/cli/package/apply";
import type { CellValue } from "../../../src/domain/product";
import { RecordDecoder, decodeRecord } from "../../../src/domain/report/record";
import {
  openPackage,
  readSharedStrings,
  readSheet,
  readWorkbook,
  type CellRecord,
} from "../../../src/xlsx";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function book(sheetXml: string, sst = "", styles?: string): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/>${sst ? `<Relationship Id="rId2" Type="${R}/sharedStrings" Target="sharedStrings.xml"/>` : ""}${styles ? `<Relationship Id="rId3" Type="${R}/styles" Target="styles.xml"/>` : ""}</Relationships>`
    ),
    "xl/worksheets/sheet1.xml": strToU8(sheetXml),
  };
  if (sst) files["xl/sharedStrings.xml"] = strToU8(sst);
  if (styles) files["xl/styles.xml"] = strToU8(styles);
  return zipSync(files);
}

/** What the namespace-aware reader sees: "r,c" → value and formula. */
function reference(bytes: Uint8Array): Map<string, { value: unknown; formula?: string }> {
  const pkg = openPackage(bytes);
  const info = readWorkbook(pkg);
  const out = new Map<string, { value: unknown; formula?: string }>();
  readSheet(pkg, info.sheets[0].part, readSharedStrings(pkg, info), (c: CellRecord) => {
    const v = c.value;
    out.set(`${c.row},${c.col}`, {
      value: v !== null && typeof v === "object" ? v.error : (v ?? null),
      formula: c.formula ? `=${c.formula}` : undefined,
    });
  });
  return out;
}

function fromSnapshot(bytes: Uint8Array): Map<string, { value: unknown; formula?: string }> {
  const region = WorkbookSnapshot.open(bytes).region("Data");
  const out = new Map<string, { value: unknown; formula?: string }>();
  region.grid.forEach((row, r) =>
    row.forEach((v, c) => {
      const f = region.formulas.get(`${r},${c}`);
      if (v !== null || f) out.set(`${r + 1},${c + 1}`, { value: v, formula: f });
    })
  );
  return out;
}

const SST = `<?xml version="1.0"?><sst xmlns="${MAIN}" count="3" uniqueCount="3"><si><t>Plain &amp; simple</t></si><si><r><rPr><b/></rPr><t>Rich</t></r><r><t xml:space="preserve"> text</t></r><rPh sb="0" eb="1"><t>ル</t></rPh></si><si><t/></si></sst>`;

const CASES: Array<[string, string]> = [
  [
    "prefixed elements, entities and a self-closed formatted cell",
    `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" s="0"/><x:c r="C1" t="inlineStr"><x:is><x:t>a &lt; b &#x26; &#233;</x:t></x:is></x:c></x:row><x:row r="3"><x:c r="A3" t="s"><x:v>1</x:v></x:c><x:c r="B3" t="b"><x:v>1</x:v></x:c><x:c r="C3" t="e"><x:v>#N/A</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
  ],
  [
    "cells and rows without addresses, shared and array formulas",
    `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData><row><c><v>1</v></c><c><v>2.5</v></c></row><row><c r="A2"><f t="shared" ref="A2:A4" si="0">B1*2</f><v>5</v></c><c r="B2" t="str"><f>"=not"&amp;"me"</f><v>=notme</v></c></row><row r="3"><c r="A3"><f t="shared" si="0"/><v>0</v></c></row><row r="4"><c r="A4"><f t="shared" si="0"/></c><c r="C4"><f t="array" ref="C4">SUM(A1:A3)</f><v>6</v></c></row></sheetData></worksheet>`,
  ],
  [
    "single-quoted attributes and a comment between rows",
    `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData><row r='1'><c r='A1' t='s'><v>2</v></c><c r='B1'><v>-0.5</v></c></row><!-- a note --><row r='2' spans='1:2'><c r='B2' t='inlineStr'><is><r><t>run</t></r><r><t>s</t></r></is></c></row></sheetData></worksheet>`,
  ],
];

describe("snapshot reader reads what the namespace-aware reader reads", () => {
  it.each(CASES)("%s", (_name, xml) => {
    const bytes = book(xml, SST);
    expect(fromSnapshot(bytes)).toEqual(reference(bytes));
  });

  it("reads a number in a date format as its ISO date, as the ExcelJS path does", () => {
    const styles = `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>`;
    // 46174 is 2026-06-01 in the 1900 date system; 45658 is 2025-01-01.
    const xml = `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" s="1"><v>46174</v></c><c r="B1" s="2"><v>45658</v></c><c r="C1"><v>46174</v></c></row></sheetData></worksheet>`;
    const grid = WorkbookSnapshot.open(book(xml, "", styles)).region("Data").grid;
    expect(grid[0]).toEqual(["2026-06-01", "2025-01-01", 46174]);
  });

  it("reads text whose characters straddle the pieces a sheet is decoded in", () => {
    // Inflated text is decoded 32 KiB at a time: three-byte characters over several hundred KB
    // fall across those cuts and must come back whole.
    const text = (r: number): string => `證據 ${r} — 510(k) ${"é證".repeat(r % 50)}`;
    let rows = "";
    for (let r = 1; r <= 3000; r++)
      rows += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${text(r)}</t></is></c></row>`;
    const grid = WorkbookSnapshot.open(
      book(
        `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`
      )
    ).region("Data").grid;
    expect(grid.length).toBe(3000);
    grid.forEach((row, i) => expect(row[0]).toBe(text(i + 1)));
  });

  it("stops at the last row of a region and pads it with empty cells", () => {
    const xml = `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="B1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row><row r="9"><c r="A9"><v>9</v></c></row></sheetData></worksheet>`;
    const snap = WorkbookSnapshot.open(book(xml));
    expect(snap.region("Data", { top: 1, left: 1, bottom: 2, right: 3 }).grid).toEqual([
      [null, 1, null],
      [2, null, null],
    ]);
    expect(snap.top("Data", 2)).toEqual([
      [null, 1],
      [2, null],
    ]);
  });
});

describe("applier: cells read back as written", () => {
  const value: fc.Arbitrary<CellValue> = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.constantFrom("=SUM(1,2)", "+1", "@x", "-x", " padded ", "a & <b>", "line\nbreak"),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null)
  );

  it("text stays text (never a formula), numbers and booleans stay themselves", () => {
    const base = book(`<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData/></worksheet>`);
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
        (rows) => {
          const grid: CellValue[][] = [["A", "B", "C"], ...rows];
          const out = applyPlan(WorkbookSnapshot.open(base), {
            blocks: [
              {
                sheet: "Own",
                placement: "ownSheet",
                table: "Own",
                origin: { r: 0, c: 0 },
                cells: grid,
                tableRect: { r0: 0, c0: 0, r1: grid.length - 1, c1: 2 },
              },
            ],
          });
          const back = WorkbookSnapshot.open(out).region("Own", {
            top: 1,
            left: 1,
            bottom: grid.length,
            right: 3,
          });
          expect(back.formulas.size).toBe(0);
          // XML 1.0 cannot carry a lone control character; everything else comes back as written.
          const clean = (v: CellValue): CellValue =>
            typeof v === "string"
              ? v.replace(
                  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
                  ""
                ) || null
              : Object.is(v, -0)
                ? 0
                : v; // a cell has no negative zero
          expect(back.grid).toEqual(grid.map((r) => r.map(clean)));
        }
      ),
      { numRuns: 40 }
    );
  });
});

describe("record sheet read as it streams (region onRow + RecordDecoder)", () => {
  // A record sheet as the applier writes one: a header of block keys, then comma-joined
  // fingerprints per row, inline strings, some rows and cells empty (nothing written there).
  const header = [
    "reimb:pathway@Products!K1",
    "reimb:evidence@Evidence!A1",
    "note",
    "reimb:strategy@Strategy!A1",
  ];
  const cellXml = (r: number, c: number, v: string): string =>
    `<c r="${String.fromCharCode(65 + c)}${r}" t="inlineStr"><is><t>${v}</t></is></c>`;
  const sheet = (rows: Array<{ r: number; cells: Array<string | null> }>): string =>
    `<?xml version="1.0"?><worksheet xmlns="${MAIN}"><sheetData>${rows
      .map(
        ({ r, cells }) =>
          `<row r="${r}">${cells.map((v, c) => (v === null ? "" : cellXml(r, c, v))).join("")}</row>`
      )
      .join("")}</sheetData></worksheet>`;
  const fingerprints = fc.array(fc.constantFrom("", "1a2b3c", "zz9", "0"), { maxLength: 4 });
  const body = fc.array(
    fc.record({
      gap: fc.nat(2),
      cells: fc.array(
        fc.option(
          fingerprints.map((f) => f.join(",")),
          { nil: null }
        ),
        {
          maxLength: 4,
        }
      ),
    }),
    { maxLength: 25 }
  );
  const streamed = (snap: WorkbookSnapshot): { records: unknown; disordered?: boolean } => {
    const decoder = new RecordDecoder();
    const read = snap.region("Data", undefined, { onRow: (r, cells) => decoder.row(r, cells) });
    return { records: [...decoder.finish()], disordered: read.disordered };
  };

  it("decodes what decodeRecord decodes from the sheet's grid, holding no grid", () => {
    fc.assert(
      fc.property(body, (lines) => {
        let r = 1;
        const rows = [{ r: 1, cells: header as Array<string | null> }];
        for (const l of lines) rows.push({ r: (r += 1 + l.gap), cells: l.cells });
        const bytes = book(sheet(rows));
        const got = streamed(WorkbookSnapshot.open(bytes));
        expect(got.disordered).toBe(false);
        expect(got.records).toEqual([
          ...decodeRecord(WorkbookSnapshot.open(bytes).region("Data").grid),
        ]);
      })
    );
  });

  it("says when the sheet's rows are out of order (the caller then reads it as a grid)", () => {
    const bytes = book(
      sheet([
        { r: 1, cells: header },
        { r: 3, cells: ["a1", "b2,c3", null, "d4"] },
        { r: 2, cells: ["e5", null, null, null] },
      ])
    );
    expect(streamed(WorkbookSnapshot.open(bytes)).disordered).toBe(true);
    const decoded = decodeRecord(WorkbookSnapshot.open(bytes).region("Data").grid);
    expect(decoded.get("pathway")?.rows).toEqual([["e5"], ["a1"]]);
    expect(decoded.get("evidence")?.rows).toEqual([[], ["b2", "c3"]]);
  });
});
