/**
 * Plain-string rendering of a classification for cells, CLI and JSON (docs/features.md#sheet-contract:
 * pathway label, target code system, next gate, gate owner, rationale, warnings, confidence).
 */
import { CATALOGUE, getLocale, t, type Locale, type Msg } from "../../i18n/catalogue";
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

// Labels without parameters are rendered once per locale: cells and REIMB.PATHWAY repeat them.
const LABELS: Record<Locale, Map<string, string>> = { en: new Map(), "zh-CN": new Map() };
function label(id: string, locale: Locale): string {
  const cache = LABELS[locale] ?? LABELS.en;
  let s = cache.get(id);
  if (s === undefined) {
    s = t(id, undefined, locale);
    cache.set(id, s);
  }
  return s;
}

export function gateLabel(id: GateId, locale: Locale = getLocale()): string {
  return label(`pathway.gate.${id}`, locale);
}

export function ownerLabel(id: GateOwnerId, locale: Locale = getLocale()): string {
  return label(`pathway.owner.${id}`, locale);
}

export function mechanismLabel(id: PaymentMechanism, locale: Locale = getLocale()): string {
  return label(`pathway.mechanism.${id}`, locale);
}

/**
 * Templates split once into literal and placeholder parts (even indexes literal, odd names), so a
 * rationale cell costs string joins rather than a regex pass per message. Same result as `render`:
 * English fallback, the id for an unknown message, an unknown placeholder left as written.
 */
const TEMPLATES: Record<Locale, Map<string, string[]>> = { en: new Map(), "zh-CN": new Map() };
const PLACEHOLDER = /\{(\w+)\}/;
function compiled(id: string, locale: Locale): string[] {
  const cache = TEMPLATES[locale] ?? TEMPLATES.en;
  let parts = cache.get(id);
  if (parts === undefined) {
    const template = CATALOGUE[locale]?.[id] ?? CATALOGUE.en[id] ?? id;
    parts = template.split(PLACEHOLDER);
    cache.set(id, parts);
  }
  return parts;
}

function renderMsg(m: Msg, locale: Locale): string {
  if (!m.params) return label(m.id, locale);
  const parts = compiled(m.id, locale);
  if (parts.length === 1) return parts[0];
  const params = m.params;
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    out +=
      (Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : `{${name}}`) +
      parts[i + 1];
  }
  return out;
}

export function renderClassification(
  c: Classification,
  locale: Locale = getLocale()
): RenderedClassification {
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
