/**
 * Hostile and large workbooks through `reimb share`: wall time and peak RSS of the whole process
 * (GNU time's maximum resident set size), each in its own process so one case's memory does not
 * hide another's. The files are made here. Prints figures; asserts nothing.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import { strToU8, zipSync } from "fflate";

const BIN = path.join(__dirname, "..", "bin", "reimb.js");
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

function book(sheet: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync(
    {
      "[Content_Types].xml": strToU8(
        `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`
      ),
      "_rels/.rels": strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="xl/workbook.xml"/></Relationships>`
      ),
      "xl/workbook.xml": strToU8(
        `<workbook xmlns="${MAIN}" xmlns:r="${R}"><sheets><sheet name="Model" sheetId="1" r:id="rId1"/></sheets></workbook>`
      ),
      "xl/_rels/workbook.xml.rels": strToU8(
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${R}/styles" Target="styles.xml"/></Relationships>`
      ),
      "xl/styles.xml": strToU8(
        `<styleSheet xmlns="${MAIN}"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="1"><xf/></cellXfs></styleSheet>`
      ),
      "xl/worksheets/sheet1.xml": strToU8(sheet),
      ...extra,
    },
    { level: 9 }
  );
}

function bigSheet(rows: number): string {
  const out: string[] = [`<worksheet xmlns="${MAIN}"><sheetData>`];
  for (let r = 1; r <= rows; r++) {
    let cells = "";
    for (let c = 0; c < 10; c++) {
      const ref = `${String.fromCharCode(65 + c)}${r}`;
      cells +=
        c === 9
          ? `<c r="${ref}"><f>_xldudf_REIMB_PFS_RVU("99213")</f><v>95.19</v></c>`
          : c % 2
            ? `<c r="${ref}" t="inlineStr"><is><t>text ${r}-${c}</t></is></c>`
            : `<c r="${ref}"><v>${r * c}</v></c>`;
    }
    out.push(`<row r="${r}">${cells}</row>`);
  }
  out.push("</sheetData></worksheet>");
  return out.join("");
}

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "reimb-xlsx-bench-"));
  try {
    const cases: Array<[string, Uint8Array]> = [
      [
        "formatted cell at row 1,048,576",
        book(
          `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576" s="0"/></row></sheetData></worksheet>`
        ),
      ],
      [
        "cell at row 30,000,000 (refused)",
        book(
          `<worksheet xmlns="${MAIN}"><sheetData><row r="30000000"><c r="A30000000"><v>1</v></c></row></sheetData></worksheet>`
        ),
      ],
      [
        "zip bomb: 200 MB of spaces in one part (refused)",
        book(`<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`, {
          "xl/bomb.xml": new Uint8Array(200 * 1_048_576).fill(32),
        }),
      ],
      ["100,000 rows x 10 columns, 100,000 REIMB cells", book(bigSheet(100_000))],
    ];
    for (const [label, bytes] of cases) {
      const input = path.join(dir, "in.xlsx");
      fs.writeFileSync(input, bytes);
      // Each case from a clean folder: share refuses to overwrite an earlier case's output, and
      // that refusal is not what the case measures.
      fs.rmSync(path.join(dir, "out.xlsx"), { force: true });
      const t0 = performance.now();
      const res = spawnSync(
        "/usr/bin/time",
        [
          "-f",
          "%M",
          process.execPath,
          BIN,
          "share",
          input,
          "-o",
          path.join(dir, "out.xlsx"),
          "--yes",
        ],
        { encoding: "utf8", maxBuffer: 1 << 26 }
      );
      const ms = performance.now() - t0;
      const lines = res.stderr.trim().split("\n");
      const kb = Number(lines[lines.length - 1]);
      const said = lines.slice(0, -1).join(" ").slice(0, 140);
      console.log(
        `${label} (${(bytes.length / 1024).toFixed(0)} KB): exit ${res.status}, ${(ms / 1000).toFixed(1)} s wall, peak RSS ${(kb / 1024).toFixed(0)} MB${said ? ` — ${said}` : ""}`
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
