/**
 * Readers for the reference-data arguments every lookup shares (code, modifier, locality, text
 * choices), used by REIMB.PFS, RVU, …, SITE_TOTAL (./lookups) and REIMB.CODE / SITES
 * (./economics): one reading of a cell for every function.
 *
 * A recalculating sheet passes the same few hundred code texts thousands of times, and reading a
 * code means normalising and matching its text: each distinct text is read once and remembered
 * in `CODE_TEXTS`, this module's cache of readings (bounded, so a column of distinct typos cannot
 * grow it without end). A reading depends only on the text, never on the loaded data.
 */
import type { Outcome } from "../domain/economics/outcome";
import {
  parseCodeArg,
  parseSetting,
  parseSite,
  type CodeArg,
  type PfsSetting,
  type Site,
} from "../domain/reference/lookups";
import { describe as describeArg, describeBlank, isBlankOrZero } from "./args";
import { fail, unwrap } from "./errors";

/** Text → its reading, remembered up to `max` distinct texts. */
export class TextReadings<V> {
  private readonly map = new Map<string, V>();
  constructor(
    private readonly read: (text: string) => V,
    private readonly max = 10_000
  ) {}

  get(text: string): V {
    let v = this.map.get(text);
    if (v === undefined) {
      v = this.read(text);
      if (this.map.size < this.max) this.map.set(text, v);
    }
    return v;
  }
}

/** Separates code and modifier in a reading's key; no cell text can contain it meaningfully. */
const SEP = "\u0001";

const CODE_TEXTS = new TextReadings<Outcome<CodeArg>>((key) => {
  const at = key.indexOf(SEP);
  return at < 0 ? parseCodeArg(key) : parseCodeArg(key.slice(0, at), key.slice(at + 1));
});

/** The reading of a code text and modifier, remembered; a text holding SEP is read afresh. */
function readCode(text: string, modifier: string | undefined): Outcome<CodeArg> {
  if (text.includes(SEP) || (modifier !== undefined && modifier.includes(SEP)))
    return parseCodeArg(text, modifier);
  return CODE_TEXTS.get(modifier === undefined ? text : `${text}${SEP}${modifier}`);
}

/**
 * A code cell: text ("0691T", "27447-26") or a number Excel made of a numeric code (99213).
 * 0 is a blank cell on Excel desktop (see ./args): missing, never the code "00000".
 */
export function codeArg(code: unknown, modifier?: unknown): CodeArg {
  let text: string;
  if (isBlankOrZero(code))
    return fail("value", "fn.error.required", { arg: "code", got: describeBlank(code) });
  if (typeof code === "number" && Number.isInteger(code) && code > 0 && code <= 99999)
    text = String(code).padStart(5, "0");
  else if (typeof code === "string" && code.trim() !== "") text = code;
  else
    return fail("value", "fn.error.expectedText", {
      arg: "code",
      example: "99213",
      got: describeArg(code),
    });
  let mod: string | undefined;
  if (!isBlankOrZero(modifier)) {
    if (typeof modifier === "number" && Number.isInteger(modifier))
      mod = String(modifier).padStart(2, "0");
    else if (typeof modifier === "string") mod = modifier;
    else
      return fail("value", "fn.error.expectedText", {
        arg: "modifier",
        example: "26",
        got: describeArg(modifier),
      });
  }
  return unwrap(readCode(text, mod));
}

/** An optional text choice (setting, component); 0 is a blank cell, so the default applies. */
export function textArg(value: unknown, arg: string, example: string): string | undefined {
  if (isBlankOrZero(value)) return undefined;
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "string") return value;
  return fail("value", "fn.error.expectedText", { arg, example, got: describeArg(value) });
}

/** A required text argument (state, site): blank or 0 is missing. */
export function requiredTextArg(value: unknown, arg: string, example: string): string {
  return (
    textArg(value, arg, example) ??
    fail("value", "fn.error.required", { arg, got: describeBlank(value) })
  );
}

/** Locality cells: "01112-05", a name, or a 7-digit number Excel made of "0111205"; 0 is blank. */
export function localityArg(value: unknown): string | undefined {
  if (typeof value === "number" && Number.isInteger(value) && value > 0)
    return String(value).padStart(7, "0");
  return textArg(value, "locality", "01112-05");
}

const SETTING_TEXTS = new TextReadings<Outcome<PfsSetting>>((text) => parseSetting(text));
const SITE_TEXTS = new TextReadings<Outcome<Site>>((text) => parseSite(text));

/** A PFS setting cell ("office", "facility", POS 22…); blank is the default (non-facility). */
export function settingArg(value: unknown): PfsSetting {
  const text = textArg(value, "setting", "office");
  return unwrap(text === undefined ? parseSetting(undefined) : SETTING_TEXTS.get(text));
}

/** A site-of-care cell ("office", "hospital outpatient", "ASC", POS 22/24…): required. */
export function siteArg(value: unknown): Site {
  return unwrap(SITE_TEXTS.get(requiredTextArg(value, "site", "office")));
}
