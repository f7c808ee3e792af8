// Vaccines for Medicare patients: Part B covers influenza, pneumococcal, hepatitis B and COVID-19
// vaccines, their administration reported with G0008, G0009, G0010 and 90480 (not 90471/90472); other
// vaccines are Part D unless given for an injury or exposure, when 90471/90472 apply under Part B.
import type { Answer, AnswerFacts, AnswerQuestion, AnswerRule } from '../types.js';
import { listing } from '../text.js';
import { BENEFIT_SOURCES, otherPayer } from './benefits-common.js';

interface PartB {
  name: string;
  admin: string;
  words: RegExp;
  /** Vaccine product codes (CPT, CMS-assigned Q codes) of the kind: numbers only. */
  products: RegExp;
}

// prettier-ignore
const PART_B: PartB[] = [
  { name: 'influenza', admin: 'G0008', words: /\b(flu|influenza|fluzone|flucelvax|fluad|afluria|flublok|fluarix|flulaval)\b/i, products: /^(906(30|5[3-8]|6[0-9]|7[2-4]|8[25-9]|94)|90756|Q203[4-9])$/ },
  { name: 'pneumococcal', admin: 'G0009', words: /\b(pneumococc\w*|pneumovax|prevnar|pcv\s?\d+|ppsv\s?23|vaxneuvance|capvaxive)\b/i, products: /^(9067[017]|90684|90732)$/ },
  { name: 'hepatitis B', admin: 'G0010', words: /\b(hep(?:atitis)?\s*B|heplisav|engerix|recombivax|prehevbrio)\b/i, products: /^(9073[9]|9074[03467]|90759)$/ },
  { name: 'COVID-19', admin: '90480', words: /\b(covid\w*|sars-cov-2|comirnaty|spikevax|novavax)\b/i, products: /^(913\d\d)$/ },
];

const PART_D =
  /\b(shingrix|zoster|shingles|RSV|arexvy|abrysvo|mresvia|tdap|boostrix|adacel|HPV|gardasil|hep(?:atitis)?\s*A|havrix|vaqta|MMR|varicella)\b/i;
const PART_D_CODES = /^(90750|9067[89]|90683|9071[45]|90651|9063[2-4]|90707|90716)$/;
const INJURY = /\b(injur\w*|wound|lacerat\w*|puncture|bite|exposure|stepped\s+on)\b/i;
const VACCINE = /\b(vaccin\w*|immuniz\w*)\b/i;
const ADMIN_CODES = ['G0008', 'G0009', 'G0010', '90480', '90471', '90472', '90460', '90461'];

function kindsIn(q: AnswerQuestion): PartB[] {
  const codes = q.codes.map((c) => c.code);
  return PART_B.filter(
    (k) => k.words.test(q.text) || codes.some((c) => k.products.test(c)) || codes.includes(k.admin),
  );
}

const hepB = (kinds: PartB[]): string =>
  kinds.some((k) => k.admin === 'G0010')
    ? ' (hepatitis B for patients at intermediate or high risk, which since 2025 includes anyone not fully vaccinated or of unknown vaccination history: 42 CFR 410.63)'
    : ', with no deductible or coinsurance';

function partBAnswer(q: AnswerQuestion, kinds: PartB[]): Answer {
  const products = q.codes.filter((c) => kinds.some((k) => k.products.test(c.code))).map((c) => c.code);
  const each = kinds.map((k) => `${k.admin} for the ${k.name} vaccine`);
  const wrong = q.codes.some((c) => ['90471', '90472'].includes(c.code)) ? ', not 90471/90472' : '';
  const withProduct = products.length
    ? `, each with its vaccine code (${listing(products)})`
    : ', each with the vaccine product code';
  return {
    kind: 'medicare-benefit',
    codes: q.codes.map((c) => c.code),
    conclusion:
      `For Medicare, report the administration as ${listing(each)}${wrong}${withProduct}. Part B covers ${kinds.length > 1 ? 'these vaccines' : 'this vaccine'} and the administration${hepB(kinds)}. ${otherPayer(q)}`.trim(),
    rule: 'Medicare Part B covers the influenza, pneumococcal, hepatitis B and COVID-19 vaccines; their administration has its own HCPCS codes (G0008, G0009, G0010) and 90480 for COVID-19, used instead of 90471/90472.',
    source: BENEFIT_SOURCES.vaccines,
    settled: true,
    ...(wrong ? { warning: true } : {}),
  };
}

function partDAnswer(q: AnswerQuestion): Answer {
  const injury = INJURY.test(q.text);
  return {
    kind: 'medicare-benefit',
    codes: q.codes.map((c) => c.code),
    conclusion: injury
      ? 'A vaccine given because of an injury or exposure (tetanus after a wound, say) is covered under Part B as treatment: report the vaccine code with 90471 (90472 for each further vaccine).'
      : `No: for Medicare patients this vaccine (shingles, RSV, Tdap and most others) is covered under Part D, not Part B: give it through a pharmacy or bill the patient's Part D plan; Part B covers only influenza, pneumococcal, hepatitis B and COVID-19 vaccines (and a vaccine given for an injury or exposure). ${otherPayer(q)}`.trim(),
    rule: 'Part B covers four kinds of preventive vaccine; others are Part D drugs unless directly related to treating an injury or direct exposure.',
    source: BENEFIT_SOURCES.vaccines,
    settled: true,
  };
}

export const vaccinesRule: AnswerRule = {
  kind: 'medicare-benefit',
  name: 'Medicare vaccines and their administration',
  answer(q: AnswerQuestion, _f: AnswerFacts): Answer[] {
    const codes = q.codes.map((c) => c.code);
    const aboutVaccines =
      VACCINE.test(q.text) ||
      codes.some((c) => ADMIN_CODES.includes(c) || PART_D_CODES.test(c)) ||
      // A vaccine's name alone ("influenza", "COVID") is as often the diagnosis: it needs a shot to count.
      (kindsIn(q).length > 0 && /\b(?:shots?|doses?|jabs?|admin\w*|given|gave|booster)\b/i.test(q.text));
    if (!aboutVaccines) return [];
    const payer = q.cues.payer;
    const kinds = kindsIn(q);
    const partD = PART_D.test(q.text) || codes.some((c) => PART_D_CODES.test(c));
    if (payer && payer.kind !== 'medicare' && payer.kind !== 'medicare-advantage') {
      return [
        {
          kind: 'medicare-benefit',
          codes,
          conclusion: `For ${payer.name}, report 90471 for the first vaccine administered and 90472 for each further one (90460/90461 with counseling for patients under 19), with each vaccine code; ${payer.name} may apply its own rules. For a Medicare patient the influenza, pneumococcal, hepatitis B and COVID-19 administrations would be G0008, G0009, G0010 and 90480.`,
          rule: 'Payers other than Medicare use the CPT administration codes; Medicare has its own for the Part B vaccines.',
          source: BENEFIT_SOURCES.vaccines,
          settled: true,
        },
      ];
    }
    const out: Answer[] = [];
    if (kinds.length) out.push(partBAnswer(q, kinds));
    if (partD) out.push(partDAnswer(q));
    if (!out.length)
      out.push({
        kind: 'medicare-benefit',
        codes,
        conclusion:
          'For Medicare, the administration code depends on the vaccine: G0008 influenza, G0009 pneumococcal, G0010 hepatitis B, 90480 COVID-19 (all Part B, no cost sharing); other vaccines are Part D unless given for an injury or exposure (then 90471/90472). Tell us which vaccine was given.',
        rule: 'Part B covers four kinds of preventive vaccine, each with its own administration code; others are Part D.',
        source: BENEFIT_SOURCES.vaccines,
        settled: false,
        needs: 'which vaccine was given',
      });
    return out;
  },
};
