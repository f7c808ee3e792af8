// Global surgery: the code's global days (PFS file), what the package includes, whether a later date
// falls inside it, and which modifier reports a service in it (24, 25, 57, 58, 78, 79).
import type { CodeFinding } from '../../coding/types.js';
import { isEm } from '../question/code-families.js';
import { PFS_FILE, SOURCES } from '../sources.js';
import type { Answer, AnswerQuestion, AnswerRule } from '../types.js';
import { aboutLaterService, firstByDate } from './global-cues.js';

const DAYS: Record<string, number> = { '000': 0, '010': 10, '090': 90 };

const PACKAGE: Record<string, string> = {
  '000': 'a 0-day global period: the procedure day’s related care is included, with no postoperative days',
  '010': 'a 10-day global period: related care on the day of the procedure and the 10 days after is included',
  '090':
    'a 90-day global period (major surgery): the day before, the day of surgery and the 90 days after are included, with related visits and complication care that does not need a return to the OR',
  XXX: 'no global period (XXX): the global surgery rules do not apply',
  YYY: 'a global period the Medicare contractor sets (YYY)',
  ZZZ: 'no global period of its own (ZZZ): it is an add-on within the primary procedure’s global period',
  MMM: 'a maternity global (MMM): the global surgery rules do not apply; maternity care packages do: the routine antepartum visits, delivery and postpartum care are included in a global obstetric code (not billed separately), while a visit for a problem outside routine prenatal care (a UTI, say) is billed as its own E/M',
};

export const MODIFIER_MEANING: Record<string, string> = {
  '24': 'modifier 24: an unrelated E/M by the same physician during the postoperative period',
  '25': 'modifier 25: a significant, separately identifiable E/M on the day of a procedure',
  '57': 'modifier 57: the E/M on the day before or the day of a major (90-day) surgery that decided it',
  '58': 'modifier 58: a staged or related procedure planned at the first one, a more extensive one, or therapy after it; a new global period starts',
  '78': 'modifier 78: an unplanned return to the operating room for a related complication; no new global period starts and only the intraoperative part is paid',
  '79': 'modifier 79: an unrelated procedure during the postoperative period; a new global period starts',
};

const addDays = (iso: string, n: number): string =>
  new Date(Date.parse(iso) + n * 86_400_000).toISOString().slice(0, 10);

function whenNote(c: CodeFinding, q: AnswerQuestion): string {
  const days = DAYS[c.globalDays ?? ''];
  const [surgery, later] = q.cues.dates;
  if (!days || !surgery || !later || later <= surgery) return '';
  const ends = addDays(surgery, days);
  return later <= ends
    ? ` With surgery on ${surgery}, the global period runs to ${ends}, so ${later} is inside it.`
    : ` With surgery on ${surgery}, the global period ended on ${ends}, so ${later} is outside it and no global modifier is needed.`;
}

// The global package binds the surgeon who did the surgery (and partners of the same group and
// specialty), never an unrelated physician in another group (MCPM ch. 12 §40.1).
const OTHER_SURGEON =
  /\b(?:different|another|other|unrelated)\s+(?:surgeon|physician|doctor|doc|provider|group|specialty|practice)\b|\bDr\.?\s+[A-Z]\b.*\bDr\.?\s+[A-Z]\b/i;

function globalAnswer(c: CodeFinding, q: AnswerQuestion): Answer | null {
  const days = c.globalDays;
  if (!days || !PACKAGE[days]) return null;
  const mods = q.modifiers.filter((m) => MODIFIER_MEANING[m]);
  const hint = OTHER_SURGEON.test(q.text)
    ? ' The global period binds only the surgeon who did the surgery and physicians of the same group and specialty: a physician of another group or specialty reports an unrelated service without 24, 58, 78 or 79.'
    : mods.length
      ? ` ${mods.map((m) => MODIFIER_MEANING[m]).join('; ')}.`
      : '';
  return {
    kind: 'global-period',
    codes: [c.code],
    conclusion: `${c.code} has ${PACKAGE[days]}.${whenNote(c, q)}${hint}`,
    rule: 'Services in a surgery’s global package are not billed separately; unrelated or distinct services in it carry the modifier that says why.',
    source: `${PFS_FILE} (GLOB DAYS ${days}, ${c.rvu?.edition ?? 'PFS RVU'}); ${SOURCES.globalSurgery}`,
    settled: true,
  };
}

const GLOBAL_MODS = new Set(['24', '58', '78', '79']);

export const globalPeriodRule: AnswerRule = {
  kind: 'global-period',
  name: 'global surgery period',
  answer(q, f) {
    const asked = q.kinds.includes('global-period') || q.modifiers.some((m) => GLOBAL_MODS.has(m));
    if (!asked) return [];
    // A later procedure is answered by the rule on services in the global, not as a surgery of its own.
    const procedures = f.codes.filter((c) => c.status === 'valid' && !isEm(c.code));
    // Two procedures on two dates: the earlier one is the surgery whose global the later one is asked in.
    const dated = firstByDate(
      q.text,
      procedures.map((c) => c.code),
    );
    const first = dated
      ? procedures.findIndex((c) => c.code === dated)
      : procedures.findIndex((c) => c.globalDays === '010' || c.globalDays === '090');
    const shown = aboutLaterService(q) && first >= 0 ? [procedures[first]!] : procedures;
    return shown.map((c) => globalAnswer(c, q)).filter((a): a is Answer => a !== null);
  },
};
