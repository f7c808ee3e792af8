// Which column of the Table of Neoplasms or the Table of Drugs and Chemicals the question's words
// choose (pure). Neoplasm columns follow the behavior named; drug columns the intent, with accidental
// as the default when the intent is not stated (ICD-10-CM Official Guidelines I.C.2, I.C.19.e.5).
import type { IndexSource } from './icd-facts.types.js';

// prettier-ignore
const BEHAVIOR: [string[], string, string][] = [
  [['metastatic', 'metastasis', 'metastase', 'secondary', 'spread'], 'malignant_secondary', 'malignant secondary'],
  [['situ'], 'ca_in_situ', 'carcinoma in situ'],
  [['benign'], 'benign', 'benign'],
  [['uncertain'], 'uncertain_behavior', 'uncertain behavior'],
  [['malignant', 'malignancy', 'cancer', 'carcinoma', 'adenocarcinoma', 'sarcoma'], 'malignant_primary', 'malignant primary'],
  [['neoplasm', 'tumor', 'tumour', 'growth'], 'unspecified_behavior', 'unspecified behavior'],
];

// prettier-ignore
const INTENT: [string[], string, string][] = [
  [['underdosing', 'underdose', 'underdosed', 'missed', 'skipped'], 'underdosing', 'underdosing'],
  [['adverse', 'side', 'reaction', 'allergic'], 'adverse_effect', 'adverse effect'],
  [['suicide', 'suicidal', 'intentional', 'self', 'harm'], 'poisoning_self_harm', 'poisoning, intentional self-harm'],
  [['assault', 'homicide'], 'poisoning_assault', 'poisoning, assault'],
  [['undetermined'], 'poisoning_undetermined', 'poisoning, undetermined'],
  [['poisoning', 'overdose', 'od', 'toxic', 'toxicity', 'intoxication', 'ingestion', 'ingested', 'accidental'], 'poisoning_accidental', 'poisoning, accidental'],
];

/** Words that send a coder to one of the tables rather than (only) the index. */
export const TABLE_WORDS: ReadonlySet<string> = new Set([...BEHAVIOR, ...INTENT].flatMap(([words]) => words));

const NEOPLASM_ENTRY = BEHAVIOR.flatMap(([w]) => w);
const DRUG_ENTRY = INTENT.flatMap(([w]) => w);

/** Does the question send the coder to this table at all? */
export function asksTable(source: Exclude<IndexSource, 'index'>, words: readonly string[]): boolean {
  const entry = source === 'neoplasm' ? NEOPLASM_ENTRY : DRUG_ENTRY;
  return words.some((w) => entry.includes(w));
}

const cued = (cue: readonly string[], words: readonly string[]) => cue.some((w) => words.includes(w));

/** The cell the words choose, with its column's name; null when that cell holds no code. */
export function tableColumn(
  source: IndexSource,
  words: readonly string[],
  cells: Record<string, string | null>,
): { code: string; column: string } | null {
  const table = source === 'neoplasm' ? BEHAVIOR : INTENT;
  // "Lung cancer metastatic to bone": which site is primary is the documentation's to say, not a column's.
  if (source === 'neoplasm' && cued(BEHAVIOR[0]![0], words) && cued(BEHAVIOR[4]![0], words)) return null;
  for (const [cue, key, label] of table) {
    if (!cued(cue, words)) continue;
    const code = cells[key];
    return code ? { code, column: label } : null;
  }
  return null;
}
