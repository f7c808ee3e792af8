// Which drug lines the question is about: the drug codes it names (a deleted one read through its
// replacement), or, with no code, the drug it names in words when that name matches one HCPCS code.
// Each line keeps where it is mentioned, so a question about two drugs gives each its own doses.
import type { CodeFinding } from '../../coding/types.js';
import { isDrugCode } from '../question/code-families.js';
import { MCPM } from '../sources.js';
import { listing } from '../text.js';
import type { Answer, AnswerFacts, AnswerQuestion } from '../types.js';
import { billingUnitOf, unitPhrase, type BillingUnit } from './drug-units-dosage.js';
import { drugsNamed, namedDrug, type NamedDrug } from './drug-units-names.js';
import { replacementFor } from './replacements.js';

export interface DrugLine {
  /** The asker's code, or the code offered for a drug named in words. */
  asked: string;
  /** The code to report (the replacement of a deleted code). */
  code: string;
  unit: BillingUnit | null;
  /** The HCPCS file and descriptor the unit was read from. */
  source: string;
  /** What must be said before the count (a deleted code, a name matched, a code for another drug). */
  lead: string | null;
  warning?: boolean;
  /** Where the line's code or drug name stands in the question (doses are read nearest to it). */
  anchors: number[];
}

const hcpcsLabel = (f: AnswerFacts): string =>
  f.editions.find((e) => e.dataset === 'hcpcs')?.label ?? 'HCPCS Level II';

const describedBy = (code: string, f: AnswerFacts, edition?: string | null) =>
  `${edition ?? hcpcsLabel(f)} (${code} descriptor)`;

function anchorsOf(text: string, words: (string | RegExp)[]): number[] {
  const lower = text.toLowerCase();
  return words.flatMap((w) => {
    if (typeof w === 'string') {
      const at = lower.indexOf(w.toLowerCase());
      return at < 0 ? [] : [at];
    }
    const m = new RegExp(w.source, 'gi').exec(text);
    return m ? [m.index] : [];
  });
}

const nameIn = (d: NamedDrug, text: string): string => d.names.exec(text)?.[0] ?? d.generic;

function fromNamed(d: NamedDrug, q: AnswerQuestion, f: AnswerFacts, lead: string, warning = false): DrugLine {
  return {
    asked: d.code,
    code: d.code,
    unit: billingUnitOf(d.descriptor),
    source: describedBy(d.code, f),
    lead,
    ...(warning ? { warning } : {}),
    anchors: anchorsOf(q.text, [d.names, d.code]),
  };
}

function fromCode(c: CodeFinding, q: AnswerQuestion, f: AnswerFacts): DrugLine | null {
  if (c.status === 'deleted') {
    const r = replacementFor(c.code);
    const next = r && r.replacedBy.length === 1 ? namedDrug(r.replacedBy[0]!) : null;
    if (!next) return null;
    const unit = billingUnitOf(next.descriptor)!;
    const lead = `${c.code} was deleted${c.deletedOn ? ` on ${c.deletedOn}` : ''}: ${next.generic} is now ${next.code}, billed ${unitPhrase(unit)}.`;
    return {
      ...fromNamed(next, q, f, lead, true),
      asked: c.code,
      anchors: codeAnchors(c.code, next.descriptor, q.text),
    };
  }
  if (c.system !== 'hcpcs') {
    const known = namedDrug(c.code);
    return known ? { ...fromNamed(known, q, f, ''), lead: null } : null;
  }
  if (c.status !== 'valid' || !c.descriptor) return null;
  const named = drugsNamed(q.text);
  const other =
    named.length === 1 && !c.descriptor.toLowerCase().includes(named[0]!.generic) ? named[0] : null;
  if (other) {
    const lead = `${nameIn(other, q.text)} is ${other.generic}, reported with ${other.code}, not ${c.code} (${c.descriptor}).`;
    return { ...fromNamed(other, q, f, lead, true), asked: c.code };
  }
  const unit = billingUnitOf(c.descriptor);
  return {
    asked: c.code,
    code: c.code,
    unit,
    source: describedBy(c.code, f, c.edition),
    lead: unit
      ? null
      : `${c.code} (${c.descriptor}) names no billing unit: report the drug's name, NDC and the dose given in the claim narrative, and bill the units your MAC asks for (many ask for 1).`,
    anchors: codeAnchors(c.code, c.descriptor, q.text),
  };
}

/** The code, and the words that name its drug (our table's names, or the descriptor's first word). */
function codeAnchors(code: string, descriptor: string, text: string): number[] {
  const generic = /^(?:injection|infusion),\s*([a-z][a-z-]{3,})/i.exec(descriptor)?.[1];
  return anchorsOf(text, [
    code,
    ...(namedDrug(code) ? [namedDrug(code)!.names] : []),
    ...(generic ? [generic] : []),
  ]);
}

/** "J9217 or J1950?": when the drug named, at the strength given, is one of the codes asked, that one. */
function choiceAmong(lines: DrugLine[], q: AnswerQuestion): DrugLine[] {
  if (lines.length < 2) return lines;
  const strengths = q.cues.doses.filter((d) => d.unit === 'mg').map((d) => d.amount);
  const named = drugsNamed(q.text, strengths);
  const chosen = named.length === 1 ? lines.find((l) => l.code === named[0]!.code) : undefined;
  if (!chosen) return lines;
  const others = lines.filter((l) => l !== chosen).map((l) => l.code);
  const d = named[0]!;
  const strength = strengths.find((s) => d.strengths?.includes(s));
  const name = nameIn(d, q.text).replace(/^\w/, (c) => c.toUpperCase());
  const lead = `${name}${strength ? ` ${strength} mg` : ''} is reported with ${d.code}, not ${listing(others, 'or')}.`;
  return [{ ...chosen, lead: [lead, chosen.lead].filter(Boolean).join(' ') }];
}

export function drugLines(q: AnswerQuestion, f: AnswerFacts): { lines: DrugLine[]; notes: Answer[] } {
  const asked = q.codes.filter((c) => isDrugCode(c.code));
  if (asked.length) {
    const lines = asked
      .map((a) => f.codes.find((c) => c.code === a.code))
      .filter((c): c is CodeFinding => c !== undefined)
      .map((c) => fromCode(c, q, f))
      .filter((l): l is DrugLine => l !== null);
    return { lines: choiceAmong(lines, q), notes: [] };
  }
  const strengths = q.cues.doses.filter((d) => d.unit === 'mg').map((d) => d.amount);
  const named = drugsNamed(q.text, strengths);
  // Entries matched by the same words are one drug with several codes: the answer must ask which.
  const groups = new Map<string, NamedDrug[]>();
  for (const d of named) {
    const key = nameIn(d, q.text).toLowerCase();
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const lines: DrugLine[] = [];
  const notes: Answer[] = [];
  for (const [name, drugs] of groups) {
    if (drugs.length === 1) {
      const d = drugs[0]!;
      lines.push(fromNamed(d, q, f, `${nameIn(d, q.text)} is ${d.generic}: its HCPCS code is ${d.code}.`));
      continue;
    }
    const options = drugs.map((d) => `${d.code} (${d.generic}, ${unitPhrase(billingUnitOf(d.descriptor)!)})`);
    notes.push({
      kind: 'drug-units',
      codes: [],
      conclusion: `"${name}" matches more than one HCPCS code: ${listing(options, 'or')}. Tell us which product was given (or its NDC) and we will count the units.`,
      rule: 'The billing unit comes from the descriptor of the one HCPCS code that describes the product given.',
      source: `${hcpcsLabel(f)} (descriptors)`,
      settled: false,
      needs: 'the product given, or its NDC',
    });
  }
  if (!lines.length && !notes.length && q.kinds.includes('drug-units')) notes.push(noDrug(f));
  return { lines, notes };
}

function noDrug(f: AnswerFacts): Answer {
  return {
    kind: 'drug-units',
    codes: [],
    conclusion:
      "Tell us the drug's HCPCS code (or the drug and its NDC): the billing unit is in the code's descriptor, and the units are the dose given divided by it, a partial unit rounded up.",
    rule: 'Drugs are billed in multiples of the dosage in the HCPCS long descriptor of their code.',
    source: `${MCPM} ch. 17 §10; ${hcpcsLabel(f)}`,
    settled: false,
    needs: "the drug's HCPCS code, or its name and NDC",
  };
}

/** Only the doses nearer this line's code or name than any other line's (two drugs, two doses). */
export function ownDoses<T extends { start: number }>(
  doses: readonly T[],
  line: DrugLine,
  all: readonly DrugLine[],
): T[] {
  if (all.length < 2) return [...doses];
  const distance = (l: DrugLine, at: number) => Math.min(...l.anchors.map((a) => Math.abs(a - at)), Infinity);
  return doses.filter((d) =>
    all.every((other) => other === line || distance(line, d.start) <= distance(other, d.start)),
  );
}
