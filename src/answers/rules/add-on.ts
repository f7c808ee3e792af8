// Add-on codes: an add-on is reported only with one of its primary codes (the NCCI add-on code edits list
// them), for the additional work it names (each extra level, lesion or hour as units), without 51. Extra
// levels of a primary are its add-on codes, never a second line of the primary or modifier 50.
import type { AddOnFact } from '../../coding/lookup.types.js';
import { guidanceAlreadyIncluded, isTimed } from '../question/code-families.js';
import { SOURCES } from '../sources.js';
import { listing, unitsWord } from '../text.js';
import type { Answer, AnswerFacts, AnswerQuestion, AnswerRule } from '../types.js';

const MAX_LISTED = 6;

function byAddOn(facts: readonly AddOnFact[]): Map<string, AddOnFact[]> {
  const out = new Map<string, AddOnFact[]>();
  for (const f of facts) out.set(f.addOn, [...(out.get(f.addOn) ?? []), f]);
  return out;
}

const primariesOf = (facts: AddOnFact[]): string[] =>
  [...new Set(facts.map((f) => f.primary))].filter((p) => p !== 'CCCCC');

// "64484 without 64483", "the first level was done by another doctor": the primary is not on this claim.
const NO_PRIMARY =
  /\bwithout\s+(?:the\s+)?(?:primary|\d{4}[0-9T])|\bby\s+itself\b|\balone\b|\b(?:another|different|other)\s+(?:doc|doctor|physician|provider|surgeon|practitioner)/i;

function addOnAsked(code: string, facts: AddOnFact[], q: AnswerQuestion): Answer {
  const primaries = primariesOf(facts);
  const withPrimary = NO_PRIMARY.test(q.text) ? undefined : q.codes.find((c) => primaries.includes(c.code));
  const edition = facts[0]!.edition;
  const base = { kind: 'add-on' as const, source: `${SOURCES.addOn}; ${edition}`, settled: true };
  const units = q.codes.find((c) => c.code === code)?.units ?? null;
  // "22612 x3" or "3 levels": the primary once, the add-on for the rest.
  const count = q.cues.levels ?? (withPrimary?.units && withPrimary.units > 1 ? withPrimary.units : null);
  const lines =
    withPrimary && count && count > 1 && sameFamily(withPrimary.code, code)
      ? ` For ${count}: ${withPrimary.code} x 1 and ${code} x ${unitsWord(count - 1)}, never ${withPrimary.code} x ${count}.`
      : '';
  if (withPrimary)
    return {
      ...base,
      codes: [withPrimary.code, code],
      conclusion: `${code} is an add-on code and ${withPrimary.code} is one of its primary codes: when ${code}'s own service was done, report it with ${withPrimary.code} on the same claim${lines ? '' : units ? ` (${unitsWord(units)} for the additional work it counts)` : ', one unit for each additional unit of work it counts'}.${lines} Add-on codes take no modifier 51 and are not reduced as multiple procedures.`,
      rule: 'An add-on code is paid only with an eligible primary code by the same practitioner on the same day.',
    };
  const contractor = primaries.length === 0;
  const listed = primaries.slice(0, MAX_LISTED);
  return {
    ...base,
    codes: [code],
    conclusion: contractor
      ? `${code} is an add-on code whose primary codes Medicare's contractor defines: it is never reported alone, only with an eligible primary service the same day.`
      : `No: ${code} is an add-on code and is not paid alone: only the practitioner who reports one of its primary codes (such as ${listing(listed, 'or')}${primaries.length > listed.length ? ', among others' : ''}) for the same day reports it, on the same claim.`,
    rule: 'An add-on code is paid only with an eligible primary code by the same practitioner on the same day.',
    warning: !contractor && q.codes.length > 0,
  };
}

/** Lines for n levels: the primary once, then its add-ons in order (a second-level code, then one for each further level). */
function levelLines(primary: string, codes: string[], levels: number): string {
  const lines = [`${primary} x 1`];
  if (codes.length === 1) lines.push(`${codes[0]} x ${unitsWord(levels - 1)}`);
  else {
    lines.push(`${codes[0]} x 1`);
    if (levels > 2) lines.push(`${codes[1]} x ${unitsWord(levels - 2)}`);
  }
  return listing(lines);
}

function extraLevels(primary: string, addOns: AddOnFact[], q: AnswerQuestion): Answer {
  const codes = [...new Set(addOns.map((a) => a.addOn))].sort();
  const levels = q.cues.levels;
  const side = q.cues.bilateral ? ' (each line with 50 when that level was done on both sides)' : '';
  const units =
    levels && levels > 1 && codes.length <= 2
      ? ` For ${levels} levels: ${levelLines(primary, codes, levels)}${side}.`
      : '';
  return {
    kind: 'add-on',
    codes: [primary, ...codes],
    conclusion: `Report ${primary} once for the first (or primary) level, and each additional level with its add-on code ${listing(codes, 'or')}, not another line of ${primary} or modifier 50.${units}`,
    rule: 'Additional levels, lesions or units of work a primary code describes once are reported with its add-on codes.',
    source: `${SOURCES.addOn}; ${addOns[0]!.edition}`,
    settled: true,
  };
}

// Extra levels of a primary are its own family's add-ons (64483 -> 64484), not every add-on it may carry.
const sameFamily = (primary: string, addOn: string): boolean =>
  /^\d{5}$/.test(primary) &&
  /^\d{5}$/.test(addOn) &&
  primary.slice(0, 3) === addOn.slice(0, 3) &&
  Math.abs(Number(addOn) - Number(primary)) <= 10;

// Vaccine administration is the benefit rule's (Medicare uses G0008-G0010, not 90471/90472), and
// G2211's own rule says when it is payable with its E/M (never beside a procedure's 25).
const OWN_RULE = /^(9046[01]|9047[1-4]|G2211)$/;

export const addOnRule: AnswerRule = {
  kind: 'add-on',
  name: 'add-on codes and their primaries',
  answer(q, f: AnswerFacts) {
    const asked = new Set(q.codes.map((c) => c.code));
    const groups = byAddOn(f.addOns);
    const out: Answer[] = [];
    // Guidance a procedure includes is not reported at all: the bundling answer says so.
    // Time-based add-ons (99292, 96366) are counted by the time rule when minutes are given.
    for (const [code, facts] of groups)
      if (
        asked.has(code) &&
        !OWN_RULE.test(code) &&
        !guidanceAlreadyIncluded(code, [...asked]) &&
        !(isTimed(code) && q.cues.minutes !== null)
      )
        out.push(addOnAsked(code, facts, q));
    const wantsLevels = /\blevels?\b/i.test(q.text);
    if (!wantsLevels) return out;
    for (const c of q.codes) {
      const forPrimary = f.addOns.filter(
        (a) => a.primary === c.code && !asked.has(a.addOn) && sameFamily(c.code, a.addOn),
      );
      // Timed primaries (96365, 99291) get their add-ons from the time rule.
      if (forPrimary.length && !groups.has(c.code) && !isTimed(c.code))
        out.push(extraLevels(c.code, forPrimary, q));
    }
    return out;
  },
};
