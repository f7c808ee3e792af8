// A service in a hospital department, with no word on whose claim: the practitioner's claim is answered
// by the other rules; this one says, briefly, what the outpatient hospital edits say for the hospital's
// own claim, since both claims exist for one service (NCCI Policy Manual 2026, Introduction and ch. I §A).
import type { PtpFact } from '../../coding/lookup.types.js';
import { SOURCES } from '../sources.js';
import { listing } from '../text.js';
import type { AnswerRule } from '../types.js';

const inForce = (p: PtpFact, date: string): boolean =>
  p.active && (!p.effective || p.effective <= date) && (!p.deleted || p.deleted > date);

export const hospitalClaimRule: AnswerRule = {
  kind: 'bundling-PTP',
  name: 'the hospital’s own claim',
  answer(q, f) {
    const procedures = q.codes.filter((c) => c.system === 'cpt' || c.system === 'hcpcs').map((c) => c.code);
    if (!f.hospitalPtp || procedures.length < 2) return [];
    const asked = new Set(q.codes.map((c) => c.code));
    const edits = f.hospitalPtp.filter(
      (p) => asked.has(p.column1) && asked.has(p.column2) && inForce(p, f.effectiveDate),
    );
    const said = edits.length
      ? edits
          .map(
            (p) =>
              `${p.column2} is bundled into ${p.column1} (modifier indicator ${p.modifierIndicator}, ${p.edition})`,
          )
          .join('; ')
      : `no outpatient hospital edit pairs ${listing(procedures)}`;
    return [
      {
        kind: 'bundling-PTP',
        codes: procedures,
        conclusion: `The answer above is for the physician’s claim (practitioner edits). On the hospital’s own claim for the same service, the outpatient hospital edits apply: ${said}.`,
        rule: 'A physician’s claim uses the practitioner NCCI files and the hospital’s claim the outpatient hospital files, even for one service.',
        source: SOURCES.ptp,
        settled: true,
      },
    ];
  },
};
