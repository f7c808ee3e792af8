// Question types from cue phrases, scored; the best first. Labels as in the shared question set.
import type { QuestionType } from './types.js';

type Cue = [RegExp, number];

const CUES: Record<Exclude<QuestionType, 'other'>, Cue[]> = {
  'bundling-PTP': [
    [/\bbundl\w*|\bunbundl\w*/i, 3],
    [/\bseparately\s+(?:payable|billable|reportable|bill\w*|report\w*|paid)\b/i, 4],
    [/\b(?:bill(?:ed|able)?|report(?:ed|able)?|code[ds]?|paid|charge[ds]?)\s+(?:both\s+)?together\b|\bboth\s+(?:be\s+)?(?:billed|reported|coded|paid|payable)\b|\bcan\s+(?:both|they\s+both)\s+be\b/i, 4],
    [/\b(?:NCCI|PTP|CCI)\b|\bedit\s+pair|\bcolumn\s*(?:1|2|one|two)\b|\bmutually\s+exclusive\b/i, 3],
    [/\b(?:includ(?:e|es|ed)|inclusive\s+(?:of|to)|part\s+of)\b(?!\s+(?:the\s+)?(?:documentation|notes?))/i, 1.5],
    [/\bsame\s+(?:day|session|encounter|date|operative\s+session)\b/i, 1],
  ],
  modifier: [
    [/\bwhich\s+modifiers?\b|\bwhat\s+modifiers?\b|\bmodifiers?\s+(?:go|goes|should|do\s+(?:we|i)\s+(?:use|need|append))/i, 4],
    [/\bmod(?:ifier)?s?\b/i, 1.5],
    [/\b(?:use|append|add|attach)\s+(?:a\s+|the\s+)?-?(?:\d{2}|[A-Z]{2})\b|-(?:50|RT|LT|25|59|X[SEPU])\s+or\b|\bvs\.?\s+-?(?:RT|LT|50)\b/i, 2],
    [/\bbilateral\b|\bRT\/LT\b/i, 1.5],
  ],
  'units-MUE': [
    [/\bMUEs?\b|\bmedically\s+unlikely\b/i, 4],
    [/\bhow\s+many\s+(?:units|times)\b|\bunits?\s+(?:of\s+service|can|allowed|max)|\bmax(?:imum)?\s+units?\b/i, 5],
    [/\bunits?\b|\bper\s+(?:day|date\s+of\s+service)\b|\bx\s?\d\b|\btwice\b/i, 1.5],
  ],
  definition: [
    [/\bdifference\s+between\b|\bwhat\s+(?:is|does)\s+(?:the\s+)?(?:code\s+)?\w+\s+(?:mean|cover|describe|include)\b/i, 4],
    [/\bwhich\s+(?:CPT\s+|HCPCS\s+)?code\b|\bwhat\s+(?:CPT\s+|HCPCS\s+)?code\b|\bcorrect\s+code\b|\bcode\s+for\b|\bwould\s+that\s+be\b|\bhow\s+(?:do|should)\s+(?:we|i)\s+code\b/i, 3],
    [/\bdescri\w+|\bdefin\w+|\bmeaning\b|\bvs\.?\b|\bversus\b/i, 1.5],
  ],
  'diagnosis-selection': [
    [/\bICD-?10(?:-CM)?\b|\bdiagnos[ie]s\s+code|\bdx\s+code|\bwhich\s+(?:dx|diagnosis)\b|\bprimary\s+(?:dx|diagnosis)\b/i, 3],
    [/\bsequenc\w+|\bcode\s+first\b|\buse\s+additional\b|\bgoes\s+with\b|\bpair(?:s|ed)?\s+with\b|\bprincipal\b/i, 2.5],
    [/\b(?:dx|diagnosis)\b/i, 1],
  ],
  coverage: [
    [/\bcover(?:ed|age|s)?\b|\bLCDs?\b|\bNCDs?\b|\bABN\b|\bnon-?covered\b|\bmedical(?:ly)?\s+necess\w+/i, 3],
    [/\bpayable\s+by\b|\b(?:will|does|would)\s+(?:Medicare|Medicaid|the\s+payer|insurance|they)\s+(?:pay|cover|reimburse)|\breimburs\w+|\bMedicare\s+pay\b/i, 3],
    [/\bcan\s+(?:we|i)\s+bill\b(?![^?]*\b(?:together|with|same|both)\b)|\bdocumentation\s+(?:do\s+we\s+need|needed|required|requirements)\b|\bfrequency\b/i, 2.5],
  ],
  'global-period': [
    [/\bglobal\s+(?:period|days|surgery|package)?\b|\bpost-?op(?:erative)?\b|\b(?:10|90|zero|0)-?\s?day\s+global\b/i, 4],
    [/\b(?:modifier\s+|-)(?:24|58|78|79)\b|\bstaged\b|\bunrelated\s+(?:e\/m|visit|procedure)\b|\breturn\s+to\s+the\s+(?:OR|operating)/i, 2.5],
    [/\bsurgical\s+package\b|\bdecision\s+for\s+surgery\b|\bmodifier\s+57\b/i, 2],
  ],
};

export function detectQuestionTypes(text: string): { types: QuestionType[]; confidence: number } {
  const scores: [QuestionType, number][] = [];
  for (const [type, cues] of Object.entries(CUES) as [QuestionType, Cue[]][]) {
    const score = cues.reduce((sum, [re, w]) => sum + (re.test(text) ? w : 0), 0);
    if (score > 0) scores.push([type, score]);
  }
  if (!scores.length) return { types: ['other'], confidence: 0.3 };
  scores.sort((a, b) => b[1] - a[1]);
  const [best, second] = [scores[0]![1], scores[1]?.[1] ?? 0];
  // Keep the types that score close to the best; confidence grows with the margin over the runner-up.
  const types = scores.filter(([, s]) => s >= best * 0.6).map(([t]) => t);
  const confidence = Math.min(0.95, 0.45 + 0.5 * ((best - second) / best) + Math.min(best, 6) * 0.03);
  return { types, confidence: Math.round(confidence * 100) / 100 };
}
