// Where the analysis's advice goes in the reply. Advice that restates a fact the reply already states
// from structured findings (a deleted code, a PTP pair, units over the MUE, a category) is left out, so
// the asker never reads the same conclusion twice; the rest leads (warnings) or annotates its code (info).
import type { Advice, Findings } from '../coding/types.js';

function covered(a: Advice, f: Findings): boolean {
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
    case 'global':
      // The code section prints the global period with its meaning; only a warning adds something.
      return a.severity === 'info' && code !== undefined && (code.rvu?.globalDays ?? code.globalDays) !== null;
    default:
      return false;
  }
}

const fresh = (f: Findings): Advice[] => f.advice.filter((a) => !covered(a, f));

/** Warnings, and general notes tied to no code, join the bottom line. */
export function bottomLineAdvice(f: Findings): string[] {
  const open = fresh(f);
  return [
    ...open.filter((a) => a.severity === 'warning').map((a) => a.message),
    ...open.filter((a) => a.severity === 'info' && a.code === null).map((a) => a.message),
  ];
}

/** Notes about one code go in its section. */
export function codeNotes(f: Findings, code: string): string[] {
  return fresh(f)
    .filter((a) => a.severity === 'info' && a.code === code)
    .map((a) => a.message);
}
