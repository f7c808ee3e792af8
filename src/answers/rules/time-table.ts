// Time-based codes: how minutes become codes and units, as CMS pays them. Thresholds are numbers of
// minutes (facts, not CPT text); each family cites the public source that states how Medicare counts.
import { MCPM, NCCI } from '../sources.js';

export interface TimedLine {
  code: string;
  units: number;
}

export interface TimeFamily {
  name: string;
  codes: string[];
  /** The lines for a total of minutes (and the asker's codes); empty below the first threshold. */
  lines(minutes: number, asked: readonly string[]): TimedLine[];
  /** The minutes at which the next unit would start, for an answer short of it. */
  nextAt?: (minutes: number) => number;
  /** What is reported below the first threshold. */
  below: string;
  /** When the family's add-on code starts, for an answer that does not reach it. */
  addOnStarts?: string;
  rule: string;
  source: string;
}

/** A base code, then an add-on for each full `step` minutes beyond `first`. */
const addOn = (base: string, extra: string, first: number, step: number, m: number): TimedLine[] => {
  const extras = m >= first + step ? Math.floor((m - first) / step) : 0;
  return [{ code: base, units: 1 }, ...(extras ? [{ code: extra, units: extras }] : [])];
};

const hourlyNext = (m: number): number => (m < 91 ? 91 : 91 + 60 * (Math.floor((m - 91) / 60) + 1));

/** A first hour, then one more unit for each further hour once more than 30 minutes of it have passed. */
const hourly = (base: string, extra: string, m: number): TimedLine[] =>
  m >= 91
    ? [
        { code: base, units: 1 },
        { code: extra, units: 1 + Math.floor((m - 91) / 60) },
      ]
    : [{ code: base, units: 1 }];

// prettier-ignore
// The highest-level hospital visits and the total minutes at which Medicare's G0316 starts.
const PROLONGED_INPATIENT: [string, number][] = [
  ['99223', 90],
  ['99233', 65],
  ['99236', 110],
];

export const TIME_FAMILIES: readonly TimeFamily[] = [
  {
    name: 'critical care',
    codes: ['99291', '99292'],
    lines: (m) => (m < 30 ? [] : addOn('99291', '99292', 74, 30, m)),
    below:
      'under 30 minutes is not reported as critical care: report another E/M visit code instead (a hospital or office visit, chosen by medical decision-making or total time)',
    addOnStarts: '99292 is not reported below 104 minutes',
    nextAt: (m) => 74 + 30 * (Math.max(0, Math.floor((m - 74) / 30)) + 1),
    rule: 'Medicare counts critical care time per day: 99291 covers the first 30-74 minutes, and 99292 is added only for each full 30 minutes beyond 74 (the first 99292 at 104 minutes).',
    source: `${MCPM} ch. 12 §30.6.12`,
  },
  {
    name: 'timed therapy (15-minute units)',
    codes: [
      '97032',
      '97033',
      '97034',
      '97035',
      '97036',
      '97110',
      '97112',
      '97113',
      '97116',
      '97124',
      '97140',
      '97530',
      '97533',
      '97535',
      '97537',
      '97542',
      '97750',
      '97755',
      '97760',
      '97761',
      '97763',
    ],
    lines: (m) => (m < 8 ? [] : [{ code: '', units: Math.floor((m + 7) / 15) }]),
    below: 'under 8 minutes of timed treatment in total is not billed as a unit',
    rule: 'Medicare adds up the minutes of all timed codes on the day and bills one unit per 15 minutes, counting a unit from 8 minutes (8-22 minutes is 1 unit, 23-37 is 2, 38-52 is 3, 53-67 is 4), then assigns units to the codes that took the most time.',
    source: `${MCPM} ch. 5 §20.2`,
  },
  {
    name: 'IV infusion',
    codes: ['96365', '96366'],
    lines: (m) => (m <= 15 ? [] : hourly('96365', '96366', m)),
    below: 'an infusion of 15 minutes or less is reported as an IV push',
    addOnStarts: '96366 is not reported below 91 minutes',
    nextAt: hourlyNext,
    rule: 'The initial hour of infusion is one unit of 96365; 96366 is added for each further hour, counted once more than 30 minutes of that hour have passed.',
    source: `${NCCI}, ch. XI §B; ${MCPM} ch. 12 §30.5`,
  },
  {
    name: 'IV hydration',
    codes: ['96360', '96361'],
    lines: (m) => (m <= 30 ? [] : hourly('96360', '96361', m)),
    below: 'hydration of 30 minutes or less is not separately reported',
    addOnStarts: '96361 is not reported below 91 minutes',
    nextAt: hourlyNext,
    rule: 'Hydration is reported only when it runs more than 30 minutes; 96361 is added for each further hour once more than 30 minutes of that hour have passed.',
    source: `${NCCI}, ch. XI §B; ${MCPM} ch. 12 §30.5`,
  },
  {
    name: 'chemotherapy infusion',
    codes: ['96413', '96415'],
    lines: (m) => (m <= 15 ? [] : hourly('96413', '96415', m)),
    below: 'a chemotherapy infusion of 15 minutes or less is reported as a push',
    addOnStarts: '96415 is not reported below 91 minutes',
    nextAt: hourlyNext,
    rule: 'The first hour is one unit of 96413; 96415 is added for each further hour once more than 30 minutes of that hour have passed.',
    source: `${NCCI}, ch. XI §B`,
  },
  {
    name: 'psychotherapy',
    codes: ['90832', '90834', '90837'],
    lines: (m) => (m < 16 ? [] : [{ code: m >= 53 ? '90837' : m >= 38 ? '90834' : '90832', units: 1 }]),
    below: 'psychotherapy under 16 minutes is not reported',
    rule: 'Psychotherapy is one code per session chosen by time: 16-37 minutes 90832, 38-52 minutes 90834, 53 minutes or more 90837.',
    source: 'CMS MLN booklet Medicare & Mental Health Coverage',
  },
  {
    name: 'psychotherapy with an E/M',
    codes: ['90833', '90836', '90838'],
    lines: (m) => (m < 16 ? [] : [{ code: m >= 53 ? '90838' : m >= 38 ? '90836' : '90833', units: 1 }]),
    below: 'psychotherapy under 16 minutes is not reported',
    rule: 'Psychotherapy with an E/M the same visit is the add-on chosen by the psychotherapy time alone (not the E/M time): 16-37 minutes 90833, 38-52 minutes 90836, 53 minutes or more 90838.',
    source: 'CMS MLN booklet Medicare & Mental Health Coverage',
  },
  {
    name: 'advance care planning',
    codes: ['99497', '99498'],
    lines: (m) =>
      m < 16
        ? []
        : [
            { code: '99497', units: 1 },
            ...(m >= 46 ? [{ code: '99498', units: 1 + Math.floor((m - 46) / 30) }] : []),
          ],
    below: 'advance care planning under 16 minutes is not reported',
    addOnStarts: '99498 is not reported below 46 minutes',
    rule: 'Advance care planning is 99497 for the first 30 minutes (from 16 minutes) and 99498 for each further 30 minutes, counted once more than 15 minutes of it have passed.',
    source: 'CMS MLN fact sheet Advance Care Planning (MLN909289)',
  },
  {
    name: 'prolonged office visit (Medicare G2212)',
    codes: ['G2212', '99417'],
    lines: (m, asked) => {
      const [visit, from] = asked.includes('99205')
        ? ['99205', 89]
        : asked.includes('99215')
          ? ['99215', 69]
          : [null, 0];
      return visit && m >= from
        ? [
            { code: visit, units: 1 },
            { code: 'G2212', units: 1 + Math.floor((m - from) / 15) },
          ]
        : [];
    },
    below:
      'G2212 starts only 15 minutes beyond the highest time of the visit level: at 89 minutes with 99205 and 69 minutes with 99215, one unit per further full 15 minutes',
    rule: 'Medicare pays prolonged office time with G2212, not 99417: one unit once the total time reaches 15 minutes beyond the most of the visit level (89 minutes with 99205, 69 minutes with 99215), and one more for each further full 15 minutes.',
    source: 'CY2022 PFS final rule; CMS PFS code set (G2212)',
  },
  {
    name: 'prolonged hospital or observation visit (Medicare G0316)',
    codes: ['G0316', '99418', '99223', '99233', '99236'],
    lines: (m, asked) => {
      const visit = PROLONGED_INPATIENT.find(([code]) => asked.includes(code));
      if (!visit) return [];
      const [code, from] = visit;
      return m >= from
        ? [
            { code, units: 1 },
            { code: 'G0316', units: 1 + Math.floor((m - from) / 15) },
          ]
        : [];
    },
    below:
      'G0316 starts only 15 minutes beyond the highest time of the visit level: at 90 minutes with 99223, 65 with 99233 and 110 with 99236, one unit per further full 15 minutes',
    rule: 'Medicare pays prolonged hospital inpatient or observation time with G0316, not 99418: one unit once the total time reaches 15 minutes beyond the time of the visit level (90 minutes with 99223, 65 with 99233, 110 with 99236), and one more for each further full 15 minutes.',
    source: 'CY2023 PFS final rule; CMS PFS code set (G0316)',
  },
  {
    name: 'discharge day management',
    codes: ['99238', '99239', '99315', '99316'],
    lines: (m, asked) => {
      const nursing = asked.some((c) => c === '99315' || c === '99316');
      return [{ code: nursing ? (m > 30 ? '99316' : '99315') : m > 30 ? '99239' : '99238', units: 1 }];
    },
    below: 'discharge day management is chosen by time alone',
    rule: 'Discharge day management is chosen by the total time spent on the discharge that day, not by decision making: 30 minutes or less is 99238 (99315 in a nursing facility), more than 30 minutes 99239 (99316); the time must be documented.',
    source: `${MCPM} ch. 12 §30.6.9.2`,
  },
  {
    name: 'tobacco cessation counseling',
    codes: ['99406', '99407'],
    lines: (m) => (m < 3 ? [] : [{ code: m > 10 ? '99407' : '99406', units: 1 }]),
    below: 'counseling under 3 minutes is part of the visit',
    rule: 'Tobacco cessation counseling of 3-10 minutes is 99406 and of more than 10 minutes 99407, one per session.',
    source: 'Medicare NCD 210.4.1 (counseling to prevent tobacco use)',
  },
  {
    name: 'chronic care management',
    codes: ['99490', '99439'],
    lines: (m) =>
      m < 20
        ? []
        : [
            { code: '99490', units: 1 },
            ...(m >= 40 ? [{ code: '99439', units: Math.min(2, Math.floor((m - 20) / 20)) }] : []),
          ],
    below: 'under 20 minutes of clinical staff time in the month is not billed',
    addOnStarts: '99439 is not reported below 40 minutes',
    rule: 'Chronic care management counts clinical staff time per calendar month: 99490 for the first 20 minutes, 99439 for each further full 20 minutes (at most twice).',
    source: 'CMS Chronic Care Management Services booklet (MLN909188)',
  },
];

export function familyOf(code: string): TimeFamily | undefined {
  return TIME_FAMILIES.find((f) => f.codes.includes(code));
}
