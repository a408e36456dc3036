/**
 * Fault injection for the package module and share: every hostile or wrong file is made here,
 * and must be refused with the message that says what it is, or opened within the limits.
 */
import { strToU8, zipSync } from "fflate";
import {
  openPackage,
  PackageError,
  PackagePatcher,
  readSharedStrings,
  readSheet,
  readWorkbook,
} from "../../src/xlsx";
import { inspectWorkbook, shareWorkbook } from "../../src/shareCopy";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function book(sheetXml: string, extra: Record<string, string> = {}, macro = false): Uint8Array {
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Override PartName="/xl/workbook.xml" ContentType="${macro ? "application/vnd.ms-excel.sheet.macroEnabled.main+xml" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"}"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`
    ),
    "_rels/.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
    ),
    "xl/workbook.xml": strToU8(
      `<?xml version="1.0"?><workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="Model" sheetId="1" r:id="rId1"/></sheets></workbook>`
    ),
    "xl/_rels/workbook.xml.rels": strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/>${macro ? `<Relationship Id="rId3" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>` : ""}</Relationships>`
    ),
    "xl/styles.xml": strToU8(
      `<?xml version="1.0"?><styleSheet xmlns="${MAIN}"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="1"><xf/></cellXfs></styleSheet>`
    ),
    "xl/worksheets/sheet1.xml": strToU8(sheetXml),
  };
  if (macro) files["xl/vbaProject.bin"] = new Uint8Array([1, 2, 3, 4]);
  for (const [k, v] of Object.entries(extra)) files[k] = strToU8(v);
  return zipSync(files);
}

const PREFIXED = `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN}"><x:sheetViews><x:sheetView tabSelected="true" workbookViewId="0"/></x:sheetViews><x:sheetData><x:row r="1"><x:c r="A1"><x:v>2</x:v></x:c><x:c r="B1"><x:f>_xldudf_REIMB_PFS_RVU("99213")</x:f><x:v>95.19</x:v></x:c><x:c r="C1"><x:f>A1*2</x:f><x:v>4</x:v></x:c></x:row></x:sheetData></x:worksheet>`;

function refusal(bytes: Uint8Array): string {
  try {
    openPackage(bytes);
  } catch (e) {
    if (e instanceof PackageError) return e.msgId;
    throw e;
  }
  return "opened";
}

function cfb(stream: string): Uint8Array {
  const b = new Uint8Array(2048);
  b.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  for (let i = 0; i < stream.length; i++) b[1024 + i * 2] = stream.charCodeAt(i);
  return b;
}

describe("files that are not workbooks are refused saying what they are", () => {
  it.each([
    ["encrypted workbook (CFB with EncryptionInfo)", cfb("EncryptionInfo"), "xlsx.error.encrypted"],
    ["legacy .xls (CFB with Workbook stream)", cfb("Workbook"), "xlsx.error.xls"],
    ["CSV renamed .xlsx", strToU8("Code,Payment\n99213,95.19\n"), "xlsx.error.csv"],
    ["empty file", new Uint8Array(0), "xlsx.error.empty"],
    ["zip that is not a workbook", zipSync({ "a.txt": strToU8("hello") }), "xlsx.error.noWorkbook"],
    ["Word document", zipSync({ "word/document.xml": strToU8("<w/>") }), "xlsx.error.otherOffice"],
    ["truncated workbook", book(PREFIXED).subarray(0, 300), "xlsx.error.corrupt"],
  ])("%s", (_, bytes, id) => {
    expect(refusal(bytes)).toBe(id);
  });

  it("share gives the same refusal, not an internal crash", async () => {
    const notBook = zipSync({ "a.txt": strToU8("hello") });
    await expect(inspectWorkbook(notBook)).rejects.toMatchObject({
      msgId: "xlsx.error.noWorkbook",
    });
    await expect(shareWorkbook(cfb("EncryptedPackage"), { now: new Date() })).rejects.toMatchObject(
      {
        msgId: "xlsx.error.encrypted",
      }
    );
  });
});

describe("limits", () => {
  it("refuses a zip bomb by its expansion ratio before inflating it", () => {
    const bomb = book(PREFIXED, { "xl/bomb.xml": "<a>" + " ".repeat(50_000_000) + "</a>" });
    expect(refusal(bomb)).toBe("xlsx.limit.ratio");
  });

  it("a formatted cell at row 1,048,576 costs nothing; a cell at row 30,000,000 is refused", () => {
    const far = book(
      `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576" s="0"/></row></sheetData></worksheet>`
    );
    const pkg = openPackage(far);
    const info = readWorkbook(pkg);
    const seen: string[] = [];
    const r = readSheet(pkg, info.sheets[0].part, [], (c) => seen.push(c.ref));
    expect(seen).toEqual(["A1"]);
    expect(r.used).toEqual({ top: 1, left: 1, bottom: 1, right: 1 });
    const beyond = book(
      `<worksheet xmlns="${MAIN}"><sheetData><row r="30000000"><c r="A30000000"><v>1</v></c></row></sheetData></worksheet>`
    );
    const p2 = openPackage(beyond);
    expect(() => readSheet(p2, readWorkbook(p2).sheets[0].part, [], () => undefined)).toThrow(
      expect.objectContaining({ msgId: "xlsx.limit.grid" })
    );
  });
});

describe("namespace prefixes", () => {
  it("reads an x:-prefixed sheet and shares it without its REIMB formula", async () => {
    const bytes = book(PREFIXED);
    const pkg = openPackage(bytes);
    const info = readWorkbook(pkg);
    const cells: Array<[string, unknown, string | undefined]> = [];
    readSheet(pkg, info.sheets[0].part, readSharedStrings(pkg, info), (c) =>
      cells.push([c.ref, c.value, c.formula])
    );
    expect(cells).toEqual([
      ["A1", 2, undefined],
      ["B1", 95.19, '_xldudf_REIMB_PFS_RVU("99213")'],
      ["C1", 4, "A1*2"],
    ]);
    const { bytes: out, report } = await shareWorkbook(bytes, {
      now: new Date("2026-11-26T00:00:00Z"),
    });
    expect(report.replaced).toBe(1);
    const p2 = openPackage(out);
    const i2 = readWorkbook(p2);
    const model = i2.sheets.find((s) => s.name === "Model");
    const after: Array<[string, unknown, string | undefined]> = [];
    readSheet(p2, model?.part ?? "", readSharedStrings(p2, i2), (c) =>
      after.push([c.ref, c.value, c.formula])
    );
    expect(after).toEqual([
      ["A1", 2, undefined],
      ["B1", 95.19, undefined],
      ["C1", 4, "A1*2"],
    ]);
    // Only the About sheet is selected, though the input (LibreOffice style) said tabSelected="true".
    expect(new TextDecoder().decode(p2.read(model?.part ?? ""))).not.toMatch(/tabSelected/);
  });
});

describe("x:-prefixed workbook part", () => {
  it("shares a workbook whose workbook.xml is prefixed too", async () => {
    const input = book(PREFIXED);
    const p = new PackagePatcher(openPackage(input));
    p.setPart(
      "xl/workbook.xml",
      `<?xml version="1.0"?><x:workbook xmlns:x="${MAIN}" xmlns:r="${R}"><x:sheets><x:sheet name="Model" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`
    );
    const { bytes, report } = await shareWorkbook(p.save(), { now: new Date() });
    expect(report.writer).toBe("package");
    const info = readWorkbook(openPackage(bytes));
    expect(info.sheets.map((s) => s.name)).toEqual([report.aboutSheet, "Model"]);
  });
});

describe("macros", () => {
  it("share leaves the VBA project out and gives the workbook a plain content type", async () => {
    const { bytes, report } = await shareWorkbook(book(PREFIXED, {}, true), { now: new Date() });
    expect(report.macrosLeftOut).toBe(true);
    const pkg = openPackage(bytes);
    expect(pkg.names.some((n) => /vbaProject/i.test(n))).toBe(false);
    expect(pkg.contentType("xl/workbook.xml")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
    );
  });

  it("the patcher keeps a macro workbook's VBA project byte for byte in an .xlsm", () => {
    const input = book(PREFIXED, {}, true);
    const p = new PackagePatcher(openPackage(input));
    p.setCell("Model", "D1", { value: "=not a formula" });
    const out = openPackage(p.save({ macroEnabled: true }));
    expect([...out.read("xl/vbaProject.bin")]).toEqual([1, 2, 3, 4]);
    expect(out.contentType("xl/workbook.xml")).toBe(
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    );
    const info = readWorkbook(out);
    const d1: unknown[] = [];
    readSheet(out, info.sheets[0].part, [], (c) => c.ref === "D1" && d1.push(c.value, c.formula));
    expect(d1).toEqual(["=not a formula", undefined]); // text stays text
  });
});

describe("sensitivity labels", () => {
  it("share keeps docProps/custom.xml and docMetadata/LabelInfo.xml byte for byte", async () => {
    const custom = `<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"><property name="MSIP_Label_1234_Enabled" fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2"><vt:lpwstr xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">true</vt:lpwstr></property></Properties>`;
    const label = `<?xml version="1.0"?><clbl:labelList xmlns:clbl="http://schemas.microsoft.com/office/2020/mipLabelMetadata"><clbl:label id="{1234}" enabled="1"/></clbl:labelList>`;
    const input = book(PREFIXED, {
      "docProps/custom.xml": custom,
      "docMetadata/LabelInfo.xml": label,
    });
    // Reachable through the package relationships, as Office writes them.
    const withRels = openPackage(input);
    expect(withRels.has("docProps/custom.xml")).toBe(true);
    const p = new PackagePatcher(withRels);
    p.editRels("", (root) => {
      root.children.push({
        kind: "element",
        name: "Relationship",
        local: "Relationship",
        uri: root.uri,
        attrs: [
          { name: "Id", local: "Id", uri: "", value: "rIdC" },
          { name: "Type", local: "Type", uri: "", value: `${R}/custom-properties` },
          { name: "Target", local: "Target", uri: "", value: "docProps/custom.xml" },
        ],
        children: [],
      });
      root.children.push({
        kind: "element",
        name: "Relationship",
        local: "Relationship",
        uri: root.uri,
        attrs: [
          { name: "Id", local: "Id", uri: "", value: "rIdL" },
          {
            name: "Type",
            local: "Type",
            uri: "",
            value: "http://schemas.microsoft.com/office/2020/02/relationships/classificationlabels",
          },
          { name: "Target", local: "Target", uri: "", value: "docMetadata/LabelInfo.xml" },
        ],
        children: [],
      });
    });
    const labelled = p.save();
    const { bytes } = await shareWorkbook(labelled, { now: new Date() });
    const out = openPackage(bytes);
    expect(out.text("docProps/custom.xml")).toBe(custom);
    expect(out.text("docMetadata/LabelInfo.xml")).toBe(label);
  });
});
