// Code families where two codes reported together are really one other code: a procedure coded without
// guidance beside a guidance code is its with-guidance code (20610 + 76942 -> 20611), and an imaging
// study without contrast beside the same study with contrast is the combined code (74176 + 74177 ->
// 74178). Code numbers only, from the CMS code set; the descriptors stay the AMA's.

// prettier-ignore
const WITH_GUIDANCE: Record<string, string> = {
  '20600': '20604', '20605': '20606', '20610': '20611', '32554': '32555', '32556': '32557',
  '49082': '49083', '62320': '62321', '62322': '62323', '62324': '62325', '62326': '62327',
  '62270': '62328', '62272': '62329', '36568': '36572', '36569': '36573',
};

/** The with-guidance code for a procedure coded without it, when the family has one. */
export function withGuidanceCode(code: string): string | null {
  return WITH_GUIDANCE[code] ?? null;
}

// [without contrast, with contrast, without followed by with]
// prettier-ignore
const CONTRAST_FAMILIES: [string, string, string][] = [
  ['70450', '70460', '70470'], ['70480', '70481', '70482'], ['70486', '70487', '70488'],
  ['70490', '70491', '70492'], ['71250', '71260', '71270'], ['72125', '72126', '72127'],
  ['72128', '72129', '72130'], ['72131', '72132', '72133'], ['72192', '72193', '72194'],
  ['73200', '73201', '73202'], ['73700', '73701', '73702'], ['74150', '74160', '74170'],
  ['74176', '74177', '74178'], ['70551', '70552', '70553'], ['72141', '72142', '72156'],
  ['72146', '72147', '72157'], ['72148', '72149', '72158'], ['70540', '70542', '70543'],
  ['73218', '73219', '73220'], ['73221', '73222', '73223'], ['73718', '73719', '73720'],
  ['73721', '73722', '73723'], ['74181', '74182', '74183'], ['72195', '72196', '72197'],
];

/** The single code for a study done without and then with contrast, when both parts were coded. */
export function combinedContrastCode(a: string, b: string): string | null {
  const family = CONTRAST_FAMILIES.find(
    ([without, withC]) => [without, withC].includes(a) && [without, withC].includes(b) && a !== b,
  );
  return family ? family[2] : null;
}

// CT of the abdomen and of the pelvis in one session: one combined code, by contrast (without, with, both).
const CT_ABDOMEN = ['74150', '74160', '74170'];
const CT_PELVIS = ['72192', '72193', '72194'];
const CT_ABDOMEN_PELVIS = ['74176', '74177', '74178'];

/** The combined abdomen-and-pelvis CT code for an abdomen CT and a pelvis CT coded apart. */
export function combinedRegionCode(a: string, b: string): string | null {
  const abdomen = Math.max(CT_ABDOMEN.indexOf(a), CT_ABDOMEN.indexOf(b));
  const pelvis = Math.max(CT_PELVIS.indexOf(a), CT_PELVIS.indexOf(b));
  if (abdomen < 0 || pelvis < 0) return null;
  // The same contrast in both regions keeps it; any mix is the without-then-with code.
  return CT_ABDOMEN_PELVIS[abdomen === pelvis ? abdomen : 2]!;
}
