/** The downloader never writes outside .data/cms, whatever the URL's last segment decodes to. */
import { fileNameOf } from "../../scripts/data-download";

describe("data:download file names", () => {
  it.each([
    [
      "https://www.cms.gov/files/zip/rvu26a-updated-01-08-2026.zip",
      "rvu26a-updated-01-08-2026.zip",
    ],
    ["https://www.cms.gov/files/zip/january%202026%20addendum.zip", "january 2026 addendum.zip"],
    ["https://example.org/files/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd", "passwd"],
    ["https://example.org/files/..%5C..%5Cevil.zip", "evil.zip"],
    ["https://example.org/files/50%-off.csv", "50%-off.csv"],
    ["https://example.org/", "download"],
  ])("%s → %s", (url, name) => {
    expect(fileNameOf(url)).toBe(name);
  });
});
