// Bundling (NCCI PTP): for each pair of the asker's procedures, whether an edit in force pairs them, which
// code is paid, and whether a modifier may bypass it. Imaging guidance that a procedure's own definition
// includes is never separately reported, whatever the edit's indicator (NCCI Policy Manual 2026, the
// general policy statement of each surgery chapter on radiologic guidance).
import type { PairFinding } from '../../coding/types.js';
import {
  GUIDANCE_CODES,
  includesGuidance,
  isDrugCode,
  isEm,
  isVaccineProduct,
} from '../question/code-families.js';
import { combinedContrastCode, combinedRegionCode, withGuidanceCode } from '../question/code-pairs.js';
import { aboutLaterService, onAnotherDay } from './global-cues.js';
import { castWithFracture } from './casting.js';
import { settledByOwnRule } from './settled-pairs.js';
import { isInitialInfusion } from './infusion-hierarchy.js';
import { isFirstLesionBiopsy } from './skin-biopsy.js';
import { familyOf } from './time-table.js';
import { distinctness } from '../question/distinct.js';
import { guidanceSource, NCCI, SOURCES } from '../sources.js';
import { keepOnly, listing, otherSide } from '../text.js';
import type { Answer, AnswerFacts, AnswerQuestion, AnswerRule } from '../types.js';
import {
  alternatives,
  alternativesAnswer,
  choiceAnswer,
  choosing,
  choosingBetween,
} from './bundling-alternatives.js';
import {
  distinctService,
  editLabel,
  GUIDANCE_INCLUDED_RULE,
  GUIDED_CODE_RULE,
  noEditAnswer,
} from './bundling-text.js';

const PRICING = new Set(['26', 'TC']);

function guidanceIncluded(procedure: string, guidance: string, f: AnswerFacts): Answer {
  return {
    kind: 'bundling-PTP',
    codes: [procedure, guidance],
    conclusion: `No: do not report ${guidance} with ${procedure}. ${procedure} already includes the imaging guidance, so ${guidance} is not separately reportable and a modifier (59, XS, XU) does not make it payable; the only exception is guidance for a different procedure on the same day that has no guidance of its own.${editNote(procedure, guidance, f)}`,
    rule: GUIDANCE_INCLUDED_RULE,
    source: guidanceSource(procedure),
    settled: true,
    warning: true,
  };
}

function useWithGuidance(without: string, withCode: string, guidance: string): Answer {
  return {
    kind: 'bundling-PTP',
    codes: [without, guidance, withCode],
    conclusion: `Report ${withCode} alone, not ${without} with ${guidance}: ${withCode} is the code for ${without}'s procedure done with imaging guidance, so the guidance is inside it. ${guidance} is not reported with either code and no modifier (59, XS) makes it payable. ${withCode} needs the guidance documented (for ultrasound, a saved image and a report).`,
    rule: GUIDED_CODE_RULE,
    source: guidanceSource(withCode),
    settled: true,
    warning: true,
  };
}

function useCombined(a: string, b: string, combined: string, f: AnswerFacts): Answer {
  const edit = f.pairs.find((p) => p.active && [a, b].includes(p.column1) && [a, b].includes(p.column2));
  return {
    kind: 'bundling-PTP',
    codes: [a, b, combined],
    conclusion: `Report ${combined} alone: ${combinedRegionCode(a, b) ? 'CT of the abdomen and of the pelvis in one session' : 'a study done without contrast and then with contrast in one session'} is the single code ${combined}, not ${a} with ${b}, and no modifier makes the two payable together.${edit ? ` (An NCCI PTP edit pairs them: ${edit.column2} is the column 2 code of ${edit.column1})` : ''}`,
    rule: 'When one code describes the combination of two services, the combination code is reported instead of the two.',
    source: `${SOURCES.package}; ${NCCI}, ch. IX §C`,
    settled: true,
    warning: true,
  };
}

function editNote(procedure: string, guidance: string, f: AnswerFacts): string {
  const edit = f.pairs.find((p) => p.active && p.column1 === procedure && p.column2 === guidance);
  return edit
    ? ` The NCCI PTP edit pairs them (column 1 ${procedure}, column 2 ${guidance}, modifier indicator ${edit.modifierIndicator}, ${editLabel(edit, f)}).`
    : ' This holds even where no PTP edit pairs the two codes.';
}

function emPair(p: PairFinding, f: AnswerFacts): Answer {
  return {
    kind: 'bundling-PTP',
    codes: [p.column1, p.column2],
    conclusion: `${p.column2} is bundled into ${p.column1} (NCCI PTP edit, modifier indicator ${p.modifierIndicator}, ${editLabel(p, f)}). The visit is paid only when it is a significant, separately identifiable E/M beyond the procedure's usual pre- and post-procedure work: then append modifier 25 to ${p.column2} (57 if the visit decided a major surgery). Modifiers 59 and XE/XS/XP/XU are never used on an E/M.`,
    rule: 'An E/M on the day of a procedure is part of the procedure unless it is significant and separately identifiable; modifier 25 (or 57) is the only way to report it.',
    source: SOURCES.emModifiers,
    settled: true,
  };
}

function pairAnswer(p: PairFinding, q: AnswerQuestion, f: AnswerFacts): Answer {
  const { column1: c1, column2: c2 } = p;
  const edit = `NCCI PTP edit, modifier indicator ${p.modifierIndicator}, ${editLabel(p, f)}`;
  const used = (q.codes.find((c) => c.code === c2)?.modifiers ?? []).filter((m) => !PRICING.has(m));
  const base = { kind: 'bundling-PTP' as const, codes: [c1, c2], source: SOURCES.ptp, settled: true };
  if (p.modifierIndicator === '9')
    return {
      ...base,
      conclusion: `Yes: the NCCI edit between ${c1} and ${c2} does not apply (modifier indicator 9, ${editLabel(p, f)}), so it does not stop reporting them together.`,
      rule: 'An edit with modifier indicator 9 was deleted back to its effective date and is not applied.',
    };
  // Alternatives: mutually exclusive codes, one procedure without and with guidance, or the asker
  // choosing between neighbouring codes. Otherwise column 1 includes column 2 and is the one reported.
  if (choosingBetween(q, c1, c2)) return alternativesAnswer(p, edit, alternatives(c1, c2));
  const exclusive = /mutually exclusive/i.test(p.rationale ?? '');
  const guided = alternatives(c1, c2) && includesGuidance(c1) !== includesGuidance(c2);
  if (p.modifierIndicator === '0' && (exclusive || guided || (choosing(q) && alternatives(c1, c2))))
    return alternativesAnswer(p, edit);
  if (p.modifierIndicator === '1' && exclusive && distinctness(q.text) !== 'distinct')
    return {
      ...base,
      conclusion: `Usually one or the other: ${c1} and ${c2} are mutually exclusive (${edit}). Both are paid only when each was medically necessary and distinct (a different site, session or reason), with XU (or 59) on ${c2} and the note saying why; otherwise report one.`,
      rule: 'Mutually exclusive procedures are not reported together unless each was separately necessary and distinct.',
      source: `${SOURCES.mutuallyExclusive}; ${NCCI}, ch. I §E.1`,
    };
  if (choosing(q) && alternatives(c1, c2)) return alternativesAnswer(p, edit);
  if (p.modifierIndicator === '0') {
    const tail = used.length ? ` ${listing(used)} on ${c2} does not change this.` : '';
    return {
      ...base,
      conclusion: choosing(q)
        ? `No: ${c1} and ${c2} are never paid together on one date (${edit}; no modifier bypasses it): report only the one the documentation supports.${tail}`
        : `No: ${c2} is bundled into ${c1} and is not paid with it on the same date (${edit}). No modifier bypasses this edit: report ${c1} only.${tail}`,
      rule: 'With modifier indicator 0, the column 2 code is never paid with the column 1 code for the same patient and date, whatever modifier is used.',
      source:
        p.rationale && /mutually exclusive/i.test(p.rationale) ? SOURCES.mutuallyExclusive : SOURCES.ptp,
    };
  }
  const bypass = p.bypassedBy.filter((m) => !PRICING.has(m));
  const told = distinctness(q.text);
  const modifier = bypass.length ? listing(bypass, 'or') : 'XS (or the X modifier that fits, or 59)';
  const conclusion =
    told === 'same'
      ? `No: ${c2} is bundled into ${c1} (${edit}), and you describe the same site or session, so the services are not distinct: 59 or an X modifier on ${c2} would not be supported. Report ${keepOnly(
          c1,
          q.codes.map((c) => c.code),
          [c2],
        )}; a modifier would apply only to a different site or session (${otherSide(q.text)}, say).`
      : told === 'distinct'
        ? `Yes, both can be reported when the note shows it: ${c2} is bundled into ${c1} (${edit}), but you describe a distinct service (a separate lesion, site or session), which is what lets both be paid: report ${c2} with ${modifier} on ${c2}, the column 2 code. Had both been at the same site (the same wound or lesion), only ${c1} would be reported.${bypass.includes('59') ? ' CMS prefers XS, XE, XP or XU over 59 when one fits.' : ''}`
        : bypass.length
          ? `${c2} is bundled into ${c1} (${edit}). Your ${listing(bypass)} on ${c2} gets it paid only when ${distinctService}; without that documentation report ${keepOnly(
              c1,
              q.codes.map((c) => c.code),
              [c2],
            )}.${bypass.includes('59') ? ' CMS prefers XE, XS, XP or XU over 59 when one of them describes the distinction.' : ''}`
          : partByDefinition(p)
            ? `Usually not: ${c2} is part of ${c1} by the codes' definitions (${edit}; rationale: ${p.rationale!}), so for one session report ${keepOnly(
                c1,
                q.codes.map((c) => c.code),
                [c2],
              )}. A modifier (XE, XS, XP, XU or 59) on ${c2} applies only when ${c2} was a separate service of its own, such as at another session, never to report a part of ${c1} again.`
            : `${c2} is bundled into ${c1} (${edit}). Report ${c2} as well only when ${distinctService}, with modifier XS, XE, XP, XU or 59 (or an anatomic modifier) on ${c2}; otherwise report ${keepOnly(
                c1,
                q.codes.map((c) => c.code),
                [c2],
              )}.${used.length ? ` ${listing(used)} does not bypass this edit.` : ''}`;
  return {
    ...base,
    conclusion,
    warning: told === 'same' && bypass.length > 0,
    rule: 'With modifier indicator 1, an NCCI PTP-associated modifier lets both codes be paid, but only when the services were truly distinct (different session, site or organ, incision, lesion or injury); never to bypass a service that is part of the other.',
    source: `${SOURCES.ptp}; ${NCCI}, ch. I §E.1 (modifiers 59 and X{EPSU})`,
  };
}

/** The edit's rationale says column 2 is a part of column 1 by definition, not a separate service. */
const partByDefinition = (p: PairFinding): boolean =>
  /procedure\s+code\s+definition|misuse\s+of\s+column\s+two/i.test(p.rationale ?? '');

export const bundlingRule: AnswerRule = {
  kind: 'bundling-PTP',
  name: 'NCCI procedure-to-procedure edits',
  answer(q, f) {
    const asked = q.kinds.includes('bundling-PTP') || q.kinds.includes('modifier');
    const out: Answer[] = [];
    const procedures = q.codes.filter((c) => c.system === 'cpt' || c.system === 'hcpcs').map((c) => c.code);
    // Pairs answered as one code (guidance included, a with-guidance code, a combined study), either order.
    const handled = new Set<string>();
    const settle = (a: Answer, ...codes: string[]): void => {
      out.push(a);
      for (const x of codes) for (const y of codes) handled.add(`${x}|${y}`);
    };
    const guidance = procedures.filter((c) => GUIDANCE_CODES.has(c));
    for (const proc of procedures) {
      const withCode = withGuidanceCode(proc);
      for (const g of guidance)
        if (withCode) settle(useWithGuidance(proc, withCode, g), proc, withCode, g);
        else if (includesGuidance(proc) && !handled.has(`${proc}|${g}`))
          settle(guidanceIncluded(proc, g, f), proc, g);
      for (const other of procedures) {
        const combined = combinedContrastCode(proc, other) ?? combinedRegionCode(proc, other);
        if (combined && !handled.has(`${proc}|${other}`))
          settle(useCombined(proc, other, combined, f), proc, other, combined);
      }
    }
    // An E/M beside a procedure is the E/M rule's answer (which names the edit).
    const emRule = procedures.some(isEm) && procedures.some((c) => !isEm(c));
    const cast = castWithFracture(q);
    for (const p of f.pairs) {
      // Codes of one time family are chosen by minutes (the time rule), never paired.
      const timed =
        (familyOf(p.column1) && familyOf(p.column1) === familyOf(p.column2)) ||
        (isInitialInfusion(p.column1) && isInitialInfusion(p.column2));
      // PTP edits pair services of one date: a question about a later service is the global rule's.
      const biopsies = isFirstLesionBiopsy(p.column1) && isFirstLesionBiopsy(p.column2);
      if (!p.active || handled.has(`${p.column1}|${p.column2}`) || timed || biopsies || onAnotherDay(q))
        continue;
      // A cast the fracture care includes, or one physician's splint beside another's fracture care, is
      // the casting rule's answer (NCCI ch. IV §G).
      if (cast && [p.column1, p.column2].includes(cast.cast)) continue;
      if (settledByOwnRule(p.column1, p.column2, q)) continue;
      // An E/M is never offered 59 or an X modifier: its pairs are the E/M rule's, or answered with 25.
      if (isEm(p.column1) || isEm(p.column2)) {
        if (!emRule && !(isEm(p.column1) && isEm(p.column2)))
          out.push(isEm(p.column2) ? emPair(p, f) : pairAnswer(p, q, f));
      } else if (asked || p.modifierIndicator === '0' || p.bypassedBy.length) out.push(pairAnswer(p, q, f));
    }
    // "No edit" speaks of services on one date; an add-on and its primary never have one.
    const nonEm = procedures.filter(
      (c) => !isEm(c) && !isDrugCode(c) && !isVaccineProduct(c) && !isFirstLesionBiopsy(c),
    );
    const sameDay = q.cues.dates.length < 2 && !aboutLaterService(q);
    const addOnPair = f.addOns.some((a) => nonEm.includes(a.addOn));
    // Pairs a rule of their own settles (a cast with fracture care, Mohs with its pathology) get no "no edit".
    const settledElsewhere =
      !!cast ||
      nonEm.some((a) => nonEm.some((b) => settledByOwnRule(a, b, q))) ||
      nonEm.filter(isInitialInfusion).length > 1;
    if (
      asked &&
      !out.length &&
      !settledElsewhere &&
      nonEm.length >= 2 &&
      sameDay &&
      !(addOnPair && nonEm.length === 2)
    ) {
      const choice = nonEm.length === 2 && choosingBetween(q, nonEm[0]!, nonEm[1]!);
      const none = choice ? choiceAnswer(nonEm[0]!, nonEm[1]!) : noEditAnswer(nonEm, f, q.modifiers);
      if (none) out.push(none);
    }
    return out;
  },
};
