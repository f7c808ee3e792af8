// Drug units from the dose: the billing unit is in the code's HCPCS long descriptor; the dose given is
// divided by it and a partial unit rounds up (Medicare Claims Processing Manual ch. 17 §10). A discarded
// amount from a single-dose container goes on its own line with JW, and JZ says none was discarded
// (ch. 17 §40). The MUE and the NDC quantity follow where the question gives them something to say.
import { MCPM, SOURCES } from '../sources.js';
import { unitsWord } from '../text.js';
import type { Answer, AnswerFacts, AnswerQuestion, AnswerRule } from '../types.js';
import { billingUnits, convert, unitPhrase, type Amount, type BillingUnit } from './drug-units-dosage.js';
import { readDoses, type DoseReading } from './drug-units-doses.js';
import { drugLines, ownDoses, type DrugLine } from './drug-units-lines.js';
import {
  discardedAmount,
  mueSentence,
  ndcSentence,
  pickMue,
  waste,
  wasteSentence,
} from './drug-units-notes.js';
import { doseTotal } from './drug-units-total.js';

const RULE =
  'A drug is billed in multiples of the dosage in its HCPCS long descriptor: the dose given divided by that amount, a partial unit rounded up, and a dose below one unit billed as 1 unit ("up to" codes count the same way). A discarded amount from a single-dose container is billed on its own line with JW; JZ marks a single-dose container with nothing discarded.';

const COUNT_ASKED =
  /\bhow\s+many\b|\bunits?\s*(?:\?|=|:)|\bqty\b|\bquantity\b|\bnumber\s+of\s+units\b|\bbill(?:ed|ing)?\s+units?\b/i;

const UNITS_SOURCE = `${MCPM} ch. 17 §10 and §40`;

function payerNote(q: AnswerQuestion): string {
  const p = q.cues.payer;
  return p && p.kind !== 'medicare'
    ? `HCPCS units follow the descriptor for every payer, but ${p.name} may set its own NDC and JW/JZ rules.`
    : '';
}

/** mL given, for the NDC quantity: stated, or the dose through the concentration. */
function volumeMl(r: DoseReading, dose: Amount): number | null {
  const stated = r.given.filter((s) => s.unit === 'ml');
  if (stated.length) return stated.reduce((a, s) => a + s.amount, 0);
  if (!r.perMl) return null;
  const perMl = convert(r.perMl, dose.unit);
  return perMl ? dose.amount / perMl : null;
}

function perDose(line: DrugLine, unit: BillingUnit, q: AnswerQuestion): Answer {
  const doses = q.cues.bilateral || q.cues.sides.length === 2 ? 2 : 1;
  const lead = line.lead ? `${line.lead} ` : '';
  return answerOf(
    line,
    `${lead}Report ${line.code} x ${unitsWord(doses)}: ${line.code} is billed ${unitPhrase(unit)}, one unit for each ${String(unit.per)} given${doses > 1 ? ' (one in each side)' : ''}.`,
    true,
  );
}

function answerOf(line: DrugLine, conclusion: string, settled: boolean, needs?: string): Answer {
  return {
    kind: 'drug-units',
    codes: [line.asked],
    conclusion,
    rule: RULE,
    source: `${UNITS_SOURCE}; ${line.source}`,
    settled,
    ...(needs ? { needs } : {}),
    ...(line.warning ? { warning: true } : {}),
  };
}

function counted(
  line: DrugLine,
  all: readonly DrugLine[],
  unit: BillingUnit & { per: Amount },
  q: AnswerQuestion,
  f: AnswerFacts,
): Answer | null {
  const read = readDoses(q.text);
  const r: DoseReading = { ...read, given: ownDoses(read.given, line, all) };
  const outcome = doseTotal(r, unit.per, q.text, q.cues);
  const lead = line.lead ? `${line.lead} ` : '';
  if ('need' in outcome) {
    // A question about something else (an ABN, a modifier) gets no request for a dose it did not ask about.
    if (!COUNT_ASKED.test(q.text)) return null;
    return answerOf(
      line,
      `${lead}${line.code} is billed ${unitPhrase(unit)}: one unit for each ${unitPhrase(unit).replace(/^(per|up to) /, '')} given, a partial unit rounded up. Tell us ${outcome.need} for the count.`,
      false,
      outcome.need,
    );
  }
  const units = billingUnits(outcome.amount, unit.per)!;
  const asked = q.codes.find((c) => c.code === line.asked)?.units ?? null;
  const differs = asked !== null && asked !== units ? ` (not ${asked})` : '';
  const assumed = outcome.assumed ? `, ${outcome.assumed}` : '';
  const discarded = discardedAmount(r, outcome.amount, q.text);
  const w = discarded ? waste(outcome.amount, discarded, unit.per) : null;
  const mue = pickMue(f.mue, line.code, f.setting);
  const mueAsked = q.kinds.includes('units-MUE') || /\bMUE\b/i.test(q.text);
  const sentences = [
    `${lead}Report ${line.code} x ${unitsWord(units)}${differs} for ${outcome.reading} given${assumed}: ${line.code} is billed ${unitPhrase(unit)}${units * unit.per.amount > outcome.amount.amount ? ', and a partial unit rounds up' : ''}.`,
    wasteSentence(line.code, w, r, q),
    mueSentence(line.code, units + (w?.jwUnits ?? 0), mue, mueAsked),
    ndcSentence(volumeMl(r, outcome.amount), /\bNDC\b/i.test(q.text)),
    payerNote(q),
  ].filter(Boolean);
  const source = mue && sentences.some((s) => s.includes('MUE')) ? `; ${SOURCES.mue}` : '';
  return {
    ...answerOf(
      line,
      sentences.join(' '),
      !outcome.assumed,
      outcome.assumed ? 'the dose given in mg (or mL)' : undefined,
    ),
    source: `${UNITS_SOURCE}; ${line.source}${source}`,
  };
}

export const drugUnitsRule: AnswerRule = {
  kind: 'drug-units',
  name: 'drug units from the dose',
  answer(q: AnswerQuestion, f: AnswerFacts): Answer[] {
    const { lines, notes } = drugLines(q, f);
    const asked = q.kinds.includes('drug-units');
    if (!asked && !lines.some((l) => q.cues.doses.length && l.unit)) return [];
    return [
      ...notes,
      ...lines.flatMap((line): Answer[] => {
        if (!line.unit)
          return [answerOf(line, line.lead ?? '', false, "the MAC's instructions for the unclassified drug")];
        if (line.unit.per === 'dose' || line.unit.per === 'vial') return [perDose(line, line.unit, q)];
        return [counted(line, lines, line.unit as BillingUnit & { per: Amount }, q, f)].filter(
          (a): a is Answer => a !== null,
        );
      }),
    ];
  },
};
