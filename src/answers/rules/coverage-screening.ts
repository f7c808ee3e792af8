// National frequency and eligibility limits of Medicare's most-asked screening and counseling benefits
// (our own table of the CMS rules, by code number), and the first date a repeat is covered when the
// question gives the date of the last one: "N full months after the month of the last" means the first
// day of the month N + 1 months after it.
import type { Answer, AnswerQuestion } from '../types.js';
import { MCPM } from '../sources.js';
import { otherPayer } from './benefits-common.js';

interface Screening {
  codes: RegExp;
  /** The code a question naming the service only in words is about. */
  code: string;
  words: RegExp;
  name: string;
  /** Ages covered, when the benefit is limited by age. */
  ages?: [number, number];
  /** Full months that must pass after the month of the last one; null when the limit is not a repeat interval. */
  months: number | null;
  rule: string;
  source: string;
}

// prettier-ignore
const SCREENINGS: Screening[] = [
  { codes: /^(77067|77063)$/, code: '77067', words: /\bmammo\w*/i, ages: [35, 150], name: 'a screening mammogram', months: 11, rule: 'Medicare covers a screening mammogram once 11 full months have passed after the month of the last one (women 40 and over; one baseline at 35-39).', source: `${MCPM} ch. 18 §20` },
  { codes: /^G0121$/, code: 'G0121', words: /\bcolonoscop\w*(?![^.]{0,40}high[- ]risk)/i, ages: [45, 150], name: 'a screening colonoscopy for an average-risk patient', months: 119, rule: 'For an average-risk patient Medicare covers a screening colonoscopy (G0121) once every 10 years: 119 full months after the month of the last one (47 after a screening flexible sigmoidoscopy).', source: `${MCPM} ch. 18 §60` },
  { codes: /^G0105$/, code: 'G0105', words: /\bhigh[- ]risk\b[^.]{0,40}colonoscop\w*|colonoscop\w*[^.]{0,40}high[- ]risk/i, name: 'a screening colonoscopy for a high-risk patient', months: 23, rule: 'For a high-risk patient Medicare covers a screening colonoscopy (G0105) once 23 full months have passed after the month of the last one.', source: `${MCPM} ch. 18 §60` },
  { codes: /^(82270|G0328)$/, code: '82270', words: /\b(FOBT|FIT|i?FOB|fecal\s+occult|hemoccult)\b/i, ages: [45, 150], name: 'a screening fecal occult blood test', months: 11, rule: 'Medicare covers a screening fecal occult blood test (82270 or G0328) once 11 full months have passed after the month of the last one, from age 45.', source: `${MCPM} ch. 18 §60` },
  { codes: /^81528$/, code: '81528', words: /\b(cologuard|stool\s+DNA)\b/i, ages: [45, 85], name: 'a multi-target stool DNA test', months: 35, rule: 'Medicare covers the multi-target stool DNA test (81528) once every 3 years for patients 45 to 85 at average risk without symptoms.', source: `${MCPM} ch. 18 §60` },
  { codes: /^(80061|82465|83718|84478)$/, code: '80061', words: /\b(lipid\s+(?:panel|screen\w*)|cholesterol\s+screen\w*)\b/i, name: 'cardiovascular screening blood tests', months: 59, rule: 'Medicare covers cardiovascular screening blood tests (lipid panel or its parts) once every 5 years for patients without known cardiovascular disease, with diagnosis Z13.6.', source: `${MCPM} ch. 18 §100` },
  { codes: /^(G0103|G0102)$/, code: 'G0103', words: /\bPSA\b/, ages: [50, 150], name: 'prostate cancer screening', months: 11, rule: 'Medicare covers prostate cancer screening (PSA G0103, digital exam G0102) for men 50 and over once 11 full months have passed after the month of the last one.', source: `${MCPM} ch. 18 §50` },
  { codes: /^71271$/, code: '71271', words: /\b(LDCT|low[- ]dose\s+CT|lung\s+(?:ca(?:ncer)?\s+)?screen\w*)\b/i, ages: [50, 77], name: 'lung cancer screening by low-dose CT', months: 11, rule: 'Medicare covers low-dose CT lung cancer screening once a year for patients aged 50 to 77 with at least a 20 pack-year history who smoke now or quit within 15 years, after a shared decision-making visit (G0296) before the first scan.', source: 'NCD 210.14' },
  { codes: /^(9781[0-4])$/, code: '97810', words: /\bacupuncture\b/i, name: 'acupuncture', months: null, rule: 'Medicare covers acupuncture only for chronic low back pain (12 weeks or longer, no identifiable systemic cause): up to 12 sessions in 90 days, 20 a year, with documented improvement; it is not covered for other conditions.', source: 'NCD 30.3.3' },
  { codes: /^(99406|99407)$/, code: '99406', words: /\b(tobacco|smoking)\s+(?:cessation|counsel\w*)|\bquit(?:ting)?\s+(?:tobacco|smoking)\b/i, name: 'tobacco cessation counseling', months: null, rule: 'Medicare covers tobacco cessation counseling (99406 for more than 3 up to 10 minutes, 99407 over 10) for two quit attempts a year of up to four sessions each: 8 sessions in 12 months.', source: 'NCD 210.4.1' },
  { codes: /^G0444$/, code: 'G0444', words: /\bdepression\s+screen\w*/i, name: 'annual depression screening', months: 11, rule: 'Medicare covers depression screening (G0444) once a year in primary care, and G0444 may be billed with the annual wellness visit (G0438 or G0439) when done then, but not with the IPPE (G0402), which includes it.', source: 'NCD 210.9' },
];

const DATE = /\b(\d{1,2})\/(?:(\d{1,2})\/)?(\d{4}|\d{2})\b|\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/g;

interface Ym {
  y: number;
  m: number;
  d: number;
  text: string;
}

function datesIn(text: string): Ym[] {
  return [...text.matchAll(DATE)].map((m) => {
    if (m[4]) return { y: Number(m[4]), m: Number(m[5]), d: Number(m[6] ?? 1), text: m[0] };
    const y = Number(m[3]!.length === 2 ? `20${m[3]}` : m[3]);
    return { y, m: Number(m[1]), d: Number(m[2] ?? 1), text: m[0] };
  });
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const lowerFirst = (t: string): string =>
  t.startsWith('Medicare') ? t : t.charAt(0).toLowerCase() + t.slice(1);
const key = (d: Pick<Ym, 'y' | 'm' | 'd'>) => d.y * 10000 + d.m * 100 + d.d;

/** The first day a repeat is covered: N full months after the month of the last one. */
export function firstEligible(
  last: Pick<Ym, 'y' | 'm'>,
  months: number,
): { y: number; m: number; d: number } {
  const index = last.y * 12 + (last.m - 1) + months + 1;
  return { y: Math.floor(index / 12), m: (index % 12) + 1, d: 1 };
}

const AGE = /\b(\d{2,3})\s*(?:y\/?o|yo|y\.o\.|years?[- ]old|year\s+old)\b/i;

/** "8 minutes is 99406": the tobacco counseling code by the minutes stated. */
function byMinutes(q: AnswerQuestion): string {
  const m = q.cues.minutes;
  if (m === null) return '';
  if (m <= 3) return `${m} minutes is not enough to report either code (more than 3 minutes are needed). `;
  return `${m} minutes is ${m <= 10 ? '99406' : '99407'}. `;
}

/** Screenings the question names by code, or else in words. */
function asked(q: AnswerQuestion): [Screening, string][] {
  const byCode = q.codes.flatMap((c): [Screening, string][] => {
    const s = SCREENINGS.find((x) => x.codes.test(c.code));
    return s ? [[s, c.code]] : [];
  });
  if (byCode.length || q.codes.some((c) => c.system === 'cpt' || c.system === 'hcpcs')) return byCode;
  const named = SCREENINGS.filter((s) => s.words.test(q.text));
  // "high-risk colonoscopy" names G0105, not also the average-risk G0121.
  const chosen = named.some((s) => s.code === 'G0105') ? named.filter((s) => s.code !== 'G0121') : named;
  return chosen.map((s) => [s, s.code]);
}

// A screening asked about without the word "covered": "can we do G0121 in 6/2026?", "allowed?".
const ASKS_TIMING =
  /\b(can\s+we|eligible|too\s+soon|how\s+often|when\s+can|again|next|allowed|same\s+day)\b/i;

/** Whether the question asks about a screening's limits at all (coverage words aside). */
export const asksScreening = (q: AnswerQuestion): boolean =>
  asked(q).length > 0 && (ASKS_TIMING.test(q.text) || datesIn(q.text).length >= 2);

export function screeningAnswers(q: AnswerQuestion): Answer[] {
  return asked(q).map(([s, code]): Answer => {
    const dates = datesIn(q.text).sort((a, b) => key(a) - key(b));
    const age = Number(AGE.exec(q.text)?.[1] ?? NaN);
    let conclusion = `${s.code === '99406' ? byMinutes(q) : ''}${s.rule}`;
    if (s.ages && Number.isFinite(age) && (age < s.ages[0] || age > s.ages[1]))
      conclusion = `No: the benefit stops outside ages ${s.ages[0]}-${s.ages[1]}, and at ${age} the patient falls outside them. ${s.rule} Done anyway, it needs a signed ABN (GA) to bill the patient.`;
    else if (s.months !== null && dates.length >= 2) {
      const last = dates[0]!;
      const planned = dates[dates.length - 1]!;
      const from = firstEligible(last, s.months);
      const fromText = `the first of ${MONTH_NAMES[from.m - 1]} ${from.y}`;
      conclusion =
        key(planned) < key(from)
          ? `Not on ${planned.text}: ${lowerFirst(s.rule)} After the one in ${MONTH_NAMES[last.m - 1]} ${last.y}, ${s.name} is covered from ${fromText}; done earlier, it needs a signed ABN (GA) to bill the patient.`
          : `Yes, ${planned.text} is covered: ${lowerFirst(s.rule)} After the one in ${MONTH_NAMES[last.m - 1]} ${last.y}, it is covered from ${fromText}.`;
    }
    return {
      kind: 'coverage',
      codes: [code],
      conclusion: `${conclusion} ${otherPayer(q)}`.trim(),
      rule: 'Medicare covers screening and counseling services within the frequency and eligibility limits the statute and the national coverage determinations set.',
      source: s.source,
      settled: true,
    };
  });
}
