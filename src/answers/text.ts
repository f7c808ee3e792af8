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

export const modifierWord = (mods: readonly string[]): string =>
  `${mods.length === 1 ? 'modifier' : 'modifiers'} ${listing(
    mods.map((m) => m),
    'or',
  )}`;
