// Hydration in the same encounter as a drug given by IV push or infusion (NCCI Policy Manual 2026, ch. XI
// §B.2, §B.5 and §B.6; Medicare Claims Processing Manual ch. 12 §30.5), in our words:
// - fluid run at the same time as the drug, only to keep the line open or to carry the drug, is not
//   hydration of its own and is never reported, neither as 96360 nor as 96361;
// - otherwise one initial service is reported. A facility ranks the services (the drug before the
//   hydration); on a practitioner's claim the initial code is the service that was the main reason for
//   the encounter, so the record decides: hydration for dehydration keeps 96360 and the drug takes its
//   sequential code; a drug given for its own sake is initial and the hydration is 96361 (more than 30
//   minutes of it).
import { MCPM, NCCI } from '../sources.js';
import type { Answer } from '../types.js';

/** The drug services hydration may meet, with the code each takes after an initial hydration. */
const AFTER_HYDRATION: Record<string, { name: string; sequential: string }> = {
  '96374': { name: 'IV push', sequential: '96375 (a push of a new drug after the initial service)' },
  '96365': { name: 'infusion', sequential: '96367 (a sequential infusion of a new drug)' },
};

const SOURCE = `${NCCI}, ch. XI §B; ${MCPM} ch. 12 §30.5`;

/** Fluid alongside the drug rather than hydration of its own ("running at the same time", "KVO"). */
const INCIDENTAL =
  /\b(?:same\s+time|concurrent(?:ly)?|simultaneous(?:ly)?|piggy-?back\w*|kvo|tko|keep\s+(?:the\s+)?(?:line|vein|iv)\s+open|to\s+keep\s+open|carrier|to\s+(?:run|carry|flush)\s+the\s+(?:drug|med\w*|abx|antibiotic))\b/i;
/** Hydration given for its own sake: the main reason for the encounter. */
const HYDRATION_REASON = /\b(?:dehydrat\w*|volume\s+deplet\w*|hypovolem\w*|hyperemesis)\b/i;

/** The answer for hydration beside one drug administration, or null when the codes are not that pair. */
export function hydrationWithDrug(
  initials: readonly string[],
  text: string,
  facility: boolean,
): Answer | null {
  if (!initials.includes('96360') || initials.length !== 2) return null;
  const drug = initials.find((c) => c !== '96360')!;
  const after = AFTER_HYDRATION[drug];
  if (!after) return null;
  if (INCIDENTAL.test(text)) return incidental(drug, after.name);
  if (facility) return null;
  const answer = (conclusion: string, settled: boolean): Answer => ({
    kind: 'add-on',
    codes: ['96360', drug],
    conclusion,
    rule: 'One initial service per encounter; on a practitioner claim it is the service that was the main reason for the encounter.',
    source: SOURCE,
    settled,
    warning: true,
    ...(settled
      ? {}
      : { needs: 'the main reason for the encounter in the record: the hydration or the drug' }),
  });
  const first = `Only one initial service is reported per encounter, never 96360 and ${drug} together.`;
  if (HYDRATION_REASON.test(text))
    return answer(
      `${first} The hydration was the main reason for the encounter, so 96360 is the initial service and the ${after.name} is reported as ${after.sequential}.`,
      true,
    );
  return answer(
    `${first} On a practitioner's claim the initial code is the service that was the main reason for the encounter: if that was the hydration, report 96360 and the ${after.name} as ${after.sequential}; if it was the drug, report ${drug} as the initial service and the hydration as 96361 (only when it ran more than 30 minutes). The record's reason for the visit decides; a facility would rank the ${after.name} first.`,
    false,
  );
}

function incidental(drug: string, name: string): Answer {
  return {
    kind: 'add-on',
    codes: ['96360', drug],
    conclusion: `No: fluid running at the same time as the ${name}, to keep the line open or to carry the drug, is incidental hydration and is not reported, neither as 96360 nor as 96361. Report ${drug} (with its add-on codes for further time) for the administration.`,
    rule: 'Hydration concurrent with another drug administration, and fluid only to keep a line open or to give a drug, is not separately reportable.',
    source: `${NCCI}, ch. XI §B.5 and §B.6`,
    settled: true,
    warning: true,
  };
}

const DRUG_INITIALS = ['96365', '96374', '96409', '96413'];

/** Hydration written as its add-on beside a drug's initial code ("96374 and 96361"): the asker made the
 *  drug the initial service, so the hydration is 96361 alone, never 96360. */
export const hydrationAfterDrug = (asked: readonly string[]): boolean =>
  asked.includes('96361') && !asked.includes('96360') && asked.some((c) => DRUG_INITIALS.includes(c));

/** 96361 units for hydration after another initial service: one per hour, counted from its 31st minute. */
export function hydrationAfterDrugUnits(minutes: number): Answer {
  const units = minutes <= 30 ? 0 : 1 + Math.floor((minutes - 31) / 60);
  return {
    kind: 'units-MUE',
    codes: ['96361'],
    conclusion: units
      ? `For ${minutes} minutes of hydration after the initial drug service, report 96361 x ${units} unit${units > 1 ? 's' : ''}, not 96360: after another initial service, hydration is reported only with 96361, one unit for each hour once more than 30 minutes of it have passed.`
      : `${minutes} minutes of hydration after the initial drug service is not reported: 96361 needs more than 30 minutes.`,
    rule: 'Hydration after another initial service is reported with 96361 only, one unit per hour counted from its 31st minute.',
    source: SOURCE,
    settled: true,
  };
}
