/**
 * Plain-string rendering of a classification for cells, CLI and JSON (docs/features.md#sheet-contract:
 * pathway label, target code system, next gate, gate owner, rationale, warnings, confidence).
 */
import { t, type Locale, type Msg } from "../../i18n/catalogue";
import type { Classification, GateId, GateOwnerId, PaymentMechanism } from "./types";

export interface RenderedClassification {
  pathway: string;
  targetCodeSystem: string;
  productCode: string;
  nextGate: string;
  gateOwner: string;
  rationale: string;
  warnings: string;
  confidence: string;
  paymentMechanisms: string;
  benefitCategory: string;
}

// Every message goes through the catalogue's `t`, which splits each template once: cells and
// REIMB.PATHWAY repeat the same labels, and a rationale cell then costs string joins, not regex passes.
function label(id: string, locale: Locale): string {
  return t(id, undefined, locale);
}

export function gateLabel(id: GateId, locale: Locale): string {
  return label(`pathway.gate.${id}`, locale);
}

export function ownerLabel(id: GateOwnerId, locale: Locale): string {
  return label(`pathway.owner.${id}`, locale);
}

export function mechanismLabel(id: PaymentMechanism, locale: Locale): string {
  return label(`pathway.mechanism.${id}`, locale);
}

function renderMsg(m: Msg, locale: Locale): string {
  return t(m.id, m.params, locale);
}

export function renderClassification(c: Classification, locale: Locale): RenderedClassification {
  const sentence = label("pathway.separator.sentence", locale);
  const list = label("pathway.separator.list", locale);
  let rationale = "";
  for (const m of c.rationale) rationale += (rationale ? sentence : "") + renderMsg(m, locale);
  let warnings = "";
  for (const w of c.warnings) warnings += (warnings ? list : "") + renderMsg(w, locale);
  let mechanisms = "";
  for (const m of c.paymentMechanisms)
    mechanisms += (mechanisms ? list : "") + mechanismLabel(m, locale);
  const category = label(`pathway.benefit.${c.benefitCategory.value}`, locale);
  return {
    pathway: label(`report.pathway.${c.pathway}`, locale),
    targetCodeSystem: c.targetCodeSystem,
    productCode: c.productCode ?? "",
    nextGate: gateLabel(c.nextGate, locale),
    gateOwner: ownerLabel(c.gateOwner, locale),
    rationale,
    warnings,
    confidence: label(`pathway.confidence.${c.confidence}`, locale),
    paymentMechanisms: mechanisms,
    benefitCategory: c.benefitCategory.inferred
      ? t("pathway.benefit.inferred", { category }, locale)
      : category,
  };
}
