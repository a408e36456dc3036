/**
 * The help page shipped with the add-in (dist/help.html, the manifest's SupportUrl and LearnMoreUrl):
 * the README's user sections ("Using it", "Function reference", "Sharing a workbook") rendered to
 * HTML at build time, so the page says exactly what the README says.
 *
 * The README uses a small, regular subset of Markdown (headings, paragraphs, lists, tables, fenced
 * code, `code`, **bold**, [links](…)); this renderer covers that subset and escapes everything else.
 * No Markdown library is in the dependency tree, and adding one for three sections was not worth it.
 */
const SECTIONS = ["Using it", "Function reference", "Sharing a workbook"];

function escapeHtml(text) {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function slug(text) {
  return text
    .toLowerCase()
    .replace(/[`*]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** Inline Markdown: code spans first (their content is literal), then bold and links. */
function inline(text) {
  return text
    .split(/(`[^`]*`)/)
    .map((part) => {
      if (part.startsWith("`") && part.endsWith("`") && part.length > 1)
        return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      return escapeHtml(part)
        .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
        .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label, href) => {
          // Links into the repository's docs have no page beside the add-in: keep the text only.
          const safe = /^(https?:|#)/.test(href) ? href : undefined;
          return safe ? `<a href="${safe}">${label}</a>` : label;
        });
    })
    .join("");
}

function cells(row) {
  return row
    .trim()
    .replace(/^\||\|$/g, "")
    .split("|")
    .map((c) => c.trim());
}

/** Markdown (the README subset) → HTML. */
function markdownToHtml(markdown) {
  const lines = markdown.split(/\r?\n/);
  const out = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (/^```/.test(line)) {
      const code = [];
      for (i++; i < lines.length && !/^```/.test(lines[i]); i++) code.push(lines[i]);
      i++;
      out.push(`<pre><code>${escapeHtml(code.join("\n"))}</code></pre>`);
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const level = Math.min(heading[1].length, 6);
      out.push(`<h${level} id="${slug(heading[2])}">${inline(heading[2])}</h${level}>`);
      i++;
      continue;
    }
    if (/^\s*\|/.test(line) && i + 1 < lines.length && /^\s*\|[\s:|-]+\|\s*$/.test(lines[i + 1])) {
      const head = cells(line);
      const body = [];
      for (i += 2; i < lines.length && /^\s*\|/.test(lines[i]); i++) body.push(cells(lines[i]));
      out.push(
        `<table><thead><tr>${head.map((h) => `<th>${inline(h)}</th>`).join("")}</tr></thead><tbody>` +
          body.map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join("")}</tr>`).join("") +
          "</tbody></table>"
      );
      continue;
    }
    const item = /^(\s*)([-*]|\d+\.)\s+(.*)$/.exec(line);
    if (item) {
      const ordered = /\d/.test(item[2]);
      const items = [];
      while (i < lines.length) {
        const m = /^(\s*)([-*]|\d+\.)\s+(.*)$/.exec(lines[i]);
        if (m) {
          items.push(m[3]);
          i++;
        } else if (/^\s{2,}\S/.test(lines[i]) && items.length > 0) {
          items[items.length - 1] += " " + lines[i].trim();
          i++;
        } else break;
      }
      const tag = ordered ? "ol" : "ul";
      out.push(`<${tag}>${items.map((t) => `<li>${inline(t)}</li>`).join("")}</${tag}>`);
      continue;
    }
    if (line.trim() === "") {
      i++;
      continue;
    }
    const para = [];
    while (
      i < lines.length &&
      lines[i].trim() !== "" &&
      !/^(#{1,6}\s|```|\s*\||\s*([-*]|\d+\.)\s)/.test(lines[i])
    )
      para.push(lines[i++].trim());
    out.push(`<p>${inline(para.join(" "))}</p>`);
  }
  return out.join("\n");
}

/** The README's `## <title>` sections named in SECTIONS, in README order. */
function helpSections(readme) {
  const parts = readme.split(/^(?=## )/m);
  return parts.filter((p) => SECTIONS.some((s) => p.startsWith(`## ${s}`)));
}

/** The whole help page. */
function renderHelpPage(readme) {
  const sections = helpSections(readme);
  if (sections.length !== SECTIONS.length)
    throw new Error(`README.md lacks a help section: expected ${SECTIONS.join(", ")}`);
  const body = markdownToHtml(sections.join("\n"));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>US Reimbursement Modeler — Help</title>
<link rel="icon" href="assets/icon-32.png">
<style>
  body { font: 15px/1.55 "Segoe UI", system-ui, sans-serif; max-width: 52rem; margin: 0 auto; padding: 1.5rem; color: #242424; }
  header { display: flex; gap: .75rem; align-items: center; border-bottom: 1px solid #e0e0e0; padding-bottom: 1rem; }
  header img { width: 40px; height: 40px; }
  h1 { font-size: 1.5rem; margin: 0; } h2 { margin-top: 2rem; border-bottom: 1px solid #eee; } h3 { font-size: 1.05rem; }
  code { font-family: Consolas, "Cascadia Mono", monospace; background: #f3f3f3; padding: 0 .2em; border-radius: 3px; }
  pre { background: #f3f3f3; padding: .75rem; overflow-x: auto; border-radius: 4px; } pre code { background: none; padding: 0; }
  table { border-collapse: collapse; display: block; overflow-x: auto; } th, td { border: 1px solid #ddd; padding: .3rem .5rem; text-align: left; vertical-align: top; }
  a { color: #0f6cbd; }
  @media (prefers-color-scheme: dark) {
    body { background: #1f1f1f; color: #f0f0f0; } code, pre { background: #2b2b2b; } th, td { border-color: #444; } a { color: #62abf5; }
  }
</style>
</head>
<body>
<header><img src="assets/icon-80.png" alt=""><h1>US Reimbursement Modeler — Help</h1></header>
<main>
${body}
</main>
</body>
</html>
`;
}

module.exports = { renderHelpPage, markdownToHtml, helpSections, SECTIONS };
