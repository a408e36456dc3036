/**
 * CLI wall time for 10,000 product rows (issue 2 bench): `node bin/reimb.js classify` on a generated
 * workbook, end to end (process start, read, classify, write Products/Evidence/Strategy), then the
 * re-run on its own output (which also reads the Evidence table back). Prints figures; asserts nothing.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import ExcelJS from "exceljs";
import { productsGrid } from "./fixtures";

const BIN = path.join(__dirname, "..", "bin", "reimb.js");

function timeCli(args: string[]): { ms: number; status: number | null; stderr: string } {
  const t0 = performance.now();
  const res = spawnSync(process.execPath, [BIN, "classify", ...args], { encoding: "utf8", maxBuffer: 1 << 28 });
  return { ms: performance.now() - t0, status: res.status, stderr: res.stderr };
}

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "reimb-bench-"));
  try {
    const rows = 10_000;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Products").addRows(productsGrid(rows));
    const input = path.join(dir, "products.xlsx");
    await wb.xlsx.writeFile(input);

    const startup = timeCli(["--help"]);
    const first = timeCli([input, "-o", path.join(dir, "out.xlsx")]);
    const again = timeCli([path.join(dir, "out.xlsx"), "-o", path.join(dir, "out2.xlsx")]);
    const json = timeCli([input, "-o", path.join(dir, "out3.xlsx"), "--json"]);
    const size = (f: string) => `${(fs.statSync(path.join(dir, f)).size / 1e6).toFixed(1)} MB`;
    console.log(`process start-up (classify --help): ${startup.ms.toFixed(0)} ms`);
    console.log(`${rows.toLocaleString("en-US")} rows, first run: ${(first.ms / 1000).toFixed(1)} s wall (exit ${first.status}; output ${size("out.xlsx")})`);
    console.log(`${rows.toLocaleString("en-US")} rows, re-run on its own output: ${(again.ms / 1000).toFixed(1)} s wall (exit ${again.status})`);
    console.log(`${rows.toLocaleString("en-US")} rows, with --json: ${(json.ms / 1000).toFixed(1)} s wall (exit ${json.status})`);
    for (const r of [first, again, json]) if (r.status !== 0) console.log(`(non-zero exit: ${r.stderr.slice(0, 300)})`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
