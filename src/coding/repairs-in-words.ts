// Wound repairs described in words ("two simple repairs on the arm, 2.5 cm and 3 cm"; "intermediate
// closure of a 3 cm forearm laceration and a simple repair of a 2 cm scalp laceration"): each length is
// given its classification and anatomic group from the words around it, the lengths of one
// classification and group are added, and each total is the code of its length band. The families and
// their bands are numbers of the CMS code set; which sites share a family follows the code set's repair
// families (cited, not quoted: the CPT repair instructions; NCCI Policy Manual 2026, ch. III §H). Complex
// repairs have two bands and an add-on code for each further 5 cm; a complex repair of 1.0 cm or less,
// or of "the face" without the part of it, is left unsettled (null). Pure.

export interface RepairFamily {
  name: string;
  classification: 'simple' | 'intermediate' | 'complex';
  /** [code, longest length in cm it covers]; the last covers anything longer, unless an add-on follows. */
  bands: [string, number][];
  /** Complex repairs: the add-on for each further 5 cm (or part) beyond the last band. */
  addOn?: string;
}

// prettier-ignore
export const REPAIR_FAMILIES: readonly RepairFamily[] = [
  { name: 'simple repairs of the scalp, neck, axillae, external genitalia, trunk or extremities', classification: 'simple',
    bands: [['12001', 2.5], ['12002', 7.5], ['12004', 12.5], ['12005', 20], ['12006', 30], ['12007', Infinity]] },
  { name: 'simple repairs of the face, ears, eyelids, nose, lips or mucous membranes', classification: 'simple',
    bands: [['12011', 2.5], ['12013', 5], ['12014', 7.5], ['12015', 12.5], ['12016', 20], ['12017', 30], ['12018', Infinity]] },
  { name: 'intermediate repairs of the scalp, axillae, trunk or extremities', classification: 'intermediate',
    bands: [['12031', 2.5], ['12032', 7.5], ['12034', 12.5], ['12035', 20], ['12036', 30], ['12037', Infinity]] },
  { name: 'intermediate repairs of the neck, hands, feet or external genitalia', classification: 'intermediate',
    bands: [['12041', 2.5], ['12042', 7.5], ['12044', 12.5], ['12045', 20], ['12046', 30], ['12047', Infinity]] },
  { name: 'intermediate repairs of the face, ears, eyelids, nose, lips or mucous membranes', classification: 'intermediate',
    bands: [['12051', 2.5], ['12052', 5], ['12053', 7.5], ['12054', 12.5], ['12055', 20], ['12056', 30], ['12057', Infinity]] },
  { name: 'complex repairs of the trunk', classification: 'complex', bands: [['13100', 2.5], ['13101', 7.5]], addOn: '13102' },
  { name: 'complex repairs of the scalp, arms or legs', classification: 'complex', bands: [['13120', 2.5], ['13121', 7.5]], addOn: '13122' },
  { name: 'complex repairs of the forehead, cheeks, chin, mouth, neck, axillae, genitalia, hands or feet', classification: 'complex',
    bands: [['13131', 2.5], ['13132', 7.5]], addOn: '13133' },
  { name: 'complex repairs of the eyelids, nose, ears or lips', classification: 'complex', bands: [['13151', 2.5], ['13152', 7.5]], addOn: '13153' },
];

export const repairFamilyOf = (code: string): RepairFamily | undefined =>
  REPAIR_FAMILIES.find((f) => f.bands.some(([c]) => c === code) || f.addOn === code);

/** The code of a family's band holding a total length (the last band's beyond it, with the add-on). */
export const bandCode = (f: RepairFamily, cm: number): string =>
  (f.bands.find(([, max]) => cm <= max) ?? f.bands[f.bands.length - 1]!)[0];

/** A complex repair's add-on units beyond its last band: one for each further 5 cm or part of it. */
export function addOnUnits(f: RepairFamily, cm: number): { code: string; units: number } | null {
  const last = f.bands[f.bands.length - 1]![1];
  return f.addOn && cm > last ? { code: f.addOn, units: Math.ceil((cm - last) / 5 - 1e-9) } : null;
}

export interface RepairGroup {
  family: RepairFamily;
  lengths: number[];
  total: number;
  code: string;
  /** A complex repair's add-on for the length beyond its last band. */
  addOn: { code: string; units: number } | null;
  /** The words of its first repair, as written (where the draft says it read the code from). */
  phrase: string;
}

type Site =
  | 'faceParts'
  | 'faceFeatures'
  | 'face'
  | 'neck'
  | 'axilla'
  | 'genitalia'
  | 'handsFeet'
  | 'scalp'
  | 'trunk'
  | 'limbs';
// prettier-ignore
const SITES: readonly (readonly [Site, RegExp])[] = [
  ['faceFeatures', /\b(?:eyelids?|nose|nasal|ears?|lips?)\b/i],
  ['faceParts', /\b(?:forehead|cheeks?|chin|mouth)\b/i],
  ['face', /\b(?:face|facial|eyebrows?|brow|mucosa|mucous)\b/i],
  ['neck', /\bneck\b/i],
  ['axilla', /\b(?:axillae?|armpit)\b/i],
  ['genitalia', /\b(?:genital\w*|scrotum|penis|vulva)\b/i],
  ['handsFeet', /\b(?:hands?|fingers?|thumbs?|palms?|feet|foot|toes?|heels?)\b/i],
  ['scalp', /\bscalp\b/i],
  ['trunk', /\b(?:trunk|back|chest|abdomen|abdominal|flank|buttocks?)\b/i],
  ['limbs', /\b(?:arms?|forearms?|elbows?|wrists?|legs?|thighs?|knees?|shins?|calf|ankles?|extremit\w+)\b/i],
];
const FACE: readonly Site[] = ['faceParts', 'faceFeatures', 'face'];
const CLASSES: readonly (readonly [RepairFamily['classification'], RegExp])[] = [
  ['intermediate', /\b(?:intermediate|layered|layer\s+closure)\b/i],
  ['complex', /\bcomplex\b/i],
  ['simple', /\bsimple\b/i],
];
const REPAIR_WORDS = /\b(?:repairs?|repaired|closures?|closed|lacerations?|lacs?|sutur\w*|stitch\w*)\b/i;
/** A repair closing an excision, a Mohs defect or a graft site is not all the question describes. */
const OTHER_SURGERY =
  /\b(?:excis\w*|biops\w*|lesions?|lipoma|cysts?|mohs|debrid\w*|\w+ectomy|grafts?|flaps?)\b/i;
const LENGTH = /\b(\d{1,2}(?:\.\d)?)\s*cm\b(?!\s*(?:2|²|sq))/gi;
/** One repair's words: the question cut at "and", "plus", commas and sentence ends. */
const PART_BREAK = /[;\n]|\.(?!\d)|,\s*|\s+(?:and|plus|\+|with)\s+/;

const siteOf = (words: string): Site | null => SITES.find(([, re]) => re.test(words))?.[0] ?? null;
const classOf = (words: string) => CLASSES.find(([, re]) => re.test(words))?.[0] ?? null;

function familyFor(cls: RepairFamily['classification'], site: Site): RepairFamily | null {
  const face = FACE.includes(site);
  const family = (name: string) =>
    REPAIR_FAMILIES.find((f) => f.classification === cls && f.name.includes(name))!;
  if (cls === 'simple') return family(face ? 'face' : 'trunk');
  if (cls === 'intermediate')
    return family(face ? 'face' : ['neck', 'handsFeet', 'genitalia'].includes(site) ? 'hands' : 'trunk');
  if (site === 'face') return null; // the complex families split the face: which part was it?
  if (site === 'faceFeatures') return family('eyelids');
  if (['faceParts', 'neck', 'axilla', 'genitalia', 'handsFeet'].includes(site)) return family('forehead');
  return family(site === 'trunk' ? 'of the trunk' : 'scalp');
}

/** The repairs the words describe, by family, or null when a length's classification or site is unclear. */
export function repairsInWords(text: string): RepairGroup[] | null {
  if (!REPAIR_WORDS.test(text) || OTHER_SURGERY.test(text)) return null;
  const parts = text.split(PART_BREAK);
  // Words said once for all ("both simple", "on the arm") hold for every length that says none itself.
  const sites = new Set(parts.map(siteOf).filter((s) => s !== null));
  const classes = new Set(parts.map(classOf).filter((c) => c !== null));
  const groups: RepairGroup[] = [];
  for (const part of parts) {
    for (const [, cm] of part.matchAll(LENGTH)) {
      const site = siteOf(part) ?? (sites.size === 1 ? [...sites][0]! : null);
      const cls = classOf(part) ?? (classes.size === 1 ? [...classes][0]! : null);
      const family = site && cls ? familyFor(cls, site) : null;
      // A complex repair of 1.0 cm or less is not a complex repair code's (the note decides which).
      if (!family || (cls === 'complex' && Number(cm) <= 1)) return null;
      const group = groups.find((g) => g.family === family);
      if (group) group.lengths.push(Number(cm));
      else
        groups.push({ family, lengths: [Number(cm)], total: 0, code: '', addOn: null, phrase: part.trim() });
    }
  }
  for (const g of groups) {
    g.total = Math.round(g.lengths.reduce((a, b) => a + b, 0) * 10) / 10;
    g.code = bandCode(g.family, g.total);
    g.addOn = addOnUnits(g.family, g.total);
  }
  return groups.length ? groups : null;
}
