/**
 * `reimb classify` end to end on generated portfolios of 1,000 to 50,000 products: wall time and
 * peak resident memory of the child process, each next to its floor measured in the same run —
 * plain ExcelJS reading and writing back the same output workbook in a child process, with no
 * classification — as a ratio. Sizes run smallest first; a size over the time budget is killed
 * and the larger ones are not tried (they would only take longer), so the bench never hangs.
 * Prints figures; asserts nothing.
 *
 * REIMB_BENCH_SIZES=1000,10000 and REIMB_BENCH_BUDGET_S=120 change the sizes and the budget.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { performance } from "perf_hooks";
import ExcelJS from "exceljs";
import { productsGrid } from "./fixtures";

const ROOT = path.join(__dirname, "..");
const SIZES = (process.env.REIMB_BENCH_SIZES ?? "1000,10000,20000,50000")
  .split(",")
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);
const BUDGET_MS = Number(process.env.REIMB_BENCH_BUDGET_S ?? 180) * 1000;

/** Run a Node program in a child and report wall time and its peak RSS (from the child itself). */
function measure(
  script: string,
  args: string[]
): {
  ms: number;
  status: number | null;
  killed: boolean;
  rssMb?: number;
  stderr: string;
} {
  // The child reports its own peak RSS on exit (process.resourceUsage().maxRSS, in KiB), so the
  // figure is the program's, not this bench's; no external `time` tool needed.
  const probe = `process.on("exit",()=>process.stderr.write("\\nMAXRSS_KB "+process.resourceUsage().maxRSS+"\\n"));`;
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
  return {
    ms,
    status: res.status,
    killed: res.signal !== null,
    rssMb: kb ? Number(kb) / 1024 : undefined,
    stderr: res.stderr ?? "",
  };
}

const CLI = `require("tsx/cjs");process.argv.splice(1,0,"reimb");require("./src/cli/main.ts").runFromCommandLine();`;
// The floor: the same output workbook read and written back by ExcelJS, nothing else.
const PLAIN_IO = `const E=require("exceljs");(async()=>{const w=new E.Workbook();await w.xlsx.readFile(process.argv[1]);await w.xlsx.writeFile(process.argv[2]);})().catch(e=>{console.error(e);process.exitCode=1});`;

const s = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
const mb = (x: number | undefined): string => (x === undefined ? "?" : `${x.toFixed(0)} MB`);
const ratio = (a: number | undefined, b: number | undefined): string =>
  a === undefined || b === undefined || b === 0 ? "?" : `${(a / b).toFixed(1)}×`;

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "reimb-bench-"));
  try {
    console.log(
      `sizes ${SIZES.join(", ")}; budget ${s(BUDGET_MS)} per run; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs; without CMS data`
    );
    const startup = measure(CLI, ["--help"]);
    console.log(
      `process start-up (reimb --help): ${startup.ms.toFixed(0)} ms, ${mb(startup.rssMb)}`
    );
    console.log(
      "products".padStart(9) +
        "  run".padEnd(24) +
        "wall".padStart(9) +
        "peak RSS".padStart(10) +
        "   floor: ExcelJS read+write of the output".padEnd(44) +
        "ratio (wall / RSS)"
    );
    for (const rows of SIZES) {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet("Products").addRows(productsGrid(rows));
      const input = path.join(dir, `p${rows}.xlsx`);
      await wb.xlsx.writeFile(input);
      const out = path.join(dir, `p${rows}.out.xlsx`);
      const first = measure(CLI, ["classify", input, "-o", out]);
      const line = (
        name: string,
        r: ReturnType<typeof measure>,
        floor?: ReturnType<typeof measure>
      ) =>
        console.log(
          rows.toLocaleString("en-US").padStart(9) +
            `  ${name}`.padEnd(24) +
            (r.killed ? `> ${s(BUDGET_MS)}` : s(r.ms)).padStart(9) +
            mb(r.rssMb).padStart(10) +
            (floor ? `   ${s(floor.ms)}, ${mb(floor.rssMb)}` : "").padEnd(44) +
            (floor && !r.killed ? `${ratio(r.ms, floor.ms)} / ${ratio(r.rssMb, floor.rssMb)}` : "")
        );
      if (first.killed || first.status !== 0 || !fs.existsSync(out)) {
        line("first run", first);
        console.log(
          first.killed
            ? `  stopped: over the ${s(BUDGET_MS)} budget; larger sizes not tried`
            : `  failed (exit ${first.status}): ${first.stderr.trim().split("\n").slice(-2).join(" ")}; larger sizes not tried`
        );
        break;
      }
      const floor = measure(PLAIN_IO, [out, path.join(dir, `p${rows}.plain.xlsx`)]);
      line("first run", first, floor);
      const again = measure(CLI, ["classify", out, "-o", path.join(dir, `p${rows}.again.xlsx`)]);
      line("re-run on its output", again, floor);
      console.log(`${"".padStart(9)}  output ${(fs.statSync(out).size / 1e6).toFixed(1)} MB`);
      for (const f of fs.readdirSync(dir)) fs.rmSync(path.join(dir, f), { force: true });
      if (again.killed) {
        console.log(`  stopped: over the ${s(BUDGET_MS)} budget; larger sizes not tried`);
        break;
      }
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
