// Coder shorthand and the desk's own vocabulary, as data for the word search (src/refdata/search-words.ts).
//
// SHORTHAND maps a token a coder writes to the words the reference texts use. Each entry is a list of
// word groups; a group's alternatives are separated by "|" and count as one word of the question (a
// document matching any of them covers it). "tap" alone may be a chest, belly, joint or spinal tap, so
// its group lists all of them and the other words of the question decide.

// prettier-ignore
export const SHORTHAND: Readonly<Record<string, readonly string[]>> = {
  tap: ['tap|thoracentesis|paracentesis|puncture|drainage|arthrocentesis'],
  ingrown: ['ingrown|ingrowing'],
  toenail: ['toenail|nail'],
  // a toe is coded at the foot where the chapter has no toe site (gout, arthritis)
  toe: ['toe|foot'],
  // supplies for diabetes are named by what they measure
  diabetic: ['diabetic|glucose'],
  thora: ['thoracentesis'],
  thoracentesis: ['thoracentesis|pleural'],
  para: ['paracentesis'],
  paracentesis: ['paracentesis|peritoneal'],
  lp: ['lumbar', 'puncture|tap'],
  tfesi: ['transforaminal', 'epidural', 'injection'],
  esi: ['epidural', 'injection'],
  ilesi: ['interlaminar', 'epidural', 'injection'],
  mbb: ['medial', 'branch', 'block|injection'],
  rfa: ['radiofrequency', 'ablation|destruction'],
  us: ['ultrasound|ultrasonic|sonography'],
  usg: ['ultrasound|ultrasonic', 'guidance|guide|guided'],
  sono: ['ultrasound|ultrasonic|sonography'],
  echo: ['echocardiography|echocardiogram|ultrasound', 'heart|cardiac'],
  tte: ['echocardiography|echocardiogram', 'transthoracic'],
  tee: ['echocardiography|echocardiogram', 'transesophageal'],
  fluoro: ['fluoroscopy|fluoroscopic'],
  ct: ['ct|computed|tomography'],
  mri: ['mri|magnetic', 'resonance'],
  mra: ['angiography|mra', 'magnetic'],
  cta: ['angiography|cta', 'computed|ct'],
  xr: ['x-ray|radiologic|radiograph'],
  cxr: ['chest', 'x-ray|radiologic|radiograph'],
  guided: ['guidance|guide|guided|guides|imaging'],
  guidance: ['guidance|guide|guided|guides|imaging'],
  lumbar: ['lumbar|lower'],
  percutaneous: ['percutaneous|skin|needle'],
  renal: ['renal|kidney'],
  hepatic: ['hepatic|liver'],
  cardiac: ['cardiac|heart'],
  gastric: ['gastric|stomach'],
  subcutaneous: ['subcutaneous|skin'],
  csf: ['csf|spinal|cerebrospinal', 'fluid'],
  shot: ['injection|shot|vaccine|vaccination|immunization|administration'],
  removal: ['removal|remove|removing|take|excision'],
  sq: ['square'],
  mdm: ['decision-making|decisions|decision'],
  cpr: ['cardiopulmonary', 'resuscitation|cpr'],
  vats: ['thoracoscopy|thoracoscopic'],
  thoracoscopic: ['thoracoscopic|thoracoscopy'],
  iol: ['intraocular|iol', 'lens'],
  icu: ['intensive|critical', 'care'],
  established: ['established|known'],
  cervical: ['cervical|neck'],
  'i&d': ['incision', 'drainage'],
  ind: ['incision', 'drainage'],
  egd: ['endoscopy|esophagogastroduodenoscopy|egd', 'esophagus|stomach|upper'],
  colo: ['colonoscopy'],
  scope: ['scope|endoscopy|laparoscopy|arthroscopy|thoracoscopy'],
  ercp: ['endoscopic', 'retrograde', 'cholangiopancreatography|bile|pancreatic'],
  cath: ['catheter|catheterization'],
  lhc: ['catheter|catheterization', 'heart|cardiac', 'left'],
  rhc: ['catheter|catheterization', 'heart|cardiac', 'right'],
  picc: ['peripherally', 'central', 'catheter'],
  cvc: ['central', 'venous', 'catheter'],
  lap: ['laparoscopy|laparoscopic'],
  chole: ['cholecystectomy|gallbladder'],
  appy: ['appendectomy|appendix'],
  tka: ['knee', 'arthroplasty|replacement'],
  tha: ['hip', 'arthroplasty|replacement'],
  orif: ['open', 'fracture', 'fixation|internal'],
  cabg: ['coronary', 'bypass'],
  pci: ['coronary', 'angioplasty|stent|percutaneous'],
  ekg: ['electrocardiogram|ecg|ekg'],
  ecg: ['electrocardiogram|ecg|ekg'],
  eeg: ['electroencephalogram|eeg'],
  emg: ['electromyography|needle'],
  ncv: ['nerve', 'conduction'],
  pft: ['pulmonary', 'function'],
  abg: ['arterial', 'blood', 'gas'],
  fna: ['fine', 'needle', 'aspiration'],
  bx: ['biopsy'],
  cysto: ['cystoscopy|cystourethroscopy'],
  turp: ['transurethral', 'prostate'],
  dexa: ['bone', 'density|dual|absorptiometry'],
  dxa: ['bone', 'density|dual|absorptiometry'],
  mammo: ['mammography|mammogram'],
  iv: ['intravenous|infusion'],
  im: ['intramuscular'],
  subq: ['subcutaneous'],
  inj: ['injection'],
  ekgs: ['electrocardiogram|ecg|ekg'],
  vax: ['vaccine|vaccination|immunization'],
  flu: ['influenza'],
  rsv: ['respiratory', 'syncytial'],
  covid: ['covid-19|coronavirus'],
  cpap: ['cpap|airway', 'positive'],
  dme: ['durable', 'equipment'],
  wc: ['wheelchair'],
  lac: ['laceration|wound', 'repair'],
  // Diagnoses: the index's words for the abbreviations coders write.
  htn: ['hypertension'],
  dm: ['diabetes'],
  ckd: ['chronic', 'kidney'],
  chf: ['heart', 'failure'],
  copd: ['obstructive', 'pulmonary|lung'],
  uti: ['urinary', 'tract', 'infection'],
  strep: ['strep|streptococcus|streptococcal'],
  tsh: ['tsh|thyroid', 'stimulating', 'hormone'],
  psa: ['psa|prostate', 'specific', 'antigen'],
  pap: ['pap|papanicolaou'],
  collection: ['collection|obtaining|collecting'],
  bnp: ['bnp|natriuretic'],
  afib: ['atrial', 'fibrillation'],
  gerd: ['gastro-esophageal|gastroesophageal', 'reflux'],
  dvt: ['deep', 'thrombosis|embolism', 'vein'],
  cad: ['coronary', 'atherosclerotic|atherosclerosis|artery'],
  bph: ['prostate|prostatic', 'hyperplasia'],
  esrd: ['end', 'stage', 'renal'],
  aki: ['acute', 'kidney', 'failure|injury'],
  oa: ['osteoarthritis'],
  ra: ['rheumatoid', 'arthritis'],
  fx: ['fracture'],
  sob: ['shortness|dyspnea', 'breath|dyspnea'],
  mi: ['myocardial', 'infarction'],
  cva: ['cerebral', 'infarction|stroke'],
};

/** Grammar and courtesy: dropped from the question before the search. */
// prettier-ignore
export const GRAMMAR_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'as', 'is', 'are', 'was', 'were', 'be',
  'been', 'being', 'it', 'its', 'this', 'that', 'these', 'those', 'what', 'which', 'who', 'how', 'when', 'where',
  'why', 'do', 'does', 'did', 'done', 'we', 'i', 'you', 'our', 'my', 'they', 'he', 'she', 'his', 'her', 'their',
  'them', 'can', 'could', 'should', 'would', 'will', 'shall', 'may', 'might', 'must', 'have', 'has', 'had', 'not',
  'no', 'yes', 'but', 'if', 'so', 'then', 'than', 'there', 'here', 'any', 'all', 'some', 'also', 'just', 'only',
  'too', 'very', 'please', 'thanks', 'thank', 'hi', 'hello', 'hey', 'team', 'ok', 'okay', 'fine', 'need', 'needs',
  'needed', 'get', 'got', 'go', 'goes', 'want', 'know', 'sure', 'thing', 'something', 'someone', 'question',
  'about', 'like', 'with', 'without', 'w', 'wo', 'from', 'into', 'after', 'before', 'during', 'while', 'per', 'each',
  'both', 'either', 'other', 'another', 'again', 'still', 'now', 'way', 'say', 'says', 'said', 'tell', 'told',
  'help', 'find', 'look', 'looking', 'correct', 'proper', 'appropriate', 'best', 'allowed', 'able', 'wondering',
  'confirm', 'clarify', 'advise', 'thoughts', 'regarding', 're', 'fw', 'fwd', 'am', 'me', 'us', 'your', 'one',
  'two', 'three', 'what\'s', 'whats', 'should', 'ever', 'even', 'out', 'up', 'off', 'over', 'under', 'which',
  'alone', 'instead', 'already', 'whose', 'doesn\'t', 'don\'t', 'isn\'t', 'can\'t', 'won\'t',
]);

/**
 * Coding-desk words: how questions are put to the desk ("can we bill", "same day", "which code"), claim
 * vocabulary, people and time. They weigh a little in the score but never make a match by themselves, so
 * "Bundled on DOS 03/04/2025?" finds nothing while "new patient office visit" still ranks its codes.
 */
// prettier-ignore
export const DESK_WORDS: ReadonlySet<string> = new Set([
  'code', 'codes', 'coding', 'coded', 'coder', 'coders', 'cpt', 'hcpcs', 'icd', 'icd10', 'icd-10', 'cm', 'pcs',
  'bill', 'bills', 'billed', 'billing', 'billable', 'charge', 'charged', 'charges', 'charging', 'claim', 'claims',
  'bundle', 'bundled', 'bundling', 'unbundle', 'unbundled', 'separately', 'separate', 'together', 'same', 'day',
  'days', 'date', 'dates', 'dos', 'service', 'services', 'modifier', 'modifiers', 'mod', 'unit', 'units', 'mue',
  'ncci', 'ptp', 'edit', 'edits', 'pair', 'rvu', 'rvus', 'payment', 'pay', 'paid', 'payer', 'payers', 'medicare',
  'medicaid', 'commercial', 'denied', 'denial', 'deny', 'reimbursement', 'reimburse', 'global', 'period',
  'report', 'reported', 'reporting', 'reportable', 'use', 'used', 'using', 'assign', 'assigned', 'list', 'listed',
  'sequence', 'sequencing', 'primary', 'secondary', 'add', 'add-on', 'addon', 'append', 'appended', 'documentation',
  'documented', 'document', 'documents', 'note', 'notes', 'chart', 'record', 'op', 'encounter', 'visit', 'visits',
  'dx', 'diagnosis', 'diagnoses', 'procedure', 'procedures', 'proc', 'performed', 'perform', 'doing', 'work',
  'works', 'included', 'include', 'includes', 'inclusive', 'component', 'payable', 'covered', 'coverage', 'cover',
  'counted', 'count', 'counts', 'time', 'times', 'minutes', 'min', 'mins', 'hour', 'hours', 'total', 'level',
  'pt', 'pts', 'patient', 'patients', 'doctor', 'doc', 'dr', 'provider', 'providers', 'physician', 'physicians',
  'surgeon', 'md', 'np', 'pa', 'nurse', 'staff', 'office', 'clinic', 'facility', 'hospital', 'practice', 'today',
  'yesterday', 'tomorrow', 'week', 'month', 'year', 'morning', 'afternoon', 'later', 'earlier', 'first', 'second',
  'third', 'new', 'established', 'old', 'male', 'female', 'man', 'woman', 'yo', 'year-old', 'aged',
  'type', 'kind', 'right', 'left', 'bilateral', 'side', 'initial', 'subsequent', 'unspecified', 'specified',
  // plain words of a question to the desk, with no clinical subject of their own
  'follow', 'follow-up', 'followup', 'post', 'post-op', 'postop', 'support', 'supported', 'last', 'sent', 'send',
  'rendering', 'threshold', 'required', 'require', 'requires', 'authorization', 'prior', 'update', 'rule', 'rules',
  'check', 'checked', 'mean', 'means', 'reason', 'reasons', 'apply', 'applies', 'case', 'cases', 'incident-to', 'split', 'part', 'parts',
  'ed', 'er', 'seen', 'see', 'twice', 'once', 'following', 'whether', 'quick', 'line', 'lines', 'tc', 'vs', 'versus',
  'outpatient', 'inpatient', 'professional', 'technical', 'setting', 'place', 'pos', 'answer', 'reply', 'issue', 'problem', 'policy', 'guideline', 'guidelines', 'number',
  // how equipment is paid for or carried, not what it is: many DME descriptions never say it (E1390)
  'flare', 'flares', 'flare-up', 'incident', 'known', 'unknown',
  // how rule questions talk about any service, naming none
  'provided', 'provide', 'provides', 'providing', 'performing', 'performs', 'routinely', 'associated',
  'identifies', 'identify', 'identified', 'definitive', 'combination', 'process', 'payable', 'allowed', 'sequenced', 'abn', 'form', 'forms',
  // the classification's conventions, which rule questions name and titles rarely mean
  'manifestation', 'manifestations', 'etiology', 'laterality', 'sign', 'signs', 'symptom', 'symptoms',
  'condition', 'conditions', 'principal', 'first-listed', 'excludes', 'excludes1', 'excludes2', 'nec', 'nos', 'underlying', 'convention',
  'rental', 'rent', 'rented', 'renting', 'purchase', 'purchased', 'buy', 'monthly', 'stationary', 'portable',
]);

/** Desk words whose spelled-out form tells siblings apart ("ED visit": the emergency department codes);
 *  still weak, so they never make a match alone. */
export const DESK_SPELLED_OUT: Readonly<Record<string, string>> = {
  ed: 'emergency',
  er: 'emergency',
  flare: 'exacerbation',
  first: 'initial',
};

/** Words that put a question in pregnancy or the newborn period, where ICD-10-CM chapters 15 and 16 apply. */
// prettier-ignore
export const PREGNANCY_OR_NEWBORN_WORDS: ReadonlySet<string> = new Set([
  'pregnant', 'pregnancy', 'pregnancies', 'postpartum', 'puerperal', 'puerperium', 'delivery', 'delivered',
  'obstetric', 'obstetrical', 'ob', 'gestation', 'gestational', 'antepartum', 'labor', 'labour', 'trimester',
  'newborn', 'neonate', 'neonatal', 'perinatal', 'infant', 'baby', 'fetus', 'fetal', 'cesarean', 'c-section',
]);
