// One question scored against its labels, and the running tallies of a question set.
// Pure (no database): codes and modifiers are compared as normalised strings, per kind by shape.
import { extractMentions, askedModifiers } from '../../src/coding/extract.js';
import { normaliseCode, shapeKind } from '../../src/coding/patterns/code-shapes.js';
import { stripQuotedHistory } from '../../src/mail/question-text.js';
import type { Mention } from '../../src/coding/types.js';
import { isTrapSpan } from './trap-spans.js';

export interface Labelled {
  id: string;
  subject: string;
  body: string;
  codes: string[];
  modifiers: string[];
  type: string;
  date_of_service: string | null;
  /** Optional: strings in the text that must never yield a code (phone numbers, ZIPs, claim numbers). */
  traps?: string[];
}

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scorecard {
  tallies: Map<string, Tally>;
  /** Code and modifier misses, with the type and date notes among them when verbose. */
  misses: string[];
  /** Questions with a wrong code or modifier (type and date notes not counted). */
  missCount: number;
  items: number;
  typeTop1: number;
  typeAny: number;
  dosRight: number;
  trapCodes: number;
}

export const newScorecard = (): Scorecard => ({
  tallies: new Map(),
  misses: [],
  missCount: 0,
  items: 0,
  typeTop1: 0,
  typeAny: 0,
  dosRight: 0,
  trapCodes: 0,
});

const tally = (card: Scorecard, kind: string): Tally =>
  card.tallies.get(kind) ?? (card.tallies.set(kind, { tp: 0, fp: 0, fn: 0 }).get(kind) as Tally);

/** Predicted code strings with the mention each came from (ranges give both ends). */
function predictedCodes(mentions: readonly Mention[]): Map<string, Mention> {
  const out = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.kind === 'range') [m.from, m.to].forEach((c) => c && out.set(normaliseCode(c), m));
    else if (m.kind !== 'modifier' && m.code) out.set(normaliseCode(m.code), m);
  }
  return out;
}

function compare(
  cards: Scorecard[],
  kindOf: (s: string) => string,
  expected: Set<string>,
  predicted: Set<string>,
  id: string,
): string[] {
  const wrong: string[] = [];
  for (const e of expected) {
    const hit = predicted.has(e);
    cards.forEach((c) => tally(c, kindOf(e))[hit ? 'tp' : 'fn']++);
    if (!hit) wrong.push(`-${e}`);
  }
  for (const p of predicted) {
    if (expected.has(p)) continue;
    cards.forEach((c) => tally(c, kindOf(p)).fp++);
    wrong.push(`+${p}`);
  }
  if (wrong.length) {
    cards.forEach((c) => {
      c.misses.push(`${id}: ${wrong.join(' ')}`);
      c.missCount++;
    });
  }
  return wrong;
}

/** Extract one labelled question as the pipeline would and add the result to every card given. */
export function scoreQuestion(q: Labelled, cards: Scorecard[], verbose: boolean): void {
  const note = (s: string): void => cards.forEach((c) => c.misses.push(s));
  const bump = (k: 'items' | 'typeTop1' | 'typeAny' | 'dosRight' | 'trapCodes'): void =>
    cards.forEach((c) => c[k]++);
  bump('items');
  // As in the pipeline: quoted history and signatures are cut before extraction; the subject is read too.
  const body = stripQuotedHistory(q.body).question;
  const x = extractMentions({ subject: q.subject, body }, { today: '2026-06-01' });
  const predicted = predictedCodes(x.mentions);
  // A wildcard label ("I50.-") also matches its stem.
  const expected = new Set(q.codes.map(normaliseCode));
  for (const [code, m] of predicted) {
    if (m.kind !== 'wildcard' || !m.from || expected.has(code) || !expected.has(m.from)) continue;
    predicted.delete(code);
    predicted.set(m.from, m);
  }
  const wrong = compare(cards, (s) => shapeKind(s), expected, new Set(predicted.keys()), q.id);
  for (const w of wrong.filter((x) => x.startsWith('+'))) {
    const m = predicted.get(w.slice(1));
    if (m && isTrapSpan(m.part === 'subject' ? q.subject : body, m, q.traps ?? [])) bump('trapCodes');
  }
  const expectedMods = new Set(q.modifiers.map((m) => m.toUpperCase()));
  compare(cards, () => 'modifier', expectedMods, new Set(askedModifiers(x)), `${q.id} (modifiers)`);
  if (x.questionTypes[0] === q.type) bump('typeTop1');
  else if (verbose) note(`${q.id}: type ${x.questionTypes.join('/')} expected ${q.type}`);
  if ((x.questionTypes as string[]).includes(q.type)) bump('typeAny');
  if (x.dateOfService === q.date_of_service) bump('dosRight');
  else if (verbose) note(`${q.id}: dos ${x.dateOfService} expected ${q.date_of_service}`);
}

const ratio = (n: number, d: number): number => (d ? Number((n / d).toFixed(4)) : 1);
const score = (t: Tally) => ({
  precision: t.tp + t.fp ? ratio(t.tp, t.tp + t.fp) : 1,
  recall: ratio(t.tp, t.tp + t.fn),
  ...t,
});

/** The card's figures as printed by `npm run eval`. */
export function summarise(card: Scorecard, verbose: boolean): Record<string, unknown> {
  const sum = (kinds: string[]): Tally =>
    kinds.reduce(
      (a, k) => ({
        tp: a.tp + tally(card, k).tp,
        fp: a.fp + tally(card, k).fp,
        fn: a.fn + tally(card, k).fn,
      }),
      { tp: 0, fp: 0, fn: 0 },
    );
  const kinds = [...card.tallies.keys()].sort();
  return {
    items: card.items,
    overall: score(sum(kinds)),
    codes: score(sum(kinds.filter((k) => k !== 'modifier'))),
    byKind: Object.fromEntries(kinds.map((k) => [k, score(tally(card, k))])),
    questionType: { top1: ratio(card.typeTop1, card.items), anyOf: ratio(card.typeAny, card.items) },
    dateOfService: { accuracy: ratio(card.dosRight, card.items) },
    falseCodesFromPhoneDateZip: card.trapCodes,
    ...(verbose ? { misses: card.misses } : { missCount: card.missCount }),
  };
}
