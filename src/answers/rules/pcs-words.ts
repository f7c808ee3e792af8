// A PCS code asked in words: the titles the question's words match best, and what still decides
// between them (the characters that differ), or what the question must say when nothing matches.
import type { PcsSuggestion } from '../../coding/icd-facts.types.js';
import { listing } from '../text.js';
import type { Answer, AnswerFacts, AnswerQuestion } from '../types.js';
import { PCS_RECIPES } from '../../coding/pcs-recipes.js';
import { axesOf } from './pcs-axes.js';

const PCS_GUIDE = 'ICD-10-PCS Official Guidelines FY2026';

/** The axes the best matches differ in ("approach and qualifier"). */
function differing(best: readonly PcsSuggestion[]): string[] {
  const axes = axesOf(best[0]!.code);
  const out = new Set<string>();
  for (let i = 0; i < 7; i++) if (new Set(best.map((s) => s.code[i])).size > 1) out.add(axes[i]!);
  return [...out];
}

/** A procedure our recipes know: its code built from the words, or the codes the words leave open. */
function recipeAnswer(name: string, suggestions: readonly PcsSuggestion[]): Answer {
  const recipe = PCS_RECIPES.find((r) => r.name === name)!;
  const named = (s: PcsSuggestion) => `${s.code} (${s.title})`;
  const found = suggestions.filter((s) => !s.also).slice(0, 6);
  const also = suggestions.filter((s) => s.also);
  const list = listing(found.map(named), 'or');
  const one = found.length === 1;
  const plus = also.length ? `, and also ${listing(also.map(named))}` : '';
  const note = recipe.note ? ` Note: ${recipe.note.says}.` : '';
  return {
    kind: 'icd10pcs',
    codes: [...found, ...also].map((s) => s.code),
    conclusion: one
      ? `For the ${name} described: ${list}${plus}.${note}`
      : `For the ${name} described, the words leave ${found.length} codes open: ${list}${plus}. What decides: ${recipe.decides}, as the operative report documents it.${note}`,
    rule: 'A PCS code is built from the objective of the procedure (root operation), the body part, the approach, the device and the qualifier, as documented.',
    source: [
      recipe.note?.source.startsWith(PCS_GUIDE) ? `${recipe.note.source} and B3.1a` : `${PCS_GUIDE}, B3.1a`,
      recipe.note && !recipe.note.source.startsWith(PCS_GUIDE) ? recipe.note.source : null,
      'CMS ICD-10-PCS code files FY2026',
    ]
      .filter(Boolean)
      .join('; '),
    settled: one,
    needs: one ? undefined : `the operative report (${recipe.decides})`,
  };
}

export function pcsWordsAnswer(q: AnswerQuestion, f: AnswerFacts): Answer[] {
  const found = f.pcsSearch ?? [];
  const recipes = [...new Set(found.flatMap((s) => (s.recipe ? [s.recipe] : [])))];
  if (recipes.length)
    return recipes.map((name) =>
      recipeAnswer(
        name,
        found.filter((s) => s.recipe === name),
      ),
    );
  if (!found.length)
    return [
      {
        kind: 'icd10pcs',
        codes: [],
        conclusion:
          'The question does not name the procedure in enough detail to build a PCS code: say what was done (the objective: excision, resection, drainage, repair, replacement...), the body part and side, the approach (open, percutaneous, endoscopic, via a natural opening) and any device left in.',
        rule: 'A PCS code is built from the root operation (the objective), the body part, the approach, the device and a qualifier, as the operative report documents them.',
        source: `${PCS_GUIDE}, B3.1a, B4.1a, B5.2 and B6.1a`,
        settled: false,
        needs: 'the operative report',
      },
    ];
  const top = found[0]!.score;
  const best = found.filter((s) => s.score >= top - 0.1).slice(0, 4);
  const axes = best.length > 1 ? differing(best) : [];
  const list = listing(
    best.map((s) => `${s.code} (${s.title})`),
    'or',
  );
  const decides = axes.length ? ` They differ in ${listing(axes)}: the operative report decides.` : '';
  return [
    {
      kind: 'icd10pcs',
      codes: best.map((s) => s.code),
      conclusion: `The closest PCS ${best.length === 1 ? 'title' : 'titles'} for the words of the question: ${list}.${decides} Confirm the root operation against the procedure's objective before coding.`,
      rule: 'The root operation follows the objective of the procedure as documented, not the name of the procedure; body part, approach and device follow the operative report.',
      source: `${PCS_GUIDE}, B3.1a, B4.1a, B5.2 and B6.1a; CMS ICD-10-PCS code files FY2026`,
      settled: best.length === 1 && top === 1,
      needs:
        best.length === 1 && top === 1
          ? undefined
          : 'the operative report (approach, device, body part and side)',
    },
  ];
}
