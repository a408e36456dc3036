/** File-system checks shared by the CLI commands. */
import * as fs from "fs";
import * as path from "path";

/**
 * Same file even through a different spelling, a symlink or a hard link: writing the output must
 * never replace the input.
 */
export function sameFile(a: string, b: string): boolean {
  const ra = path.resolve(a);
  const rb = path.resolve(b);
  if (ra === rb) return true;
  try {
    if (fs.realpathSync(ra) === fs.realpathSync(rb)) return true;
  } catch {
    // the output does not exist yet (or a folder on its way is missing): fall through
  }
  try {
    const sa = fs.statSync(ra);
    const sb = fs.statSync(rb);
    return sa.ino === sb.ino && sa.dev === sb.dev;
  } catch {
    return false; // the output does not exist yet
  }
}
