/**
 * Which CMS data a CLI run uses: one precedence (docs/cli.md, "Which CMS data"), an explicit
 * folder that is wrong is an error (never a silent fallback), and every run can say in one line
 * what it used or why it used none.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { chooseData, dataLine, loadData, type DataPlaces } from "../../src/cli/reference";
import * as loader from "../../src/data/load";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "reimb-data-"));
const emptyFolder = path.join(tmp, "empty");
const otherFolder = path.join(tmp, "other");
const bundle = path.join(tmp, "reference.json.gz");
fs.mkdirSync(emptyFolder);
fs.mkdirSync(otherFolder);
fs.writeFileSync(bundle, "not really a bundle");
const missing = path.join(tmp, "no-such-folder");

const places = (p: Partial<DataPlaces> & { env?: Record<string, string> }): DataPlaces => ({
  option: p.option,
  env: p.env ?? {},
  bundle: p.bundle ?? path.join(tmp, "no-bundle.json.gz"),
  defaultFolder: p.defaultFolder ?? missing,
});

describe("which CMS data: the precedence", () => {
  it.each<[string, Partial<DataPlaces> & { env?: Record<string, string> }, unknown]>([
    [
      "--data wins over REIMB_DATA_DIR, the bundle and the default folder",
      {
        option: otherFolder,
        env: { REIMB_DATA_DIR: emptyFolder },
        bundle,
        defaultFolder: emptyFolder,
      },
      { kind: "folder", folder: otherFolder, origin: "option" },
    ],
    [
      "REIMB_DATA_DIR wins over a built bundle",
      { env: { REIMB_DATA_DIR: otherFolder }, bundle, defaultFolder: emptyFolder },
      { kind: "folder", folder: otherFolder, origin: "env" },
    ],
    [
      "the bundle, when nothing is named",
      { bundle, defaultFolder: emptyFolder },
      { kind: "bundle", file: bundle },
    ],
    [
      "the default folder, without a bundle",
      { defaultFolder: otherFolder },
      { kind: "folder", folder: otherFolder, origin: "default" },
    ],
    ["none, when nothing is there", {}, { kind: "none", reason: "notFound" }],
    [
      "REIMB_NO_REFERENCE=1 turns off REIMB_DATA_DIR and the bundle",
      { env: { REIMB_NO_REFERENCE: "1", REIMB_DATA_DIR: otherFolder }, bundle },
      { kind: "none", reason: "off" },
    ],
    [
      "but not an explicit --data",
      { option: otherFolder, env: { REIMB_NO_REFERENCE: "1" } },
      { kind: "folder", folder: otherFolder, origin: "option" },
    ],
    [
      "an empty REIMB_DATA_DIR counts as unset",
      { env: { REIMB_DATA_DIR: " " }, defaultFolder: otherFolder },
      { kind: "folder", folder: otherFolder, origin: "default" },
    ],
  ])("%s", (_name, p, expected) => {
    expect(chooseData(places(p), "en")).toEqual({ ok: true, choice: expected });
  });

  it.each<[string, { option?: string; env?: Record<string, string> }, RegExp]>([
    ["a mistyped REIMB_DATA_DIR", { env: { REIMB_DATA_DIR: missing } }, /REIMB_DATA_DIR/],
    ["a mistyped --data", { option: missing }, /--data/],
    ["--data naming a file", { option: bundle }, /--data/],
  ])(
    "%s is an error naming the folder and where it came from, even with a bundle there",
    (_n, p, from) => {
      const chosen = chooseData(places({ ...p, bundle, defaultFolder: otherFolder }), "en");
      expect(chosen.ok).toBe(false);
      const message = chosen.ok ? "" : chosen.message;
      expect(message).toContain(p.option ?? missing);
      expect(message).toMatch(from);
    }
  );
});

describe("which CMS data: loading and the one line", () => {
  it("an explicit empty folder is an error, not a run without data", async () => {
    const loaded = await loadData(places({ option: emptyFolder }), "en");
    expect(loaded).toEqual({ ok: false, message: expect.stringContaining(emptyFolder) });
  });

  it("an empty default folder: no data, and the line says why", async () => {
    const loaded = await loadData(places({ defaultFolder: emptyFolder }), "en");
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.reference).toBeUndefined();
    expect(loaded.used).toMatchObject({ source: "none", datasets: [] });
    expect(dataLine(loaded.used, "en")).toBe(
      `CMS data: none (no CMS file could be read in ${emptyFolder}); CMS-based checks (deleted codes, PFS status, NOC) are left out.`
    );
  });

  it("nothing anywhere: the line names where it looked", async () => {
    const loaded = await loadData(places({}), "en");
    if (!loaded.ok) throw new Error(loaded.message);
    const line = dataLine(loaded.used, "en");
    expect(line).toContain(missing);
    expect(line).toContain("no REIMB_DATA_DIR or --data");
    expect(line.split("\n")).toHaveLength(1);
  });

  it("a damaged default bundle: no data, said, not thrown", async () => {
    const loaded = await loadData(places({ bundle }), "en");
    expect(loaded.ok).toBe(true);
    if (loaded.ok)
      expect(dataLine(loaded.used, "en")).toMatch(
        /^CMS data: none \(.*reference\.json\.gz could not be read/
      );
  });

  it("REIMB_NO_REFERENCE=1: the line says the data was turned off, in Chinese too", async () => {
    const loaded = await loadData(places({ env: { REIMB_NO_REFERENCE: "1" } }), "zh-CN");
    if (!loaded.ok) throw new Error(loaded.message);
    expect(dataLine(loaded.used, "zh-CN")).toMatch(/^CMS 数据：无（REIMB_NO_REFERENCE=1）/);
  });

  const dataDir = process.env.REIMB_DATA_DIR ?? path.resolve(__dirname, "../../../shared/data/cms");
  const hasData = fs.existsSync(path.join(dataDir, "hcpcs"));
  if (!hasData) console.log(`skipped: no CMS data folder at ${dataDir} (set REIMB_DATA_DIR)`);
  (hasData ? it : it.skip)(
    "a real CMS folder given with --data: datasets with their years in one short line, and E0601 known",
    async () => {
      const loaded = await loadData(places({ option: dataDir }), "en");
      if (!loaded.ok) throw new Error(loaded.message);
      expect(loaded.used).toMatchObject({ source: "folder", path: dataDir, origin: "option" });
      const names = loaded.used.datasets.map((d) => d.dataset);
      expect(names).toEqual(
        expect.arrayContaining(["PFS RVU", "GPCI", "HCPCS Level II", "DMEPOS"])
      );
      // The folder holds PFS RVU files for CY2025 (RVU25A, RVU25D) and CY2026 (RVU26C): both years.
      expect(loaded.used.datasets.find((d) => d.dataset === "PFS RVU")?.years).toEqual([
        2025, 2026,
      ]);
      const line = dataLine(loaded.used, "en");
      expect(line).toMatch(/^CMS data: .*PFS RVU CY2025\/CY2026.*\(from .*, --data\)/);
      expect(line.length).toBeLessThan(400);
      expect(loaded.reference?.lookup("E0601")?.inCurrentFiles).toBe(true);
    }
  );
});

describe("a folder is parsed once per process while its files are unchanged", () => {
  const dataDir = process.env.REIMB_DATA_DIR ?? path.resolve(__dirname, "../../../shared/data/cms");
  const gpci = path.join(dataDir, "pfs_rvu/2026_gpci/GPCI2026.csv");
  const have = fs.existsSync(gpci);
  if (!have) console.log(`skipped: ${gpci} not found (set REIMB_DATA_DIR)`);
  (have ? it : it.skip)("same files → the same parse; a changed file → parsed again", async () => {
    const folder = fs.mkdtempSync(path.join(tmp, "memo-"));
    const copy = path.join(folder, "GPCI2026.csv");
    fs.copyFileSync(gpci, copy);
    const parse = jest.spyOn(loader, "loadReferenceFromFiles");
    const first = await loadData(places({ option: folder }), "en");
    const second = await loadData(places({ option: folder }), "en");
    if (!first.ok || !second.ok) throw new Error("the GPCI file should load");
    expect(first.used.datasets.map((d) => d.dataset)).toEqual(["GPCI"]);
    expect(second.used).toEqual(first.used);
    expect(parse).toHaveBeenCalledTimes(1);
    // A file the user replaced (same name, new content and time) is read again, never served stale.
    fs.writeFileSync(copy, "not a CMS file\n");
    fs.utimesSync(copy, new Date(), new Date(Date.now() + 5000));
    const third = await loadData(places({ option: folder }), "en");
    expect(parse).toHaveBeenCalledTimes(2);
    expect(third.ok).toBe(false);
    parse.mockRestore();
  });
});
