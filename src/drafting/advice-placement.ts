// Where the analysis's advice goes in the reply. Advice that restates a fact the reply already states
// from structured findings (a deleted code, a PTP pair, units over the MUE, a category) is left out, so
// the asker never reads the same conclusion twice. The rest leads the reply when it is a warning or
// answers what was asked ("-50 or RT/LT?" is answered by the bilateral advice), else annotates its code.
import type { Advice, Findings, QuestionType } from '../coding/types.js';

type Topic = Advice['topic'];

const ASKED_TOPICS: Partial<Record<QuestionType, Topic[]>> = {
  definition: [],
  'bundling-PTP': ['global', 'modifier'],
  // PC/TC advice leads only as a warning (a wrong 26/TC); otherwise it annotates the code.
  modifier: ['bilateral', 'global', 'modifier', 'addon'],
  'units-MUE': ['modifier'],
  'diagnosis-selection': [],
  coverage: ['coverage', 'addon'],
  'global-period': ['global'],
  other: [],
};

function restated(a: Advice, f: Findings): boolean {
  const code = f.codes.find((c) => c.code === a.code);
  switch (a.topic) {
    case 'ptp':
      return f.pairs.some((p) => p.column2 === a.code || p.column1 === a.code);
    case 'mue':
      return f.units.some((u) => u.code === a.code);
    case 'status':
      return code !== undefined && code.status !== 'valid';
    case 'diagnosis':
      return code !== undefined && code.status === 'not_billable';
    default:
      return false;
  }
}

// Bilateral advice answers a question only when the asker wrote 50, RT or LT.
const SIDES = new Set(['50', 'RT', 'LT']);
const asksSides = (f: Findings): boolean =>
  f.mentions.some((m) => SIDES.has(m.code ?? '') || m.modifiers.some((x) => SIDES.has(x)));

function asked(a: Advice, f: Findings): boolean {
  if (a.topic === 'bilateral' && !asksSides(f)) return false;
  return f.questionTypes.some((t) => (ASKED_TOPICS[t] ?? []).includes(a.topic));
}

function leads(a: Advice, f: Findings): boolean {
  return a.severity === 'warning' || a.code === null || asked(a, f);
}

/** Advice on what was asked ("-50 or RT/LT?"): part of the direct answer. */
export function answeringAdvice(f: Findings): string[] {
  return f.advice.filter((a) => !restated(a, f) && asked(a, f)).map((a) => a.message);
}

/** Warnings and general notes not tied to what was asked: they close the bottom line. */
export function otherLeadingAdvice(f: Findings): string[] {
  const open = f.advice.filter((a) => !restated(a, f) && !asked(a, f) && leads(a, f));
  return [...open.filter((a) => a.severity === 'warning'), ...open.filter((a) => a.severity === 'info')].map(
    (a) => a.message,
  );
}

/** Other notes about one code go in its section; the global period is already a row there. */
export function codeNotes(f: Findings, code: string): string[] {
  return f.advice
    .filter((a) => a.code === code && a.topic !== 'global' && !restated(a, f) && !leads(a, f))
    .map((a) => a.message);
}

/** True when the analysis already explains this topic for this code in the bottom line. */
export function adviceLeads(f: Findings, topic: Topic, code: string): boolean {
  return f.advice.some((a) => a.topic === topic && a.code === code && !restated(a, f) && leads(a, f));
}
