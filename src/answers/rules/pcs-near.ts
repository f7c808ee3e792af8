// The valid PCS codes nearest an invalid or deleted one: those sharing its first six characters (they
// differ only in the qualifier), else its first four (same section, body system, root operation and
// body part). A duration in the question ("4 hours", "72 hrs") picks among codes whose titles give
// hour ranges, as ventilation and dialysis codes do.
import type { TabularCode } from '../../coding/icd-facts.types.js';
import { listing } from '../text.js';
import type { AnswerFacts, AnswerQuestion } from '../types.js';
import { distinctPart, sharedPrefix } from './diagnosis-words.js';

const MAX_LISTED = 6;

/** The hour range a PCS title states, when it states one. */
export function hourRange(title: string): [number, number] | null {
  const between = /(\d+)-(\d+)\s+(?:consecutive\s+)?hours/i.exec(title);
  if (between) return [Number(between[1]), Number(between[2])];
  const less = /less\s+than\s+(\d+)\s+(?:consecutive\s+)?hours/i.exec(title);
  if (less) return [0, Number(less[1]) - 0.001];
  const more = /greater\s+than\s+(\d+)\s+(?:consecutive\s+)?hours/i.exec(title);
  if (more) return [Number(more[1]) + 0.001, Infinity];
  return null;
}

/** Hours the question states ("4 hours", "72 hrs", "3 days" as 72). */
export function statedHours(text: string): number | null {
  const h = /\b(\d+(?:\.\d+)?)\s*(?:hrs?|hours?)\b/i.exec(text);
  if (h) return Number(h[1]);
  const d = /\b(\d+)\s*days?\b/i.exec(text);
  return d ? Number(d[1]) * 24 : null;
}

function byHours(options: readonly TabularCode[], hours: number | null): TabularCode | null {
  if (hours === null) return null;
  const fits = options.filter((o) => {
    const r = hourRange(o.title);
    return r !== null && hours >= r[0] && hours <= r[1];
  });
  return fits.length === 1 ? fits[0]! : null;
}

/** A sentence naming the valid codes nearest an asked PCS code, or null when none is loaded. */
export function nearCodes(code: string, q: AnswerQuestion, f: AnswerFacts): string | null {
  const near = f.tabular?.pcsNear?.[code] ?? [];
  if (!near.length) return null;
  const six = near.filter((n) => n.code.slice(0, 6) === code.slice(0, 6));
  const options = six.length ? six : near;
  const pick = byHours(options, statedHours(q.text));
  const shared = sharedPrefix(options.map((o) => o.title));
  const shown = options
    .slice(0, MAX_LISTED)
    .map((o) => `${o.code} (${distinctPart(o.title, shared) || o.title})`);
  const more = options.length > MAX_LISTED ? ` and ${options.length - MAX_LISTED} more` : '';
  const which = six.length
    ? `The valid codes with its first six characters differ only in the qualifier (7th character): ${listing(shown, 'or')}`
    : `Valid codes for the same root operation and body part (first four characters ${code.slice(0, 4)}): ${listing(shown, 'or')}${more}`;
  const chosen = pick ? ` For the duration stated, ${pick.code} (${pick.title}).` : '';
  return `${which}.${chosen}`;
}
