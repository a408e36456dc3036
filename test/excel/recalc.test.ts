/**
 * REIMB.* cells recalculate when the reference data they read arrives or changes: the pane's
 * subscription calls the adapter's recalculateReimbCells, one full calculation per change.
 */
import { recalculateReimbCells } from "../../src/excel";
import { emptyReference, type ReferenceData } from "../../src/domain/reference/model";
import { setReference } from "../../src/functions/state";
import { describeWithData, loadAll } from "../data/helpers";
import { FakeExcel } from "../support/fake-excel";

let uninstall: (() => void) | undefined;
afterEach(() => {
  uninstall?.();
  uninstall = undefined;
  setReference(emptyReference());
});

function installFake(opts?: ConstructorParameters<typeof FakeExcel>[0]): FakeExcel {
  const fake = new FakeExcel(opts);
  fake.addSheet("Sheet1");
  uninstall = fake.install();
  return fake;
}

/** The pane entry, imported as taskpane.html loads it: Office must exist first (the fake's onReady never mounts). */
function paneEntry(): typeof import("../../src/taskpane/index") {
  return require("../../src/taskpane/index");
}

/** Let queued Excel.run batches settle. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Any new reference object is a change (listeners fire on every setReference). */
function anotherReference(): ReferenceData {
  return emptyReference();
}

describe("recalculateReimbCells", () => {
  it("asks Excel for one full calculation in one batch", async () => {
    const fake = installFake();
    expect(await recalculateReimbCells()).toBe(true);
    expect(fake.calculations).toEqual(["Full"]);
    expect(fake.runCount).toBe(1);
  });

  it("never throws: a failing host leaves the pane working and says false", async () => {
    installFake({
      onSync: () => {
        throw new Error("GeneralException");
      },
    });
    await expect(recalculateReimbCells()).resolves.toBe(false);
  });
});

describe("the pane recalculates once per reference change", () => {
  it("each setReference (bundle arrival, user's newer files) → exactly one calculation", async () => {
    const fake = installFake();
    const unsubscribe = paneEntry().recalculateOnReferenceChange();
    try {
      await settle();
      expect(fake.calculations).toEqual([]); // nothing loaded yet: nothing to catch up
      setReference(anotherReference(), "bundle arrived");
      await settle();
      expect(fake.calculations).toEqual(["Full"]);
      setReference(anotherReference());
      setReference(anotherReference());
      await settle();
      expect(fake.calculations).toEqual(["Full", "Full", "Full"]);
    } finally {
      unsubscribe();
    }
    setReference(anotherReference());
    await settle();
    expect(fake.calculations).toHaveLength(3);
  });
});

describeWithData("data that arrived before the pane subscribed", () => {
  it("is caught up with one calculation, then one per change", async () => {
    setReference((await loadAll()).reference);
    const fake = installFake();
    const unsubscribe = paneEntry().recalculateOnReferenceChange();
    try {
      await settle();
      expect(fake.calculations).toEqual(["Full"]);
      setReference(anotherReference(), "user cleared the data");
      await settle();
      expect(fake.calculations).toEqual(["Full", "Full"]);
    } finally {
      unsubscribe();
    }
  });
});
