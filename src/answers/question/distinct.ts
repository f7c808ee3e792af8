// What the asker says about where and when the two services were done: a different lesion, wound, side
// or session makes a distinct service (an NCCI-associated modifier may apply); the same site, eye, knee
// or session at closure does not (NCCI Policy Manual 2026, ch. I §E.1).

export type Distinctness = 'distinct' | 'same' | 'unknown';

const DISTINCT =
  /\b(?:separate|different|another|other|second|distinct)\s+(?:\w+\s+){0,2}?(?:lesions?|polyps?|wounds?|ulcers?|sites?|incisions?|sessions?|encounters?|visits?|organs?|structures?|sides?|eyes?|knees?|joints?|fingers?|toes?|digits?|limbs?|arms?|legs?|body\s+areas?|areas?|locations?)\b|\b(?:left|right)\s+\w+\s+(?:and|&)\s+(?:the\s+)?(?:left|right)\b|\b(?:later|earlier)\s+(?:that|the\s+same)\s+day\b/i;
// A spinal region (chiropractic, OMT), level, finger or muscle is a site too: "the same lumbar region".
const SAME =
  /\bsame\s+(?:\w+\s+){0,1}?(?:lesions?|polyps?|wounds?|ulcers?|sites?|incisions?|eyes?|knees?|joints?|sides?|area|location|compartment|structure|regions?|levels?|segments?|muscles?|fingers?|toes?|digits?|body\s+parts?)\b|\bat\s+(?:the\s+)?(?:closure|end\s+of\s+(?:the\s+)?(?:case|surgery|procedure))\b|\bsame\s+(?:eye|knee|shoulder|hip)\b/i;

export function distinctness(text: string): Distinctness {
  if (SAME.test(text)) return 'same';
  if (DISTINCT.test(text)) return 'distinct';
  return 'unknown';
}
