/**
 * The production page loads Office.js from Microsoft's CDN (required by Office); the test harness
 * page loads nothing from the network (the in-memory Excel stands in for Office).
 */
import * as fs from "fs";
import * as path from "path";

const root = path.resolve(__dirname, "../..");
const read = (file: string): string => fs.readFileSync(path.join(root, file), "utf8");
const scriptSources = (html: string): string[] =>
  [...html.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);

test("taskpane.html loads office.js from the Office CDN and nothing else remote", () => {
  const sources = scriptSources(read("src/taskpane/taskpane.html"));
  expect(sources).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js"]);
});

test("the harness page references no remote resource", () => {
  const html = read("test/e2e/harness/harness.html");
  expect(scriptSources(html)).toEqual([]);
  expect(html).not.toMatch(/\b(src|href)="https?:/);
});
