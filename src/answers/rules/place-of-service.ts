// The place of service a professional claim carries, and the PFS rate it brings: the non-facility rate
// where the practice bears the practice costs (office, home), the facility rate where a facility bills
// its own claim too (hospital, ASC, SNF). CMS Place of Service code set; Medicare Claims Processing
// Manual ch. 12 §20.4.2 (site-of-service payment differential) and ch. 26 §10.5 (place of service).
import { MCPM } from '../sources.js';
import type { Answer, AnswerRule } from '../types.js';

const ASKED =
  /\bPOS\b|\bplace\s+of\s+service\b|\bfacility\s+(?:or|vs\.?|versus)\s+non-?facility\b|\bwhich\s+rate\b/i;

// prettier-ignore
const PLACES: [RegExp, string, string, 'facility' | 'non-facility'][] = [
  [/\boff[-\s]campus\b/i, '19', 'off-campus outpatient hospital', 'facility'],
  [/\b(?:hospital\s+(?:outpatient|based)|HOPD|outpatient\s+(?:hospital|department)|provider[-\s]based)\b/i, '22', 'on-campus outpatient hospital; 19 when the department is off campus', 'facility'],
  [/\b(?:inpatient|admitted)\b/i, '21', 'inpatient hospital', 'facility'],
  [/\b(?:ER|ED|emergency\s+(?:room|department))\b/i, '23', 'emergency room, hospital', 'facility'],
  [/\b(?:ASC|ambulatory\s+surgery\s+center|surgery\s+center)\b/i, '24', 'ambulatory surgical center', 'facility'],
  [/\b(?:SNF|skilled\s+nursing)\b/i, '31', 'skilled nursing facility (Part A stay)', 'facility'],
  [/\b(?:nursing\s+home|nursing\s+facility)\b/i, '32', 'nursing facility', 'non-facility'],
  [/\b(?:home\s+visit|patient'?s\s+home|at\s+home)\b/i, '12', 'home', 'non-facility'],
  [/\b(?:office|clinic|practice)\b/i, '11', 'office', 'non-facility'],
];

const money = (n: number) => `$${n.toFixed(2)}`;

export const placeOfServiceRule: AnswerRule = {
  kind: 'payment',
  name: 'place of service and the PFS rate',
  answer(q, f) {
    if (!ASKED.test(q.text)) return [];
    const place = PLACES.find(([re]) => re.test(q.text));
    if (!place) return [];
    const [, pos, name, rate] = place;
    const priced = f.codes.filter((c) => c.status === 'valid' && c.rvu?.conversionFactor);
    const amounts = priced
      .map((c) => {
        const total = rate === 'facility' ? c.rvu!.facilityTotal : c.rvu!.nonFacilityTotal;
        return total
          ? `${c.code} ${money(total * c.rvu!.conversionFactor!)} national (${total.toFixed(2)} RVUs)`
          : null;
      })
      .filter((a): a is string => a !== null);
    const facility =
      rate === 'facility'
        ? ' The facility bills its own claim for the practice costs, so the physician is paid the lower facility rate.'
        : '';
    return [
      {
        kind: 'payment',
        codes: priced.map((c) => c.code),
        conclusion: `Report POS ${pos} (${name}) on the professional claim: Medicare pays the ${rate} rate there${amounts.length ? `: ${amounts.join(', ')}` : ''}.${facility}`,
        rule: 'The place of service on the professional claim decides between the PFS facility and non-facility rates.',
        source: `CMS Place of Service code set; ${MCPM} ch. 12 §20.4.2 and ch. 26 §10.5`,
        settled: true,
      } satisfies Answer,
    ];
  },
};
