/**
 * ts-jest, plus one line at the top of every transformed module that binds the standard built-ins
 * (Math, JSON, String, …) to module-level constants.
 *
 * Why: jest runs each test file in a `vm` context, whose global object V8 reaches through an
 * interceptor, so a global lookup there cannot be cached and costs a call into Node on every
 * evaluation. A hot loop that names `Math` per character (the record's FNV fingerprint,
 * src/domain/report/record.ts) ran ~40 times slower under jest than in Node or Excel, and was most
 * of the adapter round-trip suite's time. Bound once per module, the same names are ordinary
 * variable reads. The objects are the context's own (identity, spies and `instanceof` are
 * unchanged) and the code under test is otherwise exactly what ts-jest emits. Date and the timer
 * functions are left out on purpose: jest's fake timers replace them on the global after modules load.
 */
const { TsJestTransformer } = require("ts-jest");

const BUILTINS = [
  "Array",
  "Boolean",
  "JSON",
  "Map",
  "Math",
  "Number",
  "Object",
  "Set",
  "String",
  "isFinite",
  "isNaN",
  "parseFloat",
  "parseInt",
];
const PRELUDE = `const { ${BUILTINS.join(", ")} } = globalThis;`;
const STRICT = /^(["'])use strict\1;/;

/** The prelude goes after a leading "use strict" (a directive only counts first) and on line 1, so
 * source-map line numbers stay as ts-jest wrote them. */
function withBuiltins(code) {
  const strict = STRICT.exec(code);
  if (!strict) return PRELUDE + code;
  return strict[0] + PRELUDE + code.slice(strict[0].length);
}

class BuiltinsBoundTransformer extends TsJestTransformer {
  process(sourceText, sourcePath, options) {
    const out = super.process(sourceText, sourcePath, options);
    return { ...out, code: withBuiltins(out.code) };
  }

  async processAsync(sourceText, sourcePath, options) {
    const out = await super.processAsync(sourceText, sourcePath, options);
    return { ...out, code: withBuiltins(out.code) };
  }

  getCacheKey(sourceText, sourcePath, options) {
    return `${super.getCacheKey(sourceText, sourcePath, options)}:${PRELUDE}`;
  }
}

module.exports = {
  createTransformer: (config) => new BuiltinsBoundTransformer(config),
};
