/**
 * Runs the repo's own production webpack configuration (as `webpack --mode production` does) into
 * the folder given as argv[2], and writes the compilation's errors and warnings as JSON to argv[3].
 * Spawned by test/support/addin-build.ts so the build runs in plain Node, outside jest's sandbox.
 */
const path = require("path");
const fs = require("fs");
const webpack = require("webpack");

const ROOT = path.resolve(__dirname, "../..");

async function main() {
  const [outDir, resultFile] = process.argv.slice(2);
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
  config.mode = "production";
  config.context = ROOT;
  config.output = { ...config.output, path: outDir };
  const stats = await new Promise((resolve, reject) =>
    webpack(config, (err, s) => (err ? reject(err) : resolve(s)))
  );
  const result = {
    errors: stats.compilation.errors.map((e) => e.message),
    warnings: stats.compilation.warnings.map((w) => w.message),
  };
  fs.writeFileSync(resultFile, JSON.stringify(result, null, 1));
  process.exitCode = result.errors.length > 0 ? 1 : 0;
}

main().catch((err) => {
  console.error(err && err.stack ? err.stack : err);
  process.exitCode = 2;
});
