/**
 * Date cases on both sides of every deadline (docs/roadmap.md), across year ends and leap years.
 * Each case names the cycle rule it rests on; the calendar facts are docs/reimbursement.md §2–§6.
 */
import type { GateId, PathwayId } from "../../../src/domain/pathway";
import type { ProductFacts } from "../../../src/domain/product";
import { planRoadmap, type MilestoneId, type RoadmapPlan } from "../../../src/domain/roadmap";
import { cls, day, facts, iso } from "./support";

function plan(
  pathway: PathwayId,
  gates: GateId[],
  asOf: string,
  f: Partial<ProductFacts> = {},
  expectedFda?: string,
  extra: Parameters<typeof cls>[2] = {}
): RoadmapPlan {
  return planRoadmap(facts(f), cls(pathway, gates, extra), {
    asOf: day(asOf),
    ...(expectedFda ? { expectedFdaDate: day(expectedFda) } : {}),
  });
}

function at(p: RoadmapPlan, id: MilestoneId): string | undefined {
  return iso(p.milestones.find((m) => m.id === id)?.date);
}

const CLEARED = { fdaStatus: "510(k) cleared" as const, fdaDecisionDate: "2025-06-02" };

describe("CPT Category I (panel Feb/May/Oct; deadline 3 months before; effective Jan 1 two years after)", () => {
  it.each([
    ["2027-07-01", "2027-07-01", "2027-10-01", "2029-01-01", false], // last day for the October meeting
    ["2027-07-02", "2027-11-01", "2028-02-01", "2030-01-01", true], // a day late: next year's cycle
    ["2026-12-31", "2027-02-01", "2027-05-01", "2029-01-01", false], // across the year end
    ["2028-02-29", "2028-07-01", "2028-10-01", "2030-01-01", false], // leap day: Feb 1 passed, same book
  ])(
    "as of %s: deadline %s, meeting %s, effective %s",
    (asOf, deadline, meeting, effective, missed) => {
      const p = plan("new-code", ["cpt-cat-i-application"], asOf, CLEARED);
      expect(at(p, "cpt-i-deadline")).toBe(deadline);
      expect(at(p, "cpt-i-panel")).toBe(meeting);
      expect(at(p, "cpt-i-effective")).toBe(effective);
      expect(iso(p.codedFrom.date)).toBe(effective);
      expect(p.codedFrom.date !== undefined && p.codedFrom.estimate).toBe(true); // panel months are [P]
      const deadlineNotes = p.milestones.find((m) => m.id === "cpt-i-deadline")?.notes ?? [];
      expect(deadlineNotes.some((n) => n.id === "roadmap.note.missedDeadline")).toBe(missed);
    }
  );

  it("waits for FDA clearance by the meeting (criterion 1, docs/reimbursement.md §2.2)", () => {
    const gates: GateId[] = ["fda-authorisation", "cpt-cat-i-application"];
    const onTime = plan("new-code", gates, "2027-01-01", { fdaStatus: "submitted" }, "2027-10-01");
    expect(at(onTime, "cpt-i-panel")).toBe("2027-10-01");
    expect(iso(onTime.codedFrom.date)).toBe("2029-01-01");
    const dayLate = plan("new-code", gates, "2027-01-01", { fdaStatus: "submitted" }, "2027-10-02");
    expect(at(dayLate, "cpt-i-panel")).toBe("2028-02-01");
    expect(iso(dayLate.codedFrom.date)).toBe("2030-01-01");
  });

  it("has no date without an FDA date for an unauthorised device, and says why", () => {
    const p = plan("new-code", ["fda-authorisation", "cpt-cat-i-application"], "2027-01-01", {
      fdaStatus: "submitted",
    });
    expect(p.codedFrom.date).toBeUndefined();
    expect(p.codedFrom.date === undefined && p.codedFrom.reason.id).toBe(
      "roadmap.reason.needsFdaDate"
    );
  });
});

describe("CPT Category III (published Jan/Jul after the meeting, effective six months later)", () => {
  it.each([
    ["2027-02-01", "2027-07-01", "2028-01-01"], // May meeting → July release
    ["2027-02-02", "2028-01-01", "2028-07-01"], // October meeting → January release
    ["2027-07-01", "2028-01-01", "2028-07-01"],
    ["2027-07-02", "2028-07-01", "2029-01-01"], // next February meeting, across the year end
  ])("as of %s: published %s, effective %s (no FDA needed)", (asOf, published, effective) => {
    const p = plan("new-code", ["cpt-cat-iii-application"], asOf, { fdaStatus: "IDE" });
    expect(at(p, "cpt-iii-published")).toBe(published);
    expect(iso(p.codedFrom.date)).toBe(effective);
    expect(iso(p.paidFrom.date)).toBe(effective); // contractor-priced from the code (§2.3)
  });
});

describe("PLA (quarterly release, effective one quarter later)", () => {
  it.each([
    ["2027-03-01", "2027-07-01", "2027-10-01"],
    ["2027-03-02", "2027-10-01", "2028-01-01"], // Oct 1 release → Jan 1 (docs/reimbursement.md §2.5 example)
    ["2027-12-01", "2028-04-01", "2028-07-01"],
    ["2027-12-02", "2028-07-01", "2028-10-01"], // across the year end
  ])("as of %s: released %s, effective %s", (asOf, release, effective) => {
    const p = plan("unlisted-noc", ["pla-application", "clfs-pricing"], asOf, {
      productType: "lab test",
      siteOfCare: "independent lab",
      fdaStatus: "LDT",
    });
    expect(at(p, "pla-release")).toBe(release);
    expect(iso(p.codedFrom.date)).toBe(effective);
    // The deadline mapping is not verified ([U]): every date that rests on it is an estimate.
    expect(p.codedFrom.date !== undefined && p.codedFrom.estimate).toBe(true);
  });
});

describe("HCPCS Level II", () => {
  const dme = {
    ...CLEARED,
    productType: "home-use durable equipment" as const,
    siteOfCare: "home" as const,
  };
  it.each([
    ["2027-01-04", "2027-01-04", "2027-10-01"], // Jan 1 2027 is a Friday: first business day Monday Jan 4
    ["2027-01-05", "2027-07-01", "2028-04-01"],
    ["2026-12-31", "2027-01-04", "2027-10-01"], // across the year end
    ["2028-07-03", "2028-07-03", "2029-04-01"], // Jul 1 2028 is a Saturday
    ["2028-07-04", "2029-01-02", "2029-10-01"],
    ["2023-01-03", "2023-01-03", "2023-10-01"], // Jan 2 2023 was the observed New Year holiday
  ])("non-drug, as of %s: deadline %s, effective %s", (asOf, deadline, effective) => {
    const p = plan("unlisted-noc", ["hcpcs-ii-application"], asOf, dme);
    expect(at(p, "hcpcs-deadline")).toBe(deadline);
    expect(iso(p.codedFrom.date)).toBe(effective);
    expect(iso(p.paidFrom.date)).toBe(effective);
  });

  it.each([
    ["2027-04-01", "2027-10-01"],
    ["2027-04-02", "2028-01-01"],
    ["2027-10-01", "2028-04-01"], // across the year end
  ])("drugs, as of %s: effective %s (quarterly)", (asOf, effective) => {
    const p = plan("unlisted-noc", ["hcpcs-ii-application"], asOf, {
      productType: "drug or biologic",
      fdaStatus: "NDA or BLA approved",
    });
    expect(iso(p.codedFrom.date)).toBe(effective);
  });

  it.each([
    ["2025-10-01", "2026-04-01"], // still quarterly in 2025
    ["2025-10-02", "2026-10-01"], // biannual from 2026: Jan 2 2026 deadline
  ])("skin substitutes, as of %s: effective %s", (asOf, effective) => {
    const p = plan("unlisted-noc", ["hcpcs-ii-application"], asOf, {
      productType: "skin substitute",
      fdaStatus: "510(k) cleared",
    });
    expect(iso(p.codedFrom.date)).toBe(effective);
  });

  it("waits for the FDA letter to apply, and adds PDAC verification before DME payment", () => {
    const p = plan(
      "unlisted-noc",
      ["fda-authorisation", "hcpcs-ii-application", "pdac-code-verification"],
      "2027-01-01",
      { ...dme, fdaStatus: "submitted", fdaDecisionDate: undefined },
      "2027-01-05"
    );
    expect(at(p, "hcpcs-deadline")).toBe("2027-07-01");
    expect(iso(p.codedFrom.date)).toBe("2028-04-01");
    expect(at(p, "pdac-listing")).toBe("2028-07-01");
    expect(iso(p.paidFrom.date)).toBe("2028-07-01");
  });
});

describe("OPPS device pass-through and New Technology APC (quarterly)", () => {
  const implant = {
    productType: "implant" as const,
    siteOfCare: "hospital outpatient" as const,
    fdaStatus: "PMA approved" as const,
    fdaDecisionDate: "2026-03-01",
  };
  it.each([
    ["2027-03-01", "2027-07-01"],
    ["2027-03-02", "2027-10-01"],
    ["2027-12-01", "2028-04-01"],
    ["2027-12-02", "2028-07-01"], // across the year end
    ["2025-09-02", "2026-01-01"], // Sep 1 2025 was Labor Day
    ["2025-09-03", "2026-04-01"],
  ])("as of %s: pass-through paid from %s (estimate)", (asOf, effective) => {
    const p = plan("unlisted-noc", ["opps-pass-through-application"], asOf, {
      ...implant,
      fdaDecisionDate: "2025-06-02",
    });
    expect(iso(p.paidFrom.date)).toBe(effective);
    expect(p.paidFrom.date !== undefined && p.paidFrom.estimate).toBe(true);
    expect(iso(p.codedFrom.date)).toBe(effective);
  });

  it("closes when the 3-year newness window ends (FDA on a leap day)", () => {
    const f = { ...implant, fdaDecisionDate: "2024-02-29" }; // window ends 2027-02-28
    const open = plan("unlisted-noc", ["opps-pass-through-application"], "2026-12-01", f);
    expect(iso(open.paidFrom.date)).toBe("2027-04-01");
    const closed = plan("unlisted-noc", ["opps-pass-through-application"], "2027-02-01", f);
    expect(closed.paidFrom.date).toBeUndefined();
    expect(closed.paidFrom.date === undefined && closed.paidFrom.reason.id).toBe(
      "roadmap.reason.packaged"
    );
  });

  it("New Technology APC pays from its quarter", () => {
    const p = plan("new-code", ["new-technology-apc-application"], "2027-06-01", {
      siteOfCare: "hospital outpatient",
      fdaStatus: "510(k) cleared",
    });
    expect(iso(p.paidFrom.date)).toBe("2027-10-01");
  });
});

describe("IPPS NTAP (apply early October; FDA by May 1; paid from October 1)", () => {
  const inpatient = {
    productType: "implant" as const,
    siteOfCare: "inpatient" as const,
    fdaStatus: "submitted" as const,
  };
  it.each([
    ["2026-09-30", "2027-05-01", "2026-10-01", "2027-10-01"], // FY2028
    ["2026-09-30", "2027-05-02", "2027-10-01", "2028-10-01"], // FDA a day late: FY2029, one year on
    ["2026-10-02", "2027-01-01", "2027-10-01", "2028-10-01"], // October deadline missed
    ["2027-12-31", "2028-02-29", "2028-10-01", "2029-10-01"], // leap-day FDA, across the year end
  ])("as of %s, FDA %s: deadline %s, paid from %s", (asOf, fda, deadline, effective) => {
    const p = plan("new-code", ["fda-authorisation", "ntap-application"], asOf, inpatient, fda, {
      benefitCategory: { value: "hospital service", inferred: true },
    });
    expect(at(p, "ntap-deadline")).toBe(deadline);
    expect(iso(p.paidFrom.date)).toBe(effective);
  });

  it("an NTAP candidate waiting for its FDA decision needs the date, it is not paid within the DRG", () => {
    const p = plan("new-code", ["fda-authorisation", "ntap-application"], "2026-12-04", {
      ...inpatient,
      fdaStatus: "submitted",
    });
    expect(p.paidFrom.date === undefined && p.paidFrom.reason.id).toBe(
      "roadmap.reason.needsFdaDate"
    );
  });

  it("inpatient without NTAP is paid within the MS-DRG", () => {
    const p = plan("new-code", ["mac-coverage-lcd"], "2027-01-01", {
      ...inpatient,
      fdaStatus: "PMA approved",
    });
    expect(p.paidFrom.date === undefined && p.paidFrom.reason.id).toBe("roadmap.reason.drgOnly");
  });
});

describe("TCET (nominate ~12 months before FDA; closed within 6 months; paused April 2026)", () => {
  const breakthrough = { fdaStatus: "submitted" as const, breakthrough: true };
  it.each([
    ["2026-01-01", "2027-06-01", "planned", "2026-06-01"],
    ["2026-04-22", "2026-10-23", "planned", "2026-04-22"], // a day before the window closes
    ["2026-04-22", "2026-10-21", "closed", undefined], // within 6 months of the FDA decision
    ["2026-04-23", "2027-06-01", "closed", undefined], // paused
  ])("as of %s, FDA %s: %s", (asOf, fda, status, nominate) => {
    const p = plan("new-code", ["fda-authorisation", "tcet-nomination"], asOf, breakthrough, fda);
    const m = p.milestones.find((x) => x.id === "tcet-nomination");
    expect(m?.status).toBe(status);
    expect(iso(m?.date)).toBe(nominate);
  });

  it("aims at an NCD 6 months after a leap-day authorisation", () => {
    const p = plan(
      "new-code",
      ["fda-authorisation", "tcet-nomination"],
      "2025-01-01",
      breakthrough,
      "2026-02-28"
    );
    expect(at(p, "tcet-ncd")).toBe("2026-08-28");
    expect(at(p, "tcet-nomination")).toBe("2025-02-28");
  });
});

describe("existing codes, coverage estimates and unpaid pathways", () => {
  it("an existing CPT code carries claims from the as-of date; coverage is a 6–12 month estimate", () => {
    const p = plan(
      "existing-cpt",
      ["mac-coverage-lcd", "payer-coverage-and-contracting"],
      "2027-03-15",
      CLEARED,
      undefined,
      {
        serviceCode: "99213",
      }
    );
    expect(iso(p.codedFrom.date)).toBe("2027-03-15");
    expect(p.codedFrom.date !== undefined && p.codedFrom.estimate).toBe(false);
    expect(iso(p.paidFrom.date)).toBe("2027-03-15");
    const mac = p.milestones.find((m) => m.id === "mac-coverage");
    expect([iso(mac?.date), iso(mac?.until), mac?.estimate]).toEqual([
      "2027-09-15",
      "2028-03-15",
      true,
    ]);
  });

  it("an existing code waits for an expected FDA date, an estimate", () => {
    const p = plan(
      "existing-cpt",
      ["fda-authorisation", "mac-coverage-lcd"],
      "2027-03-15",
      { fdaStatus: "submitted" },
      "2027-08-31",
      {
        serviceCode: "64483",
      }
    );
    expect(iso(p.codedFrom.date)).toBe("2027-08-31");
    expect(p.codedFrom.date !== undefined && p.codedFrom.estimate).toBe(true);
  });

  it("an expected FDA date already past counts from the as-of date and says so", () => {
    const p = plan(
      "existing-cpt",
      ["fda-authorisation"],
      "2027-03-15",
      { fdaStatus: "submitted" },
      "2027-01-01",
      {
        serviceCode: "64483",
      }
    );
    expect(iso(p.codedFrom.date)).toBe("2027-03-15");
    const fda = p.milestones.find((m) => m.id === "fda-decision");
    expect(fda?.notes.map((n) => n.id)).toEqual(["roadmap.note.fdaDatePast"]);
  });

  it("no benefit category: not separately paid, with the reason", () => {
    const p = plan(
      "existing-hcpcs-ii",
      ["payer-coverage-and-contracting", "benefit-category"],
      "2027-01-01",
      {
        productType: "digital therapeutic",
        fdaStatus: "De Novo granted",
      },
      undefined,
      { benefitCategory: { value: "none", inferred: false } }
    );
    expect(p.paidFrom.date === undefined && p.paidFrom.reason.id).toBe(
      "roadmap.reason.noBenefitCategory"
    );
    expect(p.milestones.find((m) => m.id === "benefit-category")?.owner).toBe("congress");
  });

  it("an existing code CMS does not pay separately gives the warning as the reason", () => {
    const p = plan("existing-hcpcs-ii", ["mac-coverage-lcd"], "2027-01-01", CLEARED, undefined, {
      productCode: "A4649",
      warnings: [{ code: "packaged-supply", id: "pathway.warning.packaged-supply" }],
    });
    expect(p.paidFrom.date === undefined && p.paidFrom.reason.id).toBe(
      "pathway.warning.packaged-supply"
    );
    expect(iso(p.codedFrom.date)).toBe("2027-01-01");
  });
});
