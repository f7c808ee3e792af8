// NCCI procedure-to-procedure edits: the direct answer (bundled or not, which modifier, on what record)
// and a section per pair. Modifier rules follow the NCCI Policy Manual, chapter I, and the CMS MLN fact
// sheet "Proper Use of Modifiers 59 & -X{EPSU}".
import type { Findings, PairFinding } from '../coding/types.js';
import type { PairSection } from './reply-model.types.js';
import { editionPeriod } from './edition-note.js';
import { isPtpDataset } from './sources-line.js';
import { isEm } from '../answers/question/code-families.js';
import { SOURCES } from '../answers/sources.js';

const DISTINCT_RECORD =
  'the record shows a distinct service (a separate session or encounter, a different site or organ, a separate incision or lesion)';

const modifierList = (mods: string[]): string =>
  mods.length === 1 ? `Modifier ${mods[0]}` : `Modifiers ${mods.join(', ')}`;

// Pricing modifiers (26, TC) say which part was billed, never try to bypass an edit: not worth a word.
const PRICING = new Set(['26', 'TC']);

function askedModifiers(f: Findings, code: string): string[] {
  return (f.codes.find((c) => c.code === code)?.modifiers ?? []).filter((m) => !PRICING.has(m));
}

// Edits whose CMS rationale is the code definition or a manual instruction mean the column 2 service
// is normally part of the column 1 code (guidance included in the procedure, for example).
const DEFINITIONAL = /code definition|coding instruction|separate procedure/i;

function byDefinition(p: PairFinding): string {
  if (!p.rationale || !DEFINITIONAL.test(p.rationale)) return '';
  return ` CMS's rationale for this edit is "${p.rationale}": ${p.column2} is normally part of ${p.column1} itself, and then ${p.column1} is reported alone.`;
}

/** The sentence a coder would lead with for one edit in force at the date of service, with its source. */
export function pairBottomLine(p: PairFinding, f: Findings): string {
  const source = isEm(p.column1) || isEm(p.column2) ? SOURCES.emModifiers : SOURCES.ptp;
  return `${pairSentence(p, f)} (${p.modifierIndicator === '1' ? `${source}; ${SOURCES.modifiers}` : source})`;
}

function pairSentence(p: PairFinding, f: Findings): string {
  const { column1: c1, column2: c2 } = p;
  const edit = `NCCI PTP edit, modifier indicator ${p.modifierIndicator}`;
  if (p.modifierIndicator === '9') {
    return `The NCCI edit between ${c1} and ${c2} does not apply (modifier indicator 9): it places no restriction on reporting them together.`;
  }
  if (p.modifierIndicator === '0') {
    const used = askedModifiers(f, c2);
    const tail = used.length > 0 ? ` ${modifierList(used)} on ${c2} does not change this.` : '';
    return `${c2} is bundled into ${c1} and is not separately payable with it (${edit}): no modifier can bypass this edit.${tail}`;
  }
  // An E/M is never offered 59 or an X modifier: 25 is the E/M's modifier (NCCI ch. I §D).
  const why = byDefinition(p);
  if (isEm(c1) || isEm(c2))
    return `${c2} is bundled into ${c1} (${edit}). An E/M beside it is paid only when significant and separately identifiable, with modifier 25 on the E/M; never 59 or an X modifier on an E/M.${why || ` Otherwise report ${c1} alone.`}`;
  const used = askedModifiers(f, c2).filter((m) => !p.bypassedBy.includes(m));
  const ignored = used.length > 0 ? ` ${modifierList(used)} does not bypass this edit.` : '';
  if (p.bypassedBy.length > 0) {
    const specific = p.bypassedBy.includes('59')
      ? ' CMS prefers XE, XS, XP or XU over 59 when one of them fits.'
      : '';
    const otherwise = why || ` If ${c2} was part of ${c1} itself, report ${c1} alone.`;
    return `${c2} is bundled into ${c1} (${edit}). ${modifierList(p.bypassedBy)} on ${c2} gets past the edit only when ${DISTINCT_RECORD}.${otherwise}${specific}${ignored}`;
  }
  return `${c2} is bundled into ${c1} (${edit}). Report ${c2} only with an NCCI-associated modifier (59 or XE, XS, XP, XU, or an anatomic modifier) when ${DISTINCT_RECORD}; otherwise report ${c1} alone.${why}${ignored}`;
}

/** The bottom line's answer for this pair, when one settles it: the section must never say otherwise. */
function answered(p: PairFinding, f: Findings): string | null {
  const a = (f.answers ?? []).find(
    (x) =>
      (x.kind === 'bundling-PTP' || x.kind === 'em-same-day') &&
      x.codes.includes(p.column1) &&
      x.codes.includes(p.column2),
  );
  return a ? a.conclusion : null;
}

export function pairSection(p: PairFinding, f: Findings): PairSection {
  const settled = answered(p, f);
  const period = p.active
    ? `${editionPeriod(f, p.edition)}${p.effective ? ` (effective ${p.effective})` : ''}`
    : `not in force at the date of service${p.deleted ? ` (deleted ${p.deleted})` : ''}`;
  const facts = [
    { label: 'Column 1 (paid)', value: p.column1 },
    { label: 'Column 2 (bundled)', value: p.column2 },
    { label: 'Modifier indicator', value: p.modifierIndicator },
    { label: 'What it means', value: settled ?? p.meaning },
    { label: 'Edit', value: `${period}, ${p.setting} edits` },
    ...(p.rationale ? [{ label: 'CMS rationale', value: p.rationale }] : []),
    {
      label: 'Your bypassing modifiers',
      value: settled
        ? 'see the answer above'
        : p.bypassedBy.length > 0
          ? p.bypassedBy.join(', ')
          : 'none of the modifiers in your message bypass it',
    },
    { label: 'Edition', value: p.edition },
  ];
  return {
    heading: `${p.column1} with ${p.column2}`,
    descriptor: null,
    descriptorNote: null,
    facts,
    notes: [],
  };
}

/** When the asker asked about bundling and no edit in force pairs their procedure codes. */
export function noEditLine(f: Findings): string | null {
  const procedures = f.codes.filter(
    (c) => (c.system === 'cpt' || c.system === 'hcpcs') && c.status === 'valid',
  );
  if (procedures.length < 2 || f.pairs.some((p) => p.active)) return null;
  if (!f.questionTypes.some((t) => t === 'bundling-PTP' || t === 'modifier')) return null;
  const ptp = f.editions.find((e) => isPtpDataset(e.dataset));
  const codes = procedures.map((c) => c.code).join(' and ');
  return `No NCCI PTP edit pairs ${codes}${ptp ? ` in ${ptp.label}` : ''}: NCCI does not bundle them, so each can be reported when documented (global surgery rules and payer policies still apply).`;
}
