/** English messages for the `evidence.*` area. */
export const EVIDENCE: Readonly<Record<string, string>> = {
  "evidence.route.permission": "permission",
  "evidence.route.payment": "payment",
  "evidence.route.trust": "trust",

  "evidence.audience.ama-cpt-panel": "AMA CPT Editorial Panel",
  "evidence.audience.cms-hcpcs-workgroup": "CMS HCPCS workgroup",
  "evidence.audience.cms-opps": "CMS (OPPS)",
  "evidence.audience.cms-ipps": "CMS (IPPS)",
  "evidence.audience.cms-coverage": "CMS (coverage)",
  "evidence.audience.cms-clfs": "CMS (CLFS)",
  "evidence.audience.fda": "FDA",
  "evidence.audience.mac": "MAC",
  "evidence.audience.pdac": "PDAC",
  "evidence.audience.commercial-payer": "Commercial payer",
  "evidence.audience.hospital-vac": "Hospital value-analysis committee",
  "evidence.audience.physician-champion": "Physician champion",
  "evidence.audience.distributor": "US distributor",
  "evidence.audience.privacy-officer": "Privacy officer",
  "evidence.audience.risk-manager": "Risk manager",

  "evidence.service-description.title":
    "Precise service description (before, during and after the procedure)",
  "evidence.service-description.why":
    "Coders, the CPT Panel and payers decide which code applies from the description of what is done, by whom, to whom.",
  "evidence.service-description.failure":
    "The wrong code is chosen or the application is returned as unclear; claims are denied as not matching the code.",

  "evidence.provider-work.title":
    "Provider work: time, skill and intensity per case, with a clinical vignette",
  "evidence.provider-work.why":
    "The RUC values physician work from it, and MACs price unlisted claims from time and effort.",
  "evidence.provider-work.failure":
    "The code is under-valued or an unlisted claim is priced at the lowest comparable service.",

  "evidence.site-of-care.title": "Sites of care and frequency of use",
  "evidence.site-of-care.why":
    "Who pays what depends on the site (office, HOPD, ASC, inpatient); Category I needs wide use at the intended frequency.",
  "evidence.site-of-care.failure":
    'Payment is modelled for the wrong setting, or the Category I request fails the "performed by many" test.',

  "evidence.resource-use.title": "Resource use: staff time, supplies, equipment and their costs",
  "evidence.resource-use.why":
    "Practice expense inputs, New Technology APC cost bands and unlisted-claim pricing are built from it.",
  "evidence.resource-use.failure":
    "Facility and practice-expense payment does not cover the cost of doing the service.",

  "evidence.clinical-role.title":
    "Clinical role: the typical patient, when the product is used and what it replaces",
  "evidence.clinical-role.why":
    "Every US reviewer asks where the product sits in today's care pathway.",
  "evidence.clinical-role.failure":
    "Reviewers cannot see the need; the product is treated as an add-on cost.",

  "evidence.distinction-from-existing.title": "Distinction from existing codes and services",
  "evidence.distinction-from-existing.why":
    "New codes, pass-through categories and NTAP are only granted when existing codes do not describe the product.",
  "evidence.distinction-from-existing.failure":
    "The request is refused as already reportable with an existing code or category.",

  "evidence.fda-documentation.title":
    "FDA documentation: clearance or approval letter, decision date, registration",
  "evidence.fda-documentation.why":
    "Category I, Level II, PDAC, pass-through and NTAP all require the FDA authorisation and its date.",
  "evidence.fda-documentation.failure":
    "The application is incomplete and waits a full cycle; newness windows are missed.",

  "evidence.breakthrough-designation.title":
    "Breakthrough designation letter and evidence development plan",
  "evidence.breakthrough-designation.why":
    "TCET, RAPID and the alternative pass-through/NTAP pathways key on Breakthrough status.",
  "evidence.breakthrough-designation.failure":
    "The faster coverage and add-on payment routes are not used.",

  "evidence.peer-reviewed-literature.title":
    "Peer-reviewed literature (full-length articles; 2–5 per code, different populations and authors)",
  "evidence.peer-reviewed-literature.why":
    "Category I requires documented clinical efficacy; MACs and payers grade the quality of published evidence.",
  "evidence.peer-reviewed-literature.failure":
    "The CPT request is rejected or the product is labelled investigational.",

  "evidence.us-medicare-age-evidence.title":
    "US (or US-inclusive) evidence in Medicare-age patients (65+)",
  "evidence.us-medicare-age-evidence.why":
    "MACs and CMS weigh whether evidence applies to Medicare beneficiaries and US practice.",
  "evidence.us-medicare-age-evidence.failure":
    "China-only or young-population data is down-weighted and coverage is refused.",

  "evidence.substantial-clinical-improvement.title":
    "Substantial clinical improvement over existing treatments",
  "evidence.substantial-clinical-improvement.why":
    "Pass-through and traditional NTAP require it (Breakthrough devices are deemed to meet it).",
  "evidence.substantial-clinical-improvement.failure": "The add-on payment application is denied.",

  "evidence.specialty-society-support.title": "Specialty society and CPT advisor support",
  "evidence.specialty-society-support.why":
    "Societies hold most CPT Panel seats and present or back code requests.",
  "evidence.specialty-society-support.failure":
    "No one presents the request; the Panel defers or rejects it.",

  "evidence.utilisation.title": "Utilisation: number of providers, procedure volume, sales data",
  "evidence.utilisation.why":
    "Category I needs wide use; Level II applications ask for marketing and volume data.",
  "evidence.utilisation.failure":
    "The request is judged premature; a Category III or no code results.",

  "evidence.lab-protocol.title": "Test descriptor elements, lab protocol and sample reports",
  "evidence.lab-protocol.why":
    "A PLA application and CLFS pricing identify the test by analytes, method, specimen and output.",
  "evidence.lab-protocol.failure":
    "The PLA code is delayed a quarter or the test is priced on a poor crosswalk.",

  "evidence.ntap-icd10-pcs.title":
    "ICD-10-PCS coding that identifies the technology in inpatient claims",
  "evidence.ntap-icd10-pcs.why":
    "NTAP is paid only on claims that carry the code identifying the technology.",
  "evidence.ntap-icd10-pcs.failure":
    "Hospitals cannot claim the add-on payment even after approval.",

  "evidence.benefit-category-analysis.title": "Medicare benefit-category analysis",
  "evidence.benefit-category-analysis.why":
    "Medicare can only pay for items within a statutory benefit category; CMS decides it at the HCPCS public meeting.",
  "evidence.benefit-category-analysis.failure": "A code is issued but Medicare cannot pay it.",

  "evidence.medical-necessity-language.title":
    "Proposed medical-necessity (coverage) language and documentation requirements",
  "evidence.medical-necessity-language.why":
    "LCDs and payer policies decide which patients are covered; a code is not coverage.",
  "evidence.medical-necessity-language.failure":
    "Claims are denied as not reasonable and necessary.",

  "evidence.unlisted-claim-packet.title":
    "Unlisted / NOC claim packet: narrative, invoice, comparison code",
  "evidence.unlisted-claim-packet.why":
    "Every unlisted or NOC claim is priced by hand from what is attached.",
  "evidence.unlisted-claim-packet.failure":
    "Claims are returned unprocessable or paid far below cost.",

  "evidence.cost-invoices.title":
    "Cost data and invoices (device cost versus APC payment and device offset, or MS-DRG threshold)",
  "evidence.cost-invoices.why":
    "Pass-through cost tests, New Technology APC bands and NTAP cost criteria are computed from them.",
  "evidence.cost-invoices.failure":
    "The application fails the cost test or lands in a band below cost.",

  "evidence.clfs-pricing-proposal.title":
    "CLFS pricing proposal (crosswalk code or gapfill cost data)",
  "evidence.clfs-pricing-proposal.why":
    "CMS prices new lab codes by crosswalk to an existing code or by MAC gapfill.",
  "evidence.clfs-pricing-proposal.failure":
    "The test is crosswalked to an under-priced code for years.",

  "evidence.provider-economics.title":
    "Provider economics: payment, cost and margin per case at the site of care",
  "evidence.provider-economics.why":
    "Hospitals, practices and distributors adopt what pays for itself.",
  "evidence.provider-economics.failure":
    "Value-analysis committees and practices decline the product despite a code.",

  "evidence.pdac-verification.title": "PDAC code verification request",
  "evidence.pdac-verification.why":
    "DME MACs pay many orthotic and DMEPOS codes only for products PDAC has listed.",
  "evidence.pdac-verification.failure":
    "Suppliers' claims are denied; distributors will not stock the product.",

  "evidence.privacy-security.title":
    "Privacy and security: HIPAA data flows, hosting, access and breach handling",
  "evidence.privacy-security.why":
    "Hospital privacy officers and payers review any product that handles patient data.",
  "evidence.privacy-security.failure":
    "Procurement stalls in security review; data hosted outside the US is refused.",

  "evidence.us-accountability.title":
    "US accountability: US legal entity or agent, complaint handling, service and recall contacts",
  "evidence.us-accountability.why":
    "US buyers and distributors need a responsible party they can reach and contract with.",
  "evidence.us-accountability.failure":
    "Distributors and hospitals will not contract with a sponsor they cannot hold to account.",

  "evidence.liability.title": "Product liability cover, indemnities and risk assessment",
  "evidence.liability.why":
    "Hospital risk managers and distributors require insurance and indemnity before use.",
  "evidence.liability.failure": "Contracting stops at the risk review.",
};
