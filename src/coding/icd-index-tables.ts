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

/** How far (in the question's words, in order) a cue word follows the site's words: "colon ca",
 *  "liver mets". A cue before the site is not read ("metastatic cancer to the liver" names no column). */
function distance(words: readonly string[], site: readonly string[], cue: readonly string[]): number {
  const at = (set: readonly string[]) => words.flatMap((w, i) => (set.includes(w) ? [i] : []));
  const sites = at(site);
  const cues = at(cue);
  return Math.min(Infinity, ...sites.flatMap((s) => cues.filter((c) => c > s).map((c) => c - s)));
}

/** With a primary and a secondary both named ("sigmoid colon ca, now liver mets"), the behavior word
 *  right after the site decides its column; otherwise the documentation does. */
function behaviorOfSite(words: readonly string[], site: readonly string[]) {
  const [secondary, primary] = [BEHAVIOR[0]!, BEHAVIOR[4]!];
  const [ds, dp] = [distance(words, site, secondary[0]), distance(words, site, primary[0])];
  if (ds === dp || Math.min(ds, dp) > 2) return null;
  return ds < dp ? secondary : primary;
}

/** The cell the words choose, with its column's name; null when that cell holds no code. `site` is the
 *  entry's words the question named, in the order the question names them. */
export function tableColumn(
  source: IndexSource,
  words: readonly string[],
  cells: Record<string, string | null>,
  site: readonly string[] = [],
): { code: string; column: string } | null {
  const table = source === 'neoplasm' ? BEHAVIOR : INTENT;
  if (source === 'neoplasm' && cued(BEHAVIOR[0]![0], words) && cued(BEHAVIOR[4]![0], words)) {
    const chosen = behaviorOfSite(words, site);
    const code = chosen && cells[chosen[1]];
    return chosen && code ? { code, column: chosen[2] } : null;
  }
  for (const [cue, key, label] of table) {
    if (!cued(cue, words)) continue;
    const code = cells[key];
    return code ? { code, column: label } : null;
  }
  return null;
}
