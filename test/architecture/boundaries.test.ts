/**
 * README "Design notes": src/domain imports nothing from Office, React, Node or the DOM, and hosts are the
 * only code that touches their platform. Checked on the source text so a new import fails CI.
 */
import * as fs from "fs";
import * as path from "path";

const SRC = path.resolve(__dirname, "../../src");

function sourceFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(e.name) ? [full] : [];
  });
}

function imports(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  return [
    ...text.matchAll(
      /(?:import|export)[^'"]*?from\s+["']([^"']+)["']|require\(\s*["']([^"']+)["']\s*\)|import\(\s*["']([^"']+)["']\s*\)/g
    ),
  ].map((m) => m[1] ?? m[2] ?? m[3]);
}

/** Source without comments and string contents: messages may say "Excel." or "window." freely. */
function codeOnly(file: string): string {
  return fs
    .readFileSync(file, "utf8")
    .replace(/"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, '""')
    .replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
}

const NODE_BUILTINS =
  /^(node:|fs$|path$|os$|child_process$|http$|https$|util$|zlib$|crypto$|stream$|url$|worker_threads$)/;
const PLATFORM = /^(react|react-dom|@fluentui\/|@microsoft\/office-js|office-addin)/;
const DOM_GLOBALS =
  /\b(document|window|localStorage|sessionStorage|navigator|Office|Excel|CustomFunctions)\s*\./;

/** Every folder under src and its role (README "Layout"); the checks below name them from here. */
const AREAS = {
  pure: ["domain", "i18n", "data"],
  hosts: ["excel", "functions", "taskpane", "cli"],
  fileTransforms: ["xlsx", "shareCopy"],
};

/** Whether a relative import from `file` lands in one of the `areas` folders of src. */
function importsArea(file: string, spec: string, areas: string[]): boolean {
  if (!spec.startsWith(".")) return false;
  const [top] = path.relative(SRC, path.resolve(path.dirname(file), spec)).split(path.sep);
  return areas.includes(top ?? "");
}

describe("src holds the areas the README's Layout names", () => {
  // A folder renamed or added without updating the lists here would escape the checks below.
  it("has no folder this test does not know", () => {
    const folders = fs
      .readdirSync(SRC, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort();
    expect(folders).toEqual(Object.values(AREAS).flat().sort());
  });
});

describe.each(AREAS.pure)("src/%s stays pure", (area) => {
  const files = sourceFiles(path.join(SRC, area));
  it("has files to check", () => {
    expect(files.length).toBeGreaterThan(0);
  });
  it.each(files.map((f) => [path.relative(SRC, f), f]))(
    "%s imports no Node, Office, React or DOM",
    (_rel, file) => {
      const bad = imports(file).filter(
        (spec) =>
          NODE_BUILTINS.test(spec) ||
          PLATFORM.test(spec) ||
          importsArea(file, spec, [...AREAS.hosts, ...AREAS.fileTransforms])
      );
      expect(bad).toEqual([]);
      expect(codeOnly(file).match(DOM_GLOBALS)?.[0]).toBeUndefined();
    }
  );
});

describe("only src/excel touches Excel.*", () => {
  const hosts = [
    ...AREAS.pure,
    ...AREAS.fileTransforms,
    ...AREAS.hosts.filter((a) => a !== "excel"),
  ].flatMap((a) => sourceFiles(path.join(SRC, a)));
  it.each(hosts.map((f) => [path.relative(SRC, f), f]))(
    "%s does not call Excel.run / Excel.*",
    (_rel, file) => {
      expect(
        codeOnly(file).match(/\bExcel\.(run|RequestContext|Range|Worksheet|Table)\b/)?.[0]
      ).toBeUndefined();
    }
  );
});

describe("src/cli does not import the Office adapter", () => {
  // Both hosts share the write-back policy and sheet addresses through src/domain; the CLI taking a
  // helper from src/excel would tie the Node command to Office.js code and let the hosts drift.
  const files = sourceFiles(path.join(SRC, "cli"));
  it("has files to check", () => {
    expect(files.length).toBeGreaterThan(0);
  });
  it.each(files.map((f) => [path.relative(SRC, f), f]))(
    "%s imports nothing from src/excel",
    (_rel, file) => {
      expect(imports(file).filter((spec) => /(^|\/)excel(\/|$)/.test(spec))).toEqual([]);
    }
  );
});
