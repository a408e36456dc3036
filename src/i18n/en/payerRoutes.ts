/**
 * English messages for the pathway classes of round 2: statutory exclusions and the payers that
 * can pay instead (docs/reimbursement.md §7.1), pass-through expiry (§4.3), capital and robotic equipment and
 * partial fits (docs/reimbursement.md §4.4). Areas `pathway.*`, `strategy.*`, `evidence.*`.
 */
export const PAYER_ROUTES: Readonly<Record<string, string>> = {
  // Capital equipment, robotic assistance, partial fits (docs/reimbursement.md §4.4).
  "pathway.why.procedureCodeNotListed":
    "Equipment used in a procedure that has its own CPT code is paid through that procedure's payment, so the procedure's CPT code is the pathway; it is not listed in the row, and CPT descriptors are licensed, so it cannot be searched here: add it.",
  "pathway.warn.procedureCodeMissing":
    "Procedure CPT code not listed: add the code of the procedure the equipment is used in",
  "pathway.warn.partialFitExisting":
    "{code} only partly fits, but for equipment or a packaged supply the procedure code is still the pathway; a new code is sought only when the service itself is not described (mark the fit 'does not')",
  "pathway.warn.roboticAssistNotMedicare":
    "{code} (robotic surgical system, add-on) is not valid for Medicare (HCPCS coverage I, PFS status I): Medicare pays for the robot through the procedure's own CPT code; only some commercial payers accept {code}",
  "pathway.warn.notValidForMedicare":
    "{code} is not valid for Medicare (an S code, or PFS status I / HCPCS coverage I): set aside; the procedure's own code carries the payment",

  // Pass-through expiry (docs/reimbursement.md §4.1, §4.3).
  "pathway.why.passThroughAlreadyDrug":
    "{code} is already paid as a pass-through drug or biological (status indicator G in CMS's {vintage}): no device pass-through application is proposed for the same product; when its pass-through ends is said below.",
  "pathway.why.passThroughEndsInYear":
    "CMS's {vintage} marks the pass-through status of {code} (status indicator {si}) as expiring during CY{year} (column 'Drug and Device Pass-Through Expiration during Calendar Year'): separate pass-through payment ends by 31 December {year} at the latest.",
  "pathway.warn.passThroughEnded":
    "{code}: pass-through has ended: CMS's CY{year} Addendum B marks it as expiring during CY{year}, before this date of service; a device is then packaged into the procedure's APC and a drug is paid by its new status indicator; check the current Addendum B",
  "pathway.why.passThroughContinues":
    "{code} (status indicator {si}) is not marked as expiring during CY{year} in CMS's {vintage}, so its pass-through runs into CY{next}; the files give no end date, and pass-through status typically lasts 2–3 years (estimate).",
  "pathway.why.passThroughUntilEstimate":
    "{code} (status indicator {si}) is not marked as expiring during CY{year} in CMS's {vintage}, so its pass-through runs into CY{next}. Estimate: the category was added on {addDate} (HCPCS file) and pass-through lasts at most 3 years, ending at a quarter's end, so it ends by {end} at the latest.",
  "pathway.warn.passThroughEndedEstimate":
    "{code}: pass-through has most likely ended (estimate: category added {addDate}, at most 3 years, so by {end}); the loaded Addendum B (CY{year}) predates this date of service; check the current one",
  "pathway.why.deviceCategoryPassThroughEnded":
    "{code} had status indicator H in CMS's {vintage}, which marks its pass-through as expiring during CY{year}: from then the device category is packaged into the procedure's APC (no separate payment), as for any category whose pass-through has ended.",

  // Statutory exclusion: the strategy turns to payers that can pay (docs/reimbursement.md §7.1).
  "strategy.plan.statutoryExclusion":
    "Medicare excludes this by statute (SSA §1862(a)): a new code would not unlock Medicare payment, so keep the existing code for claims and build revenue from commercial payers, Medicare Advantage plans that offer it as a supplemental benefit, and self-pay pricing. Where the non-coverage rests on a national coverage determination rather than the statute, an NCD reconsideration is the only Medicare route.",
  "strategy.channel.otherPayers":
    "Sell through the payers that can pay: commercial plans, Medicare Advantage plans' supplemental benefits, employers, and self-pay (cash) channels; Medicare fee-for-service will not pay.",
  "strategy.staff.marketAccess":
    "Market-access and payer-contracting staff (pricing, value dossiers, plan negotiations) rather than Medicare coding applications.",
  "strategy.evidence.payerValueDossier":
    "A payer value dossier (clinical value, budget impact, price) for commercial and Medicare Advantage plans; Medicare coverage evidence cannot change a statutory exclusion.",
  "strategy.segment.otherPayers":
    "Medicare Advantage plans offering the benefit as a supplemental benefit, commercial payers and employers, and self-pay patients.",

  "evidence.audience.medicare-advantage-plan": "Medicare Advantage plan",
  "evidence.payer-value-dossier.title":
    "Payer value dossier: clinical value, budget impact and price for plans that can pay",
  "evidence.payer-value-dossier.why":
    "Medicare excludes the service by statute, so payment comes from commercial plans, Medicare Advantage supplemental benefits and self-pay; plans buy on value, budget impact and price, not on Medicare coverage evidence.",
  "evidence.payer-value-dossier.failure":
    "Effort goes into Medicare coding and coverage that cannot pay, and plans that could pay have no basis to add the benefit or contract a rate.",
};
