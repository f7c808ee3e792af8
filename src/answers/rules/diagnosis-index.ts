// A diagnosis asked in words: the Alphabetic Index walk (main term, subterms, see-references, or the
// neoplasm and drug tables), then each code checked in the Tabular List, as a coder does (ICD-10-CM
// Official Guidelines I.B.1). Nothing is offered when the words reach no code.
import type { IndexSuggestion } from '../../coding/icd-facts.types.js';
import { ICD_GUIDELINES } from '../sources.js';
import { listing } from '../text.js';
import type { Answer, AnswerFacts } from '../types.js';
import { chooseByWords, distinctPart, sharedPrefix } from './diagnosis-words.js';

const MAX_LISTED = 6;

const TABLE_NAME = {
  index: 'Index',
  external: 'External Cause Index',
  neoplasm: 'Table of Neoplasms',
  drugs: 'Table of Drugs and Chemicals',
};

function step(
  s: IndexSuggestion,
  f: AnswerFacts,
  words: string[],
): { text: string; codes: string[]; complete: boolean } {
  const where = `${TABLE_NAME[s.source]}: ${s.path}${s.column ? ` (${s.column} column)` : ''} -> ${s.code}${s.needsMore ? '-' : ''}`;
  const tab = f.indexWalk?.tabular[s.code];
  if (!tab || tab.billable === null)
    return { text: `${where}; check it in the Tabular List`, codes: [s.code], complete: false };
  if (tab.billable)
    return { text: `${where}, billable in the Tabular List (${tab.title})`, codes: [s.code], complete: true };
  const kids = tab.children;
  const pick = chooseByWords(kids, words);
  if (pick)
    return {
      text: `${where}; in the Tabular List that leads to ${pick.code} (${pick.title})`,
      codes: [pick.code],
      complete: true,
    };
  const shared = sharedPrefix(kids.map((k) => k.title));
  const shown = kids.slice(0, MAX_LISTED).map((k) => `${k.code} ${distinctPart(k.title, shared) || k.title}`);
  const more = kids.length > MAX_LISTED ? ` and ${kids.length - MAX_LISTED} more` : '';
  return {
    text: `${where}; ${s.code} is not billable: the Tabular List needs more characters (${listing(shown, 'or')}${more})`,
    codes: [s.code],
    complete: false,
  };
}

export function indexAnswers(f: AnswerFacts, words: string[], askedIcd: readonly string[]): Answer[] {
  const walk = f.indexWalk;
  // With codes asked, the answer checks those codes; an index walk beside them only adds noise.
  if (!walk || askedIcd.length) return [];
  if (!walk.suggestions.length) {
    if (askedIcd.length) return [];
    return [
      {
        kind: 'diagnosis-selection',
        codes: [],
        conclusion:
          'The words of the question do not lead through the Alphabetic Index to a code we can name with confidence: send the diagnosis as the provider documented it (the condition, then its site, side, acuity, cause and, for injuries, the encounter).',
        rule: 'A code is found in the Alphabetic Index from the main term (the condition) through its subterms, then verified in the Tabular List.',
        source: `${ICD_GUIDELINES}, I.B.1`,
        settled: false,
        needs: 'the documented diagnosis statement',
      },
    ];
  }
  // With codes asked, the walk speaks only where it leads somewhere else than the asker's codes.
  const fresh = walk.suggestions.filter(
    (s) => !askedIcd.some((a) => a.replace('.', '').startsWith(s.code.replace('.', ''))),
  );
  if (!fresh.length) return [];
  const steps = fresh.map((s) => step(s, f, words));
  const settled = steps.every((s) => s.complete);
  const codes = [...new Set(steps.flatMap((s) => s.codes))];
  const agrees = codes.filter((c) => askedIcd.includes(c));
  const mismatch = askedIcd.length > 0 && agrees.length < codes.length;
  return [
    {
      kind: 'diagnosis-selection',
      codes,
      conclusion: `Following ${fresh.some((s) => s.source === 'external') ? 'the indexes' : 'the Alphabetic Index'}: ${steps.map((s) => s.text).join('; ')}.${mismatch ? ' Compare this with the codes in your question: the documentation decides.' : ''}`,
      rule: 'Locate the condition in the Alphabetic Index (main term, subterms, see-references; neoplasms by site and behavior, drugs by intent), then verify the code in the Tabular List: a dash or a header needs more characters.',
      source: `${ICD_GUIDELINES}, I.B.1, I.A.16 and I.A.18`,
      settled,
      needs: settled
        ? undefined
        : 'the documented detail the remaining characters need (site, side, type, encounter)',
    },
  ];
}
