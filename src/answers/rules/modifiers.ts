// Modifier choice: what each modifier the asker wrote means and whether it fits the code it is on: 25
// and 57 only on an E/M, 59 and X{EPSU} never on an E/M, 26/TC by the PC/TC indicator, 76/77 for a
// repeated procedure, 91 for a repeated lab test, anatomic modifiers for digits, lids and arteries.
import type { CodeFinding } from '../../coding/types.js';
import { isEm } from '../question/code-families.js';
import { NCCI, SOURCES } from '../sources.js';
import type { Answer, AnswerFacts, AnswerQuestion, AnswerRule } from '../types.js';
import { pctcAnswer } from './pctc.js';

const DISTINCT = ['59', 'XE', 'XS', 'XP', 'XU'];

const MEANING: Record<string, string> = {
  '22': 'modifier 22 reports a procedure that took substantially more work than usual; whether it pays more cannot be settled in advance: the operative note must show how much more work and why (time, difficulty, the reason), it goes with the claim, and the contractor reviews it, so extra payment is never automatic',
  '52': 'modifier 52 reports a service reduced at the physician’s choice',
  '53': 'modifier 53 reports a procedure the physician discontinued after it began because of risk to the patient',
  '76': 'modifier 76 reports the same procedure repeated by the same physician on the same day (77 when another physician repeats it); for a repeat, 76 or 77 is the modifier, not 59',
  '77': 'modifier 77 reports the same procedure repeated by another physician on the same day (76 when the same physician repeats it)',
  '91': 'modifier 91 reports a repeat clinical lab test done for a new result on the same day; never for a rerun to confirm a result, a test problem, or a panel’s own components',
  XE: 'XE: a separate encounter on the same day',
  XS: 'XS: a separate structure or organ',
  XP: 'XP: a different practitioner',
  XU: 'XU: an unusual, non-overlapping service',
  '59': 'modifier 59: a distinct procedural service (different session, site, organ, incision or lesion), used only when no X modifier describes it',
  '95': 'modifier 95 reports a synchronous audio-video telehealth service',
  '93': 'modifier 93 reports an audio-only telehealth service',
};

function misplaced(code: CodeFinding, mod: string): Answer | null {
  const em = isEm(code.code);
  const base = { kind: 'modifier' as const, codes: [code.code], settled: true, warning: true };
  if (em && DISTINCT.includes(mod))
    return {
      ...base,
      conclusion: `Do not put ${mod} on the E/M ${code.code}: 59 and XE/XS/XP/XU are never used on an E/M. A significant, separately identifiable E/M on the day of a procedure takes modifier 25 (57 when it decided a major surgery).`,
      rule: 'E/M services are reported with 25 or 57, never with 59 or an X modifier.',
      source: SOURCES.emModifiers,
    };
  if (!em && (mod === '25' || mod === '57'))
    return {
      ...base,
      conclusion: `Modifier ${mod} belongs on an E/M code, not on ${code.code}; if the visit is billed, put ${mod} on the E/M line.`,
      rule: 'Modifiers 25 and 57 describe the E/M visit, so they go on the E/M code.',
      source: SOURCES.emModifiers,
    };
  return null;
}

function meaningAnswer(mod: string, codes: string[]): Answer {
  const x = DISTINCT.includes(mod);
  return {
    kind: 'modifier',
    codes,
    conclusion: `${MEANING[mod]![0]!.toUpperCase()}${MEANING[mod]!.slice(1)}.${x ? ' Use it only on the column 2 code of an NCCI edit whose modifier indicator is 1, when the record shows the services were distinct, never for a service that is part of the other.' : ''}`,
    rule: x
      ? 'NCCI PTP-associated modifiers may bypass an edit only for services that were truly distinct; CMS prefers the X modifiers to 59 where one fits.'
      : 'A modifier is reported only when the record shows what it describes.',
    source: x ? `${NCCI}, ch. I §E.1` : mod === '91' ? `${NCCI}, ch. I §E; ch. X` : SOURCES.modifiers,
    settled: true,
  };
}

export const modifierRule: AnswerRule = {
  kind: 'modifier',
  name: 'modifier choice',
  answer(q: AnswerQuestion, f: AnswerFacts) {
    const out: Answer[] = [];
    for (const c of f.codes.filter((k) => k.status === 'valid'))
      for (const m of c.modifiers) {
        const wrong = misplaced(c, m);
        if (wrong) out.push(wrong);
      }
    out.push(...pctcAnswer(q, f));
    if (!q.kinds.includes('modifier')) return out;
    const explained = new Set(out.flatMap((a) => a.codes));
    const codes = q.codes.map((c) => c.code);
    for (const m of q.modifiers.filter((m) => MEANING[m]))
      // 59 and the X modifiers only bypass edits: the bundling answer says whether one is needed.
      if (!DISTINCT.includes(m))
        out.push(
          meaningAnswer(
            m,
            codes.filter((c) => !explained.has(c)),
          ),
        );
    return out;
  },
};
