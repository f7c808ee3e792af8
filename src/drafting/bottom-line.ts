// The direct answer, first: status problems, then bundling, units, the asked-about facts, then warnings.
import type { CodeFinding, Findings } from '../coding/types.js';
import { adviceLeads, answeringAdvice, otherLeadingAdvice } from './advice-placement.js';
import { globalDaysMeaning } from '../coding/global-days.js';
import { statusMeaning } from '../coding/pfs-indicators.js';
import { noEditLine, pairBottomLine } from './pair-findings.js';
import { unitBottomLine } from './unit-findings.js';

const sentence = (s: string): string => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

function statusLine(c: CodeFinding): string | null {
  if (c.status === 'deleted') {
    return `${c.code} was deleted${c.deletedOn ? ` on ${c.deletedOn}` : ''} and cannot be reported for this date of service.`;
  }
  if (c.status === 'unknown')
    return `We could not find ${c.code} in the code sets we hold; please check the number.`;
  if (c.status === 'not_billable') {
    const some = c.billableChildren.slice(0, 3).map((k) => k.code);
    const examples = some.length > 0 ? ` (for example ${some.join(', ')})` : '';
    return `${c.code} is a category, not a billable code: report one of its billable codes${examples}.`;
  }
  return null;
}

// Lines for what the question type asks about, when the edits alone do not answer it.
function askedFacts(f: Findings): string[] {
  const valid = f.codes.filter((c) => c.status === 'valid');
  const lines: string[] = [];
  if (f.questionTypes.includes('definition')) {
    for (const c of valid) if (c.descriptor) lines.push(`${c.code}: ${sentence(c.descriptor)}`);
  }
  if (f.questionTypes.includes('coverage')) {
    for (const c of valid) {
      const meaning = c.rvu ? statusMeaning(c.rvu.statusCode) : null;
      if (c.rvu && meaning) lines.push(`${c.code} has Medicare PFS status ${c.rvu.statusCode}: ${meaning}.`);
    }
  }
  if (f.questionTypes.includes('diagnosis-selection')) {
    for (const c of valid)
      if (c.system === 'icd10cm')
        lines.push(sentence(`${c.code} is billable${c.descriptor ? `: ${c.descriptor}` : ''}`));
  }
  if (f.questionTypes.includes('global-period')) {
    for (const c of valid.filter((k) => !adviceLeads(f, 'global', k.code))) {
      const days = c.rvu?.globalDays ?? c.globalDays;
      const meaning = globalDaysMeaning(days);
      if (days && meaning) lines.push(`${c.code} has a global period of ${days}: ${meaning}.`);
    }
  }
  return lines;
}

/** One line per answer: the result, then the public source it rests on. */
function answerLines(f: Findings): string[] {
  return [...new Set((f.answers ?? []).map((a) => `${sentence(a.conclusion)} (${a.source})`))];
}

export function answerBottomLine(f: Findings): string[] {
  const answered = answerLines(f);
  if (answered.length) return answered;
  const lines: string[] = [];
  for (const c of f.codes) {
    const s = statusLine(c);
    if (s) lines.push(s);
  }
  // After a problem code, say plainly which of the others stand, so the problem does not taint them.
  const valid = f.codes.filter((c) => c.status === 'valid').map((c) => c.code);
  if (lines.length > 0 && valid.length > 0) {
    lines.push(
      `The other code${valid.length === 1 ? '' : 's'} you named ${valid.length === 1 ? 'is' : 'are'} valid for this date of service: ${valid.join(', ')}.`,
    );
  }
  // What the question type asks (a definition, a status, a global period) is the direct answer.
  lines.push(...askedFacts(f), ...answeringAdvice(f));
  for (const p of f.pairs) if (p.active) lines.push(pairBottomLine(p, f));
  const none = noEditLine(f);
  if (none) lines.push(none);
  for (const u of f.units) {
    const s = unitBottomLine(u, f);
    if (s) lines.push(s);
  }
  lines.push(...otherLeadingAdvice(f));
  if (lines.length === 0 && f.codes.length === 0)
    lines.push('We found no billing code in your message to check.');
  if (lines.length === 0) {
    const codes = f.codes.map((c) => c.code).join(', ');
    lines.push(
      `${codes} ${f.codes.length === 1 ? 'is' : 'are'} valid for this date of service; details per code below.`,
    );
  }
  return lines;
}
