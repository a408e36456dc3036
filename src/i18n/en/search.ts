/** Code search over HCPCS Level II descriptors: the engine's sentences and REIMB.FIND_CODE's. */
export const SEARCH: Readonly<Record<string, string>> = {
  "search.cptNotSearchable":
    "CPT descriptors are the AMA's licensed text and are not in CMS's public files, so no CPT code was searched for: name the procedure's CPT code",
  "search.why.found":
    "{code} was found by searching CMS's HCPCS descriptors for the product: “{description}” (matched {matched}).",
  "search.warn.weakMatch":
    "{code} was found by search, but the match is weak: check that “{description}” describes the product",
  "search.warn.alternatives": "Other codes that may describe the product: {list}",
  "search.warn.nocSpecificExists": "{noc} given; {code} describes {description} since {date}",
  "search.warn.noMatch": "No HCPCS Level II descriptor matches the product's name or description",
  "fn.findCode.noData": "FIND_CODE needs CMS's HCPCS file loaded (load the reference data first)",
  "fn.findCode.noMatch": "No HCPCS Level II descriptor matches “{text}”",
  "fn.findCode.badCount": "n must be a whole number from 1 to {max}; got {got}.",
  "fn.FIND_CODE.description":
    "HCPCS Level II codes whose CMS descriptor best matches a product name or description (typo-tolerant), spilled as code, descriptor and match score. CPT descriptors are AMA-licensed and cannot be searched.",
  "fn.FIND_CODE.arg.text":
    'Product name or description, e.g. "Keytruda pembrolizumab" or "CPAP machine".',
  "fn.FIND_CODE.arg.n": "How many codes to list, 1 to 20. Omitted: 3.",
};
