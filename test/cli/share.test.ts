import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as ExcelJS from "exceljs";
import { EXIT, run } from "../../src/cli/share";
import { buildModelWorkbook, EXPECTED } from "../shareCopy/modelFixture";

let dir: string;
let out: string[];
let err: string[];

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "reimb-share-"));
  out = [];
  err = [];
  jest.spyOn(console, "log").mockImplementation((...a: unknown[]) => void out.push(a.join(" ")));
  jest.spyOn(console, "error").mockImplementation((...a: unknown[]) => void err.push(a.join(" ")));
});
afterEach(() => {
  jest.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function model(
  name: string,
  opts: Parameters<typeof buildModelWorkbook>[0] = {}
): Promise<string> {
  const file = path.join(dir, name);
  fs.writeFileSync(file, await buildModelWorkbook(opts));
  return file;
}

async function sheetNames(file: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb.worksheets.map((w) => w.name);
}

describe("reimb share", () => {
  it("writes the shared copy end to end and leaves the input byte for byte as it was", async () => {
    const input = await model("Q3 model.xlsx");
    const before = fs.readFileSync(input);
    const output = path.join(dir, "Q3 model (shared).xlsx");
    expect(await run([input, "-o", output, "--vintage", "PFS CY2026 RVU26C (July)"])).toBe(EXIT.ok);
    expect(fs.readFileSync(input).equals(before)).toBe(true);
    expect(await sheetNames(output)).toEqual(["About this model", "Model", "Assumptions"]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    expect(wb.getWorksheet("Model")!.getCell("E2").value).toBe(EXPECTED.pay99213);
    expect(wb.getWorksheet("Model")!.getCell("G2").formula).toBe("E2*F2");
    expect(out.join("\n")).toContain("4 were re-checked");
    expect(out.join("\n")).toContain(`wrote ${output}`);
  });

  it("refuses to write over the input, even spelled differently", async () => {
    const input = await model("m.xlsx");
    const spelled = path.join(dir, ".", "..", path.basename(dir), "m.xlsx");
    expect(await run([input, "-o", spelled])).toBe(EXIT.usage);
    expect(err.join("\n")).toContain("the output would overwrite the input file");
  });

  it("stops on stale values and errors without --yes, listing each cell, and writes nothing", async () => {
    const input = await model("stale.xlsx", { stale: true, withError: true });
    const output = path.join(dir, "shared.xlsx");
    expect(await run([input, "-o", output])).toBe(EXIT.needsConfirmation);
    expect(fs.existsSync(output)).toBe(false);
    const text = out.join("\n");
    expect(text).toContain("Model!E3 is out of date: it shows 14.88, the add-in now gives 15.36.");
    expect(text).toContain("Model!B9 shows the error #VALUE!.");
    expect(err.join("\n")).toContain("--yes");
  });

  it("shares stale values with --yes", async () => {
    const input = await model("stale.xlsx", { stale: true });
    const output = path.join(dir, "shared.xlsx");
    expect(await run([input, "-o", output, "--yes"])).toBe(EXIT.ok);
    expect(fs.existsSync(output)).toBe(true);
  });

  it("shares the chosen sheets only", async () => {
    const input = await model("m.xlsx");
    const output = path.join(dir, "shared.xlsx");
    expect(await run([input, "-o", output, "--sheets", "Model"])).toBe(EXIT.ok);
    expect(await sheetNames(output)).toEqual(["About this model", "Model"]);
  });

  it("names the allowed sheets when a chosen one does not exist", async () => {
    const input = await model("m.xlsx");
    expect(await run([input, "-o", path.join(dir, "s.xlsx"), "--sheets", "Modle"])).toBe(
      EXIT.sheets
    );
    expect(err.join("\n")).toContain(
      'There is no sheet named "Modle". Sheets you can share: Model, Assumptions, Scratch'
    );
  });

  it("prints a JSON report", async () => {
    const input = await model("m.xlsx");
    const output = path.join(dir, "s.xlsx");
    expect(await run([input, "-o", output, "--json"])).toBe(EXIT.ok);
    const json = JSON.parse(out.join("\n"));
    expect(json.report.replaced).toBe(4);
    expect(json.report.sheetsLeftOut).toEqual(["Scratch", "_reimb_state"]);
  });

  it.each([
    [[], "name the workbook"],
    [["m.xlsx"], "-o <out.xlsx>"],
    [["m.xlsx", "-o", "x.csv"], "the output x.csv must be named .xlsx"],
    [["m.xlsx", "-o", "x.xlsx", "--year", "1999"], "--year must be one of 2025, 2026"],
    [
      ["m.xlsx", "-o", "x.xlsx", "--frobnicate"],
      "unknown option --frobnicate. Options: -o, --output <out.xlsx>;",
    ],
  ])("explains bad usage %j", async (args, message) => {
    expect(await run(args)).toBe(EXIT.usage);
    expect(err.join("\n")).toContain(message);
  });

  it("says so when the input is not a workbook", async () => {
    const input = path.join(dir, "notes.xlsx");
    fs.writeFileSync(input, "Code,Payment\n99213,95.19\n");
    expect(await run([input, "-o", path.join(dir, "s.xlsx")])).toBe(EXIT.inputFile);
    expect(err.join("\n")).toContain("This is a CSV (text) file");
  });
});

describe("reimb share --lang", () => {
  it("rejects an unknown language with exit 2, naming the allowed values, and writes nothing", async () => {
    const input = await model("lang.xlsx");
    const output = path.join(dir, "lang (shared).xlsx");
    expect(await run([input, "-o", output, "--lang", "xx"])).toBe(EXIT.usage);
    expect(err.join("\n")).toBe('reimb share: --lang must be one of en, zh-CN (got "xx").');
    expect(fs.existsSync(output)).toBe(false);
  });

  it("accepts a known language in any case", async () => {
    const input = await model("lang-ok.xlsx");
    const output = path.join(dir, "lang-ok (shared).xlsx");
    expect(
      await run([input, "-o", output, "--lang", "ZH-cn", "--vintage", "PFS CY2026 RVU26C (July)"])
    ).toBe(EXIT.ok);
    expect(fs.existsSync(output)).toBe(true);
  });

  it("refuses a symlink to the input as the shared copy", async () => {
    const input = await model("sym.xlsx");
    const link = path.join(dir, "sym-link.xlsx");
    fs.symlinkSync(input, link);
    expect(await run([input, "-o", link])).toBe(EXIT.usage);
    expect(err.join("\n")).toContain("the output would overwrite the input file");
  });
});
