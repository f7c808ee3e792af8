// Imaging guidance asked about in words beside a procedure whose definition includes it ("did 32555, can
// we bill the ultrasound guidance separately?"): no guidance code is reported for it, whatever the
// modality, and no modifier changes that; only guidance for another procedure of the day that has none
// of its own is reported (NCCI Policy Manual 2026, the radiologic-guidance statement of the procedure's
// chapter, e.g. ch. V §H.17).
import { GUIDANCE_CODES, includesGuidance } from '../question/code-families.js';
import { withGuidanceCode } from '../question/code-pairs.js';
import { guidanceSource } from '../sources.js';
import { GUIDANCE_INCLUDED_RULE, GUIDED_CODE_RULE } from './bundling-text.js';
import type { Answer, AnswerRule } from '../types.js';

/** The guidance named in words, with the codes an asker would try to add for it. */
const MODALITIES: readonly (readonly [RegExp, string, string])[] = [
  [/\b(?:ultrasound|us|sono\w*)\b/i, 'ultrasound guidance', '76942'],
  [/\bfluoro\w*/i, 'fluoroscopic guidance', '77002 or 77003'],
  [/\b(?:ct|computed tomograph\w*)\b/i, 'CT guidance', '77012'],
  [/\b(?:mri?|magnetic resonance)\b/i, 'MR guidance', '77021'],
];
const ABOUT_GUIDANCE = /\bguid\w*|\bfluoro\w*/i;
/** Asked whether the guidance is billed on its own ("separately", "included?", "bill the guidance"). */
const SEPARATELY =
  /\bseparately\b|\bon its own\b|\bin addition\b|\binclud(?:e|es|ed)\b|\bbundled?\b|\b(?:bill|charge|report|code)\w*\s+(?:for\s+)?(?:the\s+)?(?:us|ultrasound|fluoro\w*|ct|imaging|guidance)\b/i;

export const guidanceInWordsRule: AnswerRule = {
  kind: 'bundling-PTP',
  name: 'Imaging guidance named in words, inside the procedure',
  answer(q) {
    const procedures = q.codes.filter((c) => c.system === 'cpt' || c.system === 'hcpcs').map((c) => c.code);
    if (procedures.some((c) => GUIDANCE_CODES.has(c))) return []; // the PTP rule answers the written pair
    if (!ABOUT_GUIDANCE.test(q.text) || !SEPARATELY.test(q.text)) return [];
    const modality = MODALITIES.find(([pattern]) => pattern.test(q.text));
    const [, guidance, codes] = modality ?? [null, 'imaging guidance', '76942, 77002, 77003, 77012 or 77021'];
    const included = procedures.filter(includesGuidance).map((procedure): Answer => ({
      kind: 'bundling-PTP',
      codes: [procedure],
      conclusion: `No: ${procedure} already includes the imaging guidance, so the ${guidance} is not reported separately (no ${codes} with ${procedure}), and a modifier (59, XS, XU) does not make it payable; only guidance for a different procedure that day, one without guidance of its own, is reported.`,
      rule: GUIDANCE_INCLUDED_RULE,
      source: guidanceSource(procedure),
      settled: true,
    }));
    const guided = procedures.flatMap((procedure): Answer[] => {
      const withCode = withGuidanceCode(procedure);
      if (!withCode || procedures.includes(withCode)) return [];
      return [
        {
          kind: 'bundling-PTP',
          codes: [procedure, withCode],
          conclusion: `No: when the ${guidance} was used, the procedure is ${withCode}, the code that includes imaging guidance, in place of ${procedure}; ${procedure} is not reported with a guidance code (${codes}), and the guidance needs documenting (for ultrasound, a saved image and a report).`,
          rule: GUIDED_CODE_RULE,
          source: guidanceSource(withCode),
          settled: true,
        },
      ];
    });
    return [...included, ...guided];
  },
};
