/**
 * Optional CMS reference data for the CLI: when the reference module offers a Node loader, the
 * classification's warnings are enriched with what CMS's files say about each code (deleted codes,
 * PFS status, NOC descriptors). The engine works without it, so a missing or failing loader is
 * not an error: the CLI classifies on the product facts alone.
 */
import * as path from "path";
import type { CodeReference } from "../domain/reference/port";

/** Modules and export names a Node loader may be published under (first one found wins). */
const LOADERS: ReadonlyArray<{ module: string; exports: readonly string[] }> = [
  // The reference engineer's Node loader: REIMB_DATA_DIR, else the built bundle (.data/), else ../shared/data/cms.
  { module: "../../scripts/data-load", exports: ["loadCodeReference"] },
  { module: "../data/node", exports: ["loadCodeReference", "loadReference"] },
  {
    module: "../domain/reference",
    exports: ["loadCodeReference", "bundledCodeReference", "defaultCodeReference"],
  },
];

function isReference(value: unknown): value is CodeReference {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as CodeReference).lookup === "function"
  );
}

export async function loadReference(): Promise<CodeReference | undefined> {
  if (process.env.REIMB_NO_REFERENCE === "1") return undefined;
  for (const candidate of LOADERS) {
    let mod: Record<string, unknown>;
    try {
      // A runtime path, not a static import: the loader may not exist in this checkout.

      mod = require(path.join(__dirname, candidate.module)) as Record<string, unknown>;
    } catch {
      continue;
    }
    for (const name of candidate.exports) {
      const loader = mod[name];
      if (typeof loader !== "function") continue;
      try {
        const ref: unknown = await (loader as () => unknown)();
        if (isReference(ref)) return ref;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
