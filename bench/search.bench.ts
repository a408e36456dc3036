/**
 * Code search quality and speed: names of real drugs and devices as a user types them (brands,
 * biosimilar suffixes, device words, typos), each with the HCPCS Level II code CMS's HCPCS file
 * (HCPC2025_OCT_ANWEB) gives it. Prints top-1 / top-3 hit rates, the misses, the one-off index
 * build time and the time per query (goal < 5 ms). Asserts nothing.
 */
import * as fs from "fs";
import { performance } from "perf_hooks";
import { dataDir, loadCodeReference } from "../scripts/data-load";

/** [what a user types, the code that describes it]. */
export const KNOWN: ReadonlyArray<readonly [string, string]> = [
  ["Keytruda (pembrolizumab)", "J9271"],
  ["pembrolizamab", "J9271"],
  ["Opdivo nivolumab", "J9299"],
  ["nivolumb", "J9299"],
  ["Kanjinti trastuzumab-anns", "Q5117"],
  ["trastuzumab anns", "Q5117"],
  ["Herceptin trastuzumab", "J9355"],
  ["Hercessi trastuzumab-strf", "Q5146"],
  ["Ontruzant", "Q5112"],
  ["Mvasi bevacizumab-awwb", "Q5107"],
  ["Zirabev bevacizumab bvzr", "Q5118"],
  ["Avastin bevacizumab", "J9035"],
  ["Avsola infliximab-axxq", "Q5121"],
  ["Inflectra", "Q5103"],
  ["infliximab-abda Renflexis", "Q5104"],
  ["Remicade infliximab", "J1745"],
  ["Byooviz ranibizumab-nuna", "Q5124"],
  ["Neulasta pegfilgrastim", "J2506"],
  ["Fulphila pegfilgrastim-jmdb", "Q5108"],
  ["Ruxience rituximab-pvvr", "Q5119"],
  ["Rituxan rituximab", "J9312"],
  ["Darzalex daratumamab", "J9145"],
  ["Imfinzi durvalumab", "J9173"],
  // J1300 (eculizumab, 10 mg) ended 2025-03-31; J1299 (2 mg) replaced it on 2025-04-01.
  ["Soliris eculizumab", "J1299"],
  ["Eylea aflibercept", "J0178"],
  ["Prolia denosumab", "J0897"],
  ["Tepezza teprotumumab", "J3241"],
  ["Botox onabotulinumtoxinA", "J0585"],
  ["CPAP machine", "E0601"],
  ["continuous positive airway pressure device", "E0601"],
  ["bi-level respiratory assist device", "E0470"],
  ["heated humidifier for CPAP", "E0562"],
  // K0553/K0554 (therapeutic CGM) ended 2022-12-31; non-adjunctive A4239/E2103 replaced them.
  ["non-adjunctive CGM supply allowance", "A4239"],
  ["CGM receiver non-adjunctive", "E2103"],
  ["CGM sensor disposable non-durable", "A9276"],
  ["CGM transmitter external", "A9277"],
  ["adjunctive non-implanted continuous glucose monitor", "E2102"],
  ["external ambulatory insulin pump", "E0784"],
  ["oxygen concentrator single delivery port", "E1390"],
  ["pneumatic compressor home model", "E0650"],
  ["Epifix amniotic graft", "Q4186"],
  ["dual chamber implantable cardioverter defibrillator", "C1721"],
  ["bone anchored auditory osseointegrated device", "L8690"],
];

export async function run(): Promise<void> {
  if (!fs.existsSync(process.env.REIMB_DATA_DIR ?? dataDir())) {
    console.log(`(skipped: no CMS data folder at ${dataDir()}; set REIMB_DATA_DIR)`);
    return;
  }
  const ref = await loadCodeReference();
  if (!ref?.searchCodes) {
    console.log("(skipped: the loaded reference has no HCPCS file)");
    return;
  }
  let t0 = performance.now();
  ref.searchCodes("warm-up builds the index", 1);
  const buildMs = performance.now() - t0;
  let top1 = 0;
  let top3 = 0;
  const misses: string[] = [];
  t0 = performance.now();
  const rounds = 20;
  for (let r = 0; r < rounds; r++)
    for (const [text, code] of KNOWN) {
      const hits = ref.searchCodes(text, 3).map((m) => m.code);
      if (r > 0) continue;
      if (hits[0] === code) top1++;
      if (hits.includes(code)) top3++;
      else misses.push(`${text} → ${hits.join(", ") || "nothing"} (want ${code})`);
    }
  const perQuery = (performance.now() - t0) / (rounds * KNOWN.length);
  const pct = (n: number) => `${((100 * n) / KNOWN.length).toFixed(0)}%`;
  console.log(`code search over HCPCS descriptors: ${KNOWN.length} names`);
  console.log(
    `  top-1 ${top1}/${KNOWN.length} (${pct(top1)}), top-3 ${top3}/${KNOWN.length} (${pct(top3)})`
  );
  console.log(`  index build (once) ${buildMs.toFixed(0)} ms; ${perQuery.toFixed(3)} ms per query`);
  for (const m of misses) console.log(`  miss: ${m}`);
}
