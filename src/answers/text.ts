// Small wording helpers shared by the rules, so every answer counts and lists the same way.

export const unitsWord = (n: number): string => `${n} unit${n === 1 ? '' : 's'}`;

/** "A", "A and B", "A, B and C". */
export function listing(items: readonly string[], and = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

export const sentence = (s: string): string => {
  const t = s.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
};

/** "the date of service 2025-03-04" or "today's data (2026-12-03, no date of service given)". */
export const dateLabel = (dos: string | null, effective: string): string =>
  dos ? `date of service ${dos}` : `${effective} (no date of service given)`;

/** "96372 alone", or "96372 and J3420 only" when the asker also billed a drug or supply for it:
 *  dropping a bundled code never drops the drug. */
export function keepOnly(code: string, asked: readonly string[], dropped: readonly string[]): string {
  const supplies = asked.filter((c) => /^[JQA]\d{4}$/.test(c) && c !== code && !dropped.includes(c));
  return supplies.length ? `${code} and ${listing(supplies)} only` : `${code} alone`;
}

/** "the other eye" when the question names the organ, else "the other side". */
export function otherSide(text: string): string {
  const organ = /\b(eye|ear|knee|hip|shoulder|elbow|wrist|hand|ankle|foot|breast|kidney|lung)s?\b/i.exec(
    text,
  )?.[1];
  if (organ) return `the other ${organ.toLowerCase()}`;
  return /\b(?:polyps?|lesions?|wounds?|ulcers?|nodules?|moles?)\b/i.test(text)
    ? 'a different lesion'
    : 'the other side';
}

export const modifierWord = (mods: readonly string[]): string =>
  `${mods.length === 1 ? 'modifier' : 'modifiers'} ${listing(
    mods.map((m) => m),
    'or',
  )}`;
