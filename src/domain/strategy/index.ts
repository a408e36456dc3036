/**
 * Strategy: who can block adoption of this row (the decision chain, in the order
 * they act) and the six plan implications the pathway drives (docs/features.md#truths: regulatory
 * pathway, reimbursement workplan, channel model, staffing level, evidence investment, first
 * customer segment). Each implication is the first matching row of its table.
 */
import { msg, type Msg } from "../../i18n/catalogue";
import { GATE_RULES } from "../pathway/rules";
import type { Classification } from "../pathway/types";
import type { ProductFacts } from "../product";
import type { ProductType, SiteOfCare } from "../vocab";

export type ImplicationKey =
  | "regulatoryPathway"
  | "reimbursementWorkplan"
  | "channelModel"
  | "staffingLevel"
  | "evidenceInvestment"
  | "firstCustomerSegment";

export const IMPLICATION_KEYS: readonly ImplicationKey[] = [
  "regulatoryPathway",
  "reimbursementWorkplan",
  "channelModel",
  "staffingLevel",
  "evidenceInvestment",
  "firstCustomerSegment",
];

export interface Strategy {
  decisionChain: { actorId: string; role: Msg }[];
  implications: Record<ImplicationKey, Msg>;
}

interface Ctx {
  c: Classification;
  type?: ProductType;
  site?: SiteOfCare;
  fda?: string;
  breakthrough: boolean;
  has(mechanism: Classification["paymentMechanisms"][number]): boolean;
  onPath(gate: Classification["nextGate"]): boolean;
}

/** A table row: when `when` holds, the implication is catalogue id `id` (docs/reimbursement.md § in `source`). */
interface Row {
  when: (x: Ctx) => boolean;
  id: string;
  source: string;
}

const always = () => true;
/**
 * The engine found the code's benefit excluded by statute (SSA §1862(a), docs/reimbursement.md §7.1): Medicare
 * will not pay whatever code is used, so every plan implication turns to the payers that can.
 */
const excluded = (x: Ctx): boolean => x.c.warnings.some((w) => w.code === "statutory-exclusion");
const EXCLUSION_SOURCE =
  "docs/reimbursement.md §7.1 (SSA §1862(a) exclusions; Medicare Advantage supplemental benefits)";
const HOME_TYPES = new Set<string>(["home-use durable equipment", "orthotic or prosthetic"]);
const FACILITY = new Set<string>(["hospital outpatient", "ASC", "inpatient"]);

export const IMPLICATION_TABLES: Readonly<Record<ImplicationKey, readonly Row[]>> = {
  regulatoryPathway: [
    {
      when: (x) =>
        x.fda !== undefined &&
        ["submitted", "IDE", "not submitted"].includes(x.fda) &&
        x.breakthrough,
      id: "strategy.reg.breakthroughPending",
      source: "docs/reimbursement.md §6.1, §6.2",
    },
    {
      when: (x) => x.fda === "not submitted",
      id: "strategy.reg.notSubmitted",
      source: "docs/reimbursement.md §2.2 criterion 1, §4.1, §5",
    },
    {
      when: (x) => x.fda === "submitted" || x.fda === "IDE",
      id: "strategy.reg.pending",
      source: "docs/reimbursement.md §4.1 (IDE Category B), §5 (authorisation by May 1)",
    },
    {
      when: (x) => x.fda === "LDT",
      id: "strategy.reg.ldt",
      source: "docs/reimbursement.md §2.5 (PLA application asks FDA status, incl. LDT)",
    },
    {
      when: (x) => x.fda === "not a device",
      id: "strategy.reg.notDevice",
      source: "docs/reimbursement.md §1",
    },
    {
      when: (x) => x.fda === undefined,
      id: "strategy.reg.unknown",
      source: "docs/reimbursement.md §2.2 criterion 1",
    },
    {
      when: always,
      id: "strategy.reg.authorised",
      source: "docs/reimbursement.md §3.2, §4.1 (FDA documents and dates reused at every gate)",
    },
  ],
  reimbursementWorkplan: [
    { when: excluded, id: "strategy.plan.statutoryExclusion", source: EXCLUSION_SOURCE },
    {
      // An ADHD digital therapy listed on A9291 from CY2026: the engine flags it (dmht-adhd-a9291).
      when: (x) => x.c.warnings.some((w) => w.code === "dmht-adhd-a9291"),
      id: "strategy.plan.dmhtAdhd",
      source:
        "docs/reimbursement.md §7 (CY2026 extends G0552–G0554 to ADHD digital therapy; A9291 has no benefit category)",
    },
    {
      when: (x) => x.c.benefitCategory.value === "none",
      id: "strategy.plan.noBenefit",
      source: "docs/reimbursement.md §7",
    },
    {
      // The engine left the category unsettled (non-durable "DME", a code family outside the
      // product type's, e.g. V5xxx): a code is not coverage, so that question comes first.
      when: (x) => x.c.benefitCategory.value === "unknown",
      id: "strategy.plan.benefitUnsettled",
      source:
        "docs/reimbursement.md §1 (a code does not guarantee coverage), §7 (coverage requires a benefit category)",
    },
    {
      when: (x) => x.has("opps-device-pass-through"),
      id: "strategy.plan.passThrough",
      source: "docs/reimbursement.md §4.1",
    },
    {
      when: (x) => x.has("ipps-ntap"),
      id: "strategy.plan.ntap",
      source: "docs/reimbursement.md §5",
    },
    {
      when: (x) => x.c.pathway === "unlisted-noc",
      id: "strategy.plan.unlistedBridge",
      source: "docs/reimbursement.md §2.6, §3.3",
    },
    {
      when: (x) => x.c.pathway === "new-code" && x.c.targetCodeSystem === "PLA",
      id: "strategy.plan.newPla",
      source: "docs/reimbursement.md §2.5",
    },
    {
      when: (x) => x.c.pathway === "new-code" && x.c.targetCodeSystem === "CPT I",
      id: "strategy.plan.newCptI",
      source: "docs/reimbursement.md §2.2, §2.4",
    },
    {
      when: (x) => x.c.pathway === "new-code" && x.c.targetCodeSystem === "CPT III",
      id: "strategy.plan.newCptIII",
      source: "docs/reimbursement.md §2.3",
    },
    {
      when: (x) => x.c.pathway === "new-code",
      id: "strategy.plan.newLevelII",
      source: "docs/reimbursement.md §3.1, §3.2",
    },
    {
      when: (x) => x.c.targetCodeSystem === "CPT III",
      id: "strategy.plan.catIII",
      source: "docs/reimbursement.md §2.3",
    },
    {
      when: (x) => x.c.targetCodeSystem === "PLA",
      id: "strategy.plan.pla",
      source: "docs/reimbursement.md §2.5, §8.7",
    },
    {
      when: (x) => x.onPath("pdac-code-verification"),
      id: "strategy.plan.pdac",
      source: "docs/reimbursement.md §3.4",
    },
    {
      when: (x) => x.c.pathway === "existing-hcpcs-ii",
      id: "strategy.plan.existingLevelII",
      source: "docs/reimbursement.md §3, §8.6",
    },
    {
      when: always,
      id: "strategy.plan.existingCpt",
      source: "docs/reimbursement.md §1 (a code is not coverage), §9",
    },
  ],
  channelModel: [
    { when: excluded, id: "strategy.channel.otherPayers", source: EXCLUSION_SOURCE },
    {
      when: (x) => x.c.benefitCategory.value === "none",
      id: "strategy.channel.commercialDirect",
      source: "docs/reimbursement.md §7",
    },
    {
      when: (x) => x.type === "lab test",
      id: "strategy.channel.lab",
      source: "docs/reimbursement.md §2.5",
    },
    {
      when: (x) => x.type !== undefined && HOME_TYPES.has(x.type),
      id: "strategy.channel.dmeSupplier",
      source: "docs/reimbursement.md §3.4, §8.6",
    },
    {
      when: (x) => x.type === "remote monitoring" || x.type === "digital therapeutic",
      id: "strategy.channel.practicePrograms",
      source: "docs/reimbursement.md §7 (RPM/RTM, DMHT incident-to)",
    },
    {
      when: (x) => x.type === "drug or biologic",
      id: "strategy.channel.specialtyDistribution",
      source: "docs/reimbursement.md §3.3 (NDC on claims)",
    },
    {
      when: (x) => x.site !== undefined && FACILITY.has(x.site),
      id: "strategy.channel.hospitalDistributor",
      source: "docs/reimbursement.md §8.8",
    },
    {
      when: always,
      id: "strategy.channel.physicianPractice",
      source: "docs/reimbursement.md §8.1, §8.8",
    },
  ],
  staffingLevel: [
    {
      when: (x) => x.c.nextGate === "fda-authorisation",
      id: "strategy.staff.regulatoryFirst",
      source: "docs/reimbursement.md §2.2, §4.1",
    },
    { when: excluded, id: "strategy.staff.marketAccess", source: EXCLUSION_SOURCE },
    {
      when: (x) =>
        x.c.pathway === "new-code" &&
        (x.c.targetCodeSystem === "CPT I" || x.c.targetCodeSystem === "CPT III"),
      id: "strategy.staff.cptProgramme",
      source: "docs/reimbursement.md §2.2–§2.4 (~18 months, three Panel meetings a year)",
    },
    {
      when: (x) => x.c.pathway === "new-code",
      id: "strategy.staff.codingApplication",
      source: "docs/reimbursement.md §2.5, §3.1",
    },
    {
      when: (x) => x.c.pathway === "unlisted-noc",
      id: "strategy.staff.claimsSupport",
      source: "docs/reimbursement.md §2.6, §3.3",
    },
    {
      when: (x) =>
        x.c.paymentMechanisms.length > 0 &&
        (x.has("opps-device-pass-through") || x.has("ipps-ntap") || x.has("new-technology-apc")),
      id: "strategy.staff.paymentApplication",
      source: "docs/reimbursement.md §4, §5",
    },
    { when: always, id: "strategy.staff.lean", source: "docs/reimbursement.md §9" },
  ],
  evidenceInvestment: [
    { when: excluded, id: "strategy.evidence.payerValueDossier", source: EXCLUSION_SOURCE },
    {
      when: (x) => x.c.benefitCategory.value === "none",
      id: "strategy.evidence.commercialValue",
      source: "docs/reimbursement.md §7",
    },
    {
      when: (x) => x.has("tcet"),
      id: "strategy.evidence.tcet",
      source: "docs/reimbursement.md §6.1, §6.2, §9",
    },
    {
      when: (x) => x.c.targetCodeSystem === "CPT I" && x.c.pathway !== "existing-cpt",
      id: "strategy.evidence.catI",
      source: "docs/reimbursement.md §2.2",
    },
    {
      when: (x) => x.c.targetCodeSystem === "CPT III",
      id: "strategy.evidence.catIII",
      source: "docs/reimbursement.md §2.3, §9",
    },
    {
      when: (x) => x.c.targetCodeSystem === "PLA",
      id: "strategy.evidence.pla",
      source: "docs/reimbursement.md §2.5, §9",
    },
    {
      when: (x) => x.has("opps-device-pass-through") || x.has("ipps-ntap"),
      id: "strategy.evidence.sci",
      source: "docs/reimbursement.md §4.1, §5",
    },
    {
      when: (x) => x.c.targetCodeSystem === "HCPCS II" && x.c.pathway !== "existing-hcpcs-ii",
      id: "strategy.evidence.levelII",
      source: "docs/reimbursement.md §3.2",
    },
    {
      when: always,
      id: "strategy.evidence.coverage",
      source: "docs/reimbursement.md §9 (MAC strength of evidence)",
    },
  ],
  firstCustomerSegment: [
    { when: excluded, id: "strategy.segment.otherPayers", source: EXCLUSION_SOURCE },
    {
      when: (x) => x.c.benefitCategory.value === "none",
      id: "strategy.segment.commercialPayers",
      source: "docs/reimbursement.md §7",
    },
    {
      when: (x) => x.c.nextGate === "fda-authorisation",
      id: "strategy.segment.trialSites",
      source: "docs/reimbursement.md §6.2 (IDE enrolling Medicare beneficiaries)",
    },
    {
      when: (x) => x.has("opps-device-pass-through"),
      id: "strategy.segment.passThroughHospitals",
      source: "docs/reimbursement.md §4.1",
    },
    {
      when: (x) => x.has("ipps-ntap"),
      id: "strategy.segment.ntapHospitals",
      source: "docs/reimbursement.md §5",
    },
    {
      when: (x) => x.c.pathway === "unlisted-noc" || x.c.targetCodeSystem === "CPT III",
      id: "strategy.segment.academicCentres",
      source: "docs/reimbursement.md §2.3, §2.6",
    },
    {
      when: (x) => x.type === "lab test",
      id: "strategy.segment.orderingSpecialists",
      source: "docs/reimbursement.md §2.5",
    },
    {
      when: (x) => x.type !== undefined && HOME_TYPES.has(x.type),
      id: "strategy.segment.dmeSuppliers",
      source: "docs/reimbursement.md §3.4, §8.6",
    },
    {
      when: (x) => x.site !== undefined && FACILITY.has(x.site),
      id: "strategy.segment.hospitals",
      source: "docs/reimbursement.md §8.8",
    },
    { when: always, id: "strategy.segment.practices", source: "docs/reimbursement.md §8.1" },
  ],
};

const CLINICAL_TYPES = new Set<string>([
  "procedure device",
  "implant",
  "capital equipment",
  "software analysis",
  "remote monitoring",
  "digital therapeutic",
  "skin substitute",
  "professional service",
  "lab test",
  "drug or biologic",
]);
const DISTRIBUTED = new Set<string>([
  "procedure device",
  "implant",
  "capital equipment",
  "supply",
  "home-use durable equipment",
  "orthotic or prosthetic",
  "skin substitute",
  "drug or biologic",
]);
const DATA_TYPES = new Set<string>([
  "software analysis",
  "remote monitoring",
  "digital therapeutic",
]);
const RISK_TYPES = new Set<string>([
  "implant",
  "procedure device",
  "capital equipment",
  "software analysis",
]);

function str(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

export function strategyFor(c: Classification, facts: ProductFacts): Strategy {
  const f = (facts ?? {}) as Partial<Record<keyof ProductFacts, unknown>>;
  const type = str(f.productType) as ProductType | undefined;
  const site = str(f.siteOfCare) as SiteOfCare | undefined;
  const onPath = new Set([c.nextGate, ...c.laterGates]);
  const x: Ctx = {
    c,
    type,
    site,
    fda: str(f.fdaStatus),
    breakthrough: f.breakthrough === true,
    has: (m) => c.paymentMechanisms.includes(m),
    onPath: (g) => onPath.has(g),
  };

  // Gate owners in the order their gates open, then the people who decide use in practice.
  const chain: { actorId: string; role: Msg }[] = [];
  const seen = new Set<string>();
  const push = (actorId: string, role: Msg) => {
    if (seen.has(actorId)) return;
    seen.add(actorId);
    chain.push({ actorId, role });
  };
  for (const g of [c.nextGate, ...c.laterGates])
    push(GATE_RULES[g].owner, msg(`strategy.role.gate.${g}`));
  if (type && CLINICAL_TYPES.has(type))
    push("physician-champion", msg("strategy.role.actor.physician-champion"));
  if (type && DISTRIBUTED.has(type)) push("distributor", msg("strategy.role.actor.distributor"));
  if (
    (type && DATA_TYPES.has(type)) ||
    (typeof f.description === "string" &&
      /\b(app|cloud|software|AI|wireless|Bluetooth)\b/i.test(f.description))
  )
    push("privacy-officer", msg("strategy.role.actor.privacy-officer"));
  if ((type && RISK_TYPES.has(type)) || f.implanted === true)
    push("risk-manager", msg("strategy.role.actor.risk-manager"));

  const implications = {} as Record<ImplicationKey, Msg>;
  for (const key of IMPLICATION_KEYS) {
    const table = IMPLICATION_TABLES[key];
    let chosen = table[table.length - 1];
    for (const row of table) {
      if (row.when(x)) {
        chosen = row;
        break;
      }
    }
    implications[key] =
      chosen.id === "strategy.plan.unlistedBridge" && c.bridgeCode
        ? msg(chosen.id, { code: c.bridgeCode, target: c.targetCodeSystem })
        : msg(chosen.id);
  }
  return { decisionChain: chain, implications };
}
