/**
 * `reimb classify` end to end on generated portfolios of 1,000 to 50,000 products, through each
 * writer (`--writer package`, the package patcher; `--writer exceljs`): wall time, CPU time (user +
 * system) and peak resident memory of the child process, each with the 1-minute load average
 * when it started (the machine is shared: CPU time is the steadier figure), next to its floor
 * measured in the same run, as a ratio. The
 * floor is plain I/O of the same output workbook with no classification: for ExcelJS, reading and
 * writing it back; for the package writer, opening it, reading every sheet through the snapshot
 * reader and writing every sheet back through the deflater. Sizes run smallest first; a writer
 * over the time budget at one size is not tried at larger ones (it would only take longer), so the
 * bench never hangs. Prints figures; asserts nothing.
 *
 * REIMB_BENCH_SIZES=1000,10000, REIMB_BENCH_WRITERS=package and REIMB_BENCH_BUDGET_S=120 change
 * the sizes, the writers and the budget.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import ExcelJS from "exceljs";
import { productsGrid } from "./fixtures";

const ROOT = path.join(__dirname, "..");
const SIZES = (process.env.REIMB_BENCH_SIZES ?? "1000,10000,50000")
  .split(",")
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const BUDGET_MS = Number(process.env.REIMB_BENCH_BUDGET_S ?? 180) * 1000;
type Writer = "package" | "exceljs";
const WRITERS = (process.env.REIMB_BENCH_WRITERS ?? "package,exceljs")
  .split(",")
  .filter((w): w is Writer => w === "package" || w === "exceljs");

/** Run a Node program in a child and report wall time and its peak RSS (from the child itself). */
function measure(
  script: string,
  args: string[]
): {
  ms: number;
  /** User + system CPU time of the child. */
  cpuMs?: number;
  /** 1-minute load average when the run started. */
  load: number;
  status: number | null;
  killed: boolean;
  rssMb?: number;
  stderr: string;
} {
  // The child reports its own peak RSS (process.resourceUsage().maxRSS, in KiB) and CPU time on
  // exit, so the figures are the program's, not this bench's; no external `time` tool needed.
  const probe = `process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\nMAXRSS_KB "+u.maxRSS+" CPU_US "+(u.userCPUTime+u.systemCPUTime)+"\\n")});`;
  const load = os.loadavg()[0];
  const t0 = performance.now();
  const res = spawnSync(process.execPath, ["-e", probe + script, "--", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 1 << 28,
    timeout: BUDGET_MS,
    env: { ...process.env, REIMB_NO_REFERENCE: "1" },
  });
  const ms = performance.now() - t0;
  const kb = /MAXRSS_KB (\d+)/.exec(res.stderr ?? "")?.[1];
  const us = /CPU_US (\d+)/.exec(res.stderr ?? "")?.[1];
  return {
    ms,
    cpuMs: us ? Number(us) / 1000 : undefined,
    load,
    status: res.status,
    killed: res.signal !== null,
    rssMb: kb ? Number(kb) / 1024 : undefined,
    stderr: res.stderr ?? "",
  };
}

// The command as users run it (bin/reimb.js), its arguments after the script name.
const CLI = `process.argv.splice(1,0,"reimb");require("./bin/reimb.js");`;
// The floor: the same output workbook read and written back by ExcelJS, nothing else.
const PLAIN_IO = `const E=require("exceljs");(async()=>{const w=new E.Workbook();await w.xlsx.readFile(process.argv[1]);await w.xlsx.writeFile(process.argv[2]);})().catch(e=>{console.error(e);process.exitCode=1});`;

// The package floor: every sheet read by the snapshot reader and streamed back through the
// deflater into a copy of the package (src/cli/package, src/xlsx), nothing classified.
// The sheets go through the CLI's own deflater (src/cli/package/deflate.ts), as the run's do.
const PLAIN_PKG_IO = `require("tsx/cjs");const fs=require("fs");const {WorkbookSnapshot}=require("./src/cli/package/snapshot.ts");const {cliDeflater,cliInflate}=require("./src/cli/package/compression.ts");const {PackagePatcher,DeflateSink,scanSheet}=require("./src/xlsx/index.ts");const snap=WorkbookSnapshot.open(new Uint8Array(fs.readFileSync(process.argv[1])),{},{inflate:cliInflate});const patcher=new PackagePatcher(snap.pkg);for(const sh of snap.sheets){if(sh.kind!=="worksheet")continue;snap.region(sh.name);const sink=new DeflateSink(6,cliDeflater());scanSheet(snap.pkg,sh.part,{prefix:(t,tag)=>sink.write(t+tag),row:(r)=>sink.write(r.raw),suffix:(t)=>sink.write("</sheetData>"+t)});patcher.setDeflatedPart(sh.part,sink.finish());}fs.writeFileSync(process.argv[2],patcher.save());`;

const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const cpu = (r: { cpuMs?: number }): string => (r.cpuMs === undefined ? "?" : s(r.cpuMs));
const mb = (x: number | undefined): string => (x === undefined ? "?" : `${x.toFixed(0)} MB`);
const ratio = (a: number | undefined, b: number | undefined): string =>
  a === undefined || b === undefined || b === 0 ? "?" : `${(a / b).toFixed(2)}×`;

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "reimb-bench-"));
  try {
    console.log(
      `sizes ${SIZES.join(", ")}; budget ${s(BUDGET_MS)} per run; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs; without CMS data`
    );
    const startup = measure(CLI, ["--help"]);
    console.log(
      `process start-up (reimb --help): ${startup.ms.toFixed(0)} ms wall, ${cpu(startup)} CPU, ${mb(startup.rssMb)} (load ${startup.load.toFixed(1)})`
    );
    console.log(
      "products".padStart(9) +
        "  writer: run".padEnd(30) +
        "wall".padStart(9) +
        "CPU".padStart(9) +
        "peak RSS".padStart(10) +
        "load".padStart(6) +
        "   floor: wall, CPU, RSS".padEnd(30) +
        "ratio to floor (wall / CPU / RSS)"
    );
    const stopped = new Set<Writer>();
    for (const rows of SIZES) {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Products").addRows(productsGrid(rows));
      const input = path.join(dir, `p${rows}.xlsx`);
      await wb.xlsx.writeFile(input);
      for (const writer of WRITERS) {
        if (stopped.has(writer)) continue;
        const out = path.join(dir, `p${rows}.${writer}.out.xlsx`);
        const first = measure(CLI, ["classify", input, "-o", out, "--writer", writer]);
        const line = (
          name: string,
          r: ReturnType<typeof measure>,
          floor?: ReturnType<typeof measure>
        ) =>
          console.log(
            rows.toLocaleString("en-US").padStart(9) +
              `  ${writer}: ${name}`.padEnd(30) +
              (r.killed ? `> ${s(BUDGET_MS)}` : s(r.ms)).padStart(9) +
              cpu(r).padStart(9) +
              mb(r.rssMb).padStart(10) +
              r.load.toFixed(1).padStart(6) +
              (floor ? `   ${s(floor.ms)}, ${cpu(floor)}, ${mb(floor.rssMb)}` : "").padEnd(30) +
              (floor && !r.killed
                ? `${ratio(r.ms, floor.ms)} / ${ratio(r.cpuMs, floor.cpuMs)} / ${ratio(r.rssMb, floor.rssMb)}`
                : "")
          );
        if (first.killed || first.status !== 0 || !fs.existsSync(out)) {
          line("first run", first);
          console.log(
            first.killed
              ? `  ${writer} stopped: over the ${s(BUDGET_MS)} budget; larger sizes not tried`
              : `  ${writer} failed (exit ${first.status}): ${first.stderr.trim().split("\n").slice(-2).join(" ")}; larger sizes not tried`
          );
          stopped.add(writer);
          continue;
        }
        const floor = measure(writer === "package" ? PLAIN_PKG_IO : PLAIN_IO, [
          out,
          path.join(dir, `p${rows}.${writer}.plain.xlsx`),
        ]);
        line("first run", first, floor);
        const again = measure(CLI, [
          "classify",
          out,
          "-o",
          path.join(dir, `p${rows}.${writer}.again.xlsx`),
          "--writer",
          writer,
        ]);
        line("re-run on its output", again, floor);
        console.log(
          `${"".padStart(9)}  ${writer}: output ${(fs.statSync(out).size / 1e6).toFixed(1)} MB; re-run / first run: wall ${again.killed ? "?" : ratio(again.ms, first.ms)}, CPU ${ratio(again.cpuMs, first.cpuMs)}, RSS ${ratio(again.rssMb, first.rssMb)}`
        );
        if (again.killed) {
          console.log(
            `  ${writer} stopped: over the ${s(BUDGET_MS)} budget; larger sizes not tried`
          );
          stopped.add(writer);
        }
      }
      for (const f of fs.readdirSync(dir)) fs.rmSync(path.join(dir, f), { force: true });
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
