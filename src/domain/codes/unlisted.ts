/**
 * Unlisted CPT codes and not-otherwise-classified (NOC) HCPCS Level II codes: the temporary
 * "bridge" codes a claim can carry while no specific code describes the product or service.
 *
 * Curated, not exhaustive. Codes named in docs/reimbursement.md cite the section that names them; the others
 * cite the descriptor in the CPT code book / CMS HCPCS Level II file and are marked so the
 * reference-data work (which reads CMS's files and sets `isNotOtherwiseClassified`) can confirm or
 * replace them. The pathway engine also trusts `CodeReference.lookup(code).isNotOtherwiseClassified`.
 *
 * `range` lets the engine name the unlisted code of the same CPT section (or L-code family) as a
 * listed code that only partly fits: 27447 "partially" → bridge 27599 (femur or knee).
 */
import type { TargetCodeSystem } from "../pathway/types";

export interface UnlistedCode {
  code: string;
  system: "CPT" | "HCPCS II";
  /** Section or family key; its display name is catalogue id `codes.family.<family>`. */
  family: string;
  /** The code system a permanent code for the same item is sought in. */
  bridgeTo: TargetCodeSystem;
  /** Catalogue id of what a claim on this code must carry. */
  claimNeeds: string;
  /** docs/reimbursement.md section (or the named official descriptor file) this row rests on. */
  source: string;
  /** Inclusive numeric range of the codes of the same section/family (CPT: 5 digits; L-codes: the 4 digits). */
  range?: readonly [number, number];
}

const D26 = "docs/reimbursement.md §2.6";
const D33 = "docs/reimbursement.md §3.3";
/** Descriptor from the CPT code book; not separately listed in docs/reimbursement.md (§2.6 "commonly ending in 99"). */
const CPT_BOOK =
  "docs/reimbursement.md §2.6 (descriptor: AMA CPT code book; confirm with CMS PFS file)";
const HCPCS_FILE =
  "docs/reimbursement.md §3.3 (descriptor: CMS HCPCS Level II file; confirm with reference data)";

const CPT_CLAIM = "codes.claim.unlistedCpt";

function cpt(
  code: string,
  family: string,
  source: string,
  range?: readonly [number, number],
  bridgeTo: TargetCodeSystem = "CPT III"
): UnlistedCode {
  return range
    ? { code, system: "CPT", family, bridgeTo, claimNeeds: CPT_CLAIM, source, range }
    : { code, system: "CPT", family, bridgeTo, claimNeeds: CPT_CLAIM, source };
}
function l2(
  code: string,
  family: string,
  claimNeeds: string,
  source: string,
  range?: readonly [number, number]
): UnlistedCode {
  return range
    ? { code, system: "HCPCS II", family, bridgeTo: "HCPCS II", claimNeeds, source, range }
    : { code, system: "HCPCS II", family, bridgeTo: "HCPCS II", claimNeeds, source };
}

export const UNLISTED_CODES: readonly UnlistedCode[] = [
  // CPT surgery (docs/reimbursement.md §2.6 names 20999, 64999, 29999, 19499, 77299/77499).
  cpt("17999", "skin", CPT_BOOK, [10004, 17999]),
  cpt("19499", "breast", D26, [19000, 19499]),
  cpt("20999", "musculoskeletal", D26, [20100, 20999]),
  cpt("21299", "craniofacial", CPT_BOOK, [21010, 21299]),
  cpt("21899", "neckThorax", CPT_BOOK, [21501, 21899]),
  cpt("22899", "spine", CPT_BOOK, [22010, 22899]),
  cpt("23929", "shoulder", CPT_BOOK, [23000, 23929]),
  cpt("24999", "humerusElbow", CPT_BOOK, [23930, 24999]),
  cpt("25999", "forearmWrist", CPT_BOOK, [25000, 25999]),
  cpt("26989", "handFingers", CPT_BOOK, [26010, 26989]),
  cpt("27299", "pelvisHip", CPT_BOOK, [26990, 27299]),
  cpt("27599", "femurKnee", CPT_BOOK, [27301, 27599]),
  cpt("27899", "legAnkle", CPT_BOOK, [27600, 27899]),
  cpt("28899", "foot", CPT_BOOK, [28001, 28899]),
  cpt("29999", "arthroscopy", D26, [29800, 29999]),
  cpt("30999", "nose", CPT_BOOK, [30000, 30999]),
  cpt("31299", "sinuses", CPT_BOOK, [31000, 31299]),
  cpt("31599", "larynx", CPT_BOOK, [31300, 31599]),
  cpt("31899", "tracheaBronchi", CPT_BOOK, [31600, 31899]),
  cpt("32999", "lungsPleura", CPT_BOOK, [32035, 32999]),
  cpt("33999", "cardiacSurgery", CPT_BOOK, [33016, 33999]),
  cpt("37799", "vascularSurgery", CPT_BOOK, [34001, 37799]),
  cpt("38999", "hemicLymphatic", CPT_BOOK, [38100, 38999]),
  cpt("43499", "esophagus", CPT_BOOK, [43020, 43499]),
  cpt("43999", "stomach", CPT_BOOK, [43500, 43999]),
  cpt("44799", "intestine", CPT_BOOK, [44005, 44799]),
  cpt("45999", "rectum", CPT_BOOK, [45000, 45999]),
  cpt("47999", "biliary", CPT_BOOK, [47000, 47999]),
  cpt("49999", "abdomen", CPT_BOOK, [49000, 49999]),
  cpt("53899", "urinary", CPT_BOOK, [50010, 53899]),
  cpt("55899", "maleGenital", CPT_BOOK, [54000, 55899]),
  cpt("58999", "femaleGenital", CPT_BOOK, [56405, 58999]),
  cpt("60699", "endocrine", CPT_BOOK, [60000, 60699]),
  cpt("64999", "nervousSystem", D26, [61000, 64999]),
  cpt("66999", "eyeAnterior", CPT_BOOK, [65091, 66999]),
  cpt("67299", "eyePosterior", CPT_BOOK, [67005, 67299]),
  cpt("69399", "externalEar", CPT_BOOK, [69000, 69399]),
  cpt("69799", "middleEar", CPT_BOOK, [69420, 69799]),
  // CPT radiology.
  cpt("76496", "fluoroscopy", CPT_BOOK),
  cpt("76497", "ct", CPT_BOOK),
  cpt("76498", "mri", CPT_BOOK),
  cpt("76499", "radiography", CPT_BOOK, [70010, 76499]),
  cpt("76999", "ultrasound", CPT_BOOK, [76506, 76999]),
  cpt("77299", "radiationPlanning", D26, [77261, 77299]),
  cpt("77499", "radiationManagement", D26, [77401, 77499]),
  cpt("78999", "nuclearMedicine", CPT_BOOK, [78012, 78999]),
  // CPT pathology and laboratory: a proprietary test's permanent code is a PLA code (docs/reimbursement.md §2.5).
  cpt("81479", "molecularPathology", CPT_BOOK, [81105, 81479], "PLA"),
  cpt("81599", "maaa", CPT_BOOK, [81490, 81599], "PLA"),
  cpt("84999", "chemistry", CPT_BOOK, [82009, 84999], "PLA"),
  cpt("85999", "hematology", CPT_BOOK, [85002, 85999], "PLA"),
  cpt("86849", "immunology", CPT_BOOK, [86000, 86849], "PLA"),
  cpt("87999", "microbiology", CPT_BOOK, [87003, 87999], "PLA"),
  cpt("88399", "surgicalPathology", CPT_BOOK, [88300, 88399], "PLA"),
  // CPT medicine.
  cpt("91299", "gastroenterology", CPT_BOOK, [91010, 91299]),
  cpt("92499", "ophthalmology", CPT_BOOK, [92002, 92499]),
  cpt("93799", "cardiovascular", CPT_BOOK, [92920, 93799]),
  cpt("93998", "noninvasiveVascular", CPT_BOOK, [93880, 93998]),
  cpt("94799", "pulmonary", CPT_BOOK, [94002, 94799]),
  cpt("95999", "neurology", CPT_BOOK, [95700, 95999]),
  cpt("96999", "dermatology", CPT_BOOK, [96900, 96999]),
  cpt("97139", "physicalMedicine", CPT_BOOK),
  cpt("97799", "physicalMedicine", CPT_BOOK, [97010, 97799]),
  cpt("99199", "specialService", CPT_BOOK),
  cpt("99499", "evaluationManagement", CPT_BOOK),
  // HCPCS Level II NOC codes named in docs/reimbursement.md §3.3.
  l2("E1399", "dme", "codes.claim.dmeNoc", D33),
  l2("A9999", "dmeSupply", "codes.claim.dmeNoc", D33),
  l2("L1499", "spinalOrthosis", "codes.claim.orthosisNos", D33, [112, 1499]),
  l2("L2999", "lowerLimbOrthosis", "codes.claim.orthosisNos", D33, [1600, 2999]),
  l2("L3999", "upperLimbOrthosis", "codes.claim.orthosisNos", D33, [3650, 3999]),
  l2("J3490", "drug", "codes.claim.drugNoc", D33),
  l2("J3590", "biologic", "codes.claim.drugNoc", D33),
  l2("J9999", "antineoplastic", "codes.claim.drugNoc", D33),
  l2("Q4100", "skinSubstitute", "codes.claim.skinSubstituteNos", D33),
  l2("C1889", "oppsDevice", "codes.claim.deviceNocOpps", D33),
  l2("C9399", "oppsDrug", "codes.claim.drugNocOpps", D33),
  // Further Level II NOC descriptors (HCPCS file), same claim consequences as their family in docs/reimbursement.md §3.3.
  l2("L5999", "lowerLimbProsthesis", "codes.claim.orthosisNos", HCPCS_FILE, [5000, 5999]),
  l2("L7499", "upperLimbProsthesis", "codes.claim.orthosisNos", HCPCS_FILE, [6000, 7499]),
  l2("L8699", "prostheticImplant", "codes.claim.orthosisNos", HCPCS_FILE, [8600, 8699]),
  l2("K0108", "wheelchairComponent", "codes.claim.dmeNoc", HCPCS_FILE),
  l2("A4649", "surgicalSupply", "codes.claim.dmeNoc", HCPCS_FILE),
  l2("J7599", "immunosuppressive", "codes.claim.drugNoc", HCPCS_FILE),
  l2("J8499", "oralDrug", "codes.claim.drugNoc", HCPCS_FILE),
  l2("J8999", "oralChemotherapy", "codes.claim.drugNoc", HCPCS_FILE),
];

const BY_CODE: ReadonlyMap<string, UnlistedCode> = new Map(UNLISTED_CODES.map((u) => [u.code, u]));
/** Ranged rows, narrowest range first, so the most specific section wins (93880 → 93998, not 93799). */
const CPT_RANGES = UNLISTED_CODES.filter((u) => u.system === "CPT" && u.range).sort(
  (a, b) => a.range![1] - a.range![0] - (b.range![1] - b.range![0])
);
const L_RANGES = UNLISTED_CODES.filter(
  (u) => u.system === "HCPCS II" && u.range && u.code[0] === "L"
);

/** The curated row for an unlisted/NOC code (upper-case, no modifier), or undefined. */
export function unlistedInfo(code: string): UnlistedCode | undefined {
  return BY_CODE.get(code);
}

/**
 * The unlisted code of the same section as an existing code (a CPT Category I code or an L-code),
 * used as a bridge when the existing code only partly fits. Undefined when no section is known.
 */
export function unlistedForSection(code: string): UnlistedCode | undefined {
  if (code.length !== 5) return undefined;
  const first = code.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    const n = Number(code);
    if (!Number.isInteger(n)) return undefined;
    for (const u of CPT_RANGES) if (n >= u.range![0] && n <= u.range![1]) return u;
    return undefined;
  }
  if (code[0] === "L") {
    const n = Number(code.slice(1));
    if (!Number.isInteger(n)) return undefined;
    for (const u of L_RANGES) if (n >= u.range![0] && n <= u.range![1]) return u;
  }
  return undefined;
}
