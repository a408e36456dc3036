/**
 * The overwrite question is asked between two Excel batches, never inside one: the user can go on
 * editing while the dialog is open, and what they change meanwhile must not be overwritten unasked.
 */
import { EVIDENCE_COLUMN_IDS, PATHWAY_COLUMN_IDS } from "../../src/domain/report";
import { classifyWorkbook, setAdapterLimits, type OverwriteRequest } from "../../src/excel";
import { type FakeExcel, columnLetters } from "../support/fake-excel";
import { HEADERS, workbookWithProducts } from "./helpers";

let cleanup: (() => void)[] = [];
afterEach(() => {
  for (const f of cleanup.reverse()) f();
  cleanup = [];
});

function setup(n: number, opts?: Parameters<typeof workbookWithProducts>[1]): FakeExcel {
  const made = workbookWithProducts(n, opts);
  cleanup.push(made.uninstall);
  return made.fake;
}

const col = (id: (typeof PATHWAY_COLUMN_IDS)[number]): string =>
  columnLetters(HEADERS.length + PATHWAY_COLUMN_IDS.indexOf(id));
const evCol = (id: (typeof EVIDENCE_COLUMN_IDS)[number]): string =>
  columnLetters(EVIDENCE_COLUMN_IDS.indexOf(id));
const where = (list: OverwriteRequest[]): string[] =>
  list.map((c) => `${c.sheetName}!${c.address}`);

describe("the overwrite question", () => {
  it("is asked with nothing written yet, and an edit made while it is open is asked about too", async () => {
    const fake = setup(3);
    await classifyWorkbook({ locale: "en" });
    const first = `${col("nextGate")}3`;
    const second = `${col("rationale")}2`;
    const written = fake.sheet("Products").cellValues(second)[0][0];
    fake.setValues("Products", first, [["Ask distributor first"]]);
    const before = fake.snapshot();

    const questions: OverwriteRequest[][] = [];
    const outcome = await classifyWorkbook({
      locale: "en",
      confirmOverwrite: async (list) => {
        questions.push(list);
        // Nothing is written while the user is asked.
        if (questions.length === 1) {
          expect(fake.snapshot()).toBe(before);
          // The user edits another output cell while the dialog is open.
          fake.setValues("Products", second, [["Our own rationale"]]);
        }
        return true;
      },
    });
    // The first answer covered only the first cell: the edit made meanwhile is asked about on its own.
    expect(questions.map(where)).toEqual([[`Products!${first}`], [`Products!${second}`]]);
    expect(questions[1][0]).toMatchObject({ current: "Our own rationale", next: written });
    expect(outcome.conflicts).toBe(2);
    expect(fake.sheet("Products").cellValues(second)).toEqual([[written]]);
  });

  it("keeps an edit made while the dialog is open when the user declines the second question", async () => {
    const fake = setup(3);
    await classifyWorkbook({ locale: "en" });
    const first = `${col("nextGate")}3`;
    const second = `${col("rationale")}2`;
    fake.setValues("Products", first, [["Ask distributor first"]]);
    const answers = [true, false];
    let asked = 0;
    await classifyWorkbook({
      locale: "en",
      confirmOverwrite: async () => {
        if (asked === 0) fake.setValues("Products", second, [["Our own rationale"]]);
        return answers[asked++];
      },
    });
    expect(asked).toBe(2);
    expect(fake.sheet("Products").cellValues(second)).toEqual([["Our own rationale"]]);
    expect(fake.sheet("Products").cellValues(first)).not.toEqual([["Ask distributor first"]]);
  });

  it("carries over Evidence notes typed while the dialog is open (they are never a question)", async () => {
    const fake = setup(3);
    await classifyWorkbook({ locale: "en" });
    fake.setValues("Products", `${col("nextGate")}3`, [["mine"]]);
    const notes = `${evCol("notes")}2`;
    await classifyWorkbook({
      locale: "en",
      confirmOverwrite: async () => {
        fake.setValues("Evidence", notes, [["called the MAC on Sep 30"]]);
        return false;
      },
    });
    expect(fake.sheet("Evidence").cellValues(notes)).toEqual([["called the MAC on Sep 30"]]);
  });

  it("writes to a sheet renamed or a table deleted while the dialog is open, without failing half-way", async () => {
    const fake = setup(3);
    await classifyWorkbook({ locale: "en" });
    fake.setValues("Products", `${col("nextGate")}3`, [["mine"]]);
    const outcome = await classifyWorkbook({
      locale: "en",
      confirmOverwrite: async () => {
        fake.state.sheetByName("Strategy")!.name = "Strategy (old)";
        fake.state.tables = fake.state.tables.filter((t) => t.name !== "Evidence");
        return false;
      },
    });
    expect(outcome.cancelled).toBe(false);
    expect(fake.table("Strategy")!.sheetName).toBe("Strategy (old)");
    expect(fake.table("Strategy")!.rows).toHaveLength(3);
    expect(fake.table("Evidence")!.rows.length).toBeGreaterThan(0);
    expect(fake.sheet("Products").cellValues(`${col("nextGate")}3`)).toEqual([["mine"]]);
  });

  it("stops asking after three questions and keeps every cell not answered for", async () => {
    const fake = setup(2);
    await classifyWorkbook({ locale: "en" });
    fake.setValues("Products", `${col("nextGate")}2`, [["edit 0"]]);
    let asked = 0;
    await classifyWorkbook({
      locale: "en",
      confirmOverwrite: async () => {
        asked++;
        fake.setValues("Products", `${col("nextGate")}2`, [[`edit ${asked}`]]);
        return true;
      },
    });
    expect(asked).toBe(3);
    expect(fake.sheet("Products").cellValues(`${col("nextGate")}2`)).toEqual([["edit 3"]]);
  });

  it("costs a second, constant set of round trips only when there is a question", async () => {
    cleanup.push(setAdapterLimits({ requestBytes: 1e12, sliceBytes: 1e12, readCells: 1e9 }));
    for (const n of [5, 500]) {
      const fake = setup(n, { limits: { requestBytes: 1e12, responseBytes: 1e12 } });
      await classifyWorkbook({ locale: "en" });
      fake.setValues("Products", `${col("nextGate")}2`, [["mine"]]);
      // Three reads to plan, the question, three reads to plan again, one write.
      const outcome = await classifyWorkbook({ locale: "en", confirmOverwrite: async () => true });
      expect(outcome.syncCount).toBe(7);
      // No question: one batch, as before.
      expect(
        (await classifyWorkbook({ locale: "en", confirmOverwrite: async () => true })).syncCount
      ).toBe(4);
      cleanup.pop()!();
    }
  });
});
