// The words of a diagnosis as a coder reads them for the Alphabetic Index (pure): codes, coding
// vocabulary and question words dropped; plurals folded; common clinical abbreviations spelled out.

// prettier-ignore
const STOP = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'as', 'is', 'are', 'was', 'were', 'be',
  'it', 'its', 'this', 'that', 'these', 'those', 'what', 'which', 'who', 'how', 'when', 'where', 'why', 'do', 'does',
  'did', 'we', 'i', 'you', 'our', 'my', 'us', 'they', 'he', 'she', 'his', 'her', 'their', 'them', 'can', 'could',
  'should', 'would', 'will', 'shall', 'may', 'might', 'must', 'have', 'has', 'had', 'not', 'no', 'yes', 'but', 'if',
  'so', 'then', 'than', 'there', 'here', 'any', 'all', 'some', 'also', 'just', 'only', 'too', 'very', 'please',
  'thanks', 'thank', 'hi', 'hello', 'code', 'codes', 'coding', 'coded', 'coder', 'icd', 'icd10', 'icd-10', 'cm',
  'dx', 'diagnosis', 'diagnoses', 'billable', 'bill', 'billing', 'billed', 'claim', 'use', 'used', 'using', 'correct',
  'ok', 'okay', 'fine', 'need', 'needs', 'needed', 'get', 'got', 'go', 'goes', 'first', 'primary',
  'pt', 'patient', 'patients', 'doctor', 'dr', 'provider', 'physician', 'md', 'documented', 'documents',
  'documentation', 'note', 'notes', 'chart', 'says', 'said', 'wrote', 'written', 'states', 'stated', 'visit', 'seen',
  'see', 'with', 'dos', 'date', 'service', 'best', 'proper', 'appropriate', 'find', 'look', 'looking', 'help',
  'question', 'about', 'like', 'want', 'know', 'sure', 'thing', 'something', 'medicare', 'payer', 'denied',
  'denial', 'pcs', 'cpt', 'hcpcs', 'procedure', 'assign', 'assigned', 'report', 'reported', 'reporting', 'list',
  'listed', 'sequence', 'sequencing', 'hx', 'dxs', 'codeset', 'index', 'tabular', 'mean', 'means',
]);

/** Words that choose among a category's codes in the Tabular List rather than an Index entry. */
// prettier-ignore
export const TABULAR_WORDS = new Set([
  'right', 'left', 'bilateral', 'unspecified', 'initial', 'subsequent', 'sequela', 'encounter',
]);

// prettier-ignore
const ABBREVIATIONS: Record<string, string[]> = {
  htn: ['hypertension'], dm: ['diabetes'], t2dm: ['diabetes', 'type2'], t1dm: ['diabetes', 'type1'], dm2: ['diabetes', 'type2'], dm1: ['diabetes', 'type1'],
  ckd: ['chronic', 'kidney', 'disease'], chf: ['heart', 'failure'], copd: ['chronic', 'obstructive', 'pulmonary', 'disease'],
  uti: ['urinary', 'tract', 'infection'], oa: ['osteoarthritis'], afib: ['fibrillation', 'atrial'], mi: ['infarction', 'myocardial'],
  cad: ['coronary', 'artery', 'disease'], gerd: ['reflux', 'gastroesophageal'], fx: ['fracture'], ca: ['malignant', 'neoplasm'], cancer: ['malignant', 'neoplasm'], mammo: ['mammogram'],
  mets: ['metastatic'], lbp: ['pain', 'low', 'back'], sob: ['dyspnea'], uri: ['upper', 'respiratory', 'infection'],
  cva: ['stroke'], dvt: ['thrombosis', 'deep', 'vein'], pe: ['embolism', 'pulmonary'], bph: ['hyperplasia', 'prostate'],
  rt: ['right'], lt: ['left'], bilat: ['bilateral'], w: ['with'], 'w/': ['with'], wo: ['without'], 'w/o': ['without'],
  esrd: ['end', 'stage', 'renal', 'disease'], aki: ['acute', 'kidney', 'failure'], ra: ['rheumatoid', 'arthritis'],
  // bones named by their adjective: the index files fractures under the bone's noun
  radial: ['radius'], ulnar: ['ulna'], femoral: ['femur'], tibial: ['tibia'], fibular: ['fibula'], humeral: ['humerus'],
  clavicular: ['clavicle'], vertebral: ['vertebra'], metacarpal: ['metacarpal', 'metacarpus'], patellar: ['patella'],
};

// Phrases a note shortens that the index spells out: organisms by their genus, and the wording of a
// drug correctly prescribed and taken, which the Table of Drugs files as an adverse effect (I.C.19.e.5.a).
// prettier-ignore
const PHRASES: [RegExp, string][] = [
  [/\be\.?\s?coli\b/gi, 'escherichia coli'],
  [/\bh\.?\s?pylori\b/gi, 'helicobacter pylori'],
  [/\bc\.?\s?diff(?:icile)?\b/gi, 'clostridioides difficile'],
  [/\bstaph\.?\s+aureus\b|\bs\.\s?aureus\b/gi, 'staphylococcus aureus'],
  [/\bMRSA\b/g, 'methicillin resistant staphylococcus aureus'],
  [/\bMSSA\b/g, 'methicillin susceptible staphylococcus aureus'],
  [/\bstrep\b\.?/gi, 'streptococcus'],
  [/\bstaph\b\.?/gi, 'staphylococcus'],
  [/\bRSV\b/g, 'respiratory syncytial virus'],
  // The family-history entries name body systems, not organs: colon cancer in the family is a digestive organ's.
  [/\bfamily\s+(?:history|hx)\s+of\s+(colon|colorectal|rectal|stomach|gastric|pancreatic|esophageal|liver|bowel)\b/gi, 'family history of digestive organ $1'],
  // "History of" without "family" is the patient's own: the index files it under History, personal.
  [/(?<!\bfamily\s)\b(?:history|hx)\s+of\b|\bh\/o\b/gi, 'personal history of'],
  // A screening mammogram is the routine one the index files under Screening, neoplasm, breast.
  [/\bscreening\s+mammo(?:gram|graphy)?\b/gi, 'screening routine mammogram'],
  // A deficit left by a past stroke is a sequela (I.C.9.d): the index files it under Sequelae, stroke; an
  // old stroke without a deficit named is only history. Hemiparesis is indexed as hemiplegia.
  [/\b(hemipar\w*|hemipleg\w*|monopleg\w*|aphasia|dysphagia|dysarthria|ataxia|facial\s+droop)\b(?=[^.;]{0,60}\b(?:old|prior|previous|remote|past|residual|ago|last\s+year|late\s+effect)\b)[^.;]{0,30}?\b(?:from|due\s+to|following|after|since|secondary\s+to)\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:old\s+|prior\s+|previous\s+|remote\s+)?(?:stroke|CVA|cerebral\s+infarct\w*|cerebrovascular\s+accident)\b/gi, 'sequelae stroke $1'],
  [/\b(?:residual|old|late\s+effects?\s+of)\s+(?:left[\s-]sided\s+|right[\s-]sided\s+|left\s+|right\s+)?(hemipar\w*|hemipleg\w*|aphasia|dysphagia)\b(?=[^.;]{0,40}\b(?:stroke|CVA|infarct\w*)\b)/gi, 'sequelae stroke $1'],
  [/\bhemipar(?:esis|etic)\b/gi, 'hemiplegia'],
  [/\b(?:taken|given|used|administered)\s+(?:as\s+prescribed|correctly|properly|as\s+directed)|\b(?:correctly|properly)\s+(?:prescribed|administered)\b|\bas\s+prescribed\b/gi, 'adverse'],
];

const spelledOut = (text: string) => PHRASES.reduce((t, [re, words]) => t.replace(re, ` ${words} `), text);

/** A light stem: plural and possessive folded, so "effusions" meets "effusion" and "Parkinson's" "parkinson". */
export function stem(word: string): string {
  const w = word.toLowerCase().replace(/['’]s$/, '');
  if (w.length > 4 && /ies$/.test(w)) return `${w.slice(0, -3)}y`;
  if (w.length > 3 && /[^su]s$/.test(w)) return w.slice(0, -1);
  return w;
}

const CODE_LIKE = /^[a-z]\d[0-9a-z](?:\.[0-9a-z]{1,4})?$|^\d{4,5}[a-z]?$|^(?=(?:[a-z]*\d){3})[0-9a-z]{7}$/i;

/** "type 2", "stage 3a", "grade 1" as one word, so a number never matches on its own. */
const numbered = (text: string) =>
  text.replace(
    /\b(type|stage|grade|degree|class|level)\s+(\d[a-z]?)\b/gi,
    (_, w: string, n: string) => `${w}${n}`,
  );

// What the note says the patient does not have ("no other complications", "denies fever") names no entry.
const NEGATED =
  /\bno\s+(?:evidence|sign|signs)\s+of\s+(?:active\s+|recurrent\s+)?[a-z][a-z-]*|\b(?:no|denies|negative\s+for)\s+(?:other\s+|known\s+|further\s+|additional\s+|acute\s+)?[a-z][a-z-]*/gi;

/** Diagnostic words of a question, stemmed, in order, without duplicates. */
export function diagnosticWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of numbered(spelledOut(text).toLowerCase().replace(NEGATED, ' ')).match(
    /[a-z0-9][a-z0-9'’./-]*/g,
  ) ?? []) {
    const token = raw.replace(/[./'’-]+$/, '');
    if (CODE_LIKE.test(token) && /\d/.test(token)) continue;
    const expanded = ABBREVIATIONS[token] ?? token.split(/[/-]/);
    for (const part of expanded) {
      const w = stem(part.replace(/[.'’]/g, (c) => (c === '.' ? '' : c)));
      if (w.length < 2 && !/^\d$/.test(w)) continue;
      if (STOP.has(w) || STOP.has(part)) continue;
      if (/^\d+$/.test(w)) continue;
      if (!out.includes(w)) out.push(w);
    }
  }
  return out;
}

/** Content words of an index term or title: its words stemmed, connectors dropped. */
// prettier-ignore
const CONNECTORS = new Set(['with', 'without', 'in', 'on', 'of', 'due', 'to', 'and', 'or', 'the', 'by', 'nec', 'nos', 'as', 'from', 'other', 'not', 'elsewhere', 'classified', 'specified', 'site', 'see', 'also', 'condition']);

export function termWords(term: string): string[] {
  return (numbered(term.toLowerCase()).match(/[a-z0-9]+/g) ?? [])
    .map(stem)
    .filter((w) => !CONNECTORS.has(w) && !/^\d+$/.test(w));
}
