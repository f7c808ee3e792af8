// `npm run eval [-- --verbose] [files...]`: extraction accuracy on the labelled question sets, as JSON.
// Pure (no database): codes and modifiers are compared as normalised strings, per kind by shape.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { extractMentions, askedModifiers } from '../../src/coding/extract.js';
import { normaliseCode, shapeKind } from '../../src/coding/patterns/code-shapes.js';
import type { Mention } from '../../src/coding/types.js';
import { isTrapSpan } from './trap-spans.js';
import { stripQuotedHistory } from '../../src/coding/question-text.js';

interface Labelled {
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

const root = path.resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const files = args.filter((a) => !a.startsWith('--'));
const sources = files.length ? files : [path.join(root, 'test/fixtures/questions/labelled.jsonl'), path.resolve(root, '../shared/questions/examples.jsonl')];

const tallies = new Map<string, Tally>();
const tally = (kind: string): Tally => tallies.get(kind) ?? (tallies.set(kind, { tp: 0, fp: 0, fn: 0 }).get(kind) as Tally);
const misses: string[] = [];
let items = 0;
let typeTop1 = 0;
let typeAny = 0;
let dosRight = 0;
let trapCodes = 0;

/** Predicted code strings with the mention each came from (ranges give both ends). */
function predictedCodes(mentions: readonly Mention[]): Map<string, Mention> {
  const out = new Map<string, Mention>();
  for (const m of mentions) {
    if (m.kind === 'range') [m.from, m.to].forEach((c) => c && out.set(normaliseCode(c), m));
    else if (m.kind !== 'modifier' && m.code) out.set(normaliseCode(m.code), m);
  }
  return out;
}

function compare(kindOf: (s: string) => string, expected: Set<string>, predicted: Set<string>, id: string): string[] {
  const wrong: string[] = [];
  for (const e of expected) {
    const hit = predicted.has(e);
    tally(kindOf(e))[hit ? 'tp' : 'fn']++;
    if (!hit) wrong.push(`-${e}`);
  }
  for (const p of predicted) {
    if (expected.has(p)) continue;
    tally(kindOf(p)).fp++;
    wrong.push(`+${p}`);
  }
  if (wrong.length) misses.push(`${id}: ${wrong.join(' ')}`);
  return wrong;
}

for (const file of sources) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const q = JSON.parse(line) as Labelled;
    items++;
    // As in the pipeline: quoted history and signatures are cut before extraction.
    const text = `${q.subject}\n${stripQuotedHistory(q.body).question}`;
    const x = extractMentions(text, { today: '2026-06-01' });
    const predicted = predictedCodes(x.mentions);
    // A wildcard label ("I50.-") also matches its stem.
    const expected = new Set(q.codes.map(normaliseCode));
    for (const [code, m] of predicted) {
      if (m.kind !== 'wildcard' || !m.from || expected.has(code) || !expected.has(m.from)) continue;
      predicted.delete(code);
      predicted.set(m.from, m);
    }
    const wrong = compare((s) => shapeKind(s), expected, new Set(predicted.keys()), q.id);
    for (const w of wrong.filter((x) => x.startsWith('+'))) {
      const m = predicted.get(w.slice(1));
      if (m && isTrapSpan(text, m, q.traps ?? [])) trapCodes++;
    }
    compare(() => 'modifier', new Set(q.modifiers.map((m) => m.toUpperCase())), new Set(askedModifiers(x)), `${q.id} (modifiers)`);
    if (x.questionTypes[0] === q.type) typeTop1++;
    else if (verbose) misses.push(`${q.id}: type ${x.questionTypes.join('/')} expected ${q.type}`);
    if ((x.questionTypes as string[]).includes(q.type)) typeAny++;
    if (x.dateOfService === q.date_of_service) dosRight++;
    else if (verbose) misses.push(`${q.id}: dos ${x.dateOfService} expected ${q.date_of_service}`);
  }
}

const score = (t: Tally) => ({
  precision: t.tp + t.fp ? Number((t.tp / (t.tp + t.fp)).toFixed(4)) : 1,
  recall: t.tp + t.fn ? Number((t.tp / (t.tp + t.fn)).toFixed(4)) : 1,
  ...t,
});
const sum = (kinds: string[]): Tally =>
  kinds.reduce((a, k) => ({ tp: a.tp + tally(k).tp, fp: a.fp + tally(k).fp, fn: a.fn + tally(k).fn }), { tp: 0, fp: 0, fn: 0 });
const kinds = [...tallies.keys()].sort();
const codeKinds = kinds.filter((k) => k !== 'modifier');
console.log(
  JSON.stringify(
    {
      items,
      overall: score(sum(kinds)),
      codes: score(sum(codeKinds)),
      byKind: Object.fromEntries(kinds.map((k) => [k, score(tally(k))])),
      questionType: { top1: Number((typeTop1 / items).toFixed(4)), anyOf: Number((typeAny / items).toFixed(4)) },
      dateOfService: { accuracy: Number((dosRight / items).toFixed(4)) },
      falseCodesFromPhoneDateZip: trapCodes,
      ...(verbose ? { misses } : { missCount: misses.length }),
    },
    null,
    2,
  ),
);
