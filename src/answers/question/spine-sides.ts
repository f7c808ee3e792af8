// Which side each spinal level was treated on, as the words say it: "right L4-5 and L5-S1 ... left
// L5-S1", "bilateral L5-S1, right L4-5", "L4-5 on the left". A side word applies to the levels written
// after it in the same clause, or to the level just before it ("L4-5 on the left"). Pure.

export type Side = 'right' | 'left';

const LEVEL = /\b([CTL])(\d{1,2})\s*[-–/]\s*([CTLS])?(\d{1,2})\b/gi;
const SIDE = /\b(right|rt|left|lt|bilateral(?:ly)?|bilat|both\s+sides)\b/gi;

const sidesOf = (word: string): Side[] =>
  /^(?:right|rt)$/i.test(word) ? ['right'] : /^(?:left|lt)$/i.test(word) ? ['left'] : ['right', 'left'];

/** "L4-5", "L5-S1": a level's name as written, normalised. */
function levelName(m: RegExpMatchArray): string {
  const [from, to] = [m[1]!.toUpperCase(), (m[3] ?? m[1]!).toUpperCase()];
  return `${from}${m[2]}-${to === from ? '' : to}${m[4]}`;
}

/** Each level with the sides the words give it; levels without a side are left out. */
export function spineLevelSides(text: string): Map<string, Set<Side>> {
  const out = new Map<string, Set<Side>>();
  const add = (level: string, sides: Side[]) => {
    const set = out.get(level) ?? new Set<Side>();
    sides.forEach((s) => set.add(s));
    out.set(level, set);
  };
  for (const clause of text.split(/[.;?!\n]+/)) {
    const sides = [...clause.matchAll(SIDE)];
    const levels = [...clause.matchAll(LEVEL)];
    for (const l of levels) {
      const end = l.index + l[0].length;
      // A side word right before the level is its own; else one right after it ("L5-S1 bilateral",
      // "L4-5 on the left") unless that word opens the next level; else the nearest one before.
      const own = sides.find((s) => /^\s*$/.test(clause.slice(s.index + s[0].length, l.index)));
      const next = sides.find(
        (s) =>
          s.index >= end &&
          /^\s*(?:on\s+the\s+|,\s*)?$/.test(clause.slice(end, s.index)) &&
          !levels.some((o) => /^\s*$/.test(clause.slice(s.index + s[0].length, o.index))),
      );
      const before = sides.filter((s) => s.index < l.index).pop();
      const side = own ?? next ?? before;
      if (side) add(levelName(l), sidesOf(side[1]!));
    }
  }
  return out;
}

/** Levels done on both sides and levels done on one, when the question has both kinds. */
export function mixedSides(text: string): { both: string[]; one: [string, Side][] } | null {
  const map = spineLevelSides(text);
  const both = [...map].filter(([, s]) => s.size === 2).map(([l]) => l);
  const one = [...map].filter(([, s]) => s.size === 1).map(([l, s]): [string, Side] => [l, [...s][0]!]);
  return both.length && one.length ? { both, one } : null;
}
