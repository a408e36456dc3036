/**
 * Open workbooks in LibreOffice Calc headless and read every sheet back as CSV: the stand-in for
 * "a spreadsheet program that has never seen the add-in".
 */
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

export function sofficePath(): string | undefined {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(dir, "soffice");
    if (fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * A private LibreOffice profile that recalculates every formula on load (OOXMLRecalcMode 0 =
 * "always"), so what we read is what Calc computes, not the values cached in the file.
 */
export function privateProfile(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "reimb-lo-profile-"));
  fs.mkdirSync(path.join(dir, "user"), { recursive: true });
  fs.writeFileSync(
    path.join(dir, "user", "registrymodifications.xcu"),
    `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`,
  );
  return dir;
}

/** Each sheet of the workbook as rows of CSV fields, by sheet name. */
export function sheetsAsCsv(soffice: string, profile: string, xlsx: string): Record<string, string[][]> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "reimb-lo-out-"));
  // Filter options: comma, double quote, UTF-8, from line 1, …, and the 12th token -1 = every sheet
  // to its own file "<name>-<sheet>.csv" (LibreOffice 7.2+).
  const filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";
  execFileSync(soffice, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", filter, "--outdir", outDir, xlsx], {
    stdio: "pipe",
    timeout: 180000,
  });
  const base = path.basename(xlsx, path.extname(xlsx));
  const sheets: Record<string, string[][]> = {};
  for (const file of fs.readdirSync(outDir)) {
    if (!file.startsWith(`${base}-`) || !file.endsWith(".csv")) continue;
    const name = file.slice(base.length + 1, -4);
    sheets[name] = parseCsv(fs.readFileSync(path.join(outDir, file), "utf8"));
  }
  fs.rmSync(outDir, { recursive: true, force: true });
  return sheets;
}

function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The CSV cell at an A1 address ("" when beyond the data). */
export function at(rows: string[][], address: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(address);
  if (!m) throw new Error(`bad address ${address}`);
  let col = 0;
  for (const c of m[1]) col = col * 26 + (c.charCodeAt(0) - 64);
  return rows[Number(m[2]) - 1]?.[col - 1] ?? "";
}
