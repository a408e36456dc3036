/** English messages for the `roadmap.*` area: dated gates to a code and to payment (docs/roadmap.md). */
export const ROADMAP: Readonly<Record<string, string>> = {
  // Milestones
  "roadmap.milestone.fda-decision": "FDA decision",
  "roadmap.milestone.cpt-i-deadline": "CPT Category I application deadline",
  "roadmap.milestone.cpt-i-panel": "CPT Editorial Panel meeting",
  "roadmap.milestone.cpt-i-effective": "CPT Category I code effective",
  "roadmap.milestone.cpt-iii-deadline": "CPT Category III application deadline",
  "roadmap.milestone.cpt-iii-published": "CPT Category III code published",
  "roadmap.milestone.cpt-iii-effective": "CPT Category III code effective",
  "roadmap.milestone.pla-deadline": "PLA application deadline",
  "roadmap.milestone.pla-release": "PLA code released",
  "roadmap.milestone.pla-effective": "PLA code effective",
  "roadmap.milestone.hcpcs-deadline": "HCPCS Level II application deadline",
  "roadmap.milestone.hcpcs-meeting": "HCPCS public meeting",
  "roadmap.milestone.hcpcs-effective": "HCPCS Level II code effective",
  "roadmap.milestone.pdac-listing": "PDAC code verification listed",
  "roadmap.milestone.pass-through-deadline": "OPPS pass-through application deadline",
  "roadmap.milestone.pass-through-effective": "OPPS pass-through payment starts",
  "roadmap.milestone.ntapc-deadline": "New Technology APC application deadline",
  "roadmap.milestone.ntapc-effective": "New Technology APC payment starts",
  "roadmap.milestone.ntap-deadline": "IPPS NTAP application deadline",
  "roadmap.milestone.ntap-fda-cutoff": "FDA authorisation needed for NTAP by",
  "roadmap.milestone.ntap-effective": "IPPS NTAP payment starts (fiscal year)",
  "roadmap.milestone.tcet-nomination": "TCET nomination",
  "roadmap.milestone.tcet-ncd": "TCET national coverage decision (goal)",
  "roadmap.milestone.mac-coverage": "MAC coverage (LCD or claim review)",
  "roadmap.milestone.clfs-rate": "CLFS payment rate (crosswalk or gapfill)",
  "roadmap.milestone.payer-policy": "Commercial payer policy",
  "roadmap.milestone.hospital-vac": "Hospital value-analysis approval",
  "roadmap.milestone.benefit-category": "Medicare benefit category",

  // Rules (the basis of a date)
  "roadmap.rule.fda-decision": "The FDA decision date on the row, or the expected date given",
  "roadmap.rule.cpt-i-cycle":
    "Panel meets three times a year (about February, May, October); a year's actions take effect January 1 of the second year after",
  "roadmap.rule.cpt-i-deadline": "Application about 3 months before the panel meeting",
  "roadmap.rule.cpt-iii-cycle":
    "Category III codes published January 1 or July 1 after the meeting, effective six months after publication",
  "roadmap.rule.pla-cycle": "PLA codes released quarterly, effective one quarter after release",
  "roadmap.rule.pla-deadline": "PLA application about four months before release (not verified)",
  "roadmap.rule.hcpcs-nondrug-cycle":
    "Non-drug items: deadlines on the first business day of January and July, with public meetings",
  "roadmap.rule.hcpcs-nondrug-effective":
    "Non-drug codes effective about October 1 (January cycle) or April 1 (July cycle) (not verified)",
  "roadmap.rule.hcpcs-drug-cycle":
    "Drugs and biologicals: quarterly deadlines, codes about two quarters after submission",
  "roadmap.rule.hcpcs-skin-substitute-2026":
    "Skin substitutes follow the biannual non-drug cycle from 2026",
  "roadmap.rule.hcpcs-fda-documents": "The application carries the FDA authorisation letter",
  "roadmap.rule.opps-quarterly":
    "Quarterly deadlines (first business day of March, June, September, December), payment from the quarter after next (not verified)",
  "roadmap.rule.pass-through-newness":
    "Pass-through application within 3 years of FDA authorisation",
  "roadmap.rule.ntap-cycle":
    "NTAP: apply in early October, FDA authorisation by May 1, paid from October 1 (fiscal year start)",
  "roadmap.rule.ntap-deadline-day": "The exact October deadline day changes each year",
  "roadmap.rule.tcet-windows":
    "TCET: nominate about 12 months before the FDA decision, closed within 6 months of it; coverage goal 6 months after authorisation",
  "roadmap.rule.tcet-paused": "TCET paused for new candidates since April 23, 2026",
  "roadmap.rule.mac-coverage-range": "Typical 6–12 months from the code (not verified)",
  "roadmap.rule.clfs-rate-range":
    "MAC-priced at first; national rate within about 12 months (not verified)",
  "roadmap.rule.pdac-range": "Typical 3–6 months after the code (not verified)",
  "roadmap.rule.payer-policy-range": "Typical 12–24 months after the code (not verified)",
  "roadmap.rule.hospital-vac-range": "Typical 3–9 months after FDA (not verified)",

  // Notes and reasons
  "roadmap.note.needsFdaDate":
    "Needs an FDA decision date: give FDA Decision Date on the row or an expected FDA date.",
  "roadmap.note.fdaDatePast":
    "The expected FDA date {date} has passed without authorisation; dates count from the as-of date.",
  "roadmap.note.missedDeadline": "Deadline {date} missed: planned for the next cycle.",
  "roadmap.note.newnessClosed": "Pass-through closed: the 3-year newness window ended on {date}.",
  "roadmap.note.tcetPaused":
    "TCET is paused for new candidates (April 2026); RAPID is announced but not final.",
  "roadmap.note.tcetClosed":
    "TCET nomination closed: the device is authorised or within 6 months of its FDA decision.",
  "roadmap.note.benefitCategory":
    "No Medicare benefit category: only an Act of Congress can create one; no date can be forecast.",
  "roadmap.reason.needsFdaDate": "Not dated: needs an FDA decision date",
  "roadmap.reason.noSpecificCode": "No specific code on this pathway",
  "roadmap.reason.noBenefitCategory": "Not separately paid: no Medicare benefit category",
  "roadmap.reason.drgOnly": "Not separately paid: inpatient care is paid within the MS-DRG",
  "roadmap.reason.packaged":
    "Not separately paid: packaged into the procedure's APC (pass-through window closed)",

  // Headline cells
  "roadmap.value.estimate": "≈ {date} (estimate)",
  "roadmap.status.done": "Done",
  "roadmap.status.planned": "Planned",
  "roadmap.status.undated": "Not dated",
  "roadmap.status.closed": "Closed",
  "roadmap.estimate.yes": "Estimate",
  "roadmap.estimate.no": "Firm",
  "roadmap.stale.notPlanned": "(no longer in the plan)",

  // Roadmap table headers
  "report.roadmap.productId": "Product ID",
  "report.roadmap.product": "Product",
  "report.roadmap.pathway": "Pathway",
  "report.roadmap.milestoneId": "Milestone ID",
  "report.roadmap.milestone": "Milestone",
  "report.roadmap.owner": "Owner",
  "report.roadmap.earliest": "Earliest date",
  "report.roadmap.latest": "Latest date",
  "report.roadmap.estimate": "Estimate",
  "report.roadmap.status": "Status",
  "report.roadmap.basis": "Basis",
  "report.roadmap.source": "Source",
  "report.roadmap.notes": "Notes",
  "report.roadmap.codedFrom": "Coded from",
  "report.roadmap.paidFrom": "Paid from",

  // Quarter view
  "roadmap.quarter.coded": "Coded",
  "roadmap.quarter.paid": "Paid",
  "roadmap.quarter.waiting": "…",

  // Functions (REIMB.CODED_FROM / REIMB.PAID_FROM)
  "fn.CODED_FROM.description":
    "First date a claim can carry a specific code for the product (an Excel date), from the pathway's calendar: FDA decision, CPT, PLA, HCPCS, pass-through or NTAP cycles. #N/A with the reason when there is none.",
  "fn.PAID_FROM.description":
    "First date of separate Medicare payment for the product (an Excel date): code effective and priced, pass-through, New Technology APC or NTAP start. #N/A with the reason when not separately paid.",
  "fn.CODED_FROM.arg.product_type": 'Product type, e.g. "implant", "lab test", "procedure device".',
  "fn.CODED_FROM.arg.site_of_care":
    'Site of care, e.g. "office", "hospital outpatient", "ASC", "inpatient", "home".',
  "fn.CODED_FROM.arg.candidate_codes":
    'Candidate codes separated by commas, e.g. "0100T, C1889". Omitted: none.',
  "fn.CODED_FROM.arg.code_fit":
    "How well the candidate code describes the product: describes, partially, does not, unknown.",
  "fn.CODED_FROM.arg.fda_status":
    'FDA status, e.g. "510(k) cleared", "PMA approved", "De Novo granted", "submitted".',
  "fn.CODED_FROM.arg.breakthrough": "TRUE if the device has FDA Breakthrough designation.",
  "fn.CODED_FROM.arg.implanted": "TRUE if the device is implanted or inserted in the body.",
  "fn.CODED_FROM.arg.as_of":
    'Date the plan is made on (a date or "yyyy-mm-dd"); deadlines before it are missed. Omitted: today (UTC), as Classify takes it.',
  "fn.CODED_FROM.arg.fda_date":
    'FDA decision date: the actual one if authorised, the expected one if not (a date or "yyyy-mm-dd").',
  "fn.PAID_FROM.arg.product_type": 'Product type, e.g. "implant", "lab test", "procedure device".',
  "fn.PAID_FROM.arg.site_of_care":
    'Site of care, e.g. "office", "hospital outpatient", "ASC", "inpatient", "home".',
  "fn.PAID_FROM.arg.candidate_codes":
    'Candidate codes separated by commas, e.g. "0100T, C1889". Omitted: none.',
  "fn.PAID_FROM.arg.code_fit":
    "How well the candidate code describes the product: describes, partially, does not, unknown.",
  "fn.PAID_FROM.arg.fda_status":
    'FDA status, e.g. "510(k) cleared", "PMA approved", "De Novo granted", "submitted".',
  "fn.PAID_FROM.arg.breakthrough": "TRUE if the device has FDA Breakthrough designation.",
  "fn.PAID_FROM.arg.implanted": "TRUE if the device is implanted or inserted in the body.",
  "fn.PAID_FROM.arg.as_of":
    'Date the plan is made on (a date or "yyyy-mm-dd"); deadlines before it are missed. Omitted: today (UTC), as Classify takes it.',
  "fn.PAID_FROM.arg.fda_date":
    'FDA decision date: the actual one if authorised, the expected one if not (a date or "yyyy-mm-dd").',
  "fn.error.expectedDate": "{arg} must be a date (a date cell or yyyy-mm-dd text); got {got}.",
  // Where each calendar rule comes from (the Roadmap sheet's Source column).
  "roadmap.source.fda-decision":
    "Products column FDA Decision Date or the expected FDA date (docs/reimbursement.md §2.2, §4.1, §5)",
  "roadmap.source.cpt-i-cycle":
    "docs/reimbursement.md §1 (three meetings a year), §2.4 (Feb/May/Oct 2017 actions effective Jan 1 2019)",
  "roadmap.source.cpt-i-deadline":
    "docs/reimbursement.md §2.4 (applications about 3 months before the meeting; exact dates on the AMA calendar)",
  "roadmap.source.cpt-iii-cycle":
    "docs/reimbursement.md §2.3 (published January and July, effective six months later), §2.4",
  "roadmap.source.pla-cycle":
    "docs/reimbursement.md §2.5 (released quarterly, effective one quarter after release)",
  "roadmap.source.pla-deadline":
    "docs/reimbursement.md §2.5 (application deadline about four months before release: not verified)",
  "roadmap.source.hcpcs-nondrug-cycle":
    "docs/reimbursement.md §3.1 (deadlines first business day of January and July; public meetings)",
  "roadmap.source.hcpcs-nondrug-effective":
    "docs/reimbursement.md §3.1 (effective about October 1 / April 1), §11",
  "roadmap.source.hcpcs-drug-cycle":
    "docs/reimbursement.md §3.1 (quarterly deadlines; effective about two quarters after submission)",
  "roadmap.source.hcpcs-skin-substitute-2026":
    "docs/reimbursement.md §3.1 (skin substitutes in the biannual non-drug cycle from January 1 2026)",
  "roadmap.source.hcpcs-fda-documents":
    "docs/reimbursement.md §3.2 (the application carries the FDA letter)",
  "roadmap.source.opps-quarterly":
    "docs/reimbursement.md §4.1 (quarterly deadlines: not verified), §4.2 (quarterly earliest dates), §11",
  "roadmap.source.pass-through-newness":
    "docs/reimbursement.md §4.1 (42 CFR 419.66: within 3 years of FDA authorisation)",
  "roadmap.source.ntap-cycle":
    "docs/reimbursement.md §5 (application early October; FDA authorisation by May 1; fiscal year from October 1)",
  "roadmap.source.ntap-deadline-day":
    "docs/reimbursement.md §5 (FY2026 deadline Oct 7 2024; the exact day moves each year)",
  "roadmap.source.tcet-windows":
    "docs/reimbursement.md §6.1 (nominations ~12 months before FDA decision, reviewed quarterly, closed within 6 months of it; NCD goal 6 months after authorisation)",
  "roadmap.source.tcet-paused":
    "docs/reimbursement.md §6.2 (TCET paused for new candidates, April 23 2026)",
  "roadmap.source.mac-coverage-range": "docs/roadmap.md (typical 6–12 months; not verified)",
  "roadmap.source.clfs-rate-range":
    "docs/reimbursement.md §2.5, §8.7 (crosswalk or gapfill; timing not verified)",
  "roadmap.source.pdac-range":
    "docs/reimbursement.md §3.4 (no published review clock; 3–6 months not verified)",
  "roadmap.source.payer-policy-range":
    "docs/roadmap.md (typical 12–24 months after the code; not verified)",
  "roadmap.source.hospital-vac-range": "docs/roadmap.md (typical 3–9 months; not verified)",
};
