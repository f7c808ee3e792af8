// One asked ICD-10-CM code against the Tabular List: a category or subcategory is not reportable (its
// codes listed, or the one the question's words name); a code missing its 7th character or its
// placeholder X is invalid; a deleted code's successors; a billable code whose side or encounter
// disagrees with the question's words (ICD-10-CM Official Guidelines I.A.3-I.A.5, I.B.2, I.B.13).
import type { TabularCode } from '../../coding/icd-facts.types.js';
import type { CodeFinding } from '../../coding/types.js';
import { ICD_GUIDELINES, SOURCES } from '../sources.js';
import { listing } from '../text.js';
import type { Answer, AnswerFacts } from '../types.js';
import { bare, chooseByWords, distinctPart, sharedPrefix, sidesIn } from './diagnosis-words.js';

const MAX_LISTED = 8;
const dotted = (c: string) => (c.length > 3 ? `${c.slice(0, 3)}.${c.slice(3)}` : c);

function answer(
  c: CodeFinding,
  conclusion: string,
  rule: string,
  source: string,
  extra: Partial<Answer> = {},
): Answer {
  return { kind: 'diagnosis-selection', codes: [c.code], conclusion, rule, source, settled: true, ...extra };
}

/** "J44.0 (…), J44.1 (…)" with each code's own words, at most a bounded number. */
function optionsList(options: readonly TabularCode[]): string {
  const shared = sharedPrefix(options.map((o) => o.title));
  const shown = options
    .slice(0, MAX_LISTED)
    .map((o) => `${o.code} (${distinctPart(o.title, shared) || o.title})`);
  const more = options.length - shown.length;
  return more > 0 ? `${shown.join(', ')} and ${more} more` : listing(shown, 'or');
}

const seventhSource = (code: string, title: string) =>
  /^S\d\d/.test(code) && /fracture/i.test(title)
    ? `${ICD_GUIDELINES}, I.A.5 and I.C.19.c.1`
    : /^[ST]/.test(code)
      ? `${ICD_GUIDELINES}, I.A.5 and I.C.19.a`
      : SOURCES.icdSeventh;

function notBillable(c: CodeFinding, f: AnswerFacts, words: string[]): Answer {
  const kids =
    f.tabular?.under[c.code] ??
    c.billableChildren.map((k) => ({ code: k.code, title: k.description, billable: true }));
  const pick = chooseByWords(kids, words);
  // A 7th character states the encounter (or the fetus); a plain 7-character subdivision does not.
  const seventh =
    bare(c.code).length === 6 &&
    kids.length > 0 &&
    kids.every((k) => bare(k.code).length === 7 && /encounter|sequela|fetus/i.test(k.title));
  const chosen = pick ? ` The question's words point to ${pick.code} (${pick.title}).` : '';
  if (seventh)
    return answer(
      c,
      `${c.code} is incomplete: a code in this category needs its 7th character, and without it the claim line is invalid. The choices are ${optionsList(kids)}.${chosen || ' The encounter documented decides it: A while the injury is actively treated, D for healing or recovery care, S for a sequela.'}`,
      'A code that takes a 7th character is invalid without it; the character states the encounter (initial, subsequent, sequela) and, for fractures, open or closed and the healing.',
      seventhSource(c.code, kids[0]?.title ?? ''),
      pick
        ? { warning: true }
        : {
            warning: true,
            settled: false,
            needs: 'the encounter as documented (active treatment, healing phase or sequela)',
          },
    );
  const title = c.descriptor ? ` (${c.descriptor})` : '';
  return answer(
    c,
    `${c.code}${title} is a category, not a billable code: report one of its ${kids.length} billable codes, ${optionsList(kids)}.${chosen}`,
    'Only codes are reportable, not categories or subcategories; a code is reported to the full number of characters it has and to the detail documented.',
    `${ICD_GUIDELINES}, I.A.3 and I.B.2`,
    pick
      ? { warning: true }
      : { warning: true, settled: false, needs: 'the documentation of the detail these codes differ by' },
  );
}

function unknown(c: CodeFinding, f: AnswerFacts): Answer | null {
  const fix = f.tabular?.placeholderFixes[c.code];
  if (fix)
    return answer(
      c,
      `${c.code} is not a valid code: it lacks the placeholder X. Written in full it is ${fix.code} (${fix.title}).`,
      'Where a code has a placeholder X, the X must be written for the code to be valid, so that a 7th character stays in the 7th position.',
      `${ICD_GUIDELINES}, I.A.4 and I.A.5`,
      { warning: true },
    );
  const known = (f.tabular?.ancestors ?? []).filter((a) => bare(c.code).startsWith(bare(a.code)));
  const nearest = known.sort((a, b) => b.code.length - a.code.length)[0];
  if (!nearest) return null;
  const choices = f.tabular?.under[nearest.code] ?? f.tabular?.under[dotted(bare(c.code).slice(0, -1))] ?? [];
  return answer(
    c,
    `${c.code} is not in the ICD-10-CM code set: the nearest existing code is ${nearest.code} (${nearest.title})${choices.length ? `, whose billable codes are ${optionsList(choices)}` : ''}.`,
    'A claim needs a code that exists in the code set in force on the date of service, to its full number of characters.',
    `${ICD_GUIDELINES}, I.B.2; CDC ICD-10-CM code files`,
    { warning: true, settled: false, needs: 'the code as documented, to check against the Tabular List' },
  );
}

function deleted(c: CodeFinding, f: AnswerFacts): Answer {
  const next = f.tabular?.under[c.code] ?? [];
  const when = c.deletedOn ? ` on ${c.deletedOn}` : '';
  const by = next.length
    ? ` It was expanded into ${optionsList(next)}: report the one the documentation supports.`
    : ' Check the current Tabular List for the code that replaced it.';
  return answer(
    c,
    `${c.code} was deleted${when} (ICD-10-CM codes change each October 1).${by}`,
    'A diagnosis code must be valid on the date of service; when a code is expanded, its new codes replace it from that fiscal year.',
    `CDC ICD-10-CM code files and code history (${c.edition ?? 'FY2026'}); ${ICD_GUIDELINES}, I.B.2`,
    { warning: true, settled: next.length > 0 },
  );
}

const SIDE_WORD = /\b(right|left|bilateral|unspecified)(?= [a-z]+(?: [a-z]+)?(?:,|$| joint| prosthesis))/g;

/** Titles the code would have on the side and at the encounter the question states. */
function wantedTitles(title: string, side: string | null, encounter: string | null): string[] {
  const variants = new Set<string>([title]);
  if (side)
    for (const m of title.matchAll(SIDE_WORD))
      if (m[1] !== side) variants.add(title.slice(0, m.index) + side + title.slice(m.index + m[1]!.length));
  if (encounter && /initial encounter|subsequent encounter|sequela/.test(title))
    for (const v of [...variants])
      variants.add(
        v.replace(
          /(initial|subsequent) encounter(?= |$)|sequela$/,
          encounter === 'sequela' ? 'sequela' : `${encounter} encounter`,
        ),
      );
  variants.delete(title);
  return [...variants];
}

/** A billable code whose side or encounter disagrees with the question: the sibling that fits it. */
function sideConflict(c: CodeFinding, f: AnswerFacts, text: string, words: string[]): Answer | null {
  const sides = sidesIn(text);
  const side = sides.length === 1 ? sides[0]! : null;
  const encounter = ['initial', 'subsequent', 'sequela'].filter((w) => words.includes(w));
  if (!c.descriptor || (!side && encounter.length !== 1)) return null;
  const title = c.descriptor.toLowerCase();
  const k = bare(c.code);
  const siblings = [
    ...(f.tabular?.under[dotted(k.slice(0, -1))] ?? []),
    ...(f.tabular?.under[dotted(k.slice(0, -2))] ?? []),
  ];
  const wanted = wantedTitles(title, side, encounter.length === 1 ? encounter[0]! : null);
  const want = wanted
    .map((t) => siblings.find((s) => s.title.toLowerCase() === t))
    .filter(Boolean)
    .pop();
  if (!want || want.code === c.code) return null;
  const unspecifiedSide =
    /\bunspecified (?:[a-z]+ )?(?:ankle|knee|hip|shoulder|arm|leg|foot|hand|wrist|elbow|eye|ear|side|lung|kidney|breast)/.test(
      title,
    );
  // Name only what differs: the side, the encounter, or both.
  const wantTitle = want.title.toLowerCase();
  const sideOff = side !== null && !title.includes(side) && wantTitle.includes(side);
  const encounterWord = encounter.length === 1 ? encounter[0]! : null;
  const encounterOff =
    encounterWord !== null && !title.includes(encounterWord) && wantTitle.includes(encounterWord);
  const why = [sideOff ? `the ${side} side` : '', encounterOff ? `a ${encounterWord} encounter` : '']
    .filter(Boolean)
    .join(' and ');
  const seventh = encounterOff
    ? ` The 7th character is ${want.code.slice(-1)}: A is for the encounters of active treatment, D for healing or recovery care after it, S for a sequela.`
    : '';
  return answer(
    c,
    `${c.code} (${c.descriptor}) does not fit ${why || "the question's words"}: report ${want.code} (${want.title}).${seventh}${unspecifiedSide && side ? ' The unspecified side is for a record that does not state it, and should rarely be used.' : ''}`,
    'Laterality and the 7th character are coded as documented: the side stated (unspecified only when the record lacks it) and the encounter (A active treatment, D healing or recovery phase, S sequela).',
    `${ICD_GUIDELINES}, I.B.13 and I.C.19.a`,
    { warning: true },
  );
}

/** What the Tabular List says of one asked code; a valid code gets an answer only when something is off. */
export function codeAnswers(c: CodeFinding, f: AnswerFacts, text: string, words: string[]): Answer[] {
  if (c.status === 'not_billable') return [notBillable(c, f, words)];
  if (c.status === 'deleted') return [deleted(c, f)];
  if (c.status === 'unknown') return [unknown(c, f)].filter((a): a is Answer => a !== null);
  const side = sideConflict(c, f, text, words);
  return side ? [side] : [];
}
