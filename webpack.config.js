/* eslint-disable no-undef */
/**
 * Shared-runtime add-in build (Microsoft's Excel-Custom-Functions-Shared template, trimmed):
 * one page (taskpane.html) hosts the pane and the custom functions, so they share state. It is also
 * the manifest's FunctionFile, as in the template; the ribbon's one button only shows the pane
 * (ShowTaskpane), which needs no handler, so there is no separate commands bundle.
 * `functions.json` is generated from the JSDoc in src/functions/functions.ts.
 *
 * ADDIN_BASE_URL: where dist/ will be hosted in production (https://…/). The production build
 * rewrites the manifest's localhost URLs to it. Dev certificates are only used by `dev-server`.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { Compilation, WebpackError, sources } = require("webpack");

const DEV_URL = "https://localhost:3000/";

function productionUrl() {
  const url = process.env.ADDIN_BASE_URL;
  return url.endsWith("/") ? url : url + "/";
}

/**
 * Emits functions.<locale>.json (translated descriptions, same ids and names) from the generated
 * functions.json and the message catalogue: Microsoft's documented custom-function localization,
 * wired to the manifest's metadata URL by <bt:Override Locale=…>. See scripts/functions-locale.ts.
 */
class LocalizedFunctionsMetadataPlugin {
  constructor(options) {
    this.source = options.source;
  }
  apply(compiler) {
    const name = "LocalizedFunctionsMetadataPlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const asset = compilation.getAsset(this.source);
        if (!asset) return; // the metadata plugin has already reported why functions.json is missing
        // The generator and the catalogue are TypeScript: tsx lets Node require them (under jest
        // the test transform does, and tsx's hook is then unused). Webpack's loaders are unaffected.
        require("tsx/cjs");
        const locale = require("./scripts/functions-locale.ts");
        const english = JSON.parse(asset.source.source().toString());
        for (const [tag, file] of Object.entries(locale.LOCALIZED_METADATA)) {
          const result = locale.localizeFunctionsMetadata(english, tag);
          compilation.emitAsset(file, new sources.RawSource(locale.serializeMetadata(result.metadata)));
          const untranslated = [...result.missing, ...result.uncatalogued];
          if (untranslated.length > 0) {
            compilation.warnings.push(new WebpackError(`${file}: English kept for ${untranslated.join(", ")}`));
          }
        }
      });
    });
  }
}

async function devServerHttps() {
  // Loaded lazily: office-addin-dev-certs is only needed (and only installs certificates) for
  // `npm run dev-server`; a production build must not touch the certificate store.
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

/** dist/help.html: the README's user sections as a page (the manifest's SupportUrl and LearnMoreUrl). */
class HelpPagePlugin {
  apply(compiler) {
    const name = "HelpPagePlugin";
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        const readme = path.join(__dirname, "README.md");
        compilation.fileDependencies.add(readme);
        const { renderHelpPage } = require("./scripts/help-page");
        compilation.emitAsset("help.html", new sources.RawSource(renderHelpPage(require("fs").readFileSync(readme, "utf8"))));
      });
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  if (!dev && !process.env.ADDIN_BASE_URL) {
    // A manifest that points nowhere real must never be deployable: the production build stops.
    throw new Error(
      "ADDIN_BASE_URL is not set. Set it to the HTTPS address where dist/ will be hosted " +
        "(e.g. ADDIN_BASE_URL=https://addins.example.com/reimb/ npm run build); " +
        "for local work use npm run build:dev."
    );
  }
  const serving = process.argv.some((a) => a === "serve");
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      polyfill: ["core-js/stable", "regenerator-runtime/runtime"],
      taskpane: ["./src/taskpane/index.tsx", "./src/taskpane/taskpane.html"],
      functions: ["./src/functions/functions.ts", "./src/functions/lookups.ts"],
    },
    output: { clean: true, path: path.resolve(__dirname, "dist") },
    // One webpack runtime for the page: the pane and the custom functions then
    // share one module registry, so module-level state (the loaded CMS reference data, the locale)
    // is the same object everywhere. With a runtime per entry, each entry would get its own copy.
    optimization: { runtimeChunk: "single" },
    resolve: { extensions: [".ts", ".tsx", ".html", ".js"], fallback: { fs: false, path: false, os: false } },
    performance: { hints: false },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { module: "es2020" } } },
        },
        { test: /\.html$/, exclude: /node_modules/, use: "html-loader" },
        // The pane header shows the add-in icon from its one vector source (assets/icon.svg).
        { test: /\.svg$/, type: "asset/inline" },
        { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext][query]" } },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: ["./src/functions/functions.ts", "./src/functions/lookups.ts"] }),
      new LocalizedFunctionsMetadataPlugin({ source: "functions.json" }),
      new HelpPagePlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the one page loads the functions and the pane.
        chunks: ["polyfill", "functions", "taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext][query]" },
          // CMS reference bundle built by `npm run data:bundle` (prebuild); absent → functions say "no reference data loaded".
          { from: ".data/reference.json.gz", to: "reference.json.gz", noErrorOnMissing: true },
          {
            from: "manifest*.xml",
            to: "[name]" + "[ext]",
            transform(content) {
              if (dev) return content;
              // Full URLs first, then bare origins (AppDomain) to the hosting origin.
              return content
                .toString()
                .split(DEV_URL)
                .join(productionUrl())
                .split(DEV_URL.slice(0, -1))
                .join(new URL(productionUrl()).origin);
            },
          },
        ],
      }),
    ],
  };
  if (serving) {
    config.devServer = {
      static: { directory: path.join(__dirname, "dist"), publicPath: "/public" },
      headers: { "Access-Control-Allow-Origin": "*" },
      server: { type: "https", options: env.WEBPACK_BUILD || options.https !== undefined ? options.https : await devServerHttps() },
      port: process.env.npm_package_config_dev_server_port || 3000,
    };
  }
  return config;
};
