/**
 * Offline manifest checks (office-addin-manifest validate needs Microsoft's online service, which
 * is unreachable here; `npm run validate` stays for people who are online). Proves: the manifest is
 * well-formed; the shared-runtime elements are present, in the order Office requires, and point at
 * files webpack really emits; the production build rewrites every URL to ADDIN_BASE_URL.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { LOCALIZED_METADATA } from "../../scripts/functions-locale";
import { TEST_BASE_URL, productionBuild } from "../support/addin-build";

const ROOT = path.resolve(__dirname, "../..");
const SOURCE = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");

type Node = Record<string, unknown>;
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  preserveOrder: false,
});

function urlsById(xml: string): Map<string, string> {
  const doc = parser.parse(xml) as Node;
  const vo = ((doc.OfficeApp as Node).VersionOverrides as Node).Resources as Node;
  const urls = ((vo["bt:Urls"] as Node)["bt:Url"] as Node[]).map(
    (u) => [u["@id"], u["@DefaultValue"]] as [string, string]
  );
  return new Map(urls);
}

/** Every URL the manifest names: resource defaults, their locale overrides, icons, source pages. */
function everyUrl(xml: string): string[] {
  return [...xml.matchAll(/\s(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
}

/** Locale overrides of one bt:Url, as Locale → Value. */
function overridesOf(xml: string, id: string): Map<string, string> {
  const doc = parser.parse(xml) as Node;
  const vo = ((doc.OfficeApp as Node).VersionOverrides as Node).Resources as Node;
  const url = ((vo["bt:Urls"] as Node)["bt:Url"] as Node[]).find((u) => u["@id"] === id) ?? {};
  const raw = url["bt:Override"];
  const list = (raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]) as Node[];
  return new Map(list.map((o) => [o["@Locale"] as string, o["@Value"] as string]));
}

describe("manifest.xml (offline validation)", () => {
  it("is well-formed XML", () => {
    expect(XMLValidator.validate(SOURCE)).toBe(true);
  });

  const doc = parser.parse(SOURCE) as Node;
  const app = doc.OfficeApp as Node;
  const host = ((app.VersionOverrides as Node).Hosts as Node).Host as Node;

  it("asks for ReadWriteDocument and the SharedRuntime requirement set", () => {
    expect(app.Permissions).toBe("ReadWriteDocument");
    const set = ((app.Requirements as Node).Sets as Node).Set as Node;
    expect(set["@Name"]).toBe("SharedRuntime");
    expect(set["@MinVersion"]).toBe("1.1");
    expect(host["@xsi:type"]).toBe("Workbook");
  });

  it("declares one long-lived runtime before AllFormFactors (Office requires this order)", () => {
    const runtime = (host.Runtimes as Node).Runtime as Node;
    expect(runtime["@resid"]).toBe("Taskpane.Url");
    expect(runtime["@lifetime"]).toBe("long");
    expect(SOURCE.indexOf("<Runtimes>")).toBeLessThan(SOURCE.indexOf("<AllFormFactors>"));
  });

  it("wires custom functions, the function file and the ribbon button to the shared page", () => {
    const ext = (host.AllFormFactors as Node).ExtensionPoint as Node;
    expect(ext["@xsi:type"]).toBe("CustomFunctions");
    expect(((ext.Page as Node).SourceLocation as Node)["@resid"]).toBe("Taskpane.Url");
    const desktop = host.DesktopFormFactor as Node;
    expect((desktop.FunctionFile as Node)["@resid"]).toBe("Taskpane.Url");
    const urls = urlsById(SOURCE);
    expect(urls.get(((ext.Script as Node).SourceLocation as Node)["@resid"] as string)).toMatch(
      /\/functions\.js$/
    );
    expect(urls.get(((ext.Metadata as Node).SourceLocation as Node)["@resid"] as string)).toMatch(
      /\/functions\.json$/
    );
    expect(urls.get("Taskpane.Url")).toMatch(/\/taskpane\.html$/);
    const namespaceId = (ext.Namespace as Node)["@resid"] as string;
    const shortStrings = (
      ((app.VersionOverrides as Node).Resources as Node)["bt:ShortStrings"] as Node
    )["bt:String"] as Node[];
    expect(shortStrings.find((s) => s["@id"] === namespaceId)?.["@DefaultValue"]).toBe("REIMB");
  });

  it("gives Chinese Excel its own function metadata (Microsoft's documented locale override on the metadata URL)", () => {
    const ext = (host.AllFormFactors as Node).ExtensionPoint as Node;
    const metadataId = ((ext.Metadata as Node).SourceLocation as Node)["@resid"] as string;
    const overrides = overridesOf(SOURCE, metadataId);
    expect([...overrides.keys()]).toEqual(["zh-CN"]);
    expect(overrides.get("zh-CN")).toBe(
      urlsById(SOURCE)
        .get(metadataId)!
        .replace(/functions\.json$/, LOCALIZED_METADATA["zh-CN"]!)
    );
  });

  it("defines every resource id it references", () => {
    const defined = new Set(
      [...SOURCE.matchAll(/<bt:(?:Url|Image|String) id="([^"]+)"/g)].map((m) => m[1])
    );
    const referenced = [...SOURCE.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]);
    expect(referenced.filter((id) => !defined.has(id))).toEqual([]);
  });

  it("production build writes a manifest pointing at ADDIN_BASE_URL, and every file it names exists in dist", async () => {
    // The shared test build (test/support/addin-build.ts): the repo's webpack configuration in
    // production mode with ADDIN_BASE_URL set, built once per change of its inputs.
    const build = await productionBuild();
    const out = build.dir;
    const base = TEST_BASE_URL;
    expect(build.errors).toEqual([]);
    const built = fs.readFileSync(path.join(out, "manifest.xml"), "utf8");
    expect(XMLValidator.validate(built)).toBe(true);
    expect(built).not.toContain("localhost");
    for (const url of urlsById(built).values()) {
      expect(url.startsWith(base)).toBe(true);
      const file = url.slice(base.length);
      expect(fs.existsSync(path.join(out, file))).toBe(true);
    }
    // Every URL, locale overrides included, is rewritten and names a file the build emits.
    const urls = everyUrl(built);
    expect(urls.length).toBeGreaterThan(urlsById(built).size);
    const unserved = urls.filter(
      (url) =>
        !url.startsWith(base) ||
        !fs.existsSync(path.join(out, url.slice(base.length).split("#")[0]))
    );
    expect(unserved).toEqual([]);
    expect(overridesOf(built, "Functions.Metadata.Url").get("zh-CN")).toBe(
      base + LOCALIZED_METADATA["zh-CN"]
    );
    // Support and Learn more lead to the help page shipped beside the add-in, not the pane.
    const help = fs.readFileSync(path.join(out, "help.html"), "utf8");
    expect(help).toContain("REIMB.PFS_RVU");
    expect(help).toContain('<h2 id="function-reference">');
    const functions = JSON.parse(fs.readFileSync(path.join(out, "functions.json"), "utf8")) as {
      functions: { id: string }[];
    };
    expect(functions.functions.length).toBeGreaterThan(0);
    const chinese = JSON.parse(
      fs.readFileSync(path.join(out, LOCALIZED_METADATA["zh-CN"]!), "utf8")
    ) as { functions: { id: string }[] };
    expect(chinese.functions.map((f) => f.id)).toEqual(functions.functions.map((f) => f.id));

    // Shared runtime means shared state: the page must load ONE webpack runtime, first, and the
    // pane and the functions must be chunks of it (a runtime per entry would give each its
    // own copy of every module: the CMS data loaded for the functions would be invisible to the pane).
    const page = fs.readFileSync(path.join(out, "taskpane.html"), "utf8");
    const scripts = [...page.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)]
      .map((m) => m[1])
      .filter((src) => !/^https?:/.test(src));
    expect(scripts[0]).toBe("runtime.js");
    expect(scripts.filter((src) => src === "runtime.js")).toHaveLength(1);
    for (const entry of ["taskpane.js", "functions.js"]) {
      expect(scripts).toContain(entry);
      const code = fs
        .readFileSync(path.join(out, entry), "utf8")
        .replace(/^\/\*[\s\S]*?\*\/\s*/, "")
        .replace(/^"use strict";\s*/, "");
      // Minified (`self.webpackChunk…`) or not (`self["webpackChunk…"]`: the test build leaves all
      // but functions.js unminified, test/support/addin-build-worker.js), the same shared array.
      expect([entry, /^\(?(Array\.isArray\()?self(\.|\[")webpackChunk/.test(code)]).toEqual([
        entry,
        true,
      ]);
    }
  }, 600_000);
});

describe("brand, help and languages in the manifest", () => {
  const doc = parser.parse(SOURCE) as Node;
  const app = doc.OfficeApp as Node;

  it("points SupportUrl and LearnMoreUrl at the help page, not the pane", () => {
    expect((app.SupportUrl as Node)["@DefaultValue"]).toBe("https://localhost:3000/help.html");
    expect(urlsById(SOURCE).get("GetStarted.LearnMoreUrl")).toBe(
      "https://localhost:3000/help.html"
    );
  });

  // Office shows DisplayName, Description, the Get Started callout and the ribbon in the user's
  // language when the manifest carries an override for it.
  it("gives every name, description and ribbon string a Chinese override", () => {
    const own = (node: Node): string | undefined =>
      ((node.Override as Node | undefined) ?? {})["@Value"] as string | undefined;
    expect(own(app.DisplayName as Node)).toBe("美国医保报销建模工具");
    expect(own(app.Description as Node)).toMatch(/[\u4e00-\u9fff]/);
    const vo = (app.VersionOverrides as Node).Resources as Node;
    const strings = [
      ...((vo["bt:ShortStrings"] as Node)["bt:String"] as Node[]),
      ...((vo["bt:LongStrings"] as Node)["bt:String"] as Node[]),
    ].filter((s) => s["@id"] !== "Functions.Namespace");
    const missing = strings
      .filter(
        (s) =>
          !/[\u4e00-\u9fff]/.test(
            String(((s["bt:Override"] as Node | undefined) ?? {})["@Value"] ?? "")
          )
      )
      .map((s) => s["@id"]);
    expect(missing).toEqual([]);
  });

  it("has one vector icon source, rendered to every PNG size the manifest names", () => {
    expect(fs.readFileSync(path.join(ROOT, "assets/icon.svg"), "utf8")).toMatch(/^<svg /);
    for (const size of [16, 32, 64, 80, 128]) {
      const png = fs.readFileSync(path.join(ROOT, `assets/icon-${size}.png`));
      // PNG IHDR: width and height are big-endian 32-bit integers at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  it("refuses a production build without ADDIN_BASE_URL", () => {
    const env: NodeJS.ProcessEnv = { ...process.env, OFFICE_ADDIN_USAGE_DATA_DISABLED: "1" };
    delete env.ADDIN_BASE_URL;
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "reimb-nobase-"));
    const build = spawnSync(
      process.execPath,
      [
        path.join(ROOT, "node_modules/webpack/bin/webpack.js"),
        "--mode",
        "production",
        "--output-path",
        out,
      ],
      { cwd: ROOT, env, encoding: "utf8" }
    );
    expect(build.status).not.toBe(0);
    expect(build.stderr + build.stdout).toMatch(/ADDIN_BASE_URL is not set/);
    expect(fs.existsSync(path.join(out, "manifest.xml"))).toBe(false);
  });
});
