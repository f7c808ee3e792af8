// ICD-10-PCS codes for the inpatient procedures coders ask about most, built from the words of the
// question (pure): our own table of which PCS table each everyday procedure name belongs to and which
// words of a note choose each remaining character. A character the words leave open stays open: every
// code it allows is returned, and the answer says what decides. The codes are checked against the
// loaded code file before they are shown. Source: CMS ICD-10-PCS tables and Official Guidelines.
import { coronaryArteries, countOf, pcsSide, type Side } from './pcs-recipe-words.js';

export interface PcsRecipe {
  /** The procedure, as the answer names it. */
  name: string;
  when: RegExp;
  unless?: RegExp;
  /** Every code the question's words allow, most likely first. */
  codes: (text: string, side: Side) => string[];
  /** Codes reported in addition to the chosen one (not alternatives to it). */
  also?: (text: string) => string[];
  /** What chooses among the codes when more than one is left. */
  decides: string;
  /** A convention of the code set to state with the codes (our words) and its guideline section. */
  note?: { says: string; source: string };
}

const PCS_GUIDE = 'ICD-10-PCS Official Guidelines FY2026';
const bySide = (side: Side, right: string, left: string) =>
  side === 'right' ? [right] : side === 'left' ? [left] : [right, left];
const cement = (t: string) =>
  /\b(?:un|non-?)cemented\b|\bcementless\b|\bpress[-\s]?fit\b/i.test(t)
    ? ['A']
    : /\bcement(?:ed)?\b/i.test(t)
      ? ['9']
      : ['9', 'A'];
const each = (prefixes: string[], endings: string[]) => prefixes.flatMap((p) => endings.map((e) => p + e));
const diagnostic = (t: string) => /\bdiagnostic\b|\bbiops/i.test(t);

// prettier-ignore
export const PCS_RECIPES: readonly PcsRecipe[] = [
  {
    name: 'total knee replacement', when: /\btotal\s+knee\b|\bTKA\b|\bTKR\b|\bknee\s+(?:replacement|arthroplasty)\b/i,
    unless: /\bpartial\b|\buni(?:compartmental|condylar)?\b|\brevision\b/i,
    codes: (t, side) => each(bySide(side, '0SRC0J', '0SRD0J'), cement(t)),
    decides: 'the side, and whether the components were cemented (9) or not (A)',
  },
  {
    name: 'total hip replacement', when: /\btotal\s+hip\b|\bTHA\b|\bTHR\b|\bhip\s+(?:replacement|arthroplasty)\b/i,
    unless: /\bpartial\b|\bhemi\w*|\brevision\b|\bresurfac\w+/i,
    codes: (t, side) => {
      const bearing = /ceramic[-\s]on[-\s]poly/i.test(t) ? '4' : /metal[-\s]on[-\s]poly/i.test(t) ? '2'
        : /ceramic[-\s]on[-\s]ceramic/i.test(t) ? '3' : /metal[-\s]on[-\s]metal/i.test(t) ? '1' : null;
      return each(bySide(side, '0SR90', '0SRB0').map((p) => p + (bearing ?? 'J')), cement(t));
    },
    decides: 'the side, the bearing surface (metal, metal on polyethylene, ceramic, ceramic on polyethylene) and the cement',
  },
  {
    name: 'cholecystectomy', when: /\bcholecystectomy\b|\bchole\b/i,
    codes: (t) => /\bconvert\w*\b/i.test(t) ? ['0FT40ZZ'] : /\blap\w*|\bendoscop\w*|\brobot\w*/i.test(t) ? ['0FT44ZZ'] : /\bopen\b/i.test(t) ? ['0FT40ZZ'] : ['0FT44ZZ', '0FT40ZZ'],
    also: (t) => /\bconvert\w*\b/i.test(t) ? ['0FJ44ZZ'] : [],
    decides: 'the approach: laparoscopic (4) or open (0)',
    note: { says: 'a laparoscopic procedure converted to open is coded as the open procedure plus an Inspection by the laparoscopic approach', source: `${PCS_GUIDE}, B3.2d` },
  },
  {
    name: 'appendectomy', when: /\bappendectomy\b|\bappy\b/i,
    codes: (t) => /\blap\w*|\brobot\w*/i.test(t) ? ['0DTJ4ZZ'] : /\bopen\b/i.test(t) ? ['0DTJ0ZZ'] : ['0DTJ4ZZ', '0DTJ0ZZ'],
    decides: 'the approach: laparoscopic (4) or open (0)',
  },
  {
    name: 'coronary angioplasty and stenting', when: /\bPCI\b|\bPTCA\b|\bcoronary\s+(?:stent|angioplasty)|\b(?:DES|BMS)\b|\bstent\w*\b.*\b(?:LAD|RCA|LCx|circumflex|coronary)\b/i,
    codes: (t) => {
      const arteries = Math.min(4, coronaryArteries(t));
      const stents = /\bstent/i.test(t) ? Math.min(4, countOf(t, /(?:drug[-\s]eluting\s+|bare[-\s]metal\s+)?stents?/)) : 0;
      const bare = /\bbare[-\s]metal\b|\bBMS\b/i.test(t);
      const device = stents === 0 ? 'Z' : (bare ? 'DEFG' : '4567')[stents - 1]!;
      const qualifier = /\b(?:no|without|not\s+a?)\s+bifurcation\b/i.test(t) ? 'Z' : /\bbifurcation\b/i.test(t) ? '6' : 'Z';
      return [`027${arteries - 1}3${device}${qualifier}`];
    },
    decides: 'the number of arteries treated, the number and kind of stents, and whether a bifurcation was treated',
    note: { says: 'the body part counts the coronary arteries treated and the device the stents placed; a bifurcation is a qualifier', source: `${PCS_GUIDE}, B4.4` },
  },
  {
    name: 'mechanical ventilation', when: /\bmechanical(?:ly)?\s+ventilat\w*|\bvent(?:ilator)?\b.*\b(?:hours?|hrs?|days?)\b|\b5A19\b/i,
    codes: (t) => {
      const h = /(\d+)\s*(?:hours?|hrs?)\b/i.exec(t);
      const d = /(\d+)\s*days?\b/i.exec(t);
      const hours = h ? Number(h[1]) : d ? Number(d[1]) * 24 : null;
      if (hours === null) return ['5A1935Z', '5A1945Z', '5A1955Z'];
      return [hours < 24 ? '5A1935Z' : hours <= 96 ? '5A1945Z' : '5A1955Z'];
    },
    decides: 'the consecutive hours on the ventilator: under 24, 24 to 96, or more than 96',
    note: { says: 'the code counts the consecutive hours on the ventilator; the endotracheal intubation, when done in the stay, is its own code (0BH17EZ)', source: 'CMS ICD-10-PCS tables, 5A1 and 0BH' },
  },
  {
    name: 'transfusion', when: /\btransfus\w+|\bPRBCs?\b|\bpacked\s+(?:red\s+)?cells\b/i,
    codes: (t) => {
      const product = /\bplatelets?\b/i.test(t) ? 'R' : /\bFFP\b|\bplasma\b/i.test(t) ? 'L' : 'N';
      const vein = /\bcentral\b|\bCVC\b|\bPICC\b|\bport\b/i.test(t) ? '4' : '3';
      return [`302${vein}3${product}1`];
    },
    decides: 'the product and the vein: peripheral (3) or central (4)',
    note: { says: 'PCS has no unit axis: one code for the transfusion of that product by that route in the episode, not one per unit', source: 'CMS ICD-10-PCS tables, 302' },
  },
  {
    name: 'cesarean delivery', when: /\bc-?section\b|\bcesarean\b|\bcaesarean\b|\bLTCS\b/i,
    codes: (t) => /\blow\b|\btransverse\b|\bLTCS\b/i.test(t) ? ['10D00Z1'] : /\bclassical\b|\bhigh\b/i.test(t) ? ['10D00Z0'] : /\bextraperitoneal\b/i.test(t) ? ['10D00Z2'] : ['10D00Z1', '10D00Z0', '10D00Z2'],
    decides: 'the uterine incision: low transverse (1), classical (0) or extraperitoneal (2)',
  },
  {
    name: 'EGD with biopsy', when: /\b(?:EGD|esophagogastroduodenoscopy|upper\s+endoscopy)\b.*\bbiops|\bbiops\w*\b.*\bEGD\b/i,
    codes: (t) => {
      const site = /\bpylor\w*/i.test(t) ? '7' : /\bduoden\w*/i.test(t) ? '9' : /\besophag(?!o?gastroduoden)\w*/i.test(t) ? '5' : /\bstomach\b|\bgastric\b|\bantrum\b|\bantral\b|\bbody\b|\bfundus\b/i.test(t) ? '6' : null;
      return site ? [`0DB${site}8ZX`] : ['0DB68ZX', '0DB58ZX', '0DB98ZX'];
    },
    decides: 'the site biopsied (esophagus, stomach, pylorus, duodenum)',
    note: { says: 'a biopsy is an Excision with the qualifier X (diagnostic); an EGD that only looks is an Inspection of the upper intestinal tract (0DJ08ZZ)', source: `${PCS_GUIDE}, B3.4a` },
  },
  {
    name: 'lumbar puncture', when: /\blumbar\s+puncture\b|\bLP\b|\bspinal\s+tap\b/i,
    codes: (t) => /\btherapeutic\b|\bdrain(?:age)?\s+of\s+CSF\b|\bNPH\b/i.test(t) ? ['009U3ZZ'] : ['009U3ZX'],
    decides: 'whether it was diagnostic (X) or therapeutic',
  },
  {
    name: 'bone marrow biopsy', when: /\bbone\s+marrow\s+(?:biops|aspirat)\w*/i,
    codes: (t) => /\bstern\w*/i.test(t) ? ['07DQ3ZX'] : /\bvertebra\w*/i.test(t) ? ['07DS3ZX'] : /\biliac\b|\bhip\b|\bcrest\b/i.test(t) ? ['07DR3ZX'] : ['07DR3ZX', '07DQ3ZX', '07DS3ZX'],
    decides: 'the bone the marrow was taken from (iliac, sternum, vertebra)',
    note: { says: 'an aspiration and a biopsy of the marrow at one site are both an Extraction with the qualifier X (diagnostic)', source: 'CMS ICD-10-PCS tables, 07D' },
  },
  {
    name: 'thoracentesis', when: /\bthoracentesis\b|\bpleural\s+tap\b/i,
    codes: (t, side) => bySide(side, '0W993Z', '0W9B3Z').map((p) => p + (diagnostic(t) ? 'X' : 'Z')),
    decides: 'the side, and whether it was diagnostic (X)',
  },
  {
    name: 'paracentesis', when: /\bparacentesis\b|\bperitoneal\s+tap\b/i,
    codes: (t) => [diagnostic(t) ? '0W9G3ZX' : '0W9G3ZZ'],
    decides: 'whether it was diagnostic (X)',
  },
  {
    name: 'hip fracture fixation with a nail', when: /\b(?:hip|femur|femoral|intertrochanteric|subtrochanteric|trochanteric)\b.*\b(?:IM\s+nail|intramedullary|cephalomedullary|gamma\s+nail|TFN|PFNA)\b/i,
    codes: (t, side) => {
      const op = /\bno\s+reduction\b|\bin\s+situ\b|\bnon-?displaced\b/i.test(t) ? 'H' : 'S';
      const approach = /\bopen\s+reduction\b|\bORIF\b/i.test(t) ? '0' : '3';
      return bySide(side, '6', '7').map((b) => op === 'S' ? `0QS${b}${approach}6Z` : `0QH${b}${approach}6Z`);
    },
    decides: 'the side, the approach, and whether the fracture was reduced (Reposition) or fixed in place (Insertion)',
    note: { says: 'a displaced fracture reduced and fixed is a Reposition with the fixation device; fixation without reduction is an Insertion of the device', source: `${PCS_GUIDE}, B3.15` },
  },
  {
    name: 'lumbar interbody fusion', when: /\b(?:TLIF|PLIF|ALIF|XLIF|LLIF|OLIF)\b|\blumbar\b.*\bfusion\b|\bfusion\b.*\bL[1-5]\b/i,
    codes: (t) => {
      const levels = /\bL(\d)\s*-\s*(?:L)?(\d|S1)\b/i.exec(t);
      const sacral = levels ? /S1/i.test(levels[2]!) : false;
      const span = levels && !sacral ? Number(levels[2]) - Number(levels[1]) : 1;
      const part = sacral ? '3' : span > 1 ? '1' : '0';
      const column = /\bALIF\b|\banterior\s+approach\b/i.test(t) ? '0' : 'J';
      return [`0SG${part}0A${column}`];
    },
    decides: 'the joints fused (one lumbar joint, two or more, or the lumbosacral joint), the device and the approach and column',
    note: { says: 'each joint range fused is coded by body part; an interbody cage is the device A, with the qualifier for the approach and the column', source: `${PCS_GUIDE}, B3.10a-c` },
  },
  {
    name: 'hemodialysis', when: /\bhemodialysis\b|\bHD\b|\bCRRT\b|\bCVVHD?F?\b/i,
    codes: (t) => /\bCRRT\b|\bCVVH|\bcontinuous\b/i.test(t) ? ['5A1D90Z'] : /\bprolonged\b|\bSLED\b/i.test(t) ? ['5A1D80Z'] : ['5A1D70Z'],
    decides: 'the hours per day: intermittent under 6, prolonged intermittent 6 to 18, continuous over 18',
  },
  {
    name: 'endotracheal intubation', when: /\b(?:endotracheal\s+)?intubat\w+|\bETT\b/i, unless: /\bvent\w*/i,
    codes: () => ['0BH17EZ'], decides: 'nothing further',
  },
  {
    name: 'cardiac catheterization', when: /\b(?:left|right|bilateral)?\s*heart\s+cath\w*|\bcardiac\s+cath\w*|\bLHC\b|\bRHC\b/i,
    codes: (t) => /\bbilateral\b|\bboth\b|\bright\s+and\s+left\b|\bleft\s+and\s+right\b/i.test(t) ? ['4A023N8'] : /\bRHC\b|\bright\s+heart\b/i.test(t) ? ['4A023N6'] : ['4A023N7', '4A023N6', '4A023N8'],
    decides: 'the side of the heart measured (left, right or both); coronary angiography is coded apart in the Imaging section',
  },
];

/** The recipes the question's words call for. */
export function pcsRecipesFor(text: string): { recipe: PcsRecipe; codes: string[]; also: string[] }[] {
  const side = pcsSide(text);
  return PCS_RECIPES.filter((r) => r.when.test(text) && !r.unless?.test(text)).map((recipe) => ({
    recipe,
    codes: recipe.codes(text, side),
    also: recipe.also?.(text) ?? [],
  }));
}
