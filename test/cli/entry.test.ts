/**
 * The README's `npx reimb classify …` and `node bin/reimb.js …` both reach the CLI. Under npx the
 * bin is reached through a link not named reimb.js; an entry guessed from argv[1] once made it
 * exit 0 silently, doing nothing.
 */
import { spawnSync } from "child_process";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");

// Each npx start costs seconds (npm resolves the package first): the link npx goes through is
// proven once, by the usage text that only the CLI prints; the rest runs through node directly.
describe("npx reimb", () => {
  it("reaches the CLI through the npx link: prints the usage for --help and exits 0", () => {
    const res = spawnSync("npx", ["--no-install", "reimb", "--help"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(res.stdout).toMatch(/usage: reimb <command>[\s\S]*classify <in.xlsx>/);
    expect(res.status).toBe(0);
  });
});

describe.each([["node bin/reimb.js", process.execPath, [path.join(ROOT, "bin", "reimb.js")]]])(
  "%s",
  (_name, command, prefix) => {
    it("prints the usage for --help and exits 0", () => {
      const res = spawnSync(command, [...prefix, "--help"], { cwd: ROOT, encoding: "utf8" });
      expect(res.stdout).toMatch(/usage: reimb <command>[\s\S]*classify <in.xlsx>/);
      expect(res.status).toBe(0);
    });
    it("prints the version for --version and exits 0", () => {
      const res = spawnSync(command, [...prefix, "--version"], { cwd: ROOT, encoding: "utf8" });
      expect(res.stdout).toMatch(/^reimb \d+\.\d+\.\d+\n$/);
      expect(res.status).toBe(0);
    });
    it("names a missing input file and exits 3", () => {
      const res = spawnSync(command, [...prefix, "classify", "no-such-file.xlsx"], {
        cwd: ROOT,
        encoding: "utf8",
      });
      expect(res.stderr).toContain("no-such-file.xlsx");
      expect(res.status).toBe(3);
    });
  }
);
