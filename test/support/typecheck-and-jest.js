#!/usr/bin/env node
/**
 * `npm test`: the type check (`tsc --noEmit`) and jest, side by side rather than one after the
 * other. Each alone leaves a core idle at the start (tsc is single-threaded, and so is jest's global
 * setup parsing the CMS folder), so on CI's two cores running them together saves most of the type
 * check's time. Fails when either fails. tsc's output is printed after jest's so the two never
 * interleave; arguments go to jest (`npm test -- test/excel`).
 */
const { spawn } = require("child_process");
const path = require("path");

const ROOT = path.resolve(__dirname, "../..");
const bin = (pkg, file) => path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);

function run(args, { capture }) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      stdio: capture ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    let output = "";
    if (capture) {
      child.stdout.on("data", (d) => (output += d));
      child.stderr.on("data", (d) => (output += d));
    }
    child.on("error", (err) => resolve({ code: 1, output: String(err) }));
    child.on("close", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

async function main() {
  const typecheck = run([bin("typescript", "bin/tsc"), "--noEmit", "-p", "tsconfig.json"], {
    capture: true,
  });
  const jest = run([bin("jest", "bin/jest.js"), ...process.argv.slice(2)], { capture: false });
  const [types, tests] = await Promise.all([typecheck, jest]);
  process.stdout.write(types.output);
  console.log(
    types.code === 0 ? "Type check: no errors." : `Type check failed (exit ${types.code}).`
  );
  process.exitCode = types.code !== 0 ? types.code : tests.code;
}

void main();
