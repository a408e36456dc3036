import * as fs from "fs";
import * as path from "path";
import { loadReference } from "../../src/cli/reference";

describe("CLI reference data", () => {
  const saved = process.env.REIMB_NO_REFERENCE;
  afterEach(() => {
    if (saved === undefined) delete process.env.REIMB_NO_REFERENCE;
    else process.env.REIMB_NO_REFERENCE = saved;
  });

  it("classifies without reference data when told to", async () => {
    process.env.REIMB_NO_REFERENCE = "1";
    expect(await loadReference()).toBeUndefined();
  });

  const dataDir = process.env.REIMB_DATA_DIR ?? path.resolve(__dirname, "../../../shared/data/cms");
  const hasData = fs.existsSync(dataDir);
  if (!hasData) console.log(`skipped: no CMS data folder at ${dataDir}`);
  (hasData ? it : it.skip)("loads CMS's files when they are there, and knows a real code (E0601)", async () => {
    delete process.env.REIMB_NO_REFERENCE;
    const ref = await loadReference();
    expect(ref).toBeDefined();
    expect(ref?.vintage).toMatch(/HCPCS|DMEPOS|PFS/);
    expect(ref?.lookup("E0601")?.inCurrentFiles).toBe(true);
  });
});
