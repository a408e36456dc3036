/**
 * Runs the repo's own production webpack configuration (as `webpack --mode production` does) into
 * the folder given as argv[2], and writes the compilation's errors and warnings as JSON to argv[3].
 * Spawned by test/support/addin-build.ts so the build runs in plain Node, outside jest's sandbox.
 *
 * One difference from `npm run build`: only functions.js goes through webpack's minimizer (same
 * minimizer, same options, so the same bytes as the shipped file, whose size a test reports). The
 * other scripts (the pane's ~10 MB of React and Fluent above all) are left unminified: minifying
 * them was three quarters of the build's CPU time and no test reads their minified form.
 * `npm run build` still minifies everything, and fails on what this build would.
 */
const path = require("path");
const fs = require("fs");
const webpack = require("webpack");

const ROOT = path.resolve(__dirname, "../..");

/** The one script whose minified size a test checks: it is minified exactly as in production. */
const MINIFIED = "functions.js";

/**
 * Marks every other script as minimized already, which webpack's minimizer takes as "leave alone"
 * (it declines an asset carrying the flag it would write).
 */
class MinifyOnlyFunctionsPlugin {
  apply(compiler) {
    const name = "MinifyOnlyFunctionsPlugin";
    const { Compilation } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE - 1 },
        (assets) => {
          for (const file of Object.keys(assets)) {
            if (/\.[cm]?js$/.test(file) && file !== MINIFIED)
              compilation.updateAsset(file, (source) => source, { minimized: true });
          }
        }
      );
    });
  }
}

async function main() {
  const [outDir, resultFile] = process.argv.slice(2);
  const makeConfig = require(path.join(ROOT, "webpack.config.js"));
  const config = await makeConfig({ WEBPACK_BUILD: true }, { mode: "production" });
  config.mode = "production";
  config.context = ROOT;
  config.output = { ...config.output, path: outDir };
  config.plugins = [...config.plugins, new MinifyOnlyFunctionsPlugin()];
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
