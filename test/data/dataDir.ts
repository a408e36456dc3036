/** Where the CMS files are for tests: REIMB_DATA_DIR, else ../shared/data/cms beside the repo. */
import * as fs from "fs";
import * as path from "path";

export const DATA_DIR =
  process.env.REIMB_DATA_DIR ?? path.resolve(__dirname, "../../../shared/data/cms");
export const HAVE_DATA = fs.existsSync(path.join(DATA_DIR, "pfs_rvu"));
