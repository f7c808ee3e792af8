// Status of each code at the date of service: valid, deleted (with date), not billable, unknown.
import type { CodeFinding, Extraction, Mention } from './types.js';
import type { CodeFact, LookupResult } from './lookup.types.js';
import { rangeMembers } from './extract-codes.js';

/** What the asker attached to each code (modifiers and units), merged over repeated mentions. */
export interface AskedCode {
  code: string;
  system: Mention['system'] | null;
  /** Written as such (not only a member of a range or the stem of a wildcard). */
  explicit: boolean;
  modifiers: string[];
  units: number | null;
}

export function askedCodes(extraction: Extraction): Map<string, AskedCode> {
  const out = new Map<string, AskedCode>();
  const add = (code: string, m: Mention, explicit: boolean): void => {
    const prior = out.get(code);
    const entry = prior ?? { code, system: m.system ?? null, explicit, modifiers: [], units: null };
    entry.explicit ||= explicit;
    if (explicit) {
      for (const mod of m.modifiers) if (!entry.modifiers.includes(mod)) entry.modifiers.push(mod);
      if (m.units !== null) entry.units = Math.max(entry.units ?? 0, m.units);
    }
    out.set(code, entry);
  };
  for (const m of extraction.mentions) {
    if (m.kind === 'range' && m.from && m.to)
      rangeMembers(m.from, m.to).forEach((c) => add(c, m, c === m.from || c === m.to));
    else if (m.kind === 'wildcard' && m.system === 'icd10cm' && m.from) add(m.from, m, false);
    else if (m.kind !== 'modifier' && m.kind !== 'unknown' && m.code) add(m.code, m, true);
  }
  return out;
}

function statusOf(fact: CodeFact | undefined): CodeFinding['status'] {
  if (!fact || !fact.known) return 'unknown';
  if (fact.deletedOn && !fact.validAtDos) return 'deleted';
  if (fact.system === 'icd10cm' && fact.billable === false) return 'not_billable';
  return fact.validAtDos ? 'valid' : 'unknown';
}

/** The reading of a code the asker meant: a string known in two systems (J0131 is a drug and, undotted,
 *  a sinusitis) is read in the system its words gave it; otherwise as before, the last reading. */
function factFor(readings: readonly CodeFact[], system: AskedCode['system']): CodeFact | undefined {
  return readings.find((f) => f.known && f.system === system) ?? readings[readings.length - 1];
}

/** One finding per code asked about; range members and wildcard stems only when the data knows them. */
export function analyzeCodes(asked: Map<string, AskedCode>, lookup: LookupResult): CodeFinding[] {
  const byCode = new Map<string, CodeFact[]>();
  for (const f of lookup.codes)
    byCode.set(f.code.toUpperCase(), [...(byCode.get(f.code.toUpperCase()) ?? []), f]);
  const rvus = new Map(lookup.rvu.map((r) => [`${r.code}|${r.modifier ?? ''}`, r]));
  const out: CodeFinding[] = [];
  for (const a of asked.values()) {
    const fact = factFor(byCode.get(a.code) ?? [], a.system);
    if (!a.explicit && !fact?.known) continue;
    // With 26 or TC the professional or technical row is the one that applies (PFS PC/TC split).
    const split = a.modifiers.find((m) => m === '26' || m === 'TC');
    const rvu = (split && rvus.get(`${a.code}|${split}`)) || rvus.get(`${a.code}|`) || null;
    out.push({
      code: a.code,
      system: fact?.known ? fact.system : 'unknown',
      status: statusOf(fact),
      deletedOn: fact?.deletedOn ?? null,
      edition: fact?.edition ?? null,
      descriptor: fact?.descriptor ?? null,
      descriptorSource: fact?.descriptorSource ?? null,
      billableChildren: fact?.billableChildren ?? [],
      globalDays: rvu?.globalDays ?? null,
      rvu,
      modifiers: a.modifiers,
      units: a.units,
    });
  }
  return out;
}
