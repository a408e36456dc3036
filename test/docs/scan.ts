/**
 * Finds the references a reader of the code follows: `docs/reimbursement.md §x.y` sections (and bare `§x.y`
 * after them), `docs/features.md#anchor` sections, and the references that lead nowhere inside the
 * repository (issue numbers, workflow numbers). Used by citations.test.ts; kept apart so its own
 * cases can prove each finder flags what it should.
 */
import * as fs from "fs";
import * as path from "path";

export const REPO = path.resolve(__dirname, "../..");

/** Where code and its comments live. */
export const SOURCE_DIRS = ["src", "test", "scripts", "bench"];
const SOURCE_EXT = /\.(ts|tsx|js|mjs|cjs)$/;

export interface Finding {
  file: string;
  line: number;
  text: string;
}

export interface SourceFile {
  file: string;
  text: string;
}

function walk(dir: string, keep: (name: string) => boolean, out: string[]): void {
  if (!fs.existsSync(dir)) return;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, keep, out);
    else if (keep(entry.name)) out.push(full);
  }
}

/** Source files under SOURCE_DIRS, paths relative to the repository. */
export function sourceFiles(except: readonly string[] = []): SourceFile[] {
  const files: string[] = [];
  for (const dir of SOURCE_DIRS) walk(path.join(REPO, dir), (n) => SOURCE_EXT.test(n), files);
  return files
    .map((f) => path.relative(REPO, f).split(path.sep).join("/"))
    .filter((f) => !except.includes(f))
    .sort()
    .map((file) => ({ file, text: fs.readFileSync(path.join(REPO, file), "utf8") }));
}

/** README.md and docs/*.md, paths relative to the repository. */
export function docFiles(): SourceFile[] {
  const files = ["README.md"];
  walk(path.join(REPO, "docs"), (n) => n.endsWith(".md"), files);
  return files
    .map((f) => (path.isAbsolute(f) ? path.relative(REPO, f).split(path.sep).join("/") : f))
    .filter((f) => fs.existsSync(path.join(REPO, f)))
    .sort()
    .map((file) => ({ file, text: fs.readFileSync(path.join(REPO, file), "utf8") }));
}

function lineOf(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

function excerpt(text: string, index: number, length: number): string {
  return text
    .slice(Math.max(0, index - 30), index + length + 30)
    .replace(/\s+/g, " ")
    .trim();
}

/** Section numbers of a numbered Markdown document: "## 2. CPT…" → "2", "### 2.3 Category III" → "2.3". */
export function numberedSections(markdown: string): Set<string> {
  const out = new Set<string>();
  for (const m of markdown.matchAll(/^#{2,4}\s+(\d+(?:\.\d+)*)\.?\s/gm)) out.add(m[1]);
  return out;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces → hyphens. */
export function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .replace(/\s/g, "-");
}

export function headingAnchors(markdown: string): Set<string> {
  const out = new Set<string>();
  for (const m of markdown.matchAll(/^#{1,6}\s+(.+?)\s*$/gm)) out.add(anchorOf(m[1]));
  return out;
}

/**
 * `§` references that point into docs/reimbursement.md. The code cites `docs/reimbursement.md §4.1` and then, in the same
 * breath, bare `§5` or `§2.3`; statute sections (`SSA §1861(s)`, `42 U.S.C. §1395`) are not ours.
 */
export function sectionCitations(f: SourceFile): Array<Finding & { section: string }> {
  const out: Array<Finding & { section: string }> = [];
  for (const m of f.text.matchAll(/§\s?(\d+(?:\.\d+)*)/g)) {
    const before = f.text.slice(Math.max(0, m.index - 12), m.index);
    if (/(SSA|Act|CFR|U\.S\.C\.|USC|ch\.\s?\d+)\s*$/.test(before)) continue;
    out.push({
      file: f.file,
      line: lineOf(f.text, m.index),
      text: excerpt(f.text, m.index, m[0].length),
      section: m[1],
    });
  }
  return out;
}

/**
 * features.md references. In code they must name the file by its repository path and may carry an
 * anchor: `docs/features.md#classify`. Inside docs/ a relative `features.md#share` link is fine.
 */
export function productCitations(
  f: SourceFile,
  relativeAllowed: boolean
): Array<Finding & { anchor?: string; unqualified: boolean }> {
  const out: Array<Finding & { anchor?: string; unqualified: boolean }> = [];
  for (const m of f.text.matchAll(/(docs\/)?features\.md(#[\w-]+)?/g)) {
    const prev = m.index > 0 ? f.text[m.index - 1] : "";
    if (/[\w-]/.test(prev)) continue; // another file, e.g. my-features.md
    out.push({
      file: f.file,
      line: lineOf(f.text, m.index),
      text: excerpt(f.text, m.index, m[0].length),
      anchor: m[2]?.slice(1),
      unqualified: !m[1] && !relativeAllowed,
    });
  }
  return out;
}

/**
 * The reimbursement reference named so that a reader might take it for another file: without its
 * folder (`reimbursement.md`), or by its former name `domain.md`, which is also the name of the
 * background brief the project started from, outside the repository. Code names it by its path,
 * `docs/reimbursement.md`.
 */
export function bareDomainReferences(f: SourceFile): Finding[] {
  const out: Finding[] = [];
  for (const m of f.text.matchAll(/(?<![\w.-])domain\.md\b|(?<![\w/.-])reimbursement\.md\b/g)) {
    out.push({ file: f.file, line: lineOf(f.text, m.index), text: excerpt(f.text, m.index, 9) });
  }
  return out;
}

/** "issue 6", "issue #12", "issues 2 and 5": numbers of a tracker a reader of the repository does not have. */
export function issueNumbers(f: SourceFile): Finding[] {
  const out: Finding[] = [];
  for (const m of f.text.matchAll(/\bissues?\s*#?\d+/gi)) {
    out.push({
      file: f.file,
      line: lineOf(f.text, m.index),
      text: excerpt(f.text, m.index, m[0].length),
    });
  }
  return out;
}

/**
 * Workflow numbers W1–W6 (the features have names: Start, Classify, Model, Reference data, Share,
 * Batch). A cell address or range such as `A1:W2` or `$W$3` is not a workflow number.
 */
export function workflowNumbers(f: SourceFile): Finding[] {
  const out: Finding[] = [];
  for (const m of f.text.matchAll(/\bW[1-6]\b/g)) {
    const prev = m.index > 0 ? f.text[m.index - 1] : "";
    const rangeEnd = /^:\$?[A-Z]{1,3}\$?\d/.test(f.text.slice(m.index + 2, m.index + 10));
    if (prev === ":" || prev === "$" || prev === "!" || rangeEnd) continue;
    out.push({
      file: f.file,
      line: lineOf(f.text, m.index),
      text: excerpt(f.text, m.index, m[0].length),
    });
  }
  return out;
}

export function locations(findings: readonly Finding[]): string[] {
  return findings.map((x) => `${x.file}:${x.line}: ${x.text}`);
}

/** Markdown files a comment or string names (`docs/cli.md`, `office-notes.md`), as written. */
export function markdownReferences(f: SourceFile): Array<Finding & { name: string }> {
  const out: Array<Finding & { name: string }> = [];
  for (const m of f.text.matchAll(/(?<![\w.-])((?:\.\.?\/)*[\w-]+(?:\/[\w-]+)*\.md)\b/g)) {
    out.push({
      file: f.file,
      line: lineOf(f.text, m.index),
      text: excerpt(f.text, m.index, m[0].length),
      name: m[1],
    });
  }
  return out;
}

/** Where a named Markdown file is in the repository: as a repository path, beside the citing file, or in docs/. */
export function resolvesInRepo(citingFile: string, name: string): boolean {
  const candidates = [
    path.join(REPO, name),
    path.join(REPO, path.dirname(citingFile), name),
    path.join(REPO, "docs", name),
  ];
  return candidates.some((c) => c.startsWith(REPO) && fs.existsSync(c));
}
