// ICD-10-PCS titles for a procedure asked in words (pure parts): everyday procedure words turned into
// the words PCS titles use (root operation, body part, approach), and the titles scored by how much of
// each the question accounts for. The statement finds the titles; this ranks them.
import type { PcsSuggestion } from './icd-facts.types.js';
import { stem } from './icd-index-words.js';

// Everyday words -> PCS title words (our own table; PCS names the objective, not the eponym).
// prettier-ignore
const PROCEDURE_WORDS: [RegExp, string][] = [
  [/\bappendectomy\b|\bappy\b/i, 'resection appendix'],
  [/\bcholecystectomy\b|\bchole\b/i, 'resection gallbladder'],
  [/\bhysterectomy\b/i, 'resection uterus'],
  [/\bnephrectomy\b/i, 'resection kidney'],
  [/\bmastectomy\b/i, 'resection breast'],
  [/\bsplenectomy\b/i, 'resection spleen'],
  [/\bcolectomy\b/i, 'resection colon'],
  [/\blap(?:aroscop\w*)?\b|\barthroscop\w*|\bthoracoscop\w*|\bVATS\b/i, 'percutaneous endoscopic'],
  [/\bthoracentesis\b/i, 'drainage pleural cavity percutaneous'],
  [/\bparacentesis\b/i, 'drainage peritoneal cavity percutaneous'],
  [/\b(?:total\s+)?hip\s+(?:replacement|arthroplasty)\b|\bTHA\b/i, 'replacement hip joint'],
  [/\b(?:total\s+)?knee\s+(?:replacement|arthroplasty)\b|\bTKA\b/i, 'replacement knee joint'],
  [/\bvaginal\s+delivery\b|\bSVD\b|\bNSVD\b/i, 'delivery products conception'],
  [/\bc-?section\b|\bcesarean\b|\bcaesarean\b/i, 'extraction products conception'],
  [/\bEGD\b|\besophagogastroduodenoscopy\b/i, 'upper intestinal tract via natural artificial opening endoscopic'],
  [/\bcolonoscopy\b/i, 'via natural artificial opening endoscopic'],
  [/\bbiops(?:y|ies)\b/i, 'excision diagnostic'],
  [/\bmechanical\s+ventilation\b|\bventilator\b|\bvent\b/i, 'assistance respiratory ventilation'],
  [/\bintubation\b/i, 'insertion endotracheal airway'],
  [/\bhemodialysis\b|\bdialysis\b/i, 'performance urinary filtration'],
  [/\bcardiac\s+cath\w*|\bheart\s+cath\w*/i, 'measurement cardiac sampling pressure'],
  [/\bORIF\b/i, 'reposition internal fixation device open'],
  [/\bI\s?&\s?D\b|\bincision\s+and\s+drainage\b/i, 'drainage'],
  [/\bdebridement\b/i, 'excision'],
  [/\blaceration\s+repair\b|\brepair\b/i, 'repair'],
  [/\bperineal\b/i, 'perineum'],
  [/\bPICC\b/i, 'insertion vascular access device'],
  [/\btransfusion\b/i, 'transfusion'],
];

// Title words that carry no choice of their own.
// prettier-ignore
const FILLER = new Set(['of', 'with', 'and', 'or', 'the', 'to', 'approach', 'via', 'into', 'from', 'using', 'no', 'device', 'qualifier', 'by']);

/** The question's words, with everyday procedure words turned into PCS title words. */
export function pcsWords(text: string): string[] {
  const extra = PROCEDURE_WORDS.filter(([re]) => re.test(text)).map(([, words]) => words);
  const words = `${text} ${extra.join(' ')}`.toLowerCase().match(/[a-z]+/g) ?? [];
  return [...new Set(words.map(stem).filter((w) => w.length > 1 && !FILLER.has(w)))];
}

// Words that match a third of all titles: they weigh in the ranking, never in finding titles.
// prettier-ignore
const TOO_COMMON = new Set(['right', 'left', 'open', 'percutaneous', 'endoscopic', 'external', 'natural', 'artificial', 'opening', 'bilateral', 'upper', 'lower', 'autologous', 'synthetic', 'substitute', 'tissue', 'vein', 'artery']);

/** The tsquery for the statement: any of the question's title-like words; null when none. */
export function pcsQueryWords(text: string): string | null {
  const words = pcsWords(text).filter((w) => !TOO_COMMON.has(w) && /^[a-z]+$/.test(w));
  return words.length ? words.join(' | ') : null;
}

const titleWords = (title: string) => [
  ...new Set((title.toLowerCase().match(/[a-z]+/g) ?? []).map(stem).filter((w) => !FILLER.has(w))),
];

const MAX = 5;

/** Titles ranked by the share of their words the question accounts for; weak matches dropped. */
export function scorePcsTitles(
  text: string,
  rows: readonly { code: string; title: string }[],
): PcsSuggestion[] {
  const asked = new Set(pcsWords(text));
  return rows
    .map((r) => {
      const words = titleWords(r.title);
      const matched = words.filter((w) => asked.has(w));
      return {
        code: r.code,
        title: r.title,
        matched,
        score: Math.round((matched.length / words.length) * 100) / 100,
      };
    })
    .filter((s) => s.matched.length >= 2 && s.score >= 0.6)
    .sort((a, b) => b.score - a.score || b.matched.length - a.matched.length || a.code.localeCompare(b.code))
    .slice(0, MAX);
}
