/* eslint-disable no-undef */
/**
 * Builds the browser test harness: the real pane (src/taskpane) + the real Excel adapter running on
 * the in-memory Excel (test/support/fake-excel), as one static page loadable from file://.
 * No office.js and no network: the fake installs the Office/Excel globals itself.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const root = path.resolve(__dirname, "../..");

module.exports = {
  mode: "development",
  devtool: false,
  context: root,
  entry: { harness: "./test/e2e/harness/index.tsx" },
  output: { clean: true, path: path.join(root, "test-artifacts/harness"), publicPath: "" },
  resolve: {
    extensions: [".ts", ".tsx", ".js"],
    fallback: { fs: false, path: false, os: false, crypto: false, stream: false, zlib: false },
  },
  performance: { hints: false },
  module: {
    rules: [
      { test: /\.svg$/, type: "asset/inline" },
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: { transpileOnly: true, compilerOptions: { module: "es2020", sourceMap: false } },
        },
      },
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({ filename: "index.html", template: "./test/e2e/harness/harness.html" }),
  ],
};
