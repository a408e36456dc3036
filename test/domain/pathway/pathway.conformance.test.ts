/**
 * The pathway rules against CMS's own files (../shared/data/cms): the curated NOC list agrees with
 * CMS's HCPCS Level II descriptors, real PFS statuses produce the right warnings, and every
 * table-driven case keeps its pathway when the real reference data is loaded.
 */
import { describeWithData, loadAll } from "../../data/helpers";
import { CmsCodeReference } from "../../../src/domain/reference/codeReference";
import { vintageOf } from "../../../src/domain/reference/vintage";
import { classify } from "../../../src/domain/pathway";
import { UNLISTED_CODES } from "../../../src/domain/codes";
import { AS_OF, CASES } from "./cases";

describeWithData("pathway rules over the CMS files", () => {
  let ref: CmsCodeReference;
  beforeAll(async () => {
    const loaded = await loadAll();
    ref = new CmsCodeReference(loaded.reference, vintageOf(loaded.reference));
  });

  it("every curated Level II NOC code is a NOC code in CMS's HCPCS file", () => {
    const notNoc = UNLISTED_CODES.filter((u) => u.system === "HCPCS II").filter((u) => ref.lookup(u.code)?.isNotOtherwiseClassified !== true).map((u) => u.code);
    expect(notNoc).toEqual([]);
  });

  it("every curated unlisted CPT code is in the CY2026 PFS file, contractor-priced (status C) or, for lab codes, X", () => {
    const off = UNLISTED_CODES.filter((u) => u.system === "CPT")
      .map((u) => [u.code, ref.lookup(u.code)?.pfsStatus] as const)
      .filter(([, s]) => s !== "C" && s !== "X");
    expect(off).toEqual([]);
  });

  it.each([
    ["0469T", "software analysis", "pfs-status-n"],
    ["A9291", "digital therapeutic", "pfs-status-x"],
    ["G0552", "digital therapeutic", "pfs-status-c"],
    ["98978", "remote monitoring", "pfs-status-c"],
  ] as const)("%s (%s) warns %s from the real PFS status", (code, productType, warning) => {
    const c = classify({ productType, siteOfCare: "office", candidateCodes: [code], codeFit: "describes", fdaStatus: "510(k) cleared" }, ref, { asOf: AS_OF });
    expect(c.warnings.map((w) => w.code)).toContain(warning);
  });

  it("every table-driven case keeps its pathway, target and next gate with the real data loaded", () => {
    const changed = CASES.map((k) => ({ k, c: classify(k.facts, ref, { asOf: AS_OF }) }))
      .filter(({ k, c }) => c.pathway !== k.pathway || c.targetCodeSystem !== k.target || c.nextGate !== k.nextGate)
      .map(({ k, c }) => `${k.name}: ${c.pathway}/${c.targetCodeSystem}/${c.nextGate}`);
    expect(changed).toEqual([]);
  });

  it("no real code in the cases is reported missing from the files", () => {
    const missing = CASES.flatMap((k) => classify(k.facts, ref, { asOf: AS_OF }).warnings.filter((w) => w.code === "code-not-in-files").map((w) => w.params?.code));
    // 1036F is a Category II code (set aside before lookup); D-codes and invalid text never reach the files.
    expect(missing).toEqual([]);
  });
});
