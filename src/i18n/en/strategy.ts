/** English messages for the `strategy.*` area. */
export const STRATEGY: Readonly<Record<string, string>> = {
  "strategy.implication.regulatoryPathway": "Regulatory pathway",
  "strategy.implication.reimbursementWorkplan": "Reimbursement workplan",
  "strategy.implication.channelModel": "Channel model",
  "strategy.implication.staffingLevel": "Staffing level",
  "strategy.implication.evidenceInvestment": "Evidence investment",
  "strategy.implication.firstCustomerSegment": "First customer segment",

  // What each gate owner decides, in the order the gates open.
  "strategy.role.gate.fda-authorisation":
    "FDA decides marketing authorisation; nothing else in the US opens before it.",
  "strategy.role.gate.benefit-category":
    "Only a statutory Medicare benefit category lets Medicare pay; without one, Medicare cannot pay whatever the code.",
  "strategy.role.gate.cpt-cat-i-application":
    "The AMA CPT Editorial Panel decides whether a Category I code is created (then the RUC values it).",
  "strategy.role.gate.cpt-cat-iii-application":
    "The AMA CPT Editorial Panel decides whether a Category III tracking code is created.",
  "strategy.role.gate.pla-application":
    "The AMA CPT Editorial Panel (PLA technical advisory group) issues the test's PLA code.",
  "strategy.role.gate.hcpcs-ii-application":
    "The CMS HCPCS workgroup decides on a new Level II code and signals the benefit category.",
  "strategy.role.gate.pdac-code-verification":
    "PDAC decides which code the product may be billed under; DME MACs pay only listed products.",
  "strategy.role.gate.opps-pass-through-application":
    "CMS (OPPS) decides pass-through status and the new device category.",
  "strategy.role.gate.new-technology-apc-application":
    "CMS (OPPS) assigns the service to a New Technology APC cost band.",
  "strategy.role.gate.ntap-application":
    "CMS (IPPS) decides the New Technology Add-on Payment in the annual rule.",
  "strategy.role.gate.tcet-nomination":
    "CMS coverage staff decide whether to accept the device into TCET.",
  "strategy.role.gate.mac-coverage-lcd":
    "The MAC decides coverage (LCD) and, for unlisted or contractor-priced codes, the payment per claim.",
  "strategy.role.gate.clfs-pricing": "CMS sets the CLFS price by crosswalk or MAC gapfill.",
  "strategy.role.gate.payer-coverage-and-contracting":
    "Commercial payers decide their own coverage policy and contract rates.",
  "strategy.role.gate.hospital-value-analysis":
    "The hospital value-analysis committee decides whether the facility buys the product.",
  "strategy.role.actor.physician-champion":
    "A physician champion decides to use, order or prescribe it and carries the case to colleagues and societies.",
  "strategy.role.actor.distributor":
    "The US distributor decides whether to carry the product and how hard to sell it.",
  "strategy.role.actor.privacy-officer":
    "The provider's privacy officer can stop any product that handles patient data.",
  "strategy.role.actor.risk-manager":
    "The provider's risk manager can stop use pending liability cover and indemnities.",

  // Regulatory pathway.
  "strategy.reg.breakthroughPending":
    "Finish FDA authorisation with the Breakthrough team; line up the coverage route (TCET is paused, RAPID announced) and design the pivotal study to enrol Medicare beneficiaries.",
  "strategy.reg.notSubmitted":
    "Start with the FDA submission: coding, payment and coverage applications all need the authorisation.",
  "strategy.reg.pending":
    "Complete FDA authorisation first; time coding and payment applications to the expected decision date.",
  "strategy.reg.ldt":
    "Run as a laboratory-developed test; keep the FDA status on record for the PLA application and MolDX.",
  "strategy.reg.notDevice":
    "No FDA device submission needed; confirm any device used in the service is authorised.",
  "strategy.reg.unknown": "Establish the FDA status first: every US gate asks for it.",
  "strategy.reg.authorised":
    "Authorised: keep the FDA letters and dates ready; newness windows run from the decision date.",

  // Reimbursement workplan.
  "strategy.plan.benefitUnsettled":
    "Settle the Medicare benefit category before anything else: a code does not make an item payable, so confirm Medicare covers it at all, and plan commercial and self-pay revenue in parallel.",
  "strategy.plan.dmhtAdhd":
    "Bill the ADHD therapy through the DMHT codes from CY2026: G0552 for the device supply per course, G0553/G0554 for treatment management, incident-to a behavioural health plan of care and not as telehealth (POS 02/10); A9291 has no Medicare benefit category, so keep it for commercial payers only.",
  "strategy.plan.noBenefit":
    "Medicare cannot pay without a benefit category: plan commercial and employer contracts, and support the statutory change.",
  "strategy.plan.passThrough":
    "Apply for OPPS transitional pass-through (device category C-code) while inside the 3-year newness window; model the three cost tests first.",
  "strategy.plan.ntap":
    "Prepare the NTAP application (early October deadline; FDA authorisation by May 1) with the cost analysis against the MS-DRG threshold.",
  "strategy.plan.unlistedBridge":
    "Bill {code} as a temporary bridge with a full claim packet, and file for a {target} code at the next cycle.",
  "strategy.plan.newPla":
    "Apply for a PLA code (quarterly cycle), then propose a CLFS crosswalk or gapfill and seek MolDX/MAC coverage.",
  "strategy.plan.newCptI":
    "Build the Category I request with a specialty society (about 18 months from Panel meeting to effective date) and prepare for RUC valuation.",
  "strategy.plan.newCptIII":
    "Apply for a Category III code (effective six months after publication), collect data for Category I within the 5-year sunset.",
  "strategy.plan.newLevelII":
    "Apply for a HCPCS Level II code in the next CMS cycle (quarterly for drugs, biannual for other items) with the benefit-category case.",
  "strategy.plan.catIII":
    "Work claim by claim with MACs (contractor-priced) and convert the Category III code to Category I before its sunset.",
  "strategy.plan.pla": "Secure CLFS pricing and MolDX/MAC coverage for the PLA code.",
  "strategy.plan.pdac": "Get PDAC verification before launch, then the DME MAC coverage criteria.",
  "strategy.plan.existingLevelII":
    "Use the existing Level II code; secure coverage under the MAC's policy and payer contracts.",
  "strategy.plan.existingCpt":
    "Use the existing CPT code; the work is coverage (LCD/payer policy) and provider economics, not coding.",

  // Channel model.
  "strategy.channel.commercialDirect":
    "Sell to commercial payers, employers and health systems directly; Medicare channels will not pay.",
  "strategy.channel.lab":
    "Run through your own CLIA lab or a US partner lab that bills the PLA code.",
  "strategy.channel.dmeSupplier": "Sell through accredited DMEPOS suppliers that bill the DME MAC.",
  "strategy.channel.practicePrograms":
    "Sell to practices that bill the monitoring or treatment-management codes, with onboarding support.",
  "strategy.channel.specialtyDistribution":
    "Use specialty distribution with buy-and-bill support for practices and hospitals.",
  "strategy.channel.hospitalDistributor":
    "Sell to hospitals and ASCs through a US distributor and GPO contracts, backed by value-analysis dossiers.",
  "strategy.channel.physicianPractice":
    "Sell to physician practices, directly or through a distributor.",

  // Staffing level.
  "strategy.staff.regulatoryFirst":
    "Regulatory lead now; hire reimbursement staff as the FDA decision nears.",
  "strategy.staff.cptProgramme":
    "Reimbursement lead plus coding consultant, medical affairs and a specialty-society liaison for a multi-year CPT programme.",
  "strategy.staff.codingApplication":
    "Reimbursement lead with a coding consultant for the application cycle.",
  "strategy.staff.claimsSupport":
    "Field reimbursement and a claims hotline to support every unlisted / NOC claim.",
  "strategy.staff.paymentApplication":
    "Reimbursement lead with health-economics support for the CMS payment application.",
  "strategy.staff.lean": "Lean: a market-access lead with field reimbursement support.",

  // Evidence investment.
  "strategy.evidence.commercialValue":
    "Economic and outcomes evidence that commercial payers and employers buy on.",
  "strategy.evidence.tcet":
    "A pivotal study enrolling Medicare beneficiaries with outcomes agreed with CMS and FDA.",
  "strategy.evidence.catI":
    "Several full-length peer-reviewed studies in different populations by different authors.",
  "strategy.evidence.catIII":
    "Early clinical data and a US study or registry to build towards Category I.",
  "strategy.evidence.pla":
    "Analytical and clinical validity, then clinical utility for MolDX/MAC coverage.",
  "strategy.evidence.sci": "Substantial clinical improvement evidence and device cost data.",
  "strategy.evidence.levelII":
    "Product documentation and evidence of difference from existing Level II codes.",
  "strategy.evidence.coverage": "US, Medicare-age evidence for coverage policies.",

  // First customer segment.
  "strategy.segment.commercialPayers": "Commercial payers and self-insured employers.",
  "strategy.segment.trialSites": "US investigational sites that will enrol Medicare-age patients.",
  "strategy.segment.passThroughHospitals":
    "Hospital outpatient departments and ASCs doing the procedure, while pass-through pays for the device.",
  "strategy.segment.ntapHospitals": "High-volume inpatient centres, where NTAP offsets the cost.",
  "strategy.segment.academicCentres":
    "Academic centres willing to bill unlisted or Category III codes and build the data.",
  "strategy.segment.orderingSpecialists":
    "Ordering specialists in regions whose MAC covers the test.",
  "strategy.segment.dmeSuppliers": "DMEPOS suppliers already billing the code family.",
  "strategy.segment.hospitals": "Hospitals already doing the procedure under the existing code.",
  "strategy.segment.practices": "Practices already billing the code.",
};
