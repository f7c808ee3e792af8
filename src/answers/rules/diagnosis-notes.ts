// What the Tabular List's own notes (where the loaded notes file has them) say about the asker's codes:
// an Excludes1 or Excludes2 note naming another asked code, a code-first or use-additional-code note,
// a code-also note. Each note is read for the codes it names ("(C7A.0-)" names every code under C7A.0).
import type { TabularNote } from '../../coding/icd-facts.types.js';
import { ICD_GUIDELINES } from '../sources.js';

export interface NoteFinding {
  code: string;
  other: string | null;
  note: TabularNote;
  says: string;
  section: string;
}

const bare = (c: string) => c.replace('.', '').replace(/-$/, '');

/** Codes a note names, dash-ended ones as prefixes. */
export function namedCodes(text: string): string[] {
  return [...text.matchAll(/\b([A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?-?)/g)].map((m) => m[1]!);
}

const names = (note: TabularNote, code: string) =>
  namedCodes(note.text).some((n) =>
    n.endsWith('-') ? bare(code).startsWith(bare(n)) : bare(code) === bare(n),
  );

const isUnder = (note: TabularNote, code: string) => bare(code).startsWith(bare(note.code));

const SECTION: Partial<Record<TabularNote['type'], string>> = {
  excludes1: 'I.A.12.a',
  excludes2: 'I.A.12.b',
  codeFirst: 'I.A.13',
  useAdditionalCode: 'I.A.13 and I.B.7',
  codeAlso: 'I.A.17',
};

function says(type: TabularNote['type'], code: string, other: string | null, text: string): string {
  switch (type) {
    case 'excludes1':
      return `${code} has an Excludes1 note for ${other} (${text}): the two are not reported together for the same condition; the exception is two conditions that are clearly unrelated (query the provider when unsure)`;
    case 'excludes2':
      return `${code} has an Excludes2 note for ${other} (${text}): the excluded condition is not part of ${code}, so both may be reported when the patient has both`;
    case 'codeFirst':
      return other
        ? `${code} has a code-first note naming ${other}: report ${other} first, then ${code}`
        : `${code} has a code-first note (${text}): the underlying condition is reported first`;
    case 'useAdditionalCode':
      return other
        ? `${code} has a use-additional-code note naming ${other}: report ${code} first and ${other} after it`
        : `${code} has a use-additional-code note: also report ${text}, when documented`;
    default:
      return other
        ? `${code} has a code-also note naming ${other}: report both; the circumstances of the encounter decide the order`
        : `${code} has a code-also note: also code ${text}, when documented (the encounter decides the order)`;
  }
}

/** Findings of the notes under each asked code: pairs with the other asked codes first, then each code's
 * own code-first, use-additional and code-also notes, one finding per kind of note. */
export function noteFindings(codes: readonly string[], notes: readonly TabularNote[]): NoteFinding[] {
  const paired: NoteFinding[] = [];
  const alone = new Map<string, { code: string; note: TabularNote; texts: string[] }>();
  for (const code of codes) {
    for (const note of notes) {
      const section = SECTION[note.type];
      if (!section || !isUnder(note, code)) continue;
      const other = codes.find((o) => o !== code && names(note, o)) ?? null;
      if (other) {
        const text = says(note.type, code, other, note.text);
        paired.push({ code, other, note, says: text, section: `${ICD_GUIDELINES}, ${section}` });
      } else if (note.type !== 'excludes1' && note.type !== 'excludes2') {
        const key = `${code}|${note.type}`;
        const entry = alone.get(key) ?? { code, note, texts: [] };
        // The heading of a list ("code to identify:") reads with its items.
        entry.texts.push(note.text.replace(/:\s*$/, ''));
        alone.set(key, entry);
      }
    }
  }
  const own = [...alone.values()].map(({ code, note, texts }) => ({
    code,
    other: null,
    note,
    says: says(note.type, code, null, texts.join('; ')),
    section: `${ICD_GUIDELINES}, ${SECTION[note.type]}`,
  }));
  return [...paired, ...own];
}
