/**
 * The help page (scripts/help-page.js) renders the README's user sections; these cases pin the
 * Markdown subset the README uses, and that nothing from the README reaches the page unescaped.
 */
import * as fs from "fs";
import * as path from "path";
const help = require("../../scripts/help-page") as {
  renderHelpPage(readme: string): string;
  markdownToHtml(md: string): string;
  SECTIONS: string[];
};

describe("help page", () => {
  test.each([
    ["# Title", '<h1 id="title">Title</h1>'],
    [
      "Use `=REIMB.PATHWAY(<a>)` **now**.",
      "<p>Use <code>=REIMB.PATHWAY(&lt;a&gt;)</code> <strong>now</strong>.</p>",
    ],
    ["- one\n- two", "<ul><li>one</li><li>two</li></ul>"],
    ["1. first\n2. second", "<ol><li>first</li><li>second</li></ol>"],
    [
      "| a | b |\n|---|---|\n| 1 | 2 |",
      "<table><thead><tr><th>a</th><th>b</th></tr></thead><tbody><tr><td>1</td><td>2</td></tr></tbody></table>",
    ],
    ["```\n<script>\n```", "<pre><code>&lt;script&gt;</code></pre>"],
    [
      "See [docs](docs/cli.md) and [CMS](https://www.cms.gov/).",
      '<p>See docs and <a href="https://www.cms.gov/">CMS</a>.</p>',
    ],
  ])("%j", (md, html) => {
    expect(help.markdownToHtml(md)).toBe(html);
  });

  test("the page holds the README's usage and function reference", () => {
    const readme = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
    const page = help.renderHelpPage(readme);
    for (const s of help.SECTIONS) expect(page).toContain(`>${s}</h2>`);
    expect(page).toContain("REIMB.BREAKEVEN");
    expect(page).not.toMatch(/<script/i);
  });

  test("a README without a help section stops the build", () => {
    expect(() => help.renderHelpPage("# Nothing here")).toThrow(/lacks a help section/);
  });
});
