/**
 * The repository explains itself: every `docs/reimbursement.md §x.y` the code cites is a section of
 * docs/reimbursement.md, every `docs/features.md#anchor` a heading of docs/features.md, and no comment or
 * string sends the reader to an issue number or a workflow number they cannot look up.
 */
import * as fs from "fs";
import * as path from "path";
import {
  REPO,
  anchorOf,
  bareDomainReferences,
  docFiles,
  headingAnchors,
  issueNumbers,
  locations,
  markdownReferences,
  numberedSections,
  productCitations,
  resolvesInRepo,
  sectionCitations,
  sourceFiles,
  workflowNumbers,
} from "./scan";

const DOMAIN = fs.readFileSync(path.join(REPO, "docs/reimbursement.md"), "utf8");
const PRODUCT = fs.readFileSync(path.join(REPO, "docs/features.md"), "utf8");
const SECTIONS = numberedSections(DOMAIN);
const ANCHORS = headingAnchors(PRODUCT);

// This suite's own files spell out the patterns they look for.
const SOURCES = sourceFiles(["test/docs/citations.test.ts", "test/docs/scan.ts"]);
const DOCS = docFiles();

describe("the finders flag what they should (so the repository checks below can fail)", () => {
  const file = (text: string) => ({ file: "x.ts", text });

  it.each([
    ["// docs/reimbursement.md §4.1 (cost tests), §5", ["4.1", "5"]],
    ["rests: 'docs/reimbursement.md §2.3/2.6; §8.8).'", ["2.3", "8.8"]],
    ["// SSA §1861(s) lists the benefit categories; 42 CFR §419.66", []],
  ])("sections cited in %j", (text, sections) => {
    expect(sectionCitations(file(text)).map((c) => c.section)).toEqual(sections);
  });

  it.each([
    ["// (docs/features.md#classify)", "classify", false],
    ["// features.md W2", undefined, true],
    ['source: "features.md Sheet contract"', undefined, true],
    ["// docs/features.md, whole document", undefined, false],
  ])("features.md reference %j", (text, anchor, unqualified) => {
    const [c] = productCitations(file(text), false);
    expect(c.anchor).toBe(anchor);
    expect(c.unqualified).toBe(unqualified);
  });

  it.each([
    ["// see reimbursement.md §4.1", 1],
    ["'rests on reimbursement.md §2.3'; (reimbursement.md)", 2],
    ["// docs/domain.md §4.1 (the former name, also a brief's outside the repository)", 1],
    ["// see domain.md §4.1", 1],
    ['// docs/reimbursement.md §4.1; path.join(REPO, "docs/reimbursement.md")', 0],
  ])("the reimbursement reference named ambiguously in %j", (text, count) => {
    expect(bareDomainReferences(file(text))).toHaveLength(count);
  });

  it.each([
    ["/** Share (issue 6): one action */", 1],
    ["// see issue #12 and issues 2", 2],
    ["// an issue with the file; the ISSUE list", 0],
  ])("issue numbers in %j", (text, count) => {
    expect(issueNumbers(file(text))).toHaveLength(count);
  });

  it.each([
    ['describe("pane state: Start (W1)")', 1],
    ["// W5 on a file, W6: batch", 2],
    ['range("A1:W2"); range("W2:X9"); sheet!W3; $W$4; W7; W10', 0],
  ])("workflow numbers in %j", (text, count) => {
    expect(workflowNumbers(file(text))).toHaveLength(count);
  });

  it.each([
    ["// (docs/cli.md, office-notes.md)", ["docs/cli.md", "office-notes.md"]],
    ['fs.readFileSync(path.resolve(__dirname, "../../README.md"))', ["../../README.md"]],
  ])("Markdown files named in %j", (text, names) => {
    expect(markdownReferences(file(text)).map((r) => r.name)).toEqual(names);
  });

  it("resolves Markdown names the way a reader would look for them", () => {
    expect(resolvesInRepo("src/domain/x.ts", "docs/cli.md")).toBe(true);
    expect(resolvesInRepo("src/domain/x.ts", "pathway-rules.md")).toBe(true);
    expect(resolvesInRepo("test/functions/docs.test.ts", "../../README.md")).toBe(true);
    expect(resolvesInRepo("src/domain/x.ts", "office-notes.md")).toBe(false);
    expect(resolvesInRepo("src/domain/x.ts", "../../../shared/docs/reimbursement.md")).toBe(false);
  });

  it("builds GitHub's anchors from headings", () => {
    expect(anchorOf("Reference data")).toBe("reference-data");
    expect(anchorOf("Non-functional requirements")).toBe("non-functional-requirements");
    expect(anchorOf("4.1 Transitional pass-through (42 CFR 419.66)")).toBe(
      "41-transitional-pass-through-42-cfr-41966"
    );
  });
});

describe("docs/reimbursement.md and docs/features.md", () => {
  it("number the domain sections the way the code cites them (§0–§11, with subsections)", () => {
    for (const s of [
      "0",
      "1",
      "2.3",
      "3.3",
      "4.1",
      "4.2",
      "5",
      "6.2",
      "7",
      "8.1",
      "8.8",
      "8.9",
      "9",
      "10",
      "11",
    ]) {
      expect(SECTIONS).toContain(s);
    }
  });

  it("name the six features, the sheet contract and the truths", () => {
    for (const a of [
      "start",
      "classify",
      "model",
      "reference-data",
      "share",
      "batch",
      "sheet-contract",
      "truths",
    ]) {
      expect(ANCHORS).toContain(a);
    }
  });
});

describe("every citation in src, test, scripts and bench resolves inside the repository", () => {
  it("scans the code base (guards against a scan that silently finds nothing)", () => {
    expect(SOURCES.length).toBeGreaterThan(100);
    expect(SOURCES.flatMap(sectionCitations).length).toBeGreaterThan(200);
  });

  it("every cited docs/reimbursement.md § section exists in docs/reimbursement.md", () => {
    const missing = SOURCES.flatMap(sectionCitations).filter((c) => !SECTIONS.has(c.section));
    expect(locations(missing)).toEqual([]);
  });

  it("every features.md reference is docs/features.md, and its anchor is a heading there", () => {
    const bad = SOURCES.flatMap((f) => productCitations(f, false)).filter(
      (c) => c.unqualified || (c.anchor !== undefined && !ANCHORS.has(c.anchor))
    );
    expect(locations(bad)).toEqual([]);
  });

  it("every Markdown file the code names is in the repository (SOURCES.md is the CMS data folder's own)", () => {
    const outside = SOURCES.flatMap(markdownReferences).filter(
      (r) => r.name !== "SOURCES.md" && !resolvesInRepo(r.file, r.name)
    );
    expect(locations(outside)).toEqual([]);
  });

  it("the domain reference is named by its path in the repository, docs/reimbursement.md", () => {
    expect(locations(SOURCES.flatMap(bareDomainReferences))).toEqual([]);
  });

  it("no comment or string cites an issue number", () => {
    expect(locations(SOURCES.flatMap(issueNumbers))).toEqual([]);
  });

  it("no comment or string cites a workflow number (W1–W6); features have names", () => {
    expect(locations(SOURCES.flatMap(workflowNumbers))).toEqual([]);
  });
});

describe("README and docs/ cite the same way", () => {
  it("every § section and features.md anchor they cite exists", () => {
    const missing = DOCS.flatMap(sectionCitations).filter((c) => !SECTIONS.has(c.section));
    const badAnchors = DOCS.flatMap((f) => productCitations(f, true)).filter(
      (c) => c.anchor !== undefined && !ANCHORS.has(c.anchor)
    );
    expect(locations([...missing, ...badAnchors])).toEqual([]);
  });

  it("no issue or workflow numbers", () => {
    expect(locations([...DOCS.flatMap(issueNumbers), ...DOCS.flatMap(workflowNumbers)])).toEqual(
      []
    );
  });
});
