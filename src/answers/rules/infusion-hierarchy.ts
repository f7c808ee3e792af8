// Infusions, injections and pushes in one encounter: only one initial service is reported (the primary
// reason for the encounter, by the hierarchy chemotherapy > therapeutic infusion > push > hydration);
// every other one is its add-on: a sequential infusion 96367, a concurrent one 96368, a push of a new
// drug 96375 (of the same drug 96376, facility only), more hydration 96361 (NCCI Policy Manual 2026, ch. XI §B).
// Hydration beside one drug is answered by hydration-with-drug.ts: incidental fluid is never reported, and
// on a practitioner's claim the main reason for the encounter, not the hierarchy, picks the initial code.
import { NCCI } from '../sources.js';
import { listing } from '../text.js';
import { hydrationWithDrug } from './hydration-with-drug.js';
import type { AnswerRule } from '../types.js';

const INITIAL: Record<string, string> = {
  '96413': 'chemotherapy infusion',
  '96409': 'chemotherapy push',
  '96365': 'therapeutic infusion',
  '96374': 'IV push',
  '96360': 'hydration',
};
const RANK = ['96413', '96409', '96365', '96374', '96360'];

export const isInitialInfusion = (code: string): boolean => code in INITIAL;

/** An initial code the hierarchy demotes to its add-on, because a higher-ranked initial service was given. */
export const demotedInitial = (code: string, asked: readonly string[]): boolean =>
  code in INITIAL && asked.some((c) => c in INITIAL && RANK.indexOf(c) < RANK.indexOf(code));

const ANOTHER =
  /\bagain\b|\b(?:2nd|second|another)\s+(?:\w+\s+){0,2}(?:infusion|drug|bag|push|abx|antibiotic|med(?:ication)?)\b/i;

/** An initial code given twice: units over one, written twice, or "again" / "a second drug". */
const givenTwice = (code: string, units: number | null, text: string): boolean =>
  (units ?? 1) > 1 || (text.match(new RegExp(`\\b${code}\\b`, 'g'))?.length ?? 0) > 1 || ANOTHER.test(text);

const AS_ADD_ON: Record<string, string> = {
  '96365': '96367 (a sequential infusion of a new drug) or 96368 (concurrent)',
  '96374': '96375 (a push of a new drug)',
  '96360': '96361 (hydration after another initial service)',
  '96409': '96411 (a push of another chemotherapy drug)',
  '96413': '96417 (a sequential chemotherapy infusion)',
};

const uniqueCodes = (codes: readonly { code: string }[]) => [...new Set(codes.map((c) => c.code))];

export const infusionHierarchyRule: AnswerRule = {
  kind: 'add-on',
  name: 'one initial infusion service per encounter',
  answer(q, f) {
    const initials = q.codes.filter((c) => INITIAL[c.code]);
    const repeated = initials.find((c) => givenTwice(c.code, c.units, q.text));
    if (initials.length < 2 && !repeated) return [];
    const facility = q.cues.place === 'facility' || f.setting === 'hospital';
    const hydration = repeated ? null : hydrationWithDrug(uniqueCodes(initials), q.text, facility);
    if (hydration) return [hydration];
    const first = RANK.find((code) => initials.some((c) => c.code === code))!;
    const others = initials.map((c) => c.code).filter((c) => c !== first);
    const rest = [...(repeated && repeated.code === first ? [first] : []), ...others];
    const demoted = listing(
      rest.map(
        (c) =>
          `the ${c === first ? 'second' : ''}${c === first ? ' ' : ''}${INITIAL[c]} is reported as ${AS_ADD_ON[c]}`,
      ),
    );
    return [
      {
        kind: 'add-on',
        codes: initials.map((c) => c.code),
        conclusion: `Only one initial service is reported per encounter: ${first} (${INITIAL[first]}). ${demoted[0]!.toUpperCase()}${demoted.slice(1)}, not as another initial code.`,
        rule: 'One initial infusion, injection or push code per encounter, chosen by the hierarchy; the others are their add-on codes.',
        source: `${NCCI}, ch. XI §B`,
        settled: true,
        warning: true,
      },
    ];
  },
};
