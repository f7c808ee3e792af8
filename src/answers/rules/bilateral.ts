// Bilateral procedures: the PFS bilateral indicator decides between one line with 50 at 150%, RT and
// LT at 100% each, a code that is already bilateral, and codes the concept does not fit. Modifier 50 is
// the same procedure on both sides of the body; it never stands for extra levels, extra sites or two
// different joints (those are add-on codes, or separate lines with their own anatomic modifiers).
import type { CodeFinding } from '../../coding/types.js';
import { MCPM, mueSource, PFS_FILE } from '../sources.js';
import type { Answer, AnswerQuestion, AnswerRule } from '../types.js';
import { BILATERAL } from './surgery-indicators.js';
import { mixedSides } from '../question/spine-sides.js';
import type { AnswerFacts } from '../types.js';

const DIFFERENT_SITES =
  /\b(?:knee|hip|shoulder|elbow|wrist|ankle)\b.*\b(?:and|&|\+)\b.*\b(?:knee|hip|shoulder|elbow|wrist|ankle)\b|\bdifferent\s+(?:joints?|sites?|areas?|body\s+parts?)\b|\btwo\s+(?:different\s+)?(?:joints|sites)\b/i;
const LEVELS = /\blevels?\b|\bL\d\s*-\s*[LS]\d|\bC\d\s*-\s*[CT]\d|\bT\d{1,2}\s*-\s*[TL]\d/i;

// The ASC's own facility claim, not the surgeon's claim for work done there.
const ASC_FACILITY =
  /\b(?:we\s+are|we're|as)\s+the\s+ASC\b|\bASC(?:'s)?\s+(?:facility\s+)?claim\b|\bfacility\s+claim\b[^.?!]{0,40}\bASC\b|\bASC\b[^.?!]{0,40}\bfacility\s+claim\b/i;

function ascAnswer(c: CodeFinding): Answer {
  return {
    kind: 'surgical-rules',
    codes: [c.code],
    conclusion: `On the ASC's facility claim, report a bilateral ${c.code} on two lines, ${c.code}-RT and ${c.code}-LT, 1 unit each: the one-line modifier 50 reporting applies to the surgeon's (practitioner) claim and hospital outpatient claims, where the surgeon reports ${c.code}-50 on one line.`,
    rule: 'Practitioners and outpatient hospitals report a bilateral procedure on one line with 50; an ASC reports it on two lines with RT and LT.',
    source: `${mueSource(c.code)}; ${MCPM} ch. 12 §40.7`,
    settled: true,
  };
}

function sideAnswer(c: CodeFinding, q: AnswerQuestion): Answer | null {
  const ind = c.rvu?.bilatSurg;
  if (!ind || !BILATERAL[ind]) return null;
  if (ind === '1' && ASC_FACILITY.test(q.text)) return ascAnswer(c);
  const mods = [...c.modifiers, ...q.loose];
  const wrong50 = mods.includes('50') && ind !== '1';
  const wrongSides = ind === '1' && mods.includes('RT') && mods.includes('LT') && !mods.includes('50');
  const how: Record<string, string> = {
    '1': `For a bilateral ${c.code}, report ${c.code}-50 on one line with 1 unit (not RT and LT on two lines, not 2 units).`,
    '2': `Report ${c.code} once, without 50, RT or LT, for the bilateral service.`,
    '3': `Report ${c.code} for each side (RT and LT, or 2 units as your contractor asks); modifier 50 and the 150% rule do not apply.`,
    '0': `Do not use 50 with ${c.code}; if it was done on both sides, Medicare pays it as one.`,
    '9': `Do not use 50 with ${c.code}.`,
  };
  return {
    kind: 'surgical-rules',
    codes: [c.code],
    conclusion: `${how[ind]} ${c.code} has ${BILATERAL[ind]}.`,
    rule: 'Modifier 50 reports the same procedure on both sides of the body in one session; how it is paid follows the code’s bilateral indicator.',
    source: `${PFS_FILE} (BILAT SURG ${ind}, ${c.rvu!.edition}); ${MCPM} ch. 12 §40.7`,
    settled: true,
    warning: wrong50 || wrongSides,
  };
}

function notForLevels(q: AnswerQuestion, codes: string[]): Answer | null {
  const sites = DIFFERENT_SITES.test(q.text);
  const levels = LEVELS.test(q.text) || (q.cues.levels ?? 0) > 1;
  if (!q.modifiers.includes('50') || (!sites && !levels)) return null;
  return {
    kind: 'modifier',
    codes,
    conclusion: sites
      ? 'Modifier 50 is only for the same procedure on both sides of the body (right and left of the same structure). Two different sites or joints are reported on separate lines, each with its own anatomic modifier (RT, LT, or F/T digits), and XS or 59 only where an NCCI edit pairs the codes.'
      : 'Modifier 50 means the same procedure on both sides at the same level; it never stands for extra levels. Report the first level with its primary code and each additional level with the add-on code listed for it (units for the extra levels), adding 50 to each line only when that level was done on both sides.',
    rule: 'Modifier 50 is for bilateral procedures of the same site only; extra levels, sites or joints have their own codes or lines.',
    source: `${MCPM} ch. 12 §40.7; ${PFS_FILE} (BILAT SURG)`,
    settled: true,
    warning: true,
  };
}

// Both sides, but on different dates: "left eye in 2 weeks", "staged", two dates of service.
const STAGED =
  /\b(?:in|after)\s+(?:\d+|one|two|three|four|a\s+few)\s+(?:days?|weeks?|wks?|months?)\b|\b(?:next|following)\s+(?:week|month)\b|\bstaged\b|\b(?:another|different|separate)\s+(?:day|date|session)s?\b|\b\d+\s+(?:days?|weeks?|wks?)\s+later\b/i;

/** Each side on its own date: its own line with RT or LT, and 79 when it falls in the first's global. */
function stagedAnswer(c: CodeFinding): Answer {
  const days = Number(c.rvu?.globalDays);
  const inGlobal = days === 10 || days === 90;
  return {
    kind: 'surgical-rules',
    codes: [c.code],
    conclusion: `Not 50: modifier 50 is for both sides in one session. Done on different dates, each side is its own claim line: ${c.code}-RT on the first date and ${c.code}-LT on the second (or the other way round), 1 unit each.${inGlobal ? ` The second side falls within the ${days}-day global period of the first, so add modifier 79 (an unrelated procedure by the same physician during the postoperative period) to the second, such as ${c.code}-LT-79; it starts a global period of its own.` : ''}`,
    rule: 'A bilateral procedure done on two dates is reported per date with the side modifier; a second procedure within another procedure’s global period takes 79 when it is not related to the first.',
    source: `${MCPM} ch. 12 §40.7 and §40.2${c.rvu ? `; ${PFS_FILE} (GLOB DAYS, ${c.rvu.edition})` : ''}`,
    settled: true,
    warning: true,
    notModifiers: ['50'],
  };
}

/** Two spinal levels, one done on both sides and one on a single side, with a primary and its add-on:
 *  50 goes only on the line of the level done on both sides, the side modifier on the other. */
function mixedLevels(q: AnswerQuestion, f: AnswerFacts): Answer | null {
  const mixed = mixedSides(q.text);
  if (!mixed || mixed.both.length + mixed.one.length !== 2) return null;
  const asked = new Set(q.codes.map((c) => c.code));
  const edit = f.addOns.find((a) => asked.has(a.primary) && asked.has(a.addOn));
  const primary = f.codes.find((c) => c.code === edit?.primary);
  if (!edit || primary?.rvu?.bilatSurg !== '1') return null;
  const [level, side] = mixed.one[0]!;
  const mod = side === 'right' ? 'RT' : 'LT';
  return {
    kind: 'surgical-rules',
    codes: [edit.primary, edit.addOn],
    conclusion: `${mixed.both[0]} was done on both sides and ${level} on the ${side} only: report ${edit.primary}-50 for ${mixed.both[0]} (one line, 1 unit) and ${edit.addOn}-${mod} for ${level}. Modifier 50 goes only on the line of a level done on both sides, so not ${edit.addOn}-50 and not a second ${edit.addOn} for the other side; each level is one line, with 50 or its side.`,
    rule: 'Modifier 50 reports the same procedure on both sides at the same level; a level done on one side carries RT or LT, and an additional level is its add-on code.',
    source: `${MCPM} ch. 12 §40.7; ${PFS_FILE} (BILAT SURG 1, ${primary.rvu.edition}); ${edit.edition}`,
    settled: true,
  };
}

export const bilateralRule: AnswerRule = {
  kind: 'surgical-rules',
  name: 'bilateral procedures',
  answer(q, f) {
    // One side's RT or LT on a line is anatomy, not a bilateral question.
    const both = q.modifiers.includes('RT') && q.modifiers.includes('LT');
    const bothNamed = q.cues.sides.includes('right') && q.cues.sides.includes('left');
    const asked = q.cues.bilateral || q.modifiers.includes('50') || both || bothNamed;
    if (!asked) return [];
    const procedures = f.codes.filter(
      (c) => c.status === 'valid' && (c.system === 'cpt' || c.system === 'hcpcs'),
    );
    const misuse = notForLevels(
      q,
      procedures.map((c) => c.code),
    );
    // Two different sites: the misuse answer is the whole answer; extra levels still need the sides rule.
    if (misuse && DIFFERENT_SITES.test(q.text)) return [misuse];
    const levels = mixedLevels(q, f);
    if (levels) return [levels];
    if (STAGED.test(q.text) || q.cues.dates.length >= 2)
      return procedures.filter((c) => c.rvu?.bilatSurg === '1').map(stagedAnswer);
    const sides = procedures.map((c) => sideAnswer(c, q)).filter((a): a is Answer => a !== null);
    return misuse ? [misuse, ...sides] : sides;
  },
};
