/**
 * Expert-review workbook: rows modelled on real US products (described generically), with the
 * pathway a US reimbursement adviser would give. Each row names the domain.md fact it rests on.
 * Run by expert-review.test.ts with and without the CMS reference data.
 */
import type { ProductFacts } from "../../../src/domain/product";
import type { GateId, PathwayId, PaymentMechanism, TargetCodeSystem } from "../../../src/domain/pathway";

export interface ExpertRow {
  name: string;
  rests: string;
  facts: ProductFacts;
  pathway: PathwayId;
  target: TargetCodeSystem;
  nextGate: GateId;
  productCode?: string;
  serviceCode?: string;
  bridgeCode?: string;
  benefit?: string;
  mechanisms?: PaymentMechanism[];
  noMechanisms?: PaymentMechanism[];
  warnings?: string[];
  noWarnings?: string[];
  laterGates?: GateId[];
  noGates?: GateId[];
  /** Evidence checklist item ids the row must (or must not) get. */
  evidence?: string[];
  /** Expectation only without reference data (the real files may add facts). */
  noRefOnly?: boolean;
}

function f(p: Partial<ProductFacts> & Pick<ProductFacts, "productType" | "siteOfCare">): ProductFacts {
  return { candidateCodes: [], ...p };
}

export const EXPERT_ROWS: ExpertRow[] = [
  {
    name: "hypoglossal nerve stimulator implanted in HOPD (PMA 2014): procedure code, window closed",
    rests: "domain.md §1 (CPT identifies the procedure), §4.1 (pass-through newness: within 3 years of FDA approval)",
    facts: f({ productType: "implant", siteOfCare: "hospital outpatient", candidateCodes: ["64582"], codeFit: "describes", fdaStatus: "PMA approved", fdaDecisionDate: "2014-04-30", deviceCost: 20000 }),
    pathway: "existing-cpt", target: "CPT I", nextGate: "mac-coverage-lcd", serviceCode: "64582",
    noMechanisms: ["opps-device-pass-through"], laterGates: ["hospital-value-analysis"],
  },
  {
    name: "implantable pulmonary artery pressure sensor with its remote monitoring code",
    rests: "domain.md §1, §4.1 (newness window closed for a 2014 PMA)",
    facts: f({ productType: "implant", siteOfCare: "hospital outpatient", candidateCodes: ["33289", "93264"], codeFit: "describes", fdaStatus: "PMA approved", fdaDecisionDate: "2014-05-28" }),
    pathway: "existing-cpt", target: "CPT I", nextGate: "mac-coverage-lcd", serviceCode: "33289",
    noMechanisms: ["opps-device-pass-through"],
  },
  {
    name: "multi-target stool DNA test on its Category I code (PMA)",
    rests: "domain.md §2.5 (PLA only for one lab's test; an existing Cat I 8xxxx code that describes it is used), §8.7 (CLFS)",
    facts: f({ productType: "lab test", siteOfCare: "independent lab", candidateCodes: ["81528"], codeFit: "describes", fdaStatus: "PMA approved", fdaDecisionDate: "2014-08-11", performedBy: "lab" }),
    pathway: "existing-cpt", target: "CPT I", nextGate: "mac-coverage-lcd", productCode: "81528", benefit: "clinical lab",
    noGates: ["pla-application", "clfs-pricing"],
  },
  {
    name: "therapeutic CGM with dedicated receiver E2103 and sensor supply A4239",
    rests: "domain.md §7 (CGM with a dedicated receiver qualifies as DME), §8.6 (DMEPOS fee schedule; CGM supply allowance)",
    facts: f({ productType: "home-use durable equipment", siteOfCare: "home", candidateCodes: ["A4239", "E2103"], codeFit: "describes", fdaStatus: "510(k) cleared", fdaDecisionDate: "2022-12-07", durableHomeUse: true }),
    pathway: "existing-hcpcs-ii", target: "HCPCS II", nextGate: "mac-coverage-lcd", productCode: "E2103", benefit: "DME",
    mechanisms: ["dmepos-fee-schedule"], noWarnings: ["dme-not-durable"],
  },
  {
    name: "CGM whose only display is a phone app (no durable receiver)",
    rests: "domain.md §7 (DME: withstands repeated use; a phone-only CGM display does not qualify per DME MAC guidance)",
    facts: f({ productType: "home-use durable equipment", siteOfCare: "home", candidateCodes: ["A4239"], codeFit: "describes", fdaStatus: "510(k) cleared", durableHomeUse: false, description: "CGM sensor read on the patient's own smartphone only" }),
    pathway: "existing-hcpcs-ii", target: "HCPCS II", nextGate: "mac-coverage-lcd", productCode: "A4239",
    warnings: ["dme-not-durable"],
  },
  {
    name: "autonomous AI diabetic-retinopathy exam in a primary-care office (De Novo 2018)",
    rests: "domain.md §1 (existing CPT service code), §7 (diagnostic test)",
    facts: f({ productType: "software analysis", siteOfCare: "office", candidateCodes: ["92229"], codeFit: "describes", fdaStatus: "De Novo granted", fdaDecisionDate: "2018-04-11" }),
    pathway: "existing-cpt", target: "CPT I", nextGate: "mac-coverage-lcd", productCode: "92229", benefit: "diagnostic test",
  },
  {
    name: "coronary CT-derived FFR software in HOPD on 75580",
    rests: "domain.md §2.3 (75580 replaced Category III predecessors), §8.4 (OPPS)",
    facts: f({ productType: "software analysis", siteOfCare: "hospital outpatient", candidateCodes: ["75580"], codeFit: "describes", fdaStatus: "De Novo granted", fdaDecisionDate: "2014-11-26" }),
    pathway: "existing-cpt", target: "CPT I", nextGate: "mac-coverage-lcd", productCode: "75580",
    noMechanisms: ["new-technology-apc", "cat-iii-contractor-pricing"], laterGates: ["hospital-value-analysis"],
  },
  {
    name: "AI stroke-triage notification software in HOPD, no payment code",
    rests: "domain.md §2.3 (Cat III for emerging technology), §4.2 (New Technology APC for a new service)",
    facts: f({ productType: "software analysis", siteOfCare: "hospital outpatient", codeFit: "does not", fdaStatus: "510(k) cleared", fdaDecisionDate: "2025-02-01" }),
    pathway: "new-code", target: "CPT III", nextGate: "cpt-cat-iii-application",
    mechanisms: ["new-technology-apc"], warnings: ["no-candidate-code"],
  },
  {
    name: "AI stroke-triage software used on inpatients (510(k) 2025): NTAP route",
    rests: "domain.md §5 (NTAP: new, costly, SCI; FDA by May 1)",
    facts: f({ productType: "software analysis", siteOfCare: "inpatient", codeFit: "does not", fdaStatus: "510(k) cleared", fdaDecisionDate: "2025-02-01" }),
    pathway: "new-code", target: "CPT III", nextGate: "cpt-cat-iii-application", mechanisms: ["ipps-ntap"], laterGates: ["ntap-application"],
  },
  {
    name: "cochlear implant device L8614 with its procedure 69930 in HOPD",
    rests: "domain.md §1 (product's Level II code vs the procedure's CPT), §4.1 (newness long closed)",
    facts: f({ productType: "implant", siteOfCare: "hospital outpatient", candidateCodes: ["69930", "L8614"], codeFit: "describes", fdaStatus: "PMA approved", fdaDecisionDate: "1984-11-26" }),
    pathway: "existing-hcpcs-ii", target: "HCPCS II", nextGate: "mac-coverage-lcd", productCode: "L8614", serviceCode: "69930",
    noMechanisms: ["opps-device-pass-through"],
  },
  {
    name: "cochlear implant in ASC",
    rests: "domain.md §8.5 (ASC), §4.1",
    facts: f({ productType: "implant", siteOfCare: "ASC", candidateCodes: ["69930", "L8614"], codeFit: "describes", fdaStatus: "PMA approved", fdaDecisionDate: "1984-11-26" }),
    pathway: "existing-hcpcs-ii", target: "HCPCS II", nextGate: "mac-coverage-lcd", productCode: "L8614",
    noMechanisms: ["opps-device-pass-through"], laterGates: ["hospital-value-analysis"],
  },
  {
    name: "insulin pump E0784 at home",
    rests: "domain.md §7 DME (42 CFR 414.202), §8.6 (DMEPOS fee schedule)",
    facts: f({ productType: "home-use durable equipment", siteOfCare: "home", candidateCodes: ["E0784"], codeFit: "describes", fdaStatus: "510(k) cleared", durableHomeUse: true }),
    pathway: "existing-hcpcs-ii", target: "HCPCS II", nextGate: "mac-coverage-lcd", productCode: "E0784", benefit: "DME", mechanisms: ["dmepos-fee-schedule"],
  },
  {
    name: "liquid-biopsy companion diagnostic on its PLA code (PMA) in an independent lab",
    rests: "domain.md §2.5 (PLA for one lab's test; CLFS crosswalk/gapfill)",
    facts: f({ productType: "lab test", siteOfCare: "independent lab", candidateCodes: ["0242U"], codeFit: "describes", fdaStatus: "PMA approved", fdaDecisionDate: "2020-08-07" }),
    pathway: "existing-cpt", target: "PLA", nextGate: "mac-coverage-lcd", productCode: "0242U", benefit: "clinical lab",
  },
  {
    name: "RTM musculoskeletal program (setup, device supply, management)",
    rests: "domain.md §7 RTM (98975, 98977, 98980/98981)",
    facts: f({ productType: "remote monitoring", siteOfCare: "home", candidateCodes: ["98975", "98977", "98980", "98981"], codeFit: "describes", fdaStatus: "exempt" }),
    pathway: "existing-cpt", target: "CPT I", nextGate: "mac-coverage-lcd", productCode: "98977", serviceCode: "98975",
  },
  {
    name: "computerized CBT device (882.5801) on the DMHT codes",
    rests: "domain.md §7 DMHT (G0552–G0554; 21 CFR 882.5801; incident-to)",
    facts: f({ productType: "digital therapeutic", siteOfCare: "home", candidateCodes: ["G0552", "G0553", "G0554"], codeFit: "describes", fdaStatus: "510(k) cleared", description: "Rx CBT app, 21 CFR 882.5801" }),
    pathway: "existing-hcpcs-ii", target: "HCPCS II", nextGate: "mac-coverage-lcd", productCode: "G0552", benefit: "physician service",
    warnings: ["dmht-882-5801"], noWarnings: ["no-benefit-category"],
  },
  {
    name: "ADHD digital therapy device (De Novo) with no code listed: DMHT extension in CY2026",
    rests: "domain.md §7 (CY2026 final rule extends the DMHT codes to ADHD digital therapy devices), §10 item 4",
    facts: f({ productType: "digital therapeutic", siteOfCare: "home", fdaStatus: "De Novo granted", fdaDecisionDate: "2020-06-15", description: "Prescription video-game treatment for paediatric ADHD" }),
    pathway: "existing-hcpcs-ii", target: "HCPCS II", nextGate: "mac-coverage-lcd", benefit: "physician service",
    noWarnings: ["no-benefit-category"], noGates: ["benefit-category"],
  },
  {
    name: "ADHD digital therapy device on G0552 before CY2026 (asOf 2025): no DMHT yet",
    rests: "domain.md §7 (DMHT CY2025 limited to 882.5801; ADHD extension from CY2026)",
    facts: f({ productType: "digital therapeutic", siteOfCare: "home", fdaStatus: "De Novo granted", description: "Prescription digital therapy for ADHD" }),
    pathway: "existing-hcpcs-ii", target: "HCPCS II", nextGate: "payer-coverage-and-contracting", benefit: "none",
    warnings: ["no-benefit-category"],
  },
  {
    name: "air-conduction hearing aid on a V5xxx code",
    rests: "domain.md §1 (Level II code exists), §7 (coverage needs a benefit category; domain.md does not list hearing aids) — judgement: do not infer DME",
    facts: f({ productType: "home-use durable equipment", siteOfCare: "home", candidateCodes: ["V5257"], codeFit: "describes", fdaStatus: "510(k) cleared" }),
    pathway: "existing-hcpcs-ii", target: "HCPCS II", nextGate: "mac-coverage-lcd", productCode: "V5257", benefit: "unknown",
    noMechanisms: ["dmepos-fee-schedule"], warnings: ["benefit-not-inferred"],
  },
  {
    name: "oncology biologic on its own J-code in the office",
    rests: "domain.md §1 (J = drugs), §3 (existing Level II), ASP",
    facts: f({ productType: "drug or biologic", siteOfCare: "office", candidateCodes: ["96413", "J9271"], codeFit: "describes", fdaStatus: "NDA or BLA approved", fdaDecisionDate: "2014-09-04" }),
    pathway: "existing-hcpcs-ii", target: "HCPCS II", nextGate: "mac-coverage-lcd", productCode: "J9271", serviceCode: "96413", benefit: "drug",
    mechanisms: ["asp-drug-payment"], noWarnings: ["unlisted-claim"],
  },
  {
    name: "newly approved drug billed on J3490 in the office",
    rests: "domain.md §3.3 (J3490: NDC, exact dose; quarterly drug cycle §3.1)",
    facts: f({ productType: "drug or biologic", siteOfCare: "office", candidateCodes: ["J3490"], codeFit: "describes", fdaStatus: "NDA or BLA approved", fdaDecisionDate: "2026-05-01" }),
    pathway: "unlisted-noc", target: "HCPCS II", nextGate: "mac-coverage-lcd", bridgeCode: "J3490", laterGates: ["hcpcs-ii-application"],
    mechanisms: ["asp-drug-payment"], warnings: ["unlisted-claim"],
  },
  {
    name: "newly approved drug in HOPD, no code: C9399 bridge",
    rests: "domain.md §3.3 (C9399: unclassified drugs under OPPS)",
    facts: f({ productType: "drug or biologic", siteOfCare: "hospital outpatient", codeFit: "does not", fdaStatus: "NDA or BLA approved", fdaDecisionDate: "2026-05-01" }),
    pathway: "new-code", target: "HCPCS II", nextGate: "hcpcs-ii-application", bridgeCode: "C9399",
  },
  {
    name: "skin substitute with its own Q-code in HOPD (CY2026 flat rate)",
    rests: "domain.md §7 (CY2026 single incident-to rate in office and HOPD; 15271–15278 separately)",
    facts: f({ productType: "skin substitute", siteOfCare: "hospital outpatient", candidateCodes: ["Q4186", "15271"], codeFit: "describes", fdaStatus: "exempt" }),
    pathway: "existing-hcpcs-ii", target: "HCPCS II", nextGate: "mac-coverage-lcd", productCode: "Q4186", serviceCode: "15271",
    mechanisms: ["skin-substitute-incident-to-rate"], warnings: ["skin-substitute-flat-rate"],
  },
  {
    name: "skin substitute billed on Q4100 in the office",
    rests: "domain.md §3.3 (Q4100 NOS: manual review), §3.1 (skin substitutes in the biannual cycle), §7 (flat rate)",
    facts: f({ productType: "skin substitute", siteOfCare: "office", candidateCodes: ["Q4100", "15275"], codeFit: "describes", fdaStatus: "510(k) cleared" }),
    pathway: "unlisted-noc", target: "HCPCS II", nextGate: "mac-coverage-lcd", bridgeCode: "Q4100", laterGates: ["hcpcs-ii-application"],
    mechanisms: ["skin-substitute-incident-to-rate"], warnings: ["unlisted-claim"],
  },
  {
    name: "Category III code created in 2019 (0100T family era): past the 5-year sunset window",
    rests: "domain.md §2.3 (Cat III archived 5 years after creation unless converted or extended)",
    facts: f({ productType: "software analysis", siteOfCare: "office", candidateCodes: ["0042T"], codeFit: "describes", fdaStatus: "510(k) cleared", fdaDecisionDate: "2010-01-01" }),
    pathway: "existing-cpt", target: "CPT III", nextGate: "mac-coverage-lcd", warnings: ["cat-iii-sunset"], laterGates: ["cpt-cat-i-application"],
    noRefOnly: true,
  },
  {
    name: "PET/CT scanner (capital) in an IDTF",
    rests: "domain.md §4.1 (depreciable equipment not separately paid), §7 (diagnostic tests)",
    facts: f({ productType: "capital equipment", siteOfCare: "IDTF", candidateCodes: ["78815"], codeFit: "describes", fdaStatus: "510(k) cleared", fdaDecisionDate: "2012-01-01" }),
    pathway: "existing-cpt", target: "CPT I", nextGate: "mac-coverage-lcd", serviceCode: "78815", benefit: "diagnostic test",
    noGates: ["hospital-value-analysis"], noMechanisms: ["opps-device-pass-through"],
  },
  {
    name: "drug-coated device implanted in ASC, new (2025), procedure code only: pass-through",
    rests: "domain.md §4.1 (pass-through within 3 years; ASC too)",
    facts: f({ productType: "implant", siteOfCare: "ASC", candidateCodes: ["52441"], codeFit: "describes", fdaStatus: "De Novo granted", fdaDecisionDate: "2025-03-01", deviceCost: 3000 }),
    pathway: "existing-cpt", target: "HCPCS II", nextGate: "opps-pass-through-application", serviceCode: "52441", mechanisms: ["opps-device-pass-through"],
  },
  {
    name: "device implanted in ASC, authorised 2021: pass-through window closed",
    rests: "domain.md §4.1 (newness: within 3 years of FDA approval)",
    facts: f({ productType: "implant", siteOfCare: "ASC", candidateCodes: ["52441"], codeFit: "describes", fdaStatus: "De Novo granted", fdaDecisionDate: "2021-03-01" }),
    pathway: "existing-cpt", target: "CPT I", nextGate: "mac-coverage-lcd", noMechanisms: ["opps-device-pass-through"],
  },
  {
    name: "inpatient breakthrough implant under IDE, no code: FDA → TCET/RAPID, NTAP",
    rests: "domain.md §6.1 (TCET: Breakthrough, not yet authorised), §6.2 (TCET paused, RAPID), §5 (NTAP)",
    facts: f({ productType: "implant", siteOfCare: "inpatient", codeFit: "does not", fdaStatus: "IDE", breakthrough: true }),
    pathway: "new-code", target: "CPT III", nextGate: "fda-authorisation", laterGates: ["tcet-nomination", "ntap-application"],
    mechanisms: ["tcet", "ipps-ntap"], warnings: ["tcet-paused", "fda-not-authorised", "breakthrough-alt-repeal"],
  },
  {
    name: "510(k) endoscopic device whose CPT code only partly describes the service (HOPD)",
    rests: "domain.md §2.1 (descriptor must be distinct; partial fit → new code), §2.6 (unlisted bridge of the same section), §4.2 (NT-APC)",
    facts: f({ productType: "procedure device", siteOfCare: "hospital outpatient", candidateCodes: ["43270"], codeFit: "partially", fdaStatus: "510(k) cleared", fdaDecisionDate: "2025-06-01" }),
    pathway: "new-code", target: "CPT III", nextGate: "cpt-cat-iii-application", bridgeCode: "43499", mechanisms: ["new-technology-apc"],
  },
  {
    name: "physician procedure on an unlisted nervous-system code 64999",
    rests: "domain.md §2.6 (unlisted: narrative, contractor-priced, MAC prices each claim)",
    facts: f({ productType: "professional service", siteOfCare: "office", candidateCodes: ["64999"], codeFit: "describes", fdaStatus: "not a device" }),
    pathway: "unlisted-noc", target: "CPT I", nextGate: "mac-coverage-lcd", bridgeCode: "64999", mechanisms: ["cat-iii-contractor-pricing"], warnings: ["unlisted-claim"],
  },
  {
    name: "FDA-cleared respiratory panel kit sold to many labs, Cat I code describes it",
    rests: "domain.md §2.5 (PLA is for one lab's or manufacturer's test; an existing 8xxxx code that describes it is used)",
    facts: f({ productType: "lab test", siteOfCare: "independent lab", candidateCodes: ["87633"], codeFit: "describes", fdaStatus: "510(k) cleared", fdaDecisionDate: "2015-01-01" }),
    pathway: "existing-cpt", target: "CPT I", nextGate: "mac-coverage-lcd", productCode: "87633", benefit: "clinical lab", noGates: ["pla-application"],
  },
  {
    name: "FDA-cleared lab kit whose 8xxxx code only partly fits: PLA for the manufacturer's test",
    rests: "domain.md §2.5 (PLA: one lab's or one manufacturer's test)",
    facts: f({ productType: "lab test", siteOfCare: "independent lab", candidateCodes: ["87798"], codeFit: "partially", fdaStatus: "510(k) cleared" }),
    pathway: "new-code", target: "PLA", nextGate: "pla-application", mechanisms: ["clfs-crosswalk-gapfill"], laterGates: ["clfs-pricing"],
  },
  {
    name: "wound dressing supply used in a SNF",
    rests: "domain.md §1 (Level II for supplies), §7 (benefit categories) — judgement: no SNF benefit inference",
    facts: f({ productType: "supply", siteOfCare: "SNF", candidateCodes: ["A6021"], codeFit: "describes", fdaStatus: "510(k) cleared" }),
    pathway: "existing-hcpcs-ii", target: "HCPCS II", nextGate: "mac-coverage-lcd", productCode: "A6021",
  },
];
