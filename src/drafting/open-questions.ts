// What the data could not settle, each with what the asker can send to settle it.
import type { Findings } from '../coding/types.js';
import type { OpenQuestion } from './reply-model.types.js';
import { settingMatters } from './setting-matters.js';

const SETTING_TEXT = {
  practitioner: 'a practitioner (professional) claim',
  hospital: 'an outpatient hospital claim',
} as const;

export function openQuestions(f: Findings): OpenQuestion[] {
  const out: OpenQuestion[] = [];
  if (f.dateOfService === null) {
    out.push({
      item: 'No date of service was given, so we used the newest data we hold; codes and edits change by date.',
      send: 'the date of service',
    });
  }
  const procedures = f.codes.filter((c) => c.system === 'cpt' || c.system === 'hcpcs');
  if (!f.settingStated && settingMatters(f)) {
    out.push({
      item: `The setting was not stated; we answered for ${SETTING_TEXT[f.setting]}.`,
      send: 'whether this is a practitioner claim or an outpatient hospital claim',
    });
  }
  for (const c of f.codes.filter((k) => k.status === 'unknown')) {
    out.push({
      item: `${c.code} is not in the code sets we hold.`,
      send: `the correct code for ${c.code} (or send the procedure note)`,
    });
  }
  // Codes the answers reached from the words (a diagnosis, a PCS code) are not missing.
  const reached = (f.answers ?? []).some((a) => a.codes.length > 0 && a.settled);
  if (f.codes.length === 0 && !reached) {
    out.push({
      item: 'No code was named in your message.',
      send: 'what was done, the approach, any imaging guidance and any device left in place (or send the procedure note)',
    });
  }
  const asksUnits = f.questionTypes.includes('units-MUE');
  if (asksUnits && f.units.every((u) => u.units === null) && f.mentions.every((m) => m.units === null)) {
    out.push({
      item: 'The number of units was not stated.',
      send: 'the number of units, and the time or site of each',
    });
  }
  if (f.questionTypes.includes('bundling-PTP') && procedures.length === 1) {
    out.push({
      item: 'Only one procedure code was named, so there is no pair of codes to check.',
      send: 'every code reported for that date',
    });
  }
  if (f.questionTypes.includes('coverage')) {
    out.push({
      item: 'Coverage also depends on the payer and on local coverage policy, which the code data does not settle.',
      send: 'the payer, and for Medicare the state where the service was given',
    });
  }
  return out;
}
