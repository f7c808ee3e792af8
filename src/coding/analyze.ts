// Analysis: extraction + one look-up result in, findings out — pure. Reads like a senior coder's checklist:
// status of each code, PTP pairs, units vs MUE, add-on primaries, bilateral, global days, PC/TC.
import type { Extraction, Findings } from './types.js';
import type { LookupResult } from './lookup.types.js';
import type { CodeSuggestion, EditionRef } from '../refdata/refdata.types.js';
import { analyzeCodes, askedCodes } from './analyze-codes.js';
import { analyzePairs, analyzeUnits } from './analyze-edits.js';
import {
  addOnAdvice,
  bilateralAdvice,
  editAdvice,
  globalAdvice,
  pctcAdvice,
  statusAdvice,
} from './analyze-advice.js';

export interface AnalyzeOptions {
  /** Codes found by word search when the question names none (passed through to the findings). */
  suggestions?: CodeSuggestion[];
}

/**
 * Editions cited by a finding first, then every other edition the look-up consulted: "no PTP edit between
 * these codes" is also a statement that needs its edition.
 */
function editionsUsed(lookup: LookupResult, labels: Set<string>): EditionRef[] {
  const unique = [...new Map(lookup.editions.map((e) => [e.id, e])).values()];
  return [...unique.filter((e) => labels.has(e.label)), ...unique.filter((e) => !labels.has(e.label))];
}

export function analyze(extraction: Extraction, lookup: LookupResult, opts: AnalyzeOptions = {}): Findings {
  const asked = askedCodes(extraction);
  // Modifiers written apart from any code ("would modifier 59 get it paid?") may belong to any code.
  const loose = extraction.mentions.filter((m) => m.kind === 'modifier' && m.code).map((m) => m.code!);
  const codes = analyzeCodes(asked, lookup);
  const pairs = analyzePairs(asked, loose, lookup);
  const units = analyzeUnits(asked, lookup);
  const addOns = lookup.addOns.filter((f) => asked.get(f.addOn)?.explicit);
  const advice = [
    ...statusAdvice(codes),
    ...editAdvice(pairs, units),
    ...addOnAdvice(asked, lookup.addOns),
    ...bilateralAdvice(codes, loose),
    ...globalAdvice(codes, loose, extraction.questionTypes.includes('global-period')),
    ...pctcAdvice(codes, loose),
  ];
  const labels = new Set<string>([
    ...codes.flatMap((c) => [c.edition ?? '', c.rvu?.edition ?? '']),
    ...pairs.map((p) => p.edition),
    ...units.map((u) => u.edition),
    ...addOns.map((a) => a.edition),
  ]);
  return {
    mentions: extraction.mentions,
    codes,
    pairs,
    units,
    addOns,
    advice,
    dateOfService: extraction.dateOfService,
    effectiveDate: lookup.dateOfService,
    setting: lookup.setting,
    settingStated: extraction.setting !== null,
    questionTypes: extraction.questionTypes,
    questionTypeConfidence: extraction.questionTypeConfidence,
    editions: editionsUsed(lookup, labels),
    suggestions: opts.suggestions ?? [],
    answers: [],
    codesOmitted: extraction.codesOmitted,
    textOmitted: extraction.textOmitted,
  };
}
