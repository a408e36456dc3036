/**
 * The rule register and its document: every rule of every stage table has a unique id, says what
 * it does and cites a source in the repository's own docs; docs/pathway-rules.md carries the
 * register exactly as the tables define it (regenerate with
 * `UPDATE_DOCS=1 npx jest test/domain/pathway/register`).
 */
import * as fs from "fs";
import * as path from "path";
import { allRules } from "../../../src/domain/pathway/stages";
import { GATE_RULES, PRODUCT_TYPE_RULES, RULES } from "../../../src/domain/pathway";

const DOC = path.join(__dirname, "..", "..", "..", "docs", "pathway-rules.md");
const BEGIN =
  "<!-- register:begin (generated from src/domain/pathway/stages; do not edit by hand) -->";
const END = "<!-- register:end -->";

function cell(s: string): string {
  return s.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function registerMarkdown(): string {
  const out: string[] = [];
  let table = "";
  for (const { stage, table: t, kind, rule } of allRules()) {
    if (t !== table) {
      table = t;
      out.push(
        "",
        `### ${t} (${kind === "first" ? "first rule that applies" : "every rule that applies"}; stage ${stage})`,
        "",
        "| id | rule | source |",
        "| --- | --- | --- |"
      );
    }
    out.push(`| \`${rule.id}\` | ${cell(rule.says)} | ${cell(rule.source)} |`);
  }
  out.push(
    "",
    "### Rule ids a classification reports (`Classification.ruleIds`)",
    "",
    "| id | source |",
    "| --- | --- |"
  );
  for (const [id, source] of Object.entries(RULES)) out.push(`| \`${id}\` | ${cell(source)} |`);
  out.push(
    "",
    "### Gates and their owners (`GATE_RULES`)",
    "",
    "| gate | owner | source |",
    "| --- | --- | --- |"
  );
  for (const [id, g] of Object.entries(GATE_RULES))
    out.push(`| \`${id}\` | \`${g.owner}\` | ${cell(g.source)} |`);
  out.push(
    "",
    "### Product types (`PRODUCT_TYPE_RULES`)",
    "",
    "| product type | coding role | product's Level II letters | pass-through | NTAP | NT-APC | source |",
    "| --- | --- | --- | --- | --- | --- | --- |"
  );
  const yn = (b: boolean) => (b ? "yes" : "no");
  for (const [t, r] of Object.entries(PRODUCT_TYPE_RULES))
    out.push(
      `| ${t} | ${r.role} | ${r.productPrefixes || "—"} | ${yn(r.passThroughCandidate)} | ${yn(r.ntapCandidate)} | ${yn(r.newTechApcCandidate)} | ${cell(r.source)} |`
    );
  return out.join("\n") + "\n";
}

describe("pathway rule register", () => {
  const rules = allRules();

  it("has unique ids, each with a statement and a source in the repository's docs", () => {
    const ids = rules.map((r) => r.rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { rule } of rules) {
      expect(rule.says.length).toBeGreaterThan(10);
      expect(rule.source).toMatch(/docs\/reimbursement\.md §|features\.md|judgement/);
    }
  });

  it("is listed in docs/pathway-rules.md exactly as the tables define it", () => {
    const doc = fs.readFileSync(DOC, "utf8");
    const generated = registerMarkdown();
    const start = doc.indexOf(BEGIN);
    const end = doc.indexOf(END);
    if (process.env.UPDATE_DOCS === "1") {
      const block = `${BEGIN}\n${generated}${END}`;
      const next =
        start >= 0 && end > start
          ? doc.slice(0, start) + block + doc.slice(end + END.length)
          : `${doc.trimEnd()}\n\n## The rule register\n\n${block}\n`;
      fs.writeFileSync(DOC, next);
      return;
    }
    expect(start).toBeGreaterThanOrEqual(0);
    expect(doc.slice(start + BEGIN.length + 1, end)).toBe(generated);
    for (const { rule } of rules) expect(doc).toContain(`\`${rule.id}\``);
  });
});
