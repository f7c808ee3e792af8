// Question types from cue phrases, scored; the best first. Labels as in the shared question set.
// Every cue is tested on the whole question, so none may look further than a sentence ({0,200}, not "*"):
// a cue tried at each of many places, each time reading to the end of the text, is quadratic.
import type { Mention, QuestionType } from './types.js';

type Cue = [RegExp, number];

const CUES: Partial<Record<Exclude<QuestionType, 'other'>, Cue[]>> = {
  'bundling-PTP': [
    [/\bbundl\w*|\bunbundl\w*/i, 3],
    [/\bseparately\s+(?:payable|billable|reportable|bill\w*|report\w*|paid)\b/i, 4],
    [
      /\b(?:bill(?:ed|able)?|report(?:ed|able)?|code[ds]?|paid|payable|allowed|charge[ds]?)\s+(?:both\s+)?together\b|\bboth\s+(?:be\s+)?(?:billed|reported|coded|paid|payable|go\s+out)\b|\bcan\s+(?:both|they\s+both)\s+be\b/i,
      4,
    ],
    [
      /\b(?:NCCI|PTP|CCI)\b|\bedit\s+pair|\bedits?\b|\bcolumn\s*(?:1|2|one|two)\b|\bmutually\s+exclusive\b/i,
      3,
    ],
    [
      /\b(?:be|get|is|are)\s+(?:billed|reported|coded|paid)\s+with\b|\b(?:bill|report|code)\s+\S+\s+(?:with|and)\b|\b(?:billable|payable|reportable|ok|okay|allowed)\s+with\b|\bgo(?:es)?\s+with\b|\bwith\s+(?:an?\s+)?\d{5}\b[^\n]{0,200}?\bsame\s+(?:day|date|session)/i,
      2.5,
    ],
    [
      /\b(?:includ(?:e|es|ed)|inclusive\s+(?:of|to)|part\s+of|packaged)\b(?!\s+(?:the\s+)?(?:documentation|notes?))/i,
      2,
    ],
    [/\bsame\s+(?:day|session|encounter|date|operative\s+session|visit)\b|\bat\s+the\s+same\s+time\b/i, 1],
  ],
  modifier: [
    [
      /\bwhich\s+modifiers?\b|\bwhat\s+modifiers?\b|\bmodifiers?\s+(?:go|goes|should|do\s+(?:we|i)\s+(?:use|need|append))/i,
      4,
    ],
    [/\bmod(?:ifier)?s?\b/i, 2],
    [
      /\b(?:use|append|add|attach|put|need)\s+(?:a\s+|the\s+)?-?(?:\d{2}|[A-Z]{2})\b|-?\b(?:50|RT|LT|25|59|X[SEPU])\s+(?:or|vs\.?)\b|\bvs\.?\s+-?(?:RT|LT|50)\b|\b(?:2[2-7]|5[0-9]|7[6-9]|91|X[SEPU]|RT|LT|TC|J[WZ]|G[AYZ]|KX)\s*\?/i,
      2.5,
    ],
    [/\bbilateral\b|\bRT\/LT\b|\bboth\s+(?:knees|sides|eyes|ears|feet|hands|lids)\b/i, 1.5],
  ],
  'units-MUE': [
    [/\bMUEs?\b|\bmedically\s+unlikely\b|\bMAI\b/i, 4],
    [
      /\bhow\s+many\s+(?:units|times|levels)\b|\bunits?\s+(?:of\s+service|can|allowed|max|limit)|\bmax(?:imum)?\s+(?:number\s+of\s+)?units?\b|\bunit\s+limit\b|\bhow\s+many\b/i,
      4,
    ],
    [/\bunits?\b|\bper\s+(?:day|date\s+of\s+service|session)\b|\bx\s?\d+\b|\btwice\b|\bthree\s+times\b/i, 2],
  ],
  definition: [
    [
      /\bdifference\s+between\b|\bwhat\s+(?:is|does)\s+(?:the\s+)?(?:code\s+)?\w+\s+(?:mean|cover|describe|include)\b|\bwhat\s+does\s+\S+\s+(?:mean|cover)\b/i,
      4,
    ],
    [
      /\bwhich\s+(?:CPT\s+|HCPCS\s+|PCS\s+)?codes?\b|\bwhat\s+(?:CPT\s+|HCPCS\s+)?code\b|\b(?:correct|right|proper)\s+(?:code|for)\b|\bis\s+\S+\s+(?:the\s+)?(?:right|correct)\b|\bcode\s+for\b|\bwould\s+that\s+be\b|\bhow\s+(?:do|should)\s+(?:we|i)\s+code\b|\bwhich\s+is\s+(?:correct|right)\b/i,
      3,
    ],
    [/\bPCS\b|\broot\s+operation\b/i, 2.5],
    [
      /\bstill\s+(?:active|valid)\b|\bdeleted\b|\breplaced\b|\binstead(?:\s+of)?\b|\bwhat\s+do\s+we\s+use\b|\bwhich\s+is\s+primary\b/i,
      2.5,
    ],
    [/\bdescri\w+|\bdefin\w+|\bmeaning\b|\bvs\.?\b|\bversus\b|\bor\s+\S+\?/i, 1.5],
  ],
  'diagnosis-selection': [
    [
      /\bICD-?10(?:-CM)?\b|\bdiagnos[ie]s\s+code|\bdx\s+code|\bwhich\s+(?:dx|diagnosis)\b|\bprimary\s+(?:dx|diagnosis)\b/i,
      3,
    ],
    [
      /\bsequenc\w+|\bcode\s+first\b|\buse\s+additional\b|\bgoes\s+(?:with|first)\b|\bpair(?:s|ed)?\s+with\b|\bprincipal\b|\bspecificity\b|\bseventh\s+character|\b7th\s+character|\bplaceholder|\blaterality|\binitial\s+encounter|\bsubsequent\s+encounter|\bmore\s+digits\b/i,
      2.5,
    ],
    [/\b(?:dx|diagnosis)\b/i, 1],
  ],
  coverage: [
    [
      /\bcover(?:ed|age|s)?\b|\bLCDs?\b|\bNCDs?\b|\bABN\b|\bnon-?covered\b|\bmedical(?:ly)?\s+necess\w+|\bcriteria\b/i,
      3,
    ],
    [
      /\bpayable\b(?!\s+(?:together|with))|\b(?:will|does|would)\s+(?:Medicare|Medicaid|the\s+payer|insurance|they)\s+(?:pay|cover|reimburse)|\breimburs\w+|\bMedicare\s+pay\b|\ballowed\s+amount\b|\brate\b|\bpaid\b/i,
      2.5,
    ],
    [
      /\bcan\s+(?:we|i)\s+bill\b(?![^?]{0,200}?\b(?:together|with|same|both)\b)|\bdocumentation\s+(?:do\s+we\s+need|needed|required|requirements)\b|\bfrequency\b|\brequire\s+a\s+specific\s+(?:dx|diagnosis)\b|\bdenied\b|\bnot\s+covered\b/i,
      2,
    ],
  ],
  'global-period': [
    // "Global billing" is both components of a test on one claim, not a surgical global period.
    [
      /\bglobal\b(?!\s+(?:billing|bill|claim|service|fee|component))|\bpost-?op(?:erative)?\b|\b(?:10|90|zero|0)-?\s?day\s+global\b/i,
      4,
    ],
    [
      /\b(?:modifier\s+|-)(?:24|58|78|79)\b|\bstaged\b|\bunrelated\s+(?:e\/m|visit|procedure)\b|\breturn\s+to\s+(?:the\s+)?(?:OR|operating)|\bplanned\b/i,
      2.5,
    ],
    [/\bsurgical\s+package\b|\bdecision\s+for\s+surgery\b|\bmodifier\s+57\b|\b57\s+modifier\b/i, 2],
  ],
};

/** Evidence from what was extracted: diagnosis codes, several procedures, modifiers, units. */
function mentionScores(mentions: readonly Mention[]): Partial<Record<QuestionType, number>> {
  const kinds = mentions.map((m) => m.system ?? m.kind);
  const procedures = new Set(
    mentions.filter((m) => m.kind === 'cpt' || m.kind === 'hcpcs').map((m) => m.code),
  ).size;
  const dx = kinds.filter((k) => k === 'icd10cm').length;
  const modifiers = mentions.filter((m) => m.kind === 'modifier' || m.modifiers.length).length;
  return {
    'diagnosis-selection': dx && !procedures ? 2.5 : dx ? 0.5 : 0,
    'bundling-PTP': procedures >= 2 ? 1.5 : 0,
    modifier: modifiers ? 1.5 : 0,
    'units-MUE': mentions.some((m) => m.units !== null) ? 2 : 0,
  };
}

export function detectQuestionTypes(
  text: string,
  mentions: readonly Mention[] = [],
): { types: QuestionType[]; confidence: number } {
  const scores: [QuestionType, number][] = [];
  const evidence = mentionScores(mentions);
  for (const [type, cues] of Object.entries(CUES) as [QuestionType, Cue[]][]) {
    const score = cues.reduce((sum, [re, w]) => sum + (re.test(text) ? w : 0), evidence[type] ?? 0);
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
