// Whose claim the question is about, which decides the NCCI and MUE files: a physician's service billed
// with 26, or a physician's claim, is a practitioner claim even in a hospital department; only the
// hospital's own claim uses the outpatient hospital files. A hospital place with no word on whose claim
// leaves it open: the practitioner claim is answered, with the hospital's edits beside it.
import type { Setting } from '../../coding/lookup.types.js';
import type { QuestionCues } from './cues.js';

export interface ClaimSetting {
  setting: Setting;
  stated: boolean;
  /** A hospital place with no word on whose claim: the hospital's edits are worth a second look. */
  alsoHospital: boolean;
}

export function claimSetting(
  extracted: Setting | null,
  cues: QuestionCues,
  modifiers: readonly string[],
): ClaimSetting {
  const professional = cues.claim.professional || modifiers.includes('26');
  if (cues.claim.facility && !professional) return { setting: 'hospital', stated: true, alsoHospital: false };
  if (professional && !cues.claim.facility)
    return { setting: 'practitioner', stated: true, alsoHospital: false };
  if (extracted === 'hospital' && !cues.claim.facility)
    return { setting: 'practitioner', stated: false, alsoHospital: true };
  return { setting: extracted ?? 'practitioner', stated: extracted !== null, alsoHospital: false };
}
