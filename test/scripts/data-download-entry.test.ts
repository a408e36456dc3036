/**
 * `npm run data:download` runs scripts/data-download.ts through bin/run-ts.js, where
 * `require.main` is run-ts.js: an entry check on `require.main === module` alone made the command
 * do nothing, exit 0. And only https:// URLs are fetched. Both are checked without network: a
 * refused URL is answered before anything is fetched.
 */
import { spawnSync } from "child_process";
import * as path from "path";
import { isEntry, refuseUrl } from "../../scripts/data-download";

const ROOT = path.resolve(__dirname, "../..");
const SCRIPT = path.join(ROOT, "scripts", "data-download.ts");

describe("data:download URLs", () => {
  it.each([
    ["http://www.cms.gov/files/zip/rvu26a-updated-01-08-2026.zip", /only https/],
    ["HTTP://www.cms.gov/files/zip/26clabq1.zip", /only https/],
    ["ftp://example.org/rvu.zip", /only https/],
    ["file:///etc/passwd", /only https/],
    ["www.cms.gov/files/zip/26clabq1.zip", /is not a URL/],
  ])("%s is refused", (url, why) => {
    expect(refuseUrl(url)).toMatch(why);
  });
  it("an https CMS address is accepted", () => {
    expect(refuseUrl("https://www.cms.gov/files/zip/26clabq1.zip")).toBeUndefined();
  });
});

describe("data:download entry", () => {
  it("knows it is the program when run-ts passes its path in argv[1]", () => {
    expect(isEntry(path.relative(process.cwd(), SCRIPT), undefined)).toBe(true);
    expect(isEntry(path.join(ROOT, "bin", "run-ts.js"), undefined)).toBe(false);
    expect(isEntry(undefined, undefined)).toBe(false);
  });

  it("`node bin/run-ts.js scripts/data-download.ts http://…` runs and refuses, fetching nothing", () => {
    const res = spawnSync(
      process.execPath,
      [
        path.join(ROOT, "bin", "run-ts.js"),
        "scripts/data-download.ts",
        "http://www.cms.gov/files/zip/26clabq1.zip",
      ],
      { cwd: ROOT, encoding: "utf8" }
    );
    expect(res.stderr).toContain("only https:// addresses are fetched");
    expect(res.status).toBe(2);
  });
});
