/**
 * The command line says what it does and refuses clearly: one option parser for both commands,
 * the same bad input refused the same way by `classify` and `share`, an existing output never
 * replaced without --force, control characters in cell text never reaching the terminal raw,
 * and one line per run saying which CMS data it used. Workbooks are made here with ExcelJS.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import * as classify from "../../src/cli/classify";
import * as share from "../../src/cli/share";
import { main, version } from "../../src/cli/main";
import { parseCommandLine, type OptionSpec } from "../../src/cli/options";
import { printable } from "../../src/cli/output";
import { setLocale } from "../../src/i18n/catalogue";

const HEADERS = [
  "Product ID",
  "Product",
  "Product type",
  "Site of care",
  "FDA status",
  "Candidate code(s)",
  "Code fit",
];
// E0601 is CPAP (HCPCS Level II, DME); 64624 genicular nerve ablation (CPT).
const ROWS = [
  [
    "P-1",
    "SomnaAir CPAP",
    "home-use durable equipment",
    "home",
    "510(k) cleared",
    "E0601",
    "describes",
  ],
  [
    "P-2",
    "Genicular RF probe",
    "procedure device",
    "hospital outpatient",
    "510(k) cleared",
    "64624",
    "describes",
  ],
];

let dir: string;
let out: { stdout: string[]; stderr: string[] };
const savedEnv = { ...process.env };

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "reimb-cli-files-"));
});
afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
  setLocale("en");
});
beforeEach(() => {
  // These runs are about files and messages: without CMS data they stay fast (the data line says so).
  process.env.REIMB_NO_REFERENCE = "1";
  delete process.env.REIMB_DATA_DIR;
  out = { stdout: [], stderr: [] };
  jest
    .spyOn(console, "log")
    .mockImplementation((...a: unknown[]) => void out.stdout.push(a.join(" ")));
  jest
    .spyOn(console, "error")
    .mockImplementation((...a: unknown[]) => void out.stderr.push(a.join(" ")));
});
afterEach(() => {
  jest.restoreAllMocks();
  process.env = { ...savedEnv };
});

const file = (name: string): string => path.join(dir, name);

async function makeBook(name: string, rows: (string | null)[][] = ROWS): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Products");
  ws.addRow(HEADERS);
  for (const r of rows) ws.addRow(r);
  const p = file(name);
  await wb.xlsx.writeFile(p);
  return p;
}

async function read(p: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(p);
  return wb;
}

describe("one option parser", () => {
  const SPECS: OptionSpec[] = [
    { name: "output", short: "o", type: "string" },
    { name: "json", type: "boolean" },
  ];
  it.each<[string[], unknown]>([
    [
      ["a.xlsx", "-o", "b.xlsx", "--json"],
      { ok: true, values: { output: "b.xlsx", json: true }, positionals: ["a.xlsx"] },
    ],
    [
      ["--output=b.xlsx", "a.xlsx"],
      { ok: true, values: { output: "b.xlsx" }, positionals: ["a.xlsx"] },
    ],
    [["--", "-odd.xlsx"], { ok: true, values: {}, positionals: ["-odd.xlsx"] }],
    [["-", "-o", "-"], { ok: true, values: { output: "-" }, positionals: ["-"] }],
    [["--frobnicate"], { ok: false, problem: { kind: "unknown", option: "--frobnicate" } }],
    [["--frobnicate=1"], { ok: false, problem: { kind: "unknown", option: "--frobnicate" } }],
    [["-x"], { ok: false, problem: { kind: "unknown", option: "-x" } }],
    [["-o"], { ok: false, problem: { kind: "missingValue", option: "-o" } }],
    [["-o", "--json"], { ok: false, problem: { kind: "missingValue", option: "-o" } }],
    [["--output="], { ok: false, problem: { kind: "missingValue", option: "--output" } }],
    [["--json=yes"], { ok: false, problem: { kind: "unexpectedValue", option: "--json" } }],
    [
      ["-o", "a.xlsx", "--output", "b.xlsx"],
      { ok: false, problem: { kind: "repeated", option: "--output" } },
    ],
  ])("%j", (argv, expected) => {
    expect(parseCommandLine(argv, SPECS)).toEqual(expected);
  });

  it.each([
    ["classify", classify.run, ["in.xlsx", "--frobnicate"]],
    ["share", share.run, ["in.xlsx", "-o", "x.xlsx", "--frobnicate"]],
  ] as const)(
    "%s: an unknown option is named with the options allowed, not Node's parser text",
    async (command, run, argv) => {
      expect(await run([...argv])).toBe(2);
      const text = out.stderr.join("\n");
      expect(text).toContain(
        `reimb ${command}: unknown option --frobnicate. Options: -o, --output <out.xlsx>;`
      );
      expect(text).toContain("--lang <en|zh-CN>; -h, --help");
      expect(text).toContain(`usage: reimb ${command}`);
      expect(text).not.toMatch(/positional argument|ERR_PARSE_ARGS/);
    }
  );

  it("an unknown option is refused in the language asked for", async () => {
    expect(await classify.run(["in.xlsx", "--frobnicate", "--lang", "zh-CN"])).toBe(2);
    expect(out.stderr.join("\n")).toContain("reimb classify：未知选项 --frobnicate。");
  });

  it("`reimb --version` prints the package's version; --help lists it", async () => {
    const pkg = JSON.parse(
      fs.readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")
    ) as { version: string };
    expect(version()).toBe(pkg.version);
    expect(await main(["--version"])).toBe(0);
    expect(out.stdout).toEqual([`reimb ${pkg.version}`]);
    expect(await main(["--help"])).toBe(0);
    expect(out.stdout.join("\n")).toContain("reimb --version");
  });

  it("an option before the command is called an option, and the commands are listed", async () => {
    expect(await main(["--json"])).toBe(2);
    expect(out.stderr.join("\n")).toContain(
      'reimb: unknown option "--json" before the command (commands: classify, share'
    );
  });
});

describe("the same bad input, the same answer from both commands", () => {
  const runBoth = async (input: string): Promise<{ code: number; message: string }[]> => {
    const results: { code: number; message: string }[] = [];
    for (const [command, run, extra] of [
      ["classify", classify.run, ["-o", file("never.xlsx")]],
      ["share", share.run, ["-o", file("never.xlsx")]],
    ] as const) {
      out.stderr = [];
      const code = await run([input, ...extra]);
      results.push({
        code,
        message: out.stderr.join("\n").replace(`reimb ${command}`, "reimb <command>"),
      });
    }
    return results;
  };

  it.each([
    ["a missing file", () => file("no-such.xlsx"), "input file not found"],
    ["a folder", () => dir, "is a folder, not a workbook file"],
    [
      "an .xls workbook",
      () => (fs.writeFileSync(file("old.xls"), "\xd0\xcf\x11\xe0"), file("old.xls")),
      "is an Excel 97-2003 workbook (.xls): open it in Excel and save it as .xlsx",
    ],
    [
      "a CSV",
      () => (fs.writeFileSync(file("list.csv"), "Product ID,Product\n"), file("list.csv")),
      "is a text file (CSV), not a workbook",
    ],
  ])("%s: exit 3, the same message, nothing written", async (_name, make, says) => {
    const [c, s] = await runBoth(make());
    expect(c).toEqual(s);
    expect(c.code).toBe(3);
    expect(c.message).toContain(says);
    expect(fs.existsSync(file("never.xlsx"))).toBe(false);
  });

  const root = process.getuid?.() === 0;
  if (root)
    console.log("skipped: unreadable-file case (running as root, which can read a mode-000 file)");
  (root ? it.skip : it)("an unreadable file: exit 3, permission denied, from both", async () => {
    const locked = await makeBook("locked.xlsx");
    fs.chmodSync(locked, 0o000);
    try {
      const [c, s] = await runBoth(locked);
      expect(c).toEqual(s);
      expect(c).toEqual({
        code: 3,
        message: `reimb <command>: cannot read ${locked}: permission denied`,
      });
    } finally {
      fs.chmodSync(locked, 0o600);
    }
  });

  it.each([
    ["classify", classify.run],
    ["share", share.run],
  ] as const)("%s -o out.csv is refused before anything is read (exit 2)", async (command, run) => {
    const book = await makeBook(`ext-${command}.xlsx`);
    expect(await run([book, "-o", file("out.csv")])).toBe(2);
    expect(out.stderr.join("\n")).toContain(
      `reimb ${command}: the output ${file("out.csv")} must be named .xlsx`
    );
    expect(fs.existsSync(file("out.csv"))).toBe(false);
  });

  it.each([
    ["classify", classify.run],
    ["share", share.run],
  ] as const)(
    "%s: an output in a folder that does not exist is refused before any work (exit 2)",
    async (command, run) => {
      const book = await makeBook(`nofolder-${command}.xlsx`);
      const target = path.join(dir, "no-such-folder", "out.xlsx");
      expect(
        await run([book, "-o", target, "--vintage", "x"].slice(0, command === "share" ? 5 : 3))
      ).toBe(2);
      expect(out.stderr.join("\n")).toContain(`the folder ${path.dirname(target)} does not exist`);
    }
  );
});

describe("an existing output is a user's file", () => {
  it("classify twice: the second run refuses to replace the output the user typed in (exit 5), --force replaces it", async () => {
    const book = await makeBook("twice.xlsx");
    const output = classify.defaultOutputPath(book);
    expect(await classify.run([book])).toBe(0);

    // The user records evidence work in the output's Evidence table (Status column).
    const wb = await read(output);
    const ev = wb.getWorksheet("Evidence")!;
    let statusCol = 0;
    ev.getRow(1).eachCell((c, col) => {
      if (c.value === "Status") statusCol = col;
    });
    expect(statusCol).toBeGreaterThan(0);
    ev.getCell(2, statusCol).value = "Requested from MAC 2026-03-02";
    await wb.xlsx.writeFile(output);
    const typed = fs.readFileSync(output);

    out.stderr = [];
    expect(await classify.run([book])).toBe(5);
    expect(out.stderr.join("\n")).toContain(
      `reimb classify: ${output} already exists and may hold what you typed`
    );
    expect(out.stderr.join("\n")).toContain("--force");
    expect(fs.readFileSync(output).equals(typed)).toBe(true);

    // Re-running on the output keeps the user's Status (the way to keep working in it).
    const next = file("twice.v2.xlsx");
    expect(await classify.run([output, "-o", next])).toBe(0);
    const v2 = (await read(next)).getWorksheet("Evidence")!;
    const statuses: unknown[] = [];
    v2.eachRow((row) => statuses.push(row.getCell(statusCol).value));
    expect(statuses).toContain("Requested from MAC 2026-03-02");

    expect(await classify.run([book, "--force"])).toBe(0);
    expect(fs.readFileSync(output).equals(typed)).toBe(false);
  });

  it("share -o over an existing file: exit 5 naming it, untouched; --force replaces it", async () => {
    const book = await makeBook("share-me.xlsx");
    const output = file("share-me (shared).xlsx");
    fs.writeFileSync(output, "my earlier shared copy");
    expect(await share.run([book, "-o", output, "--vintage", "test vintage"])).toBe(5);
    expect(out.stderr.join("\n")).toContain(`reimb share: ${output} already exists`);
    expect(fs.readFileSync(output, "utf8")).toBe("my earlier shared copy");
    expect(await share.run([book, "-o", output, "--vintage", "test vintage", "--force"])).toBe(0);
    expect((await read(output)).getWorksheet("Products")).toBeDefined();
  });

  it("an output that is a folder is refused (exit 2)", async () => {
    const book = await makeBook("into-folder.xlsx");
    fs.mkdirSync(file("folder.xlsx"));
    expect(await classify.run([book, "-o", file("folder.xlsx"), "--force"])).toBe(2);
    expect(out.stderr.join("\n")).toContain("is a folder; name a file");
  });
});

describe("control characters never reach the terminal raw", () => {
  it.each([
    ["ESC CSI clear screen", "A\x1b[2JB", "A\\x1b[2JB"],
    ["OSC window title ended by BEL", "\x1b]0;owned\x07x", "\\x1b]0;owned\\x07x"],
    ["C1 CSI", "a\x9b31mb", "a\\x9b31mb"],
    ["carriage return over a line", "safe\rEVIL", "safe\\x0dEVIL"],
    ["backspace and DEL", "ab\x08\x7f", "ab\\x08\\x7f"],
    ["right-to-left override", "invoice\u202Efdp.exe", "invoice\\u{202e}fdp.exe"],
    ["new lines and tabs stay", "line 1\n\tline 2", "line 1\n\tline 2"],
    ["Chinese text stays", "产品 E0601", "产品 E0601"],
  ])("%s", (_name, text, shown) => {
    expect(printable(text)).toBe(shown);
  });

  const EVIL = "\x1b]0;pwned\x07CPAP\x1b[2J\x1b[8m";
  it("--summary and problem lines print no raw control character; --json stays exact JSON", async () => {
    const book = await makeBook("evil.xlsx", [
      ["P-1", EVIL, "home-use durable equipment", "home", "510(k) cleared", "E0601", "describes"],
      ["P-2\x1b[31m", "Bad site", "implant", "ofi\x1bce", "PMA approved", null, null],
    ]);
    expect(await classify.run([book, "-o", file("evil.out.xlsx"), "--summary"])).toBe(1);
    const printed = [...out.stdout, ...out.stderr].join("\n");
    expect(printed).toContain("P-1");
    expect(printed).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);

    out.stdout = [];
    out.stderr = [];
    expect(await classify.run([book, "-o", file("evil.json.xlsx"), "--json"])).toBe(1);
    expect(out.stderr.join("\n")).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(() => JSON.parse(out.stdout.join("\n"))).not.toThrow();
  });

  it("a --sheet value with escapes is shown as text in the no-sheet message (exit 4)", async () => {
    const book = await makeBook("sheet-name.xlsx");
    expect(
      await classify.run([
        book,
        "-o",
        file("sheet-name.out.xlsx"),
        "--sheet",
        "\x1b]0;pwned\x07Plan",
      ])
    ).toBe(4);
    const printed = out.stderr.join("\n");
    expect(printed).not.toMatch(/[\x1b\x07]/);
    expect(printed).toContain("\\x1b]0;pwned\\x07Plan");
  });

  it("a file name with an escape sequence is shown as text, by both commands", async () => {
    const name = file("book\x1b[2J.xlsx");
    for (const run of [classify.run, share.run]) {
      out.stderr = [];
      expect(await run([name, "-o", file("never.xlsx")])).toBe(3);
      expect(out.stderr.join("\n")).toContain("book\\x1b[2J.xlsx");
      expect(out.stderr.join("\n")).not.toContain("\x1b");
    }
  });
});

describe("which CMS data, visibly", () => {
  it("without data, one line on stderr says none and why; --json carries it as a field", async () => {
    const book = await makeBook("nodata.xlsx");
    expect(await classify.run([book, "-o", file("nodata.out.xlsx"), "--json"])).toBe(0);
    const lines = out.stderr.filter((l) => l.startsWith("CMS data:"));
    expect(lines).toEqual([
      "CMS data: none (REIMB_NO_REFERENCE=1); CMS-based checks (deleted codes, PFS status, NOC) are left out.",
    ]);
    const json = JSON.parse(out.stdout.join("\n")) as { data: unknown };
    expect(json.data).toEqual({
      source: "none",
      datasets: [],
      rejected: [],
      reason: "REIMB_NO_REFERENCE=1",
    });
  });

  it.each([
    [
      "a mistyped REIMB_DATA_DIR",
      (p: string) => ((process.env.REIMB_DATA_DIR = p), [] as string[]),
      "REIMB_DATA_DIR",
    ],
    ["a mistyped --data", (p: string) => ["--data", p], "--data"],
  ])(
    "%s: exit 3 naming the folder, nothing written (no silent fallback)",
    async (_name, give, from) => {
      delete process.env.REIMB_NO_REFERENCE;
      const book = await makeBook(`typo-${from.length}.xlsx`);
      const output = file(`typo-${from.length}.out.xlsx`);
      const typo = path.join(dir, "cms-dta");
      const extra = give(typo);
      expect(await classify.run([book, "-o", output, ...extra])).toBe(3);
      expect(out.stderr.join("\n")).toContain(
        `the CMS data folder ${typo} (from ${from}) does not exist`
      );
      expect(fs.existsSync(output)).toBe(false);
    }
  );
});
