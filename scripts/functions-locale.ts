/**
 * Localized custom-function metadata (Microsoft's documented way: one JSON metadata file per
 * language, same ids, names and parameter names, translated `description`s, referenced from the
 * manifest by a `<bt:Override Locale=… Value=…/>` on the metadata URL). The English
 * `functions.json` is generated from the JSDoc; this turns it into `functions.<locale>.json` from
 * the catalogue's `fn.<ID>.description` / `fn.<ID>.arg.<name>` entries.
 *
 * A translation is used only while the English catalogue entry still equals the JSDoc text it was
 * written against: a changed English description, or one not in the catalogue, keeps its English
 * text and is reported, so a stale translation is never shipped silently.
 *
 * Function and parameter names stay English: Chinese Excel users type English function names
 * (SUM, VLOOKUP), and one formula then works in every Excel language.
 *
 * Pure (no Node imports): webpack.config.js runs it on the emitted asset, tests run it directly.
 */
import { CATALOGUE, type Locale } from "../src/i18n/catalogue";

/** The locales that get their own metadata file, and the file each one gets (beside functions.json). */
export const LOCALIZED_METADATA: Readonly<Partial<Record<Locale, string>>> = {
  "zh-CN": "functions.zh-CN.json",
};

export interface FunctionParameterMetadata {
  name: string;
  description?: string;
  [property: string]: unknown;
}

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: FunctionParameterMetadata[];
  [property: string]: unknown;
}

export interface FunctionsMetadata {
  functions: FunctionMetadata[];
  [property: string]: unknown;
}

export interface LocalizedMetadata {
  metadata: FunctionsMetadata;
  /** Catalogue ids whose English matches the JSDoc but which have no translation (English kept). */
  missing: string[];
  /** Catalogue ids absent from the English catalogue, or whose English differs from the JSDoc (English kept). */
  uncatalogued: string[];
}

export function descriptionId(functionId: string): string {
  return `fn.${functionId}.description`;
}

export function argumentId(functionId: string, parameter: string): string {
  return `fn.${functionId}.arg.${parameter}`;
}

/** Every text of one function that Excel shows: [catalogue id, English text from the JSDoc]. */
export function describedTexts(fn: FunctionMetadata): Array<[string, string | undefined]> {
  return [
    [descriptionId(fn.id), fn.description],
    ...fn.parameters.map((p): [string, string | undefined] => [
      argumentId(fn.id, p.name),
      p.description,
    ]),
  ];
}

export function localizeFunctionsMetadata(
  english: FunctionsMetadata,
  locale: Locale,
  catalogue: Readonly<Record<Locale, Readonly<Record<string, string>>>> = CATALOGUE
): LocalizedMetadata {
  const missing: string[] = [];
  const uncatalogued: string[] = [];
  const translate = (id: string, text: string | undefined): string | undefined => {
    if (text === undefined) return undefined;
    if (catalogue.en[id] !== text) {
      uncatalogued.push(id);
      return text;
    }
    const translated = catalogue[locale][id];
    if (translated === undefined) {
      missing.push(id);
      return text;
    }
    return translated;
  };
  const functions = english.functions.map((fn) => {
    const localized: FunctionMetadata = { ...fn, parameters: fn.parameters.map((p) => ({ ...p })) };
    const description = translate(descriptionId(fn.id), fn.description);
    if (description !== undefined) localized.description = description;
    for (const p of localized.parameters) {
      const text = translate(argumentId(fn.id, p.name), p.description);
      if (text !== undefined) p.description = text;
    }
    return localized;
  });
  return { metadata: { ...english, functions }, missing, uncatalogued };
}

/** Same layout as the generated functions.json (4-space JSON), so the two files diff line by line. */
export function serializeMetadata(metadata: FunctionsMetadata): string {
  return JSON.stringify(metadata, null, 4);
}
