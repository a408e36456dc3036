import {
  parseCode,
  UNLISTED_CODES,
  unlistedForSection,
  unlistedInfo,
} from "../../../src/domain/codes";
import { hasMessage } from "../../../src/i18n/catalogue";

describe("unlisted CPT and NOC Level II codes (docs/reimbursement.md §2.6, §3.3)", () => {
  it.each([
    ["20999", "CPT", "musculoskeletal", "codes.claim.unlistedCpt"],
    ["64999", "CPT", "nervousSystem", "codes.claim.unlistedCpt"],
    ["29999", "CPT", "arthroscopy", "codes.claim.unlistedCpt"],
    ["19499", "CPT", "breast", "codes.claim.unlistedCpt"],
    ["77299", "CPT", "radiationPlanning", "codes.claim.unlistedCpt"],
    ["77499", "CPT", "radiationManagement", "codes.claim.unlistedCpt"],
    ["E1399", "HCPCS II", "dme", "codes.claim.dmeNoc"],
    ["A9999", "HCPCS II", "dmeSupply", "codes.claim.dmeNoc"],
    ["L2999", "HCPCS II", "lowerLimbOrthosis", "codes.claim.orthosisNos"],
    ["L1499", "HCPCS II", "spinalOrthosis", "codes.claim.orthosisNos"],
    ["L3999", "HCPCS II", "upperLimbOrthosis", "codes.claim.orthosisNos"],
    ["J3490", "HCPCS II", "drug", "codes.claim.drugNoc"],
    ["J3590", "HCPCS II", "biologic", "codes.claim.drugNoc"],
    ["J9999", "HCPCS II", "antineoplastic", "codes.claim.drugNoc"],
    ["Q4100", "HCPCS II", "skinSubstitute", "codes.claim.skinSubstituteNos"],
    ["C1889", "HCPCS II", "oppsDevice", "codes.claim.deviceNocOpps"],
    ["C9399", "HCPCS II", "oppsDrug", "codes.claim.drugNocOpps"],
  ] as const)("%s is a %s unlisted/NOC code (%s)", (code, system, family, claim) => {
    const u = unlistedInfo(code);
    expect(u).toMatchObject({ code, system, family, claimNeeds: claim });
    expect(u!.source).toMatch(/docs\/reimbursement\.md §(2\.6|3\.3)/);
  });

  it("does not call specific codes unlisted", () => {
    for (const code of ["99213", "27447", "E0601", "L1833", "J9271", "Q4101", "0691T", "0242U"])
      expect(unlistedInfo(code)).toBeUndefined();
  });

  it("every row is well formed: shape matches its system, ids exist in the catalogue, no duplicates", () => {
    const seen = new Set<string>();
    for (const u of UNLISTED_CODES) {
      expect(seen.has(u.code)).toBe(false);
      seen.add(u.code);
      const kind = parseCode(u.code).kind;
      expect(u.system === "CPT" ? kind === "cpt-cat-i" : kind === "hcpcs-ii").toBe(true);
      expect(hasMessage(u.claimNeeds)).toBe(true);
      expect(hasMessage(`codes.family.${u.family}`)).toBe(true);
      if (u.range) expect(u.range[0]).toBeLessThanOrEqual(u.range[1]);
      if (u.range && u.system === "CPT") expect(Number(u.code)).toBeLessThanOrEqual(u.range[1]);
    }
  });

  it.each([
    ["27447", "27599"], // total knee arthroplasty → femur/knee
    ["27130", "27299"], // total hip → pelvis/hip
    ["33274", "33999"], // leadless pacemaker → cardiac surgery
    ["63650", "64999"], // spinal neurostimulator electrode → nervous system
    ["93880", "93998"], // duplex carotid → noninvasive vascular (narrower than 93799)
    ["93000", "93799"], // ECG → cardiovascular
    ["29881", "29999"], // knee arthroscopy
    ["L1833", "L2999"], // knee orthosis → lower-limb orthosis NOS
    ["L0650", "L1499"], // spinal orthosis → spinal NOS
    ["L5856", "L5999"], // microprocessor knee → lower-limb prosthesis NOS
  ])(
    "a code only partly fitting, %s, bridges to the section's unlisted code %s",
    (code, bridge) => {
      expect(unlistedForSection(code)?.code).toBe(bridge);
    }
  );

  it("has no section bridge for codes outside the curated ranges", () => {
    for (const code of ["99213", "E0601", "J9271", "0691T", "G0552"])
      expect(unlistedForSection(code)).toBeUndefined();
  });
});
