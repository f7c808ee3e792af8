// Setting: which NCCI/MUE file applies. Office and professional billing read as 'practitioner';
// hospital outpatient, facility, OPPS and ASC billing read as 'hospital'. Null when the text says neither.
import type { Setting } from './lookup.types.js';

const HOSPITAL = [
  /\bhospital\s+outpatient\b/gi,
  /\boutpatient\s+hospital\b/gi,
  /\b(?:HOPD|OPPS|APC|UB-?04|CAH|OPD)\b/g,
  /\bcritical\s+access\b/gi,
  /\b(?:ASC|ambulatory\s+surgery\s+cent(?:er|re))\b/gi,
  /\b(?:facility|hospital|institutional)\s+(?:side|claim|billing|bill|charge|coder|coding|fee)s?\b/gi,
  /\b(?<!non-?\s?)facility\b(?!\s+(?:RVU|rate|price|fee\s+schedule))/gi,
  /\bbill(?:ing|ed)?\s+(?:for|on\s+behalf\s+of)\s+the\s+hospital\b/gi,
  /\bTOB\s*13\d\b/gi,
];
const PRACTITIONER = [
  /\b(?:office|clinic)\s+(?:setting|visit|procedure|based|practice)\b/gi,
  /\bin\s+(?:the|our|my)\s+office\b/gi,
  /\b(?:practitioner|physician\s+practice|physician\s+billing|physician\s+office|pro(?:fessional)?\s+(?:fee|side|claim|billing))\b/gi,
  /\b(?:CMS-?1500|POS\s*11|non-?\s?facility)\b/gi,
  /\boffice\b/gi,
];

function count(patterns: readonly RegExp[], text: string): number {
  let n = 0;
  for (const re of patterns) n += text.match(re)?.length ?? 0;
  return n;
}

export function detectSetting(text: string): Setting | null {
  const hospital = count(HOSPITAL, text);
  const practitioner = count(PRACTITIONER, text);
  if (!hospital && !practitioner) return null;
  return hospital > practitioner ? 'hospital' : 'practitioner';
}
