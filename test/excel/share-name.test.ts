import { decodePathPart, workbookBaseName, type OfficeFileHost } from "../../src/excel/share";

function hostAt(url: string | undefined): OfficeFileHost {
  return {
    context: {
      document: {
        url,
        getFileAsync: () => {
          throw new Error("not read in these tests");
        },
      },
    },
  };
}

describe("workbookBaseName", () => {
  test.each([
    // A desktop path is not URL-encoded: a bare "%" must not throw (URIError) but stay as typed.
    ["C:\\Users\\ana\\Models\\50% margin.xlsx", "50% margin"],
    ["C:\\Users\\ana\\Models\\100%.xlsm", "100%"],
    ["/Users/ana/Documents/Q3 %zz plan.xlsx", "Q3 %zz plan"],
    // A web address is encoded: decoded, query dropped.
    ["https://contoso.sharepoint.com/sites/a/Shared%20Documents/Q3%20model.xlsx?web=1", "Q3 model"],
    ["https://contoso.sharepoint.com/sites/a/50%25%20margin.xlsx", "50% margin"],
    ["C:\\Models\\Reimbursement.xlsx", "Reimbursement"],
  ])("%s → %s", (url, expected) => {
    expect(workbookBaseName(hostAt(url))).toBe(expected);
  });

  test("a new, unsaved workbook has no name", () => {
    expect(workbookBaseName(hostAt(undefined))).toBeUndefined();
    expect(workbookBaseName(hostAt(""))).toBeUndefined();
  });
});

describe("decodePathPart", () => {
  test.each([
    ["Q3%20model.xlsx", "Q3 model.xlsx"],
    ["50% margin.xlsx", "50% margin.xlsx"],
    ["%E4%BA%A7%E5%93%81.xlsx", "产品.xlsx"],
    ["bad%E4%BA.xlsx", "bad%E4%BA.xlsx"],
  ])("%s → %s", (part, expected) => {
    expect(decodePathPart(part)).toBe(expected);
  });
});
