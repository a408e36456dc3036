/**
 * Recognise a code's set by its shape alone (docs/reimbursement.md §1, §2.3, §2.5, §3):
 * - CPT Category I: five digits (00100–99607).
 * - CPT Category II: four digits + F (performance measurement; never paid).
 * - CPT Category III: four digits + T (temporary, emerging technology).
 * - PLA: four digits + U (proprietary laboratory analyses, CPT Appendix O).
 * - MAAA administrative codes: four digits + M.
 * - HCPCS Level II: one letter A–V (not D: CDT dental, ADA) + four digits.
 * Whether a code exists, is deleted or is payable is a question for the reference data, not shape.
 */
export const CODE_KINDS = [
  "cpt-cat-i",
  "cpt-cat-ii",
  "cpt-cat-iii",
  "pla",
  "maaa",
  "hcpcs-ii",
  "cdt",
  "invalid",
] as const;
export type CodeKind = (typeof CODE_KINDS)[number];

export interface CodeShape {
  /** Upper-case, trimmed, without a trailing modifier. */
  code: string;
  kind: CodeKind;
  /** Modifier written after the code ("27447-RT", "E0601 NU"), if any. */
  modifier?: string;
}

const CAT_I = /^\d{5}$/;
const SUFFIXED = /^\d{4}([FTUM])$/;
const LEVEL_II = /^[A-CE-V]\d{4}$/;
const CDT = /^D\d{4}$/;

/** Kind of a bare code (no modifier). */
export function codeKind(code: string): CodeKind {
  if (CAT_I.test(code)) return "cpt-cat-i";
  const suffixed = SUFFIXED.exec(code);
  if (suffixed) {
    switch (suffixed[1]) {
      case "F":
        return "cpt-cat-ii";
      case "T":
        return "cpt-cat-iii";
      case "U":
        return "pla";
      default:
        return "maaa";
    }
  }
  if (LEVEL_II.test(code)) return "hcpcs-ii";
  if (CDT.test(code)) return "cdt";
  return "invalid";
}

/** Parse one written code, tolerating case, spaces and a trailing two-character modifier. */
export function parseCode(text: string): CodeShape {
  const cleaned = text.normalize("NFKC").trim().toUpperCase();
  const m = /^([A-Z0-9]{5})(?:\s*[-\s]\s*([A-Z0-9]{2}))?$/.exec(cleaned);
  if (!m) return { code: cleaned, kind: "invalid" };
  const kind = codeKind(m[1]);
  return m[2] ? { code: m[1], kind, modifier: m[2] } : { code: m[1], kind };
}

/** Split a "Candidate code(s)" cell: commas, semicolons, slashes or line breaks separate codes. */
export function splitCodeList(text: string): string[] {
  return text
    .split(/[,;/\n\r|]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

export function isCpt(kind: CodeKind): boolean {
  return (
    kind === "cpt-cat-i" ||
    kind === "cpt-cat-iii" ||
    kind === "pla" ||
    kind === "cpt-cat-ii" ||
    kind === "maaa"
  );
}
