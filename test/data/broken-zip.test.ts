/**
 * One damaged zip among the files a user chooses must not keep the good ones from loading: the
 * loader reports it as a rejected file (with the reason) and loads the rest, never throwing.
 */
import { zipSync } from "fflate";
import { loadReferenceFromFiles } from "../../src/data/load";
import { describeWithData, file } from "./helpers";

describeWithData("a damaged zip beside good files", () => {
  const gpci = file("pfs_rvu/2026_gpci/GPCI2026.csv");
  const good = zipSync({ "GPCI2026.csv": gpci.bytes });

  it.each([
    // A download cut off halfway: the local header is there, the central directory is not.
    ["truncated", good.slice(0, Math.floor(good.length / 2))],
    // The zip signature followed by garbage.
    [
      "garbage after the signature",
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]),
    ],
  ])("%s zip: rejected by name, the GPCI file beside it still loaded", async (_case, bytes) => {
    const result = await loadReferenceFromFiles([
      { name: "rvu26-broken.zip", bytes },
      { name: "GPCI2026.csv", bytes: gpci.bytes },
    ]);
    const broken = result.files.find((f) => f.file === "rvu26-broken.zip");
    expect(broken).toMatchObject({ status: "rejected" });
    expect(broken && "text" in broken ? broken.text : "").toMatch(/^rvu26-broken\.zip: \S/);
    expect(result.files.find((f) => f.file === "GPCI2026.csv")).toMatchObject({
      status: "loaded",
      dataset: "GPCI",
      when: "CY2026",
    });
    expect(result.vintage.entries.map((e) => e.dataset)).toContain("GPCI");
  });

  it("a damaged zip nested inside a good one is rejected under its full name", async () => {
    const outer = zipSync({
      "inner.zip": new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9]),
      "GPCI2026.csv": gpci.bytes,
    });
    const result = await loadReferenceFromFiles([{ name: "outer.zip", bytes: outer }]);
    expect(result.files.find((f) => f.file === "outer.zip/inner.zip")).toMatchObject({
      status: "rejected",
    });
    expect(result.files.find((f) => f.file === "outer.zip/GPCI2026.csv")).toMatchObject({
      status: "loaded",
    });
  });
});
