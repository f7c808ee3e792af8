// The rules, registered by kind. Each answers only what its kind covers and returns nothing when the
// question gives it nothing to say (a rule decides that itself: a wrong modifier deserves an answer
// whatever kind the question seemed to be). The order here is the order answers of one kind are read in.
import type { Answer, AnswerFacts, AnswerKind, AnswerQuestion, AnswerRule } from './types.js';
import { addOnRule } from './rules/add-on.js';
import { anesthesiaRule, anesthesiaTimeRule } from './rules/anesthesia.js';
import { areaUnitsRule } from './rules/area-units.js';
import { infusionHierarchyRule } from './rules/infusion-hierarchy.js';
import { discardedDrugRule } from './rules/benefits-discarded.js';
import { g2211Rule } from './rules/benefits-g2211.js';
import { vaccinesRule } from './rules/benefits-vaccines.js';
import { wellnessRule } from './rules/benefits-wellness.js';
import { bilateralRule } from './rules/bilateral.js';
import { bundlingRule } from './rules/bundling.js';
import { guidanceInWordsRule } from './rules/guidance-in-words.js';
import { castingRule } from './rules/casting.js';
import { mohsRule } from './rules/mohs.js';
import { countsRule } from './rules/counts.js';
import { coverageRule } from './rules/coverage.js';
import { diagnosisRule } from './rules/diagnosis.js';
import { digitModifiersRule } from './rules/digit-modifiers.js';
import { discontinuedRule } from './rules/discontinued.js';
import { documentationRule } from './rules/documentation.js';
import { drugUnitsRule } from './rules/drug-units.js';
import { emSameDayRule } from './rules/em-same-day.js';
import { facilityDrugAdminRule } from './rules/facility-drug-admin.js';
import { globalInWordsRule } from './rules/global-in-words.js';
import { globalPeriodRule } from './rules/global-period.js';
import { globalServicesRule } from './rules/global-services.js';
import { hospitalClaimRule } from './rules/hospital-claim.js';
import { modifierRule } from './rules/modifiers.js';
import { newPatientRule } from './rules/new-patient.js';
import { obUltrasoundRule } from './rules/ob-ultrasound.js';
import { payerBundlingRule } from './rules/payer-bundling.js';
import { paymentRule } from './rules/payment.js';
import { placeOfServiceRule } from './rules/place-of-service.js';
import { incidentToRule } from './rules/incident-to.js';
import { hospitalVisitsRule } from './rules/hospital-visits.js';
import { claimConventionsRule } from './rules/benefits-claims.js';
import { pcsRule } from './rules/pcs.js';
import { multipleProceduresRule } from './rules/multiple-procedures.js';
import { perInstrumentRule } from './rules/per-instrument.js';
import { repairsRule } from './rules/repairs.js';
import { repeatRule } from './rules/repeat.js';
import { sameGroupRule } from './rules/same-group.js';
import { skinBiopsyRule } from './rules/skin-biopsy.js';
import { specimenCollectionRule } from './rules/specimen-collection.js';
import { surgicalRulesRule } from './rules/surgical-rules.js';
import { timeUnitsRule } from './rules/time-units.js';
import { unitsRule } from './rules/units.js';
import { validityRule } from './rules/validity.js';

export const RULES: readonly AnswerRule[] = [
  validityRule,
  newPatientRule,
  hospitalVisitsRule,
  castingRule,
  mohsRule,
  bundlingRule,
  guidanceInWordsRule,
  payerBundlingRule,
  obUltrasoundRule,
  facilityDrugAdminRule,
  hospitalClaimRule,
  repairsRule,
  emSameDayRule,
  sameGroupRule,
  modifierRule,
  digitModifiersRule,
  anesthesiaRule,
  anesthesiaTimeRule,
  repeatRule,
  discontinuedRule,
  documentationRule,
  bilateralRule,
  addOnRule,
  areaUnitsRule,
  infusionHierarchyRule,
  surgicalRulesRule,
  multipleProceduresRule,
  globalServicesRule,
  globalInWordsRule,
  globalPeriodRule,
  timeUnitsRule,
  countsRule,
  specimenCollectionRule,
  perInstrumentRule,
  skinBiopsyRule,
  unitsRule,
  diagnosisRule,
  pcsRule,
  drugUnitsRule,
  paymentRule,
  placeOfServiceRule,
  incidentToRule,
  claimConventionsRule,
  wellnessRule,
  vaccinesRule,
  g2211Rule,
  discardedDrugRule,
  coverageRule,
];

export function rulesFor(kind: AnswerKind): AnswerRule[] {
  return RULES.filter((r) => r.kind === kind);
}

/**
 * Every rule's answers, read in a coder's order: warnings first (a claim error if ignored), then the
 * kinds in the order the question asks them, then the rest.
 */
export function answerQuestion(question: AnswerQuestion, facts: AnswerFacts): Answer[] {
  const rank = (a: Answer): number => {
    const at = question.kinds.indexOf(a.kind);
    return a.warning ? -1 : at < 0 ? question.kinds.length : at;
  };
  return RULES.flatMap((rule) => rule.answer(question, facts)).sort((a, b) => rank(a) - rank(b));
}
