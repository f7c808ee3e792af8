// Several procedures in one session: how Medicare reduces them, by each code's multiple procedure
// indicator (PFS file): standard surgery ranking (the highest fee schedule amount 100%, the others 50%),
// the endoscopy family rule (endoscopy-family.ts, by each code's endoscopic base), and the imaging and
// therapy reductions (Medicare Claims Processing Manual ch. 12 §40.6; ch. 13 §20.2 for imaging; ch. 5
// §10.7 for therapy).
import type { CodeFinding } from '../../coding/types.js';
import { MCPM, PFS_FILE } from '../sources.js';
import { includedCast } from './casting.js';
import { endoscopyFamilies } from './endoscopy-family.js';
import { listing } from '../text.js';
import type { AnswerQuestion, AnswerRule } from '../types.js';

const ASKED =
  /\bmultiple\s+(?:procedure|surg)\w*|\bmult\s+proc\b|\bsecond(?:ary)?\s+procedure\b|\b(?:50|100)\s?%|\bpaid\b[^.?!]{0,40}\b(?:less|lower|so\s+little|half|full)\b|\b(?:less|lower)\s+than\b|\breduc\w+\s+(?:payment|rate|amount|by|to)\b|\b(?:payment|fee|multiple[-\s]procedure)\s+reductions?\b|\bMPPR\b|\bwhich\s+(?:one\s+)?(?:is|gets)\s+paid\b|\bmod(?:ifier)?\s*51\b|-51\b|\bhalf\b|\b51\s*\?|\bhow\s+(?:is|are|will|would|does|do)\s+(?:it|they|this|these|each|both)\s+(?:be\s+|get\s+)?paid\b|\bhow\s+(?:does|will|would|do)\s+(?:medicare|the\s+payer|they|it)\s+(?:pay|reduce)\b|\bcut\s+to\b/i;

const total = (c: CodeFinding, facility: boolean): number =>
  (facility ? c.rvu?.facilityTotal : c.rvu?.nonFacilityTotal) ?? c.rvu?.facilityTotal ?? 0;

function standard(codes: CodeFinding[], facility: boolean): string {
  const ranked = [...codes].sort((a, b) => total(b, facility) - total(a, facility));
  const rate = facility ? 'facility' : 'non-facility';
  const [first, ...rest] = ranked;
  return `${first!.code} has the highest ${rate} amount (${total(first!, facility).toFixed(2)} RVUs) and is paid at 100%; ${listing(rest.map((c) => c.code))} ${rest.length === 1 ? 'is' : 'are'} paid at 50% (${listing(rest.map((c) => `${c.code}: ${total(c, facility).toFixed(2)} RVUs`))}; multiple procedure indicator 2; the payer ranks them, modifier 51 or not).`;
}

const FAMILY_RULE: Record<string, (codes: string[]) => string> = {
  '4': (c) =>
    `${listing(c)} take the diagnostic imaging reduction (indicator 4): in one session the highest-priced study is paid in full; for each other one the technical component is paid at 50% and the professional component at 95%.`,
  '5': (c) =>
    `${listing(c)} take the therapy reduction (indicator 5): on one day the unit with the highest practice expense is paid in full and every other unit and code has its practice expense cut by 50%, while its work and malpractice are paid in full. Lower payment for those units is expected, not an error.`,
  '6': (c) =>
    `${listing(c)} take the diagnostic cardiovascular reduction (indicator 6): the technical component of the second and later services is paid at 75%.`,
  '7': (c) =>
    `${listing(c)} take the diagnostic ophthalmology reduction (indicator 7): the technical component of the second and later services is paid at 80%.`,
  '0': (c) =>
    `${listing(c)} take no multiple procedure reduction (indicator 0: add-on codes and the like are paid in full, without 51).`,
};

export const multipleProceduresRule: AnswerRule = {
  kind: 'surgical-rules',
  name: 'multiple procedure reductions',
  answer(q: AnswerQuestion, f) {
    if (!ASKED.test(q.text)) return [];
    // A cast the fracture care includes is not reported, so it is not ranked either.
    const notReported = includedCast(q);
    const codes = f.codes.filter((c) => c.status === 'valid' && c.rvu?.multProc && c.code !== notReported);
    if (codes.length < 2 && !codes.some((c) => ['4', '5'].includes(c.rvu!.multProc!))) return [];
    const facility = q.cues.place === 'facility' || f.setting === 'hospital';
    const byInd = new Map<string, CodeFinding[]>();
    for (const c of codes) byInd.set(c.rvu!.multProc!, [...(byInd.get(c.rvu!.multProc!) ?? []), c]);
    const parts: string[] = [];
    // An endoscopy's base code asked beside it is priced with its family, not ranked as a surgery.
    const bases = new Set((byInd.get('3') ?? []).map((c) => c.rvu!.endoBase));
    const standardCodes = (byInd.get('2') ?? []).filter((c) => !bases.has(c.code));
    if (standardCodes.length > 1) parts.push(standard(standardCodes, facility));
    const endoscopies = [
      ...(byInd.get('3') ?? []),
      ...(byInd.get('2') ?? []).filter((c) => bases.has(c.code)),
    ];
    if (endoscopies.length)
      parts.push(endoscopyFamilies(endoscopies, f.endoscopyBases ?? [], facility, standardCodes.length));
    for (const [ind, list] of byInd)
      if (FAMILY_RULE[ind]) parts.push(FAMILY_RULE[ind](list.map((c) => c.code)));
    if (!parts.length) return [];
    return [
      {
        kind: 'surgical-rules',
        codes: codes.map((c) => c.code),
        conclusion: parts.join(' '),
        rule: 'When several procedures are done in one session, Medicare ranks and reduces them as each code’s multiple procedure indicator says.',
        source: `${PFS_FILE} (MULT PROC${endoscopies.length ? ' and ENDO BASE' : ''}, ${codes[0]!.rvu!.edition}); ${MCPM} ch. 12 §40.6${endoscopies.length ? ' and §40.6.2' : ''}`,
        settled: true,
      },
    ];
  },
};
