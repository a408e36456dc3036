/** English messages for the `pathway.*` area. */
export const PATHWAY: Readonly<Record<string, string>> = {
  // Rationale: the facts that decided the classification, in plain words.
  "pathway.why.unreadable":
    "The row could not be read, so no pathway could be decided; check its cells.",
  "pathway.why.missingProductCode":
    "{service} codes the service performed with the product, but the product itself needs its own HCPCS Level II code and none is listed.",
  "pathway.why.noUsableCode":
    "None of the listed codes can be used (invalid, dental, Category II or deleted), so a code has to be found or created.",
  "pathway.why.noCodeListed":
    "No candidate code is listed: treat the product as needing a new code until a code search shows otherwise.",
  "pathway.why.rpmRtmFamily":
    "No code is listed, but remote monitoring is reported on the existing CPT remote physiologic monitoring (99453, 99454, 99457, 99458; 99445 and 99470 from 2026) or remote therapeutic monitoring (98975–98981; 98984–98986 from 2026) codes.",
  "pathway.why.dtxDmhtFamily":
    "No code is listed; a device cleared under 21 CFR 882.5801 is reported with the digital mental health treatment codes G0552–G0554.",
  "pathway.why.dtxA9291Family":
    "No code is listed; a prescription digital behavioural therapy is described by A9291, which Medicare cannot pay without a benefit category.",
  "pathway.why.unlistedBridge":
    "{code} is an unlisted / not-otherwise-classified code: usable as a temporary bridge while a specific {target} code is sought.",
  "pathway.why.deletedCode":
    "{code} is deleted in the loaded CMS files, so it cannot be billed; a current code is needed.",
  "pathway.why.partialFit":
    "{code} only partly describes the product, so a new code is needed for what it does differently.",
  "pathway.why.noFit": "{code} does not describe the product, so a new code is needed.",
  "pathway.why.existingCpt": "{code} is an existing CPT code that describes the service.",
  "pathway.why.existingLevelII":
    "{code} is an existing HCPCS Level II code that describes the product.",
  "pathway.why.bridgeSuggestion":
    "Until the new code exists, claims can use the unlisted / NOC code {code}.",
  "pathway.why.productVsService":
    "The product's own code is {product} (HCPCS Level II); {service} is the procedure or service performed with it.",
  "pathway.why.deviceSupplyVsService":
    "The device-supply code {product} is what pays for the product; {service} is the service reported with it (both CPT).",
  "pathway.why.dtxDmhtAdhd":
    "No code is listed; from CY2026 the digital mental health treatment codes G0552–G0554 also cover ADHD digital therapy devices, furnished incident-to a plan of care.",
  "pathway.why.dtxAdhdA9291ToDmht":
    "From CY2026 an ADHD digital therapy device is paid through the digital mental health treatment codes G0552–G0554 (incident-to a behavioural health plan of care), not under A9291, which has no Medicare benefit category.",
  "pathway.why.catIIIArchived":
    "{code} is a Category III code missing from the loaded PFS file: Category III codes are archived 5 years after creation unless converted or extended, so it has most likely sunset (or is not yet effective); check whether a Category I code replaced it, otherwise a new code is needed.",
  "pathway.why.benefitNotInferred":
    "Medicare benefit category not inferred: the row does not give one and neither the product type nor the code settles it.",
  "pathway.why.deviceCategoryMaybePassThrough":
    "{code} is an existing OPPS device category: if its status indicator is H the device is in transitional pass-through now (paid at charge × cost-to-charge ratio minus the APC's device offset, no new application); if N, it is packaged into the procedure's APC. Check the current OPPS Addendum B.",
  "pathway.why.deviceCategoryPassThroughSiH":
    "{code} has status indicator H in CMS's {vintage}: the device category is in transitional pass-through in that quarter, so a device it describes is paid separately in a hospital outpatient department (hospital charge × cost-to-charge ratio minus the APC's device offset) with no new application; status lasts 2–3 years, so check the current quarter before relying on it.",
  "pathway.why.deviceCategoryPackagedSiN":
    "{code} has status indicator N in CMS's {vintage}: it is packaged into the procedure's APC and not paid separately (as for the not-otherwise-classified C1889 and for device categories whose pass-through has ended).",
  "pathway.why.passThroughCategoryActive":
    "{code} is already an active pass-through device category (status indicator H in CMS's {vintage}): CMS creates no new category for a device a current category describes, so no pass-through application is proposed; a device it describes is paid under {code}.",
  "pathway.why.deviceCategoryPassThroughOver":
    "{code} is an existing OPPS device category, and the FDA decision is more than {years} years old (application within 3 years, status at most 3 years), so any pass-through under it has ended: the device is packaged into the procedure's APC.",
  "pathway.why.devicePackagedUntilPassThrough":
    "No Level II code for the device is listed: today it is paid inside the payment for {service} (packaged); a new pass-through device category would pay for it separately for up to 3 years.",
  "pathway.why.devicePackaged":
    "No Level II code for the device is listed: it is paid inside the payment for {service} (packaged), so the provider's margin on that payment decides adoption.",
  "pathway.why.capitalViaService":
    "Capital equipment is never paid separately: the provider recovers it through payments for {service}.",
  "pathway.why.benefitInferred":
    'Medicare benefit category inferred as "{category}" from the product type and site of care (not given in the row).',
  "pathway.why.passThroughWindowClosed":
    "FDA authorisation is more than {years} years old, so the device is outside the OPPS pass-through newness window.",
  "pathway.why.passThrough":
    "An implanted or inserted device used in a hospital outpatient department or ASC within 3 years of FDA authorisation may qualify for OPPS transitional pass-through (a new C-code device category), if it passes the three cost tests: cost above 25% of the APC payment, at least 25% above the APC's device offset, and cost minus offset above 10% of the APC payment.",
  "pathway.why.passThroughCost":
    "An implanted or inserted device used in a hospital outpatient department or ASC within 3 years of FDA authorisation may qualify for OPPS transitional pass-through (a new C-code device category), if its cost (${cost}) passes the three tests: above 25% of the APC payment, at least 25% above the APC's device offset, and cost minus offset above 10% of the APC payment.",
  "pathway.why.passThroughDeadline":
    "The 3-year newness window for a pass-through application closes on {date}.",
  "pathway.why.ntapFirstYear":
    "Earliest NTAP year: FY{fy} (FDA authorisation needed by May 1 before the fiscal year; application due in early October {deadlineYear}).",
  "pathway.why.ntapWindowClosedByDeadline":
    "The next NTAP application cycle still open leads to FY{fy}, which starts after the 3-year newness window closes ({date}): the product is unlikely to still count as new for an inpatient NTAP.",
  "pathway.why.catIIINationallyPriced":
    "{code} has PFS status {status} in {vintage}: nationally priced under the Physician Fee Schedule (RVUs), not contractor-priced.",
  "pathway.why.contractorPhysicianOnlyHopd":
    "Contractor pricing of {code} concerns the physician's claim only; the hospital outpatient department is paid under OPPS, where CMS may assign a Category III code to a clinical or New Technology APC.",
  "pathway.why.contractorPhysicianOnlyAsc":
    "Contractor pricing of {code} concerns the physician's claim only; the ASC facility fee follows the ASC payment system.",
  "pathway.why.contractorPhysicianOnlyInpatient":
    "Contractor pricing of {code} concerns the physician's claim only; the hospital stay is paid through the MS-DRG.",
  "pathway.why.newTechApc":
    "A new service in a hospital outpatient department with no code in a clinical APC can be paid through a New Technology APC (cost band midpoint) until claims data allow a clinical APC.",
  "pathway.why.ntapWindowClosed":
    "FDA authorisation is more than 3 years old, so the product is unlikely to still count as new for an inpatient NTAP.",
  "pathway.why.ntap":
    "Inpatient use: the IPPS New Technology Add-on Payment (65% of the cost above the MS-DRG payment, capped at 65% of the technology's cost) needs newness, cost above the MS-DRG threshold, substantial clinical improvement, and FDA authorisation by May 1.",
  "pathway.why.tcet":
    "A Breakthrough Device not yet authorised can be nominated for Transitional Coverage for Emerging Technologies (up to 5 a year, nomination about 12 months before the FDA decision).",
  "pathway.why.tcetClosedAuthorised":
    "The Breakthrough Device is already authorised, so TCET (open only before FDA authorisation) no longer applies; coverage goes through the MAC or an NCD.",
  "pathway.why.pdac":
    "{code} is an orthotic code the DME MACs pay only for products PDAC has verified and listed.",
  "pathway.why.fdaFirst":
    'FDA status is "{status}": no US coding, payment or coverage gate opens before FDA marketing authorisation.',

  // Warnings.
  "pathway.warn.unreadableRow": "Row could not be read",
  "pathway.warn.unknownProductType":
    "Product type missing or not recognised: classification assumes a service",
  "pathway.warn.unknownSite":
    "Site of care missing or not recognised: site-specific payment mechanisms not checked",
  "pathway.warn.invalidCode": '"{code}" is not a CPT or HCPCS code',
  "pathway.warn.dentalCode": "{code} is a CDT dental code, not a medical code",
  "pathway.warn.catIINotPaid":
    "{code} is a CPT Category II code: performance tracking only, never paid",
  "pathway.warn.codeNotInFiles": "{code} is not in the loaded CMS files ({vintage})",
  "pathway.warn.codeDeletedForYear":
    "{code} is deleted for {year} dates of service: the CY{lastListed} PFS RVU file lists it, the CY{year} file does not",
  "pathway.warn.codeTerminated":
    "{code} was terminated in the HCPCS file (last valid date {date}): it cannot be billed on this date of service",
  "pathway.warn.codeReplacedXref":
    "{code} is deleted; CMS's HCPCS file cross-refers it to {replacement} (XREF1), which is used in its place",
  "pathway.warn.codeReplacedSame":
    "{code} is deleted; {replacement} is current with the same descriptor in the HCPCS file and is used in its place",
  "pathway.warn.statutoryExclusion":
    "{code}: Medicare excludes this service ({basis}; SSA §1862(a) statutory exclusions): the code exists and a new code would not unlock Medicare payment; look to other payers",
  "pathway.warn.codeDeleted": "{code} is deleted in the loaded CMS files ({vintage})",
  "pathway.warn.pfsStatusN": "{code}: PFS status N: not covered",
  "pathway.warn.hcpcsCoverageS":
    "{code}: HCPCS coverage code S: not covered by Medicare by statute",
  "pathway.warn.hcpcsCoverageM": "{code}: HCPCS coverage code M: not covered by Medicare",
  "pathway.warn.hcpcsCoverageI":
    "{code}: HCPCS coverage code I: not payable by Medicare (another code is used)",
  "pathway.warn.pfsStatusX":
    "{code}: PFS status X: statutory exclusion (not a physician service) and no other fee schedule pays it",
  "pathway.warn.pfsStatusB": "{code}: PFS status B: bundled, never paid separately",
  "pathway.warn.pfsStatusI": "{code}: PFS status I: not valid for Medicare",
  "pathway.warn.pfsStatusC": "{code}: PFS status C: contractor-priced",
  "pathway.warn.codeFitUnknown": "Code fit unknown: confirm {code} describes the product",
  "pathway.warn.noCandidateCode": "No candidate code listed: run a code search",
  "pathway.warn.packagedSupply": "Supply packaged into {code}: no separate payment",
  "pathway.warn.catIIIInvestigational":
    "Category III ({code}): many commercial payers deny it as investigational",
  "pathway.warn.fdaDateFuture":
    "FDA decision date {date} is after the as-of date: check it (newness windows are computed from it)",
  "pathway.warn.catIIIContractorPriced":
    "Category III: contractor-priced ({code}); many commercial payers deny it as investigational",
  "pathway.warn.catIIISunset":
    "Category III {code} sunsets 5 years after creation unless converted: plan the Category I application",
  "pathway.warn.c1889Packaged":
    "C1889 is packaged (status indicator N): it satisfies device edits but is not paid separately",
  "pathway.warn.rpmNeedsDevice":
    "Remote physiologic monitoring needs an FDA-defined medical device that transmits data automatically",
  "pathway.warn.rtmNoNationalPayment":
    "{code}: CMS set no national payment for this RTM device code",
  "pathway.warn.dmhtRequires8825801":
    "{code} requires a device cleared under 21 CFR 882.5801 (or the 2026 ADHD extension), furnished incident-to a behavioural health plan of care",
  "pathway.warn.dmhtAdhdInsteadOfA9291":
    "{code}: from CY2026 ADHD digital therapy devices are billed with the DMHT codes G0552–G0554 (G0552 device supply per course, G0553/G0554 treatment management), furnished incident-to a behavioural health plan of care and not billable as telehealth (POS 02/10)",
  "pathway.warn.codeButNoBenefitCategory": "Code exists but no Medicare benefit category ({code})",
  "pathway.warn.dmeNotDurable":
    "Not durable: Medicare's DME benefit needs equipment that withstands repeated use (e.g. a CGM read only on the patient's phone, without a dedicated receiver, does not qualify); benefit category not inferred as DME",
  "pathway.warn.benefitNotInferred":
    "{code} is not in the code families this product type is usually paid under: benefit category not inferred; check whether Medicare covers this code family at all before modelling Medicare revenue",
  "pathway.warn.snfNotModelled":
    "SNF: no SNF payment rules are modelled; confirm how the product is paid during a SNF stay and who bills it",
  "pathway.warn.noBenefitCategory":
    "No Medicare benefit category: Medicare cannot pay whatever the code",
  "pathway.warn.newnessUnknown":
    "FDA decision date missing: pass-through newness window (3 years) not checked",
  "pathway.warn.breakthroughAltRepeal":
    "CMS has proposed repealing the Breakthrough alternative pathway for NTAP (FY2028) and pass-through",
  "pathway.warn.tcetPaused":
    "TCET is paused for new nominations (April 2026); the RAPID pathway is announced but not final",
  "pathway.warn.skinSubstituteFlatRate":
    "CY2026: most skin substitutes are paid as incident-to supplies at one flat rate per cm² in office and HOPD",
  "pathway.warn.fdaNotAuthorised": 'FDA status "{status}": not yet authorised for marketing',
  "pathway.warn.catINeedsFda":
    "CPT Category I requires FDA clearance or approval of every device involved",
  "pathway.warn.fdaStatusMissing": "FDA status missing",

  // Gates.
  "pathway.gate.fda-authorisation": "FDA marketing authorisation",
  "pathway.gate.benefit-category": "Medicare benefit category",
  "pathway.gate.cpt-cat-i-application": "CPT Category I application",
  "pathway.gate.cpt-cat-iii-application": "CPT Category III application",
  "pathway.gate.pla-application": "PLA code application",
  "pathway.gate.hcpcs-ii-application": "HCPCS Level II application",
  "pathway.gate.pdac-code-verification": "PDAC code verification",
  "pathway.gate.opps-pass-through-application": "OPPS device pass-through application",
  "pathway.gate.new-technology-apc-application": "New Technology APC application",
  "pathway.gate.ntap-application": "IPPS NTAP application",
  "pathway.gate.tcet-nomination": "TCET nomination",
  "pathway.gate.mac-coverage-lcd": "MAC coverage (LCD / claim review)",
  "pathway.gate.clfs-pricing": "CLFS pricing (crosswalk or gapfill)",
  "pathway.gate.payer-coverage-and-contracting": "Commercial payer coverage and contracting",
  "pathway.gate.hospital-value-analysis": "Hospital value-analysis committee",

  // Gate owners.
  "pathway.owner.fda": "FDA",
  "pathway.owner.ama-cpt-panel": "AMA CPT Editorial Panel",
  "pathway.owner.cms-hcpcs-workgroup": "CMS HCPCS workgroup",
  "pathway.owner.cms-opps": "CMS (OPPS)",
  "pathway.owner.cms-ipps": "CMS (IPPS)",
  "pathway.owner.cms-coverage": "CMS (coverage)",
  "pathway.owner.pdac": "PDAC",
  "pathway.owner.mac": "MAC",
  "pathway.owner.commercial-payer": "Commercial payer",
  "pathway.owner.hospital-vac": "Hospital value-analysis committee",
  "pathway.owner.congress": "Congress (statute)",
  "pathway.owner.cms-clfs": "CMS (CLFS)",

  // Payment mechanisms.
  "pathway.mechanism.opps-device-pass-through": "OPPS device pass-through",
  "pathway.mechanism.new-technology-apc": "New Technology APC",
  "pathway.mechanism.ipps-ntap": "IPPS NTAP",
  "pathway.mechanism.tcet": "TCET coverage",
  "pathway.mechanism.cat-iii-contractor-pricing": "Contractor pricing",
  "pathway.mechanism.clfs-crosswalk-gapfill": "CLFS crosswalk or gapfill",
  "pathway.mechanism.dmepos-fee-schedule": "DMEPOS fee schedule",
  "pathway.mechanism.asp-drug-payment": "Part B drug payment (ASP)",
  "pathway.mechanism.skin-substitute-incident-to-rate":
    "Skin substitute flat incident-to rate (CY2026)",

  // Benefit categories (values are the sheet's canonical values).
  "pathway.benefit.DME": "DME",
  "pathway.benefit.prosthetic or orthotic": "prosthetic or orthotic",
  "pathway.benefit.physician service": "physician service",
  "pathway.benefit.diagnostic test": "diagnostic test",
  "pathway.benefit.clinical lab": "clinical lab",
  "pathway.benefit.drug": "drug",
  "pathway.benefit.hospital service": "hospital service",
  "pathway.benefit.none": "none",
  "pathway.benefit.unknown": "unknown",
  "pathway.benefit.ASC service": "ASC service",
  "pathway.benefit.inferred": "{category} (inferred)",

  // How rendered rationale sentences and warning/mechanism lists are joined in a cell.
  "pathway.separator.sentence": " ",
  "pathway.separator.list": "; ",

  "pathway.confidence.high": "high",
  "pathway.confidence.medium": "medium",
  "pathway.confidence.low": "low",
};
