/**
 * REIMB.CODE (entity value) and REIMB.SITES (site comparison rows) per call, warm, with CMS's
 * files loaded, cycling real codes so no call folds into a constant. Goal: < 20 µs per call.
 * The functions keep their answers per reference (a recalculating sheet asks the same codes
 * again), so the eight-code rows time a repeat; the "each code once" rows ask every base code of
 * the PFS file once (the first 2,000 warm up), so every call there builds its answer.
 * Prints; never fails on time.
 */
import * as fs from "fs";
import * as os from "os";
import { setReference } from "../src/functions/state";
import { code, sites } from "../src/functions/functions";
import { dataDir, loadReferenceFromDir } from "../scripts/data-load";

const CODES = ["66984", "93306", "99213", "36902", "E0601", "80053", "C1889", "27447"];
const GOAL_US = 20;

interface Timing {
  wallUs: number;
  /** This process's CPU time per call: on a shared machine, wall time also counts other work. */
  cpuUs: number;
}

function perCall(n: number, call: (i: number) => unknown): Timing {
  let sink = 0;
  const warm = 2000;
  for (let i = 0; i < warm; i++) sink += call(i) ? 1 : 0; // warm-up
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = warm; i < warm + n; i++) sink += call(i) ? 1 : 0;
  const wallUs = ((performance.now() - t0) * 1000) / n;
  const cpu = process.cpuUsage(c0);
  if (sink < 0) console.log(sink);
  return { wallUs, cpuUs: (cpu.user + cpu.system) / n };
}

function line(label: string, { wallUs, cpuUs }: Timing): void {
  const over = cpuUs > GOAL_US ? ", over" : "";
  console.log(
    `  ${label.padEnd(48)} ${wallUs.toFixed(2).padStart(8)} µs/call wall, ${cpuUs.toFixed(2).padStart(6)} µs CPU (goal < ${GOAL_US} µs${over}; load ${os.loadavg()[0].toFixed(1)})`
  );
}

export async function run(): Promise<void> {
  const dir = dataDir();
  if (!fs.existsSync(dir)) {
    console.log(`(skipped: no CMS data folder at ${dir}; set REIMB_DATA_DIR)`);
    return;
  }
  const { reference } = await loadReferenceFromDir(dir);
  setReference(reference);
  const n = 100_000;
  console.log(`load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs`);
  line(
    "REIMB.CODE(code)",
    perCall(n, (i) => code(CODES[i % CODES.length]))
  );
  line(
    'REIMB.CODE(code, , "01112-05")',
    perCall(n, (i) => code(CODES[i % CODES.length], undefined, "01112-05"))
  );
  line(
    "REIMB.SITES(code)",
    perCall(n, (i) => sites(CODES[i % CODES.length]))
  );
  line(
    "REIMB.SITES(code, , , 1500, TRUE)",
    perCall(n, (i) => sites(CODES[i % CODES.length], undefined, undefined, 1500, true))
  );
  const years = Object.keys(reference.pfs).sort();
  const distinct = reference.pfs[years[years.length - 1]].key.filter((k) => !k.includes("-"));
  const once = distinct.length - 2000;
  line(
    `REIMB.CODE(code), each of ${once} codes once`,
    perCall(once, (i) => code(distinct[i]))
  );
  line(
    `REIMB.SITES(code), each of ${once} codes once`,
    perCall(once, (i) => sites(distinct[i]))
  );
}
