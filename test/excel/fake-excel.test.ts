/**
 * The in-memory Excel must be at least as strict as real Excel where the adapter could go wrong;
 * otherwise adapter tests passing against it prove nothing. These tests pin that strictness.
 */
import fc from "fast-check";
import {
  FakeExcel,
  columnLetters,
  parseAddress,
  fullAddress,
  type FakeRequestContext,
} from "../support/fake-excel";

function fresh(opts?: ConstructorParameters<typeof FakeExcel>[0]): FakeExcel {
  const fake = new FakeExcel(opts);
  fake.addSheet("Sheet1");
  return fake;
}

describe("A1 addresses", () => {
  it.each([
    ["A1", undefined, { r0: 0, c0: 0, r1: 0, c1: 0 }],
    ["A1:AB50000", undefined, { r0: 0, c0: 0, r1: 49999, c1: 27 }],
    ["$B$2:$C$3", undefined, { r0: 1, c0: 1, r1: 2, c1: 2 }],
    ["Sheet1!XFD1048576", "Sheet1", { r0: 1048575, c0: 16383, r1: 1048575, c1: 16383 }],
    ["'My Sheet'!A1:B2", "My Sheet", { r0: 0, c0: 0, r1: 1, c1: 1 }],
    ["'Bob''s data'!C3", "Bob's data", { r0: 2, c0: 2, r1: 2, c1: 2 }],
    ["'a!b'!A1", "a!b", { r0: 0, c0: 0, r1: 0, c1: 0 }],
    ["A:C", undefined, { r0: 0, c0: 0, r1: 1048575, c1: 2 }],
    ["3:5", undefined, { r0: 2, c0: 0, r1: 4, c1: 16383 }],
    ["C3:A1", undefined, { r0: 0, c0: 0, r1: 2, c1: 2 }],
  ])("%s", (address, sheet, rect) => {
    expect(parseAddress(address)).toEqual({ sheet, rect });
  });

  it.each(["", "A0", "XFE1", "A1048577", "A1:B2:C3", "'unterminated!A1", "A", "1A", "A1:B"])(
    "rejects %p",
    (address) => {
      expect(() => parseAddress(address)).toThrow(/not valid/);
    }
  );

  it("round-trips any rectangle on any sheet name", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 12 }).filter((s) => !/[\\/?*[\]:]/.test(s)),
        fc.nat(1048575),
        fc.nat(16383),
        fc.nat(1000),
        fc.nat(100),
        (sheet, r0, c0, h, w) => {
          const rect = { r0, c0, r1: Math.min(1048575, r0 + h), c1: Math.min(16383, c0 + w) };
          expect(parseAddress(fullAddress(sheet, rect))).toEqual({ sheet, rect });
        }
      )
    );
  });

  it("column letters", () => {
    expect([0, 25, 26, 27, 701, 702, 16383].map(columnLetters)).toEqual([
      "A",
      "Z",
      "AA",
      "AB",
      "ZZ",
      "AAA",
      "XFD",
    ]);
  });
});

describe("load before read", () => {
  it("throws PropertyNotLoaded for a property never loaded, and before the sync", async () => {
    const fake = fresh();
    fake.setValues("Sheet1", "A1", [["x"]]);
    await fake.run(async (ctx: FakeRequestContext) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("address");
      expect(() => range.address).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect(range.address).toBe("Sheet1!A1");
      expect(() => range.values).toThrow(/call the load method/);
    });
  });

  it("isNullObject is readable only after a sync", async () => {
    const fake = fresh();
    await fake.run(async (ctx: FakeRequestContext) => {
      const missing = ctx.workbook.tables.getItemOrNullObject("Nope");
      expect(() => missing.isNullObject).toThrow(
        expect.objectContaining({ code: "PropertyNotLoaded" })
      );
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
    });
  });

  it("getItem of a missing sheet fails at sync with ItemNotFound", async () => {
    const fake = fresh();
    await expect(
      fake.run(async (ctx: FakeRequestContext) => {
        ctx.workbook.worksheets.getItem("Missing").getRange("A1").load("values");
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("null objects (*OrNullObject that found nothing)", () => {
  type Use = [string, (ctx: FakeRequestContext) => void];
  // Each queues one call or navigation THROUGH an object that turns out to be null.
  const uses: Use[] = [
    [
      "used range of a missing sheet",
      (ctx) =>
        void ctx.workbook.worksheets
          .getItemOrNullObject("Nope")
          .getUsedRangeOrNullObject(true)
          .load("address"),
    ],
    [
      "range of a missing table",
      (ctx) => void ctx.workbook.tables.getItemOrNullObject("Nope").getRange().load("address"),
    ],
    [
      "header row of a missing table",
      (ctx) =>
        void ctx.workbook.tables.getItemOrNullObject("Nope").getHeaderRowRange().load("values"),
    ],
    [
      "first data row of a missing table",
      (ctx) =>
        void ctx.workbook.tables
          .getItemOrNullObject("Nope")
          .getDataBodyRange()
          .getRow(0)
          .load("values"),
    ],
    [
      "sheet of a missing table",
      (ctx) =>
        void ctx.workbook.tables
          .getItemOrNullObject("Nope")
          .worksheet.getUsedRangeOrNullObject(true)
          .load("address"),
    ],
    [
      "tables of a missing sheet",
      (ctx) => void ctx.workbook.worksheets.getItemOrNullObject("Nope").tables.load("items/name"),
    ],
    [
      "a method on a missing sheet",
      (ctx) => ctx.workbook.worksheets.getItemOrNullObject("Nope").activate(),
    ],
    [
      "a property set on a missing sheet",
      (ctx) => void (ctx.workbook.worksheets.getItemOrNullObject("Nope").visibility = "Hidden"),
    ],
    [
      "a format on an empty sheet's used range",
      (ctx) =>
        void (ctx.workbook.worksheets
          .getItem("Sheet1")
          .getUsedRangeOrNullObject(true).format.wrapText = true),
    ],
    [
      "a row of an empty sheet's used range",
      (ctx) =>
        void ctx.workbook.worksheets
          .getItem("Sheet1")
          .getUsedRangeOrNullObject(true)
          .getRow(0)
          .load("values"),
    ],
  ];

  it.each(uses)(
    "%s fails the sync with InvalidObjectPath and applies nothing after it",
    async (_label, use) => {
      const fake = fresh();
      const before = fake.snapshot();
      await expect(
        fake.run(async (ctx: FakeRequestContext) => {
          use(ctx);
          await ctx.sync();
        })
      ).rejects.toMatchObject({ code: "InvalidObjectPath" });
      expect(fake.snapshot()).toBe(before);
    }
  );

  it("loading a null object itself is fine: isNullObject true, properties null", async () => {
    const fake = fresh();
    await fake.run(async (ctx: FakeRequestContext) => {
      const sheet = ctx.workbook.worksheets.getItemOrNullObject("Nope").load("name");
      const used = ctx.workbook.worksheets
        .getItem("Sheet1")
        .getUsedRangeOrNullObject(true)
        .load("address");
      const setting = ctx.workbook.settings.getItemOrNullObject("k").load("value");
      await ctx.sync();
      expect([sheet.isNullObject, used.isNullObject, setting.isNullObject]).toEqual([
        true,
        true,
        true,
      ]);
    });
  });

  it("an *OrNullObject that found its item is an ordinary object", async () => {
    const fake = fresh();
    fake.setValues("Sheet1", "A1", [
      ["Product ID", "Product"],
      ["P-1", "Patch"],
    ]);
    fake.addTable("Sheet1", "A1:B2", "Products");
    await fake.run(async (ctx: FakeRequestContext) => {
      const table = ctx.workbook.tables.getItemOrNullObject("Products");
      const range = table.getRange().load("address");
      const used = table.worksheet.getUsedRangeOrNullObject(true).load("address");
      await ctx.sync();
      expect([range.address, used.address]).toEqual(["Sheet1!A1:B2", "Sheet1!A1:B2"]);
    });
  });
});

describe("other Excel limits", () => {
  it("a get of values over five million cells returns null (office-js-docs-pr#5821), not the grid", async () => {
    const fake = fresh();
    await fake.run(async (ctx: FakeRequestContext) => {
      const huge = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:E1000001").load("values");
      const fine = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:E2").load("values");
      await ctx.sync();
      expect(huge.values).toBeNull();
      expect(fine.values).toEqual([
        ["", "", "", "", ""],
        ["", "", "", "", ""],
      ]);
    });
  });

  it("text over 32,767 characters in one cell fails the sync", async () => {
    const fake = fresh();
    await expect(
      fake.run(async (ctx: FakeRequestContext) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x".repeat(32_768)]];
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("a very hidden sheet cannot be deleted, and the last visible sheet cannot be hidden", async () => {
    const fake = fresh();
    fake.addSheet("_state");
    await fake.run(async (ctx: FakeRequestContext) => {
      ctx.workbook.worksheets.getItem("_state").visibility = "VeryHidden";
      await ctx.sync();
    });
    expect(fake.sheet("_state").visibility).toBe("VeryHidden");
    for (const act of [
      (ctx: FakeRequestContext) => ctx.workbook.worksheets.getItem("_state").delete(),
      (ctx: FakeRequestContext) =>
        void (ctx.workbook.worksheets.getItem("Sheet1").visibility = "Hidden"),
    ]) {
      await expect(
        fake.run(async (ctx: FakeRequestContext) => {
          act(ctx);
          await ctx.sync();
        })
      ).rejects.toMatchObject({ code: "InvalidOperation" });
    }
  });
});

describe("requirement sets", () => {
  it("an API above the host's ExcelApi version fails the sync with ApiNotFound; isSetSupported agrees", async () => {
    const fake = new FakeExcel({ limits: { excelApi: "1.12" } });
    fake.setValues("Sheet1", "A1", [["Name"], ["x"]]);
    fake.addTable("Sheet1", "A1:A2", "T");
    const uninstall = fake.install();
    try {
      const office = (globalThis as unknown as { Office: typeof Office }).Office;
      expect(office.context.requirements.isSetSupported("ExcelApi", "1.12")).toBe(true);
      expect(office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
      expect(office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    } finally {
      uninstall();
    }
    await expect(
      fake.run(async (ctx: FakeRequestContext) => {
        ctx.workbook.tables.getItem("T").resize("Sheet1!A1:A3");
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "ApiNotFound" });
    expect(fake.table("T")!.address).toBe("Sheet1!A1:A2");
  });
});

describe("data validation text limits", () => {
  it.each([
    [
      "a list source of 256 characters",
      { rule: { list: { inCellDropDown: true, source: "x".repeat(256) } } },
    ],
    [
      "an error title of 33 characters",
      { errorAlert: { showAlert: true, style: "Warning", title: "t".repeat(33), message: "m" } },
    ],
    [
      "an error message of 226 characters",
      { errorAlert: { showAlert: true, style: "Warning", title: "t", message: "m".repeat(226) } },
    ],
  ])("%s fails the sync", async (_label, set) => {
    const fake = fresh();
    await expect(
      fake.run(async (ctx: FakeRequestContext) => {
        Object.assign(
          ctx.workbook.worksheets.getItem("Sheet1").getRange("A2:A5").dataValidation,
          set
        );
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("255 / 32 / 225 characters are accepted", async () => {
    const fake = fresh();
    await fake.run(async (ctx: FakeRequestContext) => {
      const dv = ctx.workbook.worksheets.getItem("Sheet1").getRange("A2:A5").dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: "x".repeat(255) } };
      dv.errorAlert = {
        showAlert: true,
        style: "Warning",
        title: "t".repeat(32),
        message: "m".repeat(225),
      };
      await ctx.sync();
    });
    expect(fake.sheet("Sheet1").validation("A3")).toEqual({
      list: { inCellDropDown: true, source: "x".repeat(255) },
    });
  });
});

describe("values are parsed like typed input", () => {
  async function write(value: string | number | boolean, format?: string): Promise<FakeExcel> {
    const fake = fresh();
    await fake.run(async (ctx: FakeRequestContext) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("B2");
      if (format) range.numberFormat = [[format]];
      range.values = [[value]];
      await ctx.sync();
    });
    return fake;
  }

  it.each([
    ['=HYPERLINK("http://x","y")', '=HYPERLINK("http://x","y")'],
    ["=1+1", "=1+1"],
    ["+A1", "=+A1"],
    ["-A1", "=-A1"],
    ["@SUM(A1)", "=SUM(A1)"],
  ])("%s becomes a formula", async (input, formula) => {
    const fake = await write(input);
    expect(fake.sheet("Sheet1").cell("B2")?.formula).toBe(formula);
  });

  it("the Text number format does not protect a value starting with = (not documented for the API)", async () => {
    const fake = await write("=1+1", "@");
    expect(fake.sheet("Sheet1").cell("B2")?.formula).toBe("=1+1");
  });

  it.each([
    ["'=1+1", "=1+1"],
    ["'+1", "+1"],
    ["'00123", "00123"],
    ["'TRUE", "TRUE"],
    ["''quoted", "'quoted"],
  ])("a leading apostrophe keeps %s as the text %s", async (input, text) => {
    const fake = await write(input);
    const cell = fake.sheet("Sheet1").cell("B2");
    expect(cell?.formula).toBeUndefined();
    expect(cell?.value).toBe(text);
    expect(fake.sheet("Sheet1").cellValues("B2")).toEqual([[text]]);
  });

  it.each([
    ["123", 123],
    ["+1", 1],
    ["-2.5", -2.5],
    ["15%", 0.15],
    ["TRUE", true],
    ["2024-03-15", 45366],
  ])("%s is converted to %p", async (input, value) => {
    const fake = await write(input);
    expect(fake.sheet("Sheet1").cell("B2")?.value).toBe(value);
  });

  it("null leaves a cell unchanged; a matrix must match the range", async () => {
    const fake = fresh();
    fake.setValues("Sheet1", "A1", [["keep", "old"]]);
    await fake.run(async (ctx: FakeRequestContext) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [
        [null as unknown as string, "new"],
      ];
      await ctx.sync();
    });
    expect(fake.sheet("Sheet1").cellValues("A1:B1")).toEqual([["keep", "new"]]);
    await expect(
      fake.run(async (ctx: FakeRequestContext) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B1").values = [["one"]];
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("payload limits and sync counting", () => {
  it("counts syncs and rejects a request over the limit without applying any of it", async () => {
    const fake = fresh({ limits: { requestBytes: 10_000 } });
    const big = Array.from({ length: 200 }, (_, i) => [`row ${i} `.repeat(9)]);
    await expect(
      fake.run(async (ctx: FakeRequestContext) => {
        const sheet = ctx.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("Z1").values = [["small"]];
        sheet.getRange("A1:A200").values = big;
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.sheet("Sheet1").cell("Z1")).toBeUndefined();
    expect(fake.syncCount).toBe(1);
    expect(fake.syncs[0].requestBytes).toBeGreaterThan(10_000);
    // The same data in two requests goes through.
    fake.resetCounters();
    await fake.run(async (ctx: FakeRequestContext) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A100").values = big.slice(0, 100);
      await ctx.sync();
      sheet.getRange("A101:A200").values = big.slice(100);
      await ctx.sync();
    });
    expect(fake.syncCount).toBe(2);
    expect(fake.sheet("Sheet1").cellValues("A200")).toEqual([[big[199][0]]]);
    expect(fake.largestRequest).toBeLessThanOrEqual(10_000);
  });

  it("rejects a response over the limit", async () => {
    const fake = fresh({ limits: { responseBytes: 5_000 } });
    fake.setValues(
      "Sheet1",
      "A1",
      Array.from({ length: 500 }, () => ["some text here"])
    );
    await expect(
      fake.run(async (ctx: FakeRequestContext) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A500").load("values");
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});

describe("sheet features", () => {
  it("freezes rows, applies an AutoFilter, records selection and settings", async () => {
    const fake = fresh();
    await fake.run(async (ctx: FakeRequestContext) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      sheet.freezePanes.freezeRows(2);
      sheet.autoFilter.apply("A1:C10");
      sheet.getRange("B5").select();
      ctx.workbook.settings.add("k", { a: 1 });
      await ctx.sync();
    });
    expect(fake.sheet("Sheet1")).toMatchObject({ frozenRows: 2, autoFilter: "A1:C10" });
    expect(fake.selection).toEqual({ sheetName: "Sheet1", address: "B5" });
    expect(fake.settings.get("k")).toEqual({ a: 1 });
  });
});

describe("tables", () => {
  it("adds, names, reads and resizes a table; refuses overlaps and bad names", async () => {
    const fake = fresh();
    fake.setValues("Sheet1", "A1", [
      ["Name", "Name", ""],
      ["a", "b", "c"],
    ]);
    await fake.run(async (ctx: FakeRequestContext) => {
      const t = ctx.workbook.tables.add("Sheet1!A1:C2", true);
      t.name = "Products";
      await ctx.sync();
      const header = t.getHeaderRowRange().load("values");
      const body = t.getDataBodyRange().load("address");
      await ctx.sync();
      expect(header.values).toEqual([["Name", "Name2", "Column3"]]);
      expect(body.address).toBe("Sheet1!A2:C2");
      t.resize("Sheet1!A1:D5");
      await ctx.sync();
    });
    expect(fake.table("products")?.address).toBe("Sheet1!A1:D5");
    await expect(
      fake.run(async (ctx: FakeRequestContext) => {
        ctx.workbook.tables.add("Sheet1!C3:E9", true);
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      fake.run(async (ctx: FakeRequestContext) => {
        ctx.workbook.tables.getItem("Products").name = "A1";
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });

  it("a header-only table gets one empty data row, as in Excel", async () => {
    const fake = fresh();
    fake.setValues("Sheet1", "B2", [["x", "y"]]);
    await fake.run(async (ctx: FakeRequestContext) => {
      ctx.workbook.worksheets.getItem("Sheet1").tables.add("B2:C2", true).name = "T";
      await ctx.sync();
    });
    expect(fake.table("T")).toMatchObject({
      address: "Sheet1!B2:C3",
      rows: [["", ""]],
      showFilterButton: true,
    });
  });
});
